#include "relations/relation_arguments.hpp"

#include <algorithm>

#include "document/pos_tags.hpp"
#include "text/ascii_case.hpp"

namespace lede::relations {

MentionAtToken::MentionAtToken(const Document& document) : at_(document.tokens.size(), -1) {
  for (std::size_t m = 0; m < document.mentions.size(); ++m) {
    const Mention& mention = document.mentions[m];
    for (std::uint32_t t = mention.token_begin; t < mention.token_end && t < at_.size(); ++t) {
      at_[t] = static_cast<std::int32_t>(m);
    }
  }
}

EntityType argument_entity_type(const Document& document, std::int32_t mention) {
  const Mention& m = document.mentions[static_cast<std::size_t>(mention)];
  if (m.entity >= 0 && static_cast<std::size_t>(m.entity) < document.entities.size()) {
    return document.entities[static_cast<std::size_t>(m.entity)].type;
  }
  return m.type;
}

bool is_argument(const Document& document, std::int32_t mention) {
  if (mention < 0 || static_cast<std::size_t>(mention) >= document.mentions.size()) return false;
  const Mention& m = document.mentions[static_cast<std::size_t>(mention)];
  if (m.entity < 0 || static_cast<std::size_t>(m.entity) >= document.entities.size()) return false;
  switch (argument_entity_type(document, mention)) {
    case EntityType::Person:
    case EntityType::Norp:
    case EntityType::Org:
    case EntityType::Gpe:
    case EntityType::Loc:
    case EntityType::Fac:
    case EntityType::Event:
    case EntityType::Work:
    case EntityType::Law:
    case EntityType::Product:
    case EntityType::Misc: return true;
    default: return false;
  }
}

bool is_former_word(std::string_view word) {
  return text::equals_folded(word, "former") || text::equals_folded(word, "ex");
}

bool is_founder_title(std::string_view title) {
  const std::string lower = text::ascii_lower_copy(title);
  return lower == "founder" || lower == "co-founder" || lower == "cofounder";
}

std::uint32_t skip_age(const Document& document, std::uint32_t t, std::uint32_t limit) {
  return t + 1 < limit && document.upos[t] == kUposNum && document.token_text(t + 1) == "," ? t + 2 : t;
}

Relation make_relation(const Document& document, RelationType type, std::int32_t subject_mention,
                       std::int32_t object_mention, std::uint32_t first_token, std::uint32_t last_token) {
  Relation relation;
  relation.type = type;
  const Mention& subject = document.mentions[static_cast<std::size_t>(subject_mention)];
  relation.subject_mention = subject_mention;
  relation.subject = subject.entity;
  std::uint32_t lo = std::min(first_token, subject.token_begin);
  std::uint32_t hi = std::max(last_token, subject.token_end - 1);
  if (object_mention >= 0) {
    const Mention& object = document.mentions[static_cast<std::size_t>(object_mention)];
    relation.object_mention = object_mention;
    relation.object = object.entity;
    lo = std::min(lo, object.token_begin);
    hi = std::max(hi, object.token_end - 1);
  }
  relation.sentence = document.sentence_of_token(subject.token_begin);
  const Sentence& sentence = document.sentences[relation.sentence];
  lo = std::max(lo, sentence.token_begin);
  hi = std::min(hi, sentence.token_end - 1);
  relation.start = document.tokens[lo].start;
  relation.end = document.tokens[hi].end;
  return relation;
}

}  // namespace lede::relations
