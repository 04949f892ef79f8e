// Reading import files record by record: CSV with a header, a JSON array, NDJSON.

#include <redress/csv.hpp>
#include <redress/error.hpp>
#include <redress/records.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

namespace redress {

namespace {

using Json = nlohmann::json;

// Counts the bytes the parsers take from the underlying stream, for progress. Reads through
// a buffer of its own so the count costs nothing per character.
class CountingBuffer : public std::streambuf {
public:
  explicit CountingBuffer(std::streambuf* source) : m_source(source) {}
  [[nodiscard]] std::uint64_t consumed() const {
    return m_total - static_cast<std::uint64_t>(egptr() - gptr());
  }

protected:
  int_type underflow() override {
    const std::streamsize n = m_source->sgetn(m_buffer.data(), m_buffer.size());
    if (n <= 0) {
      return traits_type::eof();
    }
    m_total += static_cast<std::uint64_t>(n);
    setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + n);
    return traits_type::to_int_type(m_buffer[0]);
  }

private:
  std::streambuf* m_source;
  std::array<char, 1 << 16> m_buffer{};
  std::uint64_t m_total = 0;
};

// "syntax error while parsing value - invalid literal; last read: 'x'" from nlohmann's
// "[json.exception.parse_error.101] parse error at line 1, column 3: syntax error ...".
std::string json_problem(const Json::parse_error& e) {
  const std::string what = e.what();
  const auto at = what.find("parse error");
  const auto colon = what.find(": ", at == std::string::npos ? 0 : at);
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

// "line 1, column 3" from the same message (nlohmann counts lines and columns from 1).
std::string json_place(const Json::parse_error& e) {
  const std::string what = e.what();
  const auto at = what.find(" at line ");
  const auto colon = what.find(": ", at == std::string::npos ? 0 : at);
  if (at == std::string::npos || colon == std::string::npos) {
    return "byte " + std::to_string(e.byte);
  }
  return what.substr(at + 4, colon - at - 4);
}

void set_scalar(SourceValue& v, const Json& j) {
  v = SourceValue{};
  switch (j.type()) {
  case Json::value_t::null:
    return;
  case Json::value_t::string:
    v.text = j.get_ref<const std::string&>();
    break;
  case Json::value_t::boolean:
    v.text = j.get<bool>() ? "true" : "false";
    break;
  case Json::value_t::array: {
    const bool all_text = std::all_of(j.begin(), j.end(), [](const Json& x) { return x.is_string(); });
    if (all_text) {
      v.present = true;
      v.is_list = true;
      for (const auto& item : j) {
        v.items.push_back(item.get<std::string>());
      }
      return;
    }
    v.text = j.dump();
    break;
  }
  default:
    v.text = j.dump();
  }
  v.present = !v.text.empty();
}

// Nested objects become `outer_inner` names, as the CSV columns are named. `where` names the
// record ("item 3") for errors.
void flatten(const Json& object, const std::string& prefix, SourceRecord& record,
             const std::string& where) {
  for (const auto& [key, value] : object.items()) {
    const std::string name = prefix.empty() ? key : prefix + "_" + key;
    if (value.is_object()) {
      flatten(value, name, record, where);
      continue;
    }
    if (value.is_array() &&
        !std::all_of(value.begin(), value.end(), [](const Json& x) { return x.is_string(); })) {
      throw Error(Errc::invalid_input,
                  where + ", field '" + name + "': a list may hold only texts, such as [\"photo.jpg\"]");
    }
    record.names.push_back(name);
    record.values.emplace_back();
    set_scalar(record.values.back(), value);
  }
}

// How deep objects and lists may nest in one record (k_max_record_depth): the parser builds
// each record in memory, and flattening it recurses, so a record nested 20,000 deep would
// overflow the stack. Checked while parsing, before the record is built.
Json::parser_callback_t depth_guard(int levels_above_record, const std::string& where) {
  return [levels_above_record, where](int depth, Json::parse_event_t event, Json&) {
    using E = Json::parse_event_t;
    if ((event == E::object_start || event == E::array_start) &&
        depth - levels_above_record >= k_max_record_depth) {
      throw Error(Errc::invalid_input, fmt::format("{}: nested more than {} levels deep",
                                                   where, k_max_record_depth));
    }
    return true;
  };
}

void object_record(const Json& object, std::int64_t number, SourceRecord& record, DataFormat format) {
  record.number = number;
  ++record.layout;
  record.names.clear();
  record.values.clear();
  flatten(object, "", record, record_position(format, number));
}

void read_csv(std::istream& in, const CountingBuffer& counter, const RecordSink& sink,
              const HeaderSink& header) {
  CsvReader reader(in);
  std::vector<std::string> cells;
  SourceRecord record;
  record.layout = 1;
  if (!reader.next(cells)) {
    throw Error(Errc::invalid_input, "the file is empty; expected a header row naming the columns");
  }
  std::unordered_map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::string name = csv_unguard(cells[i]);
    if (name.empty()) {
      throw Error(Errc::invalid_input, reader.position(i + 1) + ": the header has an empty column name");
    }
    const auto [it, fresh] = seen.emplace(name, i + 1);
    if (!fresh) {
      throw Error(Errc::invalid_input, reader.position(i + 1) + ": duplicate column '" + name +
                                           "' (also column " + std::to_string(it->second) + ")");
    }
    record.names.push_back(std::move(name));
  }
  if (header) {
    header(record);
  }
  record.values.resize(record.names.size());
  while (reader.next(cells)) {
    if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); })) {
      continue; // spreadsheets leave rows of empty cells at the end
    }
    if (cells.size() != record.names.size()) {
      throw Error(Errc::invalid_input,
                  reader.position(std::min(cells.size(), record.names.size()) + 1) + ": the row has " +
                      std::to_string(cells.size()) + " fields, the header " +
                      std::to_string(record.names.size()));
    }
    record.number = reader.row();
    for (std::size_t i = 0; i < cells.size(); ++i) {
      SourceValue& v = record.values[i];
      v.present = !cells[i].empty();
      v.text = v.present ? csv_unguard(cells[i]) : std::string();
    }
    sink(record, counter.consumed());
  }
}

