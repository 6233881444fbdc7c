// `lede eval ner --data FILE [--raw]`: exact-span precision, recall and F1 of PER, ORG, LOC and MISC on
// CoNLL-2003 data, by the conlleval rules (IOB chunks; a name is correct iff both ends and the type
// match), through the same Analyzer as `lede analyze` (fine types mapped back with conll2003_label).
//   default: the given tokens and sentences (as `--input conll2003`), names compared as token spans;
//   --raw:   the documents' text (tokens joined by spaces, sentences by newlines) through the full text
//            path (tokenizer, sentence splitter), names compared as character spans; the gold names
//            follow the runtime's hyphen convention ("German-born" MISC -> "German").
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus/conll_readers.hpp"
#include "corpus_files.hpp"
#include "file_io.hpp"
#include "model_loading.hpp"
#include "score_report.hpp"
#include "scoring/ner_scoring.hpp"

namespace lede::cli {
namespace {

using scoring::kConll2003Types;

void print_errors(const char* label, const char* type, const std::vector<scoring::Span>& spans,
                  const Document& document, bool characters, std::size_t& budget) {
  for (const auto& [begin, end] : spans) {
    if (budget == 0) return;
    --budget;
    const std::uint32_t start = characters ? begin : document.tokens[begin].start;
    const std::uint32_t stop = characters ? end : document.tokens[end - 1].end;
    const std::uint32_t from = start >= 30 ? start - 30 : 0;
    std::string context = document.text().substr(from, std::min<std::size_t>(stop + 30, document.text().size()) - from);
    for (char& c : context) {
      if (c == '\n') c = ' ';
    }
    std::printf("  %s %-4s [%s] in ...%s...\n", label, type, document.text().substr(start, stop - start).c_str(),
                context.c_str());
  }
}

}  // namespace

int eval_ner(const Arguments& args) {
  const char* command = "lede eval ner";
  const auto data = required_value(args, "--data", "PATH", command);
  if (!data) return 2;
  const bool raw = args.has("--raw");
  std::size_t error_budget = 2 * error_limit(args);
  const std::optional<Analyzer> analyzer = analyzer_for(args, "eval ner");
  if (!analyzer) return 1;
  if (!analyzer->has_ner()) {
    std::fprintf(stderr, "lede eval ner: the model has no \"ner\" section (train one with lede train ner)\n");
    return 1;
  }
  const auto files = input_files(*data, ".txt", command);
  if (!files) return 1;
  std::array<scoring::Prf, kConll2003Types.size()> scores;
  std::size_t documents = 0;
  std::size_t tokens = 0;
  const bool all_read = for_each_input(*files, command, [&](const std::string& path, const std::string& content) {
    for (const Document& conll : read_conll2003_file(command, path, content)) {
      ++documents;
      tokens += conll.tokens.size();
      Document predicted = raw ? analyzer->analyze(conll.text()) : conll;
      if (!raw) {
        predicted.mentions.clear();
        analyzer->analyze_tokenized(predicted);
      }
      const scoring::Conll2003Spans gold = scoring::gold_conll2003_spans(conll, raw);
      const scoring::Conll2003Spans guessed = scoring::predicted_conll2003_spans(predicted, raw);
      for (std::size_t t = 0; t < kConll2003Types.size(); ++t) {
        std::vector<scoring::Span> missed;
        std::vector<scoring::Span> spurious;
        scoring::score_spans(gold[t], guessed[t], scores[t], &missed, &spurious);
        print_errors("missed  ", kConll2003Types[t], missed, predicted, raw, error_budget);
        print_errors("spurious", kConll2003Types[t], spurious, predicted, raw, error_budget);
      }
    }
  });
  if (!all_read) return 1;
  scoring::Prf micro;
  std::printf("data: %s (%zu documents, %zu tokens), %s\n", data->c_str(), documents, tokens,
              raw ? "raw text, character spans" : "given tokens, token spans");
  std::string types_json;
  for (std::size_t t = 0; t < kConll2003Types.size(); ++t) {
    micro += scores[t];
    print_prf_row(0, 5, kConll2003Types[t], scores[t], RowCounts::GoldPredicted);
    types_json += std::string(t == 0 ? "" : ",") + "\"" + kConll2003Types[t] + "\":" + prf_json(scores[t]);
  }
  print_prf_row(0, 5, "all", micro, RowCounts::GoldPredicted);
  std::printf("{\"task\":\"ner\",\"mode\":\"%s\",\"types\":{%s},\"micro\":%s}\n", raw ? "raw" : "tokens",
              types_json.c_str(), prf_json(micro).c_str());
  return 0;
}

}  // namespace lede::cli
