#include "scoring/coreference_scoring.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "learn/coref_corpus.hpp"

namespace lede::scoring {
namespace {

// Number of distinct values among `labels`.
std::size_t distinct(std::vector<std::int64_t> labels) {
  std::sort(labels.begin(), labels.end());
  return static_cast<std::size_t>(std::unique(labels.begin(), labels.end()) - labels.begin());
}

// Whether the gold mention has a describing word before the predicted one ("Old Athens", "mainland
// Australia" for a predicted "Athens", "Australia"): then they name different things and do not align.
// Determiners, proper nouns (titles: "President Obama") and punctuation before it are fine.
bool has_descriptive_prefix(const learn::CorefDocument& gold, const learn::GoldMention& g, const Mention& p) {
  for (std::uint32_t t = g.token_begin; t < p.token_begin; ++t) {
    if (gold.descriptive[t]) return true;
  }
  return false;
}

}  // namespace

void score_chains(const std::vector<std::int64_t>& key, const std::vector<std::int64_t>& response,
                  ChainScores& scores) {
  std::unordered_map<std::int64_t, std::vector<std::size_t>> key_sets;
  std::unordered_map<std::int64_t, std::vector<std::size_t>> response_sets;
  for (std::size_t i = 0; i < key.size(); ++i) {
    key_sets[key[i]].push_back(i);
    response_sets[response[i]].push_back(i);
  }
  auto muc = [](const auto& sets, const std::vector<std::int64_t>& other, Ratio& ratio) {
    for (const auto& [unused, members] : sets) {
      std::vector<std::int64_t> labels;
      for (std::size_t i : members) labels.push_back(other[i]);
      ratio.numerator += static_cast<double>(members.size() - distinct(labels));
      ratio.denominator += static_cast<double>(members.size() - 1);
    }
  };
  muc(key_sets, response, scores.muc_recall);
  muc(response_sets, key, scores.muc_precision);
  for (std::size_t i = 0; i < key.size(); ++i) {
    const auto& k = key_sets[key[i]];
    const auto& r = response_sets[response[i]];
    std::size_t both = 0;
    for (std::size_t j : k) both += response[j] == response[i] ? 1 : 0;
    scores.b3_recall.numerator += static_cast<double>(both) / static_cast<double>(k.size());
    scores.b3_precision.numerator += static_cast<double>(both) / static_cast<double>(r.size());
    scores.b3_recall.denominator += 1.0;
    scores.b3_precision.denominator += 1.0;
  }
  scores.mentions += key.size();
}

void score_gum_document(const Analyzer& analyzer, Document& document, GumCoreferenceScores& totals,
                        std::vector<NameLinkError>* errors) {
  const learn::CorefDocument gold = learn::gum_coreference(document);
  analyzer.analyze_tokenized(document);
  ++totals.documents;
  // Gold entities with a proper-name mention.
  std::vector<bool> named_cluster(gold.cluster_count, false);
  for (const learn::GoldMention& g : gold.mentions) {
    if (g.proper_name) named_cluster[g.cluster] = true;
  }
  // Each predicted mention stands for the smallest gold mention containing it and its head.
  std::vector<std::int64_t> response(gold.mentions.size(), -1);
  std::vector<std::uint32_t> covered(gold.mentions.size(), 0);  // tokens of the predicted mention chosen
  std::vector<std::size_t> standing(gold.mentions.size(), 0);   // that predicted mention's index
  for (std::size_t pi = 0; pi < document.mentions.size(); ++pi) {
    const Mention& p = document.mentions[pi];
    if (p.entity < 0) continue;
    std::size_t best = gold.mentions.size();
    for (std::size_t i = 0; i < gold.mentions.size(); ++i) {
      const learn::GoldMention& g = gold.mentions[i];
      if (g.token_begin > p.token_begin) break;
      if (g.token_end < p.token_end || g.head < p.token_begin || g.head >= p.token_end) continue;
      if (has_descriptive_prefix(gold, g, p)) continue;
      if (best == gold.mentions.size() ||
          g.token_end - g.token_begin < gold.mentions[best].token_end - gold.mentions[best].token_begin) {
        best = i;
      }
    }
    if (best == gold.mentions.size()) continue;
    const std::uint32_t length = p.token_end - p.token_begin;
    if (length > covered[best]) {
      covered[best] = length;
      response[best] = p.entity;
      standing[best] = pi;
    }
  }
  std::vector<std::int64_t> key[3];
  std::vector<std::int64_t> answer[3];
  std::int64_t next_singleton = -2;
  std::vector<std::size_t> names;
  for (std::size_t i = 0; i < gold.mentions.size(); ++i) {
    const learn::GoldMention& g = gold.mentions[i];
    if (!named_cluster[g.cluster]) continue;
    const std::int64_t predicted = response[i] >= 0 ? response[i] : next_singleton--;
    const bool views[3] = {g.proper_name, g.proper_name || g.pronoun, true};
    for (int v = 0; v < 3; ++v) {
      if (!views[v]) continue;
      key[v].push_back(g.cluster);
      answer[v].push_back(predicted);
    }
    if (g.proper_name) names.push_back(i);
    totals.names.aligned += (g.proper_name && response[i] >= 0) ? 1 : 0;
    totals.with_pronouns.aligned += ((g.proper_name || g.pronoun) && response[i] >= 0) ? 1 : 0;
    totals.all.aligned += response[i] >= 0 ? 1 : 0;
  }
  score_chains(key[0], answer[0], totals.names);
  score_chains(key[1], answer[1], totals.with_pronouns);
  score_chains(key[2], answer[2], totals.all);
  if (errors != nullptr) {
    for (const std::size_t i : names) {
      const learn::GoldMention& g = gold.mentions[i];
      if (response[i] < 0)
        errors->push_back({false, true, g.token_begin, g.token_end, 0, 0, 0, 0, g.cluster, 0, false});
    }
  }
  // Name-to-name links; quadratic in the number of names per document (a few hundred at most in GUM).
  for (std::size_t a = 0; a < names.size(); ++a) {
    for (std::size_t b = a + 1; b < names.size(); ++b) {
      const learn::GoldMention& ga = gold.mentions[names[a]];
      const learn::GoldMention& gb = gold.mentions[names[b]];
      const bool same_gold = ga.cluster == gb.cluster;
      const bool found = response[names[a]] >= 0 && response[names[b]] >= 0;
      const bool same_predicted = found && response[names[a]] == response[names[b]];
      totals.pairs.links.gold += same_gold ? 1 : 0;
      totals.pairs.gold_detected += same_gold && found ? 1 : 0;
      totals.pairs.links.predicted += same_predicted ? 1 : 0;
      totals.pairs.links.correct += same_gold && same_predicted ? 1 : 0;
      const std::string& identity_a = gold.identity[ga.cluster];
      const bool same_identity = !identity_a.empty() && identity_a == gold.identity[gb.cluster];
      totals.pairs.wrong_same_identity += same_predicted && !same_gold && same_identity ? 1 : 0;
      if (errors == nullptr || !found || same_gold == same_predicted) continue;
      errors->push_back({same_predicted, false, ga.token_begin, ga.token_end, gb.token_begin, gb.token_end,
                         standing[names[a]], standing[names[b]], ga.cluster, gb.cluster, same_identity});
    }
  }
}

}  // namespace lede::scoring
