#include "store/complaint_row.hpp"

#include <nlohmann/json.hpp>

namespace redress::store {

// A JSON array of strings as nlohmann's dump() wrote it (no spaces). Without a backslash no item
// has an escape, so it is split directly; anything else goes to the parser.
std::vector<std::string> evidence_list(std::string_view json) {
  std::vector<std::string> items;
  if (json == "[]") {
    return items;
  }
  if (json.size() >= 4 && json.front() == '[' && json.back() == ']' &&
      json.find('\\') == std::string_view::npos) {
    std::size_t i = 1;
    while (json[i] == '"') {
      const std::size_t close = json.find('"', i + 1);
      if (close == std::string_view::npos) {
        break;
      }
      items.emplace_back(json.substr(i + 1, close - i - 1));
      i = close + 1;
      if (json[i] == ']' && i + 1 == json.size()) {
        return items;
      }
      if (json[i] != ',') {
        break;
      }
      ++i;
    }
    items.clear();
  }
  return nlohmann::json::parse(json).get<std::vector<std::string>>();
}

std::string evidence_json(const std::vector<std::string>& items) { return nlohmann::json(items).dump(); }

std::map<std::string, std::string> field_map(std::string_view json) {
  if (json == "{}") {
    return {};
  }
  return nlohmann::json::parse(json).get<std::map<std::string, std::string>>();
}

std::string field_json(const std::map<std::string, std::string>& values) {
  return values.empty() ? std::string("{}") : nlohmann::json(values).dump();
}

} // namespace redress::store
