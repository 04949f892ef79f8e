#include <redress/complaint.hpp>

#include <array>

namespace redress {

namespace {
constexpr std::array<std::pair<Status, std::string_view>, 8> k_names{{
    {Status::new_, "new"},
    {Status::acknowledged, "acknowledged"},
    {Status::investigating, "investigating"},
    {Status::waiting, "waiting"},
    {Status::resolved, "resolved"},
    {Status::closed, "closed"},
    {Status::rejected, "rejected"},
    {Status::withdrawn, "withdrawn"},
}};
} // namespace

std::string_view to_string(Status s) {
  for (const auto& [status, name] : k_names) {
    if (status == s) {
      return name;
    }
  }
  return "unknown";
}

std::optional<Status> parse_status(std::string_view text) {
  for (const auto& [status, name] : k_names) {
    if (name == text) {
      return status;
    }
  }
  return std::nullopt;
}

std::vector<std::string> status_names() {
  std::vector<std::string> names;
  for (const auto& [status, name] : k_names) {
    names.emplace_back(name);
  }
  return names;
}

bool is_open(Status s) {
  return s == Status::new_ || s == Status::acknowledged || s == Status::investigating ||
         s == Status::waiting;
}

} // namespace redress
