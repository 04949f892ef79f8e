// The evidence store of a ledger folder (store/evidence_files.hpp). Every path is opened
// relative to a folder already opened and checked (openat and friends, O_NOFOLLOW), so a
// symbolic link planted anywhere below .redress/ cannot send a write or a read elsewhere.

#include "store/evidence_files.hpp"

#include "util/digest.hpp"

#include <redress/error.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace redress::store {

std::int64_t read_blocks(int fd, std::int64_t max_bytes, const std::function<void(std::string_view)>& sink) {
  std::array<char, 1 << 16> buffer{};
  off_t offset = 0;
  for (;;) {
    const ssize_t got = ::pread(fd, buffer.data(), buffer.size(), offset);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got < 0) {
      throw Error(Errc::failure, std::string("reading the file failed: ") + std::strerror(errno));
    }
    if (got == 0) {
      return offset;
    }
    offset += got;
    if (offset > max_bytes) {
      throw Error(Errc::refused, "the file grew past the size the policy allows while it was read");
    }
    sink(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
  }
}

namespace {

// A file descriptor closed on scope exit.
class Fd {
public:
  explicit Fd(int fd = -1) : m_fd(fd) {}
  ~Fd() {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  Fd(Fd&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
  Fd& operator=(Fd&& other) noexcept {
    std::swap(m_fd, other.m_fd);
    return *this;
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  [[nodiscard]] int get() const { return m_fd; }
  [[nodiscard]] bool valid() const { return m_fd >= 0; }

private:
  int m_fd;
};

bool is_digest(const std::string& sha256) {
  return sha256.size() == 64 &&
         sha256.find_first_not_of("0123456789abcdef") == std::string::npos;
}

class EvidenceFolder final : public EvidenceFiles {
public:
  explicit EvidenceFolder(std::filesystem::path folder) : m_folder(std::move(folder)) {}

  StoredFile put(int source, std::int64_t max_bytes) override {
    const Fd root = open_root(true);
    // Into a new file of the store's own, then renamed to its digest: a reader never sees half
    // a file, and a crash leaves at most a stray .incoming file.
    const std::string temporary = ".incoming-" + util::random_hex(8);
    Fd out(::openat(root.get(), temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!out.valid()) {
      fail("cannot write in");
    }
    StoredFile stored;
    try {
      util::Sha256Stream hash;
      const std::int64_t size = read_blocks(source, max_bytes, [&](std::string_view block) {
        hash.update(block);
        write_all(out.get(), block.data(), block.size());
      });
      stored.sha256 = hash.hex();
      stored.size = size;
      if (::fchmod(out.get(), shared() ? 0440 : 0400) != 0 || ::fsync(out.get()) != 0) {
        fail("cannot write in");
      }
      const Fd shard = open_shard(root, stored.sha256, true);
      struct stat st {};
      const bool existed = ::fstatat(shard.get(), stored.sha256.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
      if (existed && S_ISREG(st.st_mode) && st.st_size == stored.size) {
        ::unlinkat(root.get(), temporary.c_str(), 0); // the same bytes are there already
      } else {
        // Replaces whatever stands at the name (a planted link, a damaged copy) without following it.
        if (::renameat(root.get(), temporary.c_str(), shard.get(), stored.sha256.c_str()) != 0) {
          fail("cannot write in");
        }
        ::fsync(shard.get());
      }
      stored.created = !existed;
    } catch (...) {
      ::unlinkat(root.get(), temporary.c_str(), 0);
      throw;
    }
    return stored;
  }

  bool remove(const std::string& sha256) override {
    if (!is_digest(sha256)) {
      return false;
    }
    const Fd root = open_root(false);
    if (!root.valid()) {
      return false;
    }
    const Fd shard = open_shard(root, sha256, false);
    return shard.valid() && ::unlinkat(shard.get(), sha256.c_str(), 0) == 0;
  }

  void read(const std::string& sha256, std::ostream& out) override {
    Fd file = open_stored(sha256);
    if (!file.valid()) {
      throw Error(Errc::not_found, "the evidence store has no file " + sha256.substr(0, 12),
                  "run 'redress verify' to check the whole store");
    }
    util::Sha256Stream hash;
    std::array<char, 1 << 16> buffer{};
    for (;;) {
      const ssize_t got = ::read(file.get(), buffer.data(), buffer.size());
      if (got < 0 && errno == EINTR) {
        continue;
      }
      if (got < 0) {
        throw Error(Errc::failure, "reading evidence file " + sha256.substr(0, 12) + " failed: " + std::strerror(errno));
      }
      if (got == 0) {
        break;
      }
      hash.update(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
      out.write(buffer.data(), got);
    }
    if (hash.hex() != sha256) {
      throw Error(Errc::integrity, "evidence file " + sha256.substr(0, 12) +
                                       " no longer holds the bytes it was stored with (it was changed or replaced)",
                  "run 'redress verify'; restore the file from a backup");
    }
  }

  std::optional<std::string> check(const std::string& sha256, std::int64_t size) override {
    const std::string name = "evidence file " + sha256.substr(0, 12);
    if (!is_digest(sha256)) {
      return "an event names evidence by '" + sha256 + "', which is not a SHA-256";
    }
    Fd file = open_stored(sha256);
    if (!file.valid()) {
      return name + " is missing from the evidence store";
    }
    struct stat st {};
    if (::fstat(file.get(), &st) != 0 || st.st_size != size) {
      return name + " has " + std::to_string(st.st_size) + " bytes, not the " + std::to_string(size) +
             " it was stored with";
    }
    util::Sha256Stream hash;
    std::array<char, 1 << 16> buffer{};
    ssize_t got = 0;
    while ((got = ::read(file.get(), buffer.data(), buffer.size())) > 0 || (got < 0 && errno == EINTR)) {
      if (got > 0) {
        hash.update(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
      }
    }
    if (got < 0) {
      return name + " cannot be read: " + std::strerror(errno);
    }
    if (hash.hex() != sha256) {
      return name + " no longer holds the bytes it was stored with (it was changed or replaced)";
    }
    return std::nullopt;
  }

private:
  [[noreturn]] void fail(const char* what) const {
    throw Error(Errc::failure, std::string(what) + " the evidence store " + m_folder.string() + ": " +
                                   std::strerror(errno));
  }

  static void write_all(int fd, const char* data, std::size_t size) {
    while (size > 0) {
      const ssize_t done = ::write(fd, data, size);
      if (done < 0 && errno == EINTR) {
        continue;
      }
      if (done <= 0) {
        throw Error(Errc::failure, std::string("writing an evidence file failed (disk full?): ") +
                                       std::strerror(errno));
      }
      data += done;
      size -= static_cast<std::size_t>(done);
    }
  }

  [[nodiscard]] bool shared() const { return m_shared; }

  // A folder of the store, opened without following a link and checked: a folder, not
  // writable by other users, ours (or, in a shared ledger, our group's).
  Fd open_folder(int at, const char* name, const std::string& shown, bool create) const {
    if (create && ::mkdirat(at, name, m_shared ? 02770 : 0700) == 0) {
      // mkdir applies the umask; the folder's mode is set as the ledger's is.
      Fd made(::openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
      if (made.valid()) {
        ::fchmod(made.get(), m_shared ? 02770 : 0700);
      }
    }
    Fd dir(::openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir.valid()) {
      if (errno == ENOENT && !create) {
        return dir;
      }
      if (errno == ELOOP || errno == ENOTDIR) {
        throw Error(Errc::failure, "refusing to use the evidence store: " + shown +
                                       " is not a folder (a symbolic link or a file stands there)",
                    "remove it; redress creates the folder itself");
      }
      fail("cannot open");
    }
    struct stat st {};
    if (::fstat(dir.get(), &st) != 0) {
      fail("cannot open");
    }
    const bool foreign = st.st_uid != ::geteuid() && !(m_shared && st.st_gid == m_group);
    if (foreign || (st.st_mode & S_IWOTH) != 0 || (!m_shared && (st.st_mode & S_IWGRP) != 0)) {
      throw Error(Errc::failure, "refusing to use the evidence store: " + shown +
                                     (foreign ? " belongs to another user" : " may be written by other users"),
                  "evidence files must be the ledger's own; check its owner and mode (ls -ld)");
    }
    return dir;
  }

  // The store's folder, or an invalid Fd when it does not exist and `create` is false.
  Fd open_root(bool create) {
    const std::filesystem::path parent = m_folder.parent_path();
    Fd ledger(::open(parent.empty() ? "." : parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!ledger.valid()) {
      fail("cannot open");
    }
    struct stat st {};
    if (::fstat(ledger.get(), &st) != 0) {
      fail("cannot open");
    }
    m_shared = (st.st_mode & S_IWGRP) != 0;
    m_group = st.st_gid;
    return open_folder(ledger.get(), m_folder.filename().c_str(), m_folder.string(), create);
  }

  Fd open_shard(const Fd& root, const std::string& sha256, bool create) const {
    const std::string name = sha256.substr(0, 2);
    return open_folder(root.get(), name.c_str(), (m_folder / name).string(), create);
  }

  // The stored file, opened without following a link, if it is a regular file.
  Fd open_stored(const std::string& sha256) {
    if (!is_digest(sha256)) {
      return Fd{};
    }
    const Fd root = open_root(false);
    if (!root.valid()) {
      return Fd{};
    }
    const Fd shard = open_shard(root, sha256, false);
    if (!shard.valid()) {
      return Fd{};
    }
    Fd file(::openat(shard.get(), sha256.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    struct stat st {};
    if (!file.valid() || ::fstat(file.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
      return Fd{};
    }
    return file;
  }

  std::filesystem::path m_folder;
  bool m_shared = false;
  gid_t m_group = 0;
};

} // namespace

std::unique_ptr<EvidenceFiles> evidence_folder(const std::filesystem::path& folder) {
  return std::make_unique<EvidenceFolder>(folder);
}

} // namespace redress::store
