// report aging: open complaints by age since receipt, by status and by team.

#include "report/common.hpp"

#include <redress/ledger.hpp>

#include <array>
#include <map>

namespace redress {

namespace {

constexpr std::array<const char*, 5> k_buckets{"<1d", "1-3d", "3-7d", "7-14d", ">14d"};

std::size_t bucket(Seconds age) {
  const auto days = static_cast<double>(age.count()) / 86400.0;
  return days < 1 ? 0 : days < 3 ? 1 : days < 7 ? 2 : days < 14 ? 3 : 4;
}

using Row = std::array<int, k_buckets.size()>;

TextTable aging_table(const char* first, const std::vector<std::pair<std::string, Row>>& rows) {
  TextTable t{{first, "<1d", "1-3d", "3-7d", "7-14d", ">14d", "total"},
              {false, true, true, true, true, true, true}, {}, {}, 0};
  Row total{};
  for (const auto& [name, row] : rows) {
    std::vector<std::string> cells{name};
    int sum = 0;
    for (std::size_t b = 0; b < row.size(); ++b) {
      cells.push_back(std::to_string(row[b]));
      sum += row[b];
      total[b] += row[b];
    }
    cells.push_back(std::to_string(sum));
    t.rows.push_back(std::move(cells));
  }
  std::vector<std::string> cells{"total"};
  int sum = 0;
  for (const int n : total) {
    cells.push_back(std::to_string(n));
    sum += n;
  }
  cells.push_back(std::to_string(sum));
  t.rows.push_back(std::move(cells));
  return t;
}

} // namespace

ReportDocument aging_report(Ledger& ledger, const ReportWindow& window) {
  std::map<std::string, Row> by_status, by_team;
  for_each_in_window(ledger, window, [&](const Complaint& c) {
    if (!is_open(c.status)) {
      return;
    }
    const std::size_t b = bucket(window.as_of - c.received_at);
    ++by_status[std::string(to_string(c.status))][b];
    ++by_team[report::or_none(c.team)][b];
  });
  // Statuses in lifecycle order, teams by name.
  std::vector<std::pair<std::string, Row>> statuses;
  for (const Status s : {Status::new_, Status::acknowledged, Status::investigating, Status::waiting}) {
    if (auto it = by_status.find(std::string(to_string(s))); it != by_status.end()) {
      statuses.emplace_back(*it);
    }
  }
  ReportDocument doc{"aging", "Aging of open complaints", window, {}, 0, false};
  doc.sections.emplace_back("by_status", aging_table("status", statuses));
  doc.sections.emplace_back("by_team", aging_table("team", {by_team.begin(), by_team.end()}));
  return doc;
}

} // namespace redress
