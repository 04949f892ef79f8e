#include "store/chain.hpp"

#include "util/digest.hpp"

#include <redress/error.hpp>

namespace redress::store {

namespace {

void netstring(std::string& out, std::string_view item) {
  out += std::to_string(item.size());
  out += ':';
  out += item;
  out += ',';
}

int hex_value(char ch) {
  if (ch >= '0' && ch <= '9') {
    return ch - '0';
  }
  if (ch >= 'a' && ch <= 'f') {
    return ch - 'a' + 10;
  }
  if (ch >= 'A' && ch <= 'F') {
    return ch - 'A' + 10;
  }
  return -1;
}

} // namespace

std::string canonical_event(const Event& e, const std::optional<std::string>& personal_digest,
                            std::string_view prev_hash) {
  std::string out = "redress-event-v1";
  out.reserve(out.size() + e.data.size() + e.actor.size() + 200);
  netstring(out, std::to_string(e.id));
  netstring(out, std::to_string(e.complaint_id));
  netstring(out, std::to_string(to_unix(e.at)));
  netstring(out, std::to_string(to_unix(e.recorded_at)));
  netstring(out, e.actor);
  netstring(out, e.type);
  netstring(out, e.data);
  if (personal_digest) {
    netstring(out, *personal_digest);
  } else {
    out += "-,";
  }
  netstring(out, prev_hash);
  return out;
}

std::string event_hash(const Event& e, const std::optional<std::string>& personal_digest,
                       std::string_view prev_hash) {
  return util::sha256_hex(canonical_event(e, personal_digest, prev_hash));
}

std::optional<std::string> personal_digest(std::string_view key,
                                           const std::optional<std::string>& personal) {
  if (!personal) {
    return std::nullopt;
  }
  return util::hmac_sha256_hex(key, *personal);
}

namespace {

std::optional<std::string> key_bytes(std::string_view hex) {
  std::string key;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    const int high = hex_value(hex[i]);
    const int low = hex_value(hex[i + 1]);
    if (high < 0 || low < 0) {
      break;
    }
    key += static_cast<char>(high * 16 + low);
  }
  if (key.empty() || key.size() * 2 != hex.size()) {
    return std::nullopt;
  }
  return key;
}

} // namespace

std::string digest_key_bytes(std::string_view hex) {
  auto key = key_bytes(hex);
  if (!key) {
    throw Error(Errc::integrity, "the ledger's digest key (meta.digest_key) is not hex");
  }
  return *key;
}

std::string personal_key_bytes(std::string_view hex) {
  auto key = key_bytes(hex);
  if (!key) {
    throw Error(Errc::integrity, "a complaint's personal key (complaints.personal_key) is missing or not hex");
  }
  return *key;
}

std::string new_personal_key() { return util::random_hex(32); }

ChainedEvent chain_after(const Event& event, std::int64_t last_id, const std::string& last_hash,
                         std::string_view key) {
  ChainedEvent c{event, std::nullopt, last_hash, std::nullopt};
  c.event.id = last_id + 1;
  c.personal_digest = personal_digest(key, c.event.personal);
  c.hash = event_hash(c.event, c.personal_digest, last_hash);
  return c;
}

} // namespace redress::store
