// parse_time accepts or refuses any text without crashing, and what it accepts survives the
// round trip through the forms redress writes (UTC RFC 3339 and local time).

#include <redress/error.hpp>
#include <redress/time.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const redress::TimeZone utc = redress::TimeZone::locate("UTC");
  static const redress::TimeZone zagreb = redress::TimeZone::locate("Europe/Zagreb");
  static const redress::TimeZone lord_howe = redress::TimeZone::locate("Australia/Lord_Howe");
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const redress::TimeZone* zone : {&utc, &zagreb, &lord_howe}) {
    const auto t = redress::parse_time(text, *zone);
    if (!t) {
      continue;
    }
    const int year = redress::to_local(*t, utc).year;
    if (year < 1 || year > 9999) {
      continue; // an offset pushed it past what four-digit years can write
    }
    if (redress::parse_time(redress::format_utc(*t), utc) != t) {
      __builtin_trap();
    }
    // A local time read back in its zone is the same instant, except in an autumn fold,
    // where the later of the two instants reads back as the earlier.
    const auto local = redress::parse_time(redress::format_local(*t, *zone), *zone);
    if (!local || *local > *t || *t - *local > std::chrono::hours(2)) {
      __builtin_trap();
    }
  }
  return 0;
}
