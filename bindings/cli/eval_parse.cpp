// `lede eval parse`: unlabeled and labeled attachment scores (UAS, LAS) of the model's parser on gold
// CoNLL-U, with the given tokens and the POS model's predicted tags (or, with --gold-tags, the
// treebank's), and precision, recall and F1 of the relations the relation stage reads. Punctuation
// counts, as in the CoNLL 2018 shared task; the score without it is printed too.
#include <array>
#include <cstdio>
#include <string>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus/conll_readers.hpp"
#include "corpus_files.hpp"
#include "document/dep_labels.hpp"
#include "file_io.hpp"
#include "model_loading.hpp"
#include "scoring/tagging_scoring.hpp"
#include "treebank_files.hpp"

namespace lede::cli {
namespace {

constexpr std::array<lede::DepLabel, 9> kReportedLabels = {
    lede::kNsubj, lede::kNsubjPass, lede::kObj,      lede::kObl,  lede::kNmod,
    lede::kAppos, lede::kConj,      lede::kCompound, lede::kFlat,
};

}  // namespace

int eval_parse(const Arguments& args) {
  const char* command = "lede eval parse";
  const auto data = required_value(args, "--data", "PATH", command);
  if (!data) return 2;
  const std::optional<Analyzer> analyzer = analyzer_for(args, "eval parse");
  if (!analyzer) return 1;
  const bool gold_tags = args.has("--gold-tags");
  if (!analyzer->has_parse() || (!gold_tags && !analyzer->has_pos())) {
    std::fprintf(stderr, "lede eval parse: the model has no %s; train one with lede train %s\n",
                 analyzer->has_parse() ? "POS tagger" : "parser", analyzer->has_parse() ? "pos" : "parse");
    return 1;
  }
  const auto files = input_files(*data, ".conllu", command);
  if (!files) return 1;
  scoring::ParseScores scores;
  const bool all_read = for_each_input(*files, command, [&](const std::string& path, const std::string& content) {
    for (Document& document : read_conllu_file(command, path, content)) {
      if (gold_tags) {
        set_gold_pos_layers(document);
      } else {
        analyzer->run_stage(Stage::Pos, document, AnalyzeOptions{});
      }
      analyzer->run_stage(Stage::Parse, document, AnalyzeOptions{});
      scoring::score_parse(document, scores);
    }
  });
  if (!all_read) return 1;
  std::printf("data: %s (%zu file%s, %zu sentences), model %s %s, %s tags\n", data->c_str(), files->size(),
              files->size() == 1 ? "" : "s", scores.sentences, analyzer->model_info().name.c_str(),
              analyzer->model_info().version.c_str(), gold_tags ? "gold" : "predicted");
  std::printf("UAS %6.2f  LAS %6.2f  (%zu words)\n", scores.all.uas(), scores.all.las(), scores.all.words);
  std::printf("without punctuation: UAS %6.2f  LAS %6.2f  (%zu words)\n", scores.without_punct.uas(),
              scores.without_punct.las(), scores.without_punct.words);
  std::printf("%-12s %7s %7s %7s %7s\n", "label", "P", "R", "F1", "gold");
  std::string labels_json;
  for (const lede::DepLabel label : kReportedLabels) {
    const scoring::Prf& c = scores.labels[label];
    const std::string_view name = lede::dep_label_name(label);
    std::printf("%-12.*s %7.2f %7.2f %7.2f %7zu\n", static_cast<int>(name.size()), name.data(), c.precision(),
                c.recall(), c.f1(), c.gold);
    char entry[160];
    std::snprintf(entry, sizeof entry, "%s\"%.*s\":{\"precision\":%.2f,\"recall\":%.2f,\"f1\":%.2f,\"gold\":%zu}",
                  labels_json.empty() ? "" : ",", static_cast<int>(name.size()), name.data(), c.precision(), c.recall(),
                  c.f1(), c.gold);
    labels_json += entry;
  }
  std::printf(
      "{\"task\":\"parse\",\"tags\":\"%s\",\"words\":%zu,\"uas\":%.2f,\"las\":%.2f,\"uas_no_punct\":%.2f,"
      "\"las_no_punct\":%.2f,\"labels\":{%s}}\n",
      gold_tags ? "gold" : "predicted", scores.all.words, scores.all.uas(), scores.all.las(),
      scores.without_punct.uas(), scores.without_punct.las(), labels_json.c_str());
  return 0;
}

}  // namespace lede::cli
