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
      {"ndjson", OutputFormat::ndjson}, {"markdown", OutputFormat::markdown}};
  for (const auto& [name, format] : k_formats) {
    if (name == text) {
      return format;
    }
  }
  return std::nullopt;
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

std::string tsv_record(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) {
      out += '\t';
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

// A line that holds right-to-left text (Persian, Arabic) is reordered by bidi-aware terminals:
// two right-to-left cells side by side become one run and swap places, and a date after one
// joins it. Such a line starts with a LEFT-TO-RIGHT MARK and each of its cells ends with one,
// which keeps every column in place (checked with ICU's UAX #9; NOTES.md, "Terminals").
// Marks take no column; lines without right-to-left text get none.
bool needs_isolation(const std::vector<std::string>& row) {
  return std::any_of(row.begin(), row.end(), [](const std::string& cell) { return util::has_right_to_left(cell); });
}

// One cell padded to `width` (on the left when `right`), isolated as above when asked.
std::string table_cell(const std::string& text, int width, bool right, bool isolate) {
  if (!isolate) {
    return util::pad_to_width(text, width, right);
  }
  const std::string spaces(static_cast<std::size_t>(std::max(0, width - util::display_width(text))), ' ');
  const std::string marked = text + std::string(util::k_left_to_right_mark);
  return right ? spaces + marked : marked + spaces;
}

} // namespace

std::string render_terminal_table(const TextTable& table, const TerminalStyle& style) {
  const std::size_t n = table.headers.size();
  std::vector<std::vector<std::string>> cells;
  cells.reserve(table.rows.size());
  std::vector<int> widths(n, 0);
  for (std::size_t c = 0; c < n; ++c) {
    widths[c] = util::display_width(table.headers[c]);
  }
  for (const auto& row : table.rows) {
    auto& clean = cells.emplace_back();
    for (std::size_t c = 0; c < n; ++c) {
      clean.push_back(util::sanitize_for_terminal(c < row.size() ? row[c] : ""));
      widths[c] = std::max(widths[c], util::display_width(clean.back()));
    }
  }
  // Shrink until the table fits: first the free-text columns (from the last), then any
  // column from the last, never below its header.
  const int gaps = n > 0 ? static_cast<int>(2 * (n - 1)) : 0;
  int total = std::accumulate(widths.begin(), widths.end(), 0) + gaps;
  const std::size_t free_from = n - std::min(n, table.free_text_columns);
  while (total > style.width) { // the widest free-text column gives a column at a time
    std::size_t widest = n;
    for (std::size_t c = free_from; c < n; ++c) {
      if (widths[c] > 4 && (widest == n || widths[c] >= widths[widest])) {
        widest = c;
      }
    }
    if (widest == n) {
      break;
    }
    --widths[widest];
    --total;
  }
  for (std::size_t c = n; c-- > 0 && total > style.width;) {
    const int floor = std::min(widths[c], std::max(6, util::display_width(table.headers[c])));
    const int cut = std::max(0, std::min(widths[c] - floor, total - style.width));
    widths[c] -= cut;
    total -= cut;
  }
  const auto render_row = [&](const std::vector<std::string>& row, const char* on) {
    const bool isolate = needs_isolation(row);
    std::string line(isolate ? util::k_left_to_right_mark : "");
    for (std::size_t c = 0; c < n; ++c) {
      const bool right = c < table.numeric.size() && table.numeric[c];
      line += (c > 0 ? "  " : "") +
              table_cell(util::truncate_to_width(row[c], widths[c]), widths[c], right, isolate);
    }
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    return style.color && on != nullptr ? std::string(on) + line + "\x1b[0m\n" : line + "\n";
  };
  std::string out = render_row(table.headers, "\x1b[1m");
  for (std::size_t r = 0; r < cells.size(); ++r) {
    const Tone tone = r < table.tones.size() ? table.tones[r] : Tone::plain;
    out += render_row(cells[r], tone == Tone::alert     ? "\x1b[31m"
                                : tone == Tone::warning ? "\x1b[33m"
                                                        : nullptr);
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
    out = tsv_record(table.headers);
    for (const auto& row : table.rows) {
      out += tsv_record(row);
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
  }
  return out;
}

} // namespace redress
