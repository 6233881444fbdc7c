#include "relations/relation_classifier.hpp"

#include <array>
#include <cmath>

#include "model/section_layouts.hpp"
#include "perceptron/section_reader.hpp"

namespace lede::relations {

RelationDecision decide_relation(std::span<const std::int32_t> scores, std::int32_t none_bias, float scale,
                                 ArgumentType first, ArgumentType second) {
  const std::int64_t none = static_cast<std::int64_t>(scores[0]) + none_bias;
  std::int64_t best = none;
  std::uint32_t best_class = 0;
  for (std::uint32_t c = 1; c < kRelationClassCount && c < scores.size(); ++c) {
    const RelationClass candidate = relation_class(c);
    const bool fits =
        candidate.first_is_subject ? allows(candidate.kind, first, second) : allows(candidate.kind, second, first);
    if (fits && scores[c] > best) {
      best = scores[c];
      best_class = c;
    }
  }
  RelationDecision decision;
  decision.relation = relation_class(best_class);
  const double margin = static_cast<double>(best_class == 0 ? 0 : best - none) * static_cast<double>(scale);
  // Margins of a few weight units mean a clear decision; the squashing only orders and bounds them.
  decision.score = static_cast<float>(1.0 / (1.0 + std::exp(-0.5 * margin)));
  return decision;
}

bool RelationClassifier::available(const Model& model) { return model.section(kRelationSectionName) != nullptr; }

std::optional<RelationClassifier> RelationClassifier::load(const Model& model, std::string& error) {
  const ModelSection* section =
      perceptron::trained_section(model, kRelationSectionName, kRelationTemplateVersion, error);
  if (section == nullptr) return std::nullopt;
  RelationClassifier classifier;
  classifier.seed_ = section->hash_seed;
  perceptron::SectionReader reader(section->bytes);
  const auto header = reader.read_value<RelationSectionHeader>();
  const bool consistent = reader.ok() && header.class_count == kRelationClassCount &&
                          classifier.weights_.read(reader) && classifier.weights_.class_count() == kRelationClassCount;
  if (!consistent) {
    error = "the model's \"relations\" section is inconsistent";
    return std::nullopt;
  }
  classifier.none_bias_ = header.none_bias;
  return classifier;
}

RelationDecision RelationClassifier::classify(const RelationFeatureContext& context, const RelationArgument& first,
                                              const RelationArgument& second, std::uint32_t candidates_between) const {
  std::array<std::uint64_t, kMaxRelationFeatures> keys{};
  const std::size_t n = extract_relation_features(context, first, second, candidates_between, keys.data());
  std::array<std::int32_t, perceptron::WeightTable::score_width_for(kRelationClassCount)> scores{};  // add_row's width
  for (std::size_t k = 0; k < n; ++k) weights_.add_row(keys[k], scores.data());
  const std::span<const std::int32_t> class_scores(scores.data(), kRelationClassCount);
  return decide_relation(class_scores, none_bias_, weights_.header().scale, first.type, second.type);
}

}  // namespace lede::relations
