#include "scoring/gold_relation_scoring.hpp"
#include "text/ascii_case.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace lede::scoring {
namespace {

using Tuple = std::tuple<std::string, std::int64_t, std::int64_t, std::string>;

Tuple make_tuple_of(const std::string& type, std::int64_t subject, std::int64_t object, const std::string& title) {
  if (type == "met" && object >= 0 && object < subject) std::swap(subject, object);
  return {type, subject, object, type == "role" ? text::ascii_lower_copy(title) : std::string()};
}

}  // namespace

void score_gold_relations(const nlohmann::json& gold, const Document& document, GoldRelationScores& scores,
                          std::vector<std::string>* errors) {
  const auto layer = gold.find("relations");
  if (layer == gold.end() || !layer->is_array()) return;
  ++scores.documents;
  std::set<Tuple> truth;
  for (const nlohmann::json& r : *layer) {
    if (!r.is_object()) continue;
    const std::int64_t subject = r.value("subject", static_cast<std::int64_t>(-1));
    const auto object_field = r.find("object");
    const std::int64_t object =
        object_field != r.end() && object_field->is_number_integer() ? object_field->get<std::int64_t>() : -1;
    truth.insert(make_tuple_of(r.value("type", std::string()), subject, object, r.value("title", std::string())));
  }
  // Gold entity of each gold mention span (UTF-16), and of each predicted mention that matches one.
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::int64_t> gold_entity_at;
  for (const nlohmann::json& m : gold.value("mentions", nlohmann::json::array())) {
    if (m.is_object() && m.contains("entity") && m["entity"].is_number_integer()) {
      gold_entity_at[{m.value("start", 0U), m.value("end", 0U)}] = m["entity"].get<std::int64_t>();
    }
  }
  const OffsetMap utf16(document, OffsetUnit::Utf16);
  const auto mention_match = [&](std::int32_t mention) -> std::int64_t {
    if (mention < 0) return -1;
    const Mention& m = document.mentions[static_cast<std::size_t>(mention)];
    const auto hit = gold_entity_at.find({utf16(document.mention_start(m)), utf16(document.mention_end(m))});
    return hit == gold_entity_at.end() ? -1 : hit->second;
  };
  const auto entity_match = [&](std::int32_t entity) -> std::int64_t {
    if (entity < 0) return -1;
    std::map<std::int64_t, int> votes;
    for (const std::uint32_t m : document.entities[static_cast<std::size_t>(entity)].mentions) {
      if (document.mentions[m].pronoun) continue;
      const std::int64_t g = mention_match(static_cast<std::int32_t>(m));
      if (g >= 0) ++votes[g];
    }
    std::int64_t best = -1;
    int best_votes = 0;
    for (const auto& [g, n] : votes) {
      if (n > best_votes) best = g, best_votes = n;
    }
    return best;
  };
  std::set<Tuple> predicted;
  std::map<Tuple, std::pair<std::string, std::string>> predicted_names;  // for errors: the analyzer's names
  const auto entity_name = [&](std::int32_t entity) {
    return entity < 0 ? std::string("-") : document.entities[static_cast<std::size_t>(entity)].name;
  };
  for (const Relation& r : document.relations) {
    if (r.type == RelationType::Open) continue;
    std::int64_t subject = mention_match(r.subject_mention);
    if (subject < 0 || document.mentions[static_cast<std::size_t>(r.subject_mention)].pronoun)
      subject = entity_match(r.subject);
    std::int64_t object = -1;
    if (r.type == RelationType::Role) {
      object = entity_match(r.object);
      if (r.object >= 0 && object < 0) object = -2;  // an organization the gold does not have
    } else {
      object = mention_match(r.object_mention);
      if (object < 0) object = entity_match(r.object);
    }
    const Tuple tuple = make_tuple_of(std::string(to_string(r.type)), subject, object, r.predicate);
    predicted.insert(tuple);
    predicted_names.emplace(tuple, std::make_pair(entity_name(r.subject), entity_name(r.object)));
  }
  if (errors != nullptr) {
    const nlohmann::json entities = gold.value("entities", nlohmann::json::array());
    const auto gold_name = [&](std::int64_t entity, const std::string& fallback) {
      if (entity >= 0 && static_cast<std::size_t>(entity) < entities.size() && entities[entity].is_object())
        return entities[entity].value("name", fallback);
      return entity == -1 && fallback == "-" ? std::string("-") : fallback;
    };
    const auto describe = [&](const char* label, const Tuple& t, const std::pair<std::string, std::string>& names) {
      const auto& [type, subject, object, title] = t;
      errors->push_back(std::string(label) + " " + type + "(" + gold_name(subject, names.first) +
                        (title.empty() ? "" : ", " + title) + ", " + gold_name(object, names.second) + ")");
    };
    for (const Tuple& t : predicted) {
      if (!truth.contains(t)) describe("spurious", t, predicted_names[t]);
    }
    for (const Tuple& t : truth) {
      if (!predicted.contains(t)) describe("missed  ", t, {"?", "-"});
    }
  }
  score_labeled_sets(
      truth, predicted, kGoldRelationTypes, [](const Tuple& x) -> const std::string& { return std::get<0>(x); },
      scores);
}

}  // namespace lede::scoring
