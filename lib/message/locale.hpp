#pragma once
// The words and numbers a message shows, in the customer's language: dates, money, statuses,
// outcomes. Languages without their own forms here get English ones.

#include <redress/complaint.hpp>
#include <redress/time.hpp>

#include <string>
#include <string_view>

namespace redress::message {

/// A civil date in the Solar Hijri (Iranian) calendar.
struct SolarHijriDate {
  int year = 0;
  int month = 0; // 1 = Farvardin
  int day = 0;
};
/// The Solar Hijri date of a Gregorian one (Borkowski's arithmetic of the astronomical
/// calendar, exact for Solar Hijri years 1-3177). The Gregorian side is the date library's.
SolarHijriDate to_solar_hijri(int year, unsigned month, unsigned day);

/// The date of `t` in `zone`, written as `language` writes dates in a letter:
/// en "30 November 2026", hr "30. studenoga 2026.", sl "30. novembra 2026",
/// ja "2026年11月30日（月）", fa "۹ آذر ۱۴۰۵ (۳۰ نوامبر ۲۰۲۶)".
std::string format_date(Instant t, const TimeZone& zone, std::string_view language);
/// An amount with its currency: en "EUR 1,250.00", hr/sl "1.250,00 EUR", ja "1,250.00ユーロ",
/// fa "۱٬۲۵۰٫۰۰ یورو".
std::string format_money(const Money& money, std::string_view language);
/// A status as a customer reads it ("being investigated", "u obradi", ...).
std::string status_word(Status status, std::string_view language);
/// One of the usual outcomes (refund, replacement, ...) in `language`; any other name as the
/// policy spells it.
std::string outcome_word(std::string_view outcome, std::string_view language);

} // namespace redress::message
