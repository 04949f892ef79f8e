#include "util/command.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace redress::util;

using Words = std::vector<std::string>;

TEST_CASE("a command line splits into words as a shell would split plain words") {
  CHECK(split_command_line("msmtp -t").words == Words{"msmtp", "-t"});
  CHECK(split_command_line("  msmtp   -t  ").words == Words{"msmtp", "-t"});
  CHECK(split_command_line("send --account 'shop mail'").words == Words{"send", "--account", "shop mail"});
  CHECK(split_command_line(R"(send "a \"b\" c" d\ e)").words == Words{"send", R"(a "b" c)", "d e"});
  CHECK(split_command_line("send '$HOME;id|x'").words == Words{"send", "$HOME;id|x"});
  CHECK(split_command_line("send ''").words == Words{"send", ""});
  CHECK(split_command_line("pošalji →").words == Words{"pošalji", "→"});
}

TEST_CASE("shell syntax outside quotes is refused with its column, not run") {
  for (const char* line : {"mail | x", "mail; rm -rf /", "mail > log", "mail < x", "mail & x", "mail $HOME",
                           "mail `id`"}) {
    const SplitCommand split = split_command_line(line);
    CHECK_MESSAGE(split.problem.has_value(), line);
  }
  CHECK(split_command_line("mail -t | x").column == 9);
  CHECK(split_command_line("mail 'open").problem.has_value());
  CHECK(split_command_line("").problem.has_value());
  CHECK(split_command_line("   ").problem.has_value());
}

TEST_CASE("a command gets its input on stdin, its details in its environment, and its status decides") {
  const auto ok = run_command({"/bin/sh", "-c", R"sh(test "$(cat)" = "Dear Ana" && test "$REDRESS_TO" = "a@b.example")sh"},
                              "Dear Ana", {{"REDRESS_TO", "a@b.example"}}, std::chrono::seconds(10));
  CHECK(ok.started);
  CHECK(ok.exit_code == 0);

  const auto failed = run_command({"/bin/sh", "-c", "cat >/dev/null; echo 'no route to host' >&2; exit 75"}, "x", {},
                                  std::chrono::seconds(10));
  CHECK(failed.exit_code == 75);
  CHECK(failed.error_output == "no route to host\n");

  const auto missing = run_command({"no-such-command-here"}, "x", {}, std::chrono::seconds(10));
  CHECK_FALSE(missing.started);
  CHECK_FALSE(missing.error.empty());

  const auto slow = run_command({"/bin/sh", "-c", "sleep 30"}, "", {}, std::chrono::seconds(1));
  CHECK(slow.timed_out);
}
