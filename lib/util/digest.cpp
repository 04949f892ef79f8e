#include "util/digest.hpp"

#include <redress/error.hpp>

// SHA-256 through OpenSSL's low-level functions, not EVP: in OpenSSL 3 the first EVP call loads
// the configuration and the default provider, which cost every command about as much time as
// all the rest of opening the ledger (docs/performance.md). They are deprecated in OpenSSL 3
// in favour of EVP but compute the same digest, directly.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <sys/random.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
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

using Sha256 = std::array<unsigned char, SHA256_DIGEST_LENGTH>;

// SHA-256 of `first` followed by `second`.
Sha256 sha256(std::string_view first, std::string_view second = {}) {
  SHA256_CTX context;
  Sha256 md{};
  if (SHA256_Init(&context) != 1 || SHA256_Update(&context, first.data(), first.size()) != 1 ||
      SHA256_Update(&context, second.data(), second.size()) != 1 ||
      SHA256_Final(md.data(), &context) != 1) {
    throw Error(Errc::failure, "SHA-256 failed");
  }
  return md;
}

std::string_view bytes(const Sha256& md) {
  return {reinterpret_cast<const char*>(md.data()), md.size()};
}

} // namespace

std::string sha256_hex(std::string_view data) {
  const Sha256 md = sha256(data);
  return to_hex(md.data(), md.size());
}

struct Sha256Stream::Context {
  SHA256_CTX ctx;
};

Sha256Stream::Sha256Stream() : m_context(std::make_unique<Context>()) {
  if (SHA256_Init(&m_context->ctx) != 1) {
    throw Error(Errc::failure, "SHA-256 failed");
  }
}

Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::update(std::string_view data) {
  if (SHA256_Update(&m_context->ctx, data.data(), data.size()) != 1) {
    throw Error(Errc::failure, "SHA-256 failed");
  }
}

std::string Sha256Stream::hex() {
  Sha256 md{};
  if (SHA256_Final(md.data(), &m_context->ctx) != 1) {
    throw Error(Errc::failure, "SHA-256 failed");
  }
  return to_hex(md.data(), md.size());
}

// HMAC as RFC 2104 defines it, with SHA-256 (block size 64 bytes).
std::string hmac_sha256_hex(std::string_view key, std::string_view data) {
  constexpr std::size_t k_block = 64;
  std::string padded(k_block, '\0');
  if (key.size() > k_block) {
    const Sha256 hashed = sha256(key);
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
  const Sha256 inner = sha256(inner_pad, data);
  const Sha256 md = sha256(outer_pad, bytes(inner));
  return to_hex(md.data(), md.size());
}

// From the kernel's generator (getrandom(2)), the source OpenSSL's RAND_bytes seeds itself from:
// RAND_bytes would link the rest of OpenSSL (its providers and their configuration) for the 48
// bytes that `init` needs once.
std::string random_hex(int bytes) {
  std::vector<unsigned char> buffer(static_cast<std::size_t>(bytes));
  std::size_t done = 0;
  while (done < buffer.size()) {
    const ssize_t got = ::getrandom(buffer.data() + done, buffer.size() - done, 0);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got <= 0) {
      throw Error(Errc::failure, std::string("the system's random generator failed: ") +
                                     (got < 0 ? std::strerror(errno) : "no bytes"));
    }
    done += static_cast<std::size_t>(got);
  }
  return to_hex(buffer.data(), buffer.size());
}

} // namespace redress::util
