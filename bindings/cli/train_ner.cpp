// `lede train ner`: learns the statistical NER tagger from CoNLL-2003 and writes a model file with the
// "ner" section (merge it with the POS model by `lede model pack`).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus_files.hpp"
#include "file_io.hpp"
#include "learn/conll04_corpus.hpp"
#include "learn/gazetteer_builder.hpp"
#include "learn/ner_corpus.hpp"
#include "learn/ner_trainer.hpp"
#include "lede/model.hpp"
#include "lexicon/embedded.hpp"
#include "model/section_layouts.hpp"
#include "ner/ner_features.hpp"
#include "train_support.hpp"

namespace lede::cli {
namespace {

std::optional<std::vector<learn::NerDocument>> read_corpus(const std::string& path, bool split_hyphens) {
  std::string error;
  const std::optional<std::string> content = read_file(path, error);
  if (!content) {
    std::fprintf(stderr, "lede train ner: cannot read %s: %s\n", path.c_str(), error.c_str());
    return std::nullopt;
  }
  return learn::read_ner_conll2003(*content, split_hyphens);
}

// The gazetteer TSVs of DIR, by base name (none when DIR has none: the tagger then learns without).
std::optional<std::vector<learn::GazetteerFile>> read_gazetteers(const std::string& dir) {
  std::string error;
  std::vector<learn::GazetteerFile> files;
  for (const std::string& path : corpus_files(dir, ".tsv", error)) {
    const std::optional<std::string> content = read_file(path, error);
    if (!content) {
      std::fprintf(stderr, "lede train ner: cannot read %s: %s\n", path.c_str(), error.c_str());
      return std::nullopt;
    }
    const std::size_t slash = path.find_last_of('/');
    const std::string base = path.substr(slash == std::string::npos ? 0 : slash + 1);
    files.push_back({base.substr(0, base.size() - 4), *content});
  }
  // The TITLE list is the one the runtime's title recognizer reads (core/lexicons/titles.tsv, embedded),
  // so the tagger's title feature and the TITLE mentions never disagree about what a title is.
  files.push_back({"titles", std::string(lexicon::embedded_lexicon("titles"))});
  return files;
}

}  // namespace

int train_ner(const Arguments& args) {
  const auto out = required_value(args, "--out", "FILE", "lede train ner");
  if (!out) return 2;
  const std::string data_dir = args.value("--data-dir").value_or("../shared/data");
  const std::string train_path = args.value("--data").value_or(data_dir + "/conll2003/train.txt");
  const std::string dev_path = args.value("--dev").value_or(data_dir + "/conll2003/valid.txt");
  learn::NerTrainingOptions options;
  options.epochs = std::atoi(args.value("--epochs").value_or("12").c_str());
  options.quantization = quantization_options(args, "8", "1");
  if (options.epochs < 1 || options.epochs > 100 ||
      (options.quantization.weight_bits != 8 && options.quantization.weight_bits != 16)) {
    std::fprintf(stderr, "lede train ner: --epochs must be 1..100 and --bits 8 or 16\n");
    return 2;
  }
  options.shuffle_seed = std::strtoull(args.value("--shuffle-seed").value_or("1").c_str(), nullptr, 10);
  const std::optional<int> runs = runs_option(args, "lede train ner");
  if (!runs) return 2;
  options.runs = *runs;
  options.tune_type_bias = args.has("--tune-type-bias");
  options.progress = print_progress();
  // Training sees each document twice: with CoNLL's tokens (what `--input conll2003` gives the tagger)
  // and split at hyphens as the runtime tokenizer splits raw text ("German-born" -> German - born).
  auto whole = read_corpus(train_path, false);
  auto split = read_corpus(train_path, true);
  const auto dev = read_corpus(dev_path, false);
  if (!whole || !split || !dev) return 1;
  std::vector<learn::NerDocument> train = std::move(*whole);
  for (std::size_t d = 0; d < split->size(); ++d) {
    // Only the sentences whose tokens changed: the rest would be counted twice.
    learn::NerDocument changed;
    for (std::size_t s = 0; s < (*split)[d].sentences.size(); ++s) {
      if ((*split)[d].sentences[s].forms.size() != train[d].sentences[s].forms.size()) {
        changed.sentences.push_back((*split)[d].sentences[s]);
      }
    }
    if (!changed.sentences.empty()) train.push_back(std::move(changed));
  }
  // Other corpora in CoNLL-2003's scheme, with what they do not annotate that way left unlabeled.
  for (const std::string& extra : args.values("--extra")) {
    if (extra != "conll04") {
      std::fprintf(stderr, "lede train ner: --extra takes conll04\n");
      return 2;
    }
    const std::string path = data_dir + "/conll04/train.txt";
    std::string error;
    const std::optional<std::string> content = read_file(path, error);
    if (!content) {
      std::fprintf(stderr, "lede train ner: cannot read %s: %s\n", path.c_str(), error.c_str());
      return 1;
    }
    const std::vector<learn::NerDocument> documents = learn::read_ner_conll04(*content);
    train.insert(train.end(), documents.begin(), documents.end());
    std::printf("extra: %s, %zu sentences (Other spans unlabeled)\n", path.c_str(), documents.size());
  }
  const std::string lexicon_dir = args.value("--lexicons").value_or("core/lexicons/gazetteers");
  const auto gazetteer_files = read_gazetteers(lexicon_dir);
  if (!gazetteer_files) return 1;
  learn::GazetteerStats gazetteer_stats;
  const std::vector<std::byte> gazetteer_section =
      learn::build_gazetteer_section(*gazetteer_files, options.hash_seed, gazetteer_stats);
  ner::Gazetteer gazetteer;
  gazetteer.read(gazetteer_section);
  std::printf("gazetteer: %zu files from %s, %zu phrases (%zu longer than %zu tokens left out), %zu bytes\n",
              gazetteer_files->size(), lexicon_dir.c_str(), gazetteer_stats.phrases, gazetteer_stats.too_long,
              ner::kMaxGazetteerTokens, gazetteer_section.size());
  const learn::NerTrainingResult tagger = learn::train_ner(train, *dev, gazetteer, options);

  ModelBuilder builder;
  builder.add_section(ner::kNerSectionName, ner::kNerTemplateVersion, tagger.hash_seed, tagger.section);
  builder.add_section(ner::kGazetteerSectionName, ner::kGazetteerTemplateVersion, tagger.hash_seed, gazetteer_section);
  const std::optional<std::size_t> file_size = write_model(builder, args, *out, "lede train ner");
  if (!file_size) return 1;
  std::printf("wrote %s (%zu bytes; ner section %zu, ner.gazetteer section %zu)\n", out->c_str(), *file_size,
              tagger.section.size(), gazetteer_section.size());
  std::printf(
      "{\"task\":\"train ner\",\"out\":\"%s\",\"bytes\":%zu,\"ner_section_bytes\":%zu,\"dev_f1\":%.2f,"
      "\"dev_f1_float\":%.2f,\"seconds\":%.1f}\n",
      out->c_str(), *file_size, tagger.section.size(), tagger.dev_f1_quantized, tagger.dev_f1_float, tagger.seconds);
  return 0;
}

}  // namespace lede::cli
