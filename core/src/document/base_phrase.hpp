// Where news writes an organization's base in the apposition after its name: "Volkswagen, based in
// Wolfsburg,", "Pemex, the state oil company based in Mexico City", "America Movil, which is
// headquartered in Mexico City". Shared by the NER stage (the untagged name before such an apposition is
// an organization's) and the relations stage (based_in).
#pragma once

#include <cstdint>

#include "document/pos_tags.hpp"
#include "lede/document.hpp"
#include "text/ascii_case.hpp"
#include "text/word_lists.hpp"

namespace lede {

// Whether token t is "based" or "headquartered" with "in" right after it.
inline bool opens_base_phrase(const Document& document, std::uint32_t t) {
  if (t + 1 >= document.tokens.size() || !text::equals_folded(document.token_text(t + 1), "in")) return false;
  const std::string_view verb = document.token_text(t);
  return text::equals_folded(verb, "based") || text::equals_folded(verb, "headquartered");
}

// The comma after the name whose apposition holds the base phrase at `verb` (a token where
// opens_base_phrase holds), or -1. Between the comma and the verb: at most six common words (an
// article, adjectives, nouns, "which is"), none of them named (`is_named(t)`), and no verb of their own.
template <class IsNamed>
std::int64_t base_apposition_comma(const Document& document, const Sentence& sentence, std::uint32_t verb,
                                   IsNamed&& is_named) {
  if (!document.has_pos()) return -1;
  for (std::uint32_t u = verb; u > sentence.token_begin + 1 && verb - u < 7; --u) {
    const std::uint32_t before = u - 1;
    if (document.token_text(before) == ",") return before;
    const std::uint8_t tag = document.upos[before];
    const bool common = tag == kUposDet || tag == kUposAdj || tag == kUposNoun ||
                        text::is_one_of(text::ascii_lower_copy(document.token_text(before)), {"which", "is", "was"});
    if (!common || is_named(before)) return -1;
  }
  return -1;
}

// Where the name ends that is the subject of the base phrase at `verb` (a token where opens_base_phrase
// holds) in "Safaricom is based in Nairobi" or "Safaricom, East Africa's largest telecoms firm, is also
// based in Nairobi": a form of "be" (perhaps an adverb after it) before the verb, and before that the name,
// or an apposition set off by commas after it (at most a dozen words, no verb among them). -1 when there is
// none; the caller checks that a name ends there.
inline std::int64_t base_subject_end(const Document& document, const Sentence& sentence, std::uint32_t verb) {
  if (!document.has_pos()) return -1;
  const auto lower = [&](std::uint32_t t) { return text::ascii_lower_copy(document.token_text(t)); };
  std::uint32_t t = verb;
  if (t > sentence.token_begin && text::is_one_of(lower(t - 1), {"also", "now", "still", "currently"})) --t;
  if (t < sentence.token_begin + 2 || !text::is_one_of(lower(t - 1), {"is", "was", "are", "were"})) return -1;
  const std::uint32_t be = t - 1;
  if (document.token_text(be - 1) != ",") return be;
  for (std::uint32_t u = be - 1; u > sentence.token_begin + 1 && be - u < 13; --u) {
    const std::uint32_t before = u - 1;
    if (document.token_text(before) == ",") return before;
    if (document.upos[before] == kUposVerb || document.upos[before] == kUposAux) return -1;
  }
  return -1;
}

}  // namespace lede
