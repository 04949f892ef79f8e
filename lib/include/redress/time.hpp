#pragma once
// Instants, and their text forms. Everything is stored as UTC seconds; the ledger's IANA time
// zone is used only to read and show local times. Zone look-ups go through the system's
// tzdata (never the process's current zone).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace date {
class time_zone;
}

namespace redress {

using Instant = std::chrono::sys_seconds;
using Seconds = std::chrono::seconds;

/// A located IANA time zone. Cheap to copy; the zone data lives for the whole process.
class TimeZone {
public:
  /// Throws Error{invalid_input} when `iana_name` is not a known zone.
  static TimeZone locate(std::string_view iana_name);
  /// Returns the zone, or nullopt when unknown (for validation that reports its own error).
  static std::optional<TimeZone> find(std::string_view iana_name);

  [[nodiscard]] std::string name() const;
  [[nodiscard]] const date::time_zone* zone() const noexcept { return m_zone; }

private:
  explicit TimeZone(const date::time_zone* zone) : m_zone(zone) {}
  const date::time_zone* m_zone;
};

/// Reads the system's list of time zones on a second thread, for as long as it lives. The date
/// library lists every file under /usr/share/zoneinfo (some 600) before it opens the one zone a
/// ledger names, which took a quarter of a quick command such as `show`; started first thing,
/// the listing overlaps with the rest of start-up (reading the policy, opening the database) and
/// the first zone look-up waits only for what is left of it (docs/performance.md).
class ZonePreload {
public:
  ZonePreload();
  ~ZonePreload();
  ZonePreload(const ZonePreload&) = delete;
  ZonePreload& operator=(const ZonePreload&) = delete;

private:
  std::thread m_thread;
};

/// A civil date and time of day in some zone.
struct LocalDateTime {
  int year = 1970;
  unsigned month = 1;
  unsigned day = 1;
  int hour = 0;
  int minute = 0;
  int second = 0;
};

/// Parses a user's TIME: RFC 3339 with `Z` or an offset (`2026-11-02T09:30:00+01:00`), or a
/// local time in `zone` (`2026-11-02 09:30`, seconds optional, `T` allowed), or a date alone
/// (`2026-11-02`, local midnight). `t` and `z` may be lower case; a fraction of a second
/// (`09:30:00.250`) is accepted and dropped, as times are whole seconds. Local times in a DST gap move forward, in a fold take the
/// earlier instant. Returns nullopt for anything else.
std::optional<Instant> parse_time(std::string_view text, const TimeZone& zone);
/// Parses the end of a window of time (`--until`), which is exclusive: a TIME as parse_time()
/// reads it, except that a date alone covers that whole day, so `2026-11-30` gives the next
/// day's local midnight and a window `--until 2026-11-30` includes the 30th. Returns nullopt
/// for anything parse_time() refuses.
std::optional<Instant> parse_window_end(std::string_view text, const TimeZone& zone);

/// `2026-11-02T08:30:00Z`
std::string format_utc(Instant t);
/// `2026-11-02 09:30:00` in `zone` (what spreadsheets parse).
std::string format_local(Instant t, const TimeZone& zone);
/// `2026-11-02 09:30` in `zone` (terminal tables).
std::string format_local_short(Instant t, const TimeZone& zone);
/// The same, shorter, for narrow terminals: `11-02 09:30` when `t` falls in the local year of
/// `now`, else the date alone (`2025-11-02`).
std::string format_local_compact(Instant t, const TimeZone& zone, Instant now);
/// The civil time of `t` in `zone`.
LocalDateTime to_local(Instant t, const TimeZone& zone);
/// The instant of a civil time in `zone` (gap: moved forward; fold: earlier).
Instant from_local(const LocalDateTime& local, const TimeZone& zone);

/// Seconds since the Unix epoch, and back (the store's representation).
inline std::int64_t to_unix(Instant t) { return t.time_since_epoch().count(); }
inline Instant from_unix(std::int64_t s) { return Instant{Seconds{s}}; }

/// Now, truncated to whole seconds: the system clock, with no override. Every event's
/// `recorded_at` comes from it, so nothing a user sets can backdate what the chain covers
/// (tests fake the system clock from outside the process with libfaketime).
Instant now();

} // namespace redress
