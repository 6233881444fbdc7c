#include "events/document_date.hpp"

#include <charconv>

#include "events/clause_words.hpp"
#include "events/date_normalizer.hpp"

namespace lede::events {
namespace {

constexpr std::uint32_t kSearchedTokens = 120;       // a headline, a byline, a dateline; or a closing credit line
constexpr std::uint32_t kMaxClosingLineTokens = 24;  // "Published in Dawn, April 24th, 2018" and the like

bool is_publication_cue(const Document& document, std::uint32_t token) {
  return is_word(document, token, "published") || is_word(document, token, "updated") ||
         is_word(document, token, "posted") || is_word(document, token, "dated");
}

// The first token of the line holding `token`.
std::uint32_t line_start(const Document& document, std::uint32_t token) {
  while (token > 0 && !document.tokens[token].newline_before) --token;
  return token;
}

bool is_dash_or_colon(std::string_view text) {
  return text == "-" || text == "—" || text == "–" || text == ":" || text == "--";
}

// A dateline puts the date among capitalized place words and an agency in brackets, and ends with a
// dash or colon; a line that holds only the date counts too.
bool is_dateline(const Document& document, const Mention& date) {
  const std::uint32_t begin = line_start(document, date.token_begin);
  if (date.token_begin - begin > 8) return false;
  for (std::uint32_t t = begin; t < date.token_begin; ++t) {
    const std::string_view text = document.token_text(t);
    const bool capitalized = !text.empty() && text[0] >= 'A' && text[0] <= 'Z';
    if (!capitalized && text != "," && !is_dash_or_colon(text)) return false;
  }
  std::uint32_t after = date.token_end;
  const auto n = static_cast<std::uint32_t>(document.tokens.size());
  if (after >= n || document.tokens[after].newline_before) return true;  // the date ends its line
  if (document.token_text(after) == "(") {                               // "(Reuters)"
    while (after < n && after < date.token_end + 6 && document.token_text(after) != ")") ++after;
    ++after;
  }
  return after < n && is_dash_or_colon(document.token_text(after));
}

// Whether the line holding `token` opens with a publication cue and is short: a closing credit line
// ("Published in The Nation, 24 April 2018", "Updated: 3 May 2021"), not a sentence of the story that
// mentions a publication ("a study published in The Lancet in March").
bool is_closing_publication_line(const Document& document, std::uint32_t token) {
  const std::uint32_t begin = line_start(document, token);
  if (!is_publication_cue(document, begin)) return false;
  const auto n = static_cast<std::uint32_t>(document.tokens.size());
  std::uint32_t end = token + 1;
  while (end < n && !document.tokens[end].newline_before) ++end;
  return end - begin <= kMaxClosingLineTokens;
}

// The day a DATE mention states in full, if it does.
std::optional<CivilDay> stated_day(const Document& document, std::uint32_t mention) {
  if (document.mentions[mention].type != EntityType::Date) return std::nullopt;
  const std::optional<DateValue> value = normalize_date(document, mention, nullptr, Tense::Unknown);
  if (!value || value->anchor != "absolute") return std::nullopt;
  return parse_iso_day(value->value);
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

std::optional<FoundDocumentDate> find_document_date(const Document& document) {
  std::optional<FoundDocumentDate> dateline;
  const auto mention_count = static_cast<std::uint32_t>(document.mentions.size());
  for (std::uint32_t m = 0; m < mention_count; ++m) {
    const Mention& mention = document.mentions[m];
    if (mention.token_begin >= kSearchedTokens) break;
    const std::optional<CivilDay> day = stated_day(document, m);
    if (!day) continue;
    for (std::uint32_t t = line_start(document, mention.token_begin); t < mention.token_begin; ++t) {
      if (is_publication_cue(document, t)) return FoundDocumentDate{*day, "published"};
    }
    if (!dateline && is_dateline(document, mention)) dateline = FoundDocumentDate{*day, "dateline"};
  }
  // A closing credit line: the last "Published ..." line among the last tokens (the top had none).
  const auto token_count = static_cast<std::uint32_t>(document.tokens.size());
  const std::uint32_t closing = token_count > kSearchedTokens ? token_count - kSearchedTokens : 0;
  for (std::uint32_t m = mention_count; m-- > 0;) {
    const Mention& mention = document.mentions[m];
    if (mention.token_begin < closing || mention.token_begin < kSearchedTokens) break;
    if (!is_closing_publication_line(document, mention.token_begin)) continue;
    if (const std::optional<CivilDay> day = stated_day(document, m)) return FoundDocumentDate{*day, "published"};
  }
  return dateline;
}

}  // namespace lede::events
