#pragma once
// Exact decimal money: minor units and ISO 4217 currencies.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace redress::util {

/// True for three capital letters (the shape of an ISO 4217 code such as EUR, JPY).
bool is_currency_code(std::string_view text);
/// Digits after the decimal point for `currency` (JPY 0, KWD 3, most others 2).
int minor_digits(std::string_view currency);
/// "25.00" for 2500 EUR, "1500" for 1500 JPY, "-3.50" for -350.
std::string format_minor(std::int64_t minor, std::string_view currency);
/// Why `amount` in `currency` is not money, as the end of a sentence ("'EU' is not an ISO 4217
/// code ...", "'2.555' is not an amount of EUR"), with a hint; or the amount in minor units.
/// The one rule that `resolve --amount` and import's compensation columns share.
struct MoneyProblem {
  bool currency = false; // the currency is at fault, else the amount
  std::string message;
  std::string hint;
};
struct ParsedMoney {
  std::optional<std::int64_t> minor;
  std::optional<MoneyProblem> problem;
};
ParsedMoney parse_money(std::string_view amount, std::string_view currency);
/// Parses "25", "25.5", "25.50" into minor units; nullopt for anything else (more decimals
/// than the currency has, signs, exponents, overflow). Digits may be fullwidth (`２５`),
/// Persian (`۲۵`) or Arabic-Indic (`٢٥`), the point also the Arabic decimal separator (`٫`),
/// and spaces around the amount are ignored.
std::optional<std::int64_t> parse_amount(std::string_view text, std::string_view currency);

} // namespace redress::util
