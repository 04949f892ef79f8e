// `redress migrate --to URL` (Ledger::migrate_to) and `redress upgrade` (upgrade_ledger): an
// SQLite ledger moved verbatim into PostgreSQL, and a ledger's schema brought up to this binary's.

#include "ledger/evidence.hpp"
#include "ledger/ledger_impl.hpp"
#include "ledger/store_file.hpp"

#include "util/permissions.hpp"

#include <redress/error.hpp>

#include <fmt/format.h>

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <limits>
#include <memory>
#include <set>
#include <sstream>

namespace redress {

namespace fs = std::filesystem;

namespace {

// Copies evidence file `sha256` from `from` to `to` through an unnamed temporary file (put()
// reads a file descriptor).
void copy_evidence(store::EvidenceFiles& from, store::EvidenceFiles& to, const std::string& sha256) {
  std::ostringstream bytes;
  from.read(sha256, bytes);
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> tmp(std::tmpfile(), &std::fclose);
  const std::string data = bytes.str();
  if (!tmp || std::fwrite(data.data(), 1, data.size(), tmp.get()) != data.size() || std::fflush(tmp.get()) != 0) {
    throw Error(Errc::failure, "cannot copy evidence file " + sha256 + ": a temporary file cannot be written");
  }
  to.put(fileno(tmp.get()), std::numeric_limits<std::int64_t>::max());
}

std::string verify_failure(const VerifyReport& r) { return r.failed_check + ": " + r.problem.value_or(""); }

// Takes the write bits away from `file`; a warning when that fails.
void make_read_only(const fs::path& file, std::vector<std::string>& warnings) {
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    return;
  }
  fs::permissions(file, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                  fs::perm_options::remove | fs::perm_options::nofollow, ec);
  if (ec) {
    warnings.push_back("cannot make " + file.string() + " read-only: " + ec.message());
  }
}

} // namespace

MigrationResult Ledger::migrate_to(const std::string& url, const std::string& actor) {
  Impl& impl = *m_impl;
  if (!impl.paths.store.empty()) {
    throw Error(Errc::refused, "this ledger is kept in PostgreSQL already (" + store::printable_url(impl.paths.store) + ")",
                "'redress migrate --to' moves an SQLite ledger (.redress/ledger.db); nothing was changed");
  }
  store::check_postgresql_url(url);
  struct stat st {};
  const bool shared = ::stat(impl.paths.db.c_str(), &st) == 0 && (st.st_mode & S_IWGRP) != 0;
  util::refuse_symlink(impl.paths.store_file);

  store::Store& source = *impl.store;
  MigrationResult result;
  result.url = store::printable_url(url);
  result.note = impl.paths.dir / "MOVED.txt";
  bool made_store_file = false;
  bool committed = false;
  try {
    // The write lock of this ledger for the whole move: nothing is filed here meanwhile. Its
    // one change, committed after PostgreSQL's, marks the ledger as moved, so that a command
    // that was waiting for the lock, or a folder that lost its store.toml, cannot write here
    // any more (Store::mark_moved).
    source.write([&] {
      const VerifyReport before = verify_store(source);
      if (before.problem) {
        throw Error(Errc::integrity, "this ledger does not verify, so it was not moved: " + verify_failure(before),
                    "'redress verify' shows the problem; nothing was changed on either side");
      }
      (void)store::copy_to_postgresql(url, source, [&](store::Store& target) {
        // The policy every host files under from now on: this folder's.
        target.record_policy(impl.policy.digest, impl.policy.text, now());
        target.keep_policy(impl.policy.digest, actor);
        // The search index's texts, and the evidence files of complaints not erased.
        std::set<std::string> files;
        std::vector<Event> events;
        source.select_complaints(ComplaintFilter{}, [&](Complaint& c) {
          if (auto doc = source.indexed_texts(c)) {
            target.index_texts(c, *doc);
          }
          events.clear();
          source.events_of(c.id, [&](const Event& e) { events.push_back(e); });
          if (std::none_of(events.begin(), events.end(), [](const Event& e) { return e.type == "erased"; })) {
            for (const EvidenceItem& item : evidence_of(events)) {
              if (item.number > 0) {
                files.insert(item.sha256);
              }
            }
          }
        });
        for (const std::string& sha256 : files) {
          copy_evidence(source.evidence(), target.evidence(), sha256);
        }
        result.evidence_files = static_cast<std::int64_t>(files.size());
        // The copy must be what verify accepts, ending where this ledger ends.
        const VerifyReport after = verify_store(target);
        if (after.problem) {
          throw Error(Errc::integrity,
                      "the copy in " + result.url + " does not verify, so it was not committed: " + verify_failure(after),
                      "nothing was changed on either side; please report this");
        }
        if (after.head_id != before.head_id || after.head_hash != before.head_hash) {
          throw Error(Errc::integrity,
                      fmt::format("the copy's chain head (event {} {}) is not this ledger's (event {} {}), so it was "
                                  "not committed",
                                  after.head_id, after.head_hash, before.head_id, before.head_hash),
                      "nothing was changed on either side; please report this");
        }
        result.complaints = after.complaints;
        result.events = after.events;
        result.head_id = after.head_id;
        result.head_hash = after.head_hash;
        // The folder points at the new ledger before it commits: a failed commit removes it.
        write_store_file(impl.paths.store_file, url, shared);
        made_store_file = true;
      });
      committed = true;
      source.mark_moved(result.url);
    });
  } catch (const std::exception& e) {
    if (!committed) {
      if (made_store_file) {
        std::error_code ec;
        fs::remove(impl.paths.store_file, ec);
      }
      throw;
    }
    // The move stands (PostgreSQL committed, store.toml points there); only the mark failed.
    result.warnings.push_back(std::string("the old ledger could not be marked as moved (") + e.what() +
                              "): do not use .redress/ledger.db any more");
  } catch (...) {
    if (!committed && made_store_file) {
      std::error_code ec;
      fs::remove(impl.paths.store_file, ec);
    }
    throw;
  }
  // Committed: the old files stay, read-only, with a note. Failures now are warnings.
  make_read_only(impl.paths.db, result.warnings);
  make_read_only(impl.paths.policy, result.warnings);
  const std::string note = fmt::format(
      "This ledger was moved to PostgreSQL on {} by {}:\n"
      "  {}\n"
      "Every redress command in this folder now works on it (store.toml names it), under the\n"
      "policy kept in that database ('redress policy set FILE' changes it for every host).\n"
      "ledger.db and policy.toml are the ledger as it was then, left read-only: {} complaints,\n"
      "{} events, chain head event {} {}. redress no longer opens that ledger.db (sqlite3 can).\n"
      "The evidence files were copied into the database; evidence/ keeps the originals.\n",
      format_utc(now()), actor, result.url, result.complaints, result.events, result.head_id, result.head_hash);
  try {
    if (!util::create_new_file(result.note, note, shared ? 0660 : 0600)) {
      result.warnings.push_back("cannot write the note " + result.note.string() + ": something stands there");
    }
  } catch (const std::exception& e) {
    result.warnings.emplace_back(e.what());
  }
  return result;
}

SchemaUpgrade upgrade_ledger(const LedgerPaths& paths) {
  if (paths.store.empty()) {
    // SQLite: opening for writing migrates, as every command does.
    (void)Ledger::open(paths, Access::write, now());
    return SchemaUpgrade{store::latest_schema_version(), store::latest_schema_version(), false};
  }
  const store::SchemaUpgrade done = store::upgrade_postgresql(paths.store);
  return SchemaUpgrade{done.from, done.to, true};
}

} // namespace redress
