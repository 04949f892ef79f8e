// The regulators' presets of `redress init --preset`: examples/policies/presets/*.toml, embedded
// at build time (cmake/EmbedTexts.cmake).

#include <redress/presets.hpp>

#include <redress/policy.hpp>

#include "util/fold.hpp"

namespace redress {

std::optional<std::string_view> preset_policy_text(std::string_view name) {
  // Matched as every name people type is: `--preset FCA` is fca.
  const std::string key = util::fold(name);
  for (const auto& preset : policy_detail::presets::k_texts) {
    if (util::fold(preset.name) == key) {
      return preset.text;
    }
  }
  return std::nullopt;
}

const std::vector<std::string>& preset_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const auto& preset : policy_detail::presets::k_texts) {
      all.emplace_back(preset.name);
    }
    return all;
  }();
  return names;
}

} // namespace redress
