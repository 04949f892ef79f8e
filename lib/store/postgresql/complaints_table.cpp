#include "store/postgresql/complaints_table.hpp"

#include "store/complaint_row.hpp"

#include "util/fold.hpp"

#include <redress/error.hpp>

#include <map>
#include <set>

namespace redress::store::postgresql {

std::optional<std::string> fold_of(const std::optional<std::string>& text) {
  return text ? std::optional<std::string>(util::fold(*text)) : std::nullopt;
}

namespace {

// complaints.field_keys (schemas/postgresql/0002): every field's value folded, by name; a name
// in both maps counts once, from `fields`.
std::string field_keys_json(const std::map<std::string, std::string>& fields,
                            const std::map<std::string, std::string>& personal_fields) {
  std::map<std::string, std::string> keys;
  for (const auto* map : {&fields, &personal_fields}) {
    for (const auto& [name, value] : *map) {
      keys.emplace(name, util::fold(value));
    }
  }
  return field_json(keys);
}

constexpr const char* k_insert = R"sql(
  INSERT INTO complaints (
    id, reference, year, seq, status, received_at, channel, customer_id, customer_language,
    category, product, severity, summary, details, evidence, confidential, assignee, team,
    escalation_level, policy_digest, customer_name, customer_email, customer_phone,
    customer_member_id, customer_preferred_channel,
    acknowledge_target, acknowledge_due_at, acknowledged_at, acknowledge_sla,
    acknowledge_paused_s, resolve_target, resolve_started_at, resolve_due_at, resolved_at,
    resolve_sla, resolve_paused_s, reopen_target, reopened_at, reopen_due_at, reopen_resolved_at,
    reopen_sla, reopen_paused_s, paused_since, outcome, compensation_minor,
    compensation_currency, root_cause, satisfaction, closed_at, last_event_at, incomplete_allowed,
    fields, personal_fields, category_key, assignee_key, team_key, personal_key, field_keys)
  VALUES ((SELECT coalesce(max(id), 0) + 1 FROM complaints),
          $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
          $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36,
          $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53,
          $54, $55, $56, $57)
  RETURNING id)sql";

constexpr const char* k_update = R"sql(
  UPDATE complaints SET
    status = $2, assignee = $3, team = $4, escalation_level = $5, severity = $6, category = $7,
    product = $8, acknowledge_target = $9, acknowledge_due_at = $10, acknowledged_at = $11,
    acknowledge_sla = $12, acknowledge_paused_s = $13, resolve_target = $14,
    resolve_started_at = $15, resolve_due_at = $16, resolved_at = $17, resolve_sla = $18,
    resolve_paused_s = $19, reopen_target = $20, reopened_at = $21, reopen_due_at = $22,
    reopen_resolved_at = $23, reopen_sla = $24, reopen_paused_s = $25, paused_since = $26,
    outcome = $27, compensation_minor = $28, compensation_currency = $29, root_cause = $30,
    satisfaction = $31, closed_at = $32, last_event_at = $33, received_at = $34, channel = $35,
    summary = $36, details = $37, evidence = $38, fields = $39, personal_fields = $40,
    category_key = $41, assignee_key = $42, team_key = $43,
    customer_id = $44, customer_name = $45, customer_email = $46, customer_phone = $47,
    customer_member_id = $48, customer_language = $49, customer_preferred_channel = $50,
    field_keys = $51
  WHERE id = $1)sql";

// Builds "WHERE a AND b ..." with every value bound as $n, never formatted into the SQL.
class Where {
public:
  explicit Where(Params& params) : m_params(params) {}
  /// The next placeholder, its value appended.
  std::string bind(const std::string& value) {
    m_params.text(value);
    return "$" + std::to_string(m_params.size());
  }
  std::string bind(std::int64_t value) {
    m_params.integer(value);
    return "$" + std::to_string(m_params.size());
  }
  void add(const std::string& condition) { m_sql += (m_sql.empty() ? " WHERE " : " AND ") + condition; }
  void add_in(const char* column, const std::vector<std::string>& items) {
    if (items.empty()) {
      return;
    }
    std::string list;
    for (const auto& item : items) {
      list += (list.empty() ? "" : ", ") + bind(item);
    }
    add(std::string(column) + " IN (" + list + ")");
  }
  [[nodiscard]] const std::string& sql() const { return m_sql; }
  [[nodiscard]] Params& params() { return m_params; }

private:
  Params& m_params;
  std::string m_sql;
};

