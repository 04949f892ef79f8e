#include "ledger/identity.hpp"

#include "util/fold.hpp"

namespace redress {

std::string identity_key(const Customer& customer) {
  if (customer.email && !customer.email->empty()) {
    return "email:" + util::fold(*customer.email);
  }
  if (customer.member_id && !customer.member_id->empty()) {
    return "member:" + util::fold(*customer.member_id);
  }
  return "name:" + util::fold(customer.name);
}

std::string name_key(const Customer& customer) { return util::fold(customer.name); }

std::vector<std::string> identity_keys_of(std::string_view typed) {
  const std::string key = util::fold(typed);
  return {"email:" + key, "member:" + key, "name:" + key};
}

} // namespace redress
