#pragma once
// Anchors: the head of the event chain written down outside the ledger (SPEC §6 `anchor`).
//
// The chain's digest key lives in ledger.db, so whoever can write that file can rewrite an
// event and recompute every hash after it, and a deleted WAL file silently loses the last
// committed events. Neither can change what was already written elsewhere: `redress anchor`
// appends the head (time, event id, hash) to a file outside the ledger, or prints it for a
// mail; `verify --anchors FILE` then fails when an anchored event is no longer in the chain
// with the hash it had. It cannot tell what happened after the last anchor.
//
// One anchor per line, fields separated by single spaces:
//   redress-anchor 2026-11-30T23:00:05Z ledger=9f2c… event=4211 hash=3b7e…
// Blank lines and lines starting with '#' are skipped.

#include <redress/time.hpp>

#include <cstdint>
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

namespace redress {

struct Anchor {
  Instant at;            // when the head was anchored
  std::string ledger_id; // meta.ledger_id of the ledger it belongs to
  std::int64_t event_id = 0;
  std::string hash;      // the event's hash (hex)
};

/// The anchor as one line, without a line break.
std::string format_anchor(const Anchor& anchor);

/// Reads every anchor of `in`. Throws Error{invalid_input} "SOURCE:LINE: ..." for a line that
/// is not an anchor.
std::vector<Anchor> read_anchors(std::istream& in, const std::string& source);

/// Appends the anchor's line to `path` and flushes it to disk. Creates the file owner-only;
/// refuses a symbolic link or anything but a regular file (Error{failure}), and a missing
/// folder (Error{not_found}).
void append_anchor(const std::filesystem::path& path, const Anchor& anchor);

} // namespace redress
