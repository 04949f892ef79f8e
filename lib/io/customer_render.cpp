#include "util/text.hpp"

#include <redress/customer_render.hpp>
#include <redress/suggest.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace redress {

namespace {

using Json = nlohmann::ordered_json;

Json text_or_null(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }
Json time_or_null(const std::optional<Instant>& v) { return v ? Json(format_utc(*v)) : Json(nullptr); }

Json summary_json(const CustomerSummary& s, bool hide) {
  return Json{{"id", s.id},
              {"name", hide || s.erased ? Json(nullptr) : Json(s.details.name)},
              {"email", hide ? Json(nullptr) : text_or_null(s.details.email)},
              {"phone", hide ? Json(nullptr) : text_or_null(s.details.phone)},
              {"member_id", hide ? Json(nullptr) : text_or_null(s.details.member_id)},
              {"language", hide ? Json(nullptr) : text_or_null(s.details.language)},
              {"preferred_channel", hide ? Json(nullptr) : text_or_null(s.details.preferred_channel)},
              {"complaints", s.complaints},
              {"open", s.open},
              {"confidential", s.confidential},
              {"first_seen_at", format_utc(s.first_seen_at)},
              {"last_contact_at", time_or_null(s.last_contact_at)},
              {"erased", s.erased}};
}

// The name a table shows: none for the confidential or the erased.
std::string shown_name(const CustomerSummary& s, bool hide) {
  return s.erased ? "(erased)" : hide ? "(confidential)" : s.details.name;
}

Json parsed(const std::string& text) { return Json::parse(text); }

std::string dumped(const Json& j, int indent) { return j.dump(indent, ' ', false, Json::error_handler_t::replace); }

} // namespace

TextTable customer_list_table(const std::vector<CustomerSummary>& customers, const TimeZone& zone,
                              bool redact) {
  TextTable table{{"id", "name", "email", "phone", "member_id", "complaints", "open", "confidential",
                   "first_seen", "last_contact"},
                  {true, false, false, false, false, true, true, true, false, false},
                  {},
                  {},
                  1};
  for (const CustomerSummary& s : customers) {
    const bool hide = redact && s.confidential_only();
    const auto detail = [hide](const std::optional<std::string>& v) { return hide ? "" : v.value_or(""); };
    table.rows.push_back({std::to_string(s.id), shown_name(s, hide), detail(s.details.email),
                          detail(s.details.phone), detail(s.details.member_id), std::to_string(s.complaints),
                          std::to_string(s.open), std::to_string(s.confidential),
                          format_local_short(s.first_seen_at, zone),
                          s.last_contact_at ? format_local_short(*s.last_contact_at, zone) : ""});
  }
  return table;
}

TextTable customer_list_terminal_table(const std::vector<CustomerSummary>& customers, const TimeZone& zone,
                                       bool redact, Instant now) {
  // Free text (contact, name) last: right-to-left names cannot reorder the figures.
  enum Column : std::size_t { id, complaints, open, last_contact, contact, name };
  TextTable table{{"id", "complaints", "open", "last contact", "contact", "name"},
                  {true, true, true, false, false, false},
                  {},
                  {},
                  2};
  table.drop_order = {contact};
  for (const CustomerSummary& s : customers) {
    const bool hide = redact && s.confidential_only();
    // One way to reach them: the email, else the phone, else the member id.
    const std::string reach = s.details.email       ? *s.details.email
                              : s.details.phone     ? *s.details.phone
                              : s.details.member_id ? *s.details.member_id
                                                    : "";
    std::vector<std::string> row{std::to_string(s.id),
                                 std::to_string(s.complaints),
                                 std::to_string(s.open),
                                 s.last_contact_at ? format_local_short(*s.last_contact_at, zone) : "",
                                 hide ? "" : reach,
                                 shown_name(s, hide)};
    std::vector<std::string> compact = row;
    compact[last_contact] = s.last_contact_at ? format_local_compact(*s.last_contact_at, zone, now) : "";
    table.rows.push_back(std::move(row));
    table.compact_rows.push_back(std::move(compact));
  }
  return table;
}

std::string customer_summary_json(const CustomerSummary& s, bool redact, int indent) {
  return dumped(summary_json(s, redact && s.confidential_only()), indent);
}

std::string customer_list_json(const std::vector<CustomerSummary>& customers, bool redact, int indent) {
  Json list = Json::array();
  for (const CustomerSummary& s : customers) {
    list.push_back(summary_json(s, redact && s.confidential_only()));
  }
  return dumped(list, indent);
}

