#include "ledger/store_file.hpp"

#include "store/store.hpp"

#include <redress/error.hpp>

#include <toml++/toml.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/permissions.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace redress {

std::string read_store_file(const std::filesystem::path& file) {
  // Whoever may write this file decides which database every command here trusts: never
  // through a symlink, never writable by every user, and owned by this user or root unless it
  // is a shared folder's (group-readable and writable, as `init --shared` makes it).
  struct stat st {};
  if (::lstat(file.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    throw Error(Errc::failure,
                "refusing to read " + file.string() + ": it is a symbolic link, so whoever may change it "
                "could point this folder at another database",
                "put the file itself there: 'redress init --join URL' writes one");
  }
  if (::stat(file.c_str(), &st) == 0 && (st.st_mode & S_IWOTH) != 0) {
    throw Error(Errc::failure,
                "refusing to read " + file.string() + ": every user may write it, so anyone could "
                "point this folder at another database",
                "remove that permission with 'chmod o-w " + file.string() + "'");
  }
  const bool shared = (st.st_mode & (S_IRGRP | S_IWGRP)) == (S_IRGRP | S_IWGRP);
  if (st.st_uid != ::geteuid() && st.st_uid != 0 && !shared) {
    throw Error(Errc::failure,
                "refusing to read " + file.string() + ": another user owns it, so they could point this "
                "folder at another database",
                "if it is yours, 'redress init --join URL' in a folder of your own writes one");
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw Error(Errc::failure, "cannot read " + file.string());
  }
  std::stringstream text;
  text << in.rdbuf();
  toml::table table;
  try {
    table = toml::parse(text.str(), file.string());
  } catch (const toml::parse_error& e) {
    throw Error(Errc::invalid_input, file.string() + ":" + std::to_string(e.source().begin.line) + ":" +
                                         std::to_string(e.source().begin.column) + ": " +
                                         std::string(e.description()));
  }
  for (const auto& [key, node] : table) {
    if (key.str() != "url") {
      throw Error(Errc::invalid_input, file.string() + ":" + std::to_string(node.source().begin.line) + ":" +
                                           std::to_string(node.source().begin.column) + ": unknown key '" +
                                           std::string(key.str()) + "'; the file holds only url = \"postgresql://...\"");
    }
  }
  const auto url = table["url"].value<std::string>();
  if (!url) {
    throw Error(Errc::invalid_input, file.string() + ": it names no ledger",
                "write url = \"postgresql://host/database\" in it");
  }
  store::check_postgresql_url(*url);
  return *url;
}

void write_store_file(const std::filesystem::path& file, const std::string& url, bool shared) {
  store::check_postgresql_url(url);
  std::ostringstream body;
  body << "# This folder's redress ledger is kept in PostgreSQL (written by 'redress init --store'\n"
          "# or 'redress init --join'). A password belongs in ~/.pgpass or $PGPASSFILE, never here.\n"
       << "url = " << toml::value<std::string>(url) << "\n";
  if (!util::create_new_file(file, body.str(), shared ? 0660 : 0600)) {
    throw Error(Errc::failure, "cannot create " + file.string() + ": " + std::strerror(errno));
  }
}

} // namespace redress

