// The calendar vocabulary DATE and TIME share: month and weekday names (core/lexicons/months.tsv,
// weekdays.tsv) and the roles of relative-date words (core/lexicons/date_relative.tsv).
#pragma once

#include <cstdint>

#include "text/sentence_tokens.hpp"

namespace lede::lexicon {

// Roles of core/lexicons/date_relative.tsv; a word may have several ("spring" is a period and a year cue).
enum DateRole : std::uint16_t {
  kDayWord = 1 << 0,    // yesterday, today, tomorrow
  kNightWord = 1 << 1,  // tonight
  kClockWord = 1 << 2,  // noon, midnight
  kModifier = 1 << 3,   // last, next, this, past
  kPeriod = 1 << 4,     // week, month, year, decade
  kPartOfDay = 1 << 5,  // morning, night
  kEdge = 1 << 6,       // early, late, mid, earlier, later
  kAgo = 1 << 7,        // ago
  kYearCue = 1 << 8,    // in, since, by, until, of, from, fiscal
  kTimezone = 1 << 9,   // GMT, UTC, PKT
  kMeridiem = 1 << 10,  // am, pm, a.m., p.m.
};

// Whether token i has any of `roles` (ORed DateRole values).
bool has_date_role(const text::SentenceTokens& tokens, std::uint32_t i, unsigned roles);

struct CalendarName {
  std::uint8_t number = 0;     // month 1-12 or ISO weekday 1-7
  bool needs_context = false;  // "May", "Jan", "Tue": a date only next to a day, a year or a cue word
};

// The month or weekday named by token i, written as a proper noun ("April", "APRIL", not "april"),
// or nullptr.
const CalendarName* month_at(const text::SentenceTokens& tokens, std::uint32_t i);
const CalendarName* weekday_at(const text::SentenceTokens& tokens, std::uint32_t i);

// The start of a date whose core starts at `begin`, widened over the words before it that a reader
// counts as part of the date: a modifier ("last April"), an edge ("early 2018", "mid-1990s",
// "earlier this month") and "the" ("the 1990s", "the past decade"), as `allowed` says.
enum DatePrefix : unsigned { kAllowModifier = 1, kAllowEdge = 2, kAllowThe = 4 };
std::uint32_t widen_date_start(const text::SentenceTokens& tokens, std::uint32_t begin, unsigned allowed);

}  // namespace lede::lexicon
