#include "store/sqlite/complaints_table.hpp"

#include "store/complaint_row.hpp"
#include "store/sqlite/sql.hpp"

#include "util/fold.hpp"

#include <redress/error.hpp>


#include <map>
#include <set>
#include <string_view>
#include <variant>

namespace redress::store::sqlite {

namespace {

// The columns of a result, made once per query and read row after row: SQLiteCpp's
// Statement::getColumn() copies a shared pointer on every call, and an export reads 39 columns
// of every complaint.
class Row {
public:
  /// After the first step: SQLiteCpp hands out columns only while a row is there.
  explicit Row(SQLite::Statement& q) {
    const int count = q.getColumnCount();
    m_columns.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
      m_columns.push_back(q.getColumn(i));
    }
  }
  [[nodiscard]] bool null(int i) const { return at(i).isNull(); }
  [[nodiscard]] std::int64_t int64(int i) const { return at(i).getInt64(); }
  [[nodiscard]] std::string_view text(int i) const {
    const SQLite::Column& c = at(i);
    const char* p = c.getText(nullptr);
    return p == nullptr ? std::string_view() : std::string_view(p, static_cast<std::size_t>(c.getBytes()));
  }
  [[nodiscard]] std::string string(int i) const { return std::string(text(i)); }
  [[nodiscard]] std::optional<std::string> optional_string(int i) const {
    return null(i) ? std::nullopt : std::optional<std::string>(text(i));
  }
  [[nodiscard]] std::optional<Instant> optional_instant(int i) const {
    return null(i) ? std::nullopt : std::optional<Instant>(from_unix(int64(i)));
  }

private:
  [[nodiscard]] const SQLite::Column& at(int i) const { return m_columns[static_cast<std::size_t>(i)]; }
  std::vector<SQLite::Column> m_columns;
};

using Value = QueryValue;

// Builds "WHERE a AND b ..." with every value bound, never formatted into the SQL.
class Where {
public:
  void add(const std::string& condition, std::vector<Value> values = {}) {
    m_sql += (m_sql.empty() ? " WHERE " : " AND ") + condition;
    for (auto& v : values) {
      m_values.push_back(std::move(v));
    }
  }
  void add_in(const char* column, const std::vector<std::string>& items) {
    if (items.empty()) {
      return;
    }
    std::string condition = std::string(column) + " IN (";
    std::vector<Value> values;
    for (const auto& item : items) {
      condition += values.empty() ? "?" : ", ?";
      values.emplace_back(item);
    }
    add(condition + ")", std::move(values));
  }
  [[nodiscard]] const std::string& sql() const { return m_sql; }
  [[nodiscard]] const std::vector<Value>& values() const { return m_values; }

private:
  std::string m_sql;
  std::vector<Value> m_values;
};

// `CASE column WHEN ? THEN 0 WHEN ? THEN 1 ... ELSE n END`: the place of a value in `order`.
std::string rank_in(const char* column, const std::vector<std::string>& order, std::vector<Value>& values) {
  std::string sql = std::string("CASE ") + column;
  for (std::size_t i = 0; i < order.size(); ++i) {
    sql += " WHEN ? THEN " + std::to_string(i);
    values.emplace_back(order[i]);
  }
  return sql + " ELSE " + std::to_string(order.size()) + " END";
}

// ORDER BY for a sort name, its values appended to `values`; every key is reversed for
// --reverse. Severities go in the policy's order (most severe first), statuses in the
// lifecycle's, categories by their folded names; the id breaks ties so the order is stable.
std::string order_clause(const ComplaintFilter& f, std::vector<Value>& values) {
  std::vector<std::string> keys;
  if (f.sort == "received") {
    keys = {"c.received_at", "c.id"};
  } else if (f.sort == "reference") {
    keys = {"c.year", "c.seq"};
  } else if (f.sort == "status") {
    keys = {rank_in("c.status", status_names(), values), "c.received_at", "c.id"};
  } else if (f.sort == "severity") {
    keys = {rank_in("c.severity", f.severity_order, values), "c.received_at", "c.id"};
  } else if (f.sort == "category") {
    keys = {"redress_fold(c.category)", "c.received_at", "c.id"};
  } else {
    throw Error(Errc::usage, "cannot sort by '" + f.sort + "'",
                "sort by received, reference, status, severity or category");
  }
  std::string clause;
  for (const auto& key : keys) {
    clause += (clause.empty() ? " ORDER BY " : ", ") + key + (f.reverse ? " DESC" : "");
  }
  return clause;
}

// The filter's conditions (not its sort, limit or SLA filters).
Where filter_conditions(const ComplaintFilter& f) {
  Where where;
  where.add_in("c.status", f.statuses);
  if (f.open_only) {
    // Written out, not bound, exactly as the partial index of open complaints says it
    // (schemas/0002_open_by_receipt.sql): only then does SQLite use that index.
    where.add("(c.status = 'new' OR c.status = 'acknowledged' OR c.status = 'investigating' OR "
              "c.status = 'waiting')");
  }
  where.add_in("c.severity", f.severities);
  where.add_in("c.category", f.categories);
  where.add_in("c.channel", f.channels);
  // Names people type are compared folded (redress_fold, search_index.hpp).
  if (f.assignee) {
    where.add("redress_fold(c.assignee) = ?", {util::fold(*f.assignee)});
  }
  if (f.team) {
    where.add("redress_fold(c.team) = ?", {util::fold(*f.team)});
  }
  if (f.customer) {
    // The person: their customers row by an identity key or by their folded name.
    std::string keys;
    std::vector<Value> values;
    for (const auto& key : f.customer_keys) {
      keys += keys.empty() ? "?" : ", ?";
      values.emplace_back(key);
    }
    values.emplace_back(f.customer_name_key);
    // A record merged into another names the other; a corrected key (customer_keys) names its
    // customer too.
    std::string sql = "c.customer_id IN (SELECT coalesce(merged_into, id) FROM customers WHERE " +
                      (keys.empty() ? std::string() : "identity_key IN (" + keys + ") OR ") + "name_key = ?";
    if (!keys.empty()) {
      sql += " UNION SELECT customer_id FROM customer_keys WHERE identity_key IN (" + keys + ")";
      for (const auto& key : f.customer_keys) {
        values.emplace_back(key);
      }
    }
    where.add(sql + ")", std::move(values));
  }
  if (f.customer_id) {
    where.add("c.customer_id = ?", {Value(*f.customer_id)});
  }
  for (const auto& [name, value] : f.fields) {
    // Field names are checked (redress/policy.hpp is_field_name): the path is bound all the same.
    const std::string path = "$.\"" + name + "\"";
    where.add("(redress_fold(json_extract(c.fields, ?)) = ? OR redress_fold(json_extract(c.personal_fields, ?)) = ?)",
              {path, value, path, value});
  }
  if (f.not_told) {
    // The rule is documented with ComplaintFilter::not_told.
    where.add(R"sql(c.status IN ('new', 'acknowledged', 'investigating', 'waiting', 'resolved', 'rejected')
      AND NOT EXISTS (
        SELECT 1 FROM events AS t
        WHERE t.complaint_id = c.id
          AND t.id >= (SELECT max(s.id) FROM events AS s WHERE s.complaint_id = c.id
                       AND s.type IN ('filed', 'imported', 'waiting', 'resolved', 'rejected', 'reopened'))
          AND (t.type = 'message_sent'
               OR (t.type = 'noted' AND json_extract(t.data, '$.visible') = 1)
               OR (t.type IN ('acknowledged', 'resolved') AND t.personal IS NOT NULL
                   AND json_extract(t.personal, '$.note') IS NOT NULL)))
      )sql");
  }
  if (f.since) {
    where.add("c.received_at >= ?", {static_cast<std::int64_t>(to_unix(*f.since))});
  }
  if (f.until) {
    where.add("c.received_at < ?", {static_cast<std::int64_t>(to_unix(*f.until))});
  }
  return where;
}

} // namespace

