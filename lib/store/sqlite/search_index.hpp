#pragma once
// search_index: the full-text index of complaint texts (schemas/0007_text_matching.sql), an
// FTS5 table whose tokenizer, 'redress', cuts texts into folded words and ideographic pairs
// (util/words.hpp); and redress_fold(), util::fold() as an SQL function.
//
// Each complaint has one row, its rowid `received_at << 29 | id` (received_at in Unix seconds):
// FTS5 walks rows in rowid order, so a search reads its matches newest received first and
// stops after the ones it shows, however many there are. Ids stay below 2^29 (536,870,912
// complaints); receipt times below 2^34 (the year 2514).

#include "store/sqlite/complaints_table.hpp"
#include "store/store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace redress::store::sqlite {

/// Registers on `db` what redress's SQL needs beyond SQLite's own: the function
/// redress_fold(text) and the FTS5 tokenizer 'redress'. Every connection registers them before
/// it migrates or reads: the migrations use both, and the search index cannot be read or
/// written without its tokenizer. (The sqlite3 shell reads every other table of a ledger.)
void register_extensions(SQLite::Database& db);

/// Store::index_texts() and unindex_texts() with their statements prepared once.
class TextIndexer {
public:
  explicit TextIndexer(SQLite::Database& db);
  void index(const Complaint& c, const SearchDocument& doc);
  void unindex(const Complaint& c);

private:
  SQLite::Statement m_delete;
  SQLite::Statement m_insert;
};

/// Store::find_texts().
void find_texts(SQLite::Database& db, const TextQuery& query, const ComplaintFilter& filter,
                bool include_confidential, const std::function<bool(Complaint&)>& sink);
/// Store::indexed_texts().
std::optional<SearchDocument> indexed_texts(SQLite::Database& db, const Complaint& c);
/// Store::indexed_count().
std::int64_t indexed_count(SQLite::Database& db);
/// Store::scan_index_words().
void scan_index_words(SQLite::Database& db,
                      const std::function<void(std::string_view, std::int64_t, std::int64_t)>& sink);

} // namespace redress::store::sqlite
