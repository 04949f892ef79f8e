#pragma once
// The event hash chain (docs/ARCHITECTURE.md), the same in every store: each event's keyed
// digest of its personal text, its place after the event before it, and its hash.
//
// Every event row is written with three more columns, computed when it is appended and checked
// by `redress verify`:
//   personal_digest  HMAC-SHA256 of the row's `personal` text exactly as stored, keyed with the
//                    32 bytes that its complaint's personal_key spells in hex (events from
//                    meta.personal_keys_from on; before it, meta.digest_key's); NULL when
//                    `personal` is NULL. An erasure sets `personal` to NULL and replaces the
//                    complaint's key: the digest stays, the chain still verifies, and the digest
//                    can no longer be tested against a guessed text (docs/erasure.md).
//   prev_hash        `hash` of the row before it in the whole ledger (by id); '' for the first.
//   hash             lower-case hex SHA-256 of the canonical encoding below.
// Canonical encoding, version 1: the ASCII text "redress-event-v1" followed by nine items,
//   id, complaint_id, at, recorded_at, actor, type, data, personal_digest, prev_hash,
// each written as `<byte length in decimal>:<bytes>,` (a netstring), or as `-,` for NULL.
// Integers are written in decimal ASCII (at and recorded_at are seconds since the Unix epoch);
// texts are their stored UTF-8 bytes, unchanged (data is the JSON text as stored, not
// re-serialised). Example: id 1 is `1:1,`, an empty prev_hash `0:,`.
// Ids are consecutive: the store picks each new row's id (the last id + 1, read inside the write
// transaction) so that the hash can cover it, and a hole means a deleted event.

#include <redress/complaint.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace redress::store {

/// An event as stored, with its chain columns (verify reads these).
struct ChainedEvent {
  Event event;
  std::optional<std::string> personal_digest;
  std::optional<std::string> prev_hash;
  std::optional<std::string> hash;
};

/// The canonical encoding of `e` with its chain columns (above); `e.id` must be its row id.
std::string canonical_event(const Event& e, const std::optional<std::string>& personal_digest,
                            std::string_view prev_hash);
/// hex SHA-256 of canonical_event().
std::string event_hash(const Event& e, const std::optional<std::string>& personal_digest,
                       std::string_view prev_hash);
/// HMAC-SHA256 (hex) of `personal` under `key`; nullopt when `personal` is.
std::optional<std::string> personal_digest(std::string_view key,
                                           const std::optional<std::string>& personal);
/// The key bytes that `hex` (meta.digest_key) spells. Throws Error{integrity} when it is empty
/// or not hex.
std::string digest_key_bytes(std::string_view hex);
/// The key bytes that a complaint's personal_key spells. Throws Error{integrity} when it is
/// empty or not hex.
std::string personal_key_bytes(std::string_view hex);
/// A new complaint key: 32 bytes from the system's CSPRNG, in hex.
std::string new_personal_key();

/// `event` (its id is ignored) chained after the event `last_id`/`last_hash` (0 and "" for the
/// first): its id, digest, prev_hash and hash, ready to be stored.
ChainedEvent chain_after(const Event& event, std::int64_t last_id, const std::string& last_hash,
                         std::string_view key);

} // namespace redress::store
