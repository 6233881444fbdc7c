// The typed-relation classifier: an averaged-perceptron model (the "relations" model section, read in
// place) over the features of relation_features.hpp, deciding for an ordered pair of candidate mentions
// of one sentence which CoNLL04-style relation holds, in which direction, or none. Relations whose
// argument types do not fit (relation_kinds.hpp allows) are never chosen.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "lede/model.hpp"
#include "perceptron/weight_table.hpp"
#include "relations/relation_features.hpp"
#include "relations/relation_kinds.hpp"

namespace lede::relations {

struct RelationDecision {
  RelationClass relation;  // kind None: no relation
  float score = 0.0F;      // confidence in (0, 1): the margin over "no relation", squashed
};

// Picks the best class allowed by the argument types from raw class scores (`none_bias` added to class
// 0), with its confidence; `scale` turns score units into real weights. Shared with the trainer.
RelationDecision decide_relation(std::span<const std::int32_t> scores, std::int32_t none_bias, float scale,
                                 ArgumentType first, ArgumentType second);

class RelationClassifier {
 public:
  static bool available(const Model& model);
  // Reads the section; nullopt with a one-line `error` when it is missing, of another template version,
  // or inconsistent. The classifier points into the model's bytes: they must outlive it.
  static std::optional<RelationClassifier> load(const Model& model, std::string& error);

  std::uint64_t seed() const { return seed_; }
  RelationDecision classify(const RelationFeatureContext& context, const RelationArgument& first,
                            const RelationArgument& second, std::uint32_t candidates_between) const;

 private:
  std::uint64_t seed_ = 0;
  std::int32_t none_bias_ = 0;
  perceptron::WeightTable weights_;
};

}  // namespace lede::relations
