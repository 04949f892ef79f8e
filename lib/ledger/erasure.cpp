// Erasing personal data: Ledger::erase_customer and the retention part of sweep (the rules are
// in redress/erasure.hpp).

#include "ledger/erasure.hpp"

#include "ledger/customers.hpp"
#include "ledger/evidence.hpp"
#include "ledger/identity.hpp"
#include "ledger/ledger_impl.hpp"
#include "ledger/search_document.hpp"
#include "util/fold.hpp"
#include "util/json_text.hpp"

#include <redress/error.hpp>
#include <redress/suggest.hpp>
#include <redress/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace redress {

bool is_erased(const std::vector<Event>& events) {
  return std::any_of(events.begin(), events.end(), [](const Event& e) { return e.type == "erased"; });
}

std::optional<Instant> closure_of(const Complaint& c) {
  switch (c.status) {
  case Status::closed: return c.closed_at ? c.closed_at : std::optional<Instant>(c.last_event_at);
  case Status::rejected:
  case Status::withdrawn: {
    const auto settled = c.last_resolved_at();
    return settled ? settled : std::optional<Instant>(c.last_event_at);
  }
  default: return std::nullopt;
  }
}

std::optional<std::int64_t> erase_complaint(store::Store& store, const Complaint& c, const ErasureRecord& record,
                                            std::set<std::string>& files) {
  std::vector<Event> events;
  store.events_of(c.id, [&](const Event& e) { events.push_back(e); });
  for (const EvidenceItem& item : evidence_of(events)) {
    if (item.number > 0) { // a stored file, not a label
      files.insert(item.sha256);
    }
  }
  if (std::none_of(events.begin(), events.end(), [](const Event& e) { return e.personal.has_value(); })) {
    return std::nullopt; // erased before, and nothing personal recorded since
  }
  // The event first: the append-only guard lets personal text go only before an `erased` event.
  util::JsonText data;
  data.begin_object().member("reason", record.reason);
  if (record.retention) {
    data.member("retention", *record.retention);
  }
  data.end_object();
  const Instant at = std::max(record.at, c.last_event_at);
  store.append_event(Event{0, c.id, at, now(), record.actor, "erased", data.take(), std::nullopt});
  const std::int64_t blanked = store.erase_personal(c.id, store::new_personal_key());

  Complaint blank = c;
  blank.customer.name.clear();
  blank.customer.email.reset();
  blank.customer.phone.reset();
  blank.customer.member_id.reset();
  blank.summary.clear();
  blank.details.reset();
  blank.evidence.clear();
  blank.personal_fields.clear();
  store.update_complaint(blank); // last_event_at as it was: an erasure is no contact (moves_last_event)
  store.index_texts(blank, search_document(blank, {}));
  return blanked;
}

std::int64_t remove_erased_files(store::Store& store, const std::set<std::string>& files) {
  std::int64_t removed = 0;
  for (const std::string& sha256 : files) {
    if (store.evidence_named(sha256)) {
      continue; // a complaint that is not erased still names it
    }
    try {
      removed += store.evidence().remove(sha256) ? 1 : 0;
    } catch (const Error&) {
      // Left for the next erasure of the same person, which removes it (or verify names it).
    }
  }
  return removed;
}

bool scrub(store::Store& store) noexcept {
  // The erasure has committed: a failure here (another writer holding the lock past the busy
  // timeout, a full disk) must not turn it into an error that says nothing was changed.
  try {
    return store.scrub();
  } catch (...) {
    return false;
  }
}

ErasureResult Ledger::erase_customer(std::string_view who, const std::string& reason, const std::string& actor) {
  Impl& impl = *m_impl;
  store::Store& store = *impl.store;
  if (const auto problem = util::text_problem(reason, util::TextKind::line)) {
    throw Error(Errc::invalid_input, "the reason " + *problem,
                "say why in one line, without personal data: it is kept for good");
  }
  ErasureResult result;
  std::set<std::string> files;
  const ErasureRecord record{util::nfc(reason), util::nfc(actor), now(), std::nullopt};
  store.write([&] {
    // The person as every customer command finds them; a record merged into another is that
    // person's, and erasing either erases both.
    const store::CustomerRow row = *store.find_customer(customers::find(store, impl.digest_key(), util::nfc(who)));
    result.customer_id = row.id;
    for (const std::string& reference : store.complaints_of_customer(row.id)) {
      const auto c = store.find_complaint(reference);
      if (!c) {
        continue;
      }
      if (const auto blanked = erase_complaint(store, *c, record, files)) {
        result.references.push_back(reference);
        result.events += *blanked;
      }
    }
    const bool row_erased = row.identity_key == erased_identity_key(row.id);
    if (!row_erased) {
      store.erase_customer(row.id);
    }
    result.already_erased = row_erased && result.references.empty();
  });
  // After the commit: a file is removed only once nothing that stays names it. Run on a no-op
  // too, so that files left by an erasure interrupted after its commit go now.
  result.files_removed = remove_erased_files(store, files);
  // On a no-op too: it finishes a scrub that could not run after the erasure.
  result.scrubbed = scrub(store);
  return result;
}

} // namespace redress