std::string rank_in(Where& w, const char* column, const std::vector<std::string>& order) {
  std::string sql = std::string("CASE ") + column;
  for (std::size_t i = 0; i < order.size(); ++i) {
    sql += " WHEN " + w.bind(order[i]) + " THEN " + std::to_string(i);
  }
  return sql + " ELSE " + std::to_string(order.size()) + " END";
}

std::string order_clause(Where& w, const ComplaintFilter& f) {
  std::vector<std::string> keys;
  if (f.sort == "received") {
    keys = {"c.received_at", "c.id"};
  } else if (f.sort == "reference") {
    keys = {"c.year", "c.seq"};
  } else if (f.sort == "status") {
    keys = {rank_in(w, "c.status", status_names()), "c.received_at", "c.id"};
  } else if (f.sort == "severity") {
    keys = {rank_in(w, "c.severity", f.severity_order), "c.received_at", "c.id"};
  } else if (f.sort == "category") {
    keys = {"c.category_key", "c.received_at", "c.id"};
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

// The filter's conditions (not its sort, limit or SLA filters), as store/sqlite writes them.
void filter_conditions(Where& where, const ComplaintFilter& f) {
  where.add_in("c.status", f.statuses);
  if (f.open_only) {
    where.add("c.status IN ('new', 'acknowledged', 'investigating', 'waiting')");
  }
  where.add_in("c.severity", f.severities);
  where.add_in("c.category", f.categories);
  where.add_in("c.channel", f.channels);
  if (f.assignee) {
    where.add("c.assignee_key = " + where.bind(util::fold(*f.assignee)));
  }
  if (f.team) {
    where.add("c.team_key = " + where.bind(util::fold(*f.team)));
  }
  if (f.customer) {
    std::string keys;
    for (const auto& key : f.customer_keys) {
      keys += (keys.empty() ? "" : ", ") + where.bind(key);
    }
    const std::string name = where.bind(f.customer_name_key);
    // A record merged into another names the other; a corrected key (customer_keys) names its
    // customer too.
    std::string sql = "c.customer_id IN (SELECT coalesce(merged_into, id) FROM customers WHERE " +
                      (keys.empty() ? std::string() : "identity_key IN (" + keys + ") OR ") + "name_key = " + name;
    if (!keys.empty()) {
      sql += " UNION SELECT customer_id FROM customer_keys WHERE identity_key IN (" + keys + ")";
    }
    where.add(sql + ")");
  }
  if (f.customer_id) {
    where.add("c.customer_id = " + where.bind(*f.customer_id));
  }
  for (const auto& [name, value] : f.fields) {
    // The value asked for is folded by the ledger; field_keys holds the complaint's folded.
    where.add("(c.field_keys::jsonb ->> " + where.bind(name) + ") = " + where.bind(value));
  }
  if (f.not_told) {
    // The rule is documented with ComplaintFilter::not_told; as store/sqlite writes it.
    where.add(R"sql(c.status IN ('new', 'acknowledged', 'investigating', 'waiting', 'resolved', 'rejected')
      AND NOT EXISTS (
        SELECT 1 FROM events AS t
        WHERE t.complaint_id = c.id
          AND t.id >= (SELECT max(s.id) FROM events AS s WHERE s.complaint_id = c.id
                       AND s.type IN ('filed', 'imported', 'waiting', 'resolved', 'rejected', 'reopened'))
          AND (t.type = 'message_sent'
               OR (t.type = 'noted' AND (t.data::jsonb -> 'visible') IN ('true'::jsonb, '1'::jsonb))
               OR (t.type IN ('acknowledged', 'resolved') AND t.personal IS NOT NULL
                   AND (t.personal::jsonb ->> 'note') IS NOT NULL)))
      )sql");
  }
  if (f.since) {
    where.add("c.received_at >= " + where.bind(static_cast<std::int64_t>(to_unix(*f.since))));
  }
  if (f.until) {
    where.add("c.received_at < " + where.bind(static_cast<std::int64_t>(to_unix(*f.until))));
  }
}

std::optional<Complaint> first(const Result& r) {
  if (r.rows() == 0) {
    return std::nullopt;
  }
  return complaint_from_row(RowView(r, 0));
}

} // namespace

std::int64_t next_sequence(Connection& db, int year) {
  const Result r = db.prepared("next_sequence", R"sql(
    INSERT INTO reference_sequences (year, last_seq) VALUES ($1, 1)
    ON CONFLICT (year) DO UPDATE SET last_seq = reference_sequences.last_seq + 1
    RETURNING last_seq)sql",
                               Params().integer(year));
  return r.int64(0, 0);
}

