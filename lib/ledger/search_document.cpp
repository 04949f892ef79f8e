#include "ledger/search_document.hpp"

#include "ledger/fields.hpp"
#include "util/words.hpp"

#include <nlohmann/json.hpp>

#include <limits>
#include <memory>

namespace redress {

store::SearchDocument search_document(const Complaint& c, const std::vector<Event>& events) {
  store::SearchDocument doc{c.summary, c.details.value_or(""), c.root_cause.value_or(""), {},
                            field_search_text(c), nullptr};
  for (const Event& e : events) {
    if (!e.personal) {
      continue; // erased
    }
    // In the order the text holds them, as the migration's json_each() reads them.
    const auto personal = nlohmann::ordered_json::parse(*e.personal, nullptr, false);
    if (!personal.is_object()) {
      continue;
    }
    for (const auto& [key, value] : personal.items()) {
      if ((key == "text" || key == "note" || key == "reason" || key == "comment") && value.is_string()) {
        doc.notes += (doc.notes.empty() ? "" : "\n") + value.get<std::string>();
      }
    }
  }
  return doc;
}

DocumentTexts document_texts(const store::SearchDocument& doc) {
  return {{{SearchField::summary, &doc.summary},
           {SearchField::details, &doc.details},
           {SearchField::root_cause, &doc.root_cause},
           {SearchField::notes, &doc.notes},
           {SearchField::fields, &doc.fields}}};
}

void cut_words(store::SearchDocument& doc) {
  auto words = std::make_shared<store::DocumentWords>();
  const auto texts = document_texts(doc);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    words->starts[i] = words->words.size();
    if (texts[i].second->size() > std::numeric_limits<std::uint32_t>::max()) {
      return;
    }
    util::for_each_word(*texts[i].second, util::WordMode::document, [&](const util::Word& word) {
      words->words.push_back({static_cast<std::uint32_t>(words->keys.size()), static_cast<std::uint32_t>(word.key.size()),
                              static_cast<std::uint32_t>(word.begin), static_cast<std::uint32_t>(word.end)});
      words->keys += word.key;
    });
  }
  words->starts[texts.size()] = words->words.size();
  if (words->keys.size() > std::numeric_limits<std::uint32_t>::max()) {
    return;
  }
  doc.words = std::move(words);
}

bool changes_search_document(const Complaint& before, const Complaint& after, bool personal) {
  return personal || before.summary != after.summary || before.details != after.details ||
         before.root_cause != after.root_cause || before.fields != after.fields ||
         before.personal_fields != after.personal_fields;
}

} // namespace redress
