#include "rules/date_recognizer.hpp"

#include <algorithm>
#include <cstdint>

#include "lexicon/calendar_words.hpp"
#include "rules/number_recognizer.hpp"
#include "text/ascii_case.hpp"
#include "text/number_token.hpp"

namespace lede::rules {

namespace {

text::NumberToken number_at(const text::SentenceTokens& tokens, std::uint32_t i) {
  return tokens.is_number(i) ? text::read_number_token(tokens.text(i)) : text::NumberToken{};
}

bool is_day_of_month(const text::NumberToken& number) {
  const bool plain = number.shape == text::NumberShape::Integer && !number.grouped && number.digits <= 2;
  return (plain || number.shape == text::NumberShape::Ordinal) && number.value >= 1 && number.value <= 31;
}

// A day of the month or a range of days: "25", "25th", "24-25", "24 - 25", "24 to 25".
std::uint32_t match_days(const text::SentenceTokens& tokens, std::uint32_t i) {
  const text::NumberToken first = number_at(tokens, i);
  if (first.shape == text::NumberShape::DayRange) return i + 1;
  if (!is_day_of_month(first)) return i;
  const bool joined = tokens.text(i + 1) == "-" || tokens.is(i + 1, "to");
  const text::NumberToken second = number_at(tokens, i + 2);
  if (joined && is_day_of_month(second) && second.value > first.value) return i + 3;
  return i + 1;
}

// A year after a day or month: "2018", or ", 2018" after a day ("April 25, 2018").
std::uint32_t match_year_after(const text::SentenceTokens& tokens, std::uint32_t i, bool allow_comma) {
  const std::uint32_t year = allow_comma && tokens.text(i) == "," ? i + 1 : i;
  return text::is_plain_year(number_at(tokens, year), 1000, 2999) ? year + 1 : i;
}

bool is_date_cue(const text::SentenceTokens& tokens, std::uint32_t i) {
  return lexicon::has_date_role(tokens, i, lexicon::kYearCue | lexicon::kEdge | lexicon::kModifier) ||
         (tokens.text(i) == "-" && lexicon::has_date_role(tokens, i - 1, lexicon::kEdge));  // "mid-"
}

// A month alone is a DATE after a cue ("in May", "since March", "mid-April") or, for unambiguous
// months, unless a capitalized word follows it as a surname would ("April Ryan", "June Carter").
bool month_stands_alone(const text::SentenceTokens& tokens, std::uint32_t i, const lexicon::CalendarName& month) {
  if (is_date_cue(tokens, i - 1)) return true;
  return !month.needs_context && !(tokens.is_word(i + 1) && text::starts_uppercase(tokens.text(i + 1)));
}

// "April 25th 2018", "April 25, 2018", "April 24-25", "April 2018", "April".
std::uint32_t match_month_first(const text::SentenceTokens& tokens, std::uint32_t i) {
  const lexicon::CalendarName* month = lexicon::month_at(tokens, i);
  if (month == nullptr) return i;
  const std::uint32_t days_end = match_days(tokens, i + 1);
  const bool has_day = days_end > i + 1;
  const std::uint32_t end = match_year_after(tokens, days_end, has_day);
  if (end == i + 1 && !month_stands_alone(tokens, i, *month)) return i;
  return end;
}

// "25 April 2018", "25 April, 2018", "25th of April", "24-25 April".
std::uint32_t match_day_first(const text::SentenceTokens& tokens, std::uint32_t i) {
  const std::uint32_t days_end = match_days(tokens, i);
  if (days_end == i) return i;
  const std::uint32_t month = tokens.is(days_end, "of") ? days_end + 1 : days_end;
  if (lexicon::month_at(tokens, month) == nullptr) return i;
  return match_year_after(tokens, month + 1, true);
}

std::uint32_t match_day_and_month(const text::SentenceTokens& tokens, std::uint32_t i) {
  return std::max(match_month_first(tokens, i), match_day_first(tokens, i));
}

// A weekday before a full date: "Tuesday, April 24", "Tue 24 April 2018".
std::uint32_t match_weekday_and_date(const text::SentenceTokens& tokens, std::uint32_t i) {
  if (lexicon::weekday_at(tokens, i) == nullptr) return i;
  const std::uint32_t date = tokens.text(i + 1) == "," ? i + 2 : i + 1;
  const std::uint32_t end = match_day_and_month(tokens, date);
  return end >= date + 2 ? end : i;  // the weekday joins only a date with a day in it
}

// "Tuesday" (not the abbreviations, which need a date after them).
std::uint32_t match_weekday(const text::SentenceTokens& tokens, std::uint32_t i) {
  const lexicon::CalendarName* weekday = lexicon::weekday_at(tokens, i);
  return weekday != nullptr && !weekday->needs_context ? i + 1 : i;
}

// "2018" in date context. Edge words ("early 2018") are cues too; lexicon::widen_date_start adds them.
std::uint32_t match_year(const text::SentenceTokens& tokens, std::uint32_t i) {
  if (!text::is_plain_year(number_at(tokens, i), 1900, 2099)) return i;
  const bool after_cue = is_date_cue(tokens, i - 1);
  const bool before_month = lexicon::month_at(tokens, i + 1) != nullptr;
  const bool range_connector = tokens.is(i - 1, "to") || tokens.is(i - 1, "and") || tokens.is(i - 1, "or") ||
                               tokens.is(i - 1, "until") || tokens.text(i - 1) == "-";
  const bool continues_range = range_connector && text::is_plain_year(number_at(tokens, i - 2), 1900, 2099);
  return after_cue || before_month || continues_range ? i + 1 : i;
}

// "1990s" always; "90s" only after "the" or an edge word ("the 90s", "mid-90s"), since "in his 90s"
// is an age.
std::uint32_t match_decade(const text::SentenceTokens& tokens, std::uint32_t i) {
  if (!tokens.contains(i)) return i;
  const text::NumberToken decade = text::read_number_token(tokens.text(i));
  if (decade.shape != text::NumberShape::Decade) return i;
  if (decade.digits == 4) return i + 1;
  const bool introduced = tokens.is(i - 1, "the") || is_date_cue(tokens, i - 1);
  return introduced && !tokens.is(i - 1, "in") ? i + 1 : i;
}

// "2018-04-25", "04/25/2018", "2010-2015": dates written as one number token.
std::uint32_t match_numeric_date(const text::SentenceTokens& tokens, std::uint32_t i) {
  const text::NumberShape shape = number_at(tokens, i).shape;
  return shape == text::NumberShape::Date || shape == text::NumberShape::YearRange ? i + 1 : i;
}

// "the 21st century", "the nineteenth century".
std::uint32_t match_century(const text::SentenceTokens& tokens, std::uint32_t i) {
  const NumberPhrase ordinal = match_ordinal(tokens, i);
  if (ordinal.end == i) return i;
  return tokens.is(ordinal.end, "century") || tokens.is(ordinal.end, "centuries") ? ordinal.end + 1 : i;
}

// A count before a period: a number ("the past two years"), or a vague count ("the past few weeks").
std::uint32_t skip_count(const text::SentenceTokens& tokens, std::uint32_t i) {
  if (tokens.is(i, "few") || tokens.is(i, "several") || tokens.is(i, "many")) return i + 1;
  if (tokens.is(i, "couple") && tokens.is(i + 1, "of")) return i + 2;
  return match_cardinal(tokens, i).end;
}

// "last year", "next week", "this month", "the past two years", "last April", "next Tuesday".
std::uint32_t match_modified_period(const text::SentenceTokens& tokens, std::uint32_t i) {
  if (!lexicon::has_date_role(tokens, i, lexicon::kModifier)) return i;
  const std::uint32_t period = skip_count(tokens, i + 1);
  const bool names_period = lexicon::has_date_role(tokens, period, lexicon::kPeriod) ||
                            lexicon::month_at(tokens, period) != nullptr || match_weekday(tokens, period) > period;
  return names_period ? period + 1 : i;
}

// "three years ago", "a week ago", "years ago".
std::uint32_t match_ago(const text::SentenceTokens& tokens, std::uint32_t i) {
  std::uint32_t period = i;
  if (tokens.is(i, "a") || tokens.is(i, "an") || tokens.is(i, "few") || tokens.is(i, "several") ||
      tokens.is(i, "many")) {
    period = i + 1;
  } else if (!lexicon::has_date_role(tokens, i, lexicon::kPeriod)) {
    period = match_cardinal(tokens, i).end;
  }
  return lexicon::has_date_role(tokens, period, lexicon::kPeriod) &&
                 lexicon::has_date_role(tokens, period + 1, lexicon::kAgo)
             ? period + 2
             : i;
}

std::uint32_t match_day_word(const text::SentenceTokens& tokens, std::uint32_t i) {
  return lexicon::has_date_role(tokens, i, lexicon::kDayWord) ? i + 1 : i;
}

// A way to match a date core at token i and the words before it that may join it.
struct DateForm {
  std::uint32_t (*match)(const text::SentenceTokens&, std::uint32_t);
  unsigned prefixes;
};

constexpr DateForm kDateForms[] = {
    {match_numeric_date, 0},
    {match_weekday_and_date, 0},
    {match_day_and_month, lexicon::kAllowModifier | lexicon::kAllowEdge},  // "last April", "early April 2018"
    {match_weekday, lexicon::kAllowModifier},                              // "last Tuesday"
    {match_year, lexicon::kAllowEdge},                                     // "early 2018", "mid-2018"
    {match_decade, lexicon::kAllowEdge | lexicon::kAllowThe},              // "the mid-1990s"
    {match_century, lexicon::kAllowEdge | lexicon::kAllowThe},             // "the early 21st century"
    {match_modified_period, lexicon::kAllowEdge | lexicon::kAllowThe},     // "earlier this month", "the past decade"
    {match_ago, 0},
    {match_day_word, 0},
};

}  // namespace

void find_dates(const text::SentenceTokens& tokens, std::vector<Mention>& out) {
  for (std::uint32_t i = tokens.begin(); i < tokens.end(); ++i) {
    for (const DateForm& form : kDateForms) {
      const std::uint32_t end = form.match(tokens, i);
      if (end > i) out.push_back(Mention{lexicon::widen_date_start(tokens, i, form.prefixes), end, EntityType::Date});
    }
  }
}

}  // namespace lede::rules
