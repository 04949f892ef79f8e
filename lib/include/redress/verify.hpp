#pragma once
// What `redress verify` checks, and what it answers (SPEC §3, §6).
//
// In one read snapshot of the ledger, in this order, stopping at the first problem:
// 1. database: SQLite's integrity_check and foreign_key_check pass.
// 2. schema: the tables, indexes and triggers are exactly those the migrations create (an
//    append-only trigger dropped or weakened, an extra trigger: all fail here).
// 3. chain: the events, in id order, have consecutive ids; each names the hash of the one
//    before it (prev_hash), its personal text matches its keyed digest, and its hash matches
//    its contents (lib/store/events_table.hpp has the canonical encoding).
// 4. projections: every complaint starts with a `filed` or `imported` event that holds its
//    reference, receipt, channel, policy, texts and the customer details it was filed with,
//    and the state its events rebuild (ledger/replay.hpp) equals the stored row field by
//    field; references are gapless within each year.
// 5. sequences: each year's reference counter is the highest number of that year.
// 6. customers: every customers row is what the events make it (the filings that recognised
//    the person, then `customer_updated` and `customer_merged` in order), each complaint points
//    to its person, and customer_keys holds exactly the keys those events gave.
// 7. search: the search index holds one entry per complaint, each exactly the texts its
//    events give (ledger/search_document.hpp), and its words are those of those texts, each in
//    as many entries and as many times.
// 8. policies: every complaint names a policy the ledger recorded; recorded texts still hash
//    to their digests.
// 9. evidence: every evidence file an event names (by SHA-256, ledger/evidence.hpp) is in the
//    evidence store, a regular file with the size and the bytes of its digest.
// 10. anchors (with `verify --anchors FILE`): every anchored event is still in the chain with
//    the hash it had when it was anchored (redress/anchor.hpp).

#include <cstdint>
#include <optional>
#include <string>

namespace redress {

struct VerifyReport {
  std::int64_t events = 0;     // events whose place in the chain was checked
  std::int64_t complaints = 0; // complaints rebuilt from their events and compared
  std::int64_t anchors = 0;    // anchored heads found in the chain
  std::int64_t evidence_files = 0; // stored evidence files checked against their digests
  std::int64_t head_id = 0;    // the newest event: write its id and hash down elsewhere to
  std::string head_hash;       // notice later if the whole chain was rewritten
  /// The first problem found: one line naming the event (id, complaint, type) or the
  /// complaint and its field. Absent when the ledger verified.
  std::optional<std::string> problem;
  /// Which check found it: "database", "schema", "chain", "projections", "sequences",
  /// "customers", "search", "policies", "evidence" or "anchors".
  std::string failed_check;
};

} // namespace redress
