#include "store/sqlite/search_index.hpp"

#include "store/chain.hpp"
#include "util/digest.hpp"
#include "util/fold.hpp"
#include "util/words.hpp"

#include <redress/error.hpp>

#include <sqlite3.h>

#include <array>
#include <limits>
#include <new>
#include <string_view>
#include <unordered_map>

namespace redress::store::sqlite {

namespace {

constexpr int k_id_bits = 29;
constexpr std::int64_t k_id_mask = (std::int64_t{1} << k_id_bits) - 1;
constexpr std::int64_t k_max_received = std::int64_t{1} << 34;

// --- redress_fold() ------------------------------------------------------------------------

// Folding is the cost of a query that compares a column folded (`--assignee`, `--sort
// category`): the same few names come back row after row, so each connection remembers the
// keys of the last few thousand distinct texts.
struct FoldCache {
  std::unordered_map<std::string, std::string> keys;
};
constexpr std::size_t k_fold_cache_size = 4096;

// redress_hmac(hex key, text): the keyed digest of the identity keys (schemas/0010), as
// store/chain.hpp computes digests: NULL when either is NULL.
void hmac_function(sqlite3_context* context, int, sqlite3_value** argv) {
  const unsigned char* key = sqlite3_value_text(argv[0]);
  const unsigned char* text = sqlite3_value_text(argv[1]);
  if (key == nullptr || text == nullptr) {
    sqlite3_result_null(context);
    return;
  }
  try {
    const std::string bytes = digest_key_bytes(
        std::string_view(reinterpret_cast<const char*>(key), static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))));
    const std::string digest = util::hmac_sha256_hex(
        bytes, std::string_view(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_value_bytes(argv[1]))));
    sqlite3_result_text(context, digest.data(), static_cast<int>(digest.size()), SQLITE_TRANSIENT);
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(context);
  } catch (const std::exception& e) {
    sqlite3_result_error(context, e.what(), -1);
  }
}

void fold_function(sqlite3_context* context, int, sqlite3_value** argv) {
  const unsigned char* text = sqlite3_value_text(argv[0]);
  if (text == nullptr) {
    sqlite3_result_null(context);
    return;
  }
  try {
    const std::string value(reinterpret_cast<const char*>(text),
                            static_cast<std::size_t>(sqlite3_value_bytes(argv[0])));
    auto& cache = static_cast<FoldCache*>(sqlite3_user_data(context))->keys;
    auto found = cache.find(value);
    if (found == cache.end()) {
      if (cache.size() >= k_fold_cache_size) {
        cache.clear();
      }
      found = cache.emplace(value, util::fold(value)).first;
    }
    sqlite3_result_text(context, found->second.data(), static_cast<int>(found->second.size()),
                        SQLITE_TRANSIENT);
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(context);
  } catch (const std::exception& e) {
    sqlite3_result_error(context, e.what(), -1);
  }
}

void delete_fold_cache(void* cache) { delete static_cast<FoldCache*>(cache); }

// --- the 'redress' tokenizer -----------------------------------------------------------------

struct Tokenizer {};

int create_tokenizer(void*, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(new (std::nothrow) Tokenizer);
  return *out == nullptr ? SQLITE_NOMEM : SQLITE_OK;
}

void delete_tokenizer(Fts5Tokenizer* tokenizer) { delete reinterpret_cast<Tokenizer*>(tokenizer); }

// The document TextIndexer::index() is writing on this thread, when its words were cut ahead
// (SearchDocument::words): a text of it is not cut again.
thread_local const SearchDocument* t_document = nullptr;

// Hands FTS5 the words cut ahead for `text`, if it is one of t_document's texts; false if not.
bool replay(std::string_view text, void* context, int (*token)(void*, int, const char*, int, int, int), int& rc) {
  const SearchDocument* doc = t_document;
  if (doc == nullptr || !doc->words) {
    return false;
  }
  const std::array<const std::string*, 5> texts{&doc->summary, &doc->details, &doc->root_cause, &doc->notes,
                                                &doc->fields};
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (*texts[i] != text) {
      continue;
    }
    const DocumentWords& cut = *doc->words;
    rc = SQLITE_OK;
    for (std::size_t w = cut.starts[i]; w < cut.starts[i + 1] && rc == SQLITE_OK; ++w) {
      const DocumentWords::Word& word = cut.words[w];
      rc = token(context, 0, cut.keys.data() + word.key_at, static_cast<int>(word.key_size),
                 static_cast<int>(word.begin), static_cast<int>(word.end));
    }
    return true;
  }
  return false;
}

