// Third-person pronouns (he, she, his, her, they, them, their, it, its and their -self forms) linked to a
// preceding entity they agree with.
//
// Candidates are the entities mentioned in the pronoun's sentence (before it) and the few sentences
// before; each is scored by recency, subject role and how often it was mentioned (the salience factors of
// Lappin and Leass 1994, simplified), after filters on type, number and gender (from names, honorifics,
// titles, and pronouns linked earlier). A pronoun is linked only when its best candidate clearly beats the
// next one: an unresolved pronoun stays out of the result rather than being guessed. Titles without a
// known holder ("the spokesman") compete for he/she but never receive a pronoun.
#pragma once

#include <cstdint>
#include <vector>

#include "lede/document.hpp"
#include "resolve/gender.hpp"

namespace lede::resolve {

struct ClusterFacts {
  EntityType type = EntityType::Misc;
  Gender gender = Gender::Unknown;
};

struct PronounLink {
  std::uint32_t token = 0;
  std::uint32_t cluster = 0;  // index into the clusters given
  float confidence = 0.0F;
};

// `cluster_of_mention[m]`: the cluster of document mention m; `subject_of_mention[m]`: whether it is the
// subject of its clause. Clusters' genders grow as pronouns are linked. Links come in text order.
std::vector<PronounLink> resolve_pronouns(const Document& document,
                                          const std::vector<std::uint32_t>& cluster_of_mention,
                                          const std::vector<bool>& subject_of_mention,
                                          std::vector<ClusterFacts>& clusters);

}  // namespace lede::resolve
