#pragma once
// What `redress --version` prints, and the version the manual pages carry.

#include <string>

namespace redress::cli {

/// "0.1.0", the release.
std::string version();
/// "redress 0.1.0 (git 2fc1139)" and, on a second line, the ledger schema version this binary
/// writes. Without git (a source archive) the parenthesis is left out.
std::string version_text();

} // namespace redress::cli
