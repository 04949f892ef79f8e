#include "ledger/verify_checks.hpp"

#include "ledger/identity.hpp"
#include "ledger/search_document.hpp"
#include "util/digest.hpp"
#include "util/words.hpp"

#include <redress/error.hpp>

#include <fmt/format.h>

namespace redress {

std::optional<std::string> check_sequences(store::Store& store) {
  for (const store::YearSequence& y : store.sequences()) {
    if (y.counter == y.highest) {
      continue;
    }
    return fmt::format("reference_sequences says the last reference of {} is number {}, but the "
                       "complaints go up to {}: the next filing would {}",
                       y.year, y.counter, y.highest,
                       y.counter < y.highest ? "reuse a reference" : "skip numbers");
  }
  return std::nullopt;
}

namespace {

void fill(std::optional<std::string>& field, const std::optional<std::string>& value) {
  if (!field && value) {
    field = value;
  }
}

// One customer row as the complaints pointing to it rebuild it.
struct Rebuilt {
  std::int64_t complaints = 0;
  std::int64_t kept = 0; // not erased
  Customer details;
  std::optional<Instant> first_seen_at;
};

std::optional<std::string> compare(const store::CustomerRow& stored, const Rebuilt& rebuilt,
                                   const std::string& key) {
  const std::string who = "customer #" + std::to_string(stored.id);
  if (rebuilt.complaints == 0) {
    return who + " has no complaints: the row was not written by redress";
  }
  const bool erased = stored.identity_key == erased_identity_key(stored.id);
  if (erased && rebuilt.kept > 0) {
    return who + " is erased, but some of their complaints are not";
  }
  const Customer& a = stored.details;
  const Customer& b = rebuilt.details;
  const std::pair<const char*, bool> fields[] = {
      {"name", a.name == b.name},
      {"name_key", stored.name_key == (erased ? std::string() : name_key(b, key))},
      {"email", a.email == b.email},
      {"phone", a.phone == b.phone},
      {"member_id", a.member_id == b.member_id},
      {"language", a.language == b.language},
      {"preferred_channel", a.preferred_channel == b.preferred_channel},
      {"first_seen_at", stored.first_seen_at == rebuilt.first_seen_at},
  };
  for (const auto& [field, same] : fields) {
    if (!same) {
      return who + ": " + field + " in the customers table differs from what their complaints "
                                  "were filed with";
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<std::string> check_customers(store::Store& store) {
  const std::string key = store.digest_key();
  std::optional<std::string> problem;
  std::optional<store::CustomerRow> current;
  Rebuilt rebuilt;
  store.scan_customers([&](const store::CustomerRow& row, const store::FiledBy* filed) {
    if (problem) {
      return;
    }
    if (!current || current->id != row.id) {
      if (current && (problem = compare(*current, rebuilt, key))) {
        return;
      }
      current = row;
      rebuilt = Rebuilt{};
    }
    if (filed == nullptr) {
      return;
    }
    ++rebuilt.complaints;
    // An erased complaint keeps no name or contact to recognise its customer by: its customer is
    // the row it points to, and it adds nothing to their name and contacts.
    if (!filed->erased) {
      if (identity_key(filed->customer, key) != row.identity_key) {
        problem = "complaint " + filed->reference + " points to customer #" + std::to_string(row.id) +
                  ", but it was filed by someone else";
        return;
      }
      if (rebuilt.kept++ == 0) {
        rebuilt.details.name = filed->customer.name;
      }
      fill(rebuilt.details.email, filed->customer.email);
      fill(rebuilt.details.phone, filed->customer.phone);
      fill(rebuilt.details.member_id, filed->customer.member_id);
    }
    fill(rebuilt.details.language, filed->customer.language);
    fill(rebuilt.details.preferred_channel, filed->customer.preferred_channel);
    rebuilt.first_seen_at = rebuilt.first_seen_at ? std::min(*rebuilt.first_seen_at, filed->received_at)
                                                  : filed->received_at;
  });
  if (!problem && current) {
    problem = compare(*current, rebuilt, key);
  }
  return problem;
}

void SearchIndexCheck::add(store::Store& store, const Complaint& c, const std::vector<Event>& events) {
  if (m_problem) {
    return;
  }
  ++m_documents;
  const store::SearchDocument want = search_document(c, events);
  const std::optional<store::SearchDocument> have = store.indexed_texts(c);
  // Texts are named, not shown: an error line is no place for a customer's words.
  if (!have) {
    m_problem = "the search index has no entry for complaint " + c.reference;
    return;
  }
  const std::pair<const char*, bool> fields[] = {{"summary", have->summary == want.summary},
                                                 {"details", have->details == want.details},
                                                 {"root_cause", have->root_cause == want.root_cause},
                                                 {"notes", have->notes == want.notes}};
  for (const auto& [field, same] : fields) {
    if (!same) {
      m_problem = std::string("the search index holds another ") + field + " for complaint " + c.reference +
                  " than its events give";
      return;
    }
  }
  std::unordered_map<std::string, std::int64_t> times;
  for (const std::string* text : {&want.summary, &want.details, &want.root_cause, &want.notes}) {
    util::for_each_word(*text, util::WordMode::document, [&](const util::Word& w) { ++times[w.key]; });
  }
  for (const auto& [word, n] : times) {
    Count& count = m_words[word];
    ++count.documents;
    count.times += n;
  }
}

std::optional<std::string> SearchIndexCheck::finish(store::Store& store) {
  if (m_problem) {
    return m_problem;
  }
  if (const std::int64_t held = store.indexed_count(); held != m_documents) {
    return fmt::format("the search index holds {} entries for {} complaints", held, m_documents);
  }
  // Each word counted once: held with other counts, held but not in the texts, or missing.
  std::int64_t differing = 0;
  std::int64_t held = 0; // words of the texts that the index holds, with whatever counts
  store.scan_index_words([&](std::string_view word, std::int64_t documents, std::int64_t times) {
    const auto it = m_words.find(std::string(word));
    if (it != m_words.end()) {
      ++held;
    }
    if (it == m_words.end() || it->second.documents != documents || it->second.times != times) {
      ++differing;
    }
  });
  differing += static_cast<std::int64_t>(m_words.size()) - held;
  if (differing > 0) {
    return fmt::format("the search index's words are not those of the texts it holds ({} of {} "
                       "words differ): it was changed behind redress's back, or by a redress that cut "
                       "words otherwise",
                       differing, m_words.size());
  }
  return std::nullopt;
}

std::optional<std::string> check_policies(store::Store& store) {
  if (const auto unknown = store.unrecorded_policy()) {
    return "complaint " + unknown->first + " names policy " + unknown->second.substr(0, 12) +
           ", which the ledger never recorded";
  }
  std::optional<std::string> problem;
  store.scan_policies([&](const std::string& digest, const std::optional<std::string>& text) {
    if (!problem && text && util::sha256_hex(*text) != digest) {
      problem = "the recorded text of policy " + digest.substr(0, 12) +
                " does not hash to its digest (it was changed after it was recorded)";
    }
  });
  return problem;
}

std::optional<std::string> check_anchors(store::Store& store, const std::vector<Anchor>& anchors,
                                         VerifyReport& report) {
  if (anchors.empty()) {
    return std::nullopt;
  }
  const std::string ledger = store.ledger_id();
  for (const Anchor& a : anchors) {
    if (a.ledger_id != ledger) {
      throw Error(Errc::invalid_input,
                  "the anchor of " + format_utc(a.at) + " is of another ledger (" + a.ledger_id + ")",
                  "this ledger's anchors name ledger=" + ledger);
    }
  }
  const std::int64_t head_id = store.chain_head().first;
  for (const Anchor& a : anchors) {
    const auto hash = store.event_hash_of(a.event_id);
    if (!hash) {
      return fmt::format("event {}, anchored {}, is no longer in the log (it ends at event {}): "
                         "committed events were lost or removed",
                         a.event_id, format_utc(a.at), head_id);
    }
    if (*hash != a.hash) {
      return fmt::format("event {} no longer has the hash anchored {}: the log was rewritten",
                         a.event_id, format_utc(a.at));
    }
    ++report.anchors;
  }
  return std::nullopt;
}

} // namespace redress
