// Proleptic Gregorian calendar arithmetic for date normalization: days since 1970-01-01, weekdays,
// ISO 8601 weeks, and adding days, months and years. Every function is total: out-of-range input gives
// a clamped or unchanged value, never undefined behaviour.
#pragma once

#include <cstdint>

namespace lede::events {

struct CivilDay {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
};

int days_in_month(int year, int month);

// Days since 1970-01-01 and back (the era-based method of Howard Hinnant's "chrono-compatible Low-Level
// Date Algorithms", re-derived here).
std::int64_t days_from_civil(const CivilDay& date);
CivilDay civil_from_days(std::int64_t days);

// ISO weekday, 1 = Monday ... 7 = Sunday.
int iso_weekday(const CivilDay& date);

// The ISO 8601 week (week-numbering year and week 1-53) holding `date`.
struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek iso_week(const CivilDay& date);

CivilDay add_days(const CivilDay& date, std::int64_t days);
// Month arithmetic keeps the day where the target month has it, else its last day.
CivilDay add_months(const CivilDay& date, int months);

}  // namespace lede::events
