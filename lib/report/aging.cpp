// report aging: open complaints by age since receipt, by status and by team.

#include "report/common.hpp"

#include <redress/ledger.hpp>

#include <array>
#include <map>

namespace redress {

namespace {

struct Bucket {
  const char* key;
  const char* label;
};
constexpr std::array<Bucket, 5> k_buckets{{{"days_0_1", "<1d"},
                                           {"days_1_3", "1-3d"},
                                           {"days_3_7", "3-7d"},
                                           {"days_7_14", "7-14d"},
                                           {"days_14_plus", ">14d"}}};

std::size_t bucket(Seconds age) {
  const auto days = static_cast<double>(age.count()) / 86400.0;
  return days < 1 ? 0 : days < 3 ? 1 : days < 7 ? 2 : days < 14 ? 3 : 4;
}

using Row = std::array<std::int64_t, k_buckets.size()>;

std::vector<Value> cells(Value first, const Row& row) {
  std::vector<Value> out{std::move(first)};
  std::int64_t sum = 0;
  for (const std::int64_t n : row) {
    out.emplace_back(n);
    sum += n;
  }
  out.emplace_back(sum);
  return out;
}

template <class Key>
ReportTable aging_table(const char* key, const char* first, const std::vector<std::pair<Key, Row>>& rows) {
  ReportTable t{key, first == std::string("status") ? "by status" : "by team", {{first, first, true, "(none)"}},
                {}, {}, std::nullopt, 0};
  for (const auto& b : k_buckets) {
    t.columns.push_back({b.key, b.label});
  }
  t.columns.push_back({"total", "total"});
  Row total{};
  for (const auto& [name, row] : rows) {
    t.rows.push_back(cells(report::text_or_null(name), row));
    for (std::size_t b = 0; b < row.size(); ++b) {
      total[b] += row[b];
    }
  }
  t.totals = cells(std::string("total"), total);
  return t;
}

} // namespace

Report aging_report(Ledger& ledger, const ReportWindow& window) {
  std::map<Status, Row> by_status;
  std::map<std::optional<std::string>, Row> by_team;
  Row all{};
  for_each_in_window(ledger, window, [&](const Complaint& c) {
    if (!is_open(c.status)) {
      return;
    }
    const std::size_t b = bucket(window.as_of - c.received_at);
    ++by_status[c.status][b];
    ++by_team[c.team][b];
    ++all[b];
  });
  // Statuses in lifecycle order (the enum's), teams by name.
  std::vector<std::pair<std::optional<std::string>, Row>> statuses;
  for (const auto& [status, row] : by_status) {
    statuses.emplace_back(std::string(to_string(status)), row);
  }
  Report r;
  r.kind = ReportKind::aging;
  r.title = "Aging of open complaints";
  r.window = window;
  std::int64_t open = 0;
  for (std::size_t b = 0; b < all.size(); ++b) {
    open += all[b];
  }
  // The tables' total rows say the same to people.
  r.figures.push_back({"open", "open", open, false});
  for (std::size_t b = 0; b < all.size(); ++b) {
    r.figures.push_back({std::string("open_") + k_buckets[b].key, std::string("open ") + k_buckets[b].label, all[b], false});
  }
  r.tables.push_back(aging_table("by_status", "status", statuses));
  r.tables.push_back(aging_table("by_team", "team", std::vector<std::pair<std::optional<std::string>, Row>>(by_team.begin(), by_team.end())));
  r.primary = 0;
  return r;
}

} // namespace redress
