// message_line() and terminal_text(): what the CLI prints in words (render.hpp).

#include "util/text.hpp"

#include <redress/render.hpp>

namespace redress {

std::string message_line(std::string_view text, int max_columns) {
  return util::truncate_to_width(util::sanitize_for_terminal(text), max_columns);
}

std::string terminal_text(std::string_view text) { return util::sanitize_for_terminal(text, true); }

} // namespace redress
