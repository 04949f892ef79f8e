#include "temp_dir.hpp"
#include "util/permissions.hpp"

#include <redress/error.hpp>

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace redress;
namespace fs = std::filesystem;

namespace {

// The message of the Error that `work` throws ("" when it throws none); any Error must be
// Errc::failure, the code of every permission refusal.
template <typename F> std::string refusal(F&& work) {
  try {
    work();
  } catch (const Error& e) {
    CHECK(e.code() == Errc::failure);
    return std::string(e.what()) + "; " + e.hint();
  }
  return "";
}

} // namespace

TEST_CASE("a file or folder every user may write is refused, naming it and the chmod") {
  const test::TempDir dir;
  const fs::path file = dir.path() / "ledger.db";
  std::ofstream(file) << "x";
  ::chmod(file.c_str(), 0640);
  CHECK(refusal([&] { util::refuse_world_writable(file, "rewrite the record"); }).empty());
  ::chmod(file.c_str(), 0662);
  CHECK(refusal([&] { util::refuse_world_writable(file, "rewrite the record"); }) ==
        "refusing to open " + file.string() + ": every user may write it (mode 0662), so anyone could "
        "rewrite the record; remove that permission with 'chmod o-w " + file.string() + "'");
  const fs::path folder = dir.path() / "folder";
  fs::create_directory(folder);
  ::chmod(folder.c_str(), 0777);
  CHECK(refusal([&] { util::refuse_world_writable(folder, "swap its files"); })
            .find("every user may write in it (mode 0777), so anyone could swap its files") != std::string::npos);
  // A symlink is judged by what it names; a path that does not exist is the caller's to report.
  fs::create_symlink(file, dir.path() / "link");
  CHECK_FALSE(refusal([&] { util::refuse_world_writable(dir.path() / "link", "x"); }).empty());
  CHECK(refusal([&] { util::refuse_world_writable(dir.path() / "missing", "x"); }).empty());
}

TEST_CASE("a folder for a new ledger must be the user's own and closed to others") {
  const test::TempDir dir;
  const fs::path folder = dir.path() / ".redress";
  CHECK(refusal([&] { util::refuse_foreign_folder(folder, false); }).empty()); // not there yet
  fs::create_directory(folder);
  ::chmod(folder.c_str(), 0700);
  CHECK(refusal([&] { util::refuse_foreign_folder(folder, false); }).empty());
  ::chmod(folder.c_str(), 0755);
  CHECK(refusal([&] { util::refuse_foreign_folder(folder, false); }).empty()); // readable is fine
  ::chmod(folder.c_str(), 0770);
  CHECK(refusal([&] { util::refuse_foreign_folder(folder, false); })
            .find("its group may write in it (mode 0770)") != std::string::npos);
  CHECK(refusal([&] { util::refuse_foreign_folder(folder, true); }).empty()); // --shared
  ::chmod(folder.c_str(), 01777);
  CHECK(refusal([&] { util::refuse_foreign_folder(folder, true); })
            .find("every user may write in it (mode 1777)") != std::string::npos);
  ::chmod(folder.c_str(), 0700);
  const fs::path file = dir.path() / "file";
  std::ofstream(file) << "x";
  CHECK(refusal([&] { util::refuse_foreign_folder(file, false); }).find("it is not a folder") != std::string::npos);
  if (::geteuid() == 0) {
    // Only root can give a folder away; as root, a folder owned by another user is refused
    // whatever its mode, and so is one reached through a link that user planted.
    REQUIRE(::chown(folder.c_str(), 65534, 65534) == 0);
    CHECK(refusal([&] { util::refuse_foreign_folder(folder, false); })
              .find("it belongs to user '") != std::string::npos);
    REQUIRE(::chown(folder.c_str(), 0, 0) == 0);
    fs::create_directory(dir.path() / "mine");
    fs::create_symlink(dir.path() / "mine", dir.path() / "planted");
    REQUIRE(::lchown((dir.path() / "planted").c_str(), 65534, 65534) == 0);
    CHECK(refusal([&] { util::refuse_foreign_folder(dir.path() / "planted", false); })
              .find("(uid 65534)") != std::string::npos);
  }
}

TEST_CASE("a symlink where a new ledger file goes is refused, dangling or not") {
  const test::TempDir dir;
  CHECK(refusal([&] { util::refuse_symlink(dir.path() / "policy.toml"); }).empty());
  fs::create_symlink(dir.path() / "nowhere", dir.path() / "policy.toml");
  CHECK(refusal([&] { util::refuse_symlink(dir.path() / "policy.toml"); })
            .find("it is a symbolic link (to " + (dir.path() / "nowhere").string() + ")") != std::string::npos);
  std::ofstream(dir.path() / "ledger.db") << "x";
  CHECK(refusal([&] { util::refuse_symlink(dir.path() / "ledger.db"); }).empty());
}
