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

void fill_missing(Customer& into, const Customer& from) {
  for (auto [to, value] : {std::pair{&into.email, &from.email}, {&into.phone, &from.phone},
                           {&into.member_id, &from.member_id}, {&into.language, &from.language},
                           {&into.preferred_channel, &from.preferred_channel}}) {
    if (!*to && *value) {
      *to = *value;
    }
  }
}

bool is_customer_event(std::string_view type) {
  return type == "customer_updated" || type == "customer_merged";
}

} // namespace redress
