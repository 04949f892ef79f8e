// util::parse_amount: no crash or overflow on any text; an accepted amount is never negative
// and formats back to a text that parses to the same minor units.

#include "util/money.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const std::string_view currency : {"EUR", "JPY", "KWD", "XXX"}) {
    const auto minor = redress::util::parse_amount(text, currency);
    if (!minor) {
      continue;
    }
    if (*minor < 0 ||
        redress::util::parse_amount(redress::util::format_minor(*minor, currency), currency) != minor) {
      __builtin_trap();
    }
  }
  return 0;
}
