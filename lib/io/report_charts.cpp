// The charts of each report in its HTML page: which figures each one draws (svg_chart.cpp
// draws them).

#include "io/report_values.hpp"
#include "io/svg_chart.hpp"

#include <algorithm>
#include <map>

namespace redress {

namespace {

std::optional<double> number_of(const Value& v) {
  if (const auto* n = std::get_if<std::int64_t>(&v)) {
    return static_cast<double>(*n);
  }
  if (const auto* p = std::get_if<Percent>(&v)) {
    return rounded(p->value, 1);
  }
  return std::nullopt;
}

std::string label_of(const Value& v, const Column& col, const TimeZone& zone) {
  if (const auto* p = std::get_if<PeriodValue>(&v)) {
    return p->label; // the chart marks partial periods itself
  }
  return people_text(v, zone, col.null_text);
}

// One bar per row of `t`: `label_key` names it, `value_key` is its length.
svg::BarChart rows_chart(const ReportTable& t, const std::string& label_key, const std::string& value_key,
                         const TimeZone& zone) {
  svg::BarChart c;
  const std::size_t label = t.column(label_key), value = t.column(value_key);
  svg::Series s{t.columns[value].label, {}};
  for (const auto& row : t.rows) {
    c.categories.push_back(label_of(row[label], t.columns[label], zone));
    const auto* p = std::get_if<PeriodValue>(&row[label]);
    c.partial.push_back(p != nullptr && p->partial);
    s.values.push_back(number_of(row[value]));
  }
  c.series.push_back(std::move(s));
  return c;
}

} // namespace

std::vector<std::string> report_charts(const Report& r, const TimeZone& zone) {
  std::vector<std::string> out;
  switch (r.kind) {
  case ReportKind::summary:
    break;
  case ReportKind::sla: {
    const ReportTable* by_period = r.find_table("by_period");
    if (by_period == nullptr || by_period->rows.empty()) {
      break;
    }
    const ReportTable& t = *by_period;
    auto c = rows_chart(t, "period", "compliance_pct", zone);
    c.id = "chart-sla-compliance";
    c.title = "SLA compliance over time (met / (met + breached) targets, by " +
              t.columns[t.column("period")].label + " of receipt)";
    c.max = 100;
    c.unit = "%";
    c.note = "– no target settled or breached yet; * partial period";
    out.push_back(svg::render(c));
    break;
  }
  case ReportKind::aging: {
    const ReportTable* by_status = r.find_table("by_status");
    if (by_status == nullptr) {
      break;
    }
    const ReportTable& t = *by_status;
    svg::BarChart c;
    c.id = "chart-aging";
    c.title = "Open complaints by age (calendar days since receipt) and status";
    for (const char* key : {"days_0_1", "days_1_3", "days_3_7", "days_7_14", "days_14_plus"}) {
      c.categories.push_back(t.columns[t.column(key)].label);
    }
    for (const auto& row : t.rows) {
      svg::Series s{people_text(row[0], zone, t.columns[0].null_text), {}};
      for (const char* key : {"days_0_1", "days_1_3", "days_3_7", "days_7_14", "days_14_plus"}) {
        s.values.push_back(number_of(row[t.column(key)]));
      }
      c.series.push_back(std::move(s));
    }
    if (c.series.empty()) {
      c.series.push_back({"open", std::vector<std::optional<double>>(c.categories.size(), 0.0)});
    }
    out.push_back(svg::render(c));
    break;
  }
  case ReportKind::trends: {
    const ReportTable* per_period = r.find_table("per_period");
    const ReportTable* counts_table = r.find_table("counts");
    if (per_period == nullptr || counts_table == nullptr) {
      break;
    }
    const ReportTable& per = *per_period;
    const ReportTable& counts = *counts_table;
    svg::BarChart c;
    c.id = "chart-trends";
    c.title = "Complaints per " + people_text(r.figure("period"), zone) + " by " + people_text(r.figure("by"), zone);
    c.note = "* partial period";
    std::map<std::string, std::size_t> index; // period label -> category
    for (const auto& row : per.rows) {
      const auto& p = std::get<PeriodValue>(row[per.column("period")]);
      index[p.label] = c.categories.size();
      c.categories.push_back(p.label);
      c.partial.push_back(p.partial);
    }
    // The seven biggest groups by name, the rest as "other".
    std::map<std::string, double> totals;
    const std::size_t name = counts.column("name"), n = counts.column("complaints"), period = counts.column("period");
    const auto name_of = [&](const std::vector<Value>& row) {
      return people_text(row[name], zone, counts.columns[name].null_text);
    };
    for (const auto& row : counts.rows) {
      totals[name_of(row)] += number_of(row[n]).value_or(0);
    }
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [key, total] : totals) {
      ranked.emplace_back(-total, key);
    }
    std::sort(ranked.begin(), ranked.end());
    std::map<std::string, std::size_t> series_of;
    for (const auto& [minus_total, key] : ranked) {
      if (c.series.size() == 7 && ranked.size() > 8) {
        series_of[key] = 7;
        continue;
      }
      series_of[key] = c.series.size();
      c.series.push_back({key, std::vector<std::optional<double>>(c.categories.size(), 0.0)});
    }
    if (ranked.size() > 8) {
      c.series.push_back({"other", std::vector<std::optional<double>>(c.categories.size(), 0.0)});
    }
    for (const auto& row : counts.rows) {
      const auto it = index.find(std::get<PeriodValue>(row[period]).label);
      if (it != index.end()) {
        *c.series[series_of[name_of(row)]].values[it->second] += number_of(row[n]).value_or(0);
      }
    }
    if (c.series.empty()) {
      c.series.push_back({"complaints", std::vector<std::optional<double>>(c.categories.size(), 0.0)});
    }
    if (!c.categories.empty()) {
      out.push_back(svg::render(c));
    }
    break;
  }
  case ReportKind::outcomes: {
    const ReportTable* outcomes = r.find_table("outcomes");
    const ReportTable* satisfaction = r.find_table("satisfaction");
    if (outcomes == nullptr || satisfaction == nullptr) {
      break;
    }
    if (!outcomes->rows.empty()) {
      auto c = rows_chart(*outcomes, "outcome", "complaints", zone);
      c.id = "chart-outcomes";
      c.title = "Outcomes of resolved complaints";
      c.horizontal = true;
      out.push_back(svg::render(c));
    }
    auto s = rows_chart(*satisfaction, "score", "responses", zone);
    s.id = "chart-satisfaction";
    s.title = "Satisfaction scores (1 = very unhappy, 5 = very happy)";
    out.push_back(svg::render(s));
    break;
  }
  case ReportKind::complaints_return: // figures a regulator reads as numbers
    break;
  }
  return out;
}

} // namespace redress
