#!/usr/bin/env python3
"""Fails when a command or option of the binary is missing from its manual page or from a
shell completion, or a policy key from redress-policy(5). The commands and options are read
from the binary's --help (what a user sees), not from the command tree the pages are
generated from, and the policy keys from the loader's source.

    check_docs.py REDRESS GENERATED_DIR SOURCE_DIR
"""
import re
import subprocess
import sys

redress, generated, source = sys.argv[1:4]
problems = []


def help_of(*words):
    out = subprocess.run([redress, *words, "--help"], capture_output=True, text=True, check=True).stdout
    section, options, subcommands = None, [], []
    for line in out.splitlines():
        if re.match(r"^[A-Z][a-z]+:$", line):
            section = line[:-1]
            continue
        if section == "Options":
            m = re.match(r"^  (-\w,)?(--[\w-]+)", line)
            if m:
                options += [n.rstrip(",") for n in m.groups() if n]
        elif section == "Subcommands":
            m = re.match(r"^  ([a-z][\w-]*)", line)
            if m:
                subcommands.append(m.group(1))
    return [o for o in options if o not in ("-h", "--help")], subcommands


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def roff(name):
    return name.replace("-", "\\-")


bash = read(generated + "/completions/redress")
zsh = read(generated + "/completions/_redress")
fish = read(generated + "/completions/redress.fish")

globals_, commands = help_of()
main_page = read(generated + "/man/redress.1")
for option in globals_:
    if roff(option) not in main_page:
        problems.append("redress(1) lacks the global option %s" % option)
for command in commands:
    if "\\fB%s\\fR" % roff(command) not in main_page:
        problems.append("redress(1) lacks the command %s" % command)


def check(path, options):
    """One command (path: its words) against its page and the three completions."""
    page = read("%s/man/redress-%s.1" % (generated, path[0]))
    key = " ".join(path)
    bash_options = re.search(r'\["redress %s"\]="([^"]*)"' % re.escape(key), bash)
    zsh_function = re.search(r"^_redress__%s\(\) \{\n(.*?)^\}" % "__".join(p.replace("-", "_") for p in path),
                             zsh, re.S | re.M)
    fish_lines = [l for l in fish.splitlines() if "'__redress_at %s'" % key in l]
    if len(path) > 1 and ".SS %s" % roff(key) not in page:
        problems.append("redress-%s(1) has no section for %s" % (path[0], key))
    if bash_options is None:
        problems.append("the bash completion does not know '%s'" % key)
    if zsh_function is None:
        problems.append("the zsh completion has no function for '%s'" % key)
    for option in options:
        if roff(option) not in page:
            problems.append("redress-%s(1) lacks %s %s" % (path[0], key, option))
        if bash_options and option not in bash_options.group(1).split():
            problems.append("the bash completion lacks %s %s" % (key, option))
        if zsh_function and not re.search(r"[{',*]%s[=+,}'\[]" % re.escape(option), zsh_function.group(1)):
            problems.append("the zsh completion lacks %s %s" % (key, option))
        flag = ("-l " + option[2:]) if option.startswith("--") else ("-s " + option[1:])
        if not any(re.search(r"%s( |$)" % re.escape(flag), l) for l in fish_lines):
            problems.append("the fish completion lacks %s %s" % (key, option))


for command in commands:
    options, subcommands = help_of(command)
    if not re.search(r'\["redress"\]="[^"]*\b%s\b' % re.escape(command), bash):
        problems.append("the bash completion does not offer the command %s" % command)
    if "-a '%s'" % command not in fish:
        problems.append("the fish completion does not offer the command %s" % command)
    if "'%s:" % command not in zsh:
        problems.append("the zsh completion does not offer the command %s" % command)
    check([command], options)
    for sub in subcommands:
        check([command, sub], help_of(command, sub)[0])

# Every key the policy loader accepts is in redress-policy(5).
policy_page = re.sub(r"\\f[BIRP]", " ", read(generated + "/man/redress-policy.5"))
loader = read(source + "/lib/policy/policy_loader.cpp")
keys = set()
for allowed in re.findall(r"check_keys\(problems,[^{;]*\{([^}]*)\}", loader):
    keys.update(re.findall(r'"([^"]+)"', allowed))
if len(keys) < 20:
    problems.append("found only %d policy keys in the loader: has check_keys() changed?" % len(keys))
for key in sorted(keys):
    if not re.search(r"\b%s\b" % re.escape(roff(key)), policy_page):
        problems.append("redress-policy(5) lacks the policy key %s" % key)

for p in problems:
    print(p)
print("%d commands, %d policy keys checked: %s" % (len(commands), len(keys),
      "%d problems" % len(problems) if problems else "ok"))
sys.exit(1 if problems else 0)
