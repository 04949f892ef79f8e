#pragma once
// message_claims: messages being sent (schemas/0009_message_claims.sql).

#include "store/store.hpp"

#include <SQLiteCpp/Database.h>

#include <optional>
#include <vector>

namespace redress::store::sqlite {

std::optional<MessageClaim> claim_message(SQLite::Database& db, const MessageClaim& claim, bool replace);
void release_message(SQLite::Database& db, const MessageClaim& claim);
std::vector<MessageClaim> message_claims(SQLite::Database& db, std::int64_t complaint_id);

} // namespace redress::store::sqlite
