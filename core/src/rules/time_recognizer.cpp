#include "rules/time_recognizer.hpp"

#include <cmath>
#include <cstdint>

#include "lexicon/calendar_words.hpp"
#include "rules/number_recognizer.hpp"
#include "text/number_token.hpp"

namespace lede::rules {

namespace {

bool is_oclock(const text::SentenceTokens& tokens, std::uint32_t i) {
  return tokens.is(i, "o'clock") || tokens.is(i,
                                              "o\xE2\x80\x99"
                                              "clock");
}

// A meridiem, o'clock or "noon" after an hour ("10:30 am", "5 pm", "12 noon"), then a timezone
// ("10:30 am GMT", "2:30 pm local time", "6:23 am Beijing time").
std::uint32_t extend_clock(const text::SentenceTokens& tokens, std::uint32_t end) {
  if (lexicon::has_date_role(tokens, end, lexicon::kMeridiem | lexicon::kClockWord) || is_oclock(tokens, end)) ++end;
  if (lexicon::has_date_role(tokens, end, lexicon::kTimezone)) {
    ++end;
  } else if (tokens.is(end + 1, "time") && (tokens.is(end, "local") || text::starts_uppercase(tokens.text(end)))) {
    end += 2;  // "2:30 pm local time", "6:23 am Beijing time"
  }
  return end;
}

// "10:30", "10:30:15", with a meridiem and a timezone when they follow.
std::uint32_t match_clock(const text::SentenceTokens& tokens, std::uint32_t i) {
  if (!tokens.is_number(i) || text::read_number_token(tokens.text(i)).shape != text::NumberShape::Clock) return i;
  return extend_clock(tokens, i + 1);
}

// An hour that only a meridiem makes a time: "5pm", "5 p.m.", "12 noon", "five o'clock".
std::uint32_t match_hour(const text::SentenceTokens& tokens, std::uint32_t i) {
  const NumberPhrase hour = match_cardinal(tokens, i);
  if (hour.end != i + 1 || hour.value < 1 || hour.value > 12 || hour.value != std::floor(hour.value)) return i;
  const std::uint32_t end = extend_clock(tokens, i + 1);
  return end > i + 1 ? end : i;
}

// The 24-hour clock of wire copy: "1500 GMT", "0930 hours".
std::uint32_t match_military_time(const text::SentenceTokens& tokens, std::uint32_t i) {
  if (!tokens.is_number(i)) return i;
  const std::string_view text = tokens.text(i);
  const text::NumberToken number = text::read_number_token(text);
  if (number.shape != text::NumberShape::Integer || number.grouped || number.digits != 4) return i;
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[2] - '0') * 10 + (text[3] - '0');
  if (hours > 23 || minutes > 59) return i;
  if (lexicon::has_date_role(tokens, i + 1, lexicon::kTimezone)) return i + 2;
  return tokens.is(i + 1, "hours") || tokens.is(i + 1, "hrs") ? i + 2 : i;
}

std::uint32_t match_time_word(const text::SentenceTokens& tokens, std::uint32_t i) {
  return lexicon::has_date_role(tokens, i, lexicon::kNightWord | lexicon::kClockWord) ? i + 1 : i;
}

// "this morning", "last night", "yesterday afternoon", "Tuesday night", "early Tuesday morning".
std::uint32_t match_part_of_day(const text::SentenceTokens& tokens, std::uint32_t i) {
  const bool names_day = lexicon::has_date_role(tokens, i, lexicon::kModifier | lexicon::kDayWord) ||
                         (lexicon::weekday_at(tokens, i) != nullptr && !lexicon::weekday_at(tokens, i)->needs_context);
  return names_day && lexicon::has_date_role(tokens, i + 1, lexicon::kPartOfDay) ? i + 2 : i;
}

struct TimeForm {
  std::uint32_t (*match)(const text::SentenceTokens&, std::uint32_t);
  unsigned prefixes;
};

constexpr TimeForm kTimeForms[] = {
    {match_clock, 0},
    {match_hour, 0},
    {match_military_time, 0},
    {match_time_word, 0},
    {match_part_of_day, lexicon::kAllowEdge},  // "late last night", "early Tuesday morning"
};

}  // namespace

void find_times(const text::SentenceTokens& tokens, std::vector<Mention>& out) {
  for (std::uint32_t i = tokens.begin(); i < tokens.end(); ++i) {
    for (const TimeForm& form : kTimeForms) {
      const std::uint32_t end = form.match(tokens, i);
      if (end > i) out.push_back(Mention{lexicon::widen_date_start(tokens, i, form.prefixes), end, EntityType::Time});
    }
  }
}

}  // namespace lede::rules
