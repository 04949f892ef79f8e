#pragma once
// Evidence files: the bytes a complaint's events name by SHA-256 (SPEC §6 `attach`, `evidence`).
//
// Files are kept by content: one file per digest, whatever complaint or event names it, written
// once and never changed. The events hold each file's digest (covered by the hash chain), size,
// type and name; the store holds only the bytes. Every store offers the same operations, so
// that an erasure removes a person's files with remove() and verify checks them with check(),
// whatever keeps them: evidence_folder() is the one for a ledger folder.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace redress::store {

/// A file put into the store.
struct StoredFile {
  std::string sha256; // lower-case hex
  std::int64_t size = 0;
  bool created = false; // the store did not hold these bytes before
};

class EvidenceFiles {
public:
  virtual ~EvidenceFiles() = default;

  /// Copies the regular file open as `source_fd` (read from offset 0; the caller keeps it) into
  /// the store under its SHA-256, readable by the owner only (and the group of a shared ledger).
  /// Throws Error{refused} when it holds more than `max_bytes` (nothing is kept then), and
  /// Error{failure} when the store cannot be written or its folder is not safe to write to (a
  /// symbolic link, another user's, writable by others). Call it inside the write transaction
  /// that records the file's event; when that transaction fails, remove() what it created.
  virtual StoredFile put(int source_fd, std::int64_t max_bytes) = 0;

  /// Removes the stored file `sha256` (a put() whose transaction failed; an erasure). Returns
  /// whether there was one to remove; nothing happens when it is not there.
  virtual bool remove(const std::string& sha256) = 0;

  /// Writes the stored bytes of `sha256` to `out`, checking them against the digest as they
  /// go. Error{not_found} when the file is missing; Error{integrity} when the bytes are not
  /// those of the digest (the caller must then discard what `out` received).
  virtual void read(const std::string& sha256, std::ostream& out) = 0;

  /// Why the stored file does not hold what `sha256` and `size` say (missing, not a regular
  /// file, another size, other bytes), as one line; nullopt when it does.
  virtual std::optional<std::string> check(const std::string& sha256, std::int64_t size) = 0;
};

/// Reads the regular file open as `fd` from offset 0 (the caller keeps it) in blocks, handing
/// each to `sink`; returns its size. Error{refused} when it grows past `max_bytes` while it is
/// read, Error{failure} when reading fails. Every store's put() reads its source so.
std::int64_t read_blocks(int fd, std::int64_t max_bytes, const std::function<void(std::string_view)>& sink);

/// The evidence store in `folder` (a ledger's `.redress/evidence`), created on the first put():
/// owner-only (0700, files 0400), or for a ledger its group shares (a group-writable parent
/// folder) 2770 with files 0440. Files sit in sub-folders named by their digest's first two
/// digits. Nothing follows a symbolic link planted inside it.
std::unique_ptr<EvidenceFiles> evidence_folder(const std::filesystem::path& folder);

} // namespace redress::store
