#include "ledger/identity.hpp"

#include <algorithm>

namespace redress {

std::string identity_key(const Customer& customer) {
  if (customer.email && !customer.email->empty()) {
    std::string email = *customer.email;
    std::transform(email.begin(), email.end(), email.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
    return "email:" + email;
  }
  if (customer.member_id && !customer.member_id->empty()) {
    return "member:" + *customer.member_id;
  }
  return "name:" + customer.name;
}

} // namespace redress
