#include "util/permissions.hpp"

#include <redress/error.hpp>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace redress::util {

namespace {

std::string octal_mode(mode_t mode) { return fmt::format("{:04o}", mode & 07777); }

// The login name of `uid`, or its number when it has none.
std::string login_of(uid_t uid) {
  if (const passwd* pw = ::getpwuid(uid); pw != nullptr && pw->pw_name != nullptr) {
    return pw->pw_name;
  }
  return std::to_string(uid);
}

} // namespace

void refuse_world_writable(const std::filesystem::path& path, std::string_view risk) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || (st.st_mode & S_IWOTH) == 0) {
    return;
  }
  const bool folder = S_ISDIR(st.st_mode);
  std::error_code ec;
  if (std::filesystem::is_symlink(path, ec)) {
    // What the link points to may be a device or a system file: no chmod on it is advised.
    const auto target = std::filesystem::read_symlink(path, ec);
    throw Error(Errc::failure,
                fmt::format("refusing to open {}: it is a symbolic link to {}, which every user may "
                            "write (mode {}), so anyone could {}",
                            path.string(), target.string(), octal_mode(st.st_mode & 0777), risk),
                "replace the link with a file of your own");
  }
  throw Error(Errc::failure,
              fmt::format("refusing to open {}: every user may write {} (mode {}), so anyone could {}",
                          path.string(), folder ? "in it" : "it", octal_mode(st.st_mode & 0777), risk),
              "remove that permission with 'chmod o-w " + path.string() + "'");
}

void refuse_foreign_folder(const std::filesystem::path& folder, bool group_may_write) {
  struct stat link {};
  if (::lstat(folder.c_str(), &link) != 0) {
    return;
  }
  struct stat st {};
  if (::stat(folder.c_str(), &st) != 0) {
    st = link; // a dangling symlink: its owner is what matters
  }
  const uid_t me = ::geteuid();
  const uid_t owner = link.st_uid != me ? link.st_uid : st.st_uid;
  if (owner != me) {
    throw Error(Errc::failure,
                fmt::format("refusing to create a ledger in {}: it belongs to user '{}' (uid {}), "
                            "who could replace the ledger's files",
                            folder.string(), login_of(owner), owner),
                fmt::format("remove it, or have it given to you with 'chown {} {}'", login_of(me),
                            folder.string()));
  }
  if (!S_ISDIR(st.st_mode)) {
    throw Error(Errc::failure, "cannot create a ledger in " + folder.string() + ": it is not a folder");
  }
  const mode_t others = group_may_write ? S_IWOTH : (S_IWOTH | S_IWGRP);
  if ((st.st_mode & others) != 0) {
    const char* who = (st.st_mode & S_IWOTH) != 0 ? "every user" : "its group";
    throw Error(Errc::failure,
                fmt::format("refusing to create a ledger in {}: {} may write in it (mode {}), so "
                            "files could be planted in it",
                            folder.string(), who, octal_mode(st.st_mode & 07777)),
                fmt::format("remove that permission with 'chmod {} {}'",
                            group_may_write ? "o-w" : "go-w", folder.string()));
  }
}

void refuse_symlink(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec))) {
    return;
  }
  const auto target = std::filesystem::read_symlink(path, ec);
  throw Error(Errc::failure,
              "refusing to create " + path.string() + ": it is a symbolic link" +
                  (ec ? std::string() : " (to " + target.string() + ")") +
                  ", which could redirect the ledger's files",
              "remove it with 'rm " + path.string() + "' and run init again");
}

bool create_new_file(const std::filesystem::path& file, std::string_view text, mode_t mode) {
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
  if (fd < 0 && errno == EEXIST) {
    return false;
  }
  if (fd < 0) {
    throw Error(Errc::failure, "cannot create " + file.string() + ": " + std::strerror(errno));
  }
  bool ok = ::fchmod(fd, mode) == 0;
  for (std::size_t done = 0; ok && done < text.size();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    ok = n > 0;
    done += n > 0 ? static_cast<std::size_t>(n) : 0;
  }
  ok = ::close(fd) == 0 && ok;
  if (!ok) {
    ::unlink(file.c_str());
    throw Error(Errc::failure, "cannot write " + file.string());
  }
  return true;
}

} // namespace redress::util
