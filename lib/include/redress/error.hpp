#pragma once
// The one error type of the library. Thrown where an operation cannot proceed; the CLI maps
// each code to a documented exit status (cli/main.cpp, docs/exit-codes.md).

#include <stdexcept>
#include <string>
#include <vector>

namespace redress {

enum class Errc {
  failure = 1,       // anything else (I/O, unexpected database error)
  usage = 2,         // the command line itself is wrong
  not_found = 3,     // reference, customer, file or ledger does not exist
  refused = 4,       // a rule of the status machine or the policy refuses the step
  invalid_input = 5, // malformed policy, time, duration, amount or data
  busy = 6,          // the ledger stayed locked past the busy timeout
  integrity = 7,     // the ledger failed an integrity check
  breach = 8,        // --fail-on-breach found a breach
};

/// An error that ends the current command. `what()` is one line meant for a user; `hint()`
/// is an optional second line (a did-you-mean, the allowed transitions); `more()` are further
/// problems of the same kind found at once (every problem of a policy file), one line each.
class Error : public std::runtime_error {
public:
  Error(Errc code, const std::string& message, std::string hint = {}, std::vector<std::string> more = {})
      : std::runtime_error(message), m_code(code), m_hint(std::move(hint)), m_more(std::move(more)) {}

  [[nodiscard]] Errc code() const noexcept { return m_code; }
  [[nodiscard]] const std::string& hint() const noexcept { return m_hint; }
  [[nodiscard]] const std::vector<std::string>& more() const noexcept { return m_more; }

private:
  Errc m_code;
  std::string m_hint;
  std::vector<std::string> m_more;
};

} // namespace redress
