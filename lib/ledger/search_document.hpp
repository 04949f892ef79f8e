#pragma once
// What the search index holds for a complaint (store::SearchDocument): the one rule, used when
// a complaint is filed or imported, when a step adds text to it, and by `verify`, which
// rebuilds every complaint's document from its events. schemas/0007_text_matching.sql built
// the documents of older ledgers by the same rule.

#include "store/store.hpp"

#include <redress/complaint.hpp>
#include <redress/search.hpp>

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace redress {

/// The summary, details, root cause and custom field values (fields.hpp: field_search_text) of
/// `c` as its projection holds them, and the notes, reasons and comments of `events` (its
/// events, oldest first: the `text`, `note`, `reason` and `comment` strings of their personal
/// text, in their order), one a line.
store::SearchDocument search_document(const Complaint& c, const std::vector<Event>& events);

/// Each text of `doc` with the field it is, in the index's column order.
using DocumentTexts = std::array<std::pair<SearchField, const std::string*>, 5>;
DocumentTexts document_texts(const store::SearchDocument& doc);

/// Cuts the words of `doc`'s texts into doc.words (store::DocumentWords), as the search index
/// would when the document is written: an import does it on its reading thread. A text longer
/// than 4 GiB is left to the index.
void cut_words(store::SearchDocument& doc);

/// True when a step from `before` to `after` that recorded `personal` text changes what the
/// index holds for the complaint.
bool changes_search_document(const Complaint& before, const Complaint& after, bool personal);

} // namespace redress
