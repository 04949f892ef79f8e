#pragma once
// What `redress import` asks of the ledger, and what it answers.
//
// Each record of the file becomes a complaint, checked exactly as `file` checks one (names
// against the policy, texts, the category's `requires`, receipt not in the future) plus the
// lifecycle fields an export carries (status, acknowledged_at, assignee, team,
// escalation_level, resolved_at, outcome, compensation, root_cause, satisfaction, closed_at).
// It gets a new reference and due times as if filed at its receipt time, and one `imported`
// event whose data holds every imported fact, so the state can be rebuilt from events.

#include <redress/records.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace redress {

struct ImportOptions {
  DataFormat format = DataFormat::csv;
  /// How the file is named in messages and in the `imported` event (its path as given).
  std::string source_name;
  /// `--map "Date received=received_at"`: a source column and the field it fills; an empty
  /// field ignores the column.
  std::vector<std::pair<std::string, std::string>> mapping;
  /// Check and report, write nothing (the work runs in a transaction that is rolled back).
  bool dry_run = false;
  /// Import the valid records, pass the others to `rejects`; otherwise the first invalid
  /// record stops the import and nothing is imported.
  bool skip_invalid = false;
  /// Import even when a category's `requires` is not met (as `file --allow-incomplete`).
  bool allow_incomplete = false;
  /// Keep every column that names no field as a text custom field named after it
  /// (field_name_for_column: "Sub-product" is `sub_product`), personal text, instead of
  /// refusing the file; `field_NAME` columns of fields the policy does not declare are kept so
  /// too. Without it such columns are refused.
  bool keep_unmapped = false;
  /// CSV: the delimiter, one of ',', ';', '\t'; 0 detects it from the header row.
  char delimiter = 0;
  /// With skip_invalid: receives each invalid record as CSV (a header first, then the record's
  /// values and a `reason` column). CSV files keep their own columns; JSON files get the
  /// complaint columns.
  std::ostream* rejects = nullptr;
  /// Called after each record with the records read and the bytes of input consumed.
  std::function<void(std::int64_t records, std::uint64_t bytes)> progress;
};

struct ImportSummary {
  std::int64_t records = 0;  // records read (rows of empty cells are not counted)
  std::int64_t imported = 0; // recorded (or, in a dry run, that would be)
  std::int64_t rejected = 0; // invalid, skipped with skip_invalid
  std::optional<std::string> first_reference;
  std::optional<std::string> last_reference;
  /// Dry run: one "row 3, column category: ..." line per invalid record, at most
  /// `k_max_listed_problems` of them.
  std::vector<std::string> problems;
  static constexpr std::size_t k_max_listed_problems = 50;
  /// The columns kept as custom fields (`keep_unmapped`): (column, field name), in file order.
  std::vector<std::pair<std::string, std::string>> kept_columns;
  /// CSV: the delimiter the file was read with.
  char delimiter = ',';
};

/// The field names an import understands (the CSV columns of an export, plus
/// `customer_preferred_channel`); the computed ones an export adds (`*_due_at`, `*_sla`,
/// `events`) are accepted and ignored. Custom fields come as `field_NAME` columns (`fields_NAME`
/// from a JSON `fields` object).
const std::vector<std::string>& import_fields();

} // namespace redress
