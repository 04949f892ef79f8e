// parse_duration and parse_target: no crash on any text, and whatever is accepted prints back
// to a text that parses to the same value.

#include <redress/duration.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto d = redress::parse_duration(text)) {
    if (d->amount < 0 || redress::parse_duration(redress::to_string(*d)) != d) {
      __builtin_trap();
    }
  }
  if (const auto t = redress::parse_target(text)) {
    if (redress::parse_target(redress::to_string(*t)) != t) {
      __builtin_trap();
    }
  }
  return 0;
}
