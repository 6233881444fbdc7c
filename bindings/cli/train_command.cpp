// `lede train pos`: learns the POS tagger and lemmatizer from UD EWT + GUM and writes a model file.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "file_io.hpp"
#include "learn/lemma_trainer.hpp"
#include "learn/pos_trainer.hpp"
#include "lede/model.hpp"
#include "model/section_layouts.hpp"
#include "pos/pos_features.hpp"
#include "tagged_files.hpp"
#include "train_support.hpp"

namespace lede::cli {
namespace {

constexpr const char* kTrainHelp = R"(usage: lede train pos [--out FILE] [options]

Trains the part-of-speech tagger (UPOS + XPOS) and the lemmatizer on UD EWT train and GUM train, tunes
nothing on test data, reports the dev accuracy after every epoch, and writes a model file holding the
"pos" and "pos.lemmas" sections. Deterministic: the same data and options give the same bytes.

options:
  --data-dir DIR     the corpora (default ../shared/data): DIR/ud-ewt/en_ewt-ud-{train,dev}.conllu and
                     DIR/gum/{train,dev}/*.conllu
  --epochs N         passes over the training data (default 8)
  --bits 8|16        weight quantization in the saved file (default 8)
  --prune X          drop weights whose absolute value is below X before quantizing (default 1)
  --name NAME        the model name written into the file (default )" LEDE_MODEL_NAME R"()
  --version VERSION  the model version written into the file (default )" LEDE_MODEL_VERSION R"()
  --out FILE         where to write the model file (default: the build's model, )" LEDE_DEFAULT_MODEL R"()
  --help             this text

lede train ner: the statistical NER tagger (PER, ORG, LOC, MISC; BILOU, structured averaged perceptron
with Viterbi and a document memory) on CoNLL-2003, writing a model file with the "ner" section; dev F1 after every epoch.
  --data FILE        training data (default DIR/conll2003/train.txt)
  --dev FILE         dev data, for the scores only (default DIR/conll2003/valid.txt)
  --lexicons DIR     gazetteer TSVs compiled into the "ner.gazetteer" section (default
                     core/lexicons/gazetteers)
  --extra conll04    also learn from CoNLL04 train (DIR/conll04/train.txt): Peop, Org, Loc as PER, ORG,
                     LOC, persons without the titles CoNLL04 keeps inside them; its "Other" spans (dates,
                     numbers, events: neither O nor MISC) left unlabeled, so nothing is learned from them
  --shuffle-seed N   the seed of the order of documents in each epoch (default 1)
  --runs N           train N times apart, in the orders of --shuffle-seed, +1, ..., and average the weights
                     (default 1)
  --tune-type-bias   after training, tune on the dev data one bias per type for starting a name (added to
                     the transitions into B-x and U-x): coordinate ascent on dev F1
  --epochs N         passes over the training data (default 12); --bits, --prune (default 1), --name,
                     --version, --out as above

lede train parse --out FILE: the dependency parser (greedy arc-hybrid, averaged perceptron trained with
a dynamic oracle) on UD EWT train + GUM train, writing a model file with the "parse" section; UAS and
LAS on EWT dev (predicted tags) after every epoch.
  --model PATH       the model whose POS tagger tags the training and dev data (default: the build's)
  --gold-tags        train on the treebank's gold tags and lemmas instead of predicted ones
  --epochs N         passes over the training data (default 7)
  --min-count N      features seen fewer than N times on the oracle's paths are never learned (default 20)
  --prune-sweep LIST also report section size and dev scores at these --prune values ("2,3,4")
  --bits, --prune (default 2.5), --name, --version, --out as above

lede train relations --out FILE: the typed-relation classifier (member_of, lives_in, located_in,
based_in, killed; averaged perceptron over candidate entity pairs) on CoNLL04 train, with the epoch and
the bias against "no relation" chosen on CoNLL04 dev, writing a model file with the "relations" section.
  --model PATH       the model whose POS tagger and parser read the data (default: the build's)
  --data FILE        training data (default DIR/conll04/train.txt)
  --dev FILE         dev data (default DIR/conll04/dev.txt)
  --epochs N         at most N passes (default 20); the best on dev is kept
  --runs N           train N times apart, in the orders of --shuffle-seed (default 1), +1, ..., each
                     keeping its best epoch, and average the weights (default 1)
  --bits (default 16), --prune (default 0), --min-count (default 1), --name, --version, --out as above
)";

struct Corpora {
  std::vector<learn::TaggedSentence> train;
  std::vector<learn::TaggedSentence> dev;
};

bool append_corpus(const std::string& path, std::vector<learn::TaggedSentence>& into) {
  std::string error;
  auto sentences = read_tagged_files(path, error);
  if (!sentences) {
    std::fprintf(stderr, "lede train pos: %s: %s\n", path.c_str(), error.c_str());
    return false;
  }
  for (auto& sentence : *sentences) into.push_back(std::move(sentence));
  return true;
}

int train_pos(const Arguments& args) {
  const std::optional<std::string> out = args.value("--out").value_or(LEDE_DEFAULT_MODEL);
  const std::string data = args.value("--data-dir").value_or("../shared/data");
  learn::PosTrainingOptions options;
  options.epochs = std::atoi(args.value("--epochs").value_or("8").c_str());
  options.quantization = quantization_options(args, "8", "1");
  if (options.epochs < 1 || options.epochs > 100 ||
      (options.quantization.weight_bits != 8 && options.quantization.weight_bits != 16)) {
    std::fprintf(stderr, "lede train pos: --epochs must be 1..100 and --bits 8 or 16\n");
    return 2;
  }
  options.progress = print_progress();
  Corpora corpora;
  if (!append_corpus(data + "/ud-ewt/en_ewt-ud-train.conllu", corpora.train) ||
      !append_corpus(data + "/gum/train", corpora.train) ||
      !append_corpus(data + "/ud-ewt/en_ewt-ud-dev.conllu", corpora.dev) ||
      !append_corpus(data + "/gum/dev", corpora.dev)) {
    return 1;
  }
  const learn::PosTrainingResult tagger = learn::train_pos(corpora.train, corpora.dev, options);
  learn::LemmaSectionStats lemma_stats;
  const std::vector<std::byte> lemmas = learn::train_lemma_section(corpora.train, tagger.hash_seed, lemma_stats);
  std::printf("lemmas: %zu rules, %zu exceptions, %zu bytes\n", lemma_stats.rules, lemma_stats.exceptions,
              lemma_stats.bytes);

  ModelBuilder builder;
  builder.add_section(pos::kPosSectionName, pos::kPosTemplateVersion, tagger.hash_seed, tagger.section);
  builder.add_section(pos::kLemmaSectionName, pos::kLemmaTemplateVersion, tagger.hash_seed, lemmas);
  const std::optional<std::size_t> file_size = write_model(builder, args, *out, "lede train pos");
  if (!file_size) return 1;
  std::printf("wrote %s (%zu bytes; pos section %zu, lemma section %zu)\n", out->c_str(), *file_size,
              tagger.section.size(), lemmas.size());
  std::printf(
      "{\"task\":\"train pos\",\"out\":\"%s\",\"bytes\":%zu,\"pos_section_bytes\":%zu,\"lemma_section_bytes\":%zu,"
      "\"dev_class_accuracy\":%.2f,\"dev_class_accuracy_float\":%.2f}\n",
      out->c_str(), *file_size, tagger.section.size(), lemmas.size(), tagger.dev_accuracy_quantized,
      tagger.dev_accuracy_float);
  return 0;
}

}  // namespace

int run_train(int argc, char** argv) {
  return run_task(
      argc, argv, "train", kTrainHelp, {"--help", "--gold-tags", "--tune-type-bias"},
      {"--data-dir", "--data", "--dev", "--lexicons", "--epochs", "--bits", "--prune", "--name", "--version", "--out",
       "--model", "--min-count", "--prune-sweep", "--extra", "--shuffle-seed", "--runs"},
      {{"pos", train_pos}, {"ner", train_ner}, {"parse", train_parse}, {"relations", train_relations}});
}

}  // namespace lede::cli
