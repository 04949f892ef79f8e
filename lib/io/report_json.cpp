// Reports as JSON (schemas/report-*.schema.json), written straight into a string: a month of
// report sla is some 36,000 rows, and building an nlohmann document first took longer than
// the report itself and held every row twice.

#include "io/report_values.hpp"
#include "util/json_text.hpp"
#include "util/money.hpp"

#include <fmt/format.h>

#include <cmath>

namespace redress {

namespace {

// A rounded figure as a JSON number that still reads as one with decimals: 75.0, 66.7, 3.25.
void append_number(std::string& out, double v) {
  out += std::floor(v) == v && std::fabs(v) < 1e15 ? fmt::format("{:.1f}", v) : fmt::format("{}", v);
}

void append_key(std::string& out, std::string_view key) {
  util::append_json_string(out, key);
  out += ": ";
}

void append_row(std::string& out, const ReportTable& t, const std::vector<Value>& row, const char* colon) {
  out += '{';
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (c > 0) {
      out += ", ";
    }
    util::append_json_string(out, t.columns[c].key);
    out += colon;
    append_json_value(out, c < row.size() ? row[c] : Value());
  }
  out += '}';
}

void append_window(std::string& out, const ReportWindow& w, const std::string& between) {
  out += "\"since\": ";
  if (w.since) {
    util::append_json_string(out, format_utc(*w.since));
  } else {
    out += "null";
  }
  out += between + "\"until\": ";
  util::append_json_string(out, format_utc(w.until));
  out += between + "\"as_of\": ";
  util::append_json_string(out, format_utc(w.as_of));
}

} // namespace

void append_json_value(std::string& out, const Value& value) {
  std::visit(
      [&out](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          out += "null";
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          out += std::to_string(v);
        } else if constexpr (std::is_same_v<T, Seconds>) {
          out += std::to_string(v.count());
        } else if constexpr (std::is_same_v<T, Percent>) {
          append_number(out, rounded(v.value, 1));
        } else if constexpr (std::is_same_v<T, Average>) {
          append_number(out, rounded(v.value, 2));
        } else if constexpr (std::is_same_v<T, Money>) {
          out += "{\"amount\": ";
          util::append_json_string(out, util::format_minor(v.minor, v.currency));
          out += ", \"currency\": ";
          util::append_json_string(out, v.currency);
          out += '}';
        } else if constexpr (std::is_same_v<T, std::string>) {
          util::append_json_string(out, v);
        } else if constexpr (std::is_same_v<T, Instant>) {
          util::append_json_string(out, format_utc(v));
        } else if constexpr (std::is_same_v<T, bool>) {
          out += v ? "true" : "false";
        } else {
          util::append_json_string(out, v.label);
        }
      },
      value);
}

void append_report_json(std::string& out, const Report& r, const ReportSource& source, const std::string& indent) {
  // Members one a line, each table row on one line of its own.
  const std::string between = ",\n" + indent + "  ";
  out += "{\n" + indent + "  ";
  append_key(out, "report");
  util::append_json_string(out, to_string(r.kind));
  out += between;
  append_key(out, "ledger");
  util::append_json_string(out, source.ledger_name);
  out += between;
  append_key(out, "timezone");
  util::append_json_string(out, source.zone.name());
  out += between;
  append_window(out, r.window, between);
  for (const auto* list : {&r.parameters, &r.figures}) {
    for (const Figure& f : *list) {
      out += between;
      append_key(out, f.key);
      append_json_value(out, f.value);
    }
  }
  for (const ReportTable& t : r.tables) {
    out += between;
    append_key(out, t.key);
    if (t.rows.empty()) {
      out += "[]";
      continue;
    }
    out += "[";
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      out += (i > 0 ? ",\n" : "\n") + indent + "    ";
      append_row(out, t, t.rows[i], ": ");
    }
    out += "\n" + indent + "  ]";
  }
  out += "\n" + indent + "}";
}

std::string report_json(const Report& report, const ReportSource& source) {
  std::string out;
  append_report_json(out, report, source, "");
  return out + "\n";
}

std::string reports_json(const std::vector<Report>& reports, const ReportSource& source) {
  std::string out = "{\n  \"report\": \"all\",\n  \"ledger\": ";
  util::append_json_string(out, source.ledger_name);
  out += ",\n  \"timezone\": ";
  util::append_json_string(out, source.zone.name());
  if (!reports.empty()) {
    out += ",\n  \"as_of\": ";
    util::append_json_string(out, format_utc(reports.front().window.as_of));
  }
  for (const Report& r : reports) {
    out += ",\n  ";
    append_key(out, to_string(r.kind));
    append_report_json(out, r, source, "  ");
  }
  return out + "\n}\n";
}

std::string report_json_line(const Report& report, const ReportSource& source) {
  std::string out = report_json(report, source);
  // One line: the indentation's newlines are the only ones (strings escape theirs).
  std::string line;
  line.reserve(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\n') {
      while (i + 1 < out.size() && out[i + 1] == ' ') {
        ++i;
      }
      continue;
    }
    line += out[i];
  }
  return line + "\n";
}

void append_json_rows(std::string& out, const Report& r, const ReportSource& source) {
  (void)source;
  if (r.primary) {
    const ReportTable& t = r.tables[*r.primary];
    for (const auto& row : t.rows) {
      append_row(out, t, row, ":");
      out += '\n';
    }
    return;
  }
  out += '{';
  append_window(out, r.window, ", ");
  for (const Figure& f : r.figures) {
    out += ", ";
    append_key(out, f.key);
    append_json_value(out, f.value);
  }
  out += "}\n";
}

} // namespace redress
