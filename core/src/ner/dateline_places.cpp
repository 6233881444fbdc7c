#include "ner/dateline_places.hpp"

#include <algorithm>

#include "text/ascii_case.hpp"
#include "text/char_class.hpp"

namespace lede::ner {
namespace {

constexpr std::uint32_t kMostPlaceWords = 4;  // "SAN JUAN DE LA" is as long as a city's name gets here

// Whether a story in running text follows the dateline at `token`: a capitalized word first, and a word
// in lowercase letters among the next few ("SOCCER - JAPAN GET LUCKY WIN" is a headline's topic, "DUE :
// 11/1/96" a table's field).
bool story_follows(const Document& document, std::uint32_t token) {
  const auto n = static_cast<std::uint32_t>(document.tokens.size());
  if (token >= n || document.tokens[token].kind != TokenKind::Word ||
      !text::is_ascii_upper(document.token_text(token).front()))
    return false;
  for (std::uint32_t t = token; t < n && t < token + 4; ++t) {
    const std::string_view word = document.token_text(t);
    if (std::any_of(word.begin(), word.end(), [](char c) { return text::is_ascii_lower(c); })) return true;
  }
  return false;
}

}  // namespace

void name_dateline_places(const Document& document, std::vector<Mention>& names,
                          const std::function<bool(std::uint32_t, std::uint32_t)>& known_place) {
  for (const Sentence& sentence : document.sentences) {
    const std::uint32_t first = sentence.token_begin;
    if (sentence.token_end <= first + 1) continue;
    if (first > 0 && !document.tokens[first].newline_before) continue;
    if (!text::is_dash_or_colon(document.token_text(sentence.token_end - 1))) continue;
    std::uint32_t end = first;
    while (end < sentence.token_end - 1 && end - first < kMostPlaceWords &&
           document.tokens[end].kind == TokenKind::Word && text::is_in_capitals(document.token_text(end))) {
      ++end;
    }
    if (end == first || end - first == kMostPlaceWords) continue;
    // Right after the place: its colon or dash, the comma before its country or date, or the agency's
    // bracket ("NEW YORK 74 59 .556 -" is a row of a sports table, not a dateline).
    const std::string_view next = document.token_text(end);
    if (text::is_dash_or_colon(next) ? end + 1 != sentence.token_end : next != "," && next != "(") continue;
    if (!story_follows(document, sentence.token_end)) continue;
    const auto after = std::lower_bound(names.begin(), names.end(), first,
                                        [](const Mention& m, std::uint32_t t) { return m.token_end <= t; });
    if (after != names.end() && after->token_begin < end) {
      // The tagger named it: a place whatever type it gave, if the name is exactly the capitals.
      if (after->token_begin == first && after->token_end == end) after->type = EntityType::Gpe;
      continue;
    }
    if (!known_place(first, end)) continue;
    Mention place;
    place.token_begin = first;
    place.token_end = end;
    place.type = EntityType::Gpe;
    names.insert(after, place);
  }
}

}  // namespace lede::ner
