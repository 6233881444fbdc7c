// `lede eval relations --data FILE`: strict micro precision, recall and F1 of the relations stage on
// CoNLL04 (../shared/data/conll04), per relation type, end to end and with the gold entities given (the
// two modes and the type mapping: scoring/conll04_scoring.hpp), and the entities alone.
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus_files.hpp"
#include "file_io.hpp"
#include "model_loading.hpp"
#include "score_report.hpp"
#include "scoring/conll04_scoring.hpp"

namespace lede::cli {
namespace {

using scoring::EntityTuple;
using scoring::RelationTuple;

// A row per relation label and micro, under `title`; returns the JSON object for the summary line.
std::string print_mode(const char* title, const scoring::Conll04RelationScores& scores) {
  std::printf("%s\n", title);
  std::string json = "{\"types\":{";
  for (std::size_t t = 0; t < scoring::kConll04RelationLabels.size(); ++t) {
    print_prf_row(2, 12, scoring::kConll04RelationLabels[t], scores.types[t], RowCounts::GoldPredicted);
    json +=
        std::string(t == 0 ? "" : ",") + "\"" + scoring::kConll04RelationLabels[t] + "\":" + prf_json(scores.types[t]);
  }
  print_prf_row(2, 12, "micro", scores.micro, RowCounts::GoldPredicted);
  return json + "},\"micro\":" + prf_json(scores.micro) + "}";
}

std::string words(const learn::Conll04Sentence& sentence, std::uint32_t begin, std::uint32_t end) {
  std::string out;
  for (std::uint32_t i = begin; i < end && i < sentence.forms.size(); ++i)
    out += (i == begin ? "" : " ") + sentence.forms[i];
  return out;
}

void print_tuple(const char* label, const RelationTuple& t, const learn::Conll04Sentence& sentence) {
  std::printf("  %s %s(%s %s, %s %s) in doc %s\n", label, std::get<6>(t).c_str(), std::get<2>(t).c_str(),
              words(sentence, std::get<0>(t), std::get<1>(t)).c_str(), std::get<5>(t).c_str(),
              words(sentence, std::get<3>(t), std::get<4>(t)).c_str(), sentence.id.c_str());
}

void print_entity(const char* label, const EntityTuple& n, const learn::Conll04Sentence& sentence) {
  std::printf("  %s %s %s in doc %s\n", label, std::get<2>(n).c_str(),
              words(sentence, std::get<0>(n), std::get<1>(n)).c_str(), sentence.id.c_str());
}

// Prints the tuples of `from` that `other` lacks while the budget lasts.
template <typename Tuple, typename Print>
void print_missing(const std::set<Tuple>& from, const std::set<Tuple>& other, std::size_t& budget, const Print& print) {
  if (budget == 0) return;
  for (const Tuple& t : scoring::tuples_missing_from(from, other)) {
    if (budget == 0) return;
    print(t);
    --budget;
  }
}

}  // namespace

int eval_relations(const Arguments& args) {
  const char* command = "lede eval relations";
  const auto data = required_value(args, "--data", "PATH", command);
  if (!data) return 2;
  std::size_t error_budget = 2 * error_limit(args);
  const std::optional<Analyzer> analyzer = analyzer_for(args, "eval relations");
  if (!analyzer) return 1;
  const auto files = input_files(*data, ".txt", command);
  if (!files) return 1;
  scoring::Conll04RelationScores end_to_end;
  scoring::Conll04RelationScores gold_entities;
  scoring::Prf entities;
  std::map<std::string, scoring::Prf> entity_types;  // Loc, Org, Peop
  std::size_t sentence_count = 0;
  const bool all_read = for_each_input(*files, command, [&](const std::string&, const std::string& content) {
    for (const learn::Conll04Sentence& sentence : learn::read_conll04(content)) {
      ++sentence_count;
      const std::set<RelationTuple> gold = scoring::gold_relation_tuples(sentence);
      const Document predicted = scoring::analyze_conll04_end_to_end(*analyzer, sentence);
      const std::set<RelationTuple> guessed = scoring::predicted_relation_tuples(predicted);
      scoring::score_conll04_relations(gold, guessed, end_to_end);
      print_missing(gold, guessed, error_budget, [&](const RelationTuple& t) { print_tuple("missed  ", t, sentence); });
      print_missing(guessed, gold, error_budget, [&](const RelationTuple& t) { print_tuple("spurious", t, sentence); });
      scoring::score_conll04_relations(
          gold, scoring::predicted_relation_tuples(scoring::analyze_conll04_gold_entities(*analyzer, sentence)),
          gold_entities);
      // The entities alone (Peop, Org, Loc; Other left out as MISC types differ), widened persons.
      const std::set<EntityTuple> gold_names = scoring::gold_entity_tuples(sentence);
      const std::set<EntityTuple> found_names = scoring::predicted_entity_tuples(predicted);
      scoring::score_sets_by_label(
          gold_names, found_names, [](const EntityTuple& n) { return std::get<2>(n); }, entity_types, entities);
      print_missing(gold_names, found_names, error_budget,
                    [&](const EntityTuple& n) { print_entity("missed entity  ", n, sentence); });
      print_missing(found_names, gold_names, error_budget,
                    [&](const EntityTuple& n) { print_entity("spurious entity", n, sentence); });
    }
  });
  if (!all_read) return 1;
  std::printf("data: %s (%zu sentences), model %s %s%s\n", data->c_str(), sentence_count,
              analyzer->model_info().name.c_str(), analyzer->model_info().version.c_str(),
              analyzer->has_relation_classifier() ? "" : " (no relation classifier)");
  std::printf("entities (Peop, Org, Loc; strict spans)  %s\n", prf_figures(entities).c_str());
  std::string entity_json = "{";
  for (const auto& [type, scores] : entity_types) {
    print_prf_row(2, 12, type, scores, RowCounts::GoldPredicted);
    entity_json += (entity_json.size() > 1 ? ",\"" : "\"") + type + "\":" + prf_json(scores);
  }
  entity_json += "}";
  const std::string e2e = print_mode("end to end (strict: entity spans and types, relation type)", end_to_end);
  const std::string gold = print_mode("with gold entities", gold_entities);
  std::printf(
      "{\"task\":\"relations\",\"sentences\":%zu,\"entities\":%s,\"entity_types\":%s,\"end_to_end\":%s,\"gold_"
      "entities\":%s}\n",
      sentence_count, prf_json(entities).c_str(), entity_json.c_str(), e2e.c_str(), gold.c_str());
  return 0;
}

}  // namespace lede::cli
