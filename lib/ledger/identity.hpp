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

} // namespace redress
