#include "docgen/model.hpp"

#include <CLI/CLI.hpp>

#include <map>

namespace redress::cli::docgen {

namespace {

// Type names the commands give their values (e.g. ->type_name("CATEGORY")), and what a
// completion offers for each. A name not here offers nothing (TEXT, TIME, NAME, N ...).
void classify(OptionDoc& o) {
  static const std::map<std::string, std::string> dynamic{
      {"CHANNEL", "channels"}, {"CATEGORY", "categories"}, {"SEVERITY", "severities"},
      {"OUTCOME", "outcomes"}, {"STATUS", "statuses"},     {"LEVEL", "levels"},
      {"TEAM", "teams"},       {"REF", "references"}};
  if (!o.choices.empty()) {
    o.kind = ValueKind::choice;
  } else if (const auto it = dynamic.find(o.value); it != dynamic.end()) {
    o.kind = ValueKind::dynamic;
    o.dynamic = it->second;
  } else if (o.value == "FILE" || o.value == "PATH") {
    o.kind = ValueKind::file;
  } else if (o.value == "DIR") {
    o.kind = ValueKind::directory;
  }
}

// CLI11 writes an IsMember validator into the type name: "TEXT:{table,csv,json}".
void read_type(const CLI::Option& opt, OptionDoc& o) {
  std::string type = opt.get_type_name();
  if (const auto open = type.find(":{"); open != std::string::npos && type.back() == '}') {
    std::string list = type.substr(open + 2, type.size() - open - 3);
    type.erase(open);
    std::size_t start = 0;
    while (start <= list.size()) {
      const auto comma = std::min(list.find(',', start), list.size());
      o.choices.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  } else if (const auto colon = type.find(':'); colon != std::string::npos) {
    type.erase(colon); // another validator's description: not a value name
  }
  o.value = type;
}

OptionDoc option_doc(const CLI::Option& opt) {
  OptionDoc o;
  for (const auto& s : opt.get_snames()) {
    o.names.push_back("-" + s);
  }
  for (const auto& l : opt.get_lnames()) {
    o.names.push_back("--" + l);
  }
  o.help = opt.get_description();
  o.required = opt.get_required();
  if (opt.get_type_size_max() > 0) { // not a flag
    read_type(opt, o);
    o.list = opt.get_delimiter() == ',';
    o.repeatable = opt.get_items_expected_max() > 1;
  }
  classify(o);
  return o;
}

CommandDoc command_doc(const CLI::App& app, std::vector<std::string> path) {
  CommandDoc doc;
  doc.name = app.get_name();
  doc.path = path;
  doc.description = app.get_description();
  doc.footer = app.get_footer();
  // CLI11 gives a subcommand its parent's footer unless it has its own: say it once.
  if (app.get_parent() != nullptr && doc.footer == app.get_parent()->get_footer()) {
    doc.footer.clear();
  }
  doc.subcommand_required = app.get_require_subcommand_min() > 0;
  for (const CLI::Option* opt : app.get_options({})) {
    if (opt == app.get_help_ptr() || opt == app.get_help_all_ptr()) {
      continue;
    }
    if (opt->nonpositional()) {
      doc.options.push_back(option_doc(*opt));
    } else if (opt->get_positional()) {
      OptionDoc p = option_doc(*opt);
      p.names = {opt->get_name(true)};
      p.repeatable = opt->get_items_expected_max() > 1;
      doc.positionals.push_back(std::move(p));
    }
  }
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) {
      continue; // hidden
    }
    std::vector<std::string> sub_path = path;
    sub_path.push_back(sub->get_name());
    doc.subcommands.push_back(command_doc(*sub, sub_path));
  }
  return doc;
}

} // namespace

std::string CommandDoc::full_name() const {
  std::string out = "redress";
  for (const auto& p : path) {
    out += " " + p;
  }
  return out;
}

std::string CommandDoc::page_name() const {
  return path.empty() ? "redress" : "redress-" + path.front();
}

CommandDoc describe(const CLI::App& app) {
  CommandDoc root = command_doc(app, {});
  // An argument that names a command (`help COMMAND`) takes the names of the commands.
  std::vector<std::string> names;
  for (const auto& c : root.subcommands) {
    names.push_back(c.name);
  }
  for (auto& c : root.subcommands) {
    for (auto& p : c.positionals) {
      if (p.value == "COMMAND") {
        p.choices = names;
        p.kind = ValueKind::choice;
      }
    }
  }
  return root;
}

std::string path_key(const CommandDoc& c) {
  std::string key;
  for (const auto& p : c.path) {
    key += (key.empty() ? "" : " ") + p;
  }
  return key;
}

} // namespace redress::cli::docgen
