// Finding a ledger (like git finds its repository) and creating one.

#include "ledger/store_file.hpp"
#include "store/store.hpp"
#include "util/digest.hpp"
#include "util/permissions.hpp"

#include <redress/error.hpp>
#include <redress/ledger.hpp>
#include <redress/suggest.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>

namespace redress {

namespace fs = std::filesystem;

namespace {

constexpr const char* k_dir_name = ".redress";

constexpr const char* k_store_file = "store.toml";

// $REDRESS_STORE, when set: the PostgreSQL ledger every command uses, whatever the folder says.
std::optional<std::string> store_from_environment() {
  const char* env = std::getenv("REDRESS_STORE");
  if (env == nullptr || *env == '\0') {
    return std::nullopt;
  }
  store::check_postgresql_url(env);
  return std::string(env);
}

// The folder's files; a folder with store.toml keeps its ledger where that file says, and
// $REDRESS_STORE wins over both, except over a folder named with --ledger (`chosen`): the
// command line wins over the environment.
LedgerPaths paths_in(const fs::path& dir, bool read_store = true, bool chosen = false) {
  LedgerPaths paths{dir, dir / "ledger.db", dir / "policy.toml", dir / k_store_file, {}};
  if (!read_store) {
    return paths;
  }
  if (auto env = chosen ? std::nullopt : store_from_environment()) {
    paths.store = *env;
  } else if (std::error_code ec; fs::is_regular_file(paths.store_file, ec)) {
    paths.store = read_store_file(paths.store_file);
  }
  return paths;
}

bool is_ledger_dir(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "ledger.db", ec) || fs::is_regular_file(dir / k_store_file, ec);
}

// An explicit path may name the .redress folder, the folder that holds it, or the db file.
LedgerPaths explicit_ledger(const std::string& given, const char* source, bool chosen) {
  const fs::path path = fs::absolute(given).lexically_normal();
  std::error_code ec;
  if (fs::is_regular_file(path, ec) && is_ledger_dir(path.parent_path())) {
    return paths_in(path.parent_path(), true, chosen);
  }
  if (is_ledger_dir(path)) {
    return paths_in(path, true, chosen);
  }
  if (is_ledger_dir(path / k_dir_name)) {
    return paths_in(path / k_dir_name, true, chosen);
  }
  throw Error(Errc::not_found, std::string("no ledger at ") + given + " (from " + source + ")",
              "run 'redress init " + given + "' to create one");
}

// Writes `text` to a file that must not exist yet (O_EXCL, and O_NOFOLLOW: never through a
// symlink), with `mode` whatever the umask.
dev_t device_of(const fs::path& p) {
  struct stat st {};
  return ::stat(p.c_str(), &st) == 0 ? st.st_dev : 0;
}

} // namespace

LedgerPaths locate_ledger(const std::optional<std::string>& explicit_path, const fs::path& start) {
  if (explicit_path) {
    return explicit_ledger(*explicit_path, "--ledger", true);
  }
  if (const char* env = std::getenv("REDRESS_LEDGER"); env != nullptr && *env != '\0') {
    return explicit_ledger(env, "$REDRESS_LEDGER", false);
  }
  const char* home_env = std::getenv("HOME");
  const fs::path home = home_env != nullptr ? fs::weakly_canonical(home_env) : fs::path{};
  fs::path dir = fs::weakly_canonical(fs::absolute(start));
  const dev_t device = device_of(dir);
  while (true) {
    if (is_ledger_dir(dir / k_dir_name)) {
      return paths_in(dir / k_dir_name);
    }
    if (dir == home || dir == dir.root_path() || device_of(dir.parent_path()) != device) {
      break;
    }
    dir = dir.parent_path();
  }
  if (store_from_environment()) {
    // The store alone: the ledger needs no folder (message templates are the built-in ones).
    return paths_in(fs::weakly_canonical(fs::absolute(start)) / k_dir_name);
  }
  throw Error(Errc::not_found, "no redress ledger here or in any parent folder",
              "run 'redress init' to create one here, or pass --ledger PATH");
}

