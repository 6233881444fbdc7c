#include "scoring/gold_cluster_scoring.hpp"

#include <map>
#include <utility>
#include <vector>

namespace lede::scoring {

void score_gold_clusters(const nlohmann::json& gold, const Document& document, ChainScores& scores) {
  const auto layer = gold.find("mentions");
  if (layer == gold.end() || !layer->is_array()) return;
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::int64_t> predicted_entity_at;
  const OffsetMap utf16(document, OffsetUnit::Utf16);
  for (const Mention& m : document.mentions) {
    if (m.pronoun || m.entity < 0) continue;
    predicted_entity_at.emplace(std::pair{utf16(document.mention_start(m)), utf16(document.mention_end(m))}, m.entity);
  }
  std::vector<std::int64_t> key;
  std::vector<std::int64_t> response;
  for (const nlohmann::json& m : *layer) {
    if (!m.is_object() || !m.contains("entity") || !m["entity"].is_number_integer()) continue;
    key.push_back(m["entity"].get<std::int64_t>());
    const auto hit = predicted_entity_at.find({m.value("start", 0U), m.value("end", 0U)});
    if (hit != predicted_entity_at.end()) {
      response.push_back(hit->second);
      ++scores.aligned;
    } else {
      response.push_back(-1 - static_cast<std::int64_t>(response.size()));  // a cluster of its own
    }
  }
  score_chains(key, response, scores);
}

}  // namespace lede::scoring
