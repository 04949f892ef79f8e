#include "util/money.hpp"

#include <doctest/doctest.h>

using namespace redress::util;

TEST_CASE("amounts are read in minor units") {
  CHECK(parse_amount("25", "EUR") == 2500);
  CHECK(parse_amount("25.5", "EUR") == 2550);
  CHECK(parse_amount("25.50", "EUR") == 2550);
  CHECK(parse_amount("1500", "JPY") == 1500);
  CHECK_FALSE(parse_amount("25.555", "EUR"));
  CHECK_FALSE(parse_amount("-3", "EUR"));
  CHECK_FALSE(parse_amount("1e3", "EUR"));
  CHECK_FALSE(parse_amount("", "EUR"));
}

TEST_CASE("amounts as people type them in other scripts") {
  CHECK(parse_amount("２５．５０", "EUR") == 2550); // fullwidth digits and point
  CHECK(parse_amount("۲۵٫۵۰", "EUR") == 2550);     // Persian digits, Arabic decimal separator
  CHECK(parse_amount("٢٥٫٥", "EUR") == 2550);      // Arabic-Indic digits
  CHECK(parse_amount(" 25.50 ", "EUR") == 2550);   // spaces around
  CHECK(parse_amount("۱۵۰۰", "JPY") == 1500);
  CHECK_FALSE(parse_amount("۲۵٫۵۵۵", "EUR"));
  CHECK_FALSE(parse_amount("2 5", "EUR"));
  CHECK_FALSE(parse_amount("٫۵", "EUR"));
}
