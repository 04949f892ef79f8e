#include "filter_options.hpp"

#include "context.hpp"

#include <redress/suggest.hpp>
#include <redress/error.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>

namespace redress::cli {

void add_filter_options(CLI::App& cmd, FilterOptions& o, const std::string& default_sort) {
  o.sort = default_sort;
  cmd.add_option("--status", o.statuses, "Only these statuses (comma-separated)")->delimiter(',')->type_name("STATUS");
  cmd.add_flag("--open", o.open, "Only open complaints (new, acknowledged, investigating, waiting)");
  cmd.add_option("--severity", o.severities, "Only these severities")->delimiter(',')->type_name("SEVERITY");
  cmd.add_option("--category", o.categories, "Only these categories")->delimiter(',')->type_name("CATEGORY");
  cmd.add_option("--channel", o.channels, "Only these channels")->delimiter(',')->type_name("CHANNEL");
  cmd.add_option("--assignee", o.assignee, "Only complaints assigned to NAME (folded: case and accents do not matter)")
      ->type_name("NAME");
  cmd.add_option("--team", o.team, "Only complaints of TEAM (folded)")->type_name("TEAM");
  cmd.add_option("--customer", o.customer, "Only complaints of a customer: their email, member id or name (folded)")
      ->type_name("NAME");
  cmd.add_flag("--at-risk", o.at_risk, "Only complaints with a clock at risk");
  cmd.add_flag("--breached", o.breached, "Only complaints with a breached clock");
  cmd.add_flag("--followup-due", o.followup_due, "Only resolved complaints due a satisfaction follow-up");
  cmd.add_option("--field", o.fields, "Only complaints whose custom field NAME is VALUE (repeatable)")
      ->type_name("NAME=VALUE")
      ->allow_extra_args(false);
  cmd.add_flag("--not-told", o.not_told, "Only complaints whose customer was not told of their latest step");
  cmd.add_option("--since", o.since, "Received at or after TIME")->type_name("TIME");
  cmd.add_option("--until", o.until, "Received before TIME (a date alone: up to the end of that day)")->type_name("TIME");
  std::vector<std::string> sorts{"received", "reference", "status", "severity", "category"};
  if (std::find(sorts.begin(), sorts.end(), default_sort) == sorts.end()) {
    sorts.insert(sorts.begin(), default_sort); // search's relevance
  }
  cmd.add_option("--sort", o.sort,
                 util::join(sorts, ", ") + " (default: " + default_sort +
                     "; severity: the policy's order, most severe first; status: the lifecycle's)")
      ->type_name("KEY")
      ->check(CLI::IsMember(sorts));
  cmd.add_flag("--reverse", o.reverse, "Reverse the order");
  cmd.add_option("--limit", o.limit, "At most N complaints")->type_name("N")->check(CLI::Range(1, 1000000000));
  cmd.add_flag("--include-confidential", o.include_confidential,
               "Show confidential complaints' customer details and texts");
}

std::vector<std::pair<std::string, std::string>> parse_field_options(const std::vector<std::string>& given) {
  std::vector<std::pair<std::string, std::string>> fields;
  for (const auto& text : given) {
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0) {
      throw Error(Errc::usage, "--field '" + text + "' is not NAME=VALUE", "write --field order_number=A-1234");
    }
    fields.emplace_back(text.substr(0, eq), text.substr(eq + 1));
  }
  return fields;
}

ComplaintFilter make_filter(const Ledger& ledger, const FilterOptions& o) {
  ComplaintFilter f;
  f.statuses = o.statuses;
  f.open_only = o.open;
  f.severities = o.severities;
  f.categories = o.categories;
  f.channels = o.channels;
  f.assignee = o.assignee;
  f.team = o.team;
  f.customer = o.customer;
  f.at_risk = o.at_risk;
  f.breached = o.breached;
  f.followup_due = o.followup_due;
  f.fields = parse_field_options(o.fields);
  f.not_told = o.not_told;
  if (o.since) {
    f.since = Context::parse_time_option(ledger, "--since", *o.since);
  }
  if (o.until) {
    f.until = Context::parse_until_option(ledger, "--until", *o.until);
  }
  f.sort = o.sort;
  f.reverse = o.reverse;
  f.limit = o.limit;
  ledger.check(f);
  return f;
}

char parse_delimiter_option(const std::string& text) {
  if (text == "," || text == ";") {
    return text[0];
  }
  if (text == "\t" || text == "\\t" || text == "tab") {
    return '\t';
  }
  throw Error(Errc::usage, "--delimiter '" + text + "' is not one of , ; or tab",
              "spreadsheets set up for a decimal comma use --delimiter ';'");
}

} // namespace redress::cli
