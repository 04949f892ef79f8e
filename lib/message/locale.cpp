#include "message/locale.hpp"

#include "util/money.hpp"

#include <date/date.h>
#include <fmt/format.h>

#include <array>
#include <cstdlib>

namespace redress::message {

namespace {

int div(int a, int b) { return a / b; } // truncating, as the algorithm is written
int mod(int a, int b) { return a - a / b * b; }

// Borkowski's breaks: the Solar Hijri years where the 33-year leap cycle shifts.
constexpr std::array<int, 20> k_breaks{-61,  9,    38,   199,  426,  686,  756,  818,  1111, 1181,
                                       1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178};

struct YearStart {
  int leap = 0;  // years since the last leap year (0: this one is leap)
  int march = 0; // the day of March (Gregorian year jy + 621) that is 1 Farvardin
};

YearStart year_start(int jy) {
  const int gy = jy + 621;
  int leap_j = -14;
  int jp = k_breaks[0];
  int jump = 0;
  for (std::size_t i = 1; i < k_breaks.size(); ++i) {
    const int jm = k_breaks[i];
    jump = jm - jp;
    if (jy < jm) {
      break;
    }
    leap_j += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  int n = jy - jp;
  leap_j += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) == 4 && jump - n == 4) {
    leap_j += 1;
  }
  const int leap_g = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  YearStart start;
  start.march = 20 + leap_j - leap_g;
  if (jump - n < 6) {
    n = n - jump + div(jump + 4, 33) * 33;
  }
  start.leap = mod(mod(n + 1, 33) - 1, 4);
  if (start.leap == -1) {
    start.leap = 4;
  }
  return start;
}

bool is(std::string_view language, std::string_view code) { return language == code; }

// ASCII digits as Persian ones (U+06F0...), and the Persian decimal and thousands separators.
std::string persian_digits(std::string_view text) {
  std::string out;
  for (const char ch : text) {
    if (ch >= '0' && ch <= '9') {
      out += "\xDB";
      out += static_cast<char>(0xB0 + (ch - '0'));
    } else {
      out += ch;
    }
  }
  return out;
}

// "1250.00" grouped by thousands with `group`, the decimal point as `point`.
std::string group_number(const std::string& plain, std::string_view group, std::string_view point) {
  std::string sign;
  std::string digits = plain;
  if (!digits.empty() && digits[0] == '-') {
    sign = "-";
    digits.erase(0, 1);
  }
  const auto dot = digits.find('.');
  const std::string whole = digits.substr(0, dot);
  std::string out;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) {
      out += group;
    }
    out += whole[i];
  }
  if (dot != std::string::npos) {
    out += point;
    out += digits.substr(dot + 1);
  }
  return sign + out;
}

const char* currency_name(std::string_view currency, std::string_view language) {
  struct Name {
    std::string_view code;
    const char* ja;
    const char* fa;
  };
  static constexpr Name names[] = {
      {"EUR", "ユーロ", "یورو"},           {"USD", "米ドル", "دلار آمریکا"},
      {"GBP", "英ポンド", "پوند انگلیس"}, {"CHF", "スイスフラン", "فرانک سوئیس"},
      {"JPY", "円", "ین ژاپن"},
  };
  for (const Name& n : names) {
    if (n.code == currency) {
      return is(language, "ja") ? n.ja : is(language, "fa") ? n.fa : nullptr;
    }
  }
  return nullptr;
}

} // namespace

SolarHijriDate to_solar_hijri(int year, unsigned month, unsigned day) {
  const date::sys_days when{date::year{year} / date::month{month} / date::day{day}};
  int jy = year - 621;
  const YearStart start = year_start(jy);
  const date::sys_days farvardin_1{date::year{year} / date::March / date::day{static_cast<unsigned>(start.march)}};
  int k = static_cast<int>((when - farvardin_1).count());
  if (k >= 0) {
    if (k <= 185) {
      return {jy, 1 + div(k, 31), mod(k, 31) + 1};
    }
    k -= 186;
  } else {
    jy -= 1;
    k += 179;
    if (start.leap == 1) { // the previous year was a leap year: its Esfand has 30 days
      k += 1;
    }
  }
  return {jy, 7 + div(k, 30), mod(k, 30) + 1};
}

