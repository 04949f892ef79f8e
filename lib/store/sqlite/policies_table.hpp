#pragma once
// policies: the text of every policy complaints were filed under, by digest (append-only).

#include <redress/time.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <functional>
#include <optional>
#include <string>
#include <utility>

namespace redress::store::sqlite {

/// Store::record_policy() with its statement prepared once.
class PolicyRecorder {
public:
  explicit PolicyRecorder(SQLite::Database& db);
  void record(const std::string& digest, const std::string& text, Instant at);

private:
  SQLite::Statement m_insert;
};

void scan_policies(SQLite::Database& db,
                   const std::function<void(const std::string&, const std::optional<std::string>&)>& sink);
std::optional<std::pair<std::string, std::string>> unrecorded_policy(SQLite::Database& db);

} // namespace redress::store::sqlite