std::int64_t insert_complaint(Connection& db, const NewComplaintRow& row) {
  const Complaint& c = row.complaint;
  Params p;
  p.text(c.reference).integer(row.year).integer(row.seq).text(std::string(to_string(c.status)));
  p.instant(c.received_at).text(c.channel).integer(row.customer_id).text(c.customer.language);
  p.text(c.category).text(c.product).text(c.severity).text(c.summary).text(c.details);
  p.text(evidence_json(c.evidence)).integer(c.confidential ? 1 : 0).text(c.assignee).text(c.team);
  p.integer(c.escalation_level).text(row.policy_digest).text(c.customer.name).text(c.customer.email);
  p.text(c.customer.phone).text(c.customer.member_id).text(c.customer.preferred_channel);
  bind_clocks_and_outcome(p, c);
  p.integer(c.incomplete_allowed ? 1 : 0).text(field_json(c.fields)).text(field_json(c.personal_fields));
  p.text(fold_of(c.category)).text(fold_of(c.assignee)).text(fold_of(c.team)).text(row.personal_key);
  p.text(field_keys_json(c.fields, c.personal_fields));
  return db.prepared("insert_complaint", k_insert, p).int64(0, 0);
}

void update_complaint(Connection& db, const Complaint& c) {
  Params p;
  p.integer(c.id).text(std::string(to_string(c.status))).text(c.assignee).text(c.team);
  p.integer(c.escalation_level).text(c.severity).text(c.category).text(c.product);
  bind_clocks_and_outcome(p, c);
  p.instant(c.received_at).text(c.channel).text(c.summary).text(c.details);
  p.text(evidence_json(c.evidence)).text(field_json(c.fields)).text(field_json(c.personal_fields));
  p.text(fold_of(c.category)).text(fold_of(c.assignee)).text(fold_of(c.team));
  // What `customer update --complaints` and `customer merge` change.
  p.integer(c.customer_id).text(c.customer.name).text(c.customer.email).text(c.customer.phone);
  p.text(c.customer.member_id).text(c.customer.language).text(c.customer.preferred_channel);
  p.text(field_keys_json(c.fields, c.personal_fields));
  if (db.prepared("update_complaint", k_update, p).affected() != 1) {
    throw Error(Errc::failure, "complaint " + c.reference + " vanished while it was updated");
  }
}

std::optional<Complaint> find_complaint(Connection& db, const std::string& reference) {
  static const std::string sql = std::string(k_complaint_columns) + " WHERE c.reference = $1";
  return first(db.prepared("find_complaint", sql.c_str(), Params().text(reference)));
}

std::optional<Complaint> find_complaint(Connection& db, int year, std::int64_t seq) {
  static const std::string sql = std::string(k_complaint_columns) + " WHERE c.year = $1 AND c.seq = $2";
  return first(db.prepared("find_complaint_number", sql.c_str(), Params().integer(year).integer(seq)));
}

