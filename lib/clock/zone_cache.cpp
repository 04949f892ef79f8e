#include "clock/zone_cache.hpp"

namespace redress::clock {

namespace {

// The period last looked up: its UTC range and offset (not the abbreviation: no strings).
struct Period {
  const date::time_zone* zone = nullptr;
  date::sys_seconds begin;
  date::sys_seconds end;
  std::chrono::seconds offset{0};
};

// Per thread, so that calendars stay safe to share between threads.
thread_local Period t_period;

const Period& period_of(const date::time_zone* zone, date::sys_seconds t) {
  if (t_period.zone != zone || t < t_period.begin || t >= t_period.end) {
    const date::sys_info info = zone->get_info(t);
    t_period = Period{zone, info.begin, info.end, info.offset};
  }
  return t_period;
}

} // namespace

std::chrono::seconds offset_at(const date::time_zone* zone, date::sys_seconds t) {
  return period_of(zone, t).offset;
}

namespace detail {

bool unique_offset(const date::time_zone* zone, date::local_seconds local, std::chrono::seconds& offset) {
  constexpr std::chrono::hours k_margin{24}; // offsets differ by less than a day
  const Period& p = t_period;
  if (p.zone != zone) {
    return false;
  }
  const date::sys_seconds guess{local.time_since_epoch() - p.offset};
  if (guess < p.begin + k_margin || guess >= p.end - k_margin) {
    return false;
  }
  offset = p.offset;
  return true;
}

void remember(const date::time_zone* zone, date::sys_seconds t) { period_of(zone, t); }

} // namespace detail

} // namespace redress::clock
