#pragma once
// Reading RFC 4180 CSV, and the formula guard that CSV output applies to text cells.
//
// The guard (SPEC §7): a text cell that a spreadsheet would run as a formula gets a leading
// `'`. A cell needs it when it starts with `=`, `+`, `-`, `@`, tab, CR or LF, or when it starts
// with `'` followed by something that needs it (so that a text which really starts with `'=`
// survives: it is written `''=` and read back as `'=`). `csv_unguard` removes exactly what
// `csv_guard` added, so guard and unguard round-trip every string.

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace redress {

/// The delimiter a CSV file's header row uses: whichever of ',', ';' and tab occurs most often
/// outside quotes in its first line (`header_bytes` holds at least that line, or the start of
/// the file); ',' when none does, or on a tie.
char detect_csv_delimiter(std::string_view header_bytes);

/// True when `cell` must be written with a leading `'` (rules above).
bool csv_needs_guard(std::string_view cell);
/// `cell` with a leading `'` when it needs one.
std::string csv_guard(std::string_view cell);
/// Undoes csv_guard: drops the leading `'` only where csv_guard would have added it.
std::string csv_unguard(std::string_view cell);

/// Reads CSV records one at a time from a stream, never holding more than one record.
/// Accepts CRLF or LF line ends, quoted fields with commas, doubled quotes and line breaks, and
/// drops a UTF-8 byte-order mark at the very start. Broken quoting (a quote inside an unquoted
/// field, text after a closing quote, a quoted field never closed) and fields longer than
/// `max_field_bytes` throw Error{invalid_input} saying where: "row R, column C: what" (rows
/// count records from 1, as a spreadsheet numbers them, with "(line L)" added when a quoted
/// line break makes the two differ).
class CsvReader {
public:
  /// `delimiter` separates fields: ',' (RFC 4180), ';' or '\t'.
  explicit CsvReader(std::istream& in, std::size_t max_field_bytes = std::size_t{8} << 20,
                     char delimiter = ',');

  /// Reads the next record into `fields` (reusing its strings). False at the end of input.
  bool next(std::vector<std::string>& fields);

  /// The record number of the last record read (1 = the first record of the file).
  [[nodiscard]] std::int64_t row() const { return m_row; }
  /// The line on which the last record read started.
  [[nodiscard]] std::int64_t line() const { return m_record_line; }
  /// Bytes consumed so far.
  [[nodiscard]] std::uint64_t bytes() const { return m_bytes; }

  /// "row R, column C" for the last record, with the line when it differs from the row.
  [[nodiscard]] std::string position(std::size_t column) const;

private:
  int get();
  int peek();
  [[noreturn]] void fail(std::size_t column, const std::string& what) const;

  std::streambuf* m_in;
  std::size_t m_max_field;
  int m_delimiter;
  std::int64_t m_row = 0;
  std::int64_t m_line = 1;
  std::int64_t m_record_line = 1;
  std::uint64_t m_bytes = 0;
  bool m_started = false;
};

} // namespace redress
