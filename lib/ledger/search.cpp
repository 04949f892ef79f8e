// Ledger::search — past complaints found by their words (redress/search.hpp has the rules).
// The query is parsed and the hits ranked here; the store's index finds the matches
// (store::Store::find_texts) and util/words.hpp cuts texts and queries alike.

#include "ledger/ledger_impl.hpp"
#include "ledger/search_document.hpp"

#include "util/text.hpp"
#include "util/words.hpp"

#include <redress/error.hpp>
#include <redress/search.hpp>

#include <unordered_set>

namespace redress {

namespace {

// How a snippet is cut: at most this much of the line before the match, this much in all.
constexpr int k_snippet_before = 24;
constexpr int k_snippet_width = 70;

// One word or phrase of a query, with the keys the index has for it.
struct Term {
  store::SearchTerm term;
  std::vector<std::string> keys; // util::for_each_word, query mode
};

std::size_t characters(std::string_view text) {
  std::size_t n = 0;
  for (const char ch : text) {
    n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
  }
  return n;
}

Term make_term(std::string text, bool phrase) {
  Term t;
  bool last_alone = false; // the last word is one ideographic character
  util::for_each_word(text, util::WordMode::query, [&](const util::Word& w) {
    t.keys.push_back(w.key);
    last_alone = w.ideographic && characters(w.key) == 1;
  });
  // A single ideographic character is the first half of the pairs the index holds; a word of
  // three characters or more also finds the words it begins (ošteć -> oštećen).
  const bool prefix = !t.keys.empty() && (last_alone || (!phrase && characters(t.keys.back()) >= 3));
  t.term = store::SearchTerm{std::move(text), prefix};
  return t;
}

// Words separated by white space, "phrases in double quotes" (an unclosed quote runs to the end).
// Terms without a word (punctuation alone) are left out.
std::vector<Term> parse_query(std::string_view query) {
  if (auto problem = util::text_problem(query, util::TextKind::line)) {
    throw Error(Errc::usage, "the search " + *problem, "give words, or a phrase in double quotes");
  }
  std::vector<Term> terms;
  std::size_t i = 0;
  const auto add = [&](std::string_view text, bool phrase) {
    Term t = make_term(std::string(text), phrase);
    if (!t.keys.empty()) {
      terms.push_back(std::move(t));
    }
  };
  while (i < query.size()) {
    const char ch = query[i];
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
      ++i;
    } else if (ch == '"') {
      const std::size_t close = query.find('"', i + 1);
      const std::size_t end = close == std::string_view::npos ? query.size() : close;
      add(query.substr(i + 1, end - i - 1), true);
      i = end + 1;
    } else {
      std::size_t end = i;
      while (end < query.size() && query[end] != ' ' && query[end] != '\t' && query[end] != '\n' &&
             query[end] != '\r' && query[end] != '"') {
        ++end;
      }
      add(query.substr(i, end - i), false);
      i = end;
    }
  }
  if (terms.empty()) {
    throw Error(Errc::usage, "the search '" + std::string(query) + "' has no words to look for",
                "give words, or a phrase in double quotes");
  }
  return terms;
}

// Where a term is found in `text`: the bytes its words span, or nullopt.
std::optional<std::pair<std::size_t, std::size_t>> find_term(const Term& t, const std::vector<util::Word>& words) {
  const std::size_t n = t.keys.size();
  for (std::size_t i = 0; i + n <= words.size(); ++i) {
    bool same = true;
    for (std::size_t k = 0; k < n && same; ++k) {
      const std::string& key = words[i + k].key;
      same = k + 1 == n && t.term.prefix ? key.compare(0, t.keys[k].size(), t.keys[k]) == 0
                                         : key == t.keys[k];
    }
    if (same) {
      return std::pair{words[i].begin, words[i + n - 1].end};
    }
  }
  return std::nullopt;
}

// The line of `text` around bytes [begin, end), cut to about k_snippet_width columns.
std::string snippet_of(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t line_start = text.rfind('\n', begin) == std::string_view::npos ? 0 : text.rfind('\n', begin) + 1;
  const std::size_t line_end = std::min(text.find('\n', end), text.size());
  const std::string before =
      util::truncate_start_to_width(text.substr(line_start, begin - line_start), k_snippet_before, true);
  const std::string_view rest = text.substr(begin, line_end - begin);
  std::string out = before + util::truncate_to_width(rest, k_snippet_width - util::display_width(before));
  for (char& ch : out) {
    if (ch == '\r' || ch == '\t') {
      ch = ' ';
    }
  }
  return out;
}

// The text that holds the most terms (the first of them on a tie), and a snippet around its
// first match.
void describe_match(const std::vector<Term>& terms, const store::SearchDocument& doc, SearchHit& hit) {
  std::size_t best_count = 0;
  for (const auto& [field, text] : document_texts(doc)) {
    std::vector<util::Word> words;
    util::for_each_word(*text, util::WordMode::document, [&](const util::Word& w) { words.push_back(w); });
    std::size_t count = 0;
    std::optional<std::pair<std::size_t, std::size_t>> first;
    for (const Term& t : terms) {
      if (const auto at = find_term(t, words)) {
        ++count;
        if (!first || at->first < first->first) {
          first = at;
        }
      }
    }
    if (count > best_count) {
      best_count = count;
      hit.field = field;
      hit.snippet = snippet_of(*text, first->first, first->second);
    }
  }
  if (best_count == 0) { // the index matched what the texts no longer say: show the summary
    hit.field = SearchField::summary;
    hit.snippet = util::truncate_to_width(doc.summary, k_snippet_width);
  }
}

} // namespace

