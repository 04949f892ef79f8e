#include "docgen/completion.hpp"

#include <redress/suggest.hpp>

namespace redress::cli::docgen {

namespace {

// A word for a bash double-quoted string.
std::string bash_word(const std::string& s) {
  std::string out = "\"";
  for (const char ch : s) {
    if (ch == '"' || ch == '\\' || ch == '$' || ch == '`') {
      out += '\\';
    }
    out += ch;
  }
  return out + "\"";
}

// What to offer for a value: "choice:a b", "file", "dir", "dynamic:KIND", "" (nothing), with
// "list:" in front for a comma-separated list.
std::string action(const OptionDoc& o) {
  std::string a;
  switch (o.kind) {
  case ValueKind::choice: a = "choice:" + util::join(o.choices, " "); break;
  case ValueKind::file: a = "file"; break;
  case ValueKind::directory: a = "dir"; break;
  case ValueKind::dynamic: a = "dynamic:" + o.dynamic; break;
  case ValueKind::text: break;
  }
  return o.list && !a.empty() ? "list:" + a : a;
}

// The completion function: it walks the words typed so far down the command tree (skipping
// option values), then offers subcommands, options, or what the option or argument takes.
const char* const k_function = R"BASH(
_redress_offer() { # ACTION CUR PREFIX: fills COMPREPLY
  local action=$1 cur=$2 prefix=$3 words
  if [[ $action == list:* ]]; then
    action=${action#list:}
    if [[ $cur == *,* ]]; then
      prefix+=${cur%,*},
      cur=${cur##*,}
    fi
  fi
  local IFS=$'\n'
  case $action in
    choice:*) words=${action#choice:}; words=${words// /$'\n'} ;;
    dynamic:*)
      words=$("${_redress_bin:-redress}" "${_redress_ledger[@]}" __complete "${action#dynamic:}" "$_redress_step" 2>/dev/null | cut -f1) ;;
    file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); return ;;
    dir) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")); return ;;
    *) COMPREPLY=(); return ;;
  esac
  COMPREPLY=($(compgen -P "$prefix" -W "$words" -- "$cur"))
  return 0
}

_redress_value() { # PATH OPTION: prints the option's action and succeeds when it takes a value
  local key
  for key in "$1|$2" "redress|$2"; do
    if [[ -n ${_redress_values[$key]+set} ]]; then
      printf '%s\n' "${_redress_values[$key]}"
      return 0
    fi
  done
  return 1
}

_redress() {
  local cur prev cword
  local -a words
  if declare -F _get_comp_words_by_ref >/dev/null; then
    _get_comp_words_by_ref -n =: cur prev words cword
  else
    words=("${COMP_WORDS[@]}") cword=$COMP_CWORD cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  fi
  local _redress_bin=${words[0]} _redress_step="" path=redress w i nargs=0 a
  local -a _redress_ledger=()
  for ((i = 1; i < cword; i++)); do
    w=${words[i]}
    if [[ $w == -* ]]; then
      if [[ $w == --ledger=* ]]; then
        _redress_ledger=("$w")
      elif [[ $w != *=* ]] && _redress_value "$path" "$w" >/dev/null; then
        [[ $w == --ledger ]] && _redress_ledger=(--ledger "${words[i+1]}")
        ((i++))
      fi
    elif [[ -n ${_redress_commands[$path]+set} && " ${_redress_commands[$path]} " == *" $w "* ]]; then
      path+=" $w"
      nargs=0
    else
      ((nargs++))
    fi
  done
  _redress_step=${path#redress}
  _redress_step=${_redress_step# }
  _redress_step=${_redress_step%% *}
  if [[ $cur == -*=* ]]; then
    a=$(_redress_value "$path" "${cur%%=*}") && _redress_offer "$a" "${cur#*=}" ""
    return 0
  fi
  if [[ $prev == -* && $cword -gt 1 ]] && a=$(_redress_value "$path" "$prev"); then
    _redress_offer "$a" "$cur" ""
    return 0
  fi
  if [[ $cur == -* ]]; then
    a=${_redress_options[$path]}
    [[ $path != redress ]] && a+=" ${_redress_options[redress]}" # global options follow commands too
    COMPREPLY=($(compgen -W "$a" -- "$cur"))
    return 0
  fi
  if [[ -n ${_redress_commands[$path]+set} ]]; then
    COMPREPLY=($(compgen -W "${_redress_commands[$path]}" -- "$cur"))
    return 0
  fi
  a=${_redress_arguments[$path|$nargs]-${_redress_arguments[$path|*]-}}
  _redress_offer "$a" "$cur" ""
  return 0
}
complete -F _redress redress
)BASH";

} // namespace

std::string bash_completion(const CommandDoc& root) {
  std::string commands, options, values, arguments;
  for_each_command(root, [&](const CommandDoc& c) {
    const std::string key = c.full_name(); // "redress report sla": bash keys cannot be empty
    if (!c.subcommands.empty()) {
      std::vector<std::string> names;
      for (const auto& s : c.subcommands) {
        names.push_back(s.name);
      }
      commands += "  [" + bash_word(key) + "]=" + bash_word(util::join(names, " ")) + "\n";
    }
    // --help is taken everywhere: listed once, with the global options (the root's).
    std::vector<std::string> names;
    if (c.path.empty()) {
      names.push_back("--help");
    }
    for (const auto& o : c.options) {
      for (const auto& n : o.names) {
        names.push_back(n);
        if (!o.value.empty()) {
          values += "  [" + bash_word(key + "|" + n) + "]=" + bash_word(action(o)) + "\n";
        }
      }
    }
    options += "  [" + bash_word(key) + "]=" + bash_word(util::join(names, " ")) + "\n";
    for (std::size_t i = 0; i < c.positionals.size(); ++i) {
      const auto& p = c.positionals[i];
      const std::string index = p.repeatable && i + 1 == c.positionals.size() ? "*" : std::to_string(i);
      arguments += "  [" + bash_word(key + "|" + index) + "]=" + bash_word(action(p)) + "\n";
    }
  });
  return "# bash completion for redress. Generated by 'redress __generate bash' from the command\n"
         "# definitions: do not edit. Values named in the ledger come from 'redress __complete'.\n"
         "declare -gA _redress_commands=(\n" + commands + ")\n"
         "declare -gA _redress_options=(\n" + options + ")\n"
         "declare -gA _redress_values=(\n" + values + ")\n"
         "declare -gA _redress_arguments=(\n" + arguments + ")" + k_function;
}

} // namespace redress::cli::docgen
