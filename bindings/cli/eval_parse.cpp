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
#include "file_io.hpp"
#include "learn/treebank.hpp"
#include "model_loading.hpp"
#include "document/dep_labels.hpp"
#include "document/pos_tags.hpp"
#include "treebank_files.hpp"

namespace lede::cli {
namespace {

constexpr std::array<lede::DepLabel, 9> kReportedLabels = {
    lede::kNsubj, lede::kNsubjPass, lede::kObj, lede::kObl, lede::kNmod,
    lede::kAppos, lede::kConj,      lede::kCompound, lede::kFlat,
};

struct Counts {
  std::size_t words = 0, head_right = 0, both_right = 0;
  void add(bool head, bool label) {
    ++words;
    head_right += head ? 1 : 0;
    both_right += head && label ? 1 : 0;
  }
  double uas() const { return words == 0 ? 0.0 : 100.0 * static_cast<double>(head_right) / static_cast<double>(words); }
  double las() const { return words == 0 ? 0.0 : 100.0 * static_cast<double>(both_right) / static_cast<double>(words); }
};

// A label's predicted, gold and right (head and label) counts.
struct LabelCounts {
  std::size_t predicted = 0, gold = 0, right = 0;
  double precision() const { return predicted == 0 ? 0.0 : 100.0 * static_cast<double>(right) / static_cast<double>(predicted); }
  double recall() const { return gold == 0 ? 0.0 : 100.0 * static_cast<double>(right) / static_cast<double>(gold); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
  }
};

struct ParseScores {
  Counts all, without_punct;
  std::array<LabelCounts, lede::kDepLabelCount> labels{};
  std::size_t sentences = 0;
};

void score_document(const Analyzer& analyzer, Document& document, bool gold_tags, ParseScores& scores) {
  if (gold_tags) {
    set_gold_pos_layers(document);
  } else {
    analyzer.run_stage(Stage::Pos, document, AnalyzeOptions{});
  }
  analyzer.run_stage(Stage::Parse, document, AnalyzeOptions{});
  const std::vector<learn::TreebankSentence> gold = learn::treebank_sentences(document, false);
  for (std::size_t s = 0; s < gold.size() && s < document.sentences.size(); ++s) {
    ++scores.sentences;
    const std::uint32_t begin = document.sentences[s].token_begin;
    for (std::size_t i = 0; i < gold[s].heads.size(); ++i) {
      if (gold[s].heads[i] == learn::kUnknownHead) continue;
      const std::size_t t = begin + i;
      const std::int32_t predicted_head = document.heads[t] < 0 ? -1 : document.heads[t] - static_cast<std::int32_t>(begin);
      const bool head_right = predicted_head == gold[s].heads[i];
      const std::uint8_t gold_label = gold[s].labels[i];
      const std::uint8_t predicted_label = document.deprels[t];
      const bool label_right = predicted_label == gold_label;
      scores.all.add(head_right, label_right);
      if (gold_label != lede::kPunct) scores.without_punct.add(head_right, label_right);
      if (gold_label < lede::kDepLabelCount) ++scores.labels[gold_label].gold;
      if (predicted_label < lede::kDepLabelCount) ++scores.labels[predicted_label].predicted;
      if (head_right && label_right && gold_label < lede::kDepLabelCount) ++scores.labels[gold_label].right;
    }
  }
}

}  // namespace

int eval_parse(const Arguments& args) {
  const auto data = args.value("--data");
  if (!data) {
    std::fprintf(stderr, "lede eval parse: --data PATH is required\n");
    return 2;
  }
  const std::optional<Analyzer> analyzer = analyzer_for(args, "eval parse");
  if (!analyzer) return 1;
  const bool gold_tags = args.has("--gold-tags");
  if (!analyzer->has_parse() || (!gold_tags && !analyzer->has_pos())) {
    std::fprintf(stderr, "lede eval parse: the model has no %s; train one with lede train %s\n",
                 analyzer->has_parse() ? "POS tagger" : "parser", analyzer->has_parse() ? "pos" : "parse");
    return 1;
  }
  std::string error;
  const std::vector<std::string> files = corpus_files(*data, ".conllu", error);
  if (files.empty()) {
    std::fprintf(stderr, "lede eval parse: %s\n", error.c_str());
    return 1;
  }
  ParseScores scores;
  for (const std::string& path : files) {
    const std::optional<std::string> content = read_input(path, "lede eval parse");
    if (!content) return 1;
    for (Document& document : corpus::read_conllu(*content)) score_document(*analyzer, document, gold_tags, scores);
  }
  std::printf("data: %s (%zu file%s, %zu sentences), model %s %s, %s tags\n", data->c_str(), files.size(),
              files.size() == 1 ? "" : "s", scores.sentences, analyzer->model_info().name.c_str(),
              analyzer->model_info().version.c_str(), gold_tags ? "gold" : "predicted");
  std::printf("UAS %6.2f  LAS %6.2f  (%zu words)\n", scores.all.uas(), scores.all.las(), scores.all.words);
  std::printf("without punctuation: UAS %6.2f  LAS %6.2f  (%zu words)\n", scores.without_punct.uas(),
              scores.without_punct.las(), scores.without_punct.words);
  std::printf("%-12s %7s %7s %7s %7s\n", "label", "P", "R", "F1", "gold");
  std::string labels_json;
  for (const lede::DepLabel label : kReportedLabels) {
    const LabelCounts& c = scores.labels[label];
    const std::string_view name = lede::dep_label_name(label);
    std::printf("%-12.*s %7.2f %7.2f %7.2f %7zu\n", static_cast<int>(name.size()), name.data(), c.precision(), c.recall(),
                c.f1(), c.gold);
    char entry[160];
    std::snprintf(entry, sizeof entry, "%s\"%.*s\":{\"precision\":%.2f,\"recall\":%.2f,\"f1\":%.2f,\"gold\":%zu}",
                  labels_json.empty() ? "" : ",", static_cast<int>(name.size()), name.data(), c.precision(), c.recall(),
                  c.f1(), c.gold);
    labels_json += entry;
  }
  std::printf("{\"task\":\"parse\",\"tags\":\"%s\",\"words\":%zu,\"uas\":%.2f,\"las\":%.2f,\"uas_no_punct\":%.2f,"
              "\"las_no_punct\":%.2f,\"labels\":{%s}}\n",
              gold_tags ? "gold" : "predicted", scores.all.words, scores.all.uas(), scores.all.las(),
              scores.without_punct.uas(), scores.without_punct.las(), labels_json.c_str());
  return 0;
}

}  // namespace lede::cli
