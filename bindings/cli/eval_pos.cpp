// `lede eval pos`: UPOS, XPOS and lemma accuracy of the model's tagger on gold CoNLL-U, with the given
// tokens, for all words and apart for words in and out of the tag dictionary.
#include <cstdio>
#include <string>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus/conll_readers.hpp"
#include "corpus_files.hpp"
#include "file_io.hpp"
#include "model_loading.hpp"
#include "pos/pos_tagger.hpp"
#include "scoring/tagging_scoring.hpp"

namespace lede::cli {
namespace {

std::string accuracy_json(const scoring::Accuracy& accuracy) {
  char text[96];
  std::snprintf(text, sizeof text, "{\"accuracy\":%.2f,\"words\":%zu}", accuracy.percent(), accuracy.total);
  return text;
}

}  // namespace

int eval_pos(const Arguments& args) {
  const char* command = "lede eval pos";
  const auto data = required_value(args, "--data", "PATH", command);
  if (!data) return 2;
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
  const auto files = input_files(*data, ".conllu", command);
  if (!files) return 1;
  scoring::PosScores scores;
  const bool all_read = for_each_input(*files, command, [&](const std::string& path, const std::string& content) {
    for (Document& document : read_conllu_file(command, path, content)) {
      analyzer->run_stage(Stage::Pos, document, AnalyzeOptions{});
      scoring::score_pos(document, *tagger, scores);
    }
  });
  if (!all_read) return 1;
  std::printf("data: %s (%zu file%s), model %s %s\n", data->c_str(), files->size(), files->size() == 1 ? "" : "s",
              analyzer->model_info().name.c_str(), analyzer->model_info().version.c_str());
  std::printf("UPOS   %6.2f  (%zu words)\n", scores.upos.percent(), scores.upos.total);
  std::printf("XPOS   %6.2f\n", scores.xpos.percent());
  std::printf("lemma  %6.2f  (nouns, verbs, adjectives: %.2f)\n", scores.lemma.percent(),
              scores.content_lemma.percent());
  std::printf("UPOS of words in the tag dictionary %6.2f (%zu), of rare or unseen words %6.2f (%zu)\n",
              scores.known_upos.percent(), scores.known_upos.total, scores.unknown_upos.percent(),
              scores.unknown_upos.total);
  std::printf(
      "{\"task\":\"pos\",\"upos\":%s,\"xpos\":%s,\"lemma\":%s,\"content_lemma\":%s,\"known_upos\":%s,\"unknown_upos\":%"
      "s}\n",
      accuracy_json(scores.upos).c_str(), accuracy_json(scores.xpos).c_str(), accuracy_json(scores.lemma).c_str(),
      accuracy_json(scores.content_lemma).c_str(), accuracy_json(scores.known_upos).c_str(),
      accuracy_json(scores.unknown_upos).c_str());
  return 0;
}

}  // namespace lede::cli
