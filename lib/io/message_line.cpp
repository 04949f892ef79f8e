// message_line(): what the CLI's error boundary prints (render.hpp).

#include "util/text.hpp"

#include <redress/render.hpp>

namespace redress {

std::string message_line(std::string_view text, int max_columns) {
  return util::truncate_to_width(util::sanitize_for_terminal(text), max_columns);
}

} // namespace redress
