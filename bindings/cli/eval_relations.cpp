// `lede eval relations --data FILE`: strict micro precision, recall and F1 of the relations stage on
// CoNLL04 (../shared/data/conll04), per relation type, end to end and with the gold entities given (the
// two modes and the type mapping: learn/conll04_evaluation.hpp), and the entities alone.
#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus_files.hpp"
#include "file_io.hpp"
#include "learn/conll04_evaluation.hpp"
#include "model_loading.hpp"
#include "relations/relation_kinds.hpp"
#include "span_scores.hpp"

namespace lede::cli {
namespace {

constexpr std::array<const char*, 5> kLabels = {"Work_For", "Live_In", "Located_In", "OrgBased_In", "Kill"};

using learn::RelationTuple;

struct ModeScores {
  std::array<SpanScores, kLabels.size()> types{};
  SpanScores micro;
  void add(const std::set<RelationTuple>& gold, const std::set<RelationTuple>& predicted) {
    for (std::size_t t = 0; t < kLabels.size(); ++t) {
      const auto count = [&](const std::set<RelationTuple>& tuples) {
        return static_cast<std::uint64_t>(std::count_if(tuples.begin(), tuples.end(), [&](const RelationTuple& x) { return std::get<6>(x) == kLabels[t]; }));
      };
      types[t].gold += count(gold);
      types[t].predicted += count(predicted);
    }
    for (const RelationTuple& p : predicted) {
      if (gold.count(p) == 0) continue;
      for (std::size_t t = 0; t < kLabels.size(); ++t) {
        if (std::get<6>(p) == kLabels[t]) ++types[t].correct;
      }
    }
    micro.gold += gold.size();
    micro.predicted += predicted.size();
    for (const RelationTuple& p : predicted) micro.correct += gold.count(p);
  }
  std::string print(const char* title) const {
    std::printf("%s\n", title);
    std::string json = "{\"types\":{";
    for (std::size_t t = 0; t < kLabels.size(); ++t) {
      std::printf("  %-12s P %6.2f  R %6.2f  F1 %6.2f  (gold %llu, predicted %llu)\n", kLabels[t], types[t].precision(),
                  types[t].recall(), types[t].f1(), static_cast<unsigned long long>(types[t].gold),
                  static_cast<unsigned long long>(types[t].predicted));
      json += std::string(t == 0 ? "" : ",") + "\"" + kLabels[t] + "\":" + types[t].json();
    }
    std::printf("  %-12s P %6.2f  R %6.2f  F1 %6.2f  (gold %llu, predicted %llu)\n", "micro", micro.precision(), micro.recall(),
                micro.f1(), static_cast<unsigned long long>(micro.gold), static_cast<unsigned long long>(micro.predicted));
    return json + "},\"micro\":" + micro.json() + "}";
  }
};

void print_tuple(const char* label, const RelationTuple& t, const learn::Conll04Sentence& sentence) {
  const auto words = [&](std::uint32_t b, std::uint32_t e) {
    std::string out;
    for (std::uint32_t i = b; i < e && i < sentence.forms.size(); ++i) out += (i == b ? "" : " ") + sentence.forms[i];
    return out;
  };
  std::printf("  %s %s(%s %s, %s %s) in doc %s\n", label, std::get<6>(t).c_str(), std::get<2>(t).c_str(),
              words(std::get<0>(t), std::get<1>(t)).c_str(), std::get<5>(t).c_str(),
              words(std::get<3>(t), std::get<4>(t)).c_str(), sentence.id.c_str());
}

}  // namespace

int eval_relations(const Arguments& args) {
  const auto data = args.value("--data");
  if (!data) {
    std::fprintf(stderr, "lede eval relations: --data PATH is required\n");
    return 2;
  }
  std::size_t error_budget = 0;
  if (const auto errors = args.value("--errors")) error_budget = 2 * std::strtoul(errors->c_str(), nullptr, 10);
  const std::optional<Analyzer> analyzer = analyzer_for(args, "eval relations");
  if (!analyzer) return 1;
  std::string error;
  const std::vector<std::string> files = corpus_files(*data, ".txt", error);
  if (files.empty()) {
    std::fprintf(stderr, "lede eval relations: %s\n", error.c_str());
    return 1;
  }
  ModeScores end_to_end;
  ModeScores gold_entities;
  SpanScores entities;
  std::map<std::string, SpanScores> entity_types;  // Loc, Org, Peop
  std::size_t sentence_count = 0;
  for (const std::string& path : files) {
    const std::optional<std::string> content = read_input(path, "lede eval relations");
    if (!content) return 1;
    for (const learn::Conll04Sentence& sentence : learn::read_conll04(*content)) {
      ++sentence_count;
      const std::set<RelationTuple> gold = learn::gold_relation_tuples(sentence);
      const Document predicted = learn::analyze_conll04_end_to_end(*analyzer, sentence);
      const std::set<RelationTuple> guessed = learn::predicted_relation_tuples(predicted);
      end_to_end.add(gold, guessed);
      for (const RelationTuple& t : gold) {
        if (guessed.count(t) == 0 && error_budget > 0) { print_tuple("missed  ", t, sentence); --error_budget; }
      }
      for (const RelationTuple& t : guessed) {
        if (gold.count(t) == 0 && error_budget > 0) { print_tuple("spurious", t, sentence); --error_budget; }
      }
      gold_entities.add(gold, learn::predicted_relation_tuples(learn::analyze_conll04_gold_entities(*analyzer, sentence)));
      // The entities alone (Peop, Org, Loc; Other left out as MISC types differ), widened persons.
      std::set<std::tuple<std::uint32_t, std::uint32_t, std::string>> gold_names;
      std::set<std::tuple<std::uint32_t, std::uint32_t, std::string>> found_names;
      for (const learn::Conll04Entity& e : sentence.entities) {
        if (e.label != "Other") gold_names.emplace(e.begin, e.end, e.label);
      }
      for (std::size_t m = 0; m < predicted.mentions.size(); ++m) {
        const std::string type = learn::conll04_type(predicted.mentions[m].type);
        if (predicted.mentions[m].pronoun || type == "Other") continue;
        const auto [b, e] = learn::conll04_span(predicted, m);
        found_names.emplace(b, e, type);
      }
      entities.gold += gold_names.size();
      entities.predicted += found_names.size();
      for (const auto& n : found_names) entities.correct += gold_names.count(n);
      const auto print_entity = [&](const char* label, const std::tuple<std::uint32_t, std::uint32_t, std::string>& n) {
        std::string words;
        for (std::uint32_t i = std::get<0>(n); i < std::get<1>(n) && i < sentence.forms.size(); ++i) {
          words += (i == std::get<0>(n) ? "" : " ") + sentence.forms[i];
        }
        std::printf("  %s %s %s in doc %s\n", label, std::get<2>(n).c_str(), words.c_str(), sentence.id.c_str());
      };
      for (const auto& n : gold_names) {
        if (found_names.count(n) == 0 && error_budget > 0) { print_entity("missed entity  ", n); --error_budget; }
      }
      for (const auto& n : found_names) {
        if (gold_names.count(n) == 0 && error_budget > 0) { print_entity("spurious entity", n); --error_budget; }
      }
      for (const auto& n : gold_names) ++entity_types[std::get<2>(n)].gold;
      for (const auto& n : found_names) {
        SpanScores& type = entity_types[std::get<2>(n)];
        ++type.predicted;
        type.correct += gold_names.count(n);
      }
    }
  }
  std::printf("data: %s (%zu sentences), model %s %s%s\n", data->c_str(), sentence_count, analyzer->model_info().name.c_str(),
              analyzer->model_info().version.c_str(), analyzer->has_relation_classifier() ? "" : " (no relation classifier)");
  std::printf("entities (Peop, Org, Loc; strict spans)  P %6.2f  R %6.2f  F1 %6.2f\n", entities.precision(), entities.recall(),
              entities.f1());
  std::string entity_json = "{";
  for (const auto& [type, scores] : entity_types) {
    std::printf("  %-12s P %6.2f  R %6.2f  F1 %6.2f  (gold %llu, predicted %llu)\n", type.c_str(), scores.precision(),
                scores.recall(), scores.f1(), static_cast<unsigned long long>(scores.gold), static_cast<unsigned long long>(scores.predicted));
    entity_json += (entity_json.size() > 1 ? ",\"" : "\"") + type + "\":" + scores.json();
  }
  entity_json += "}";
  const std::string e2e = end_to_end.print("end to end (strict: entity spans and types, relation type)");
  const std::string gold = gold_entities.print("with gold entities");
  std::printf("{\"task\":\"relations\",\"sentences\":%zu,\"entities\":%s,\"entity_types\":%s,\"end_to_end\":%s,\"gold_entities\":%s}\n", sentence_count,
              entities.json().c_str(), entity_json.c_str(), e2e.c_str(), gold.c_str());
  return 0;
}

}  // namespace lede::cli
