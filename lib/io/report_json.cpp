// Reports as JSON (schemas/report-*.schema.json).

#include "io/report_values.hpp"
#include "util/money.hpp"

namespace redress {

namespace {

using Json = nlohmann::ordered_json;

Json row_json(const ReportTable& t, const std::vector<Value>& row) {
  Json object = Json::object();
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    object[t.columns[c].key] = c < row.size() ? json_value(row[c]) : Json(nullptr);
  }
  return object;
}

Json window_json(const ReportWindow& w) {
  return Json{{"since", w.since ? Json(format_utc(*w.since)) : Json(nullptr)},
              {"until", format_utc(w.until)},
              {"as_of", format_utc(w.as_of)}};
}

} // namespace

Json json_value(const Value& value) {
  return std::visit(
      [](const auto& v) -> Json {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return nullptr;
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return v;
        } else if constexpr (std::is_same_v<T, Seconds>) {
          return static_cast<std::int64_t>(v.count());
        } else if constexpr (std::is_same_v<T, Percent>) {
          return rounded(v.value, 1);
        } else if constexpr (std::is_same_v<T, Average>) {
          return rounded(v.value, 2);
        } else if constexpr (std::is_same_v<T, Money>) {
          return Json{{"amount", util::format_minor(v.minor, v.currency)}, {"currency", v.currency}};
        } else if constexpr (std::is_same_v<T, std::string>) {
          return v;
        } else if constexpr (std::is_same_v<T, Instant>) {
          return format_utc(v);
        } else if constexpr (std::is_same_v<T, bool>) {
          return v;
        } else {
          return v.label;
        }
      },
      value);
}

Json report_json(const Report& r, const ReportSource& source) {
  Json j{{"report", std::string(to_string(r.kind))}, {"ledger", source.ledger_name}, {"timezone", source.zone.name()}};
  j.update(window_json(r.window));
  for (const auto* list : {&r.parameters, &r.figures}) {
    for (const Figure& f : *list) {
      j[f.key] = json_value(f.value);
    }
  }
  for (const ReportTable& t : r.tables) {
    Json rows = Json::array();
    for (const auto& row : t.rows) {
      rows.push_back(row_json(t, row));
    }
    j[t.key] = std::move(rows);
  }
  return j;
}

Json reports_json(const std::vector<Report>& reports, const ReportSource& source) {
  Json j{{"report", "all"}, {"ledger", source.ledger_name}, {"timezone", source.zone.name()}};
  if (!reports.empty()) {
    j["as_of"] = format_utc(reports.front().window.as_of);
  }
  for (const Report& r : reports) {
    j[std::string(to_string(r.kind))] = report_json(r, source);
  }
  return j;
}

std::vector<std::string> report_json_rows(const Report& r, const ReportSource& source) {
  std::vector<std::string> lines;
  if (r.primary) {
    const ReportTable& t = r.tables[*r.primary];
    for (const auto& row : t.rows) {
      lines.push_back(row_json(t, row).dump());
    }
    return lines;
  }
  Json j = window_json(r.window);
  for (const Figure& f : r.figures) {
    j[f.key] = json_value(f.value);
  }
  (void)source;
  lines.push_back(j.dump());
  return lines;
}

} // namespace redress
