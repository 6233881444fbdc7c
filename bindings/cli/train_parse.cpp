// `lede train parse`: learns the dependency parser on UD EWT train + GUM train and writes a model file
// holding the "parse" section (scripts/train.sh packs it into the shipped model).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "file_io.hpp"
#include "learn/parse_trainer.hpp"
#include "lede/model.hpp"
#include "model/section_layouts.hpp"
#include "model_loading.hpp"
#include "parse/parse_features.hpp"
#include "train_support.hpp"
#include "treebank_files.hpp"

namespace lede::cli {
namespace {

bool append_treebank(const std::string& path, const Analyzer* tagger, std::vector<learn::TreebankSentence>& into) {
  std::string error;
  auto sentences = read_treebank_files(path, tagger, error);
  if (!sentences) {
    std::fprintf(stderr, "lede train parse: %s: %s\n", path.c_str(), error.c_str());
    return false;
  }
  for (auto& sentence : *sentences) into.push_back(std::move(sentence));
  return true;
}

}  // namespace

int train_parse(const Arguments& args) {
  const auto out = required_value(args, "--out", "FILE", "lede train parse");
  if (!out) return 2;
  const std::string data = args.value("--data-dir").value_or("../shared/data");
  learn::ParseTrainingOptions options;
  options.epochs = std::atoi(args.value("--epochs").value_or("7").c_str());
  options.quantization = quantization_options(args, "8", "2.5");
  options.min_feature_count = std::atoi(args.value("--min-count").value_or("20").c_str());
  if (options.epochs < 1 || options.epochs > 100 || options.min_feature_count < 1 ||
      (options.quantization.weight_bits != 8 && options.quantization.weight_bits != 16)) {
    std::fprintf(stderr, "lede train parse: --epochs must be 1..100, --min-count at least 1 and --bits 8 or 16\n");
    return 2;
  }
  // --prune-sweep "2,3,4": also report the size and dev scores of the section at these thresholds.
  if (const auto sweep = args.value("--prune-sweep")) {
    for (std::size_t at = 0; at < sweep->size();) {
      const std::size_t comma = std::min(sweep->find(',', at), sweep->size());
      options.prune_sweep.push_back(std::strtof(sweep->substr(at, comma - at).c_str(), nullptr));
      at = comma + 1;
    }
  }
  options.progress = print_progress();
  // The parser runs on predicted tags, so by default it learns on them too: the POS model (--model,
  // default the build's model) tags the training and dev data. --gold-tags trains on the treebank's tags.
  std::optional<Analyzer> tagger = analyzer_for(args, "train parse");
  if (!tagger) return 1;
  if (!tagger->has_pos()) {
    std::fprintf(
        stderr, "lede train parse: the model has no POS tagger to tag the data with (train one with lede train pos)\n");
    return 1;
  }
  const Analyzer* train_tagger = args.has("--gold-tags") ? nullptr : &*tagger;
  std::vector<learn::TreebankSentence> train;
  std::vector<learn::TreebankSentence> dev;
  if (!append_treebank(data + "/ud-ewt/en_ewt-ud-train.conllu", train_tagger, train) ||
      !append_treebank(data + "/gum/train", train_tagger, train) ||
      !append_treebank(data + "/ud-ewt/en_ewt-ud-dev.conllu", &*tagger, dev)) {
    return 1;
  }
  std::printf("tags: %s for training, predicted for EWT dev (the per-epoch scores)\n",
              train_tagger == nullptr ? "gold" : "predicted");
  const learn::ParseTrainingResult parser = learn::train_parse(train, dev, options);

  ModelBuilder builder;
  builder.add_section(parse::kParseSectionName, parse::kParseTemplateVersion, parser.hash_seed, parser.section);
  const std::optional<std::size_t> file_size = write_model(builder, args, *out, "lede train parse");
  if (!file_size) return 1;
  std::printf("wrote %s (%zu bytes; parse section %zu)\n", out->c_str(), *file_size, parser.section.size());
  std::printf(
      "{\"task\":\"train parse\",\"out\":\"%s\",\"bytes\":%zu,\"parse_section_bytes\":%zu,\"labels\":%zu,"
      "\"dev_uas\":%.2f,\"dev_las\":%.2f,\"dev_uas_float\":%.2f,\"dev_las_float\":%.2f}\n",
      out->c_str(), *file_size, parser.section.size(), parser.label_count, parser.dev_quantized.uas(),
      parser.dev_quantized.las(), parser.dev_float.uas(), parser.dev_float.las());
  return 0;
}

}  // namespace lede::cli
