#pragma once
// Recognising a person across complaints (SPEC §3): the one rule, used when filing, when
// verifying the customers, by `--customer`, and by the reports' repeat complainants. Every key
// is a fold() key (util/fold.hpp), so `Mirjana Ćosić` typed in NFD, `مريم` with an Arabic yeh
// or `IVANA@EXAMPLE.HR` is the person recorded before.

#include <redress/complaint.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace redress {

/// 'email:<folded email>', else 'member:<folded member id>', else 'name:<folded name>'.
/// schemas/0007_text_matching.sql re-keyed older ledgers by this rule.
std::string identity_key(const Customer& customer);

/// The folded name a customers row is found by (`--customer Ana Horvat`).
std::string name_key(const Customer& customer);

/// The identity keys that `typed` (an email, a member id or a name given with `--customer`)
/// may be, one of each kind.
std::vector<std::string> identity_keys_of(std::string_view typed);

/// Fills each detail `into` lacks (email, phone, member id, language, preferred channel) from
/// `from`, never overwriting one: how a customer's record takes what a later filing by them,
/// or a record merged into theirs, brings. The name stays.
void fill_missing(Customer& into, const Customer& from);

/// The events about the person rather than the handling of a complaint (`customer_updated`,
/// `customer_merged`): appended to each complaint of the person, they are no step of it and
/// leave its last_event_at alone.
bool is_customer_event(std::string_view type);

} // namespace redress
