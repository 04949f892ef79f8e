#pragma once
// Realistic text for generated complaints: customer names, summaries, details, notes and
// reasons in Croatian, Slovenian, Japanese, Persian and English (with emoji), drawn from a
// seeded random generator so that a run with the same seed writes the same ledger.

#include <cstdint>
#include <optional>
#include <random>
#include <string>

namespace redress::bench {

using Rng = std::mt19937_64;

/// One language's phrase book; `tag` is its BCP 47 tag (hr, sl, ja, fa, en).
struct Language;

/// A customer as generated: name, optional contacts and their language.
struct GeneratedCustomer {
  std::string name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::optional<std::string> member_id;
  std::string language;
};

class Corpus {
public:
  /// Picks a language (Croatian and Slovenian most often, as for a shop in the region).
  const Language& language(Rng& rng) const;
  /// Customer number `n` (a stable identity: the same n gives the same person).
  [[nodiscard]] GeneratedCustomer customer(std::int64_t n) const;
  std::string summary(const Language& lang, const std::string& category, Rng& rng) const;
  std::string details(const Language& lang, const std::string& product, Rng& rng) const;
  std::string product(Rng& rng) const;
  std::string note(const Language& lang, Rng& rng) const;
  std::string reason(const Language& lang, Rng& rng) const;
  std::string root_cause(Rng& rng) const;
  /// A member of staff (assignee or actor), by number.
  [[nodiscard]] std::string staff(std::size_t n) const;
  [[nodiscard]] std::size_t staff_count() const;
  [[nodiscard]] const std::string& tag(const Language& lang) const;
};

} // namespace redress::bench
