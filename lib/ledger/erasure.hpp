#pragma once
// The erasure of one complaint, shared by `customer erase` and sweep's retention (the rules:
// redress/erasure.hpp).

#include "store/store.hpp"

#include <redress/complaint.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace redress {

/// Who erases, when and why: what each `erased` event records (its data: `reason`, and with
/// sweep the `retention` period that ran out).
struct ErasureRecord {
  std::string reason;
  std::string actor;
  Instant at;
  std::optional<std::string> retention;
};

/// True when the events include an `erased` one (the store's FiledBy::erased says the same).
bool is_erased(const std::vector<Event>& events);

/// When a complaint ended, for retention: closed_at for a closed one, its rejection or
/// withdrawal for one rejected or withdrawn; nullopt for one that has not ended.
std::optional<Instant> closure_of(const Complaint& c);

/// Erases complaint `c` inside the caller's write: appends its `erased` event, blanks its
/// personal texts and replaces its key. Adds the evidence files its events name to `files`.
/// Returns how many event texts it blanked, or nullopt when nothing personal was left (then it
/// wrote nothing).
std::optional<std::int64_t> erase_complaint(store::Store& store, const Complaint& c, const ErasureRecord& record,
                                            std::set<std::string>& files);

/// After the erasure committed: Store::scrub(), false when it could not finish (then the next
/// checkpoint, VACUUM or erasure does).
bool scrub(store::Store& store) noexcept;

/// After the erasure committed: removes each of `files` that no complaint still not erased
/// names. Returns how many were removed.
std::int64_t remove_erased_files(store::Store& store, const std::set<std::string>& files);

} // namespace redress
