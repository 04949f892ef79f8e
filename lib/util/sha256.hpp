#pragma once
// SHA-256 (FIPS 180-4), using the x86 SHA extensions when the processor has them. Our own rather
// than OpenSSL's: the ledger needs nothing else from libcrypto, and merely loading it cost every
// command about a millisecond, a fifth of `redress show` (docs/performance.md).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace redress::util {

class Sha256 {
public:
  using Digest = std::array<unsigned char, 32>;

  Sha256();
  /// Appends `data` to the message.
  Sha256& update(std::string_view data);
  /// The digest of everything appended; the object is spent afterwards.
  Digest finish();

  /// Whether the SHA extensions are used (tests compare both ways of computing); `false` turns
  /// them off for the process, `true` turns them back on where the processor has them.
  static bool uses_extensions();
  static void allow_extensions(bool allowed);

private:
  void compress(const unsigned char* blocks, std::size_t count);

  std::array<std::uint32_t, 8> m_state;
  std::array<unsigned char, 64> m_buffer{};
  std::size_t m_buffered = 0;
  std::uint64_t m_length = 0; // bytes appended
};

} // namespace redress::util