int tokenize(Fts5Tokenizer*, void* context, int flags, const char* text, int length,
             int (*token)(void*, int, const char*, int, int, int)) {
  try {
    const auto mode = (flags & FTS5_TOKENIZE_QUERY) != 0 ? util::WordMode::query : util::WordMode::document;
    int rc = SQLITE_OK;
    if (mode == util::WordMode::document &&
        replay(std::string_view(text == nullptr ? "" : text, static_cast<std::size_t>(length)), context, token, rc)) {
      return rc;
    }
    util::for_each_word(std::string_view(text == nullptr ? "" : text, static_cast<std::size_t>(length)), mode,
                        [&](const util::Word& word) {
                          if (rc == SQLITE_OK) {
                            rc = token(context, 0, word.key.data(), static_cast<int>(word.key.size()),
                                       static_cast<int>(word.begin), static_cast<int>(word.end));
                          }
                        });
    return rc;
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (...) {
    return SQLITE_ERROR;
  }
}

// FTS5's registration interface, which SQLite hands out through a pointer-passing query.
fts5_api* fts5_of(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
  }
  sqlite3_finalize(statement);
  return api;
}

// --- rows ------------------------------------------------------------------------------------

std::int64_t rowid_of(const Complaint& c) {
  const auto received = static_cast<std::int64_t>(to_unix(c.received_at));
  if (c.id <= 0 || c.id > k_id_mask || received < 0 || received >= k_max_received) {
    throw Error(Errc::failure, "complaint " + c.reference + " cannot be placed in the search index");
  }
  return (received << k_id_bits) | c.id;
}

const char* field_name(SearchField field) {
  switch (field) {
  case SearchField::summary: return "summary";
  case SearchField::details: return "details";
  case SearchField::root_cause: return "root_cause";
  case SearchField::notes: return "notes";
  case SearchField::fields: return "fields";
  }
  return "summary";
}

// An FTS5 string: the text in double quotes, its own quotes doubled. Nothing a user types can
// become an FTS5 operator.
std::string fts5_string(std::string_view text) {
  std::string out = "\"";
  for (const char ch : text) {
    out += ch;
    if (ch == '"') {
      out += '"';
    }
  }
  return out + "\"";
}

// `{summary details} : ("paket" * AND "stigao")`: every term, in the query's fields.
std::string match_expression(const TextQuery& query) {
  std::string expression;
  for (const SearchTerm& term : query.terms) {
    expression += (expression.empty() ? "" : " AND ") + fts5_string(term.text) + (term.prefix ? " *" : "");
  }
  if (query.fields.empty()) {
    return expression;
  }
  std::string fields;
  for (const SearchField field : query.fields) {
    fields += (fields.empty() ? "" : " ") + std::string(field_name(field));
  }
  return "{" + fields + "} : (" + expression + ")";
}

constexpr const char* k_delete = "DELETE FROM search_index WHERE rowid = ?1";
constexpr const char* k_insert = R"sql(
  INSERT INTO search_index (rowid, summary, details, root_cause, notes, fields) VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql";

} // namespace

void register_extensions(SQLite::Database& db) {
  sqlite3* handle = db.getHandle();
  auto* cache = new FoldCache;
  if (sqlite3_create_function_v2(handle, "redress_fold", 1,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, cache,
                                 fold_function, nullptr, nullptr, delete_fold_cache) != SQLITE_OK) {
    throw Error(Errc::failure, std::string("cannot register redress_fold: ") + sqlite3_errmsg(handle));
  }
  if (sqlite3_create_function_v2(handle, "redress_hmac", 2,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                 hmac_function, nullptr, nullptr, nullptr) != SQLITE_OK) {
    throw Error(Errc::failure, std::string("cannot register redress_hmac: ") + sqlite3_errmsg(handle));
  }
  fts5_api* api = fts5_of(handle);
  if (api == nullptr || api->iVersion < 2) {
    throw Error(Errc::failure, "this SQLite has no full-text search (FTS5)",
                "build redress with an SQLite that has FTS5, as Debian's has");
  }
  static fts5_tokenizer tokenizer{create_tokenizer, delete_tokenizer, tokenize};
  if (api->xCreateTokenizer(api, "redress", nullptr, &tokenizer, nullptr) != SQLITE_OK) {
    throw Error(Errc::failure, std::string("cannot register the search tokenizer: ") + sqlite3_errmsg(handle));
  }
}

