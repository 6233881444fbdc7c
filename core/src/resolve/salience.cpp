#include "resolve/salience.hpp"

namespace lede::resolve {
namespace {

constexpr float kNameWeight = 1.0F;
constexpr float kTitleWeight = 0.8F;
constexpr float kPronounWeight = 0.6F;
constexpr float kSubjectFactor = 1.5F;
constexpr float kLeadFactor = 2.0F;
constexpr float kEarlyBonus = 1.0F;  // for an entity first met at the start, falling to 0 at the end
constexpr float kRuleTypeFactor = 0.3F;

// The lead: the first sentence, and the next one too when the first stands alone on its line (a headline).
std::uint32_t lead_end(const Document& document) {
  if (document.sentences.empty()) return 0;
  const Sentence& first = document.sentences.front();
  const bool headline = first.token_end < document.tokens.size() && document.tokens[first.token_end].newline_before;
  return headline && document.sentences.size() > 1 ? document.sentences[1].token_end : first.token_end;
}

}  // namespace

void score_salience(Document& document, const std::vector<bool>& subject_of_mention) {
  const std::uint32_t lead = lead_end(document);
  const float sentences = document.sentences.empty() ? 1.0F : static_cast<float>(document.sentences.size());
  std::vector<float> raw(document.entities.size(), 0.0F);
  float total = 0.0F;
  for (std::size_t e = 0; e < document.entities.size(); ++e) {
    Entity& entity = document.entities[e];
    float score = 0.0F;
    for (std::uint32_t m : entity.mentions) {
      const Mention& mention = document.mentions[m];
      float weight = mention.pronoun ? kPronounWeight : mention.type == EntityType::Title ? kTitleWeight : kNameWeight;
      if (m < subject_of_mention.size() && subject_of_mention[m]) weight *= kSubjectFactor;
      if (mention.token_begin < lead) weight *= kLeadFactor;
      score += weight;
    }
    if (!entity.mentions.empty()) {
      const Mention& first = document.mentions[entity.mentions.front()];
      const float position = static_cast<float>(document.sentence_of_token(first.token_begin)) / sentences;
      score += kEarlyBonus * (1.0F - position);
    }
    if (is_rule_type(entity.type)) score *= kRuleTypeFactor;
    raw[e] = score;
    total += score;
  }
  for (std::size_t e = 0; e < document.entities.size(); ++e) {
    document.entities[e].salience = total > 0.0F ? raw[e] / total : 0.0F;
  }
}

}  // namespace lede::resolve
