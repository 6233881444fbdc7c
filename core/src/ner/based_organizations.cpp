#include "ner/based_organizations.hpp"

#include <algorithm>

#include "document/base_phrase.hpp"
#include "ner/name_list.hpp"

namespace lede::ner {

namespace {

// At most this many proper nouns make the name ("America Movil", "Siemens Energy Global").
constexpr std::uint32_t kMaxNameWords = 4;

}  // namespace

void name_based_organizations(const Document& document, std::vector<Mention>& names) {
  if (!document.has_pos() || document.sentences.empty()) return;
  const auto count = static_cast<std::uint32_t>(document.tokens.size());
  std::vector<std::int32_t> name_at = name_at_tokens(document, names);
  const std::size_t before = names.size();
  for (std::uint32_t verb = 0; verb + 2 < count; ++verb) {
    if (!opens_base_phrase(document, verb)) continue;
    // The base is a place the tagger named.
    const std::int32_t place = name_at[verb + 2];
    if (place < 0 || names[static_cast<std::size_t>(place)].token_begin != verb + 2) continue;
    const EntityType place_type = names[static_cast<std::size_t>(place)].type;
    if (place_type != EntityType::Gpe && place_type != EntityType::Loc) continue;
    const Sentence& sentence = document.sentences[document.sentence_of_token(verb)];
    // "Volkswagen, based in Wolfsburg," or "Safaricom, East Africa's largest telecoms firm, is based in".
    std::int64_t name_end =
        base_apposition_comma(document, sentence, verb, [&](std::uint32_t t) { return name_at[t] >= 0; });
    if (name_end <= static_cast<std::int64_t>(sentence.token_begin))
      name_end = base_subject_end(document, sentence, verb);
    if (name_end <= static_cast<std::int64_t>(sentence.token_begin)) continue;
    const auto end = static_cast<std::uint32_t>(name_end);
    std::uint32_t begin = end;
    while (begin > sentence.token_begin && end - begin < kMaxNameWords && name_at[begin - 1] < 0 &&
           document.upos[begin - 1] == kUposPropn)
      --begin;
    // Only a whole name: the proper nouns start the sentence or follow a word that is no name's.
    if (begin == end || (begin > sentence.token_begin && document.upos[begin - 1] == kUposPropn)) continue;
    append_name(names, name_at, begin, end, EntityType::Org);
  }
  if (names.size() == before) return;
  sort_by_start(names);
}

}  // namespace lede::ner
