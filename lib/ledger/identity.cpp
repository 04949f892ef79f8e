#include "ledger/identity.hpp"

#include "util/digest.hpp"
#include "util/fold.hpp"

namespace redress {

namespace {

std::string keyed(std::string_view key, const std::string& text) { return util::hmac_sha256_hex(key, text); }

} // namespace

std::string identity_key(const Customer& customer, std::string_view key) {
  if (customer.email && !customer.email->empty()) {
    return keyed(key, "email:" + util::fold(*customer.email));
  }
  if (customer.member_id && !customer.member_id->empty()) {
    return keyed(key, "member:" + util::fold(*customer.member_id));
  }
  return keyed(key, "name:" + util::fold(customer.name));
}

std::string name_key(const Customer& customer, std::string_view key) { return name_key_of(customer.name, key); }

std::string name_key_of(std::string_view typed, std::string_view key) {
  return keyed(key, "name:" + util::fold(typed));
}

std::vector<std::string> identity_keys_of(std::string_view typed, std::string_view key) {
  const std::string folded = util::fold(typed);
  return {keyed(key, "email:" + folded), keyed(key, "member:" + folded), keyed(key, "name:" + folded)};
}

std::string erased_identity_key(std::int64_t customer_id) { return "erased:" + std::to_string(customer_id); }

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

bool moves_last_event(std::string_view type) { return !is_customer_event(type) && type != "erased"; }

} // namespace redress