namespace {

// Not one statement with RETURNING: SQLite collects RETURNING rows in a temporary table, which
// cost more than the rest of recording a complaint (docs/performance.md).
constexpr const char* k_next_sequence = R"sql(
  INSERT INTO reference_sequences (year, last_seq) VALUES (?1, 1)
  ON CONFLICT (year) DO UPDATE SET last_seq = last_seq + 1)sql";
constexpr const char* k_read_sequence = "SELECT last_seq FROM reference_sequences WHERE year = ?1";

constexpr const char* k_insert = R"sql(
  INSERT INTO complaints (
    reference, year, seq, status, received_at, channel, customer_id, customer_language,
    category, product, severity, summary, details, evidence, confidential, assignee, team,
    escalation_level, policy_digest, customer_name, customer_email, customer_phone,
    customer_member_id, customer_preferred_channel,
    acknowledge_target, acknowledge_due_at, acknowledged_at, acknowledge_sla,
    acknowledge_paused_s, resolve_target, resolve_started_at, resolve_due_at, resolved_at,
    resolve_sla, resolve_paused_s, reopen_target, reopened_at, reopen_due_at, reopen_resolved_at,
    reopen_sla, reopen_paused_s, paused_since, outcome, compensation_minor,
    compensation_currency, root_cause, satisfaction, closed_at, last_event_at, incomplete_allowed,
    fields, personal_fields, personal_key)
  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
          ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36,
          ?37, ?38, ?39, ?40, ?41, ?42, ?43, ?44, ?45, ?46, ?47, ?48, ?49, ?50, ?51, ?52, ?53))sql";

