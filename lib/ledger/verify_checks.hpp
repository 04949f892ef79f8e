#pragma once
// The checks of `verify` after the chain and the projections (redress/verify.hpp, 5-8): each
// rebuilds what the store holds from what it was built from and names the first difference.

#include "store/store.hpp"

#include <redress/anchor.hpp>
#include <redress/verify.hpp>

#include <optional>
#include <string>
#include <vector>

namespace redress {

/// Each year's reference counter is the highest number of that year's complaints.
std::optional<std::string> check_sequences(store::Store& store);
/// Every customer row is what the complaints pointing to it were filed with (recognised as
/// ledger/identity.hpp says, details filled first come first served, first seen at the
/// earliest receipt), and each complaint points to the person who filed it. Names customers by
/// number, never by personal data.
std::optional<std::string> check_customers(store::Store& store);
/// Every complaint names a recorded policy; every recorded text hashes to its digest.
std::optional<std::string> check_policies(store::Store& store);
/// Every anchor is of this ledger (else Error{invalid_input}) and its event is still in the
/// chain with the anchored hash; counts them in `report.anchors`.
std::optional<std::string> check_anchors(store::Store& store, const std::vector<Anchor>& anchors,
                                         VerifyReport& report);

} // namespace redress
