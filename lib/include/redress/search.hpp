#pragma once
// `redress search QUERY`: past complaints found by the words of their texts (SPEC §2 item 10,
// §6), so that staff can reuse what resolved a similar case before.
//
// The rules:
// - QUERY is words separated by spaces and "phrases in double quotes". Every word and phrase
//   must be found in the complaint's summary, details, root cause, notes, reasons, follow-up
//   comments or custom field values (not necessarily all in the same one).
// - Matching is folded (util/fold.hpp): case, accents and NFC/NFD do not matter (`ostecenim`
//   finds `oštećenim`, `šteta` finds `ŠTETA`), nor Persian yeh, kaf and ZWNJ, nor fullwidth or
//   halfwidth forms. A word of three characters or more also finds the words it begins
//   (`ošteć` finds `oštećen`); shorter words and phrases match whole words. Japanese and
//   Chinese are matched by pairs of characters, so `配達` is found inside `配達が遅れた` and a
//   single character anywhere.
// - Order ("relevance", the default): complaints whose summary holds every word and phrase
//   first, then the rest; newest received first within each. Any sort of `list` may be asked
//   for instead.
// - Confidential complaints are searched only when asked (`include_confidential`).
// - At most `filter.limit` hits, 50 when it is not given.

#include <redress/complaint.hpp>
#include <redress/filter.hpp>

#include <cstdint>
#include <string>

namespace redress {

/// The order `search` lists hits in by default (see above).
inline constexpr const char* k_relevance = "relevance";
/// How many hits `search` lists when no limit is given.
inline constexpr std::int64_t k_default_search_limit = 50;

struct SearchRequest {
  std::string query;
  ComplaintFilter filter; // the filters of `list`; sort k_relevance or a list sort
  bool include_confidential = false;
};

/// Which text of a complaint a snippet comes from.
enum class SearchField { summary, details, root_cause, notes, fields };
/// "summary", "details", "root_cause", "notes", "fields".
std::string_view to_string(SearchField field);

struct SearchHit {
  Complaint complaint;
  SearchField field = SearchField::summary;
  /// The line of that text where the first word or phrase was found, cut around it to about
  /// 70 columns, with "…" where it was cut. Exactly as stored otherwise (not sanitised).
  std::string snippet;
};

} // namespace redress
