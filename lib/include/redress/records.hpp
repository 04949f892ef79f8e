#pragma once
// Records of a data file to import (CSV with a header row, a JSON array of objects, or NDJSON),
// read one at a time so that memory stays flat however long the file is.
//
// Field names are the file's own: CSV header cells, or JSON keys with nested objects flattened
// with `_` (`customer.name` becomes `customer_name`, as in the CSV columns). What a name means
// is the importer's business.

#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress {

enum class DataFormat { csv, json, ndjson };
/// `csv`, `json`, `ndjson`
std::optional<DataFormat> parse_data_format(std::string_view text);
/// The format a file name's extension says (`.csv`, `.json`, `.ndjson` or `.jsonl`, any case).
std::optional<DataFormat> data_format_of(std::string_view file_name);

/// One value of a record. Empty CSV cells and JSON nulls are absent.
struct SourceValue {
  bool present = false;
  std::string text;               // scalars as text: JSON numbers as written, booleans true/false
  bool is_list = false;           // a JSON array (of strings)
  std::vector<std::string> items; // its items
};

/// One record. `names` and `values` are parallel. Readers reuse one record for the whole file;
/// `layout` changes whenever `names` may have changed, so a caller can cache its look-ups.
struct SourceRecord {
  std::int64_t number = 0; // CSV: the row as a spreadsheet numbers it (header = 1);
                           // NDJSON: the line; JSON: the item of the array, from 1
  std::uint64_t layout = 0;
  std::vector<std::string> names;
  std::vector<SourceValue> values;
};

/// How deep a JSON record may nest objects and lists: the record itself is level 1, so
/// `{"customer": {"name": "Ana"}}` is 2 deep. Deeper records are refused while parsing.
inline constexpr int k_max_record_depth = 32;

/// "row 3" / "line 3" / "item 3": how `record.number` is named for `format`.
std::string record_position(DataFormat format, std::int64_t number);

/// Called for each record; `bytes` is how much of the input has been consumed (for progress).
using RecordSink = std::function<void(const SourceRecord& record, std::uint64_t bytes)>;
/// CSV only: called once with the header (a record with names and no values) before any row,
/// so a caller can check the columns even when no row follows.
using HeaderSink = std::function<void(const SourceRecord& header)>;

/// Reads every record of `in` and calls `sink` with each, in order. Throws Error{invalid_input}
/// naming the position for input that is not well-formed: broken CSV quoting, a row with more
/// or fewer fields than the header, an empty or duplicate header name, JSON syntax errors, a
/// JSON item that is not an object, an array holding something other than strings, a record
/// nested deeper than k_max_record_depth. CSV text
/// cells have the formula guard undone (csv_unguard); rows whose cells are all empty are
/// skipped. Exceptions thrown by `sink` propagate unchanged.
void read_records(std::istream& in, DataFormat format, const RecordSink& sink,
                  const HeaderSink& header = {});

} // namespace redress
