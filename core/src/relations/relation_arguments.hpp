// What the relation finders share: which mention covers a token, which mentions may be arguments of a
// relation, and how a relation's evidence span is set.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lede/document.hpp"

namespace lede::relations {

// The mention covering each token (mentions never overlap), -1 for none. Built once per document, O(n).
class MentionAtToken {
 public:
  explicit MentionAtToken(const Document& document);
  std::int32_t operator()(std::uint32_t token) const { return token < at_.size() ? at_[token] : -1; }

 private:
  std::vector<std::int32_t> at_;
};

// Whether a mention can be an argument: it belongs to an entity that is a name (a person, organization,
// place, group, work, ...; a pronoun counts through its entity) and not a date, a number or a title
// nobody holds. A title held by a person stands for the person ("the army chief met ...").
bool is_argument(const Document& document, std::int32_t mention);

// The entity type of an argument mention (a held title gives its person's type).
EntityType argument_entity_type(const Document& document, std::int32_t mention);

// Whether a word marks a post no longer held: "former", "ex" (as in "ex-minister").
bool is_former_word(std::string_view word);

// Whether a title names the founding of its organization ("founder", "co-founder", "Founder and CEO" is
// not: it holds a post as well).
bool is_founder_title(std::string_view title);

// The token after a person's age written in commas after the name ("Marie Ferraro, 50, of Bethany": at
// `t` the "50", then a comma), or `t` when there is none before `limit`. Needs the tags.
std::uint32_t skip_age(const Document& document, std::uint32_t t, std::uint32_t limit);

// A relation between two mentions of one sentence, its evidence span covering both mentions and the
// tokens [first_token, last_token] (e.g. the verb), clipped to the sentence. `object_mention` may be -1.
Relation make_relation(const Document& document, RelationType type, std::int32_t subject_mention,
                       std::int32_t object_mention, std::uint32_t first_token, std::uint32_t last_token);

}  // namespace lede::relations
