#pragma once
// What `file` and `import` share: the policy checks on a new complaint, building its projection
// (team, targets, due times as if filed at receipt), and recording it inside a transaction.

#include "ledger/ledger_impl.hpp"
#include "util/json_text.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace redress::filing {

/// Why a request cannot be filed, as data: `file` names its options, `import` its columns.
struct Problem {
  enum class Kind {
    empty,            // a required text is empty
    bad_text,         // `detail` says how: "is not valid UTF-8", "contains a NUL byte", ...
    unknown_name,     // `detail` is the value, `known` the policy's names
    missing_required, // the category requires `missing` (field names: evidence, email, ...)
    in_future,        // the receipt time is after "now"
    too_early,        // the receipt time is before 1970-01-01 (a typo such as year 0026)
    unknown_field,    // a custom field the policy does not declare: `detail` is its name
    bad_field,        // a custom field's value: `detail` says why, `hint` how to write it
    missing_field,    // the policy requires the custom fields `missing` for `category`
  };
  Kind kind;
  /// The field at fault, named as the CSV column: customer_name, summary, category,
  /// customer_preferred_channel, received_at, evidence ...
  std::string field;
  std::string detail;
  std::vector<std::string> known;
  std::vector<std::string> missing;
  std::string category; // missing_required: the category that requires them
  std::string hint = {};   // bad_field: how to write the value
  std::string custom = {}; // unknown_field, bad_field, missing_field: the custom field's name
};

/// The request as it is recorded: every text in NFC (util/fold.hpp: a name typed in NFD is the
/// same bytes as one typed in NFC), and each name the policy defines (channel, category,
/// severity, preferred channel) in the policy's own spelling when it matches one once folded
/// (`E-POSTA` is `e-pošta`). A name that matches none is left for check() to refuse.
void normalise(const Policy& policy, FilingRequest& request);

/// The checks `file` applies (names against the policy, texts, the category's `requires`
/// unless allowed incomplete, receipt not after `as_of`); the first problem found, if any.
std::optional<Problem> check(const Policy& policy, const FilingRequest& request, Instant received,
                             Instant as_of);

/// "unknown channel 'fax'" and the like, without naming an option or a column; `hint` gets a
/// did-you-mean for unknown names.
std::string describe(const Problem& problem, std::string& hint);

/// A valid request as a new complaint: status new, the category's team, both targets and due
/// times computed from `received`. The reference is allocated when it is recorded.
Complaint prepare(const Policy& policy, const BusinessCalendar& calendar,
                  const FilingRequest& request, Instant received);

/// Writes the facts of a new complaint that no later step changes, as members of the object
/// `out` has open: reference, received_at, channel, confidential, policy_digest,
/// incomplete_allowed. The first event of every complaint carries them.
void write_identity(util::JsonText& out, const Complaint& c, const Policy& policy);
/// write_identity() without the reference, which is known only when the complaint is recorded.
void write_identity_facts(util::JsonText& out, const Complaint& c, const Policy& policy);
/// The `filed` event's data (no personal text): the identity, and the classification and
/// targets the complaint was filed with (category, product, severity, team, both targets and
/// due times).
void write_filed(util::JsonText& out, const Complaint& c, const Policy& policy);
/// The personal text of a new complaint for its first event's `personal`, as JSON text; the
/// names of the evidence files stored with it go to `evidence_file_names` too.
std::string personal(const Complaint& c, const std::optional<std::string>& preferred_channel,
                     const std::vector<std::string>& file_names = {});

/// What recording a new complaint needs besides its reference and id, worked out from the
/// complaint alone: an import works it out for the next rows on its reading thread while the
/// store writes the last ones (docs/performance.md).
struct Prepared {
  std::string identity_key; // keyed with the ledger's digest key (ledger/identity.hpp)
  std::string name_key;
  std::string personal_key; // the complaint's own random key (docs/erasure.md)
  store::SearchDocument search;
  std::string personal;     // the first event's personal text (personal() above)
};
/// `digest_key` is Ledger::Impl::digest_key(), read beforehand: this runs on any thread.
Prepared prepare_record(const Complaint& c, const std::string& digest_key, std::string personal);

/// Records new complaints inside the caller's write transaction (an import or a batch records
/// many). For each: allocates the
/// gapless reference of the year of receipt, records the customer, inserts the projection row
/// and appends the first event. The policy in force is recorded (store/policies_table.hpp) with
/// the first complaint.
class Recorder {
public:
  Recorder(Ledger::Impl& impl);

  /// Sets `c.id` and `c.reference`, then calls `write_data` with an open object for the first
  /// event's data (the reference is known by then) and appends the event.
  void record(Complaint& c, const std::string& event_type,
              const std::function<void(util::JsonText&)>& write_data, const std::string& personal,
              const std::string& actor);
  /// The same with what prepare_record() worked out for `c`.
  void record(Complaint& c, const std::string& event_type,
              const std::function<void(util::JsonText&)>& write_data, Prepared prepared,
              const std::string& actor);

private:
  Ledger::Impl& m_impl;
  bool m_policy_recorded = false; // the policy in force, recorded with the first complaint
};

} // namespace redress::filing
