#pragma once
// redress::Ledger — the façade every command goes through.
//
// A ledger is a folder `.redress/` holding `ledger.db` and `policy.toml`. Opening one loads and
// validates the policy and migrates the database; each mutating call is one IMMEDIATE
// transaction that appends its event and updates the projection together, so a refused or
// failed call leaves the ledger exactly as it was.

#include <redress/anchor.hpp>
#include <redress/complaint.hpp>
#include <redress/customer.hpp>
#include <redress/erasure.hpp>
#include <redress/evidence.hpp>
#include <redress/filter.hpp>
#include <redress/import.hpp>
#include <redress/lifecycle.hpp>
#include <redress/message.hpp>
#include <redress/policy.hpp>
#include <redress/search.hpp>
#include <redress/verify.hpp>

#include <filesystem>
#include <functional>
#include <istream>
#include <ostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace redress {

/// Where a ledger lives: an SQLite ledger in its folder (ledger.db and policy.toml), or a
/// PostgreSQL ledger that the folder's store.toml (or $REDRESS_STORE) names, whose policy is
/// kept in the database.
struct LedgerPaths {
  std::filesystem::path dir;        // the .redress folder
  std::filesystem::path db;         // .redress/ledger.db
  std::filesystem::path policy;     // .redress/policy.toml
  std::filesystem::path store_file; // .redress/store.toml
  std::string store;                // the PostgreSQL URL; empty for the SQLite ledger.db
};

/// Finds the ledger: `explicit_path` (the folder, its parent, or the db file), else
/// `$REDRESS_LEDGER`, else walking up from `start` like git (stopping at $HOME and at a
/// filesystem boundary); a folder is a ledger's when it has ledger.db or store.toml.
/// `$REDRESS_STORE` (a postgresql:// URL) names the store of that folder, or of none when no
/// folder is found. Throws Error{not_found} with a hint to run `redress init`.
LedgerPaths locate_ledger(const std::optional<std::string>& explicit_path,
                          const std::filesystem::path& start);

/// Creates `<dir>/.redress/` with a fresh database and a policy (the commented default, the
/// regulator's preset named `preset` (preset_policy_text()), or a copy of `policy_file` after
/// validating it). Refuses (Errc::refused) when a ledger exists; Error{invalid_input} with a
/// did-you-mean for a preset there is none of. The folder and files are the owner's only; with
/// `shared`, the group may read and write them too (folder 2770, files 0660), for a ledger
/// that several users keep together.
LedgerPaths init_ledger(const std::filesystem::path& dir,
                        const std::optional<std::filesystem::path>& policy_file,
                        bool shared = false, const std::optional<std::string>& preset = std::nullopt);

/// Creates `<dir>/.redress/` for a new ledger in the empty PostgreSQL database at `url`: the
/// schema, and the policy (as init_ledger() chooses it) stored in the database as the one every
/// host files under, set by `actor`. The folder gets store.toml naming `url`, and the message
/// templates. Refuses (Errc::refused) when the folder has a ledger or the database is not empty,
/// and a URL with a password (Errc::usage); nothing is left behind then.
LedgerPaths init_store_ledger(const std::filesystem::path& dir, const std::string& url,
                              const std::optional<std::filesystem::path>& policy_file, bool shared,
                              const std::optional<std::string>& preset, const std::string& actor);

/// Connects `<dir>/.redress/` to the existing PostgreSQL ledger at `url` (store.toml and the
/// message templates), after opening it to check that this binary can use it. Refuses
/// (Errc::refused) when the folder has a ledger already.
LedgerPaths join_ledger(const std::filesystem::path& dir, const std::string& url, bool shared);

/// The policy the ledger at `paths` files under: its policy.toml, or the one its database keeps.
Policy ledger_policy(const LedgerPaths& paths);
/// Where that policy is kept, for messages: the policy.toml path, or "the ledger's database (URL)".
std::string policy_source(const LedgerPaths& paths);

/// What upgrade_ledger() did: the schema version before and after.
struct SchemaUpgrade {
  int from = 0;
  int to = 0;
  bool postgresql = false; // an SQLite ledger is brought up to date by any command that opens it
};
/// `redress upgrade`: applies the schema migrations the ledger at `paths` lacks. A PostgreSQL
/// ledger gets those of schemas/postgresql/ in one transaction, after the writers' turn
/// (Error{busy} past the busy timeout); every other command refuses a ledger whose schema is
/// older than the binary, so that all hosts upgrade together. An SQLite ledger is opened for
/// writing, which migrates it as every command does (`from` is then its version afterwards).
/// Error{failure} for a schema newer than this binary's (nothing changes).
SchemaUpgrade upgrade_ledger(const LedgerPaths& paths);

