#pragma once
// Files and folders that other users may write cannot hold a trustworthy record: the checks
// that refuse them, shared by the ledger database, its policy and its folder.

#include <sys/types.h>

#include <filesystem>
#include <string_view>

namespace redress::util {

/// Throws Error{failure} when every user may write `path` (mode o+w): "refusing to open PATH:
/// every user may write it (mode 0666), so anyone could RISK", with the chmod that removes the
/// permission as the hint. Follows symlinks (what counts is the file that would be read). Does
/// nothing when `path` does not exist: the caller's own open says why it cannot be read.
void refuse_world_writable(const std::filesystem::path& path, std::string_view risk);

/// For a folder that is about to receive a new ledger: throws Error{failure} when it, or a
/// symlink at its name, belongs to another user, or when others may write in it (o+w; g+w too
/// unless `group_may_write`, for a ledger the group keeps together), naming the folder and
/// the chown or chmod that fixes it. Does nothing when `folder` does not exist yet.
void refuse_foreign_folder(const std::filesystem::path& folder, bool group_may_write);

/// Throws Error{failure} when `path` is a symbolic link (dangling or not): a new ledger's files
/// are created only where nothing stands, so no link planted beforehand can redirect them.
void refuse_symlink(const std::filesystem::path& path);

/// Creates `file` holding `text` with exactly `mode` (whatever the umask), never over anything
/// already there and never through a symlink (O_EXCL | O_NOFOLLOW). Returns false, writing
/// nothing, when something already stands at the name; throws Error{failure} when it cannot
/// create or write the file (a partly written file is removed).
bool create_new_file(const std::filesystem::path& file, std::string_view text, mode_t mode);

} // namespace redress::util
