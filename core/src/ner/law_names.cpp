#include "ner/law_names.hpp"

#include <algorithm>
#include <string_view>

#include "ner/name_list.hpp"
#include "text/ascii_case.hpp"
#include "text/word_lists.hpp"

namespace lede::ner {
namespace {

constexpr std::uint32_t kMaxActWords = 6;

bool capitalized(std::string_view word) { return !word.empty() && text::is_ascii_upper(word[0]); }

bool is_year(std::string_view word) {
  return word.size() == 4 && std::all_of(word.begin(), word.end(), [](char c) { return text::is_ascii_digit(c); });
}

// Past an act's year at `t` ("Act 1997"), if there is one before `limit`.
std::uint32_t after_act_year(const Document& document, std::uint32_t t, std::uint32_t limit) {
  return t < limit && is_year(document.token_text(t)) ? t + 1 : t;
}

}  // namespace

std::uint32_t law_name_end(const Document& document, std::uint32_t end) {
  const auto count = static_cast<std::uint32_t>(document.tokens.size());
  if (end >= count || !text::is_one_of(document.token_text(end),
                                       {"Act", "Agreement", "Accord", "Accords", "Treaty", "Protocol", "Charter"}))
    return end;
  return document.token_text(end) == "Act" ? after_act_year(document, end + 1, count) : end + 1;
}

void name_acts(const Document& document, std::vector<Mention>& names) {
  std::vector<Mention> found;
  std::size_t next_name = 0;
  for (const Sentence& sentence : document.sentences) {
    for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const std::string_view word = document.token_text(t);
      if (word != "Act" && word != "Acts") continue;
      while (next_name < names.size() && names[next_name].token_end <= t) ++next_name;
      if (next_name < names.size() && names[next_name].token_begin <= t) continue;  // inside a name
      // Back over capitalized words and the small words between them, to "the" or a possessive.
      std::uint32_t begin = t;
      while (begin > sentence.token_begin && t - begin < kMaxActWords) {
        const std::string_view before = document.token_text(begin - 1);
        const bool joins = (before == "of" || before == "and" || before == "&") && begin - 1 > sentence.token_begin &&
                           capitalized(document.token_text(begin - 2));
        if (!capitalized(before) && !joins) break;
        --begin;
      }
      if (begin == t || begin == sentence.token_begin) continue;  // no name before "Act", or a sentence start
      const std::string_view opener = document.token_text(begin - 1);
      if (!text::equals_folded(opener, "the") && !text::is_possessive_s(opener)) continue;
      // Never across a name the tagger found ("the Pakistan Army Act": "Pakistan Army" stays).
      if (next_name > 0 && names[next_name - 1].token_end > begin) continue;
      Mention law;
      law.token_begin = begin;
      law.token_end = t + 1;
      law.token_end = after_act_year(document, law.token_end, sentence.token_end);
      if (next_name < names.size() && names[next_name].token_begin < law.token_end) continue;
      law.type = EntityType::Law;
      found.push_back(law);
    }
  }
  if (found.empty()) return;
  names.insert(names.end(), found.begin(), found.end());
  sort_by_start(names);
}

}  // namespace lede::ner
