// Reports as text: for people (terminal table, Markdown) and for scripts (CSV, TSV, NDJSON);
// JSON is in report_json.cpp, HTML in report_html.cpp.

#include "io/report_values.hpp"
#include "util/money.hpp"
#include "util/text.hpp"

#include <redress/error.hpp>
#include <redress/report_render.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace redress {

double rounded(double value, int decimals) {
  const double scale = decimals == 1 ? 10.0 : decimals == 2 ? 100.0 : 1.0;
  return std::round(value * scale) / scale;
}

bool is_numeric(const Value& v) {
  return std::holds_alternative<std::int64_t>(v) || std::holds_alternative<Seconds>(v) ||
         std::holds_alternative<Percent>(v) || std::holds_alternative<Average>(v) ||
         std::holds_alternative<Money>(v);
}

std::string people_text(const Value& value, const TimeZone& zone, const std::string& null_text) {
  return std::visit(
      [&](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return null_text;
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return std::to_string(v);
        } else if constexpr (std::is_same_v<T, Seconds>) {
          return format_hours(v); // business hours are not days of 24: hours are never misread
        } else if constexpr (std::is_same_v<T, Percent>) {
          return fmt::format("{:.1f}", rounded(v.value, 1));
        } else if constexpr (std::is_same_v<T, Average>) {
          return fmt::format("{:.2f}", rounded(v.value, 2));
        } else if constexpr (std::is_same_v<T, Money>) {
          return format_money(v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return v;
        } else if constexpr (std::is_same_v<T, Instant>) {
          return format_local_short(v, zone);
        } else if constexpr (std::is_same_v<T, bool>) {
          return v ? "yes" : "no";
        } else {
          return v.partial ? v.label + "*" : v.label;
        }
      },
      value);
}

std::string script_text(const Value& value, const TimeZone& zone) {
  return std::visit(
      [&](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return "";
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return std::to_string(v);
        } else if constexpr (std::is_same_v<T, Seconds>) {
          return std::to_string(v.count());
        } else if constexpr (std::is_same_v<T, Percent>) {
          return fmt::format("{:.1f}", rounded(v.value, 1));
        } else if constexpr (std::is_same_v<T, Average>) {
          return fmt::format("{:.2f}", rounded(v.value, 2));
        } else if constexpr (std::is_same_v<T, Money>) {
          return util::format_minor(v.minor, v.currency);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return v;
        } else if constexpr (std::is_same_v<T, Instant>) {
          return format_local(v, zone);
        } else if constexpr (std::is_same_v<T, bool>) {
          return v ? "true" : "false";
        } else {
          return v.label;
        }
      },
      value);
}

std::vector<std::size_t> people_columns(const ReportTable& t) {
  std::vector<std::size_t> out;
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    const Column& col = t.columns[c];
    const auto has_value = [c](const std::vector<Value>& row) {
      return c < row.size() && !std::holds_alternative<std::monostate>(row[c]);
    };
    if (col.for_people && (!col.hidden_when_empty || std::any_of(t.rows.begin(), t.rows.end(), has_value))) {
      out.push_back(c);
    }
  }
  return out;
}

bool column_numeric(const ReportTable& t, std::size_t c) {
  for (const auto& row : t.rows) {
    if (c < row.size() && !std::holds_alternative<std::monostate>(row[c])) {
      return is_numeric(row[c]);
    }
  }
  return false;
}

bool has_partial(const ReportTable& t) {
  for (const auto& row : t.rows) {
    for (const Value& v : row) {
      if (const auto* p = std::get_if<PeriodValue>(&v); p != nullptr && p->partial) {
        return true;
      }
    }
  }
  return false;
}

std::string window_text(const Report& r, const TimeZone& zone) {
  const ReportWindow& w = r.window;
  const std::string from = w.since ? format_local_short(*w.since, zone) : std::string("any time");
  // A return counts a reporting period (opened and closed in it), not a window of receipt.
  return fmt::format("{} {} to {} ({}), as of {}", r.kind == ReportKind::complaints_return ? "period" : "received",
                     from, format_local_short(w.until, zone), zone.name(), format_local_short(w.as_of, zone));
}

std::vector<std::string> parameter_lines(const Report& r, const TimeZone& zone) {
  std::string line;
  for (const Figure& p : r.parameters) {
    if (p.for_people) {
      line += (line.empty() ? "" : ", ") + p.label + " " + people_text(p.value, zone, p.null_text);
    }
  }
  return line.empty() ? std::vector<std::string>{} : std::vector<std::string>{line};
}

