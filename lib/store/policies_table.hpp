#pragma once
// policies: the text of every policy complaints were filed under, by digest (append-only).

#include <redress/time.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

namespace redress::store {

/// Records a policy's text under its digest, once: later calls with a digest already recorded
/// do nothing. Runs inside the caller's write transaction.
class PolicyRecorder {
public:
  explicit PolicyRecorder(SQLite::Database& db);
  void record(const std::string& digest, const std::string& text, Instant at);

private:
  SQLite::Statement m_insert;
};

/// The first problem with the recorded policies, as one line: a complaint naming a digest the
/// ledger never recorded, or a recorded text that no longer hashes to its digest. nullopt
/// when there is none.
std::optional<std::string> policy_problem(SQLite::Database& db);

} // namespace redress::store
