// RFC 4180 reading and the formula guard (see redress/csv.hpp for the rules).

#include <redress/csv.hpp>
#include <redress/error.hpp>

namespace redress {

namespace {

constexpr int k_eof = std::char_traits<char>::eof();

bool is_trigger(char ch) { return std::string_view("=+-@\t\r\n").find(ch) != std::string_view::npos; }

} // namespace

bool csv_needs_guard(std::string_view cell) {
  // A run of quotes followed by a trigger: each quote of the run was a guard or must be kept
  // apart from one, so the whole run gets one more.
  std::size_t i = 0;
  while (i < cell.size() && cell[i] == '\'') {
    ++i;
  }
  return i < cell.size() && is_trigger(cell[i]);
}

std::string csv_guard(std::string_view cell) {
  return csv_needs_guard(cell) ? "'" + std::string(cell) : std::string(cell);
}

std::string csv_unguard(std::string_view cell) {
  if (!cell.empty() && cell.front() == '\'' && csv_needs_guard(cell.substr(1))) {
    return std::string(cell.substr(1));
  }
  return std::string(cell);
}

char detect_csv_delimiter(std::string_view bytes) {
  std::size_t commas = 0;
  std::size_t semicolons = 0;
  std::size_t tabs = 0;
  bool quoted = false;
  for (const char ch : bytes) {
    if (ch == '"') {
      quoted = !quoted;
    } else if (!quoted && (ch == '\n' || ch == '\r')) {
      break;
    } else if (!quoted) {
      commas += ch == ',' ? 1 : 0;
      semicolons += ch == ';' ? 1 : 0;
      tabs += ch == '\t' ? 1 : 0;
    }
  }
  if (semicolons > commas && semicolons >= tabs) {
    return ';';
  }
  if (tabs > commas && tabs > semicolons) {
    return '\t';
  }
  return ',';
}

CsvReader::CsvReader(std::istream& in, std::size_t max_field_bytes, char delimiter)
    : m_in(in.rdbuf()), m_max_field(max_field_bytes), m_delimiter(static_cast<unsigned char>(delimiter)) {}

int CsvReader::get() {
  const int ch = m_in->sbumpc();
  if (ch != k_eof) {
    ++m_bytes;
    if (ch == '\n') {
      ++m_line;
    }
  }
  return ch;
}

int CsvReader::peek() { return m_in->sgetc(); }

std::string CsvReader::position(std::size_t column) const {
  std::string where = "row " + std::to_string(m_row);
  if (m_record_line != m_row) {
    where += " (line " + std::to_string(m_record_line) + ")";
  }
  return where + ", column " + std::to_string(column);
}

void CsvReader::fail(std::size_t column, const std::string& what) const {
  throw Error(Errc::invalid_input, position(column) + ": " + what);
}

bool CsvReader::next(std::vector<std::string>& fields) {
  if (!m_started) {
    m_started = true;
    // A UTF-8 byte-order mark (Excel writes one) is not part of the first header.
    if (peek() == 0xEF) {
      get();
      if (get() != 0xBB || get() != 0xBF) {
        throw Error(Errc::invalid_input, "row 1, column 1: the file starts with a broken byte-order mark");
      }
    }
  }
  if (peek() == k_eof) {
    return false;
  }
  ++m_row;
  m_record_line = m_line;
  std::size_t count = 0;
  const auto field = [&]() -> std::string& {
    if (count == fields.size()) {
      fields.emplace_back();
    }
    std::string& f = fields[count++];
    f.clear();
    return f;
  };

  for (;;) {
    std::string& cell = field();
    int ch = get();
    if (ch == '"') {
      // Quoted: runs to the next quote that is not doubled.
      for (;;) {
        ch = get();
        if (ch == k_eof) {
          fail(count, "a quoted field runs to the end of the file (its closing \" is missing)");
        }
        if (ch == '"') {
          if (peek() == '"') {
            get();
          } else {
            break;
          }
        }
        cell += static_cast<char>(ch);
        if (cell.size() > m_max_field) {
          fail(count, "a field is longer than " + std::to_string(m_max_field) + " bytes");
        }
      }
      ch = get();
      if (ch != m_delimiter && ch != '\r' && ch != '\n' && ch != k_eof) {
        fail(count, "text after the closing \" of a quoted field (a \" inside a quoted field "
                    "is written twice: \"\")");
      }
    } else {
      while (ch != m_delimiter && ch != '\r' && ch != '\n' && ch != k_eof) {
        if (ch == '"') {
          fail(count, "a \" inside an unquoted field (a field holding quotes is quoted whole, "
                      "its quotes written twice)");
        }
        cell += static_cast<char>(ch);
        if (cell.size() > m_max_field) {
          fail(count, "a field is longer than " + std::to_string(m_max_field) + " bytes");
        }
        ch = get();
      }
    }
    if (ch == m_delimiter) {
      continue;
    }
    if (ch == '\r' && peek() == '\n') {
      get();
    }
    break;
  }
  fields.resize(count);
  return true;
}

} // namespace redress
