#include "store/postgresql/search_index.hpp"

#include "store/postgresql/complaints_table.hpp"

#include "util/words.hpp"

#include <redress/error.hpp>

#include <string>
#include <utility>
#include <vector>

namespace redress::store::postgresql {

namespace {

// A PostgreSQL array literal of texts: every item quoted, its quotes and backslashes escaped.
std::string array_literal(const std::vector<std::string>& items) {
  std::string out = "{";
  for (const auto& item : items) {
    if (out.size() > 1) {
      out += ',';
    }
    out += '"';
    for (const char ch : item) {
      if (ch == '"' || ch == '\\') {
        out += '\\';
      }
      out += ch;
    }
    out += '"';
  }
  return out + "}";
}

std::string array_literal(const std::vector<std::int64_t>& items) {
  std::string out = "{";
  for (const auto item : items) {
    out += (out.size() > 1 ? "," : "") + std::to_string(item);
  }
  return out + "}";
}

int field_number(SearchField field) {
  switch (field) {
  case SearchField::summary: return 0;
  case SearchField::details: return 1;
  case SearchField::root_cause: return 2;
  case SearchField::notes: return 3;
  case SearchField::fields: return 4;
  }
  return 0;
}

// A LIKE pattern that matches texts beginning with `prefix` (its %, _ and \ escaped).
std::string like_prefix(std::string_view prefix) {
  std::string out;
  for (const char ch : prefix) {
    if (ch == '%' || ch == '_' || ch == '\\') {
      out += '\\';
    }
    out += ch;
  }
  return out + "%";
}

// Writes the words of complaint `id`'s texts (field number, text) to search_words: each text's
// words at their places 0, 1, ..., as FTS5 numbers a column's tokens.
void insert_words(Connection& db, std::int64_t id, const std::vector<std::pair<int, const std::string*>>& texts) {
  std::vector<std::int64_t> fields;
  std::vector<std::int64_t> positions;
  std::vector<std::string> words;
  for (const auto& [field, text] : texts) {
    std::int64_t position = 0;
    util::for_each_word(*text, util::WordMode::document, [&](const util::Word& w) {
      fields.push_back(field);
      positions.push_back(position++);
      words.push_back(w.key);
    });
  }
  if (words.empty()) {
    return;
  }
  db.prepared("insert_search_words",
              "INSERT INTO search_words (complaint_id, field, position, word) "
              "SELECT $1, f, p, w FROM unnest($2::smallint[], $3::integer[], $4::text[]) AS u(f, p, w)",
              Params().integer(id).text(array_literal(fields)).text(array_literal(positions)).text(array_literal(words)));
}

} // namespace

void index_texts(Connection& db, const Complaint& c, const SearchDocument& doc) {
  unindex_texts(db, c);
  db.prepared("insert_search_document",
              "INSERT INTO search_documents (complaint_id, summary, details, root_cause, notes, fields) "
              "VALUES ($1, $2, $3, $4, $5, $6)",
              Params().integer(c.id).text(doc.summary).text(doc.details).text(doc.root_cause).text(doc.notes).text(
                  doc.fields));
  insert_words(db, c.id,
               {{field_number(SearchField::summary), &doc.summary},
                {field_number(SearchField::details), &doc.details},
                {field_number(SearchField::root_cause), &doc.root_cause},
                {field_number(SearchField::notes), &doc.notes},
                {field_number(SearchField::fields), &doc.fields}});
}

void index_field_words(Connection& db) {
  // In pages of ids: a large ledger's documents are not all held at once.
  std::int64_t after = 0;
  for (;;) {
    const Result r = db.query(R"sql(
      SELECT complaint_id, fields FROM search_documents
      WHERE complaint_id > $1 AND fields <> '' ORDER BY complaint_id LIMIT 500)sql",
                              Params().integer(after));
    if (r.rows() == 0) {
      return;
    }
    for (int i = 0; i < r.rows(); ++i) {
      after = r.int64(i, 0);
      const std::string text = r.string(i, 1);
      db.query("DELETE FROM search_words WHERE complaint_id = $1 AND field = $2",
               Params().integer(after).integer(field_number(SearchField::fields)));
      insert_words(db, after, {{field_number(SearchField::fields), &text}});
    }
  }
}

