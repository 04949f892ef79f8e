#pragma once
// Turning ledger data into text: terminal tables, CSV/TSV, Markdown, JSON and HTML. Renderers return
// strings; printing is the caller's business.
//
// Terminal output is sanitized (customer text cannot carry escape sequences or bidi
// overrides); CSV and JSON keep text exactly as stored.

#include <redress/complaint.hpp>
#include <redress/message.hpp>
#include <redress/policy.hpp>
#include <redress/search.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress {

/// `html` is for reports only (redress/report_render.hpp); other output is text.
enum class OutputFormat { table, csv, tsv, json, ndjson, markdown, html };
std::optional<OutputFormat> parse_output_format(std::string_view text);
/// The format's name, as --format takes it.
std::string_view to_string(OutputFormat format);

/// How a row should stand out on a colour terminal.
enum class Tone { plain, warning, alert };

/// A table of text cells, rendered as a terminal table, Markdown, CSV or TSV.
struct TextTable {
  std::vector<std::string> headers;
  std::vector<bool> numeric; // per column: right-aligned, never formula-guarded
  std::vector<std::vector<std::string>> rows;
  std::vector<Tone> tones; // per row; empty means all plain
  // The last `free_text_columns` columns hold free text (names, summaries): to fit the
  // terminal they shrink first, before any date or code column is cut.
  std::size_t free_text_columns = 1;
  // For terminals too narrow for the table (render_terminal_table), all optional:
  // - `compact_rows`: the rows again with shorter forms of some cells (dates without the year,
  //   format_local_compact), used instead of `rows` as soon as the table does not fit;
  // - `drop_order`: columns that may be left out, the first listed first, when the free-text
  //   columns could not keep `min_free_width` columns each; unlisted columns always stay;
  // - `wrap`: free-text cells wrap onto more lines instead of being cut with "…".
  std::vector<std::vector<std::string>> compact_rows = {};
  std::vector<std::size_t> drop_order = {};
  int min_free_width = 12;
  bool wrap = false;
};

struct TerminalStyle {
  int width = 80;     // columns available
  bool color = false; // ANSI colours allowed
};

/// Aligned by display width, and never wider than `style.width`: when the table does not fit,
/// the compact rows are used, columns in `drop_order` go while the free-text columns could not
/// keep `min_free_width` columns each, the free-text columns shrink (cut with "…", or wrapped), and as
/// a last resort the other columns are cut from the last.
std::string render_terminal_table(const TextTable& table, const TerminalStyle& style);
/// A GitHub-flavoured Markdown table (pipes escaped).
std::string render_markdown_table(const TextTable& table);

/// `table` in any output format: a terminal table, Markdown, CSV/TSV with a header row,
/// JSON (an array of objects keyed by header) / NDJSON (one object a line), or an HTML
/// <table>. Empty cells are JSON null; cells of numeric columns are JSON numbers.
std::string render_table(const TextTable& table, OutputFormat format, const TerminalStyle& style);

/// `text` safe inside HTML text and attribute values: `&<>"'` as entities; control and bidi
/// override characters shown escaped as on a terminal (sanitize_for_terminal); invalid UTF-8
/// replaced.
std::string html_escape(std::string_view text);

/// One RFC 4180 record ending in CRLF. Text cells starting with `=`, `+`, `-`, `@`, tab, CR or
/// LF get a leading `'` so spreadsheets do not run them (csv_guard in csv.hpp, which import
/// undoes exactly); cells of numeric columns never do. `delimiter` separates the cells (`;` for
/// spreadsheets set up for a decimal comma); a cell holding it is quoted.
std::string csv_record(const std::vector<std::string>& cells, const std::vector<bool>& numeric,
                       char delimiter = ',');
/// One cell of such a record appended to `out` (quoted and guarded as csv_record does), for
/// writers that build a record without a vector of cells.
void append_csv_field(std::string& out, std::string_view cell, bool numeric, char delimiter = ',');
/// One TSV line ending in LF; backslash, tab, CR and LF inside cells are written as `\\`, `\t`,
/// `\r`, `\n`. Text cells get the same formula guard as in csv_record (a leading `'` before
/// `=`, `+`, `-`, `@`, tab, CR or LF); cells of numeric columns never do.
std::string tsv_record(const std::vector<std::string>& cells, const std::vector<bool>& numeric);
/// "\xEF\xBB\xBF", for Excel.
inline constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

/// An error message (or its hint) made fit for one line of stderr, a terminal or a log:
/// messages quote values users gave, so escape sequences, control and bidi characters are
/// shown escaped, invalid UTF-8 is replaced, line breaks become "⏎", and the text is cut
/// with "…" at `max_columns`.
std::string message_line(std::string_view text, int max_columns = 1000);
/// A message of one or more lines made fit for a terminal: as message_line(), but line breaks
/// stay and nothing is cut. For what a command prints in words (not its CSV, TSV or JSON).
std::string terminal_text(std::string_view text);

