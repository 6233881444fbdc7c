// The typed relations of the gold articles (tests/gold, "relations": type, subject and object entity ids,
// and for a role its title) against the analyzer's, for `lede eval doc`. Scored per article as sets of
// tuples (type, subject, object, title): a predicted argument counts as the gold entity one of its mentions
// matches by exact UTF-16 span (the relation's own mention first, else the entity's most frequent match);
// `met` is unordered; a role's title compares without case. Open relations are not annotated, not scored.
#pragma once

#include <array>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "lede/document.hpp"
#include "scoring/labeled_scoring.hpp"

namespace lede::scoring {

inline constexpr std::array<const char*, 13> kGoldRelationTypes = {
    "role",     "member_of", "located_in", "based_in", "lives_in",         "met", "visited", "killed",
    "attacked", "supports",  "opposes",    "accused",  "communicated_with"};

struct GoldRelationScores : LabeledScores<kGoldRelationTypes.size()> {
  std::size_t documents = 0;  // articles with a "relations" layer
};

// Adds one article (its gold JSON and the analyzer's document of its text). With `errors`, appends a
// line per spurious and missed relation: "spurious role(Nadia Rana, finance minister, -)", arguments
// named by the gold entity they match, else by the analyzer's entity ("?" when neither).
void score_gold_relations(const nlohmann::json& gold, const Document& document, GoldRelationScores& scores,
                          std::vector<std::string>* errors = nullptr);

}  // namespace lede::scoring
