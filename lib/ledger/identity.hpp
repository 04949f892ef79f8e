#pragma once
// Recognising a person across complaints (SPEC §3): the one rule, used when filing, when
// verifying the customers, by `--customer` and by `customer erase`. Every key is a fold() key
// (util/fold.hpp), so `Mirjana Ćosić` typed in NFD, `مريم` with an Arabic yeh or
// `IVANA@EXAMPLE.HR` is the person recorded before; and every key is stored as a keyed digest
// (HMAC-SHA256 in hex under the ledger's digest key, `key` below: the bytes of
// Store::digest_key()), never as the text, so no key column or index holds a name or address
// (SPEC §10). schemas/0010_personal_keys.sql turned older ledgers' keys into these digests.

#include <redress/complaint.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace redress {

/// The digest of 'email:<folded email>', else 'member:<folded member id>', else
/// 'name:<folded name>'.
std::string identity_key(const Customer& customer, std::string_view key);

/// The digest of 'name:<folded name>': what a customers row is found by (`--customer Ana Horvat`).
std::string name_key(const Customer& customer, std::string_view key);

/// The identity keys that `typed` (an email, a member id or a name given with `--customer`)
/// may be, one of each kind.
std::vector<std::string> identity_keys_of(std::string_view typed, std::string_view key);

/// The name key of a name as typed.
std::string name_key_of(std::string_view typed, std::string_view key);

/// The identity key of a customer erased: no digest of anything they were.
std::string erased_identity_key(std::int64_t customer_id);

/// Fills each detail `into` lacks (email, phone, member id, language, preferred channel) from
/// `from`, never overwriting one: how a customer's record takes what a later filing by them,
/// or a record merged into theirs, brings. The name stays.
void fill_missing(Customer& into, const Customer& from);

/// The events about the person rather than the handling of a complaint (`customer_updated`,
/// `customer_merged`): appended to each complaint of the person, they are no step of it and
/// leave its last_event_at alone.
bool is_customer_event(std::string_view type);

/// False for the events that are no contact with the customer and no step of the complaint:
/// customer events and `erased`. They leave last_event_at alone, so that an erasure changes no
/// figure (a customer's last contact, a rejected complaint's closure).
bool moves_last_event(std::string_view type);

} // namespace redress
