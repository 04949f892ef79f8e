#include "util/money.hpp"

#include "util/fold.hpp"

#include <algorithm>
#include <charconv>
#include <limits>

namespace redress::util {

namespace {

constexpr std::string_view k_arabic_decimal_separator = "\u066B"; // ٫

} // namespace

bool is_currency_code(std::string_view text) {
  return text.size() == 3 && std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

int minor_digits(std::string_view currency) {
  static constexpr std::string_view zero[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW",
                                              "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF",
                                              "XPF"};
  static constexpr std::string_view three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
  for (auto c : zero) {
    if (c == currency) {
      return 0;
    }
  }
  for (auto c : three) {
    if (c == currency) {
      return 3;
    }
  }
  return 2;
}

std::string format_minor(std::int64_t minor, std::string_view currency) {
  const int digits = minor_digits(currency);
  const bool negative = minor < 0;
  // Work in unsigned so that the most negative value does not overflow.
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
  std::string text = std::to_string(magnitude);
  if (digits > 0) {
    if (text.size() <= static_cast<std::size_t>(digits)) {
      text.insert(0, static_cast<std::size_t>(digits) + 1 - text.size(), '0');
    }
    text.insert(text.size() - static_cast<std::size_t>(digits), ".");
  }
  return negative ? "-" + text : text;
}

std::optional<std::int64_t> parse_amount(std::string_view typed, std::string_view currency) {
  // Digits as people type them (fullwidth, Persian, Arabic-Indic), spaces around ignored, and
  // the Arabic decimal separator as the point.
  std::string folded = fold(typed);
  for (std::size_t at = folded.find(k_arabic_decimal_separator); at != std::string::npos;
       at = folded.find(k_arabic_decimal_separator, at)) {
    folded.replace(at, k_arabic_decimal_separator.size(), ".");
  }
  const std::string_view text = folded;
  const int digits = minor_digits(currency);
  const std::size_t dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  const auto all_digits = [](std::string_view s) {
    return s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (whole.empty() || !all_digits(whole) || !all_digits(fraction) ||
      (dot != std::string_view::npos && fraction.empty()) ||
      fraction.size() > static_cast<std::size_t>(digits) || whole.size() > 15) {
    return std::nullopt;
  }
  std::int64_t value = 0;
  std::from_chars(whole.data(), whole.data() + whole.size(), value);
  for (int i = 0; i < digits; ++i) {
    value = value * 10 + (static_cast<std::size_t>(i) < fraction.size() ? fraction[static_cast<std::size_t>(i)] - '0' : 0);
  }
  return value;
}

ParsedMoney parse_money(std::string_view amount, std::string_view currency) {
  if (!is_currency_code(currency)) {
    return {std::nullopt, MoneyProblem{true, "'" + std::string(currency) + "' is not an ISO 4217 code",
                                       "use three capital letters such as EUR, USD or JPY"}};
  }
  if (const auto minor = parse_amount(amount, currency)) {
    return {minor, std::nullopt};
  }
  return {std::nullopt,
          MoneyProblem{false, "'" + std::string(amount) + "' is not an amount of " + std::string(currency),
                       "use digits with at most " + std::to_string(minor_digits(currency)) +
                           " decimals after a '.', such as " + format_minor(2550, currency)}};
}

} // namespace redress::util
