// The relations stage: typed and open relations between the
// entities of each sentence, into Document::relations. Reads the parse, the POS layers and the resolve
// stage's mentions and entities. Three sources, merged:
//   - the classifier (relation_classifier.hpp, when the model has a "relations" section): member_of,
//     lives_in, located_in, based_in, killed over pairs of name mentions of a sentence;
//   - role patterns (role_relations.hpp): a person's titles and the organization of the post;
//   - clause patterns (clause_relations.hpp): met, visited, and open relations with their predicates.
// An open relation between the two entities of a typed one of the same sentence is not repeated: the
// typed relation takes its predicate and negation. Linear in the text: pairs only within a sentence,
// at most kMaxCandidates candidates per sentence.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "lede/document.hpp"
#include "lede/model.hpp"
#include "relations/relation_classifier.hpp"

namespace lede::relations {

inline constexpr std::size_t kMaxCandidates = 24;

class RelationExtractor {
 public:
  // Patterns only (no classifier).
  RelationExtractor() = default;
  // With the classifier when the model has a "relations" section; nullopt with a one-line `error` when
  // the section is there but unreadable.
  static std::optional<RelationExtractor> load(const Model& model, std::string& error);

  bool has_classifier() const { return classifier_.has_value(); }

  // Replaces document.relations.
  void extract(Document& document) const;

 private:
  std::optional<RelationClassifier> classifier_;
};

}  // namespace lede::relations
