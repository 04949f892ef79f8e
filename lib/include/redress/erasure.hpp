#pragma once
// Erasing a person's personal data (SPEC §10, docs/erasure.md): `customer erase` and the
// policy's `[retention] personal_data`, which `sweep` applies.
//
// Rules (lib/ledger/erasure.cpp is their one home):
// - Erasing a complaint appends an `erased` event (who: the actor; when: now; why: the reason,
//   in its data; no personal text), then blanks every personal text of the complaint: each
//   event's `personal` (set to NULL; its digest stays, so the chain still verifies), the
//   summary, details, evidence names and personal custom fields of the projection, and the
//   customer's name, email, phone and member id it was filed with. The facts stay: times,
//   channel, category, product, severity, team, assignee, SLA clocks, outcome, compensation,
//   root cause, satisfaction, the customer's language and preferred channel, the facts of the
//   custom fields. The complaint's key (store/chain.hpp) is replaced by a new one, so the digests
//   of its erased texts can no longer be tested against a guess.
// - Erasing a customer erases each of their complaints and blanks their customers row (name and
//   contacts; the identity key becomes 'erased:<id>'). A customer with nothing personal left
//   is a no-op: nothing is written.
// - Evidence files that only erased complaints name are removed from the store, after the
//   transaction commits.
// - Retention: a complaint whose closure (closed_at; for a rejected or withdrawn one, when it
//   was rejected or withdrawn) is more than `[retention] personal_data` before the sweep's time
//   is erased by `sweep`; its customer's row is erased with their last complaint, and rebuilt
//   from the others until then.
// - Afterwards the store is scrubbed (Store::scrub()): no free page, search index segment or
//   write-ahead log keeps the erased text.

#include <cstdint>
#include <string>
#include <vector>

namespace redress {

/// What `customer erase` did.
struct ErasureResult {
  std::int64_t customer_id = 0;
  /// Nothing personal was left: nothing was written.
  bool already_erased = false;
  /// The complaints erased now, by reference.
  std::vector<std::string> references;
  /// How many event texts were blanked.
  std::int64_t events = 0;
  /// How many evidence files were removed from the store.
  std::int64_t files_removed = 0;
  /// False when the store could not be scrubbed at once (another process reading or writing
  /// the ledger): old copies of the text may remain in free pages or the write-ahead log until
  /// the next erasure scrubs it.
  bool scrubbed = true;
};

} // namespace redress
