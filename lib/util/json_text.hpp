#pragma once
// JSON text written straight into a string, for the data of events. nlohmann::json builds a
// document first (a std::map node and a string per key) and then walks it to print it: for an
// import that was a third of the time per row (docs/performance.md). Events are read back with
// nlohmann::json, which accepts whatever this writes. The text is compact, like
// nlohmann::json::dump(): no spaces, UTF-8 written as it is, `"`, `\` and control characters
// escaped.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress::util {

/// Appends `text` to `out` as a JSON string, quotes included. Throws Error{invalid_input} when
/// `text` is not valid UTF-8.
void append_json_string(std::string& out, std::string_view text);

/// Writes one JSON value: objects and arrays nest, members are `key()` then a value. Commas are
/// placed by the writer. Keys are written in the order given; a key must not repeat.
class JsonText {
public:
  JsonText& begin_object();
  JsonText& end_object();
  JsonText& begin_array();
  JsonText& end_array();
  JsonText& key(std::string_view name);

  JsonText& str(std::string_view text);
  JsonText& str(const std::string& text) { return str(std::string_view(text)); }
  JsonText& str(const char* text) { return str(std::string_view(text)); }
  /// The text, or null.
  JsonText& str(const std::optional<std::string>& text);
  JsonText& integer(std::int64_t value);
  JsonText& boolean(bool value);
  JsonText& null();

  /// `name` and its string (or null) in one call: the common case.
  template <typename Text> JsonText& member(std::string_view name, const Text& text) {
    return key(name).str(text);
  }

  /// Appends the members of `object`, a complete object another JsonText wrote (`{...}`), to
  /// the object open here: a part of a document can be written ahead, on another thread.
  JsonText& members_of(std::string_view object);

  /// The text written so far (complete once every object and array is closed).
  [[nodiscard]] const std::string& text() const { return m_out; }
  [[nodiscard]] std::string take() { return std::move(m_out); }

private:
  void before_value();
  void open(char bracket);
  void close(char bracket);

  std::string m_out;
  std::vector<bool> m_first; // per open container: no member written yet
  bool m_after_key = false;
};

} // namespace redress::util