/// What `redress migrate --to` did.
struct MigrationResult {
  std::string url;               // where the ledger went (printable: no password)
  std::int64_t complaints = 0;   // rebuilt from their events and compared there
  std::int64_t events = 0;       // in its chain
  std::int64_t evidence_files = 0; // copied into the database
  std::int64_t head_id = 0;      // the chain head, the same on both sides
  std::string head_hash;
  std::filesystem::path note;    // the note left in the folder
  /// What could not be done once the ledger had moved (the old file's permissions, the note):
  /// the move stands, these are for the user to finish by hand.
  std::vector<std::string> warnings;
};

/// What `redress file` records.
struct FilingRequest {
  Customer customer;
  std::string channel;
  std::string category;
  std::optional<std::string> product;
  std::optional<std::string> severity; // policy default when absent
  std::string summary;
  std::optional<std::string> details;
  std::vector<std::string> evidence;             // plain labels (`--evidence-note`)
  std::vector<std::filesystem::path> evidence_files; // files to store with it (`--evidence`)
  /// Custom fields, (name, value) as given: `--field order_number=A-1234`.
  std::vector<std::pair<std::string, std::string>> fields;
  /// Fields the policy does not declare are kept as text (an import's `--keep-unmapped`);
  /// otherwise they are refused.
  bool undeclared_fields = false;
  bool confidential = false;
  bool allow_incomplete = false;
  std::optional<Instant> at; // when it was really received; now when absent
};

enum class Access { read, write };

/// The schema version (SQLite `user_version`) of the ledgers this binary creates and migrates
/// older ones to; it refuses newer ones.
int ledger_schema_version();

/// A name complaints are stored under that the policy knows neither as a current name nor as
/// an old one (renamed without `was`, or removed).
struct StrayName {
  NameKind kind = NameKind::category;
  std::string name;
  std::int64_t complaints = 0;
};

class Ledger {
public:
  /// Opens the ledger at `paths`: loads the policy (Error{invalid_input} with position when
  /// invalid), opens and migrates the database (Error{failure} for a file that is not a
  /// redress ledger or is newer than this binary). `as_of` is "now" for SLA readings.
  static Ledger open(const LedgerPaths& paths, Access access, Instant as_of);

  ~Ledger();
  Ledger(Ledger&&) noexcept;
  Ledger& operator=(Ledger&&) noexcept;

  [[nodiscard]] const Policy& policy() const;
  /// Where the ledger lives (its folder also keeps small files such as report markers).
  [[nodiscard]] const LedgerPaths& paths() const;
  [[nodiscard]] const BusinessCalendar& calendar() const;
  [[nodiscard]] const TimeZone& zone() const;
  [[nodiscard]] Instant as_of() const;
  /// Evaluates SLA readings (and sweep) as at `t` instead of now: `--as-of`.
  void set_as_of(Instant t);

  /// Records a complaint and its `filed` event in one transaction and returns it as stored.
  /// Throws Error{refused} for policy violations (unknown names come with a hint, missing
  /// required fields name them) and Error{invalid_input} for a receipt time in the future.
  Complaint file(const FilingRequest& request, const std::string& actor);

  /// The complaint for a full reference (any case) or a sequence number in the current year's
  /// series. Throws Error{not_found}.
  Complaint get(std::string_view reference);
  /// The complaint's events, oldest first.
  std::vector<Event> events(std::int64_t complaint_id);
  /// The evidence of the complaint `reference` names (redress/evidence.hpp), oldest first.
  /// Throws Error{not_found}.
  std::vector<EvidenceItem> evidence(std::string_view reference);
  /// Writes evidence file `number` (as evidence() numbers them) of the complaint to `out`,
  /// checking the bytes against their recorded digest as they go; returns its item. Throws
  /// Error{not_found} for no such complaint or file, or a file missing from the store, and
  /// Error{integrity} when the stored bytes are not the recorded ones (then `out` holds bytes
  /// that must be discarded).
  EvidenceItem read_evidence(std::string_view reference, int number, std::ostream& out);
  /// Throws Errc::usage (with a did-you-mean hint) for a name the policy does not know, so a
  /// caller can refuse before it writes any output.
  void check(const ComplaintFilter& filter) const;
  /// Calls `sink` for each complaint matching `filter`, in the filter's order, without holding
  /// them all in memory. Throws Error{usage} naming a status, severity, category or channel
  /// that does not exist, so a typo cannot silently match nothing. Every clock's reading has
  /// its state; a settled clock's `used` and `length` are left at zero (they cost two
  /// business-time walks each, and no list or export shows them: get() and the reports fill
  /// them).
  void list(const ComplaintFilter& filter, const std::function<void(const Complaint&)>& sink);
  /// Calls `sink` with each complaint whose texts match `request.query` and that its filter
  /// admits, best match first, with where it matched (redress/search.hpp has the rules), in one
  /// read snapshot. Throws Error{usage} for a query without words and for names the policy does
  /// not know, as list() does.
  void search(const SearchRequest& request, const std::function<void(const SearchHit&)>& sink);
  /// The custom fields of this ledger, for columns: those the policy declares, in its order,
  /// then any others some complaint has (columns an import kept), sorted.
  std::vector<std::string> field_names();
  /// How many complaints `list` would pass on for `filter`.
  std::int64_t count(const ComplaintFilter& filter);
  /// The names complaints are stored under that the policy no longer has, by kind (NameKind
  /// order), then name: what `policy check` warns about.
  std::vector<StrayName> stray_names();
  /// Calls `sink` with every event of each complaint matching `filter` (complaints in the
  /// filter's order, each one's events oldest first), streaming like `list`.
  void list_events(const ComplaintFilter& filter,
                   const std::function<void(const Complaint&, const Event&)>& sink);

