#include "docgen/completion.hpp"

#include <redress/suggest.hpp>

namespace redress::cli::docgen {

namespace {

// A fish single-quoted string.
std::string fish_word(const std::string& s) {
  std::string out = "'";
  for (const char ch : s) {
    if (ch == '\'' || ch == '\\') {
      out += '\\';
    }
    out += ch;
  }
  return out + "'";
}

// The arguments of `complete` for what a value takes.
std::string value_args(const OptionDoc& o) {
  switch (o.kind) {
  case ValueKind::choice:
    return o.list ? " -x -a '(__redress_list " + util::join(o.choices, " ") + ")'" : " -x -a " + fish_word(util::join(o.choices, " "));
  case ValueKind::file: return " -r -F";
  case ValueKind::directory: return " -x -a '(__fish_complete_directories)'";
  case ValueKind::dynamic:
    return o.list ? " -x -a '(__redress_list (__redress_dynamic " + o.dynamic + "))'"
                  : " -x -a '(__redress_dynamic " + o.dynamic + ")'";
  case ValueKind::text: return " -x";
  }
  return "";
}

std::string option_lines(const std::string& condition, const std::vector<OptionDoc>& options) {
  std::string out;
  for (const auto& o : options) {
    std::string line = "complete -c redress -n " + fish_word(condition);
    for (const auto& n : o.names) {
      line += n.size() == 2 ? " -s " + n.substr(1) : " -l " + n.substr(2);
    }
    line += " -d " + fish_word(o.help);
    if (!o.value.empty()) {
      line += value_args(o);
    }
    out += line + "\n";
  }
  return out;
}

// The path of commands typed so far ("report sla"), skipping option values: fish has no
// tables, so the tree is spelled out as two functions.
const char* const k_functions = R"FISH(
function __redress_path --description 'The redress command typed so far, such as "report sla"'
    set -l tokens (commandline -opc)
    set -l path ''
    set -l skip 0
    for token in $tokens[2..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        switch $token
            case '--*=*'
            case '-*'
                if __redress_takes_value "$path" $token
                    set skip 1
                end
            case '*'
                if contains -- $token (__redress_subcommands "$path")
                    set path (string trim -- "$path $token")
                else
                    break
                end
        end
    end
    echo $path
end

function __redress_at --description 'True when the command typed so far is $argv'
    test (__redress_path) = "$argv"
end

# Names from the ledger in the current folder (or --ledger): value, tab, description.
function __redress_dynamic
    set -l tokens (commandline -opc)
    set -l ledger
    for i in (seq (count $tokens))
        if test "$tokens[$i]" = --ledger; and test $i -lt (count $tokens)
            set ledger --ledger $tokens[(math $i + 1)]
        else if string match -q -- '--ledger=*' $tokens[$i]
            set ledger $tokens[$i]
        end
    end
    set -l step (string split ' ' -- (__redress_path))[1]
    $tokens[1] $ledger __complete $argv[1] $step 2>/dev/null
end

# Completes the last item of a comma-separated list with the candidates given.
function __redress_list
    set -l token (commandline -ct)
    set -l head ''
    if string match -q -- '*,*' $token
        set head (string replace -r -- '[^,]*$' '' $token)
    end
    for candidate in $argv
        echo $head$candidate
    end
end
)FISH";

} // namespace

std::string fish_completion(const CommandDoc& root) {
  std::string subcommands = "function __redress_subcommands\n    switch \"$argv[1]\"\n";
  std::string takes_value = "function __redress_takes_value\n    switch \"$argv[1] $argv[2]\"\n";
  std::vector<std::string> global_values;
  for (const auto& o : root.options) {
    if (!o.value.empty()) {
      for (const auto& n : o.names) {
        global_values.push_back(fish_word("* " + n));
      }
    }
  }
  std::string lines;
  for_each_command(root, [&](const CommandDoc& c) {
    const std::string key = path_key(c);
    std::vector<std::string> values;
    for (const auto& o : c.options) {
      if (!o.value.empty()) {
        for (const auto& n : o.names) {
          values.push_back(fish_word(key + " " + n));
        }
      }
    }
    if (!values.empty() && !c.path.empty()) {
      takes_value += "        case " + util::join(values, " ") + "\n            return 0\n";
    }
    const std::string at = "__redress_at " + key;
    if (!c.path.empty()) {
      lines += option_lines(at, c.options);
    }
    if (!c.subcommands.empty()) {
      std::vector<std::string> names;
      for (const auto& s : c.subcommands) {
        names.push_back(s.name);
        lines += "complete -c redress -n " + fish_word(at) + " -a " + fish_word(s.name) + " -d " + fish_word(s.description) + "\n";
      }
      subcommands += "        case " + fish_word(key) + "\n            echo " + util::join(names, " ") + " | string split ' '\n";
    }
    if (!c.positionals.empty()) {
      const auto& p = c.positionals.front(); // what the first argument takes
      if (p.kind == ValueKind::dynamic || p.kind == ValueKind::choice) {
        lines += "complete -c redress -n " + fish_word(at) + value_args(p).substr(3) + "\n";
      } else if (p.kind == ValueKind::file || p.kind == ValueKind::directory) {
        lines += "complete -c redress -n " + fish_word(at) + " -F\n";
      }
    }
  });
  takes_value += "        case " + util::join(global_values, " ") + "\n            return 0\n    end\n    return 1\nend\n";
  subcommands += "    end\nend\n";
  return "# fish completion for redress. Generated by 'redress __generate fish' from the command\n"
         "# definitions: do not edit. Values named in the ledger come from 'redress __complete'.\n\n"
         "complete -c redress -f\n" +
         option_lines("true", root.options) + "complete -c redress -s h -l help -d 'Show the help'\n" + lines +
         "\n" + subcommands + "\n" + takes_value + k_functions;
}

} // namespace redress::cli::docgen
