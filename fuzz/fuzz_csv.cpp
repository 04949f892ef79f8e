// CsvReader reads any bytes as records or throws Error{invalid_input}, nothing else; the
// formula guard round-trips every cell.

#include <redress/csv.hpp>
#include <redress/error.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::istringstream in(text);
  redress::CsvReader reader(in, 4096);
  std::vector<std::string> fields;
  try {
    while (reader.next(fields)) {
      for (const auto& cell : fields) {
        if (redress::csv_unguard(redress::csv_guard(cell)) != cell) {
          __builtin_trap();
        }
      }
      (void)reader.position(fields.size());
    }
  } catch (const redress::Error& e) {
    if (e.code() != redress::Errc::invalid_input) {
      __builtin_trap();
    }
  }
  if (reader.bytes() > size + 3) {
    __builtin_trap();
  }
  return 0;
}
