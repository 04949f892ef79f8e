// parse_policy never crashes, hangs or leaks on any text; a policy it accepts builds a business
// calendar on which every SLA target has a due time.

#include <redress/calendar.hpp>
#include <redress/error.hpp>
#include <redress/policy.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const redress::PolicyResult result = redress::parse_policy(text, "fuzz.toml");
  if (result.policy.has_value() == result.problem.has_value()) {
    __builtin_trap(); // exactly one of them
  }
  if (!result.policy) {
    (void)result.problem->to_string();
    return 0;
  }
  const redress::Policy& policy = *result.policy;
  const redress::BusinessCalendar calendar(policy.calendar);
  const redress::Instant received = redress::from_unix(1795000000); // 2026-11-19
  for (const auto& severity : policy.severity_names()) {
    for (const auto& category : policy.category_names()) {
      for (const auto& target : {policy.acknowledge_target(severity, category),
                                 policy.resolve_target(severity, category)}) {
        if (calendar.due(received, target) < received) {
          __builtin_trap(); // a due time before receipt
        }
      }
    }
  }
  return 0;
}
