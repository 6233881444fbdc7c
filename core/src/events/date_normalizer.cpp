#include "events/date_normalizer.hpp"

#include <charconv>
#include <cstdio>
#include <string>
#include <string_view>

#include "events/clause_words.hpp"
#include "lexicon/calendar_words.hpp"
#include "text/ascii_case.hpp"
#include "text/number_token.hpp"
#include "text/sentence_tokens.hpp"

namespace lede::events {
namespace {

enum class Unit : std::uint8_t { None, Day, Week, Weekend, Month, Year, Decade, Century, Quarter, Half, Season };

// What the words of one DATE mention say, before any resolution.
struct DateParts {
  int year = 0;  // 0 = not stated
  int year_end = 0;
  int month = 0;
  int month_end = 0;
  int day = 0;
  int day_end = 0;
  int weekday = 0;
  int decade = 0;   // first year ("1990s" -> 1990)
  int century = 0;  // ordinal ("21st century" -> 21)
  int part = 0;     // quarter 1-4, half 1-2, season 1-4 (spring ... winter)
  Unit part_unit = Unit::None;
  int count = 0;              // "three" in "three years ago"
  int direction = 0;          // -1 ago/earlier/last, +1 later/next
  bool has_modifier = false;  // last/next/this/past/coming
  bool same = false;          // "the same day": relative to another date
  int day_offset = 0;
  bool day_word = false;   // yesterday, today, tomorrow, tonight
  Unit unit = Unit::None;  // the period a modifier or count counts
  bool fiscal = false;
};

int to_int(std::string_view digits) {
  int value = 0;
  const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return result.ec == std::errc() ? value : -1;
}

Unit unit_of(std::string_view lower) {
  struct Entry {
    std::string_view word;
    Unit unit;
  };
  static constexpr Entry kUnits[] = {
      {"day", Unit::Day},         {"days", Unit::Day},          {"week", Unit::Week},       {"weeks", Unit::Week},
      {"fortnight", Unit::Week},  {"weekend", Unit::Weekend},   {"month", Unit::Month},     {"months", Unit::Month},
      {"year", Unit::Year},       {"years", Unit::Year},        {"decade", Unit::Decade},   {"decades", Unit::Decade},
      {"century", Unit::Century}, {"centuries", Unit::Century}, {"quarter", Unit::Quarter}, {"half", Unit::Half},
  };
  for (const Entry& entry : kUnits) {
    if (entry.word == lower) return entry.unit;
  }
  return Unit::None;
}

int season_of(std::string_view lower) {
  if (lower == "spring") return 1;
  if (lower == "summer") return 2;
  if (lower == "autumn" || lower == "fall") return 3;
  if (lower == "winter") return 4;
  return 0;
}

int small_number(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"zero",  "one",   "two",  "three", "four",   "five",  "six",
                                                "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  if (lower == "a" || lower == "an") return 1;
  if (lower == "several" || lower == "few") return -1;  // counted, but not a number
  for (int i = 0; i < 13; ++i) {
    if (kWords[i] == lower) return i;
  }
  return 0;
}

int ordinal_word(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"first", "second", "third", "fourth"};
  for (int i = 0; i < 4; ++i) {
    if (kWords[i] == lower) return i + 1;
  }
  return 0;
}

// "2018-04-25", "04/25/2018" (US order unless the first field cannot be a month), "25.04.2018".
void read_numeric_date(std::string_view text, DateParts& parts) {
  const char separator = text.find('-') != std::string_view::npos   ? '-'
                         : text.find('/') != std::string_view::npos ? '/'
                                                                    : '.';
  std::string_view fields[3];
  for (int f = 0; f < 3; ++f) {
    const std::size_t cut = text.find(separator);
    fields[f] = text.substr(0, cut);
    text = cut == std::string_view::npos ? std::string_view() : text.substr(cut + 1);
  }
  int a = to_int(fields[0]);
  int b = to_int(fields[1]);
  int c = to_int(fields[2]);
  if (fields[0].size() == 4) {
    parts.year = a, parts.month = b, parts.day = c;
  } else if (separator == '/' && a <= 12) {
    parts.month = a, parts.day = b, parts.year = c;
  } else {
    parts.day = a, parts.month = b, parts.year = c;
  }
  if (parts.year < 100 && parts.year >= 0) parts.year += 2000;
}

void read_range_end(std::string_view text, int first, int& end) {
  const std::size_t dash = text.find('-');
  if (dash == std::string_view::npos) return;
  const std::string_view tail = text.substr(dash + 1);
  int value = to_int(tail);
  if (value < 0) return;
  if (tail.size() == 2 && first >= 100) value += first / 100 * 100;  // "2010-15" -> 2015
  end = value;
}

// ASCII lowercase in `buffer` (kWordBuffer bytes); empty for longer words, which are no date words.
constexpr std::size_t kWordBuffer = 32;
std::string_view lower_word(std::string_view word, char* buffer) {
  return word.size() >= kWordBuffer ? std::string_view() : text::ascii_lower(word, buffer, kWordBuffer);
}

DateParts read_parts(const Document& document, const Mention& mention) {
  DateParts parts;
  const text::SentenceTokens tokens(document, mention.token_begin, mention.token_end);
  for (std::uint32_t i = mention.token_begin; i < mention.token_end; ++i) {
    const std::string_view text = document.token_text(i);
    char buffer[kWordBuffer];
    char buffer2[kWordBuffer];
    const std::string_view lower = lower_word(text, buffer);
    const text::NumberToken number = text::read_number_token(text);
    // A number before a period word counts it ("3 years ago"); otherwise it is a day of the month.
    const bool counts_unit =
        i + 1 < mention.token_end && unit_of(lower_word(document.token_text(i + 1), buffer2)) != Unit::None;
    switch (number.shape) {
      case text::NumberShape::Date: read_numeric_date(text, parts); continue;
      case text::NumberShape::Decade: {
        int first = static_cast<int>(number.value);
        if (first < 100) first += 1900;
        parts.decade = first;
        continue;
      }
      case text::NumberShape::YearRange:
        parts.year = static_cast<int>(number.value);
        read_range_end(text, parts.year, parts.year_end);
        continue;
      case text::NumberShape::DayRange:
        parts.day = static_cast<int>(number.value);
        read_range_end(text, 0, parts.day_end);
        continue;
      case text::NumberShape::Ordinal: {
        const int value = static_cast<int>(number.value);
        if (i + 1 < mention.token_end && is_word(document, i + 1, "century")) {
          parts.century = value;
        } else if (i + 1 < mention.token_end &&
                   (is_word(document, i + 1, "quarter") || is_word(document, i + 1, "half"))) {
          parts.part = value;
        } else if (value >= 1 && value <= 31) {
          parts.day = value;
        }
        continue;
      }
      case text::NumberShape::Integer: {
        const int value = static_cast<int>(number.value);
        if (text::is_plain_year(number, 1000, 2999)) {
          if (parts.year == 0)
            parts.year = value;
          else
            parts.year_end = value;
        } else if (counts_unit) {
          parts.count = value;
        } else if (value >= 1 && value <= 31) {
          if (parts.day == 0)
            parts.day = value;
          else
            parts.day_end = value;
        }
        continue;
      }
      default: break;
    }
    if (const lexicon::CalendarName* month = lexicon::month_at(tokens, i)) {
      if (parts.month == 0)
        parts.month = month->number;
      else
        parts.month_end = month->number;
      continue;
    }
    if (const lexicon::CalendarName* weekday = lexicon::weekday_at(tokens, i)) {
      parts.weekday = weekday->number;
      continue;
    }
    if (lower.empty()) continue;
    if (lower == "yesterday")
      parts.day_word = true, parts.day_offset = -1;
    else if (lower == "today" || lower == "tonight")
      parts.day_word = true, parts.day_offset = 0;
    else if (lower == "tomorrow")
      parts.day_word = true, parts.day_offset = 1;
    else if (lower == "last" || lower == "past" || lower == "previous")
      parts.has_modifier = true, parts.direction = -1;
    else if (lower == "next" || lower == "coming" || lower == "following")
      parts.has_modifier = true, parts.direction = 1;
    else if (lower == "this" || lower == "current")
      parts.has_modifier = true, parts.direction = 0;
    else if (lower == "same")
      parts.same = true;
    else if (lower == "ago" || lower == "earlier")
      parts.direction = -1;
    else if (lower == "later")
      parts.direction = 1;
    else if (lower == "fiscal" || lower == "financial" || lower == "fy")
      parts.fiscal = true;
    else if (const Unit unit = unit_of(lower); unit != Unit::None) {
      if ((unit == Unit::Quarter || unit == Unit::Half) && parts.part != 0) {
        parts.part_unit = unit;
      } else {
        parts.unit = unit;
      }
    } else if (const int season = season_of(lower); season != 0) {
      parts.part = season, parts.part_unit = Unit::Season;
    } else if (const int ordinal = ordinal_word(lower); ordinal != 0) {
      parts.part = ordinal;
    } else if (const int count = small_number(lower); count != 0) {
      parts.count = count;
    } else if (lower.size() == 2 && (lower[0] == 'q' || lower[0] == 'h') && lower[1] >= '1' && lower[1] <= '4') {
      parts.part = lower[1] - '0';
      parts.part_unit = lower[0] == 'q' ? Unit::Quarter : Unit::Half;
    }
  }
  if (parts.part != 0 && parts.part_unit == Unit::None) parts.part = 0;
  if (parts.day_end != 0 && parts.day_end <= parts.day) parts.day_end = 0;
  return parts;
}

// --- formatting ---------------------------------------------------------------------------------------

std::string four_digits(int year) {
  if (year <= 0) return "XXXX";
  char out[8];
  std::snprintf(out, sizeof out, "%04d", year % 10000);
  return out;
}

std::string two_digits(int value) {
  char out[4];
  std::snprintf(out, sizeof out, "%02d", value % 100);
  return out;
}

std::string day_value(int year, int month, int day) {
  return four_digits(year) + "-" + two_digits(month) + "-" + two_digits(day);
}
std::string day_value(const CivilDay& d) { return day_value(d.year, d.month, d.day); }
std::string month_value(int year, int month) { return four_digits(year) + "-" + two_digits(month); }

std::string part_value(int year, Unit unit, int part) {
  static constexpr std::string_view kSeasons[] = {"SP", "SU", "FA", "WI"};
  std::string out = four_digits(year) + "-";
  if (unit == Unit::Quarter) return out + "Q" + std::to_string(part);
  if (unit == Unit::Half) return out + "H" + std::to_string(part);
  return out + std::string(kSeasons[(part - 1) & 3]);
}

std::string week_value(const CivilDay& d) {
  const IsoWeek week = iso_week(d);
  return four_digits(week.year) + "-W" + two_digits(week.week);
}

bool valid_day(int year, int month, int day) {
  return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

// --- resolution against the document date --------------------------------------------------------------

enum class Direction : std::uint8_t { Backward, Forward, Nearest };

Direction direction_of(Tense tense) {
  if (tense == Tense::Past) return Direction::Backward;
  if (tense == Tense::Future) return Direction::Forward;
  return Direction::Nearest;
}

// The year for a month and day stated without one.
int year_for(const CivilDay& document, int month, int day, Direction direction) {
  const std::int64_t today = days_from_civil(document);
  int best = document.year;
  std::int64_t best_distance = INT64_MAX;
  for (int year = document.year - 1; year <= document.year + 1; ++year) {
    const int d = day == 0 ? 1 : (day > days_in_month(year, month) ? days_in_month(year, month) : day);
    const std::int64_t delta = days_from_civil(CivilDay{year, month, d}) - today;
    // A month stated alone counts as all of its days: "in April" said in April is this April.
    const bool same_month = day == 0 && year == document.year && month == document.month;
    if (direction == Direction::Backward && delta > 0 && !same_month) continue;
    if (direction == Direction::Forward && delta < 0 && !same_month) continue;
    const std::int64_t distance = same_month ? 0 : (delta < 0 ? -delta : delta);
    if (distance < best_distance) best_distance = distance, best = year;
  }
  return best;
}

CivilDay weekday_near(const CivilDay& document, int weekday, Direction direction, bool strict) {
  const int today = iso_weekday(document);
  int back = (today - weekday + 7) % 7;  // days since the last such weekday (0 = today)
  int ahead = (weekday - today + 7) % 7;
  if (strict) {
    if (back == 0) back = 7;
    if (ahead == 0) ahead = 7;
  }
  if (direction == Direction::Backward) return add_days(document, -back);
  if (direction == Direction::Forward) return add_days(document, ahead);
  return back <= ahead ? add_days(document, -back) : add_days(document, ahead);
}

std::optional<std::string> relative_value(const CivilDay& d, Unit unit, int offset, int part, Unit part_unit) {
  switch (unit) {
    case Unit::Day: return day_value(add_days(d, offset));
    case Unit::Week: return week_value(add_days(d, 7 * static_cast<std::int64_t>(offset)));
    case Unit::Weekend: return week_value(add_days(d, 7 * static_cast<std::int64_t>(offset))) + "-WE";
    case Unit::Month: {
      const CivilDay m = add_months(CivilDay{d.year, d.month, 1}, offset);
      return month_value(m.year, m.month);
    }
    case Unit::Year:
      if (part != 0) return part_value(d.year + offset, part_unit, part);
      return four_digits(d.year + offset);
    case Unit::Decade: return four_digits(d.year / 10 * 10 + 10 * offset).substr(0, 3);
    case Unit::Century: return two_digits(d.year / 100 + offset);
    case Unit::Quarter: {
      const int index = d.year * 4 + (d.month - 1) / 3 + offset;
      return part_value(index / 4, Unit::Quarter, index % 4 + 1);
    }
    default: return std::nullopt;
  }
}

DateValue make(std::string value, std::string end, const char* anchor) {
  DateValue out;
  out.value = std::move(value);
  out.end = std::move(end);
  out.anchor = anchor;
  return out;
}

// The value when the year is stated (or not needed: decades, centuries).
std::optional<DateValue> absolute_value(const DateParts& p) {
  if (p.decade != 0) return make(four_digits(p.decade).substr(0, 3), "", "absolute");
  if (p.century != 0) return make(two_digits(p.century - 1), "", "absolute");
  if (p.year == 0) return std::nullopt;
  if (p.month != 0) {
    if (p.day != 0) {
      if (!valid_day(p.year, p.month, p.day)) return std::nullopt;
      std::string end;
      if (p.day_end != 0 && valid_day(p.year, p.month_end ? p.month_end : p.month, p.day_end)) {
        end = day_value(p.year, p.month_end ? p.month_end : p.month, p.day_end);
      }
      return make(day_value(p.year, p.month, p.day), end, "absolute");
    }
    return make(month_value(p.year, p.month), p.month_end ? month_value(p.year, p.month_end) : "", "absolute");
  }
  if (p.part != 0) return make(part_value(p.year, p.part_unit, p.part), "", "absolute");
  return make(four_digits(p.year), p.year_end > p.year ? four_digits(p.year_end) : "", "absolute");
}

// TIMEX3's unknown digits for a relative date when there is no document date.
std::optional<DateValue> unknown_value(const DateParts& p) {
  std::string value;
  if (p.month != 0 && p.day != 0)
    value = "XXXX-" + two_digits(p.month) + "-" + two_digits(p.day);
  else if (p.month != 0)
    value = "XXXX-" + two_digits(p.month);
  else if (p.weekday != 0)
    value = "XXXX-WXX-" + std::to_string(p.weekday);
  else if (p.day_word)
    value = "XXXX-XX-XX";
  else if (p.part != 0)
    value = part_value(0, p.part_unit, p.part);
  else if (p.unit == Unit::Day)
    value = "XXXX-XX-XX";
  else if (p.unit == Unit::Week || p.unit == Unit::Weekend)
    value = "XXXX-WXX";
  else if (p.unit == Unit::Month)
    value = "XXXX-XX";
  else if (p.unit == Unit::Year)
    value = "XXXX";
  else if (p.unit == Unit::Decade)
    value = "XXX";
  else
    return std::nullopt;
  return make(value, "", "unknown");
}

std::optional<DateValue> resolved_value(const DateParts& p, const CivilDay& d, Tense tense) {
  const Direction direction = direction_of(tense);
  if (p.month != 0) {
    if (p.day != 0) {
      const int year = year_for(d, p.month, p.day, direction);
      if (!valid_day(year, p.month, p.day)) return std::nullopt;
      std::string end;
      if (p.day_end != 0 && valid_day(year, p.month_end ? p.month_end : p.month, p.day_end)) {
        end = day_value(year, p.month_end ? p.month_end : p.month, p.day_end);
      }
      return make(day_value(year, p.month, p.day), end, "document");
    }
    int year = year_for(d, p.month, 0, direction);
    if (p.has_modifier && p.direction < 0) year = p.month < d.month ? d.year : d.year - 1;  // "last April"
    if (p.has_modifier && p.direction > 0) year = p.month > d.month ? d.year : d.year + 1;  // "next April"
    if (p.has_modifier && p.direction == 0) year = d.year;                                  // "this April"
    return make(month_value(year, p.month), p.month_end ? month_value(year, p.month_end) : "", "document");
  }
  if (p.weekday != 0) {
    Direction weekday_direction = direction;
    if (p.has_modifier && p.direction != 0)
      weekday_direction = p.direction < 0 ? Direction::Backward : Direction::Forward;
    return make(day_value(weekday_near(d, p.weekday, weekday_direction, p.has_modifier && p.direction != 0)), "",
                "document");
  }
  if (p.day_word) return make(day_value(add_days(d, p.day_offset)), "", "document");
  if (p.part_unit == Unit::Season) {
    int year = d.year;
    const int start_month = 3 * p.part;  // spring 3, summer 6, autumn 9, winter 12
    if (p.has_modifier && p.direction < 0 && start_month + 2 >= d.month) year -= 1;
    if (p.has_modifier && p.direction > 0 && start_month <= d.month) year += 1;
    return make(part_value(year, Unit::Season, p.part), "", "document");
  }
  if (p.part != 0) return make(part_value(d.year, p.part_unit, p.part), "", "document");  // "the first half"
  if (p.unit == Unit::None) return std::nullopt;
  int offset = 0;
  if (p.count != 0 && p.direction != 0) {
    if (p.count < 0) return std::nullopt;  // "several years ago": no value to compute
    offset = p.count * p.direction;
  } else if (p.has_modifier) {
    offset = p.direction;
  } else {
    return std::nullopt;  // a bare period word ("the year") names no particular one
  }
  std::optional<std::string> value = relative_value(d, p.unit, offset, 0, Unit::None);
  if (!value) return std::nullopt;
  return make(*value, "", "document");
}

}  // namespace

std::optional<DateValue> normalize_date(const Document& document, std::uint32_t mention, const CivilDay* document_date,
                                        Tense tense) {
  const Mention& m = document.mentions[mention];
  const DateParts parts = read_parts(document, m);
  if (parts.fiscal || parts.same) return std::nullopt;
  std::optional<DateValue> value = absolute_value(parts);
  if (!value) value = document_date ? resolved_value(parts, *document_date, tense) : unknown_value(parts);
  if (value) value->mention = mention;
  return value;
}

}  // namespace lede::events
