#pragma once
// Manual pages in roff, from the command tree: redress(1) and redress-COMMAND(1) for each
// top-level command (its subcommands are sections of its page).

#include "docgen/model.hpp"

#include <string>
#include <utility>
#include <vector>

namespace redress::cli::docgen {

/// Every page as (file name, roff text): "redress.1", "redress-list.1", ...
std::vector<std::pair<std::string, std::string>> man_pages(const CommandDoc& root,
                                                           const std::string& version);

} // namespace redress::cli::docgen
