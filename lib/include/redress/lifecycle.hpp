#pragma once
// The complaint lifecycle: the steps a complaint goes through after it is filed (SPEC §2, §3).
//
// The status machine. A step not in its row is refused (Errc::refused, exit 4) with a message
// naming the current status and the steps allowed from it; the ledger is left as it was.
//
// | step     | allowed from                                   | status afterwards          | event type   |
// |----------|------------------------------------------------|----------------------------|--------------|
// | ack      | new; investigating or waiting not yet acked    | acknowledged (new), else same | acknowledged |
// | assign   | new, acknowledged, investigating, waiting      | investigating (waiting stays) | assigned     |
// | note     | any status                                     | same                       | noted        |
// | wait     | acknowledged, investigating                    | waiting: both clocks pause | waiting      |
// | resume   | waiting                                        | investigating: dues shift  | resumed      |
// | escalate | new, acknowledged, investigating, waiting      | same, level raised         | escalated    |
// | change   | new, acknowledged, investigating, waiting      | same, due times recomputed | changed      |
// | resolve  | new, acknowledged, investigating, waiting      | resolved                   | resolved     |
// | reject   | new, acknowledged, investigating, waiting      | rejected                   | rejected     |
// | withdraw | new, acknowledged, investigating, waiting      | withdrawn                  | withdrawn    |
// | reopen   | resolved, closed, rejected                     | investigating              | reopened     |
// | followup | resolved, closed                               | same, satisfaction set     | followed_up  |
// | close    | resolved                                       | closed                     | closed       |
// | attach   | any status                                     | same, evidence added       | attached     |
// | amend    | any status (closed only with --force)          | same, filed fields corrected | amended    |
// | undo     | any status, when it has a step to undo         | as before that step        | undone       |
//
// Evidence: `note`, `resolve` and `attach` take files (stored by content, ledger/evidence.hpp)
// and plain labels; the complaint's evidence list grows by their names.
//
// Corrections (SPEC §6 `amend`, `undo`), never edits of what was recorded:
// - `amend` corrects what the complaint was filed with (summary, details, product, channel,
//   receipt time, custom fields) with a reason; its event keeps the old values (`from`, the
//   personal ones in its personal text). A new receipt time is not in the future and not after
//   any later step of the complaint; both first clocks start at it, and each unsettled one gets
//   its due time anew under its own target (ledger/clocks.hpp); settled outcomes stay.
// - `undo` reverses the complaint's last step that is not undone already (an `undone` event
//   naming it): the complaint becomes what it was before that step, so a clock that step
//   settled is unsettled again and nothing else's outcome moves. A filing or an import is not a
//   step and cannot be undone; nor can anything that left the ledger (a message sent).
// SLA rules (see also calendar.hpp):
// - A clock is settled once, as `met` (settled at or before its due time) or `breached`, and
//   never changes afterwards. `ack` settles the acknowledge clock; `resolve` settles the resolve
//   clock and, for a complaint never acknowledged, the acknowledge clock at the same time.
//   `reject` and `withdraw` end the complaint: they settle whichever clocks are still open.
// - `wait` pauses both unsettled clocks; `resume` (or a resolve/reject/withdraw while waiting)
//   ends the pause and moves each due time later by the paused time as its clock counts it.
// - `change` of severity or category recomputes both unsettled due times from their start under
//   the new targets, moved by the pauses already taken; settled clocks keep their outcome.
// - `reopen` restarts the resolve clock from the reopen time with the same target; the first
//   resolution stays in the timeline (its `resolved` event) and in outcome and compensation
//   until a new resolution replaces them.
//
// Every step is one transaction: one event (time, actor, details) plus the projection update.
// `--at` must not be in the future nor before the complaint's newest event.

#include <redress/complaint.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

namespace redress {

enum class Step {
  ack, assign, note, wait, resume, escalate, change, resolve, reject, withdraw, reopen,
  followup, close, attach, amend, undo
};

/// `ack`, `assign`, ... as typed on the command line.
std::string_view to_string(Step step);
/// The steps the status machine allows for `c` now, in table order.
std::vector<Step> allowed_steps(const Complaint& c);
/// Throws Error{refused}: "CMP-2026-00001 is closed; allowed from closed: note, reopen, followup".
void check_step(const Complaint& c, Step step);

/// What a step records. Only the fields its command takes are read.
struct StepRequest {
  Step step = Step::note;
  std::optional<Instant> at;             // when it really happened; now when absent
  std::optional<std::string> text;       // note text, --note, --reason or --comment
  bool visible = false;                  // note: it was told to the customer
  std::optional<std::string> assignee;   // assign --to
  std::optional<std::string> team;       // assign --team
  std::optional<std::string> level;      // escalate --level NAME
  std::optional<std::string> severity;   // change
  std::optional<std::string> category;   // change
  std::optional<std::string> product;    // change
  std::optional<std::string> outcome;    // resolve
  std::optional<std::string> amount;     // resolve --amount, a decimal such as "25.00"
  std::optional<std::string> currency;   // resolve --currency (default: the ledger's)
  std::optional<std::string> root_cause; // resolve
  std::optional<int> score;              // followup 1-5
  std::vector<std::filesystem::path> evidence;  // note, resolve, attach: files to store
  std::vector<std::string> evidence_notes;       // note, resolve, attach: plain labels
  /// change, amend: custom fields (name, value); an empty value removes the field.
  std::vector<std::pair<std::string, std::string>> fields;
  std::optional<std::string> summary;   // amend
  std::optional<std::string> details;   // amend ('' removes them)
  std::optional<std::string> channel;   // amend
  std::optional<Instant> received_at;   // amend
  bool force = false;                   // amend a closed complaint
};

/// What sweep did (or, with dry run, would do) to one complaint.
struct SweepAction {
  std::string reference;
  std::string action;      // "escalated", "closed" or "erased"
  std::string description; // "to manager (level 2): resolve target breached"
};

} // namespace redress