// Binds values to a statement's ? in order from `index` (bind_clocks_and_outcome()).
struct Binder {
  SQLite::Statement& s;
  int index;
  void text(const std::optional<std::string>& v) { bind_optional(s, index++, v); }
  void instant(const std::optional<Instant>& v) { bind_optional(s, index++, v); }
  void integer(const std::optional<std::int64_t>& v) {
    if (v) {
      s.bind(index++, static_cast<std::int64_t>(*v));
    } else {
      s.bind(index++);
    }
  }
};

void bind_clocks_and_outcome(SQLite::Statement& s, int first, const Complaint& c) {
  Binder binder{s, first};
  store::bind_clocks_and_outcome(binder, c);
}

std::int64_t run_next_sequence(SQLite::Statement& next, SQLite::Statement& read, int year) {
  next.reset();
  next.bind(1, year);
  next.exec();
  read.reset();
  read.bind(1, year);
  read.executeStep();
  const std::int64_t seq = read.getColumn(0).getInt64();
  read.reset(); // finished before the transaction commits
  return seq;
}

std::int64_t run_insert(SQLite::Database& db, SQLite::Statement& insert, const NewComplaintRow& row) {
  const Complaint& c = row.complaint;
  insert.reset();
  insert.bind(1, c.reference);
  insert.bind(2, row.year);
  insert.bind(3, static_cast<std::int64_t>(row.seq));
  insert.bind(4, std::string(to_string(c.status)));
  insert.bind(5, static_cast<std::int64_t>(to_unix(c.received_at)));
  insert.bind(6, c.channel);
  insert.bind(7, static_cast<std::int64_t>(row.customer_id));
  bind_optional(insert, 8, c.customer.language);
  insert.bind(9, c.category);
  bind_optional(insert, 10, c.product);
  insert.bind(11, c.severity);
  insert.bind(12, c.summary);
  bind_optional(insert, 13, c.details);
  insert.bind(14, evidence_json(c.evidence));
  insert.bind(15, c.confidential ? 1 : 0);
  bind_optional(insert, 16, c.assignee);
  bind_optional(insert, 17, c.team);
  insert.bind(18, c.escalation_level);
  insert.bind(19, row.policy_digest);
  insert.bind(20, c.customer.name);
  bind_optional(insert, 21, c.customer.email);
  bind_optional(insert, 22, c.customer.phone);
  bind_optional(insert, 23, c.customer.member_id);
  bind_optional(insert, 24, c.customer.preferred_channel);
  bind_clocks_and_outcome(insert, 25, c);
  insert.bind(50, c.incomplete_allowed ? 1 : 0);
  insert.bind(51, field_json(c.fields));
  insert.bind(52, field_json(c.personal_fields));
  insert.bind(53, row.personal_key);
  insert.exec();
  return db.getLastInsertRowid();
}

} // namespace

std::int64_t next_sequence(SQLite::Database& db, int year) {
  SQLite::Statement next(db, k_next_sequence);
  SQLite::Statement read(db, k_read_sequence);
  return run_next_sequence(next, read, year);
}

std::int64_t insert_complaint(SQLite::Database& db, const NewComplaintRow& row) {
  SQLite::Statement insert(db, k_insert);
  return run_insert(db, insert, row);
}

ComplaintInserter::ComplaintInserter(SQLite::Database& db)
    : m_db(db), m_next(db, k_next_sequence), m_read_sequence(db, k_read_sequence),
      m_insert(db, k_insert) {}

std::int64_t ComplaintInserter::next_sequence(int year) {
  return run_next_sequence(m_next, m_read_sequence, year);
}

std::int64_t ComplaintInserter::insert(const NewComplaintRow& row) {
  return run_insert(m_db, m_insert, row);
}