/// The complaint's flat columns, in the documented order (docs/csv.md).
const std::vector<std::string>& complaint_columns();
/// Which of complaint_columns() are numeric.
const std::vector<bool>& complaint_numeric_columns();
/// The same columns followed by one `field_NAME` column per custom field of `fields` (in that
/// order; Ledger::field_names() gives a ledger's).
std::vector<std::string> complaint_columns(const std::vector<std::string>& fields);
/// One complaint as flat cells: times as `YYYY-MM-DD HH:MM:SS` in `zone`, lists joined by
/// "; ", then the values of the custom fields `fields` (empty for none). With `redact`, a
/// confidential complaint's customer details, texts and personal fields are blank.
std::vector<std::string> complaint_cells(const Complaint& c, const TimeZone& zone, bool redact,
                                         const std::vector<std::string>& fields = {});
/// The same cells, each handed to `cell` in turn and valid only during the call: an export
/// writes a million rows without building a vector of strings for each.
void for_each_complaint_cell(const Complaint& c, const TimeZone& zone, bool redact,
                             const std::vector<std::string>& fields,
                             const std::function<void(std::string_view)>& cell);

/// A complaint as a JSON object (SPEC §7 fields); with `events`, an `events` array too.
/// `indent` < 0 gives one line.
std::string complaint_json(const Complaint& c, const std::vector<Event>* events, bool redact,
                           int indent);
/// One event of the complaint `reference` as a JSON object: `reference`, `at`, `actor`, `type`,
/// `recorded_at`, `details` (its facts, and its personal text unless `redact`).
std::string event_json(const Event& e, const std::string& reference, bool redact, int indent);
/// Just the `details` object of event_json(), on one line (the CSV `details` cell).
std::string event_details_json(const Event& e, bool redact);

/// The compact listing table that `list` shows on a terminal. Its `due` and `sla` cells are
/// one clock's, the acknowledge clock until it is settled, then the resolve clock, and a row's
/// tone is that clock's state. `now` decides which dates are this year's (compact forms).
TextTable complaint_list_table(const std::vector<Complaint>& complaints, const TimeZone& zone,
                               bool redact, Instant now);

/// The full human view of one complaint for `show`: fields, both SLA clocks, the timeline,
/// long texts wrapped to `style.width`.
std::string complaint_detail_text(const Complaint& c, const std::vector<Event>& events,
                                  const TimeZone& zone, const TerminalStyle& style, Instant now);

/// A message for `redress message` on a terminal: where it goes (recipient, channel), its
/// subject, the template's language and file, whether this step was told already, then the
/// body as the customer reads it. Sanitized like every terminal text; the body keeps its lines.
std::string message_text(const MessageResult& result, const TimeZone& zone);
/// The same as one JSON object (`indent` < 0: one line): reference, kind, language, template,
/// channel, recipient, subject, body, sent, sent_at, told_before_at, acknowledged.
std::string message_json(const MessageResult& result, int indent);

/// "45m", "24h 30m" (up to 100 hours), "12d 4h": SLA time used, times to resolve.
std::string format_span(Seconds s);
/// "107h 00m": hours whatever the length, for business time (a business day is not 24 hours)
/// and for report figures, which mix business and calendar time.
std::string format_hours(Seconds s);

/// "25.00" for 2500 minor units of EUR, "1500" for JPY.
std::string format_money(const Money& m);

/// `search` hits on a terminal: reference, status, received, category, where the match was
/// found and the snippet (dates compact as of `now` when the terminal is narrow).
TextTable search_hit_table(const std::vector<SearchHit>& hits, const TimeZone& zone, Instant now);
/// A hit's flat columns: complaint_columns(), then `match_field` and `snippet`.
const std::vector<std::string>& search_hit_columns();
const std::vector<bool>& search_hit_numeric_columns();
/// One hit as flat cells in search_hit_columns() order (times in `zone`).
std::vector<std::string> search_hit_cells(const SearchHit& hit, const TimeZone& zone);
/// One hit as a JSON object: `complaint` (as `show` writes it, without events) and `match`
/// (`field`, `snippet`); schemas/search_hit.schema.json. `indent` < 0 gives one line.
std::string search_hit_json(const SearchHit& hit, int indent);

/// The effective policy for `policy show`: ledger, calendar, SLA, names, escalation; each
/// value wrapped to `width` columns under its own start.
std::string policy_summary_text(const Policy& policy, int width = 80);
/// Every severity × category with its resolved targets and team (`policy show`).
TextTable policy_target_table(const Policy& policy);

} // namespace redress
