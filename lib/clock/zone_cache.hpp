#pragma once
// Fast offsets for one time zone. date::time_zone::get_info searches the zone's transitions
// (and copies a sys_info with its abbreviation string) on every call, which dominated long
// business-time walks: an export reads both SLA clocks of every complaint. A zone's offset
// changes a few times a year, so the period found last is remembered (per thread) and
// answers every time well inside it.

#include <date/tz.h>

#include <chrono>

namespace redress::clock {

/// The zone's UTC offset at `t`.
std::chrono::seconds offset_at(const date::time_zone* zone, date::sys_seconds t);

/// `t` on the zone's wall clock.
inline date::local_seconds to_local(const date::time_zone* zone, date::sys_seconds t) {
  return date::local_seconds{t.time_since_epoch() + offset_at(zone, t)};
}

/// The instant of the wall-clock time `local` when it exists exactly once; otherwise (a time
/// in a spring gap or an autumn fold) `fallback(zone->get_info(local))`.
template <typename Fallback>
date::sys_seconds from_local(const date::time_zone* zone, date::local_seconds local, Fallback fallback);

namespace detail {
/// The offset of `local` when the remembered period holds it at least a day from its edges
/// (no gap or fold can be that close): true and `offset` set; else false.
bool unique_offset(const date::time_zone* zone, date::local_seconds local, std::chrono::seconds& offset);
/// Remembers the period in force at `t`.
void remember(const date::time_zone* zone, date::sys_seconds t);
} // namespace detail

template <typename Fallback>
date::sys_seconds from_local(const date::time_zone* zone, date::local_seconds local, Fallback fallback) {
  std::chrono::seconds offset{0};
  if (detail::unique_offset(zone, local, offset)) {
    return date::sys_seconds{local.time_since_epoch() - offset};
  }
  const date::local_info info = zone->get_info(local);
  detail::remember(zone, date::sys_seconds{local.time_since_epoch() - info.first.offset});
  return fallback(info);
}

} // namespace redress::clock
