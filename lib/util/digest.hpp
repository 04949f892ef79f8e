#pragma once
// Cryptographic digests (OpenSSL), as lower-case hex.

#include <memory>
#include <string>
#include <string_view>

namespace redress::util {

std::string sha256_hex(std::string_view data);

/// SHA-256 of data given in pieces (a file read block by block).
class Sha256Stream {
public:
  Sha256Stream();
  ~Sha256Stream();
  Sha256Stream(const Sha256Stream&) = delete;
  Sha256Stream& operator=(const Sha256Stream&) = delete;
  void update(std::string_view data);
  /// The digest of everything given, as hex; the stream is finished then.
  std::string hex();

private:
  struct Context;
  std::unique_ptr<Context> m_context;
};
std::string hmac_sha256_hex(std::string_view key, std::string_view data);
/// `bytes` random bytes from the system's CSPRNG, as hex.
std::string random_hex(int bytes);

} // namespace redress::util
