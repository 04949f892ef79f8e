#pragma once
// References: PREFIX-YYYY-NNNNN (SPEC §3). The one parser and formatter of them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace redress {

struct ReferenceParts {
  std::string prefix; // upper case: [A-Z][A-Z0-9]*
  int year = 0;
  std::int64_t seq = 0;
};

/// "ACME-2026-00042": the prefix, the year of receipt and the sequence number, zero-padded to
/// five digits.
std::string format_reference(std::string_view prefix, int year, std::int64_t seq);

/// A full reference as people type it: any case, the number with or without its zeros
/// (`acme-2026-42`), digits fullwidth (`４２`), Persian (`۴۲`) or Arabic-Indic (`٤٢`), spaces
/// around ignored; nullopt for anything else.
std::optional<ReferenceParts> parse_reference(std::string_view text);

/// What a user typed to name a complaint: a full reference, or just a number, which names that
/// number of the current year's series whatever the prefix (so a changed reference_prefix does
/// not strand this year's complaints).
struct ReferenceQuery {
  std::optional<std::string> reference; // a full reference, canonical (format_reference)
  int year = 0;                         // else the year and number
  std::int64_t seq = 0;
};
/// Throws Error{usage} with an example for text that is neither. `current_year` is the year of
/// "now" in the ledger's zone; `prefix` is used in the example only.
ReferenceQuery parse_reference_query(std::string_view text, int current_year, std::string_view prefix);

} // namespace redress
