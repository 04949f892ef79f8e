// The reports' shared rules: their names, the window of receipt, the typed result's look-ups.

#include <redress/error.hpp>
#include <redress/ledger.hpp>
#include <redress/policy.hpp>
#include <redress/report.hpp>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace redress {

namespace {

constexpr std::array<std::pair<ReportKind, std::string_view>, 6> k_kinds{{
    {ReportKind::summary, "summary"},
    {ReportKind::sla, "sla"},
    {ReportKind::aging, "aging"},
    {ReportKind::trends, "trends"},
    {ReportKind::outcomes, "outcomes"},
    {ReportKind::complaints_return, "return"},
}};

} // namespace

std::string_view to_string(ReportKind kind) {
  for (const auto& [k, name] : k_kinds) {
    if (k == kind) {
      return name;
    }
  }
  return "summary";
}

std::optional<ReportKind> parse_report_kind(std::string_view text) {
  for (const auto& [k, name] : k_kinds) {
    if (name == text) {
      return k;
    }
  }
  return std::nullopt;
}

const std::vector<ReportKind>& report_kinds() {
  static const std::vector<ReportKind> all{ReportKind::summary, ReportKind::sla, ReportKind::aging,
                                           ReportKind::trends, ReportKind::outcomes};
  return all;
}

ReportWindow report_window(const WindowRequest& request, Instant now, const TimeZone& zone) {
  ReportWindow w;
  w.as_of = request.as_of.value_or(now);
  if (w.as_of > now) {
    throw Error(Errc::invalid_input, "--as-of " + format_local(w.as_of, zone) + " is in the future",
                "a report can only say what the ledger knows now");
  }
  w.until = request.until.value_or(w.as_of);
  if (request.since) {
    w.since = *request.since;
  } else if (!request.all_time_by_default) { // local midnight 30 days before
    LocalDateTime day = to_local(w.until - std::chrono::days{30}, zone);
    day.hour = day.minute = day.second = 0;
    w.since = from_local(day, zone);
  }
  if (w.since && *w.since >= w.until) {
    throw Error(Errc::usage, "--since must be before --until");
  }
  return w;
}

void for_each_in_window(Ledger& ledger, const ReportWindow& window,
                        const std::function<void(const Complaint&)>& sink) {
  ledger.set_as_of(window.as_of);
  const Policy& policy = ledger.policy();
  if (!std::any_of(policy.name_tables.begin(), policy.name_tables.end(),
                   [](const NameTable& t) { return t.has_renames(); })) {
    ledger.states(window.since.value_or(Instant{}), window.until, sink);
    return;
  }
  // A complaint keeps the name it was filed under; a report counts it under the name that
  // stands for it now, so a renamed category is one group, not two.
  const auto rename = [&policy](NameKind kind, std::string& name) {
    if (const std::string* now = policy.current_name(kind, name)) {
      name = *now;
    }
  };
  ledger.states(window.since.value_or(Instant{}), window.until, [&](const Complaint& stored) {
    Complaint c = stored;
    rename(NameKind::category, c.category);
    rename(NameKind::severity, c.severity);
    rename(NameKind::channel, c.channel);
    if (c.outcome) {
      rename(NameKind::outcome, *c.outcome);
    }
    sink(c);
  });
}

std::optional<std::int64_t> percentile(std::vector<std::int64_t>& values, int p) {
  if (values.empty()) {
    return std::nullopt;
  }
  std::sort(values.begin(), values.end());
  // Nearest rank: ceil(p/100 * N), 1-based, computed in integers.
  const auto n = static_cast<std::int64_t>(values.size());
  const std::int64_t rank = std::max<std::int64_t>(1, (p * n + 99) / 100);
  return values[static_cast<std::size_t>(rank - 1)];
}

std::size_t ReportTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].key == name) {
      return i;
    }
  }
  throw std::out_of_range("report table " + key + " has no column " + std::string(name));
}

const Value& ReportTable::at(std::size_t row, std::string_view name) const {
  return rows.at(row).at(column(name));
}

const Value& Report::figure(std::string_view key) const {
  for (const auto* list : {&figures, &parameters}) {
    for (const Figure& f : *list) {
      if (f.key == key) {
        return f.value;
      }
    }
  }
  throw std::out_of_range("report " + std::string(to_string(kind)) + " has no figure " + std::string(key));
}

const ReportTable* Report::find_table(std::string_view key) const {
  for (const ReportTable& t : tables) {
    if (t.key == key) {
      return &t;
    }
  }
  return nullptr;
}

const ReportTable& Report::table(std::string_view key) const {
  if (const ReportTable* t = find_table(key)) {
    return *t;
  }
  throw std::out_of_range("report " + std::string(to_string(kind)) + " has no table " + std::string(key));
}

} // namespace redress
