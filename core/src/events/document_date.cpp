#include "events/document_date.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <utility>

#include "events/clause_words.hpp"
#include "events/date_normalizer.hpp"
#include "text/char_class.hpp"

namespace lede::events {
namespace {

constexpr std::uint32_t kSearchedTokens = 120;       // a headline, a byline, a dateline; or a closing credit line
constexpr std::uint32_t kMaxClosingLineTokens = 24;  // "Published in Dawn, April 24th, 2018" and the like
constexpr std::uint32_t kMaxPrintLineTokens = 48;    // "A version of this article appears in print on ..."

bool is_publication_cue(const Document& document, std::uint32_t token) {
  return is_word(document, token, "published") || is_word(document, token, "updated") ||
         is_word(document, token, "posted") || is_word(document, token, "dated");
}

// The first token of the line holding `token`.
std::uint32_t line_start(const Document& document, std::uint32_t token) {
  while (token > 0 && !document.tokens[token].newline_before) --token;
  return token;
}

// What parts a byline's name from its date: "By Jane Doe | March 3, 2024", "By Jane Doe, Reuters · March 3".
bool is_separator(std::string_view text) {
  return text::is_dash_or_colon(text) || text == "|" || text == "·" || text == "•" || text == "," || text == ";" ||
         text == "/";
}

// The end of the line holding `token` (exclusive).
std::uint32_t line_end(const Document& document, std::uint32_t token) {
  const auto n = static_cast<std::uint32_t>(document.tokens.size());
  ++token;
  while (token < n && !document.tokens[token].newline_before) ++token;
  return token;
}

// A clock the time recognizer leaves alone ("13.15 GMT": a number and a zone in capitals) or a web
// page's reading time ("3 min read").
bool is_clock_or_reading_time(const Document& document, std::uint32_t token) {
  const std::string_view text = document.token_text(token);
  if (document.tokens[token].kind == TokenKind::Number) return true;
  const bool zone = text.size() >= 2 && text.size() <= 4 &&
                    std::all_of(text.begin(), text.end(), [](char c) { return text::is_ascii_upper(c); });
  return zone || is_word(document, token, "min") || is_word(document, token, "mins") ||
         is_word(document, token, "minute") || is_word(document, token, "minutes") || is_word(document, token, "read");
}

// Whether tokens [from, end of line) are at most a time of day: "at 10:30 a.m. EST", ", 14:05 GMT", or
// nothing. `time_end`: where the TIME mention starting at `from` (or after "at"/a separator) ends, 0 if none.
bool only_a_time_follows(const Document& document, std::uint32_t from, std::uint32_t time_begin,
                         std::uint32_t time_end) {
  if (from >= document.tokens.size() || document.tokens[from].newline_before) return true;  // the line ends
  const std::uint32_t end = line_end(document, from);
  for (std::uint32_t t = from; t < end; ++t) {
    if (t >= time_begin && t < time_end) continue;
    const std::string_view text = document.token_text(t);
    if (!is_separator(text) && text != "." && !is_word(document, t, "at") && !is_clock_or_reading_time(document, t))
      return false;
  }
  return true;
}

// The TIME mention that starts within two tokens after `date` ("at 10:30 a.m."), as [begin, end), or {0, 0}.
std::pair<std::uint32_t, std::uint32_t> time_after(const Document& document, std::uint32_t date) {
  const Mention& mention = document.mentions[date];
  for (std::uint32_t m = date + 1; m < document.mentions.size() && m <= date + 2; ++m) {
    const Mention& next = document.mentions[m];
    if (next.type == EntityType::Time && next.token_begin <= mention.token_end + 2)
      return {next.token_begin, next.token_end};
  }
  return {0, 0};
}

// A dateline puts the date among capitalized place words and an agency in brackets, and ends with a
// dash or colon; a line that holds only the date (and perhaps a time of day) counts too, and so does a
// byline that ends with one ("By Jane Doe | March 3, 2024").
bool is_dateline(const Document& document, std::uint32_t date_mention) {
  const Mention& date = document.mentions[date_mention];
  const std::uint32_t begin = line_start(document, date.token_begin);
  const bool byline = is_word(document, begin, "by");
  if (date.token_begin - begin > (byline ? 12U : 8U)) return false;
  for (std::uint32_t t = byline ? begin + 1 : begin; t < date.token_begin; ++t) {
    const std::string_view text = document.token_text(t);
    const bool capitalized = !text.empty() && text[0] >= 'A' && text[0] <= 'Z';
    // A byline's name may be joined to another by "and", and to its date by "on" ("By Jane Doe on March 3, 2024").
    const bool byline_word =
        byline && (is_word(document, t, "and") || (t + 1 == date.token_begin && is_word(document, t, "on")));
    if (!capitalized && !is_separator(text) && !byline_word) return false;
  }
  std::uint32_t after = date.token_end;
  const auto n = static_cast<std::uint32_t>(document.tokens.size());
  const auto [time_begin, time_end] = time_after(document, date_mention);
  if (after >= n || only_a_time_follows(document, after, time_begin, time_end)) return true;  // it ends its line
  if (byline) return false;
  if (document.token_text(after) == "(") {  // "(Reuters)"
    while (after < n && after < date.token_end + 6 && document.token_text(after) != ")") ++after;
    ++after;
  }
  return after < n && text::is_dash_or_colon(document.token_text(after));
}

// Whether the line holding `token` opens with a publication cue and is short: a closing credit line
// ("Published in The Nation, 24 April 2018", "Updated: 3 May 2021"), not a sentence of the story that
// mentions a publication ("a study published in The Lancet in March").
bool is_closing_publication_line(const Document& document, std::uint32_t token) {
  const std::uint32_t begin = line_start(document, token);
  const std::uint32_t end = line_end(document, token);
  if (is_publication_cue(document, begin)) return end - begin <= kMaxClosingLineTokens;
  // "This article appeared in print on 5 March 2024.", "A version of this article appears in print on
  // March 5, 2024, Section A ...": the print edition's credit.
  if (end - begin > kMaxPrintLineTokens) return false;
  for (std::uint32_t t = begin; t + 1 < token; ++t) {
    if (is_word(document, t, "in") && is_word(document, t + 1, "print")) return true;
  }
  return false;
}

// A line at the foot that holds only a date (and perhaps a time), or ends a last sentence with one that
// stands apart: "... reported from Lagos. March 3, 2024".
bool is_closing_date_line(const Document& document, std::uint32_t date_mention) {
  const Mention& date = document.mentions[date_mention];
  const auto [time_begin, time_end] = time_after(document, date_mention);
  if (date.token_end < document.tokens.size() && !only_a_time_follows(document, date.token_end, time_begin, time_end))
    return false;
  const std::uint32_t begin = line_start(document, date.token_begin);
  if (begin == date.token_begin) return true;
  // After a full stop or a rule, not after a comma ("... adjourned to a later day, March 3, 2024").
  const std::string_view before = document.token_text(date.token_begin - 1);
  return before == "." || before == "|" || before == "·" || text::is_dash_or_colon(before);
}

// The latest `month`-`day` on or before `today` (a 29 February goes back to a leap year).
CivilDay latest_on_or_before(int month, int day, const CivilDay& today) {
  int year = (month < today.month || (month == today.month && day <= today.day)) ? today.year : today.year - 1;
  for (int tries = 0; tries < 8 && day > days_in_month(year, month); ++tries) --year;
  return CivilDay{year, month, day};
}

// The day a DATE mention states in full, if it does; with `today`, also one stated without its year
// ("Dec 3"), read as the latest such day on or before it.
std::optional<CivilDay> stated_day(const Document& document, std::uint32_t mention,
                                   const std::optional<CivilDay>& today) {
  if (document.mentions[mention].type != EntityType::Date) return std::nullopt;
  const std::optional<DateValue> value = normalize_date(document, mention, nullptr, Tense::Unknown);
  if (!value) return std::nullopt;
  if (value->anchor == "absolute") return parse_iso_day(value->value);
  // "XXXX-12-03": a month and a day without their year, read with a leap year's calendar.
  if (!today || !value->end.empty() || !value->value.starts_with("XXXX-")) return std::nullopt;
  const std::optional<CivilDay> month_day = parse_iso_day("2000" + value->value.substr(4));
  if (!month_day) return std::nullopt;
  return latest_on_or_before(month_day->month, month_day->day, *today);
}

}  // namespace

std::optional<CivilDay> parse_iso_day(std::string_view text) {
  if (!is_valid_iso_date(text)) return std::nullopt;
  CivilDay day;
  std::from_chars(text.data(), text.data() + 4, day.year);
  std::from_chars(text.data() + 5, text.data() + 7, day.month);
  std::from_chars(text.data() + 8, text.data() + 10, day.day);
  return day;
}

std::string iso_day(const CivilDay& day) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", day.year, day.month, day.day);
  return text;
}