namespace {

// The text of a new ledger's policy: the commented default, a preset, or `policy_file` once
// validated.
std::string initial_policy_text(const std::optional<fs::path>& policy_file, const std::optional<std::string>& preset) {
  std::string policy_text(default_policy_text());
  if (preset) {
    const auto text = preset_policy_text(*preset);
    if (!text) {
      throw Error(Errc::invalid_input, "unknown preset '" + *preset + "'",
                  util::suggestion_hint(*preset, preset_names()));
    }
    policy_text = *text;
  }
  if (policy_file) {
    policy_text = read_policy_file(policy_file->string());
    const auto result = parse_policy(policy_text, policy_file->string());
    if (result.problem) {
      throw_policy_problems(result);
    }
  }
  return policy_text;
}

// The paths of a new ledger in `<dir>/.redress`, refused when a folder there is unsafe or holds
// a ledger (of either kind).
LedgerPaths new_ledger_paths(const fs::path& dir, bool shared) {
  const LedgerPaths paths = paths_in((fs::absolute(dir) / k_dir_name).lexically_normal(), false);
  util::refuse_foreign_folder(paths.dir, shared);
  for (const fs::path& file : {paths.db, paths.policy, paths.store_file, fs::path(paths.db.string() + "-wal"),
                               fs::path(paths.db.string() + "-shm"), fs::path(paths.db.string() + "-journal")}) {
    util::refuse_symlink(file);
  }
  std::error_code ec;
  if (fs::exists(paths.db, ec) || fs::exists(paths.policy, ec) || fs::exists(paths.store_file, ec)) {
    throw Error(Errc::refused, "a ledger already exists in " + paths.dir.string(), "nothing was changed");
  }
  return paths;
}

// Creates the folder of a PostgreSQL ledger: store.toml and the message templates. When that
// fails, removes what it made and rethrows.
void make_store_folder(const LedgerPaths& paths, const std::string& url, bool shared) {
  std::error_code ec;
  const bool created_dir = !fs::exists(paths.dir, ec);
  fs::create_directories(paths.dir, ec);
  if (ec) {
    throw Error(Errc::failure, "cannot create " + paths.dir.string() + ": " + ec.message());
  }
  bool made_file = false;
  try {
    fs::permissions(paths.dir,
                    shared ? fs::perms::owner_all | fs::perms::group_all | fs::perms::set_gid : fs::perms::owner_all,
                    fs::perm_options::replace, ec);
    write_store_file(paths.store_file, url, shared);
    made_file = true;
    write_builtin_templates((paths.dir / "templates").string(), shared);
  } catch (...) {
    if (made_file) {
      fs::remove(paths.store_file, ec);
    }
    if (created_dir) {
      fs::remove_all(paths.dir / "templates", ec);
      fs::remove(paths.dir, ec);
    }
    throw;
  }
}

} // namespace

LedgerPaths init_store_ledger(const fs::path& dir, const std::string& url,
                              const std::optional<fs::path>& policy_file, bool shared,
                              const std::optional<std::string>& preset, const std::string& actor) {
  store::check_postgresql_url(url);
  LedgerPaths paths = new_ledger_paths(dir, shared);
  const std::string text = initial_policy_text(policy_file, preset);
  const auto parsed = parse_policy(text, policy_file ? policy_file->string() : std::string("policy.toml"));
  if (parsed.problem) {
    throw_policy_problems(parsed);
  }
  // The database first: a refused or unreachable one leaves no folder behind.
  store::create_postgresql(url, store::NewStorePolicy{text, parsed.policy->digest, actor, now()});
  make_store_folder(paths, url, shared);
  paths.store = url;
  return paths;
}

