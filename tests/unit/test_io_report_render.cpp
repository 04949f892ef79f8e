// Reports in every format: the values as scripts and people read them, escaping, the page.

#include <redress/report_render.hpp>

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

using namespace redress;

namespace {

const TimeZone zagreb = TimeZone::locate("Europe/Zagreb");

Instant at(const char* local) { return *parse_time(local, zagreb); }

const ReportSource source{"Bicikli", zagreb, "redress test"};

// A small report with one value of every kind.
Report sample() {
  Report r;
  r.kind = ReportKind::trends;
  r.title = "Trends";
  r.window = {at("2026-11-01"), at("2026-11-20 12:00"), at("2026-11-20 12:00")};
  r.parameters = {{"period", "per", std::string("week")}, {"by", "by", std::string("category")}};
  ReportTable t{"counts", "counts",
                {{"period", "week"}, {"partial", "partial", false}, {"name", "category", true, "(none)"},
                 {"complaints", "complaints"}, {"change", "change"}, {"change_pct", "change %"},
                 {"used_s", "used"}, {"paid", "paid"}, {"due_at", "due"}},
                {}, {}, std::nullopt, 0};
  const PeriodValue week{"2026-11-16", at("2026-11-16"), at("2026-11-23"), true};
  t.rows.push_back({week, true, std::string("=1+1"), std::int64_t{2}, std::int64_t{-2}, Percent{-66.66666},
                    Seconds{88200}, Money{3550, "EUR"}, at("2026-11-17 14:30")});
  t.rows.push_back({week, true, Value(), std::int64_t{0}, Value(), Value(), Value(), Money{1500, "JPY"}, Value()});
  r.tables.push_back(std::move(t));
  r.primary = 0;
  return r;
}

} // namespace

TEST_CASE("JSON: integers, rounded percentages, money as decimal strings with currency, null") {
  const auto j = nlohmann::json::parse(render_report(sample(), source, OutputFormat::json, {}));
  CHECK(j["report"] == "trends");
  CHECK(j["since"] == "2026-10-31T23:00:00Z");
  CHECK(j["period"] == "week");
  const auto& row = j["counts"][0];
  CHECK(row["period"] == "2026-11-16");
  CHECK(row["partial"] == true);
  CHECK(row["complaints"].is_number_integer());
  CHECK(row["change"] == -2);
  CHECK(row["change_pct"].get<double>() == doctest::Approx(-66.7));
  CHECK(row["used_s"] == 88200);
  CHECK(row["paid"] == nlohmann::json{{"amount", "35.50"}, {"currency", "EUR"}});
  CHECK(row["due_at"] == "2026-11-17T13:30:00Z");
  const auto& empty = j["counts"][1];
  CHECK(empty["name"].is_null());
  CHECK(empty["change_pct"].is_null());
  CHECK(empty["used_s"].is_null());
  CHECK(empty["paid"] == nlohmann::json{{"amount", "1500"}, {"currency", "JPY"}});
}

TEST_CASE("CSV: keys as headers, local times, empty for null, text guarded and numbers not") {
  const std::string csv = render_report(sample(), source, OutputFormat::csv, {});
  CHECK(csv == "period,partial,name,complaints,change,change_pct,used_s,paid,due_at\r\n"
               "2026-11-16,true,'=1+1,2,-2,-66.7,88200,35.50,2026-11-17 14:30:00\r\n"
               "2026-11-16,true,,0,,,,1500,\r\n");
}

TEST_CASE("a table for people: labels, spans, a partial period marked, null as the column says") {
  const std::string text = render_report(sample(), source, OutputFormat::table, TerminalStyle{200, false});
  CHECK(text.find("Trends: Bicikli\n") == 0);
  CHECK(text.find("per week, by category\n") != std::string::npos);
  CHECK(text.find("2026-11-16*") != std::string::npos);
  CHECK(text.find("24h 30m") != std::string::npos);
  CHECK(text.find("(none)") != std::string::npos);
  CHECK(text.find("-66.7") != std::string::npos);
  CHECK(text.find("partial") != std::string::npos); // the footnote; the flag column is for scripts
  CHECK(text.find("true") == std::string::npos);
}