namespace {

constexpr const char* k_update = R"sql(
  UPDATE complaints SET
    status = ?2, assignee = ?3, team = ?4, escalation_level = ?5, severity = ?6, category = ?7,
    product = ?8, acknowledge_target = ?9, acknowledge_due_at = ?10, acknowledged_at = ?11,
    acknowledge_sla = ?12, acknowledge_paused_s = ?13, resolve_target = ?14,
    resolve_started_at = ?15, resolve_due_at = ?16, resolved_at = ?17, resolve_sla = ?18,
    resolve_paused_s = ?19, reopen_target = ?20, reopened_at = ?21, reopen_due_at = ?22,
    reopen_resolved_at = ?23, reopen_sla = ?24, reopen_paused_s = ?25, paused_since = ?26,
    outcome = ?27, compensation_minor = ?28, compensation_currency = ?29, root_cause = ?30,
    satisfaction = ?31, closed_at = ?32, last_event_at = ?33, received_at = ?34, channel = ?35,
    summary = ?36, details = ?37, evidence = ?38, fields = ?39, personal_fields = ?40,
    customer_id = ?41, customer_name = ?42, customer_email = ?43, customer_phone = ?44,
    customer_member_id = ?45, customer_language = ?46, customer_preferred_channel = ?47
  WHERE id = ?1)sql";

const std::string& find_sql() {
  static const std::string sql = std::string(k_complaint_columns) + " WHERE c.reference = ?1";
  return sql;
}

void run_update(SQLite::Statement& update, const Complaint& c) {
  update.reset();
  update.bind(1, static_cast<std::int64_t>(c.id));
  update.bind(2, std::string(to_string(c.status)));
  bind_optional(update, 3, c.assignee);
  bind_optional(update, 4, c.team);
  update.bind(5, c.escalation_level);
  update.bind(6, c.severity);
  update.bind(7, c.category);
  bind_optional(update, 8, c.product);
  bind_clocks_and_outcome(update, 9, c);
  // What a correction (`amend`), new evidence or an `undo` changes.
  update.bind(34, static_cast<std::int64_t>(to_unix(c.received_at)));
  update.bind(35, c.channel);
  update.bind(36, c.summary);
  bind_optional(update, 37, c.details);
  update.bind(38, evidence_json(c.evidence));
  update.bind(39, field_json(c.fields));
  update.bind(40, field_json(c.personal_fields));
  // What `customer update --complaints` and `customer merge` change.
  update.bind(41, static_cast<std::int64_t>(c.customer_id));
  update.bind(42, c.customer.name);
  bind_optional(update, 43, c.customer.email);
  bind_optional(update, 44, c.customer.phone);
  bind_optional(update, 45, c.customer.member_id);
  bind_optional(update, 46, c.customer.language);
  bind_optional(update, 47, c.customer.preferred_channel);
  if (update.exec() != 1) {
    throw Error(Errc::failure, "complaint " + c.reference + " vanished while it was updated");
  }
}

std::optional<Complaint> run_find(SQLite::Statement& query, const std::string& reference) {
  query.reset();
  query.bind(1, reference);
  std::optional<Complaint> found;
  if (query.executeStep()) {
    found = complaint_from_row(Row(query));
  }
  // Reset at once: a statement left stepping would keep its read snapshot past the commit.
  query.reset();
  return found;
}

} // namespace

void update_complaint(SQLite::Database& db, const Complaint& c) {
  SQLite::Statement update(db, k_update);
  run_update(update, c);
}

std::optional<Complaint> find_complaint(SQLite::Database& db, const std::string& reference) {
  SQLite::Statement query(db, find_sql());
  return run_find(query, reference);
}

namespace {

const std::string& find_number_sql() {
  static const std::string sql = std::string(k_complaint_columns) + " WHERE c.year = ?1 AND c.seq = ?2";
  return sql;
}

std::optional<Complaint> run_find_number(SQLite::Statement& query, int year, std::int64_t seq) {
  query.reset();
  query.bind(1, year);
  query.bind(2, static_cast<std::int64_t>(seq));
  std::optional<Complaint> found;
  if (query.executeStep()) {
    found = complaint_from_row(Row(query));
  }
  query.reset();
  return found;
}

} // namespace

std::optional<Complaint> find_complaint(SQLite::Database& db, int year, std::int64_t seq) {
  SQLite::Statement query(db, find_number_sql());
  return run_find_number(query, year, seq);
}

