#pragma once
// Cryptographic digests (OpenSSL), as lower-case hex.

#include <string>
#include <string_view>

namespace redress::util {

std::string sha256_hex(std::string_view data);
std::string hmac_sha256_hex(std::string_view key, std::string_view data);
/// `bytes` random bytes from the system's CSPRNG, as hex.
std::string random_hex(int bytes);

} // namespace redress::util
