#include "util/text.hpp"

#include <redress/csv.hpp>
#include <redress/render.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>

namespace redress {

std::optional<OutputFormat> parse_output_format(std::string_view text) {
  static constexpr std::pair<std::string_view, OutputFormat> k_formats[] = {
      {"table", OutputFormat::table}, {"csv", OutputFormat::csv},
      {"tsv", OutputFormat::tsv},     {"json", OutputFormat::json},
      {"ndjson", OutputFormat::ndjson}, {"markdown", OutputFormat::markdown},
      {"html", OutputFormat::html}};
  for (const auto& [name, format] : k_formats) {
    if (name == text) {
      return format;
    }
  }
  return std::nullopt;
}

std::string_view to_string(OutputFormat format) {
  switch (format) {
  case OutputFormat::table: return "table";
  case OutputFormat::csv: return "csv";
  case OutputFormat::tsv: return "tsv";
  case OutputFormat::json: return "json";
  case OutputFormat::ndjson: return "ndjson";
  case OutputFormat::markdown: return "markdown";
  case OutputFormat::html: return "html";
  }
  return "table";
}

void append_csv_field(std::string& out, std::string_view cell, bool numeric) {
  const bool guard = !numeric && csv_needs_guard(cell);
  // One pass over the bytes: find_first_of with a set calls memchr once per byte, a third of
  // the time of an export (docs/performance.md).
  const bool plain = std::none_of(cell.begin(), cell.end(), [](char ch) {
    return ch == ',' || ch == '"' || ch == '\r' || ch == '\n';
  });
  if (plain) {
    if (guard) {
      out += '\'';
    }
    out += cell;
    return;
  }
  out += '"';
  if (guard) {
    out += '\'';
  }
  std::size_t start = 0;
  for (std::size_t quote = cell.find('"'); quote != std::string_view::npos; quote = cell.find('"', start)) {
    out.append(cell, start, quote + 1 - start);
    out += '"';
    start = quote + 1;
  }
  out.append(cell.substr(start));
  out += '"';
}

std::string csv_record(const std::vector<std::string>& cells, const std::vector<bool>& numeric) {
  // Written straight into one string: exports call this for every row.
  std::size_t size = 2;
  for (const auto& cell : cells) {
    size += cell.size() + 4;
  }
  std::string out;
  out.reserve(size);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) {
      out += ',';
    }
    append_csv_field(out, cells[i], i < numeric.size() && numeric[i]);
  }
  out += "\r\n";
  return out;
}

std::string tsv_record(const std::vector<std::string>& cells, const std::vector<bool>& numeric) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) {
      out += '\t';
    }
    // Spreadsheets open TSV as readily as CSV and run formulas from it alike: the same guard.
    if (!(i < numeric.size() && numeric[i]) && csv_needs_guard(cells[i])) {
      out += '\'';
    }
    for (char ch : cells[i]) {
      switch (ch) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\n': out += "\\n"; break;
      default: out += ch;
      }
    }
  }
  return out + "\n";
}

std::string render_markdown_table(const TextTable& table) {
  const auto line = [](const std::vector<std::string>& cells) {
    std::string out = "|";
    for (const auto& cell : cells) {
      std::string escaped;
      for (char ch : util::sanitize_for_terminal(cell)) {
        if (ch == '|') {
          escaped += '\\';
        }
        escaped += ch;
      }
      out += " " + escaped + " |";
    }
    return out + "\n";
  };
  std::string out = line(table.headers) + "|";
  for (std::size_t i = 0; i < table.headers.size(); ++i) {
    out += i < table.numeric.size() && table.numeric[i] ? " ---: |" : " --- |";
  }
  out += "\n";
  for (const auto& row : table.rows) {
    out += line(row);
  }
  return out;
}

namespace {

constexpr int k_gap = 2;          // spaces between columns
constexpr int k_min_free_cut = 4; // what a free-text column keeps when no column can go

std::vector<std::vector<std::string>> sanitized(const std::vector<std::vector<std::string>>& rows,
                                                std::size_t n) {
  std::vector<std::vector<std::string>> out;
  out.reserve(rows.size());
  for (const auto& row : rows) {
    auto& clean = out.emplace_back();
    clean.reserve(n);
    for (std::size_t c = 0; c < n; ++c) {
      clean.push_back(util::sanitize_for_terminal(c < row.size() ? row[c] : ""));
    }
  }
  return out;
}

std::vector<int> natural_widths(const std::vector<std::string>& headers,
                                const std::vector<std::vector<std::string>>& cells) {
  std::vector<int> widths;
  for (const auto& header : headers) {
    widths.push_back(util::display_width(header));
  }
  for (const auto& row : cells) {
    for (std::size_t c = 0; c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], util::display_width(row[c]));
    }
  }
  return widths;
}

} // namespace

