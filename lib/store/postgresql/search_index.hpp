#pragma once
// The search index on PostgreSQL: search_documents and search_words
// (schemas/postgresql/0001_initial.sql). The words are cut by redress's own tokenizer
// (util/words.hpp), the one SQLite's FTS5 index calls, so both backends find the same
// complaints for the same query.

#include "store/postgresql/connection.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace redress::store::postgresql {

/// Store::index_texts(): replaces the complaint's document and words (inside a write).
void index_texts(Connection& db, const Complaint& c, const SearchDocument& doc);
/// Store::unindex_texts().
void unindex_texts(Connection& db, const Complaint& c);
/// Store::find_texts().
void find_texts(Connection& db, const TextQuery& query, const ComplaintFilter& filter, bool include_confidential,
                const std::function<bool(Complaint&)>& sink);
std::optional<SearchDocument> indexed_texts(Connection& db, const Complaint& c);
std::int64_t indexed_count(Connection& db);
/// Cuts every document's field values (search_documents.fields) into its words anew: the step of
/// schemas/postgresql/0002 that SQL cannot do (migration_steps.hpp).
void index_field_words(Connection& db);
void scan_index_words(Connection& db,
                      const std::function<void(std::string_view, std::int64_t, std::int64_t)>& sink);

} // namespace redress::store::postgresql