TextIndexer::TextIndexer(SQLite::Database& db) : m_delete(db, k_delete), m_insert(db, k_insert) {}

void TextIndexer::index(const Complaint& c, const SearchDocument& doc) {
  const std::int64_t rowid = rowid_of(c);
  m_delete.reset();
  m_delete.bind(1, rowid);
  m_delete.exec();
  m_insert.reset();
  m_insert.bind(1, rowid);
  m_insert.bind(2, doc.summary);
  m_insert.bind(3, doc.details);
  m_insert.bind(4, doc.root_cause);
  m_insert.bind(5, doc.notes);
  m_insert.bind(6, doc.fields);
  struct Cut {
    explicit Cut(const SearchDocument& doc) { t_document = &doc; }
    ~Cut() { t_document = nullptr; }
    Cut(const Cut&) = delete;
    Cut& operator=(const Cut&) = delete;
  } cut(doc);
  m_insert.exec();
}

void TextIndexer::unindex(const Complaint& c) {
  m_delete.reset();
  m_delete.bind(1, rowid_of(c));
  m_delete.exec();
}

void find_texts(SQLite::Database& db, const TextQuery& query, const ComplaintFilter& filter,
                bool include_confidential, const std::function<bool(Complaint&)>& sink) {
  if (query.terms.empty()) {
    throw Error(Errc::usage, "nothing to search for");
  }
  QueryExtras extras;
  extras.join = " JOIN search_index AS s ON c.id = (s.rowid & " + std::to_string(k_id_mask) + ")";
  extras.conditions = "s.search_index MATCH ?";
  extras.values.emplace_back(match_expression(query));
  // A time window is a range of rowids: FTS5 reads only that part of each word's list.
  if (filter.since) {
    extras.conditions += " AND s.rowid >= ?";
    extras.values.emplace_back(std::max<std::int64_t>(0, to_unix(*filter.since)) << k_id_bits);
  }
  if (filter.until) {
    extras.conditions += " AND s.rowid < ?";
    extras.values.emplace_back(std::clamp<std::int64_t>(to_unix(*filter.until), 0, k_max_received) << k_id_bits);
  }
  if (!include_confidential) {
    extras.conditions += " AND c.confidential = 0";
  }
  if (filter.sort == "received") {
    // The index's own order: a limit, or a sink that has enough, stops the walk early.
    extras.order = filter.reverse ? " ORDER BY s.rowid DESC" : " ORDER BY s.rowid";
    if (filter.limit) {
      extras.order += " LIMIT " + std::to_string(*filter.limit);
    }
  }
  select_complaints(db, filter, extras, sink);
}

std::optional<SearchDocument> indexed_texts(SQLite::Database& db, const Complaint& c) {
  SQLite::Statement query(db, "SELECT summary, details, root_cause, notes, fields FROM search_index WHERE rowid = ?1");
  query.bind(1, rowid_of(c));
  if (!query.executeStep()) {
    return std::nullopt;
  }
  return SearchDocument{query.getColumn(0).getString(), query.getColumn(1).getString(),
                        query.getColumn(2).getString(), query.getColumn(3).getString(),
                        query.getColumn(4).getString(), nullptr};
}

std::int64_t indexed_count(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM search_index").getInt64();
}

void scan_index_words(SQLite::Database& db,
                      const std::function<void(std::string_view, std::int64_t, std::int64_t)>& sink) {
  // FTS5's own integrity check is an INSERT, which a read-only connection or a read snapshot
  // cannot run. Its vocabulary table reads the index as it is; creating it writes only to the
  // connection's temporary schema, so query_only is lifted for that statement alone.
  const bool query_only = db.execAndGet("PRAGMA query_only").getInt() != 0;
  if (query_only) {
    db.exec("PRAGMA query_only = OFF");
  }
  try {
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, search_index, 'row')");
  } catch (...) {
    if (query_only) {
      db.exec("PRAGMA query_only = ON");
    }
    throw;
  }
  if (query_only) {
    db.exec("PRAGMA query_only = ON");
  }
  SQLite::Statement query(db, "SELECT term, doc, cnt FROM temp.search_words");
  while (query.executeStep()) {
    const SQLite::Column term = query.getColumn(0);
    sink(std::string_view(static_cast<const char*>(term.getBlob()), static_cast<std::size_t>(term.getBytes())),
         query.getColumn(1).getInt64(), query.getColumn(2).getInt64());
  }
}

} // namespace redress::store::sqlite
