#include "events/calendar.hpp"

namespace lede::events {

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 30;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// Years start in March so that the leap day ends a year; 400-year eras repeat exactly (146097 days).
std::int64_t days_from_civil(const CivilDay& date) {
  const std::int64_t year = static_cast<std::int64_t>(date.year) - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int64_t year_of_era = year - era * 400;
  const std::int64_t month_from_march = (date.month + 9) % 12;
  const std::int64_t day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDay civil_from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t day_of_era = days - era * 146097;
  const std::int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_from_march = (5 * day_of_year + 2) / 153;
  CivilDay out;
  out.day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  out.month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  out.year = static_cast<int>(year_of_era + era * 400 + (out.month <= 2 ? 1 : 0));
  return out;
}

int iso_weekday(const CivilDay& date) {
  const std::int64_t days = days_from_civil(date);        // 1970-01-01 was a Thursday (4)
  const std::int64_t weekday = ((days % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(weekday) + 1;
}

IsoWeek iso_week(const CivilDay& date) {
  // The week belongs to the year that holds its Thursday.
  const CivilDay thursday = add_days(date, 4 - iso_weekday(date));
  const std::int64_t first_of_year = days_from_civil(CivilDay{thursday.year, 1, 1});
  return IsoWeek{thursday.year, static_cast<int>((days_from_civil(thursday) - first_of_year) / 7 + 1)};
}

CivilDay add_days(const CivilDay& date, std::int64_t days) { return civil_from_days(days_from_civil(date) + days); }

CivilDay add_months(const CivilDay& date, int months) {
  const int index = date.year * 12 + (date.month - 1) + months;
  CivilDay out;
  out.year = index >= 0 ? index / 12 : (index - 11) / 12;
  out.month = index - out.year * 12 + 1;
  const int last = days_in_month(out.year, out.month);
  out.day = date.day > last ? last : date.day;
  return out;
}

}  // namespace lede::events
