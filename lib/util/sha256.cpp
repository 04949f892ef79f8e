#include "util/sha256.hpp"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define REDRESS_SHA_X86 1
#endif

namespace redress::util {

namespace {

constexpr std::array<std::uint32_t, 64> k_round{
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::array<std::uint32_t, 8> k_initial{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

std::uint32_t load_be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         std::uint32_t{p[3]};
}

// FIPS 180-4 section 6.2.2, one 64-byte block at a time.
void compress_portable(std::uint32_t* state, const unsigned char* data, std::size_t count) {
  for (; count > 0; --count, data += 64) {
    std::array<std::uint32_t, 64> w{};
    for (std::size_t t = 0; t < 16; ++t) {
      w[t] = load_be32(data + 4 * t);
    }
    for (std::size_t t = 16; t < 64; ++t) {
      const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
      const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (std::size_t t = 0; t < 64; ++t) {
      const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                               k_round[t] + w[t];
      const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
  }
}

#ifdef REDRESS_SHA_X86

bool cpu_has_sha_extensions() {
  unsigned a = 0, b = 0, c = 0, d = 0;
  if (__get_cpuid(1, &a, &b, &c, &d) == 0 || (c & bit_SSSE3) == 0 || (c & bit_SSE4_1) == 0) {
    return false;
  }
  return __get_cpuid_count(7, 0, &a, &b, &c, &d) != 0 && (b & bit_SHA) != 0;
}

// The same compression with the SHA extensions: four rounds per pair of sha256rnds2, the message
// schedule with sha256msg1/msg2. The state is kept as ABEF and CDGH, as the instructions want it.
__attribute__((target("sha,sse4.1,ssse3"))) void compress_extensions(std::uint32_t* state,
                                                                     const unsigned char* data,
                                                                     std::size_t count) {
  const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
  __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state));       // ABCD
  __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4)); // EFGH
  tmp = _mm_shuffle_epi32(tmp, 0xB1);                                            // CDAB
  state1 = _mm_shuffle_epi32(state1, 0x1B);                                      // EFGH -> HGFE
  __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);                              // ABEF
  state1 = _mm_blend_epi16(state1, tmp, 0xF0);                                   // CDGH

  for (; count > 0; --count, data += 64) {
    const __m128i abef = state0;
    const __m128i cdgh = state1;
    __m128i w[4];
    for (int j = 0; j < 4; ++j) {
      w[j] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * j)), byte_swap);
    }
    for (int i = 0; i < 16; ++i) {
      // Rounds 4i .. 4i+3 with the words W[4i .. 4i+3] (held in w[i % 4]).
      const __m128i k = _mm_loadu_si128(reinterpret_cast<const __m128i*>(k_round.data() + 4 * i));
      __m128i msg = _mm_add_epi32(w[i & 3], k);
      state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
      msg = _mm_shuffle_epi32(msg, 0x0E);
      state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
      if (i < 12) {
        // W[4i+16 .. 4i+19] from the four vectors before it, into the slot just used.
        __m128i next = _mm_sha256msg1_epu32(w[i & 3], w[(i + 1) & 3]);
        next = _mm_add_epi32(next, _mm_alignr_epi8(w[(i + 3) & 3], w[(i + 2) & 3], 4));
        w[i & 3] = _mm_sha256msg2_epu32(next, w[(i + 3) & 3]);
      }
    }
    state0 = _mm_add_epi32(state0, abef);
    state1 = _mm_add_epi32(state1, cdgh);
  }

  tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
  state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
  state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
  state1 = _mm_alignr_epi8(state1, tmp, 8);    // ABEF
  _mm_storeu_si128(reinterpret_cast<__m128i*>(state), state0);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), state1);
}

bool& extensions_allowed() {
  static bool allowed = cpu_has_sha_extensions();
  return allowed;
}

#endif

} // namespace

bool Sha256::uses_extensions() {
#ifdef REDRESS_SHA_X86
  return extensions_allowed();
#else
  return false;
#endif
}

void Sha256::allow_extensions(bool allowed) {
#ifdef REDRESS_SHA_X86
  extensions_allowed() = allowed && cpu_has_sha_extensions();
#else
  (void)allowed;
#endif
}

Sha256::Sha256() : m_state(k_initial) {}

void Sha256::compress(const unsigned char* blocks, std::size_t count) {
#ifdef REDRESS_SHA_X86
  if (extensions_allowed()) {
    compress_extensions(m_state.data(), blocks, count);
    return;
  }
#endif
  compress_portable(m_state.data(), blocks, count);
}

Sha256& Sha256::update(std::string_view data) {
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  std::size_t n = data.size();
  m_length += n;
  if (m_buffered > 0) {
    const std::size_t take = std::min(n, m_buffer.size() - m_buffered);
    std::memcpy(m_buffer.data() + m_buffered, p, take);
    m_buffered += take;
    p += take;
    n -= take;
    if (m_buffered < m_buffer.size()) {
      return *this;
    }
    compress(m_buffer.data(), 1);
    m_buffered = 0;
  }
  if (n >= 64) {
    compress(p, n / 64);
    p += n - n % 64;
    n %= 64;
  }
  if (n > 0) {
    std::memcpy(m_buffer.data(), p, n);
    m_buffered = n;
  }
  return *this;
}

Sha256::Digest Sha256::finish() {
  // Padding: 0x80, zeros up to 56 bytes into the block, then the length in bits, big-endian.
  const std::uint64_t bits = m_length * 8;
  std::array<unsigned char, 72> tail{};
  tail[0] = 0x80;
  const std::size_t pad = (m_buffered < 56 ? 56 : 120) - m_buffered;
  for (int i = 0; i < 8; ++i) {
    tail[pad + static_cast<std::size_t>(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
  }
  update(std::string_view(reinterpret_cast<const char*>(tail.data()), pad + 8));
  Digest out{};
  for (std::size_t i = 0; i < 8; ++i) {
    out[4 * i] = static_cast<unsigned char>(m_state[i] >> 24);
    out[4 * i + 1] = static_cast<unsigned char>(m_state[i] >> 16);
    out[4 * i + 2] = static_cast<unsigned char>(m_state[i] >> 8);
    out[4 * i + 3] = static_cast<unsigned char>(m_state[i]);
  }
  return out;
}

} // namespace redress::util
