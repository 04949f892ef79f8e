#include "ledger/reference.hpp"

#include <redress/error.hpp>

#include <doctest/doctest.h>

using namespace redress;

TEST_CASE("references as people type them") {
  const auto parts = parse_reference("acme-2026-42");
  REQUIRE(parts);
  CHECK(parts->prefix == "ACME");
  CHECK(parts->year == 2026);
  CHECK(parts->seq == 42);
  for (const char* typed : {"ACME-2026-00042", "ＡＣＭＥ－２０２６－００４２", "ACME-۲۰۲۶-۴۲",
                            "ACME-٢٠٢٦-٤٢", "  ACME-2026-42 "}) {
    CAPTURE(typed);
    const auto p = parse_reference(typed);
    REQUIRE(p);
    CHECK(p->seq == 42);
    CHECK(p->year == 2026);
  }
  CHECK_FALSE(parse_reference("ACME-26-42"));
  CHECK_FALSE(parse_reference("2026-42"));
}

TEST_CASE("a number alone names this year's complaint, in any digits") {
  for (const char* typed : {"42", "４２", "۴۲", "٤٢", " 42 "}) {
    CAPTURE(typed);
    const ReferenceQuery q = parse_reference_query(typed, 2026, "ACME");
    CHECK_FALSE(q.reference);
    CHECK(q.year == 2026);
    CHECK(q.seq == 42);
  }
  CHECK(parse_reference_query("ＡＣＭＥ－２０２５－７", 2026, "ACME").reference == "ACME-2025-00007");
  CHECK_THROWS_AS(parse_reference_query("4 2", 2026, "ACME"), Error);
  CHECK_THROWS_AS(parse_reference_query("x42", 2026, "ACME"), Error);
}
