#pragma once
// Recognising a person across complaints (SPEC §3): the one rule, used when filing, when
// verifying the customers, and by the reports' repeat complainants.

#include <redress/complaint.hpp>

#include <string>

namespace redress {

/// 'email:<email, lower case>', else 'member:<member id>', else 'name:<exact name>'.
std::string identity_key(const Customer& customer);

} // namespace redress