  /// The customers `filter` admits, by id, with their figures (redress/customer.hpp).
  std::vector<CustomerSummary> customers(const CustomerFilter& filter);
  /// The customer `who` names: an id (`12` or `#12`; a merged record's id gives the record it
  /// went into), else an email, member id or name as `--customer` matches them. Throws
  /// Error{not_found} with a did-you-mean, Error{usage} for a name that several customers have
  /// (the hint lists their ids).
  std::int64_t find_customer(std::string_view who);
  /// A customer's record, figures and complaints, oldest first; confidential complaints only
  /// with `include_confidential`. `who` as find_customer() takes it.
  CustomerHistory customer_history(std::string_view who, bool include_confidential);
  /// Corrects the record of customer `id` (a number, `12` or `#12`) and, by `update.scope`, the
  /// details their complaints carry, as a `customer_updated` event on each of their
  /// complaints, in one transaction. Throws Error{usage} when nothing is given,
  /// Error{not_found} for an unknown or merged id, Error{invalid_input} for a text the text
  /// rule refuses or a blank name, Error{refused} when the new details recognise another
  /// customer (merge them instead). Values equal to the current ones change nothing.
  CustomerChange update_customer(std::string_view id, const CustomerUpdate& update, const std::string& actor);
  /// Merges customer `from` into `into` (ids as for update_customer()): `from`'s complaints
  /// become `into`'s, each with a `customer_merged` event, `into`'s record takes the details it
  /// lacked from `from`'s, and filings recognised as `from` are `into`'s from now on; one
  /// transaction, not reversible. Error{refused} for a customer merged into itself,
  /// Error{not_found} for an unknown or already merged id.
  CustomerChange merge_customers(std::string_view from, std::string_view into, const std::string& actor);
  /// Everything the ledger holds about customer `id` (redress/customer.hpp), in one snapshot.
  CustomerExport export_customer(std::string_view id);

  /// Imports the records of `in` (redress/import.hpp) in one transaction, recorded by `actor`.
  /// Throws Error{invalid_input} naming the record, the column and the problem for the first
  /// invalid record (unless skip_invalid or dry_run), and for a file that is not well-formed
  /// CSV/JSON, an unknown column or a mapping that names no field; nothing is imported then.
  ImportSummary import(std::istream& in, const ImportOptions& options, const std::string& actor);

  /// Applies one lifecycle step (lifecycle.hpp) to the complaint `reference` names, in one
  /// transaction, and returns the complaint as stored afterwards. Refused steps throw
  /// Error{refused}; bad names Error{refused} with a hint; bad times or amounts
  /// Error{invalid_input}. With `before`, also gives the complaint as it was just before the
  /// step, read in the same transaction (its stored fields; its readings are not filled).
  Complaint act(std::string_view reference, const StepRequest& request, const std::string& actor,
                Complaint* before = nullptr);

  /// Runs `work` (calls of this ledger's mutating methods) in one write transaction, for bulk
  /// loading such as the benchmark generator: one commit instead of one per call. Each call
  /// inside still runs as a unit of its own (a savepoint), so a refused call undoes only itself
  /// and its exception reaches `work`, which may catch it and go on. When `work` throws,
  /// everything it did is rolled back; otherwise all of it commits together. Commands keep
  /// one transaction per change and do not use this.
  void batch(const std::function<void()>& work);

