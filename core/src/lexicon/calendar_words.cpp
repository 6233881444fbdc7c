#include "lexicon/calendar_words.hpp"

#include <charconv>
#include <string>
#include <string_view>

#include "lexicon/embedded.hpp"
#include "lexicon/folded_word_map.hpp"
#include "text/ascii_case.hpp"
#include "text/word_lists.hpp"

namespace lede::lexicon {

namespace {

struct RoleName {
  std::string_view name;
  DateRole role;
};
constexpr RoleName kRoleNames[] = {
    {"day", kDayWord},      {"night", kNightWord},       {"clock", kClockWord},   {"modifier", kModifier},
    {"period", kPeriod},    {"part_of_day", kPartOfDay}, {"edge", kEdge},         {"ago", kAgo},
    {"year_cue", kYearCue}, {"timezone", kTimezone},     {"meridiem", kMeridiem},
};

FoldedWordMap<unsigned> load_date_roles() {
  FoldedWordMap<unsigned> roles;
  for_each_row(embedded_lexicon("date_relative"), [&](const std::vector<std::string_view>& fields) {
    if (fields.size() < 2) return;
    for (const RoleName& role : kRoleNames) {
      if (role.name == fields[1]) roles[fields[0]] |= role.role;
    }
  });
  return roles;
}

FoldedWordMap<CalendarName> load_calendar_names(std::string_view lexicon_name) {
  FoldedWordMap<CalendarName> names;
  for_each_row(embedded_lexicon(lexicon_name), [&](const std::vector<std::string_view>& fields) {
    if (fields.size() < 3) return;
    CalendarName name;
    std::from_chars(fields[1].data(), fields[1].data() + fields[1].size(), name.number);
    name.needs_context = fields[2] == "context";
    names[fields[0]] = name;
  });
  return names;
}

const CalendarName* proper_name_at(const FoldedWordMap<CalendarName>& names, const text::SentenceTokens& tokens,
                                   std::uint32_t i) {
  if (!tokens.is_word(i) || !text::is_title_or_upper_case(tokens.text(i))) return nullptr;
  return names.find(tokens.text(i), tokens.folded_hash(i));
}

}  // namespace

bool has_date_role(const text::SentenceTokens& tokens, std::uint32_t i, unsigned roles) {
  static const FoldedWordMap<unsigned> table = load_date_roles();
  if (!tokens.contains(i)) return false;
  const unsigned* found = table.find(tokens.text(i), tokens.folded_hash(i));
  return found != nullptr && (*found & roles) != 0;
}

const CalendarName* month_at(const text::SentenceTokens& tokens, std::uint32_t i) {
  static const FoldedWordMap<CalendarName> months = load_calendar_names("months");
  return proper_name_at(months, tokens, i);
}

const CalendarName* weekday_at(const text::SentenceTokens& tokens, std::uint32_t i) {
  static const FoldedWordMap<CalendarName> weekdays = load_calendar_names("weekdays");
  return proper_name_at(weekdays, tokens, i);
}

namespace {

// Where "the end of", "the first half of", "the winter of" before a date's core starts, or `begin` when
// none is there: the part of the period is the date a reader means ("by the end of July").
std::uint32_t part_of_period_start(const text::SentenceTokens& tokens, std::uint32_t begin) {
  if (!tokens.is(begin - 1, "of")) return begin;
  std::uint32_t t = begin - 2;
  const std::string part = text::ascii_lower_copy(tokens.text(t));
  if (part == "half" || part == "quarter") {
    if (!text::is_one_of(text::ascii_lower_copy(tokens.text(t - 1)), {"first", "second", "third", "fourth", "last"}))
      return begin;
    --t;
  } else if (!text::is_one_of(part, {"end", "beginning", "start", "middle", "winter", "summer", "spring", "autumn",
                                     "fall", "rest"})) {
    return begin;
  }
  return tokens.is(t - 1, "the") ? t - 1 : begin;
}

}  // namespace

std::uint32_t widen_date_start(const text::SentenceTokens& tokens, std::uint32_t begin, unsigned allowed) {
  if ((allowed & kAllowEdge) != 0) {
    if (const std::uint32_t part = part_of_period_start(tokens, begin); part != begin) return part;
  }
  if ((allowed & kAllowModifier) != 0 && has_date_role(tokens, begin - 1, kModifier)) --begin;
  if ((allowed & kAllowEdge) != 0) {
    if (tokens.is_joining_hyphen(begin - 1) && has_date_role(tokens, begin - 2, kEdge)) {
      begin -= 2;  // "mid-1990s", "mid-April"
    } else if (has_date_role(tokens, begin - 1, kEdge)) {
      --begin;  // "early 2018", "earlier this month"
    }
  }
  if ((allowed & kAllowThe) != 0 && tokens.is(begin - 1, "the")) --begin;
  return begin;
}

}  // namespace lede::lexicon
