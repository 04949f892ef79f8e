// read_records: an import file of any bytes, as CSV, JSON or NDJSON (the first byte picks),
// gives records or Error{invalid_input}, nothing else; names and values stay parallel.

#include <redress/error.hpp>
#include <redress/records.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  const redress::DataFormat formats[] = {redress::DataFormat::csv, redress::DataFormat::json,
                                         redress::DataFormat::ndjson};
  const redress::DataFormat format = formats[data[0] % 3];
  std::istringstream in(std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  try {
    redress::read_records(in, format, [](const redress::SourceRecord& record, std::uint64_t) {
      if (record.names.size() != record.values.size()) {
        __builtin_trap();
      }
      (void)redress::record_position(redress::DataFormat::json, record.number);
    });
  } catch (const redress::Error& e) {
    if (e.code() != redress::Errc::invalid_input) {
      __builtin_trap();
    }
  }
  return 0;
}
