#include "util/digest.hpp"

#include <redress/error.hpp>

#include "util/sha256.hpp"

#include <sys/random.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <vector>

namespace redress::util {

namespace {

std::string to_hex(const unsigned char* data, std::size_t size) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out += digits[data[i] >> 4];
    out += digits[data[i] & 0x0f];
  }
  return out;
}

using Digest = Sha256::Digest;

// SHA-256 of `first` followed by `second`.
Digest sha256(std::string_view first, std::string_view second = {}) {
  return Sha256().update(first).update(second).finish();
}

std::string_view bytes(const Digest& md) {
  return {reinterpret_cast<const char*>(md.data()), md.size()};
}

} // namespace

std::string sha256_hex(std::string_view data) {
  const Digest md = sha256(data);
  return to_hex(md.data(), md.size());
}

// HMAC as RFC 2104 defines it, with SHA-256 (block size 64 bytes).
std::string hmac_sha256_hex(std::string_view key, std::string_view data) {
  constexpr std::size_t k_block = 64;
  std::string padded(k_block, '\0');
  if (key.size() > k_block) {
    const Digest hashed = sha256(key);
    std::copy(hashed.begin(), hashed.end(), padded.begin());
  } else {
    std::copy(key.begin(), key.end(), padded.begin());
  }
  std::string inner_pad = padded;
  std::string outer_pad = padded;
  for (std::size_t i = 0; i < k_block; ++i) {
    inner_pad[i] = static_cast<char>(padded[i] ^ 0x36);
    outer_pad[i] = static_cast<char>(padded[i] ^ 0x5c);
  }
  const Digest inner = sha256(inner_pad, data);
  const Digest md = sha256(outer_pad, bytes(inner));
  return to_hex(md.data(), md.size());
}

std::string random_hex(int bytes) {
  // The kernel's CSPRNG (getrandom blocks only until it is seeded, at boot).
  std::vector<unsigned char> buffer(static_cast<std::size_t>(bytes));
  for (std::size_t filled = 0; filled < buffer.size();) {
    const ssize_t got = ::getrandom(buffer.data() + filled, buffer.size() - filled, 0);
    if (got < 0 && errno != EINTR) {
      throw Error(Errc::failure, "the system's random generator failed");
    }
    filled += got > 0 ? static_cast<std::size_t>(got) : 0;
  }
  return to_hex(buffer.data(), buffer.size());
}

} // namespace redress::util
