#pragma once
// `redress customer` for people and scripts: the list as a table (terminal, Markdown, CSV,
// TSV) or JSON, a history as text or JSON (schemas/customer.schema.json), and an access
// request's export as JSON (schemas/customer-export.schema.json).

#include <redress/customer.hpp>
#include <redress/render.hpp>

#include <string>
#include <vector>

namespace redress {

/// `customer list` as data (CSV, TSV, Markdown): id, name, email, phone, member_id, complaints,
/// open, confidential, first_seen, last_contact (times in `zone`). With `redact`, a customer
/// all of whose complaints are confidential shows "(confidential)" and no details.
TextTable customer_list_table(const std::vector<CustomerSummary>& customers, const TimeZone& zone, bool redact);
/// The same on a terminal: id, complaints, open, last contact, contact (email, else phone,
/// else member id), name; fit to the width (dates lose their year as of `now`, then contact
/// goes).
TextTable customer_list_terminal_table(const std::vector<CustomerSummary>& customers, const TimeZone& zone,
                                       bool redact, Instant now);
/// The same as a JSON array of objects: id, name, email, phone, member_id, complaints, open,
/// confidential, first_seen_at, last_contact_at (RFC 3339 UTC, or null). `indent` < 0: one line.
/// One of them as a JSON object (a line of `--format ndjson`).
std::string customer_summary_json(const CustomerSummary& s, bool redact, int indent);
std::string customer_list_json(const std::vector<CustomerSummary>& customers, bool redact, int indent);

/// `customer show` on a terminal: the record, its figures, then one row per complaint
/// (reference, received, status, outcome, satisfaction, summary), fit to `style.width`.
std::string customer_history_text(const CustomerHistory& h, const TimeZone& zone,
                                  const TerminalStyle& style, Instant now);
/// The same as one JSON object (schemas/customer.schema.json).
std::string customer_history_json(const CustomerHistory& h, int indent);

/// Everything of an access request (schemas/customer-export.schema.json): `exported_at`,
/// the `customer` record with figures, `merged_records`, and `complaints`: each a `complaint`
/// as `show --format json` writes it (events and personal text included, confidential too)
/// and its `messages_in_sending`.
std::string customer_export_json(const CustomerExport& e, Instant exported_at, int indent);

} // namespace redress