LedgerPaths join_ledger(const fs::path& dir, const std::string& url, bool shared) {
  store::check_postgresql_url(url);
  LedgerPaths paths = new_ledger_paths(dir, shared);
  // Only a ledger this binary can use: its schema version, and a policy it accepts.
  const auto store = store::open_postgresql(url, true);
  const auto text = store->kept_policy();
  const auto parsed = parse_policy(*text, "the ledger's policy");
  if (parsed.problem) {
    throw_policy_problems(parsed);
  }
  make_store_folder(paths, url, shared);
  paths.store = url;
  return paths;
}

Policy ledger_policy(const LedgerPaths& paths) {
  if (paths.store.empty()) {
    return load_policy(paths.policy.string());
  }
  const auto store = store::open_postgresql(paths.store, true);
  const auto parsed = parse_policy(*store->kept_policy(), policy_source(paths));
  if (parsed.problem) {
    throw_policy_problems(parsed);
  }
  return std::move(*parsed.policy);
}

std::string policy_source(const LedgerPaths& paths) {
  return paths.store.empty() ? paths.policy.string()
                             : "the ledger's database (" + store::printable_url(paths.store) + ")";
}

LedgerPaths init_ledger(const fs::path& dir, const std::optional<fs::path>& policy_file,
                        bool shared, const std::optional<std::string>& preset) {
  const LedgerPaths paths = paths_in((fs::absolute(dir) / k_dir_name).lexically_normal(), false);
  // A folder someone else owns or may write in could hold files planted beforehand (a WAL
  // that SQLite would replay, a symlink that redirects the policy): refuse it, and any symlink
  // standing where a ledger file goes.
  util::refuse_foreign_folder(paths.dir, shared);
  for (const fs::path& file : {paths.db, paths.policy, fs::path(paths.db.string() + "-wal"),
                               fs::path(paths.db.string() + "-shm"),
                               fs::path(paths.db.string() + "-journal")}) {
    util::refuse_symlink(file);
  }
  std::error_code ec;
  if (fs::exists(paths.db, ec) || fs::exists(paths.policy, ec) || fs::exists(paths.store_file, ec)) {
    throw Error(Errc::refused, "a ledger already exists in " + paths.dir.string(),
                "nothing was changed");
  }
  const std::string policy_text = initial_policy_text(policy_file, preset);
  const bool created_dir = !fs::exists(paths.dir, ec);
  fs::create_directories(paths.dir, ec);
  if (ec) {
    throw Error(Errc::failure, "cannot create " + paths.dir.string() + ": " + ec.message());
  }
  bool made_policy = false;
  try {
    // Shared: the group works in the folder too, and new files there (the -wal and -shm of
    // SQLite) take the folder's group (set-group-ID).
    fs::permissions(paths.dir,
                    shared ? fs::perms::owner_all | fs::perms::group_all | fs::perms::set_gid
                           : fs::perms::owner_all,
                    fs::perm_options::replace, ec);
    if (!util::create_new_file(paths.policy, policy_text, shared ? 0660 : 0600)) {
      throw Error(Errc::failure, "cannot create " + paths.policy.string() + ": " + std::strerror(EEXIST));
    }
    made_policy = true;
    store::create_sqlite(paths.db, shared);
    // The built-in message templates, to be edited: the ledger's own are used before them.
    write_builtin_templates((paths.dir / "templates").string(), shared);
    if (shared) {
      fs::permissions(paths.dir / "templates", fs::perms::owner_all | fs::perms::group_all | fs::perms::set_gid,
                      fs::perm_options::replace, ec);
    }
  } catch (...) {
    // Leave nothing half-made behind, and remove only what this call made.
    if (made_policy) {
      fs::remove(paths.db, ec);
      fs::remove(paths.db.string() + "-wal", ec);
      fs::remove(paths.db.string() + "-shm", ec);
      fs::remove(paths.policy, ec);
    }
    if (created_dir) {
      fs::remove_all(paths.dir / "templates", ec);
      fs::remove(paths.dir, ec);
    }
    throw;
  }
  return paths;
}

} // namespace redress
