#pragma once
// How texts are cut into words for searching: the search index's tokenizer cuts every text this
// way (lib/store/sqlite/), and a search cuts its query and finds its matches in the texts it
// shows the same way, so that what is indexed and what is looked for cannot drift apart.
//
// - A word is a run of letters, digits and marks (a ZWNJ or ZWJ inside it belongs to it, as in
//   Persian `می‌خواهم`); everything else separates words. Its key is its fold() (util/fold.hpp):
//   `Oštećenim` → `ostecenim`, `مريم` → `مریم`. Keys longer than 128 bytes are cut to 128 (at a
//   character): such a word is a code or an encoding, and the cut keeps the index small.
// - Scripts written without spaces (util::is_ideographic: Han, kana) are cut into overlapping
//   pairs of characters, each folded: `配達が遅れた` → `配達` `達が` `が遅` `遅れ` `れた`, then the
//   last character alone (`た`). So a word of two characters is found anywhere inside a run;
//   a query leaves out the last single character of its last run, so that `遅れ` matches inside
//   `遅れた`; a query of one character is a pair's first half (the search makes it a prefix).

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace redress::util {

enum class WordMode { document, query };

/// One word of a text: its key, and where it stands in the text (bytes; a pair of ideographic
/// characters spans both).
struct Word {
  std::string key;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool ideographic = false; // a pair or a single character of an ideographic run
};

/// Calls `sink` with each word of `text` in order. Invalid UTF-8 bytes separate words.
void for_each_word(std::string_view text, WordMode mode, const std::function<void(const Word&)>& sink);

} // namespace redress::util