std::string format_date(Instant t, const TimeZone& zone, std::string_view language) {
  const LocalDateTime local = to_local(t, zone);
  const unsigned m = local.month - 1;
  if (is(language, "hr")) {
    static constexpr const char* months[] = {"siječnja", "veljače",  "ožujka",  "travnja",
                                             "svibnja",  "lipnja",   "srpnja",  "kolovoza",
                                             "rujna",    "listopada", "studenoga", "prosinca"};
    return fmt::format("{}. {} {}.", local.day, months[m], local.year);
  }
  if (is(language, "sl")) {
    static constexpr const char* months[] = {"januarja", "februarja", "marca",    "aprila",
                                             "maja",     "junija",    "julija",   "avgusta",
                                             "septembra", "oktobra",  "novembra", "decembra"};
    return fmt::format("{}. {} {}", local.day, months[m], local.year);
  }
  if (is(language, "ja")) {
    static constexpr const char* weekdays[] = {"日", "月", "火", "水", "木", "金", "土"};
    const date::weekday wd{date::sys_days{date::year{local.year} / date::month{local.month} / date::day{local.day}}};
    return fmt::format("{}年{}月{}日（{}）", local.year, local.month, local.day, weekdays[wd.c_encoding()]);
  }
  if (is(language, "fa")) {
    // Iranian customers read the Solar Hijri date; the Gregorian one beside it is the date on
    // the shop's own papers (invoices, receipts), so both can be matched without converting.
    static constexpr const char* solar[] = {"فروردین", "اردیبهشت", "خرداد", "تیر",  "مرداد", "شهریور",
                                            "مهر",     "آبان",     "آذر",   "دی",   "بهمن",  "اسفند"};
    static constexpr const char* gregorian[] = {"ژانویه", "فوریه", "مارس",  "آوریل", "مه",    "ژوئن",
                                                "ژوئیه",  "اوت",   "سپتامبر", "اکتبر", "نوامبر", "دسامبر"};
    const SolarHijriDate sh = to_solar_hijri(local.year, local.month, local.day);
    return persian_digits(fmt::format("{} {} {} ({} {} {})", sh.day, solar[sh.month - 1], sh.year,
                                      local.day, gregorian[m], local.year));
  }
  static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
  return fmt::format("{} {} {}", local.day, months[m], local.year);
}

std::string format_money(const Money& money, std::string_view language) {
  const std::string plain = util::format_minor(money.minor, money.currency);
  if (is(language, "hr") || is(language, "sl")) {
    return group_number(plain, ".", ",") + " " + money.currency;
  }
  if (is(language, "ja")) {
    const char* name = currency_name(money.currency, language);
    return group_number(plain, ",", ".") + (name ? name : " " + money.currency);
  }
  if (is(language, "fa")) {
    const char* name = currency_name(money.currency, language);
    return persian_digits(group_number(plain, "\xD9\xAC", "\xD9\xAB")) + " " + (name ? name : money.currency);
  }
  return money.currency + " " + group_number(plain, ",", ".");
}

std::string status_word(Status status, std::string_view language) {
  const auto i = static_cast<std::size_t>(status);
  // new, acknowledged, investigating, waiting, resolved, closed, rejected, withdrawn
  static constexpr const char* en[] = {"received", "acknowledged", "being investigated", "waiting for information from you",
                                       "resolved", "closed", "not accepted", "withdrawn"};
  static constexpr const char* hr[] = {"zaprimljen", "potvrđen", "u obradi", "čekamo Vaše podatke",
                                       "riješen", "zatvoren", "nije prihvaćen", "povučen"};
  static constexpr const char* sl[] = {"prejeta", "potrjena", "v obravnavi", "čakamo na vaše podatke",
                                       "rešena", "zaključena", "ni bila sprejeta", "umaknjena"};
  static constexpr const char* ja[] = {"受付済み", "受付確認済み", "調査中", "お客様からのご返信待ち",
                                       "解決済み", "完了", "お受けできませんでした", "お取り下げ済み"};
  static constexpr const char* fa[] = {"دریافت شده", "ثبت و تأیید شده", "در حال بررسی", "در انتظار پاسخ شما",
                                       "حل شده", "بسته شده", "پذیرفته نشده", "پس گرفته شده"};
  const char* const* words = is(language, "hr")   ? hr
                             : is(language, "sl") ? sl
                             : is(language, "ja") ? ja
                             : is(language, "fa") ? fa
                                                  : en;
  return words[i];
}

std::string outcome_word(std::string_view outcome, std::string_view language) {
  struct Words {
    std::string_view name;
    const char* en;
    const char* hr;
    const char* sl;
    const char* ja;
    const char* fa;
  };
  static constexpr Words words[] = {
      {"refund", "refund", "povrat novca", "vračilo denarja", "返金", "بازپرداخت وجه"},
      {"replacement", "replacement", "zamjena", "zamenjava", "商品の交換", "تعویض کالا"},
      {"discount", "discount", "popust", "popust", "割引", "تخفیف"},
      {"upgrade", "upgrade", "nadogradnja", "nadgradnja", "アップグレード", "ارتقا"},
      {"apology", "apology", "isprika", "opravičilo", "お詫び", "عذرخواهی"},
      {"corrective-action", "corrective action", "korektivna mjera", "korektivni ukrep", "改善措置",
       "اقدام اصلاحی"},
      {"no-fault", "no fault found on our side", "nije utvrđen propust s naše strane",
       "napake na naši strani nismo ugotovili", "当社側の不備は確認されませんでした",
       "قصوری از سوی ما احراز نشد"},
  };
  for (const Words& w : words) {
    if (w.name == outcome) {
      return is(language, "hr")   ? w.hr
             : is(language, "sl") ? w.sl
             : is(language, "ja") ? w.ja
             : is(language, "fa") ? w.fa
                                  : w.en;
    }
  }
  return std::string(outcome);
}

} // namespace redress::message