void read_json_array(std::istream& in, const CountingBuffer& counter, const RecordSink& sink) {
  SourceRecord record;
  std::int64_t item = 0;
  const Json::parser_callback_t callback = [&](int depth, Json::parse_event_t event, Json& parsed) {
    using E = Json::parse_event_t;
    if (depth == 0 && event != E::array_start && event != E::array_end) {
      throw Error(Errc::invalid_input, "the file is not a JSON array; expected [ {complaint}, ... ] "
                                       "(one object a line is --format ndjson)");
    }
    if (depth != 1) {
      if ((event == E::object_start || event == E::array_start) && depth - 1 >= k_max_record_depth) {
        throw Error(Errc::invalid_input,
                    fmt::format("{}: nested more than {} levels deep",
                                record_position(DataFormat::json, item), k_max_record_depth));
      }
      return true;
    }
    if (event == E::object_start || event == E::array_start || event == E::value) {
      ++item;
    }
    if (event == E::array_start || event == E::value) {
      throw Error(Errc::invalid_input, record_position(DataFormat::json, item) + " is not a JSON object");
    }
    if (event == E::object_end) {
      object_record(parsed, item, record, DataFormat::json);
      sink(record, counter.consumed());
      return false; // discard it: the array never grows
    }
    return true;
  };
  try {
    const Json rest = Json::parse(in, callback);
    if (rest.is_discarded()) {
      throw Error(Errc::invalid_input, "the file is not a JSON array");
    }
  } catch (const Json::parse_error& e) {
    if (e.byte <= 1 && counter.consumed() == 0) {
      throw Error(Errc::invalid_input, "the file is empty; expected a JSON array of complaints");
    }
    throw Error(Errc::invalid_input, json_place(e) + ": " + json_problem(e));
  } catch (const Json::out_of_range&) {
    // A number too large for any field ("1e999999"): still the file's fault, not ours.
    throw Error(Errc::invalid_input, record_position(DataFormat::json, std::max<std::int64_t>(item, 1)) +
                                         ": a number too large to read");
  }
}

void read_ndjson(std::istream& in, const CountingBuffer& counter, const RecordSink& sink) {
  SourceRecord record;
  std::string line;
  std::int64_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) {
      line.erase(0, 3);
    }
    if (std::all_of(line.begin(), line.end(), [](unsigned char c) { return std::isspace(c) != 0; })) {
      continue;
    }
    Json object;
    try {
      object = Json::parse(line, depth_guard(0, "line " + std::to_string(number)));
    } catch (const Json::parse_error& e) {
      throw Error(Errc::invalid_input, "line " + std::to_string(number) + ", column " +
                                           std::to_string(e.byte) + ": " + json_problem(e));
    } catch (const Json::out_of_range&) {
      throw Error(Errc::invalid_input, "line " + std::to_string(number) + ": a number too large to read");
    }
    if (!object.is_object()) {
      throw Error(Errc::invalid_input, "line " + std::to_string(number) + " is not a JSON object");
    }
    object_record(object, number, record, DataFormat::ndjson);
    sink(record, counter.consumed());
  }
}

} // namespace

std::optional<DataFormat> parse_data_format(std::string_view text) {
  if (text == "csv") {
    return DataFormat::csv;
  }
  if (text == "json") {
    return DataFormat::json;
  }
  if (text == "ndjson") {
    return DataFormat::ndjson;
  }
  return std::nullopt;
}

std::optional<DataFormat> data_format_of(std::string_view file_name) {
  const auto dot = file_name.rfind('.');
  if (dot == std::string_view::npos) {
    return std::nullopt;
  }
  std::string ext(file_name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == "jsonl") {
    return DataFormat::ndjson;
  }
  return parse_data_format(ext);
}

std::string record_position(DataFormat format, std::int64_t number) {
  switch (format) {
  case DataFormat::csv:
    return "row " + std::to_string(number);
  case DataFormat::ndjson:
    return "line " + std::to_string(number);
  case DataFormat::json:
    break;
  }
  return "item " + std::to_string(number);
}

void read_records(std::istream& source, DataFormat format, const RecordSink& sink,
                  const HeaderSink& header) {
  CountingBuffer counter(source.rdbuf());
  std::istream in(&counter);
  switch (format) {
  case DataFormat::csv:
    read_csv(in, counter, sink, header);
    break;
  case DataFormat::json:
    read_json_array(in, counter, sink);
    break;
  case DataFormat::ndjson:
    read_ndjson(in, counter, sink);
    break;
  }
  if (source.bad()) {
    throw Error(Errc::failure, "reading the file failed");
  }
}

} // namespace redress
