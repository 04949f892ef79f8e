#include "store/postgresql/migration_steps.hpp"

#include "store/postgresql/complaints_table.hpp"
#include "store/postgresql/search_index.hpp"

#include <redress/error.hpp>
#include <redress/postgresql_migrations.hpp>

#include <string>

namespace redress::store::postgresql {

void apply_migration(Connection& db, int version) {
  for (const auto& migration : generated_pg::k_migrations) {
    if (migration.version == version) {
      db.exec(std::string(migration.sql).c_str());
      after_migration(db, version);
      return;
    }
  }
  throw Error(Errc::failure, "this redress has no PostgreSQL schema migration " + std::to_string(version));
}

void after_migration(Connection& db, int version) {
  if (version == 2) {
    index_field_words(db);
    fill_field_keys(db);
  }
}

} // namespace redress::store::postgresql
