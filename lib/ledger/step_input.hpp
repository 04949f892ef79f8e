#pragma once
// What every step checks in the values it is given: one rule for texts and one for the policy's
// names, shared by the lifecycle (lifecycle.cpp) and the corrections (corrections.cpp).

#include "util/text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace redress {

/// A text given on the command line, through the one text rule (util::text_problem): "" when
/// absent or empty and not `required`; Error{invalid_input} naming `option` otherwise.
std::string checked_text(const std::optional<std::string>& text, const char* option, bool required,
                         util::TextKind kind = util::TextKind::document);

/// Error{refused} "unknown WHAT 'value'" with a did-you-mean, unless `known` holds `value`.
void check_name(const std::string& value, const std::vector<std::string>& known, const char* what);

} // namespace redress
