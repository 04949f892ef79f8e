#pragma once
// Custom fields: the one place for their rules (SPEC §6 `file --field`, `change`, `amend`,
// `list --field`, import and export).
//
// - A field the policy declares (`[fields.NAME]`) holds values of its type, kept as canonical
//   text: `text` (one line, at most 1000 bytes, matching `pattern` whole when there is one),
//   `integer` (digits with an optional sign: "+007" is kept as "7"), `decimal` (digits with an
//   optional '.' fraction, kept as written but for a '+' and leading zeros), `date`
//   (YYYY-MM-DD, a real date), `choice` (one of `values`, as the policy spells it).
// - A field the policy does not declare exists only because an import kept a column
//   (`--keep-unmapped`): it holds any text (line breaks allowed, up to 1 MiB).
// - A field is personal text (erasable, in the event's `personal`, hidden with a confidential
//   complaint's texts) when the policy says `personal = true`, and always when undeclared: a
//   foreign column may hold anything.
// - Filing in a category that a field's `required_for` names needs the field, unless the
//   filing is allowed incomplete.

#include <redress/complaint.hpp>
#include <redress/policy.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress {

/// A value checked for its field: its canonical text, or why it is refused.
struct CheckedField {
  std::string value;
  std::optional<std::string> problem; // "'12,5' is not a decimal number"
  std::string hint;                   // "write 12.5"
};

/// Checks `value` for the field `name`: `declared` is the policy's field (null for a kept
/// column). An empty value is refused; callers that clear a field with it check first.
CheckedField check_field_value(const FieldPolicy* declared, std::string_view value);

/// Whether the field's values are personal text (see above).
bool field_is_personal(const FieldPolicy* declared);

/// Sets field `name` of `c` to `value` (personal or not as above), or removes it when `value`
/// is empty.
void set_field(Complaint& c, const Policy& policy, const std::string& name, const std::string& value);

/// The value of field `name` on `c`, if it has one.
std::optional<std::string> field_value(const Complaint& c, const std::string& name);

/// The fields that the policy requires for `category` and `c` lacks, in policy order.
std::vector<std::string> missing_required_fields(const Policy& policy, const Complaint& c);

/// Every field value of `c`, facts and personal text, one a line in name order: what the search
/// index holds of its fields (issue 16 builds its documents through this).
std::string field_search_text(const Complaint& c);

/// The field name an import gives a column it keeps (`--keep-unmapped`): "Sub-product" is
/// `sub_product`, "Broj narudžbe" `broj_narudzbe` (marks dropped), "ZIP code" `zip_code`;
/// a column with nothing of that left is `column_N` (its 1-based position).
std::string field_name_for_column(std::string_view column, std::size_t position);

} // namespace redress
