#pragma once
// Small binding and reading helpers shared by the table files.

#include <redress/time.hpp>

#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

namespace redress::store::sqlite {

inline void bind_optional(SQLite::Statement& s, int index, const std::optional<std::string>& v) {
  if (v) {
    s.bind(index, *v);
  } else {
    s.bind(index);
  }
}

inline void bind_optional(SQLite::Statement& s, int index, const std::optional<Instant>& v) {
  if (v) {
    s.bind(index, static_cast<std::int64_t>(to_unix(*v)));
  } else {
    s.bind(index);
  }
}

inline std::optional<std::string> optional_text(const SQLite::Column& c) {
  if (c.isNull()) {
    return std::nullopt;
  }
  return c.getString();
}

inline std::optional<Instant> optional_instant(const SQLite::Column& c) {
  if (c.isNull()) {
    return std::nullopt;
  }
  return from_unix(c.getInt64());
}

} // namespace redress::store::sqlite
