#include "store/busy.hpp"

#include <cstdlib>
#include <string>

namespace redress::store {

namespace {

constexpr int k_default_busy_timeout_ms = 5000;

} // namespace

int busy_timeout_ms() {
  const char* env = std::getenv("REDRESS_BUSY_TIMEOUT_MS");
  if (env == nullptr || *env == '\0') {
    return k_default_busy_timeout_ms;
  }
  char* end = nullptr;
  const long ms = std::strtol(env, &end, 10);
  if (*end != '\0' || ms < 0 || ms > 3'600'000) {
    throw Error(Errc::usage, std::string("REDRESS_BUSY_TIMEOUT_MS='") + env + "' is not a timeout",
                "give whole milliseconds from 0 to 3600000");
  }
  return static_cast<int>(ms);
}

Error busy_error(int timeout_ms) {
  return Error(Errc::busy,
               "the ledger is locked by another process and stayed locked for " +
                   (timeout_ms % 1000 == 0 ? std::to_string(timeout_ms / 1000) + " s"
                                           : std::to_string(timeout_ms) + " ms"),
               "nothing was changed; try again in a moment");
}

} // namespace redress::store