std::vector<YearSequence> sequences(Connection& db) {
  const Result r = db.query(R"sql(
    SELECT year, max(last), max(highest) FROM (
      SELECT year, last_seq AS last, NULL::bigint AS highest FROM reference_sequences
      UNION ALL
      SELECT year, NULL, max(seq) FROM complaints GROUP BY year) AS y
    GROUP BY year ORDER BY year)sql");
  std::vector<YearSequence> years;
  for (int i = 0; i < r.rows(); ++i) {
    years.push_back({static_cast<int>(r.int64(i, 0)), r.int64(i, 1), r.int64(i, 2)});
  }
  return years;
}

std::int64_t complaints_with_event(Connection& db, std::string_view type, Instant by, Instant since,
                                   Instant until) {
  const Result r = db.query(R"sql(
    SELECT count(DISTINCT e.complaint_id) FROM events AS e JOIN complaints AS c ON c.id = e.complaint_id
    WHERE e.type = $1 AND e.at <= $2 AND c.received_at >= $3 AND c.received_at < $4)sql",
                            Params().text(type).instant(by).instant(since).instant(until));
  return r.int64(0, 0);
}

std::vector<std::pair<std::string, std::int64_t>> stored_names(Connection& db, NameKind kind) {
  const char* column = "category";
  switch (kind) {
  case NameKind::category: column = "category"; break;
  case NameKind::severity: column = "severity"; break;
  case NameKind::channel: column = "channel"; break;
  case NameKind::outcome: column = "outcome"; break;
  }
  const Result r = db.query(std::string("SELECT ") + column + ", count(*) FROM complaints WHERE " + column +
                            " IS NOT NULL GROUP BY " + column + " ORDER BY " + column);
  std::vector<std::pair<std::string, std::int64_t>> names;
  for (int i = 0; i < r.rows(); ++i) {
    names.emplace_back(r.string(i, 0), r.int64(i, 1));
  }
  return names;
}

std::vector<std::string> field_names(Connection& db) {
  // Only the complaints with fields: the partial index complaints_with_fields holds them
  // (schemas/postgresql/0002_customers_and_fields.sql; the same condition, or PostgreSQL does not
  // use it), so a ledger without fields reads nothing. The names are gathered here, not by
  // json_object_keys() in the query: the planner guesses 100 keys a complaint for that, and so
  // large a guess on a large ledger switches on JIT compilation, slower than the whole query.
  std::set<std::string> names;
  db.stream(R"sql(
    SELECT c.fields, c.personal_fields FROM complaints AS c
    WHERE c.fields::text <> '{}' OR c.personal_fields::text <> '{}')sql",
            Params(), [&](const RowView& row) {
              for (int i = 0; i < 2; ++i) {
                for (const auto& [name, value] : field_map(row.text(i))) {
                  names.insert(name);
                }
              }
              return true;
            });
  return {names.begin(), names.end()};
}

void select_complaints(Connection& db, const ComplaintFilter& f, const QueryExtras& extras,
                       const std::function<bool(Complaint&)>& sink) {
  Params params;
  Where where(params);
  filter_conditions(where, f);
  if (extras.conditions) {
    int next = params.size() + 1;
    where.add(extras.conditions(params, next));
  }
  std::string sql = std::string(k_complaint_columns) + where.sql() + order_clause(where, f);
  if (f.limit) {
    sql += " LIMIT " + where.bind(static_cast<std::int64_t>(*f.limit));
  }
  db.stream(sql, params, [&](const RowView& row) {
    Complaint c = complaint_from_row(row);
    return sink(c);
  });
}

void fill_field_keys(Connection& db) {
  // In pages of ids: a large ledger's rows are not all held at once.
  std::int64_t after = 0;
  for (;;) {
    const Result r = db.query(R"sql(
      SELECT id, fields, personal_fields FROM complaints
      WHERE id > $1 AND (fields::text <> '{}' OR personal_fields::text <> '{}')
      ORDER BY id LIMIT 500)sql",
                              Params().integer(after));
    if (r.rows() == 0) {
      return;
    }
    for (int i = 0; i < r.rows(); ++i) {
      after = r.int64(i, 0);
      db.query("UPDATE complaints SET field_keys = $2 WHERE id = $1",
               Params().integer(after).text(field_keys_json(field_map(r.text(i, 1)), field_map(r.text(i, 2)))));
    }
  }
}

} // namespace redress::store::postgresql
