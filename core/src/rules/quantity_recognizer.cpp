#include "rules/quantity_recognizer.hpp"

#include <cstdint>

#include "lexicon/phrase_table.hpp"
#include "rules/number_recognizer.hpp"

namespace lede::rules {

void find_quantities(const text::SentenceTokens& tokens, std::vector<Mention>& out) {
  static const lexicon::PhraseTable units("units", 2);
  for (std::uint32_t i = tokens.begin(); i < tokens.end(); ++i) {
    const std::uint32_t number_end = match_cardinal(tokens, i).end;
    if (number_end == i) continue;
    // "two-day": the unit after a hyphen joining it to the number.
    const std::uint32_t unit = tokens.is_joining_hyphen(number_end) ? number_end + 1 : number_end;
    const std::uint32_t end = units.match(tokens, unit);
    if (end > unit) out.push_back(Mention{i, end, EntityType::Quantity});
  }
}

}  // namespace lede::rules
