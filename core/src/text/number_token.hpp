// The shapes of number tokens ("1,000", "25th", "1990s", "10:30", "2018-04-25") as the rule
// recognizers and the date normalizer read them.
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::text {

// What a number token (TokenKind::Number, or a decade written "'90s") looks like.
enum class NumberShape : std::uint8_t {
  None,       // not a number token we understand ("3G", "853-3242", "1/2")
  Integer,    // "2018", "1,000,000" (grouped: see NumberToken::grouped)
  Decimal,    // "3.5", "1,000.50"
  Ordinal,    // "25th", "1st"
  Decade,     // "1990s", "90s", "'90s"
  Clock,      // "10:30", "10:30:15"
  Date,       // "2018-04-25", "04/25/2018", "25.04.2018"
  DayRange,   // "24-25" (as in "April 24-25")
  YearRange,  // "2010-2015", "2010-15"
};

struct NumberToken {
  NumberShape shape = NumberShape::None;
  double value = 0;      // Integer/Decimal: the number; Ordinal: its number; Decade: its first year;
                         // Clock: the hour; DayRange/YearRange: the first day or year
  int digits = 0;        // digits before any separator (Integer: all of them)
  bool grouped = false;  // written with thousands separators ("1,000")
};

NumberToken read_number_token(std::string_view text);

// A bare 4-digit year as calendars in news use them: "1990", not "1,990" nor "0990".
bool is_plain_year(const NumberToken& number, double lowest, double highest);

}  // namespace lede::text
