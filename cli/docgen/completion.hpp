#pragma once
// Shell completion scripts from the command tree. Besides commands and options they complete
// option values: fixed choices, files, and names from the ledger in the current folder
// (channels, categories, severities, outcomes, statuses, levels, teams, references), which
// they ask of `redress __complete KIND [COMMAND]` (cli/commands/complete.cpp).

#include "docgen/model.hpp"

#include <string>

namespace redress::cli::docgen {

std::string bash_completion(const CommandDoc& root);
std::string zsh_completion(const CommandDoc& root);
std::string fish_completion(const CommandDoc& root);

} // namespace redress::cli::docgen
