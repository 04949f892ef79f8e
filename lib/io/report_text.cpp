// Rendering a report document in every output format.

#include <redress/report.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace redress {

std::string render_report(const ReportDocument& doc, const std::string& ledger_name,
                          const TimeZone& zone, OutputFormat format, const TerminalStyle& style) {
  const ReportWindow& w = doc.window;
  switch (format) {
  case OutputFormat::csv:
  case OutputFormat::tsv:
  case OutputFormat::ndjson:
    return doc.sections.empty() ? std::string() : render_table(doc.sections[doc.primary].second, format, style);
  case OutputFormat::json: {
    nlohmann::ordered_json j{{"report", doc.report},
                             {"ledger", ledger_name},
                             {"timezone", zone.name()},
                             {"since", format_utc(w.since)},
                             {"until", format_utc(w.until)},
                             {"as_of", format_utc(w.as_of)}};
    for (const auto& [name, table] : doc.sections) {
      j[name] = nlohmann::ordered_json::parse(render_table(table, OutputFormat::json, style));
    }
    return j.dump(2) + "\n";
  }
  case OutputFormat::table:
  case OutputFormat::markdown: {
    const bool md = format == OutputFormat::markdown;
    std::string out = fmt::format("{}{}: {}\n", md ? "## " : "", doc.title, terminal_text(ledger_name));
    const std::string from = w.since == Instant{} ? std::string("any time") : format_local_short(w.since, zone);
    out += fmt::format("{}received {} to {} ({}), as of {}\n", md ? "\n" : "", from,
                       format_local_short(w.until, zone), zone.name(), format_local_short(w.as_of, zone));
    for (const auto& [name, table] : doc.sections) {
      std::string heading = name;
      std::replace(heading.begin(), heading.end(), '_', ' ');
      out += fmt::format("\n{}{}\n", md ? "### " : "", heading);
      if (md) {
        out += "\n";
      }
      out += table.rows.empty() ? std::string("(none)\n") : render_table(table, format, style);
    }
    return out;
  }
  }
  return {};
}

} // namespace redress
