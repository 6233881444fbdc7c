#include "rules/percent_recognizer.hpp"

#include <cstdint>

#include "lexicon/phrase_table.hpp"
#include "rules/number_recognizer.hpp"

namespace lede::rules {

void find_percents(const text::SentenceTokens& tokens, std::vector<Mention>& out) {
  static const lexicon::PhraseTable signs("percent_signs", 1);
  for (std::uint32_t i = tokens.begin(); i < tokens.end(); ++i) {
    const std::uint32_t sign = match_cardinal(tokens, i).end;
    if (sign == i) continue;
    const std::uint32_t end = signs.match(tokens, sign);
    if (end > sign) out.push_back(Mention{i, end, EntityType::Percent});
  }
}

}  // namespace lede::rules
