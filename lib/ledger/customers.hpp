#pragma once
// What the customer calls of the façade share (ledger/customers.cpp reads, ledger/
// customer_changes.cpp records).

#include "store/store.hpp"

#include <redress/customer.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress::customers {

/// `12` or `#12` as an id; nullopt for anything else.
std::optional<std::int64_t> parse_id(std::string_view text);
/// The complaints pointing to customers row `id`, oldest first.
std::vector<Complaint> complaints_of(store::Store& store, std::int64_t id);
/// The record with figures of `complaints` (redress/customer.hpp says how they count).
CustomerSummary summary(const store::CustomerRow& row, const std::vector<Complaint>& complaints);
/// Counts complaint `c` into `s`'s figures.
void add(CustomerSummary& s, const Complaint& c);
/// The customers row an id names: Error{usage} for text that is no id, Error{not_found} for
/// none, and for a merged record unless `follow_merged` (then the record it went into).
store::CustomerRow record(store::Store& store, std::string_view id, bool follow_merged);
/// The customer `who` names (an id, an email, a member id or a name; `key`: the ledger's digest
/// key, ledger/identity.hpp), followed to where a merged record went. Error{not_found} with a
/// did-you-mean for nobody, Error{usage} for a name several people share.
std::int64_t find(store::Store& store, const std::string& key, std::string_view who);
/// Whether customers row `row` was erased (`customer erase`): no name, contact or key is left.
bool is_erased(const store::CustomerRow& row);
/// Error{refused} when `row` was erased: `doing` (e.g. "update") has nothing to work on.
void refuse_erased(const store::CustomerRow& row, std::string_view doing);

} // namespace redress::customers