std::string_view to_string(SearchField field) {
  switch (field) {
  case SearchField::summary: return "summary";
  case SearchField::details: return "details";
  case SearchField::root_cause: return "root_cause";
  case SearchField::notes: return "notes";
  case SearchField::fields: return "fields";
  }
  return "summary";
}

void Ledger::search(const SearchRequest& request, const std::function<void(const SearchHit&)>& sink) {
  Impl& impl = *m_impl;
  const std::vector<Term> terms = parse_query(request.query);
  const ComplaintFilter filter = impl.resolved(request.filter);
  const std::int64_t limit = filter.limit.value_or(k_default_search_limit);
  store::TextQuery query;
  for (const Term& t : terms) {
    query.terms.push_back(t.term);
  }

  std::int64_t passed = 0;
  std::unordered_set<std::int64_t> seen;
  const auto take = [&](Complaint& c) {
    if (passed >= limit) {
      return false;
    }
    if (seen.count(c.id) > 0 || !impl.admits(filter, c)) {
      return true;
    }
    seen.insert(c.id);
    ++passed;
    SearchHit hit{std::move(c), SearchField::summary, {}};
    if (const auto doc = impl.store->indexed_texts(hit.complaint)) {
      describe_match(terms, *doc, hit);
    }
    sink(hit);
    return passed < limit;
  };

  // One read snapshot: both passes and the snippets see the same ledger.
  impl.store->snapshot([&] {
    ComplaintFilter scan = impl.store_query(filter);
    scan.limit.reset(); // the passes stop themselves
    if (filter.sort != k_relevance) {
      impl.store->find_texts(query, scan, request.include_confidential, take);
      return;
    }
    // Best match first: every term in the summary; then the rest. Newest first in each, which
    // is the index's own order, so each pass stops as soon as it has enough.
    scan.sort = "received";
    scan.reverse = true;
    query.fields = {SearchField::summary};
    impl.store->find_texts(query, scan, request.include_confidential, take);
    if (passed < limit) {
      query.fields.clear();
      impl.store->find_texts(query, scan, request.include_confidential, take);
    }
  });
}

} // namespace redress
