// Streaming export writer (redress/export.hpp).

#include <redress/error.hpp>
#include <redress/export.hpp>

namespace redress {

const std::vector<std::string>& event_columns() {
  static const std::vector<std::string> columns{"reference", "at", "actor", "type", "recorded_at", "details"};
  return columns;
}

ExportWriter::ExportWriter(std::ostream& out, OutputFormat format, Kind kind, const TimeZone& zone,
                           bool include_confidential, bool bom, std::vector<std::string> fields,
                           char delimiter)
    : m_out(out), m_format(format), m_zone(zone), m_redact(!include_confidential),
      m_fields(std::move(fields)), m_delimiter(delimiter), m_numeric(complaint_numeric_columns()) {
  if (format != OutputFormat::csv && format != OutputFormat::json && format != OutputFormat::ndjson) {
    throw Error(Errc::usage, "export writes csv, json or ndjson");
  }
  if (format == OutputFormat::csv) {
    if (bom) {
      m_out << k_utf8_bom;
    }
    m_out << csv_record(kind == Kind::complaints ? complaint_columns(m_fields) : event_columns(), {},
                        m_delimiter);
  } else if (format == OutputFormat::json) {
    m_out << '[';
  }
}

void ExportWriter::begin_object() {
  if (m_format == OutputFormat::json) {
    m_out << (m_written == 0 ? "\n" : ",\n");
  }
  ++m_written;
}

void ExportWriter::complaint(const Complaint& c) {
  if (m_format == OutputFormat::csv) {
    // Into one buffer kept from row to row: no vector of cells, no string per record.
    const std::vector<bool>& numeric = m_numeric;
    m_line.clear();
    std::size_t column = 0;
    for_each_complaint_cell(c, m_zone, m_redact, m_fields, [&](std::string_view cell) {
      if (column > 0) {
        m_line += m_delimiter;
      }
      append_csv_field(m_line, cell, column < numeric.size() && numeric[column], m_delimiter);
      ++column;
    });
    m_line += "\r\n";
    m_out.write(m_line.data(), static_cast<std::streamsize>(m_line.size()));
    ++m_written;
    return;
  }
  begin_object();
  m_out << complaint_json(c, nullptr, m_redact, -1);
  if (m_format == OutputFormat::ndjson) {
    m_out << '\n';
  }
}

void ExportWriter::event(const Complaint& c, const Event& e) {
  const bool hide = m_redact && c.confidential;
  if (m_format == OutputFormat::csv) {
    m_out << csv_record({c.reference, format_local(e.at, m_zone), e.actor, e.type,
                         format_local(e.recorded_at, m_zone), event_details_json(e, hide)},
                        {}, m_delimiter);
    ++m_written;
    return;
  }
  begin_object();
  m_out << event_json(e, c.reference, hide, -1);
  if (m_format == OutputFormat::ndjson) {
    m_out << '\n';
  }
}

void ExportWriter::finish() {
  if (m_format == OutputFormat::json) {
    m_out << (m_written == 0 ? "]\n" : "\n]\n");
  }
  m_out.flush();
  if (!m_out) {
    throw Error(Errc::failure, "writing the export failed (disk full?)");
  }
}

} // namespace redress
