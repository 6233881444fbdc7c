// `lede train relations`: learns the typed-relation classifier on CoNLL04 train, choosing the epoch and
// the "no relation" bias on CoNLL04 dev, and writes a model file holding the "relations" section
// (scripts/train.sh packs it into the shipped model). The sentences are tagged and parsed by the model
// given with --model, on their own tokens.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "file_io.hpp"
#include "learn/conll04_corpus.hpp"
#include "learn/relation_trainer.hpp"
#include "lede/model.hpp"
#include "model/section_layouts.hpp"
#include "model_loading.hpp"
#include "relations/relation_features.hpp"
#include "train_support.hpp"

namespace lede::cli {

int train_relations(const Arguments& args) {
  const auto out = required_value(args, "--out", "FILE", "lede train relations");
  if (!out) return 2;
  const std::string data = args.value("--data-dir").value_or("../shared/data");
  learn::RelationTrainingOptions options;
  options.epochs = std::atoi(args.value("--epochs").value_or("20").c_str());
  options.quantization = quantization_options(args, "16", "0");
  options.min_feature_count = std::atoi(args.value("--min-count").value_or("1").c_str());
  options.shuffle_seed = std::strtoull(args.value("--shuffle-seed").value_or("1").c_str(), nullptr, 10);
  const std::optional<int> runs = runs_option(args, "lede train relations");
  if (!runs) return 2;
  options.runs = *runs;
  if (options.epochs < 1 || options.epochs > 100 || options.min_feature_count < 1 ||
      (options.quantization.weight_bits != 8 && options.quantization.weight_bits != 16)) {
    std::fprintf(stderr, "lede train relations: --epochs must be 1..100, --min-count at least 1 and --bits 8 or 16\n");
    return 2;
  }
  options.progress = print_progress();
  std::optional<Analyzer> analyzer = analyzer_for(args, "train relations");
  if (!analyzer) return 1;
  if (!analyzer->has_pos() || !analyzer->has_parse()) {
    std::fprintf(stderr, "lede train relations: the model needs a POS tagger and a parser to read the data with\n");
    return 1;
  }
  const std::string train_path = args.value("--data").value_or(data + "/conll04/train.txt");
  const std::string dev_path = args.value("--dev").value_or(data + "/conll04/dev.txt");
  const std::optional<std::string> train_text = read_input(train_path, "lede train relations");
  const std::optional<std::string> dev_text = read_input(dev_path, "lede train relations");
  if (!train_text || !dev_text) return 1;
  const std::vector<learn::Conll04Sentence> train = learn::read_conll04(*train_text);
  const std::vector<learn::Conll04Sentence> dev = learn::read_conll04(*dev_text);
  std::printf("data: %s (%zu sentences), dev %s (%zu sentences)\n", train_path.c_str(), train.size(), dev_path.c_str(),
              dev.size());
  const learn::RelationTrainingResult result = learn::train_relations(train, dev, *analyzer, options);

  ModelBuilder builder;
  builder.add_section(relations::kRelationSectionName, relations::kRelationTemplateVersion, result.hash_seed,
                      result.section);
  const std::optional<std::size_t> file_size = write_model(builder, args, *out, "lede train relations");
  if (!file_size) return 1;
  std::printf("wrote %s (%zu bytes; relations section %zu)\n", out->c_str(), *file_size, result.section.size());
  std::printf(
      "{\"task\":\"train relations\",\"out\":\"%s\",\"bytes\":%zu,\"relations_section_bytes\":%zu,\"best_epoch\":%d,"
      "\"none_bias\":%.2f,\"dev_pairs_f1\":%.2f,\"dev_pairs_f1_float\":%.2f}\n",
      out->c_str(), *file_size, result.section.size(), result.best_epoch, static_cast<double>(result.none_bias),
      result.dev_quantized.f1(), result.dev_float.f1());
  return 0;
}

}  // namespace lede::cli
