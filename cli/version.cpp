// Kept apart from main.cpp: the generated header changes with every commit, and only this
// small file is rebuilt for it.

#include "version.hpp"

#include <redress/ledger.hpp>

#include <redress_version.hpp>

namespace redress::cli {

std::string version() { return REDRESS_VERSION; }

std::string version_text() {
  const std::string git = REDRESS_GIT_DESCRIBE;
  return "redress " + version() + (git.empty() ? "" : " (git " + git + ")") +
         "\nledger schema version " + std::to_string(ledger_schema_version());
}

} // namespace redress::cli
