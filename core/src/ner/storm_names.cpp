#include "ner/storm_names.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "lexicon/storm_words.hpp"
#include "ner/name_list.hpp"
#include "text/ascii_case.hpp"
#include "text/word_lists.hpp"

namespace lede::ner {

std::uint32_t storm_name_start(const Document& document, std::uint32_t begin, std::uint32_t end,
                               std::uint32_t previous_end) {
  // At most three words before: "Super Typhoon", "Tropical Storm", "Severe Tropical Storm".
  std::uint32_t start = begin;
  for (std::uint32_t back = 1; back <= 3 && begin >= previous_end + back; ++back) {
    if (lexicon::storm_words_opening(document, begin - back, end) >= back) start = begin - back;
  }
  return start;
}

namespace {

bool capitalized_word(const Document& document, std::uint32_t t) {
  if (t >= document.tokens.size() || document.tokens[t].kind != TokenKind::Word) return false;
  const auto first = static_cast<unsigned char>(document.token_text(t)[0]);
  return (first >= 'A' && first <= 'Z') || first >= 0xC0;
}

// "Storm Shadow missiles", "Typhoon jets": weapons named like storms, told apart by the noun after them.
bool names_a_weapon(const Document& document, std::uint32_t end) {
  return end < document.tokens.size() &&
         text::is_one_of(text::ascii_lower_copy(document.token_text(end)),
                         {"missile", "missiles", "cruise", "jet", "jets", "fighter", "fighters", "aircraft", "rocket",
                          "rockets", "drone", "drones", "system", "systems", "warplane", "warplanes"});
}

Mention event(std::uint32_t begin, std::uint32_t end) {
  Mention storm;
  storm.token_begin = begin;
  storm.token_end = end;
  storm.type = EntityType::Event;
  return storm;
}

}  // namespace

void type_storm_names(const Document& document, std::vector<Mention>& names) {
  const auto count = static_cast<std::uint32_t>(document.tokens.size());
  std::vector<std::int32_t> name_at = name_at_tokens(document, names);
  const std::size_t tagged = names.size();
  // "Cyclone Phailin struck India": a storm the tagger did not find at all. A bare "Storm" or "Depression"
  // opens too many other names ("Storm Shadow" missiles) to be taken without the tagger.
  for (std::uint32_t t = 0; t < count; ++t) {
    if (name_at[t] >= 0) continue;
    const std::uint32_t words = lexicon::storm_words_opening(document, t, std::min(count, t + 4));
    if (words == 0 || !capitalized_word(document, t + words) || name_at[t + words] >= 0) continue;
    if (words == 1 && !text::is_one_of(document.token_text(t), {"Hurricane", "Typhoon", "Cyclone"})) continue;
    if (names_a_weapon(document, t + words + 1)) continue;
    names.push_back(event(t, t + words + 1));
    for (std::uint32_t c = t; c <= t + words; ++c) name_at[c] = static_cast<std::int32_t>(names.size() - 1);
  }
  // Views into the document's text.
  std::unordered_set<std::string_view> bare_names;
  const std::string_view text = document.text();
  for (Mention& name : names) {
    const std::uint32_t storm_words = lexicon::storm_words_opening(document, name.token_begin, name.token_end);
    if (storm_words == 0 || name.type == EntityType::Title || is_rule_type(name.type)) continue;
    if (names_a_weapon(document, name.token_end)) continue;
    name.type = EntityType::Event;
    const std::uint32_t bare = name.token_begin + storm_words;
    const std::uint32_t start = document.tokens[bare].start;
    bare_names.emplace(text.substr(start, document.tokens[name.token_end - 1].end - start));
  }
  for (Mention& name : names) {
    if (bare_names.empty()) break;
    if (name.type == EntityType::Event || name.type == EntityType::Title || is_rule_type(name.type)) continue;
    const std::uint32_t start = document.tokens[name.token_begin].start;
    std::uint32_t end = name.token_end;
    // "Helene's": the possessive is no part of the name.
    if (end > name.token_begin + 1 && text::is_possessive_s(document.token_text(end - 1))) --end;
    if (bare_names.count(text.substr(start, document.tokens[end - 1].end - start)) != 0) name.type = EntityType::Event;
  }
  // A one-word bare name the tagger left out ("Haiyan was the strongest") is the storm too.
  for (std::uint32_t t = 0; t < count && !bare_names.empty(); ++t) {
    if (name_at[t] < 0 && document.tokens[t].kind == TokenKind::Word && bare_names.count(document.token_text(t)) != 0)
      names.push_back(event(t, t + 1));
  }
  if (names.size() == tagged) return;
  sort_by_start(names);
}

}  // namespace lede::ner
