#pragma once
// Writing an export (SPEC §6 `export`, §7): complaints or events to a stream as they come, so
// that no export holds more than one record in memory.
//
// - CSV: a header row, then one RFC 4180 record per complaint (complaint_columns(), times in
//   the ledger's zone) or per event (event_columns()); a UTF-8 BOM first when asked.
// - JSON: an array with one compact object a line. NDJSON: one object a line.
// Confidential complaints lose their customer details and texts (the personal parts of their
// events too) unless `include_confidential`.

#include <redress/complaint.hpp>
#include <redress/render.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace redress {

/// The event log's CSV columns: reference, at, actor, type, recorded_at, details (JSON).
const std::vector<std::string>& event_columns();

class ExportWriter {
public:
  enum class Kind { complaints, events };

  /// `format` must be csv, json or ndjson; `bom` and `delimiter` only apply to CSV, whose
  /// complaint rows end with one column per custom field of `fields`. Writes the CSV header or
  /// the opening bracket at once.
  ExportWriter(std::ostream& out, OutputFormat format, Kind kind, const TimeZone& zone,
               bool include_confidential, bool bom, std::vector<std::string> fields = {},
               char delimiter = ',');

  void complaint(const Complaint& c);
  void event(const Complaint& c, const Event& e);
  /// Closes a JSON array. Throws Error{failure} when the stream failed at any point.
  void finish();

  [[nodiscard]] std::int64_t written() const { return m_written; }

private:
  void begin_object();

  std::ostream& m_out;
  OutputFormat m_format;
  const TimeZone& m_zone;
  bool m_redact;
  std::vector<std::string> m_fields;
  char m_delimiter;
  std::vector<bool> m_numeric;
  std::int64_t m_written = 0;
  std::string m_line; // the CSV record being written
};

} // namespace redress