namespace {

TextTable people_table(const ReportTable& t, const TimeZone& zone, Instant now) {
  const auto columns = people_columns(t);
  TextTable out{{}, {}, {}, t.tones, t.free_text_columns};
  std::vector<std::pair<int, std::size_t>> ranked; // (drop rank, column shown)
  for (const std::size_t c : columns) {
    if (t.columns[c].drop_rank > 0) {
      ranked.emplace_back(t.columns[c].drop_rank, out.headers.size());
    }
    out.headers.push_back(t.columns[c].label);
    out.numeric.push_back(column_numeric(t, c));
  }
  std::stable_sort(ranked.begin(), ranked.end());
  for (const auto& [rank, shown] : ranked) {
    out.drop_order.push_back(shown);
  }
  // The compact form, used when the table does not fit: this year's dates without the year.
  const auto add = [&](const std::vector<Value>& row) {
    std::vector<std::string> cells;
    std::vector<std::string> compact;
    for (const std::size_t c : columns) {
      cells.push_back(c < row.size() ? people_text(row[c], zone, t.columns[c].null_text) : std::string());
      const auto* instant = c < row.size() ? std::get_if<Instant>(&row[c]) : nullptr;
      compact.push_back(instant != nullptr ? format_local_compact(*instant, zone, now) : cells.back());
    }
    out.rows.push_back(std::move(cells));
    out.compact_rows.push_back(std::move(compact));
  };
  for (const auto& row : t.rows) {
    add(row);
  }
  if (t.totals && !t.rows.empty()) {
    add(*t.totals);
  }
  return out;
}

TextTable figures_table(const Report& r, const TimeZone& zone) {
  TextTable out{{"metric", "value"}, {false, true}, {}, {}, 0};
  for (const Figure& f : r.figures) {
    if (f.for_people) {
      out.rows.push_back({f.label, people_text(f.value, zone, f.null_text)});
    }
  }
  return out;
}

// CSV or TSV of every column, and NDJSON, of the primary table, or of the figures as one row.
// Each row is written as it is made: a month of report sla is some 36,000 rows.
std::string script_rows(const Report& r, const ReportSource& source, OutputFormat format) {
  std::string out;
  if (format == OutputFormat::ndjson) {
    append_json_rows(out, r, source);
    return out;
  }
  const auto record = [&out, format](const std::vector<std::string>& cells, const std::vector<bool>& numeric) {
    out += format == OutputFormat::csv ? csv_record(cells, numeric) : tsv_record(cells, numeric);
  };
  std::vector<std::string> cells;
  std::vector<bool> numeric;
  if (r.primary) {
    const ReportTable& t = r.tables[*r.primary];
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      cells.push_back(t.columns[c].key);
      numeric.push_back(column_numeric(t, c));
    }
    record(cells, {});
    for (const auto& row : t.rows) {
      cells.clear();
      for (const Value& v : row) {
        cells.push_back(script_text(v, source.zone));
      }
      record(cells, numeric);
    }
    return out;
  }
  std::vector<std::string> headers{"since", "until", "as_of"};
  numeric = {false, false, false};
  cells = {r.window.since ? format_local(*r.window.since, source.zone) : std::string(),
           format_local(r.window.until, source.zone), format_local(r.window.as_of, source.zone)};
  for (const Figure& f : r.figures) {
    headers.push_back(f.key);
    numeric.push_back(is_numeric(f.value));
    cells.push_back(script_text(f.value, source.zone));
  }
  record(headers, {});
  record(cells, numeric);
  return out;
}

std::string people_text_report(const Report& r, const ReportSource& source, OutputFormat format,
                               const TerminalStyle& style) {
  const bool md = format == OutputFormat::markdown;
  // The ledger's name comes from a file anyone with the folder can edit: no escape sequences.
  std::string out = fmt::format("{}{}: {}\n", md ? "## " : "", r.title, util::sanitize_for_terminal(source.ledger_name));
  std::string window = window_text(r, source.zone);
  if (!md && util::display_width(window) > style.width) { // "as of" on a line of its own
    if (const auto at = window.rfind(", as of "); at != std::string::npos) {
      window.replace(at, 2, "\n");
    }
  }
  out += fmt::format("{}{}\n", md ? "\n" : "", window);
  for (const auto& line : parameter_lines(r, source.zone)) {
    out += (md ? "\n" : "") + line + "\n"; // a paragraph of its own in Markdown
  }
  const auto section = [&](const std::string& heading, const TextTable& table, bool partial) {
    out += fmt::format("\n{}{}\n", md ? "### " : "", heading);
    if (md) {
      out += "\n";
    }
    out += table.rows.empty() ? std::string("(none)\n") : render_table(table, format, style);
    if (partial) {
      out += std::string(md ? "\n\\" : "") + "* partial: the period is not over, or the window cuts it; counts can change\n";
    }
  };
  const TextTable figures = figures_table(r, source.zone);
  if (!figures.rows.empty()) {
    section("figures", figures, false);
  }
  for (const ReportTable& t : r.tables) {
    section(t.title, people_table(t, source.zone, r.window.as_of), has_partial(t));
  }
  return out;
}

} // namespace

std::string render_report(const Report& report, const ReportSource& source, OutputFormat format,
                          const TerminalStyle& style) {
  switch (format) {
  case OutputFormat::csv:
  case OutputFormat::tsv:
  case OutputFormat::ndjson:
    return script_rows(report, source, format);
  case OutputFormat::json:
    return report_json(report, source);
  case OutputFormat::html:
    return render_report_html({report}, source);
  case OutputFormat::table:
  case OutputFormat::markdown:
    return people_text_report(report, source, format, style);
  }
  return {};
}

std::string render_reports(const std::vector<Report>& reports, const ReportSource& source, OutputFormat format,
                           const TerminalStyle& style) {
  switch (format) {
  case OutputFormat::csv:
  case OutputFormat::tsv:
    throw Error(Errc::usage, "report all holds several tables, which one CSV or TSV file cannot",
                "use --format html, json, ndjson, markdown or table, or one report at a time");
  case OutputFormat::json:
    return reports_json(reports, source);
  case OutputFormat::ndjson: {
    std::string out;
    for (const Report& r : reports) {
      out += report_json_line(r, source);
    }
    return out;
  }
  case OutputFormat::html:
    return render_report_html(reports, source);
  case OutputFormat::table:
  case OutputFormat::markdown: {
    std::string out;
    for (const Report& r : reports) {
      out += (out.empty() ? "" : "\n") + people_text_report(r, source, format, style);
    }
    return out;
  }
  }
  return {};
}

} // namespace redress
