#pragma once
// The store: where a ledger's complaints, events, customers and policies are kept. One
// interface over domain types; lib/store/sqlite/ implements it for one SQLite file. Nothing
// above this header writes SQL, sees a database driver or catches a driver's exception: every
// method translates its backend's errors into redress::Error (busy -> Errc::busy, damaged ->
// Errc::integrity, anything else -> Errc::failure).
//
// Rules live above the store (lib/ledger/): what a complaint's state is, how customers are
// recognised, what verify checks. The store keeps rows and answers questions about them.

#include "store/chain.hpp"
#include "store/evidence_files.hpp"

#include <redress/complaint.hpp>
#include <redress/filter.hpp>
#include <redress/policy.hpp>
#include <redress/search.hpp>

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace redress::store {

/// A new complaint's row: the complaint and where it belongs.
struct NewComplaintRow {
  const Complaint& complaint;
  std::int64_t customer_id;
  int year;
  std::int64_t seq;
  std::string policy_digest;
  /// The key of its personal digests: 32 random bytes in hex (new_personal_key()).
  std::string personal_key;
};

/// A customers row as stored.
struct CustomerRow {
  std::int64_t id = 0;
  std::string identity_key;
  std::string name_key;
  Customer details;
  Instant first_seen_at;
  /// The customer this record was merged into (schemas/0011): its complaints are theirs now.
  std::optional<std::int64_t> merged_into = std::nullopt;
};

/// What a complaint was filed with, as the customers check reads it.
struct FiledBy {
  std::string reference;
  Customer customer;
  Instant received_at;
  bool erased = false; // the complaint has an `erased` event: its customer details are blank
};

/// The texts of one complaint that `search` finds it by, as lib/ledger/search_document.hpp builds
/// them from its events. Empty strings for texts it does not have.
struct DocumentWords;
struct SearchDocument {
  std::string summary;
  std::string details;
  std::string root_cause;
  std::string notes; // every note, reason and comment, oldest first, one a line
  std::string fields; // every custom field's value, in field name order, one a line
  /// The words of these texts when they were cut ahead (ledger/search_document.hpp:
  /// cut_words); a store may use them instead of cutting the texts itself. Not part of what the
  /// document is: equality compares the texts.
  std::shared_ptr<const DocumentWords> words{};
  friend bool operator==(const SearchDocument& a, const SearchDocument& b) {
    return a.summary == b.summary && a.details == b.details && a.root_cause == b.root_cause &&
           a.notes == b.notes && a.fields == b.fields;
  }
};

/// The words util::for_each_word cuts from each text of a SearchDocument (document mode), in
/// the order of its members: what the search index's tokenizer would make of them.
struct DocumentWords {
  struct Word {
    std::uint32_t key_at = 0; // in `keys`
    std::uint32_t key_size = 0;
    std::uint32_t begin = 0; // in the text, bytes
    std::uint32_t end = 0;
  };
  std::string keys; // every word's key, one after the other
  std::vector<Word> words;
  /// The words of text i are words[starts[i]] up to words[starts[i + 1]].
  std::array<std::size_t, 6> starts{};
};

/// One term of a search. The index cuts `text` into words as it cuts the texts
/// (util/words.hpp, query mode), and they must stand one after the other; with `prefix`, the
/// last may be the beginning of a longer word.
struct SearchTerm {
  std::string text;
  bool prefix = false;
};

/// What a search looks for: every term, in any of `fields` (the SearchDocument's texts; all of
/// them when empty).
struct TextQuery {
  std::vector<SearchTerm> terms;
  std::vector<SearchField> fields;
};

/// One year's reference counter beside the numbers its complaints have.
struct YearSequence {
  int year = 0;
  std::int64_t counter = 0; // the last number given out (0: no counter)
  std::int64_t highest = 0; // the highest number a complaint of that year has (0: none)
};

/// A message being sent (schemas/0009_message_claims.sql): written before the send command
/// runs, removed when its outcome is recorded.
struct MessageClaim {
  std::int64_t complaint_id = 0;
  std::string kind;
  std::int64_t step_event_id = 0;
  Instant claimed_at;
  std::string actor;
};

class Store {
public:
  virtual ~Store() = default;

  // --- transactions ----------------------------------------------------------------------
  /// Runs `work` (calls of this store) in one write transaction that waits for the write lock
  /// up to the busy timeout (Error{busy} after it) and commits; an exception rolls back and
  /// propagates. Nested inside another write(), it is a savepoint: an exception undoes only
  /// its own work, and the outermost write decides whether the rest commits.
  virtual void write(const std::function<void()>& work) = 0;
  /// Runs `work` in one read transaction: every read sees the same snapshot. Inside a write(),
  /// `work` runs in that write's transaction (and sees its changes).
  virtual void snapshot(const std::function<void()>& work) = 0;
  /// Like write(), but always rolls back: a dry run sees what a real one would.
  virtual void rehearse(const std::function<void()>& work) = 0;
  /// Inside a write: records that the ledger now lives at `where` (`redress migrate --to`). Once
  /// committed, every later write and every opening of this store is refused (Error{refused}),
  /// also on connections that were waiting for the lock meanwhile. SQLite only.
  virtual void mark_moved(const std::string& where) = 0;

  // --- complaints (in a write: the projection) --------------------------------------------
  /// Allocates the next number of `year` (1, 2, ...), inside the write that records the
  /// complaint: a rolled-back filing gives its number back, so references stay gapless.
  virtual std::int64_t next_sequence(int year) = 0;
  /// Inserts a new complaint's row (every field, so an import can bring one in at any status);
  /// returns its id.
  virtual std::int64_t insert_complaint(const NewComplaintRow& row) = 0;
  /// Writes every mutable field of `c` (found by id), its customer details and customer_id
  /// included. Error{failure} when it is gone.
  virtual void update_complaint(const Complaint& c) = 0;
  virtual std::optional<Complaint> find_complaint(const std::string& reference) = 0;
  /// The complaint with number `seq` of `year`, whatever prefix its reference has.
  virtual std::optional<Complaint> find_complaint(int year, std::int64_t seq) = 0;
  /// Streams the complaints matching `filter` to `sink` in the filter's order (the SLA filters
  /// are the caller's: they need readings). Error{usage} for an unknown sort.
  virtual void select_complaints(const ComplaintFilter& filter,
                                 const std::function<void(Complaint&)>& sink) = 0;
  /// How many complaints received in [since, until) have an event of `type` at or before `by`.
  virtual std::int64_t complaints_with_event(std::string_view type, Instant by, Instant since,
                                             Instant until) = 0;
  /// Every year's counter beside its complaints' highest number, by year.
  virtual std::vector<YearSequence> sequences() = 0;
  /// Each name of `kind` that complaints are stored under, with how many, by name (complaints
  /// without an outcome are not counted for outcomes).
  virtual std::vector<std::pair<std::string, std::int64_t>> stored_names(NameKind kind) = 0;

  // --- the search index --------------------------------------------------------------------
  // One document per complaint, placed by the complaint's id and time of receipt, kept in the
  // transaction of every write that changes a complaint's texts. Personal text: an erasure
  // removes the complaint's document (unindex_texts) in its own transaction.
  /// Makes `doc` what the index holds for complaint `c` (its id and received_at), replacing
  /// what it held (inside a write). A change of `received_at` needs unindex_texts() of the
  /// complaint as it was first.
  virtual void index_texts(const Complaint& c, const SearchDocument& doc) = 0;
  /// Removes complaint `c`'s document from the index, if it has one (inside a write).
  virtual void unindex_texts(const Complaint& c) = 0;
  /// Streams the complaints whose documents match `query` and that `filter` admits (not its
  /// SLA filters), in the filter's order and up to its limit, until `sink` returns false. Sorted
  /// by receipt, they come in the index's own order (received_at, then id), read only as far as
  /// the sink takes them. Confidential complaints only with `include_confidential`.
  virtual void find_texts(const TextQuery& query, const ComplaintFilter& filter,
                          bool include_confidential, const std::function<bool(Complaint&)>& sink) = 0;
  /// What the index holds for complaint `c`, or nullopt when it holds nothing for it.
  virtual std::optional<SearchDocument> indexed_texts(const Complaint& c) = 0;
  /// How many documents the index holds.
  virtual std::int64_t indexed_count() = 0;
  /// Every word the index holds (its key, as util/words.hpp cuts texts), with how many
  /// documents hold it and how many times in all; in no particular order.
  virtual void scan_index_words(
      const std::function<void(std::string_view word, std::int64_t documents, std::int64_t times)>& sink) = 0;
  /// The names of every custom field some complaint has a value for, sorted.
  virtual std::vector<std::string> field_names() = 0;

  // --- customers --------------------------------------------------------------------------
  /// The id of the customer recognised by `identity_key`, filling details it lacked (never
  /// overwriting what was recorded before), or of a new customer, whose `name_key` (the
  /// folded name that `--customer` finds them by) is recorded with them.
  virtual std::int64_t upsert_customer(const Customer& customer, const std::string& identity_key,
                                       const std::string& name_key, Instant seen_at) = 0;
  /// Sets the customer's first_seen_at to the earliest receipt of their complaints, after a
  /// correction moved one (inside a write).
  virtual void refresh_first_seen(std::int64_t customer_id) = 0;
  /// Every customers row in id order, each with the complaints pointing to it in the order
  /// they were recorded (`filed` is null for a row no complaint points to).
  virtual void scan_customers(const std::function<void(const CustomerRow&, const FiledBy* filed)>& sink) = 0;
  /// Every customers row in id order, merged ones too.
  virtual std::vector<CustomerRow> customer_rows() = 0;
  /// The customers row `id`, merged or not; nullopt when there is none.
  virtual std::optional<CustomerRow> find_customer(std::int64_t id) = 0;
  /// The customer (never a merged one) that `identity_key` recognises: through customer_keys,
  /// else the row with that key, followed to where it was merged. nullopt: nobody yet.
  virtual std::optional<std::int64_t> customer_by_key(const std::string& identity_key) = 0;
  /// The customers (never merged ones) whose record, or a record merged into theirs, has the
  /// name key `name_key` (ledger/identity.hpp), in id order.
  virtual std::vector<std::int64_t> customers_named(const std::string& name_key) = 0;
  /// Sets the details of customer `id` and the name key they are found by (inside a write).
  virtual void update_customer(std::int64_t id, const Customer& details, const std::string& name_key) = 0;
  /// Records that `identity_key` recognises customer `id` too (inside a write); a key that
  /// does so already is left alone.
  virtual void add_customer_key(const std::string& identity_key, std::int64_t id) = 0;
  /// Marks customer `from` (and every record merged into it) as merged into `into` and gives
  /// `into` the keys that recognised `from` (inside a write). The complaints are the caller's:
  /// update_complaint() moves each with its event.
  virtual void merge_customer(std::int64_t from, std::int64_t into) = 0;
  /// Every (key, customer id) of customer_keys, by key.
  virtual void scan_customer_keys(const std::function<void(const std::string& key, std::int64_t id)>& sink) = 0;
  /// The references of the complaints that point to customer `id`, oldest first.
  virtual std::vector<std::string> complaints_of_customer(std::int64_t id) = 0;

  // --- personal data and its erasure (docs/erasure.md) ---------------------------------------
  /// The key bytes of the personal digests of complaint `complaint_id`'s events from
  /// personal_keys_from() on (complaints.personal_key). Error{integrity} when missing or not hex.
  virtual std::string personal_key(std::int64_t complaint_id) = 0;
  /// The id of the first event digested with its complaint's key; the events before it were
  /// digested with digest_key() (schemas/0010_personal_keys.sql).
  virtual std::int64_t personal_keys_from() = 0;
  /// Erases complaint `complaint_id`'s personal data where the store keeps it beside the
  /// projection's texts (inside a write, after its `erased` event was appended): sets every
  /// event's personal text to NULL (the digests stay), blanks the customer's name and contacts
  /// in its row, and replaces its key with `new_key` (hex), destroying the old one. The
  /// projection's texts are the caller's (update_complaint). Returns how many events it blanked.
  virtual std::int64_t erase_personal(std::int64_t complaint_id, const std::string& new_key) = 0;
  /// Blanks customer `id`'s row and the rows merged into it: name '', email, phone and member
  /// id NULL, identity key 'erased:<row id>', name key ''; and removes the customer_keys that
  /// recognised them (inside a write). Language, preferred channel and merged_into stay.
  virtual void erase_customer(std::int64_t id) = 0;
  /// Whether an event of a complaint that is not erased names evidence file `sha256`.
  virtual bool evidence_named(const std::string& sha256) = 0;
  /// After an erasure has committed, outside any transaction: rewrites what may still hold
  /// erased text. The search index's segments are merged into one, the database is rebuilt
  /// (VACUUM: no free page or free space keeps old rows), and the write-ahead log is emptied.
  /// Returns false when the log could not be emptied now because another process was reading
  /// it (the next checkpoint overwrites it).
  virtual bool scrub() = 0;

  // --- events -----------------------------------------------------------------------------
  /// Appends `event` (its id is ignored) at the end of the chain (store/chain.hpp); returns
  /// its id. Inside a write only.
  virtual std::int64_t append_event(const Event& event) = 0;
  /// The events of one complaint, oldest first.
  virtual void events_of(std::int64_t complaint_id, const std::function<void(const Event&)>& sink) = 0;
  /// Every event in id order with its chain columns, its complaint's reference and the hex key
  /// of its complaint's personal digests (both empty when the complaint row is missing).
  virtual void scan_chain(const std::function<void(const ChainedEvent&, const std::string& reference,
                                                   const std::string& personal_key)>& sink) = 0;
  /// The newest event's id and hash (0 and "" for an empty log).
  virtual std::pair<std::int64_t, std::string> chain_head() = 0;
  /// The stored hash of event `id`, or nullopt when there is no such event.
  virtual std::optional<std::string> event_hash_of(std::int64_t id) = 0;

  // --- messages being sent ---------------------------------------------------------------
  /// Writes `claim` (inside a write). When the same complaint, kind and step is claimed
  /// already, returns that claim and writes nothing, unless `replace`.
  virtual std::optional<MessageClaim> claim_message(const MessageClaim& claim, bool replace) = 0;
  /// Removes the claim of the same complaint, kind and step (inside a write).
  virtual void release_message(const MessageClaim& claim) = 0;
  /// The claims of one complaint, oldest first.
  virtual std::vector<MessageClaim> message_claims(std::int64_t complaint_id) = 0;

  // --- the ledger itself --------------------------------------------------------------------
  /// The random id `init` gave the ledger. Error{integrity} when missing.
  virtual std::string ledger_id() = 0;
  /// The ledger-wide key (its bytes): the personal digests of events before
  /// personal_keys_from(), and the identity keys of customers. Error{integrity} when missing.
  virtual std::string digest_key() = 0;
  /// Records a policy's text under its digest, once (inside a write).
  virtual void record_policy(const std::string& digest, const std::string& text, Instant at) = 0;
  /// Every recorded policy, digest and text (null for digests recorded without their text).
  virtual void scan_policies(const std::function<void(const std::string& digest,
                                                      const std::optional<std::string>& text)>& sink) = 0;
  /// The first complaint (by id) whose policy digest was never recorded: its reference and the
  /// digest.
  virtual std::optional<std::pair<std::string, std::string>> unrecorded_policy() = 0;
  /// The text of the policy every host files under, for a store that keeps it (PostgreSQL);
  /// nullopt for one whose folder keeps it (SQLite: policy.toml). Error{integrity} when a store
  /// that keeps it holds none.
  virtual std::optional<std::string> kept_policy() = 0;
  /// Makes the recorded policy `digest` the one every host files under, set by `actor` (inside a
  /// write; a store that keeps it). Error{refused} for one that does not (SQLite).
  virtual void keep_policy(const std::string& digest, const std::string& actor) = 0;

  // --- evidence files -----------------------------------------------------------------------
  /// Where this ledger keeps the bytes of its evidence files (store/evidence_files.hpp).
  virtual EvidenceFiles& evidence() = 0;

  // --- integrity ----------------------------------------------------------------------------
  /// The backend's own consistency checks; empty when they pass, else one line per problem.
  virtual std::vector<std::string> check_integrity() = 0;
  /// How the schema differs from what the migrations create, as one line; nullopt if it is
  /// exactly that.
  virtual std::optional<std::string> schema_difference() = 0;

  // --- rows as stored (moving a ledger verbatim: `redress migrate`) ---------------------------
  /// The names of every table the store holds, in name order: redress's and any other (SQLite's
  /// also its own sqlite_* tables and the search index's FTS5 shadow tables).
  virtual std::vector<std::string> table_names() = 0;
  /// The columns of `table` (a name of lower-case letters and '_'), in their order; empty when
  /// the store has no such table. Error{usage} for a name of other characters.
  virtual std::vector<std::string> table_columns(const std::string& table) = 0;
  /// Streams the rows of `table`, `columns` of each as stored, as text (integers in decimal,
  /// JSON as its text; nullopt for NULL), in the order they were inserted (SQLite: by rowid;
  /// PostgreSQL: by `ord` where a table has it, else by its first column, the id or key).
  virtual void scan_table(const std::string& table, const std::vector<std::string>& columns,
                          const std::function<void(const std::vector<std::optional<std::string>>&)>& sink) = 0;
};

/// Error{usage} unless `name` is a table's or column's name as redress spells them: lower-case
/// ASCII letters, digits and '_', not starting with a digit. What scan_table() puts into SQL.
void check_identifier(std::string_view name);

/// Opens the SQLite ledger `file`, refusing one that is not a redress ledger or is newer than
/// this binary and migrating an older one (Error{failure}), and one every user may write.
/// `before_migrating` runs once the file is known to be a ledger and before any migration: a
/// check that throws there leaves the file untouched. With `read_only` the connection refuses
/// writes after migrating.
std::unique_ptr<Store> open_sqlite(const std::filesystem::path& file, bool read_only,
                                   const std::function<void()>& before_migrating = {});
/// Creates a new SQLite ledger with the full schema, its id and digest key: owner-only (0600),
/// or with `shared` group-writable too (0660).
std::unique_ptr<Store> create_sqlite(const std::filesystem::path& file, bool shared = false);

/// The newest schema version this binary writes.
int latest_schema_version();

/// Refuses (Error{usage}) what is not a postgresql:// URL, or carries a password (libpq reads
/// it from ~/.pgpass).
void check_postgresql_url(const std::string& url);
/// `url` with any password left out, for messages.
std::string printable_url(const std::string& url);

/// Opens the PostgreSQL ledger at `url` (every transaction read-only with `read_only`).
/// Error{failure} when the server cannot be reached, the database holds no ledger, or its
/// schema version is not this binary's.
std::unique_ptr<Store> open_postgresql(const std::string& url, bool read_only);

/// The policy a new PostgreSQL ledger files under, and who set it when.
struct NewStorePolicy {
  std::string text;
  std::string digest;
  std::string actor;
  Instant at;
};
/// Creates a ledger in the empty database at `url`: the schema (schemas/postgresql/), its id and
/// digest key, and `policy` as the one every host files under, in one transaction.
/// Error{refused} when the database is not empty.
std::unique_ptr<Store> create_postgresql(const std::string& url, const NewStorePolicy& policy);
/// The schema version of PostgreSQL ledgers this binary writes.
int latest_postgresql_schema_version();

/// Moves the ledger `source` verbatim into the empty PostgreSQL database at `url`, in one
/// transaction: the schema, then every row of its tables as stored (meta, customers, reference
/// counters, complaints, events, recorded policies, message claims...; the columns only
/// PostgreSQL keeps computed as its writes compute them), and the chain head. Then `finish`
/// runs on the new store inside that transaction (the search index, evidence files, the policy
/// in force, the checks); its exception rolls everything back and propagates. Error{refused}
/// when the database is not empty, Error{failure} when a table or column of one side has no
/// place on the other, or the server cannot be reached. Returns the committed store.
std::unique_ptr<Store> copy_to_postgresql(const std::string& url, Store& source,
                                          const std::function<void(Store& target)>& finish);

/// The schema versions of a PostgreSQL ledger before and after upgrade_postgresql().
struct SchemaUpgrade {
  int from = 0;
  int to = 0;
};
/// Applies the migrations of schemas/postgresql/ that the ledger at `url` lacks, in order, in
/// one transaction that first takes the chain head's lock (waiting for writers as a write does:
/// Error{busy} after the busy timeout). Error{failure} when the database holds no ledger or a
/// newer schema than this binary's (the hint: upgrade redress). Nothing changes when it is
/// current.
SchemaUpgrade upgrade_postgresql(const std::string& url);

} // namespace redress::store