  /// Calls `sink` with each complaint received in [since, until) and by the as-of time, in
  /// receipt order, as it stood at the as-of time (rebuilt from its events when it changed
  /// later), with SLA readings at the as-of time. For reports.
  void states(Instant since, Instant until, const std::function<void(const Complaint&)>& sink);
  /// How many complaints received in [since, until) had an event of `type` by the as-of time.
  std::int64_t complaints_with_event(std::string_view type, Instant since, Instant until);

  /// Renders the message `request.kind` for the complaint `reference` in the customer's
  /// language and, with `request.send`, hands it to the policy's send command and records a
  /// `message_sent` event (the rules: redress/message.hpp). Throws Error{not_found} for no such
  /// complaint; Error{refused} for a kind that does not fit its status, a confidential
  /// complaint, a step told already, a message still claimed, or a customer it cannot reach;
  /// Error{invalid_input} for a broken template (positioned); Error{failure} when the command
  /// fails, with its standard error, having recorded nothing.
  MessageResult message(std::string_view reference, const MessageRequest& request, const std::string& actor);
  /// Messages whose sending began and was never recorded (in flight, or their sender died).
  std::vector<PendingMessage> pending_messages(std::int64_t complaint_id);

  /// Escalates at-risk and breached open complaints to the policy's levels, closes resolved
  /// complaints older than `followup.close_after`, and erases complaints closed longer ago than
  /// `[retention] personal_data` (action `erased`, redress/erasure.hpp), as of the ledger's
  /// as-of time, in one transaction. With `dry_run` nothing is written. A second run changes nothing. Then,
  /// when the policy says `[messages] on_followup = "survey"`, sends the survey to each
  /// resolved complaint whose follow-up is due and that had none for its resolution, one by
  /// one outside that transaction (action `surveyed`, or `survey failed` with the reason;
  /// confidential complaints and customers without an address are left out). When it erased
  /// something but the store could not be scrubbed at once (another process was using it;
  /// ErasureResult::scrubbed), `*scrubbed` is set false.
  std::vector<SweepAction> sweep(bool dry_run, const std::string& actor, bool* scrubbed = nullptr);

  /// Erases the personal data of customer `who` (their number, or an email, member id or name as
  /// `--customer` takes them) under the rules of redress/erasure.hpp, in one transaction, with
  /// `reason` recorded in each `erased` event. Throws Error{not_found} (with a did-you-mean)
  /// when no customer is `who`, Error{refused} when a name is several customers' (their numbers
  /// in the hint), Error{invalid_input} for a reason that is blank or not one line of text.
  ErasureResult erase_customer(std::string_view who, const std::string& reason, const std::string& actor);
  /// Checks the whole ledger (redress/verify.hpp) in one read snapshot and reports the first
  /// problem as data; throws only when the database cannot be read at all, and
  /// Error{invalid_input} for an anchor of another ledger.
  VerifyReport verify(const std::vector<Anchor>& anchors = {});

  /// The head of the event chain now, as an anchor (redress/anchor.hpp). Throws
  /// Error{refused} when the ledger has no events yet.
  Anchor anchor();

  /// Makes `text` the policy a PostgreSQL ledger files under from now on, for every host, set by
  /// `actor`, after validating it (Error{invalid_input} with `source_name:line:col` positions;
  /// nothing changes then). Complaints filed before keep their due times. Returns its digest.
  /// Error{refused} for an SQLite ledger, whose policy is its policy.toml.
  std::string set_policy(const std::string& text, const std::string& source_name, const std::string& actor);

  /// `redress migrate --to URL`: moves this SQLite ledger verbatim into the empty PostgreSQL
  /// database at `url` (store::copy_to_postgresql: the same ids, references, events, hashes,
  /// recorded times, customers, keys, policies, counters and chain head; the search index and
  /// the evidence files copied in; this policy.toml made the one every host files under, set
  /// by `actor`), in one PostgreSQL transaction that commits only when the copy verifies as
  /// verify() does and ends at the same chain head. Meanwhile it holds this ledger's write lock,
  /// so nothing is filed here that would not move. Then the folder's store.toml names `url`
  /// (so every later command here uses it), and ledger.db and policy.toml are left read-only
  /// with a note beside them. Refusals change neither side: Error{refused} for a ledger in
  /// PostgreSQL already or a database that is not empty, Error{usage} for a URL with a
  /// password, Error{integrity} when this ledger does not verify (or the copy would not),
  /// Error{failure} when the server cannot be reached.
  MigrationResult migrate_to(const std::string& url, const std::string& actor);

  /// The private state (lib/ledger/ledger_impl.hpp); opaque outside the library.
  struct Impl;

private:
  explicit Ledger(std::unique_ptr<Impl> impl);
  void send_surveys(bool dry_run, const std::string& actor, std::vector<SweepAction>& actions);
  std::unique_ptr<Impl> m_impl;
};

} // namespace redress
