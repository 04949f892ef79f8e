#include "docgen/completion.hpp"

namespace redress::cli::docgen {

namespace {

// Text inside a zsh single-quoted _arguments spec: quotes closed and reopened, and the
// characters _arguments reads ([ ] :) escaped.
std::string spec_text(const std::string& s) {
  std::string out;
  for (const char ch : s) {
    if (ch == '\'') {
      out += "'\\''";
    } else if (ch == '[' || ch == ']' || ch == ':' || ch == '\\') {
      out += '\\';
      out += ch;
    } else {
      out += ch;
    }
  }
  return out;
}

// _redress__report__sla
std::string function_name(const CommandDoc& c) {
  std::string name = "_redress";
  for (const auto& p : c.path) {
    name += "__";
    for (const char ch : p) {
      name += ch == '-' ? '_' : ch;
    }
  }
  return name;
}

// The action of an _arguments spec for a value.
std::string value_action(const OptionDoc& o) {
  std::string what = o.value.empty() ? "value" : o.value;
  for (auto& ch : what) {
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  std::string action;
  switch (o.kind) {
  case ValueKind::choice: {
    std::string words;
    for (const auto& c : o.choices) {
      words += (words.empty() ? "" : " ") + c;
    }
    action = o.list ? "_values -s , " + what + " " + words : "(" + words + ")";
    break;
  }
  case ValueKind::file: action = "_files"; break;
  case ValueKind::directory: action = "_files -/"; break;
  case ValueKind::dynamic:
    action = o.list ? "_sequence -s , _redress_dynamic " + o.dynamic : "_redress_dynamic " + o.dynamic;
    break;
  case ValueKind::text: action = " "; break;
  }
  return ":" + spec_text(what) + ":" + action;
}

std::string option_specs(const std::vector<OptionDoc>& options) {
  std::string out;
  for (const auto& o : options) {
    // A value after "--long=" or as the next word; after "-s" directly or as the next word.
    const auto takes = [&](const std::string& name) {
      return o.value.empty() ? "" : name.size() == 2 ? "+" : "=";
    };
    const std::string help = "[" + spec_text(o.help) + "]" + (o.value.empty() ? "" : value_action(o));
    const bool repeat = o.repeatable && !o.list;
    if (o.names.size() == 1) {
      out += "    '" + std::string(repeat ? "*" : "") + o.names[0] + takes(o.names[0]) + help + "' \\\n";
      continue;
    }
    std::string names;
    std::string braces;
    for (const auto& n : o.names) {
      names += (names.empty() ? "" : " ") + n;
      braces += (braces.empty() ? "" : ",") + n + takes(n);
    }
    out += "    " + (repeat ? std::string("'*'") : "'(" + names + ")'") + "{" + braces + "}'" + help + "' \\\n";
  }
  return out;
}

// One function per command: its options and the global ones (they may follow the command),
// then its arguments, or its subcommands and a dispatch to theirs.
std::string command_function(const CommandDoc& c, const std::string& globals) {
  const std::string specs = (c.path.empty() ? "" : globals) + option_specs(c.options) +
                            "    '(- *)'{-h,--help}'[Show the help]' \\\n";
  std::string out = (c.path.empty() ? std::string("_redress_root") : function_name(c)) + "() {\n";
  if (c.subcommands.empty()) {
    out += "  _arguments -s -S : \\\n" + specs;
    for (std::size_t i = 0; i < c.positionals.size(); ++i) {
      const auto& p = c.positionals[i];
      const bool rest = p.repeatable && i + 1 == c.positionals.size();
      const std::string action = value_action(p);
      out += "    '" + (rest ? std::string("*") : std::to_string(i + 1)) + ":" + spec_text(p.help) +
             action.substr(action.find(':', 1)) + "' \\\n";
    }
    out += "    && return 0\n}\n";
    return out;
  }
  out += "  local curcontext=\"$curcontext\" state line\n  typeset -A opt_args\n";
  out += "  _arguments -C -s -S : \\\n" + specs + "    '1: :->command' '*:: :->argument' && return 0\n";
  out += "  case $state in\n    command)\n      local -a commands=(\n";
  for (const auto& s : c.subcommands) {
    out += "        '" + spec_text(s.name) + ":" + spec_text(s.description) + "'\n";
  }
  out += "      )\n      _describe -t commands 'command' commands ;;\n    argument)\n"
         "      curcontext=\"${curcontext%:*:*}:redress-$words[1]:\"\n      case $words[1] in\n";
  for (const auto& s : c.subcommands) {
    out += "        (" + s.name + ") " + function_name(s) + " ;;\n";
  }
  out += "      esac ;;\n  esac\n}\n";
  return out;
}

const char* const k_helpers = R"ZSH(
# Names from the ledger in the current folder (or --ledger), with descriptions.
_redress_dynamic() {
  local -a lines described
  local line
  lines=(${(f)"$($_redress_bin $_redress_ledger __complete $1 $_redress_step 2>/dev/null)"})
  for line in $lines; do
    if [[ $line == *$'\t'* ]]; then
      described+=("${${line%%$'\t'*}//:/\\:}:${line#*$'\t'}")
    else
      described+=("${line//:/\\:}")
    fi
  done
  _describe -t values $1 described
}

_redress() {
  local _redress_bin=$words[1] _redress_step="" i
  local -a _redress_ledger
  for (( i = 2; i < CURRENT; i++ )); do
    case $words[i] in
      --ledger) _redress_ledger=(--ledger $words[i+1]) ;;
      --ledger=*) _redress_ledger=($words[i]) ;;
      -*) ;;
      *) [[ -z $_redress_step && $words[i-1] != --(ledger|actor|format|color) ]] && _redress_step=$words[i] ;;
    esac
  done
  _redress_root "$@"
}

if [[ $funcstack[1] == _redress ]]; then
  _redress "$@"   # autoloaded from $fpath by compinit
else
  compdef _redress redress
fi
)ZSH";

} // namespace

std::string zsh_completion(const CommandDoc& root) {
  std::string out = "#compdef redress\n"
                    "# zsh completion for redress. Generated by 'redress __generate zsh' from the command\n"
                    "# definitions: do not edit. Values named in the ledger come from 'redress __complete'.\n\n";
  const std::string globals = option_specs(root.options);
  for_each_command(root, [&](const CommandDoc& c) { out += command_function(c, globals) + "\n"; });
  return out + k_helpers;
}

} // namespace redress::cli::docgen
