#pragma once
// .redress/store.toml: where a folder's ledger is kept when it is not the folder's ledger.db.
//
//   # written by 'redress init --store' or 'redress init --join'
//   url = "postgresql://ledger.example.org/complaints"
//
// Owner-only (0600; 0660 with --shared). A password never goes here (it is refused): libpq
// reads it from ~/.pgpass or $PGPASSFILE. A file that every user may write is refused, since
// anyone could point the folder at another database.

#include <filesystem>
#include <string>

namespace redress {

/// The URL `file` names. Error{invalid_input} with `file:line:col` for a file that is not
/// `url = "..."`, Error{failure} for one every user may write, Error{usage} for a URL with a
/// password.
std::string read_store_file(const std::filesystem::path& file);

/// Creates `file` (it must not exist; never through a symlink) naming `url`: mode 0600, or
/// 0660 with `shared`.
void write_store_file(const std::filesystem::path& file, const std::string& url, bool shared);

} // namespace redress
