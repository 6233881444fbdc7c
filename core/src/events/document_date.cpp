#include "events/document_date.hpp"

#include <charconv>

#include "events/clause_words.hpp"
#include "events/date_normalizer.hpp"

namespace lede::events {
namespace {

constexpr std::uint32_t kSearchedTokens = 120;  // a headline, a byline, a dateline

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
  for (std::uint32_t m = 0; m < document.mentions.size(); ++m) {
    const Mention& mention = document.mentions[m];
    if (mention.token_begin >= kSearchedTokens) break;
    if (mention.type != EntityType::Date) continue;
    const std::optional<DateValue> value = normalize_date(document, m, nullptr, Tense::Unknown);
    if (!value || value->anchor != "absolute") continue;
    const std::optional<CivilDay> day = parse_iso_day(value->value);
    if (!day) continue;
    for (std::uint32_t t = line_start(document, mention.token_begin); t < mention.token_begin; ++t) {
      if (is_publication_cue(document, t)) return FoundDocumentDate{*day, "published"};
    }
    if (!dateline && is_dateline(document, mention)) dateline = FoundDocumentDate{*day, "dateline"};
  }
  return dateline;
}

}  // namespace lede::events