TEST_CASE("people and scripts round a percentage the same way") {
  CHECK(people_text(Percent{12.25}, zagreb) == "12.3");
  CHECK(people_text(Percent{66.65}, zagreb) == "66.7");
  CHECK(people_text(Average{3.125}, zagreb) == "3.13");
  CHECK(people_text(Value(), zagreb, "(none)") == "(none)");
}

TEST_CASE("html_escape: markup, quotes, terminal controls, bidi overrides, bad UTF-8") {
  CHECK(html_escape("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(html_escape("a\"b&c") == "a&quot;b&amp;c");
  CHECK(html_escape("abc\u202edcba") == "abc\\u202edcba");
  CHECK(html_escape("\x1b[31mred") == "\\x1b[31mred");
  CHECK(html_escape("ok\xff") == "ok\xEF\xBF\xBD");
  CHECK(html_escape("山田 مریم") == "山田 مریم");
}

TEST_CASE("the page: self-contained, no script, everything escaped") {
  Report r = sample();
  r.tables[0].rows[0][2] = std::string("<img src=x onerror=alert(1)>");
  ReportSource hostile = source;
  hostile.ledger_name = "</title><script>alert(1)</script>";
  const std::string page = render_report_html({r}, hostile);
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(page.find("Content-Security-Policy\" content=\"default-src 'none'") != std::string::npos);
  CHECK(page.find("://") == std::string::npos); // no address: nothing to fetch
  CHECK(page.find("<meta name=\"viewport\"") != std::string::npos);
  CHECK(page.find("@media print") != std::string::npos);
}

TEST_CASE("the page: charts drawn as SVG bars, partial periods hatched, no value not drawn") {
  Report r;
  r.kind = ReportKind::sla;
  r.title = "SLA report";
  r.window = {at("2026-11-01"), at("2026-11-20 12:00"), at("2026-11-20 12:00")};
  ReportTable t{"by_period", "compliance over time", {{"period", "week"}, {"compliance_pct", "compliance %"}},
                {}, {}, std::nullopt, 0};
  t.rows.push_back({PeriodValue{"2026-11-02", at("2026-11-02"), at("2026-11-09"), false}, Percent{50}});
  t.rows.push_back({PeriodValue{"2026-11-09", at("2026-11-09"), at("2026-11-16"), false}, Value()});
  t.rows.push_back({PeriodValue{"2026-11-16", at("2026-11-16"), at("2026-11-23"), true}, Percent{100}});
  r.tables.push_back(std::move(t));
  const std::string page = render_report_html({r}, source);
  const auto count = [&page](const std::string& what) {
    std::size_t n = 0;
    for (auto pos = page.find(what); pos != std::string::npos; pos = page.find(what, pos + 1)) {
      ++n;
    }
    return n;
  };
  CHECK(count("<svg") == 1);
  CHECK(count("id=\"chart-sla-compliance\"") == 1);
  CHECK(count("<rect class=\"bar") == 2);          // the week with no value has no bar
  CHECK(count("<rect class=\"bar s0 partial\"") == 1); // the week not over
  CHECK(count("<title>2026-11-16*: 100%</title>") == 1);
  CHECK(count(">100%</text>") == 1);                // the scale's top
}

TEST_CASE("a table for people: the ledger's name cannot retitle the terminal") {
  ReportSource hostile = source;
  hostile.ledger_name = "Bicikli\x1b]0;pwned\x07";
  const std::string text = render_report(sample(), hostile, OutputFormat::table, TerminalStyle{200, false});
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("Trends: Bicikli\\x1b]0;pwned\\x07\n") == 0);
}