std::string render_terminal_table(const TextTable& table, const TerminalStyle& style) {
  const std::size_t n = table.headers.size();
  std::vector<std::vector<std::string>> cells = sanitized(table.rows, n);
  std::vector<int> widths = natural_widths(table.headers, cells);
  std::vector<bool> shown(n, true);
  const std::size_t free_from = n - std::min(n, table.free_text_columns);
  const auto total = [&](const std::vector<int>& w) {
    int sum = 0;
    int count = 0;
    for (std::size_t c = 0; c < n; ++c) {
      if (shown[c]) {
        sum += w[c];
        ++count;
      }
    }
    return sum + k_gap * std::max(0, count - 1);
  };
  // Too wide: first the compact forms (dates without the year)...
  if (total(widths) > style.width && !table.rows.empty() && table.compact_rows.size() == table.rows.size()) {
    cells = sanitized(table.compact_rows, n);
    widths = natural_widths(table.headers, cells);
  }
  // ... then columns go, in their order, while the free-text columns could not keep their
  // minimum each ...
  for (const std::size_t drop : table.drop_order) {
    std::vector<int> floors = widths;
    for (std::size_t c = free_from; c < n; ++c) {
      floors[c] = std::min(widths[c], table.min_free_width);
    }
    if (total(floors) <= style.width) {
      break;
    }
    if (drop < n) {
      shown[drop] = false;
    }
  }
  // ... then the widest free-text column gives a column at a time ...
  int sum = total(widths);
  while (sum > style.width) {
    std::size_t widest = n;
    for (std::size_t c = free_from; c < n; ++c) {
      if (shown[c] && widths[c] > k_min_free_cut && (widest == n || widths[c] >= widths[widest])) {
        widest = c;
      }
    }
    if (widest == n) {
      break;
    }
    --widths[widest];
    --sum;
  }
  // ... and as a last resort any column is cut, from the last, never below its header.
  for (std::size_t c = n; c-- > 0 && sum > style.width;) {
    if (!shown[c]) {
      continue;
    }
    const int floor = std::min(widths[c], std::max(6, util::display_width(table.headers[c])));
    const int cut = std::max(0, std::min(widths[c] - floor, sum - style.width));
    widths[c] -= cut;
    sum -= cut;
  }

  std::string out;
  const auto render_row = [&](const std::vector<std::string>& row, const char* on, bool wrap) {
    // Each shown cell as its lines: free text wrapped when asked, anything else cut to fit.
    std::vector<std::vector<std::string>> lines(n);
    std::size_t height = 1;
    for (std::size_t c = 0; c < n; ++c) {
      if (!shown[c]) {
        continue;
      }
      if (wrap && c >= free_from) {
        lines[c] = util::wrap_to_width(row[c], widths[c]);
      } else {
        lines[c] = {util::truncate_to_width(row[c], widths[c])};
      }
      height = std::max(height, lines[c].size());
    }
    for (std::size_t l = 0; l < height; ++l) {
      std::string line;
      bool first = true;
      for (std::size_t c = 0; c < n; ++c) {
        if (!shown[c]) {
          continue;
        }
        const bool right = c < table.numeric.size() && table.numeric[c];
        line += (first ? "" : std::string(k_gap, ' ')) +
                util::pad_to_width(l < lines[c].size() ? lines[c][l] : "", widths[c], right);
        first = false;
      }
      while (!line.empty() && line.back() == ' ') {
        line.pop_back();
      }
      if (util::display_width(line) > style.width) { // only when even the floors do not fit
        line = util::truncate_to_width(line, std::max(1, style.width));
      }
      out += style.color && on != nullptr ? std::string(on) + line + "\x1b[0m\n" : line + "\n";
    }
  };
  render_row(table.headers, "\x1b[1m", false);
  for (std::size_t r = 0; r < cells.size(); ++r) {
    const Tone tone = r < table.tones.size() ? table.tones[r] : Tone::plain;
    render_row(cells[r],
               tone == Tone::alert     ? "\x1b[31m"
               : tone == Tone::warning ? "\x1b[33m"
                                       : nullptr,
               table.wrap);
  }
  return out;
}

namespace {

nlohmann::ordered_json row_json(const TextTable& table, const std::vector<std::string>& row) {
  nlohmann::ordered_json object = nlohmann::ordered_json::object();
  for (std::size_t c = 0; c < table.headers.size(); ++c) {
    std::string key = table.headers[c];
    if (const auto pct = key.find('%'); pct != std::string::npos) {
      key.replace(pct, 1, "pct");
    }
    std::replace(key.begin(), key.end(), ' ', '_');
    const std::string& cell = c < row.size() ? row[c] : std::string();
    const bool numeric = c < table.numeric.size() && table.numeric[c];
    if (cell.empty()) {
      object[key] = nullptr;
    } else if (numeric) {
      // Numbers stay numbers; a formatted figure such as "87.5%" stays text.
      // Only when the number reads back the same: "35.50" (money) stays a decimal string.
      auto parsed = nlohmann::ordered_json::parse(cell, nullptr, false);
      object[key] = parsed.is_number() && parsed.dump() == cell ? parsed : nlohmann::ordered_json(cell);
    } else {
      object[key] = cell;
    }
  }
  return object;
}

} // namespace

std::string render_table(const TextTable& table, OutputFormat format, const TerminalStyle& style) {
  std::string out;
  switch (format) {
  case OutputFormat::table:
    return render_terminal_table(table, style);
  case OutputFormat::markdown:
    return render_markdown_table(table);
  case OutputFormat::csv:
    out = csv_record(table.headers, {});
    for (const auto& row : table.rows) {
      out += csv_record(row, table.numeric);
    }
    return out;
  case OutputFormat::tsv:
    out = tsv_record(table.headers, {});
    for (const auto& row : table.rows) {
      out += tsv_record(row, table.numeric);
    }
    return out;
  case OutputFormat::json: {
    auto array = nlohmann::ordered_json::array();
    for (const auto& row : table.rows) {
      array.push_back(row_json(table, row));
    }
    return array.dump(2) + "\n";
  }
  case OutputFormat::ndjson:
    for (const auto& row : table.rows) {
      out += row_json(table, row).dump() + "\n";
    }
    return out;
  case OutputFormat::html:
    out = "<table><thead><tr>";
    for (const auto& h : table.headers) {
      out += "<th>" + html_escape(h) + "</th>";
    }
    out += "</tr></thead><tbody>";
    for (const auto& row : table.rows) {
      out += "<tr>";
      for (const auto& cell : row) {
        out += "<td>" + html_escape(cell) + "</td>";
      }
      out += "</tr>";
    }
    return out + "</tbody></table>\n";
  }
  return out;
}

} // namespace redress
