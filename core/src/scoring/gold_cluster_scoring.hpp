// The entity clusters of the gold articles (tests/gold: each name or title mention's "entity") against the
// analyzer's entities, for `lede eval doc`: MUC and B-cubed (scoring/coreference_scoring.hpp) over the gold
// mentions that belong to an entity. A gold mention's predicted cluster is the entity of the analyzer's
// mention of the same UTF-16 span (pronouns aside); one the analyzer did not find is a cluster of its own,
// so a missed mention costs recall and precision of its cluster as a wrong split would. The analyzer's
// mentions that the gold does not have are left out (they are the mention scores' business).
#pragma once

#include <nlohmann/json.hpp>

#include "lede/document.hpp"
#include "scoring/coreference_scoring.hpp"

namespace lede::scoring {

// Adds one article (its gold JSON and the analyzer's document of its text); `scores.aligned` counts the
// gold mentions the analyzer found.
void score_gold_clusters(const nlohmann::json& gold, const Document& document, ChainScores& scores);

}  // namespace lede::scoring