std::optional<FoundDocumentDate> find_document_date(const Document& document, const std::optional<CivilDay>& today) {
  std::optional<FoundDocumentDate> dateline;
  const auto mention_count = static_cast<std::uint32_t>(document.mentions.size());
  for (std::uint32_t m = 0; m < mention_count; ++m) {
    const Mention& mention = document.mentions[m];
    if (mention.token_begin >= kSearchedTokens) break;
    const std::optional<CivilDay> day = stated_day(document, m, today);
    if (!day) continue;
    for (std::uint32_t t = line_start(document, mention.token_begin); t < mention.token_begin; ++t) {
      if (is_publication_cue(document, t)) return FoundDocumentDate{*day, "published"};
    }
    if (!dateline && is_dateline(document, m)) dateline = FoundDocumentDate{*day, "dateline"};
  }
  // A closing credit line: the last "Published ..." line among the last tokens (the top had none); else a
  // closing line that holds only a date (a dateline at the foot), if the top had no dateline either.
  const auto token_count = static_cast<std::uint32_t>(document.tokens.size());
  const std::uint32_t closing = token_count > kSearchedTokens ? token_count - kSearchedTokens : 0;
  for (std::uint32_t m = mention_count; m-- > 0;) {
    const Mention& mention = document.mentions[m];
    if (mention.token_begin < closing) break;
    const std::optional<CivilDay> day = stated_day(document, m, today);
    if (!day) continue;
    if (is_closing_publication_line(document, mention.token_begin)) return FoundDocumentDate{*day, "published"};
    if (!dateline && is_closing_date_line(document, m)) dateline = FoundDocumentDate{*day, "dateline"};
  }
  return dateline;
}

}  // namespace lede::events
