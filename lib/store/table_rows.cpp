// Table and column names that Store::scan_table() writes into SQL (store/store.hpp).

#include "store/store.hpp"

#include <redress/error.hpp>

namespace redress::store {

void check_identifier(std::string_view name) {
  bool ok = !name.empty() && !(name.front() >= '0' && name.front() <= '9') && name.size() <= 63;
  for (const char ch : name) {
    ok = ok && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_');
  }
  if (!ok) {
    throw Error(Errc::usage, "'" + std::string(name) + "' is not the name of a ledger's table or column");
  }
}

} // namespace redress::store
