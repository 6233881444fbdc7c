// `lede eval pos`: UPOS, XPOS and lemma accuracy of the model's tagger on gold CoNLL-U, with the given
// tokens, for all words and apart for words in and out of the tag dictionary.
#include <cstdio>
#include <string>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus/conll_readers.hpp"
#include "corpus_files.hpp"
#include "file_io.hpp"
#include "learn/tagged_corpus.hpp"
#include "model_loading.hpp"
#include "pos/pos_tagger.hpp"
#include "document/pos_tags.hpp"

namespace lede::cli {
namespace {

struct Accuracy {
  std::size_t correct = 0;
  std::size_t total = 0;
  void add(bool right) {
    correct += right ? 1 : 0;
    ++total;
  }
  double percent() const { return total == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / static_cast<double>(total); }
  std::string json() const {
    char text[96];
    std::snprintf(text, sizeof text, "{\"accuracy\":%.2f,\"words\":%zu}", percent(), total);
    return text;
  }
};

struct PosScores {
  Accuracy upos, xpos, lemma, content_lemma, known_upos, unknown_upos;
};

bool is_content_upos(std::uint8_t upos) {
  const std::string_view name = lede::upos_name(upos);
  return name == "NOUN" || name == "VERB" || name == "ADJ";
}

void score_document(const Analyzer& analyzer, const pos::PosTagger& tagger, Document& document, PosScores& scores) {
  analyzer.run_stage(Stage::Pos, document, AnalyzeOptions{});
  std::size_t t = document.sentences.empty() ? 0 : document.sentences.front().token_begin;
  for (const learn::TaggedSentence& gold : learn::tagged_sentences(document)) {
    for (std::size_t i = 0; i < gold.forms.size(); ++i, ++t) {
      if (gold.xpos[i] == lede::kNoTag) continue;  // a multiword token kept whole: no gold tag to compare
      const bool upos_right = document.upos[t] == gold.upos[i];
      scores.upos.add(upos_right);
      scores.xpos.add(document.xpos[t] == gold.xpos[i]);
      const bool lemma_right = document.lemma(t) == gold.lemmas[i];
      scores.lemma.add(lemma_right);
      if (is_content_upos(gold.upos[i])) scores.content_lemma.add(lemma_right);
      (tagger.in_dictionary(gold.forms[i]) ? scores.known_upos : scores.unknown_upos).add(upos_right);
    }
  }
}

}  // namespace

int eval_pos(const Arguments& args) {
  const auto data = args.value("--data");
  if (!data) {
    std::fprintf(stderr, "lede eval pos: --data PATH is required\n");
    return 2;
  }
  const std::optional<Analyzer> analyzer = analyzer_for(args, "eval pos");
  if (!analyzer) return 1;
  std::string error;
  const std::optional<pos::PosTagger> tagger =
      analyzer->model_file() ? pos::PosTagger::load(*analyzer->model_file(), error) : std::nullopt;
  if (!tagger) {
    std::fprintf(stderr, "lede eval pos: the model has no POS tagger (%s); train one with lede train pos\n",
                 error.empty() ? "no model file" : error.c_str());
    return 1;
  }
  const std::vector<std::string> files = corpus_files(*data, ".conllu", error);
  if (files.empty()) {
    std::fprintf(stderr, "lede eval pos: %s\n", error.c_str());
    return 1;
  }
  PosScores scores;
  for (const std::string& path : files) {
    const std::optional<std::string> content = read_input(path, "lede eval pos");
    if (!content) {
      return 1;
    }
    for (Document& document : corpus::read_conllu(*content)) score_document(*analyzer, *tagger, document, scores);
  }
  std::printf("data: %s (%zu file%s), model %s %s\n", data->c_str(), files.size(), files.size() == 1 ? "" : "s",
              analyzer->model_info().name.c_str(), analyzer->model_info().version.c_str());
  std::printf("UPOS   %6.2f  (%zu words)\n", scores.upos.percent(), scores.upos.total);
  std::printf("XPOS   %6.2f\n", scores.xpos.percent());
  std::printf("lemma  %6.2f  (nouns, verbs, adjectives: %.2f)\n", scores.lemma.percent(), scores.content_lemma.percent());
  std::printf("UPOS of words in the tag dictionary %6.2f (%zu), of rare or unseen words %6.2f (%zu)\n",
              scores.known_upos.percent(), scores.known_upos.total, scores.unknown_upos.percent(), scores.unknown_upos.total);
  std::printf("{\"task\":\"pos\",\"upos\":%s,\"xpos\":%s,\"lemma\":%s,\"content_lemma\":%s,\"known_upos\":%s,\"unknown_upos\":%s}\n",
              scores.upos.json().c_str(), scores.xpos.json().c_str(), scores.lemma.json().c_str(),
              scores.content_lemma.json().c_str(), scores.known_upos.json().c_str(), scores.unknown_upos.json().c_str());
  return 0;
}

}  // namespace lede::cli
