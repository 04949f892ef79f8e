#pragma once
// What the report renderers share: values as text, columns for people, the JSON document.

#include <redress/report_render.hpp>

#include <string>
#include <vector>

namespace redress {

/// `value` rounded half away from zero to 1 or 2 decimals, as every format shows it.
double rounded(double value, int decimals);
/// Counts, seconds, percentages, averages and money (right-aligned, never formula-guarded).
bool is_numeric(const Value& v);
/// A value as CSV/TSV carry it: integers, "75.0", "35.50", local `YYYY-MM-DD HH:MM:SS`, empty
/// for null.
std::string script_text(const Value& value, const TimeZone& zone);
/// The indexes of the columns meant for people.
std::vector<std::size_t> people_columns(const ReportTable& t);
/// True when the column's values are numbers.
bool column_numeric(const ReportTable& t, std::size_t c);
/// True when a row holds a partial period.
bool has_partial(const ReportTable& t);
/// "received 2026-11-01 00:00 to 2026-11-20 12:00 (Europe/Zagreb), as of 2026-11-20 12:00"; a
/// return says "period" instead of "received"
std::string window_text(const Report& r, const TimeZone& zone);
/// The report's parameters meant for people, one line each ("new breaches since ...").
std::vector<std::string> parameter_lines(const Report& r, const TimeZone& zone);

/// The report's charts for its HTML page, each a <figure> with an inline <svg>: SLA compliance
/// over time, aging buckets by status, trends by period, outcomes and satisfaction.
std::vector<std::string> report_charts(const Report& report, const TimeZone& zone);

/// A value appended to `out` as JSON: integers, numbers rounded like people see them, money as
/// {"amount": "35.50", "currency": "EUR"}, times RFC 3339 UTC, null.
void append_json_value(std::string& out, const Value& value);
/// The report as one JSON object (schemas/report-<kind>.schema.json), members one a line and
/// each table row on a line of its own; `indent` precedes every line but the first.
void append_report_json(std::string& out, const Report& report, const ReportSource& source,
                        const std::string& indent);
std::string report_json(const Report& report, const ReportSource& source);
/// The same on one line (NDJSON of report all).
std::string report_json_line(const Report& report, const ReportSource& source);
/// Several reports as one object (schemas/report-all.schema.json).
std::string reports_json(const std::vector<Report>& reports, const ReportSource& source);
/// The NDJSON lines of a report: its primary table's rows, or its figures (and window) as one
/// object.
void append_json_rows(std::string& out, const Report& report, const ReportSource& source);

} // namespace redress