std::string customer_history_text(const CustomerHistory& h, const TimeZone& zone,
                                  const TerminalStyle& style, Instant now) {
  const auto clean = [](std::string_view s) { return util::sanitize_for_terminal(s); };
  const CustomerSummary& s = h.customer;
  std::string out;
  const auto field = [&](std::string_view label, const std::string& value) {
    if (value.empty()) {
      return;
    }
    for (const auto& line : util::wrap_to_width(value, std::max(10, style.width - 14))) {
      out += fmt::format("{:<14}{}\n", label, line);
      label = "";
    }
  };
  out += fmt::format("customer #{}  {}\n", s.id,
                     s.erased   ? "(erased: no name or contact is kept)"
                     : h.hidden ? "(confidential: --include-confidential shows their details)"
                                : clean(s.details.name));
  if (h.asked_for_merged) {
    out += fmt::format("(#{} was merged into this record)\n", *h.asked_for_merged);
  }
  field("email", s.details.email ? clean(*s.details.email) : "");
  field("phone", s.details.phone ? clean(*s.details.phone) : "");
  field("member id", s.details.member_id ? clean(*s.details.member_id) : "");
  field("language", s.details.language ? clean(*s.details.language) : "");
  field("prefers", s.details.preferred_channel ? clean(*s.details.preferred_channel) : "");
  field("first seen", format_local_short(s.first_seen_at, zone));
  field("last contact", s.last_contact_at ? format_local_short(*s.last_contact_at, zone) : "");
  field("complaints", fmt::format("{} ({} open)", s.complaints, s.open));
  if (!h.merged.empty()) {
    std::vector<std::string> ids;
    for (const auto id : h.merged) {
      ids.push_back("#" + std::to_string(id));
    }
    field("merged", util::join(ids));
  }
  out += "\nComplaints\n";
  enum Column : std::size_t { reference, received, status, outcome, satisfaction, summary };
  TextTable table{{"reference", "received", "status", "outcome", "score", "summary"},
                  {false, false, false, false, true, false}, {}, {}, 1};
  table.drop_order = {outcome, received};
  table.wrap = true;
  for (const Complaint& c : h.complaints) {
    std::string outcome_text = c.outcome.value_or("");
    if (c.compensation) {
      outcome_text += " " + format_money(*c.compensation) + " " + c.compensation->currency;
    }
    std::vector<std::string> row{c.reference, format_local_short(c.received_at, zone),
                                 std::string(to_string(c.status)), outcome_text,
                                 c.satisfaction ? std::to_string(*c.satisfaction) + "/5" : "",
                                 c.summary + (c.confidential ? " (confidential)" : "")};
    std::vector<std::string> compact = row;
    compact[received] = format_local_compact(c.received_at, zone, now);
    table.rows.push_back(std::move(row));
    table.compact_rows.push_back(std::move(compact));
  }
  if (h.complaints.empty()) {
    out += "  (none shown)\n";
  } else {
    const TerminalStyle inner{std::max(20, style.width - 2), style.color};
    out += util::indented(render_terminal_table(table, inner));
  }
  if (h.left_out > 0) {
    out += fmt::format("\n{} confidential complaint{} not shown (--include-confidential shows {}).\n",
                       h.left_out, h.left_out == 1 ? "" : "s", h.left_out == 1 ? "it" : "them");
  }
  return out;
}

std::string customer_history_json(const CustomerHistory& h, int indent) {
  Json j = summary_json(h.customer, h.hidden);
  Json merged = Json::array();
  for (const auto id : h.merged) {
    merged.push_back(id);
  }
  j["merged"] = std::move(merged);
  Json complaints = Json::array();
  for (const Complaint& c : h.complaints) {
    complaints.push_back(parsed(complaint_json(c, nullptr, false, -1)));
  }
  j["history"] = std::move(complaints);
  j["confidential_not_shown"] = h.left_out;
  return dumped(j, indent);
}

std::string customer_export_json(const CustomerExport& e, Instant exported_at, int indent) {
  Json j;
  j["exported_at"] = format_utc(exported_at);
  j["customer"] = summary_json(e.customer, false);
  Json merged = Json::array();
  for (const auto& [id, details] : e.merged) {
    merged.push_back(Json{{"id", id},
                          {"name", e.customer.erased ? Json(nullptr) : Json(details.name)},
                          {"email", text_or_null(details.email)},
                          {"phone", text_or_null(details.phone)},
                          {"member_id", text_or_null(details.member_id)},
                          {"language", text_or_null(details.language)},
                          {"preferred_channel", text_or_null(details.preferred_channel)}});
  }
  j["merged_records"] = std::move(merged);
  Json complaints = Json::array();
  for (const CustomerExport::Item& item : e.complaints) {
    Json pending = Json::array();
    for (const PendingMessage& p : item.pending) {
      pending.push_back(Json{{"kind", p.kind}, {"since", format_utc(p.since)}, {"actor", p.actor}});
    }
    complaints.push_back(Json{{"complaint", parsed(complaint_json(item.complaint, &item.events, false, -1))},
                              {"messages_in_sending", std::move(pending)}});
  }
  j["complaints"] = std::move(complaints);
  return dumped(j, indent);
}

} // namespace redress