void unindex_texts(Connection& db, const Complaint& c) {
  // search_words go with their document (ON DELETE CASCADE).
  db.prepared("delete_search_document", "DELETE FROM search_documents WHERE complaint_id = $1",
              Params().integer(c.id));
}

void find_texts(Connection& db, const TextQuery& query, const ComplaintFilter& filter, bool include_confidential,
                const std::function<bool(Complaint&)>& sink) {
  if (query.terms.empty()) {
    throw Error(Errc::usage, "nothing to search for");
  }
  QueryExtras extras;
  extras.conditions = [&](Params& params, int& next) {
    const auto bind = [&](const std::string& value) {
      params.text(value);
      return "$" + std::to_string(next++);
    };
    std::string fields;
    for (const SearchField field : query.fields) {
      fields += (fields.empty() ? "" : ", ") + std::to_string(field_number(field));
    }
    std::string sql = "EXISTS (SELECT 1 FROM search_documents AS d WHERE d.complaint_id = c.id)";
    // Every term: its words at consecutive places of one text (a phrase, as FTS5 reads a quoted
    // string), in one of the query's texts; with `prefix`, the last word begins a longer one.
    for (const SearchTerm& term : query.terms) {
      std::vector<std::string> keys;
      util::for_each_word(term.text, util::WordMode::query, [&](const util::Word& w) { keys.push_back(w.key); });
      if (keys.empty()) {
        sql += " AND false"; // nothing in it is a word: FTS5 matches nothing for it either
        continue;
      }
      std::string from;
      std::string where;
      for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::string w = "w" + std::to_string(i);
        from += (i == 0 ? "" : ", ") + std::string("search_words AS ") + w;
        const bool prefix = term.prefix && i + 1 == keys.size();
        const std::string match = prefix ? w + ".word LIKE " + bind(like_prefix(keys[i]))
                                         : w + ".word = " + bind(keys[i]);
        if (i == 0) {
          where += w + ".complaint_id = c.id AND " + match;
          if (!fields.empty()) {
            where += " AND " + w + ".field IN (" + fields + ")";
          }
        } else {
          where += " AND " + w + ".complaint_id = c.id AND " + w + ".field = w0.field AND " + w +
                   ".position = w0.position + " + std::to_string(i) + " AND " + match;
        }
      }
      sql += " AND EXISTS (SELECT 1 FROM " + from + " WHERE " + where + ")";
    }
    if (!include_confidential) {
      sql += " AND c.confidential = 0";
    }
    return sql;
  };
  select_complaints(db, filter, extras, sink);
}

std::optional<SearchDocument> indexed_texts(Connection& db, const Complaint& c) {
  const Result r = db.prepared("indexed_texts",
                               "SELECT summary, details, root_cause, notes, fields FROM search_documents "
                               "WHERE complaint_id = $1",
                               Params().integer(c.id));
  if (r.rows() == 0) {
    return std::nullopt;
  }
  return SearchDocument{r.string(0, 0), r.string(0, 1), r.string(0, 2), r.string(0, 3), r.string(0, 4)};
}

std::int64_t indexed_count(Connection& db) {
  return db.query("SELECT count(*) FROM search_documents").int64(0, 0);
}

void scan_index_words(Connection& db,
                      const std::function<void(std::string_view, std::int64_t, std::int64_t)>& sink) {
  db.stream("SELECT word, count(DISTINCT complaint_id), count(*) FROM search_words GROUP BY word", Params(),
            [&](const RowView& row) {
              sink(row.text(0), row.int64(1), row.int64(2));
              return true;
            });
}

} // namespace redress::store::postgresql
