#pragma once
// How long a write waits for another writer, in every store, and what it says after.

#include <redress/error.hpp>

namespace redress::store {

/// How long a command waits for another process's write lock before Error{busy}: 5000 ms, or
/// $REDRESS_BUSY_TIMEOUT_MS (a whole number of milliseconds; for tests and slow shares).
/// Error{usage} for a value that is not one.
int busy_timeout_ms();

/// The error of a write that waited `timeout_ms` for the lock in vain: nothing was changed.
Error busy_error(int timeout_ms);

} // namespace redress::store