std::vector<YearSequence> sequences(SQLite::Database& db) {
  SQLite::Statement q(db, R"sql(
    SELECT year, max(last), max(highest) FROM (
      SELECT year, last_seq AS last, NULL AS highest FROM reference_sequences
      UNION ALL
      SELECT year, NULL, max(seq) FROM complaints GROUP BY year)
    GROUP BY year ORDER BY year)sql");
  std::vector<YearSequence> years;
  while (q.executeStep()) {
    years.push_back({q.getColumn(0).getInt(), q.getColumn(1).isNull() ? 0 : q.getColumn(1).getInt64(),
                     q.getColumn(2).isNull() ? 0 : q.getColumn(2).getInt64()});
  }
  return years;
}

std::int64_t complaints_with_event(SQLite::Database& db, std::string_view type, Instant by,
                                   Instant since, Instant until) {
  SQLite::Statement q(db, R"sql(
    SELECT count(DISTINCT e.complaint_id) FROM events AS e JOIN complaints AS c ON c.id = e.complaint_id
    WHERE e.type = ?1 AND e.at <= ?2 AND c.received_at >= ?3 AND c.received_at < ?4)sql");
  q.bind(1, std::string(type));
  q.bind(2, static_cast<std::int64_t>(to_unix(by)));
  q.bind(3, static_cast<std::int64_t>(to_unix(since)));
  q.bind(4, static_cast<std::int64_t>(to_unix(until)));
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::vector<std::pair<std::string, std::int64_t>> stored_names(SQLite::Database& db, NameKind kind) {
  // The column is chosen from a fixed list, never from input.
  const char* column = "category";
  switch (kind) {
  case NameKind::category: column = "category"; break;
  case NameKind::severity: column = "severity"; break;
  case NameKind::channel: column = "channel"; break;
  case NameKind::outcome: column = "outcome"; break;
  }
  SQLite::Statement q(db, std::string("SELECT ") + column + ", count(*) FROM complaints WHERE " + column +
                              " IS NOT NULL GROUP BY " + column + " ORDER BY " + column);
  std::vector<std::pair<std::string, std::int64_t>> names;
  while (q.executeStep()) {
    names.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt64());
  }
  return names;
}

ComplaintWriter::ComplaintWriter(SQLite::Database& db)
    : m_find(db, find_sql()), m_find_number(db, find_number_sql()), m_update(db, k_update) {}

std::optional<Complaint> ComplaintWriter::find(const std::string& reference) {
  return run_find(m_find, reference);
}

std::optional<Complaint> ComplaintWriter::find(int year, std::int64_t seq) {
  return run_find_number(m_find_number, year, seq);
}

void ComplaintWriter::update(const Complaint& c) { run_update(m_update, c); }

void select_complaints(SQLite::Database& db, const ComplaintFilter& f, const QueryExtras& extras,
                       const std::function<bool(Complaint&)>& sink) {
  Where where = filter_conditions(f);
  if (!extras.conditions.empty()) {
    where.add(extras.conditions, extras.values);
  }
  std::vector<Value> values = where.values();
  std::string sql = std::string(k_complaint_columns) + extras.join + where.sql();
  if (extras.order.empty()) {
    sql += order_clause(f, values);
    if (f.limit) {
      sql += " LIMIT ?";
      values.emplace_back(static_cast<std::int64_t>(*f.limit));
    }
  } else {
    sql += extras.order;
  }
  SQLite::Statement query(db, sql);
  int index = 1;
  for (const auto& v : values) {
    std::visit([&](const auto& x) { query.bind(index++, x); }, v);
  }
  std::optional<Row> row;
  while (query.executeStep()) {
    if (!row) {
      row.emplace(query);
    }
    Complaint c = complaint_from_row(*row);
    if (!sink(c)) {
      return;
    }
  }
}

void select_complaints(SQLite::Database& db, const ComplaintFilter& f,
                       const std::function<void(Complaint&)>& sink) {
  select_complaints(db, f, QueryExtras{}, [&](Complaint& c) {
    sink(c);
    return true;
  });
}

} // namespace redress::store::sqlite

namespace redress::store::sqlite {

std::vector<std::string> field_names(SQLite::Database& db) {
  // Only the complaints with fields: the partial index complaints_with_fields holds them
  // (schemas/0008_custom_fields.sql), so a ledger without fields reads nothing.
  SQLite::Statement q(db, R"sql(
    SELECT c.fields, c.personal_fields FROM complaints AS c
    WHERE c.fields <> '{}' OR c.personal_fields <> '{}')sql");
  std::set<std::string> names;
  while (q.executeStep()) {
    for (int i = 0; i < 2; ++i) {
      for (const auto& [name, value] : field_map(q.getColumn(i).getText())) {
        names.insert(name);
      }
    }
  }
  return {names.begin(), names.end()};
}

} // namespace redress::store::sqlite
