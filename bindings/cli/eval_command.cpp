// `lede eval TASK --data PATH`: scores against annotated corpora; the last line printed is JSON.
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
#include "scoring/span_scoring.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

namespace lede::cli {
namespace {

constexpr const char* kEvalHelp = R"(usage: lede eval TASK --data PATH [options]

tasks:
  tokenize    rebuilds the raw text of CoNLL-U treebanks (UD EWT, GUM) from "# text" and SpaceAfter,
              tokenizes and splits it, and reports token and sentence precision, recall and F1
              (exact character spans; multiword tokens count as their words)
  pos         tags the given tokens of CoNLL-U treebanks with the model's POS tagger and reports UPOS,
              XPOS and lemma accuracy, for all words and apart for words in the tag dictionary (seen
              at least 3 times in training) and rare or unseen ones
  ner         tags CoNLL-2003 data (its given tokens, or with --raw its text through the tokenizer)
              with the model's NER and reports PER, ORG, LOC, MISC and micro precision, recall and F1
              (exact spans, conlleval rules)
  parse       parses the given tokens of CoNLL-U treebanks with the model's parser, on the POS model's
              predicted tags (--gold-tags: the treebank's), and reports UAS and LAS (punctuation
              included, and without it) and P/R/F1 of nsubj, nsubj:pass, obj, obl, nmod, appos, conj,
              compound and flat
  resolve     analyzes CoNLL-U documents with coreference (GUM's Entity= brackets) on their given tokens
              and scores the entities of gold chains that have a proper-name mention: MUC and B-cubed
              over their names, names and pronouns, and all mentions, and pairwise precision and recall
              of name-to-name links (--errors N prints wrong and missed links)
  relations   analyzes CoNLL04 sentences (../shared/data/conll04) on their given tokens and reports strict
              micro precision, recall and F1 per relation type (Work_For, Live_In, Located_In,
              OrgBased_In, Kill): end to end (entity spans and types and the relation type must match;
              a PERSON is widened over the honorifics and a "President" right before it, which CoNLL04
              spans include), and with the gold entities given (relation errors alone)
  doc         analyzes the gold articles (lede/1 JSON, e.g. tests/gold) with their dates and reports
              precision, recall and F1 per mention type (exact UTF-16 span and type), micro over all
              types and over the name types, and on the CoNLL-2003 mapping (PER, ORG, LOC, MISC)

options:
  --data PATH   a .conllu file, or a directory of them (doc: a directory of .json files)
  --errors N    also print up to N missed and N spurious spans with their context (tokenize, ner, doc,
                relations;
                resolve: N wrong and N missed name links, with the predicted mentions standing for
                the two names, their types, and the gold and predicted entity numbers)
  --raw         ner: score the raw-text path on character spans
  --gold-tags   parse: parse on the treebank's tags and lemmas instead of predicted ones
  --model PATH  the model file (pos, parse, ner, doc, resolve; default: the build's model)
  --no-model    rules only
  --help        this text

The last line of the output is a JSON summary.
)";

void print_examples(const char* label, const std::vector<scoring::Span>& spans, const std::string& text,
                    std::size_t limit) {
  for (std::size_t i = 0; i < spans.size() && i < limit; ++i) {
    const auto [start, end] = spans[i];
    const std::size_t from = start >= 20 ? start - 20 : 0;
    std::string context = text.substr(from, std::min<std::size_t>(end + 20, text.size()) - from);
    for (char& c : context) {
      if (c == '\n') c = ' ';
    }
    std::printf("  %s [%s] in ...%s...\n", label, text.substr(start, end - start).c_str(), context.c_str());
  }
}

int eval_tokenize(const Arguments& args) {
  const char* command = "lede eval tokenize";
  const auto data = required_value(args, "--data", "PATH", command);
  if (!data) return 2;
  const std::size_t limit = error_limit(args);
  const auto files = input_files(*data, ".conllu", command);
  if (!files) return 1;
  scoring::Prf tokens;
  scoring::Prf sentences;
  const bool all_read = for_each_input(*files, command, [&](const std::string& path, const std::string& content) {
    for (const Document& gold : read_conllu_file(command, path, content)) {
      Document predicted(gold.text());
      text::tokenize(predicted);
      text::split_sentences(predicted);
      const auto score = [&](const char* what, const std::vector<scoring::Span>& truth,
                             const std::vector<scoring::Span>& guess, scoring::Prf& scores) {
        std::vector<scoring::Span> missed;
        std::vector<scoring::Span> spurious;
        scoring::score_spans(truth, guess, scores, &missed, &spurious);
        print_examples((std::string(what) + " missed").c_str(), missed, gold.text(), limit);
        print_examples((std::string(what) + " spurious").c_str(), spurious, gold.text(), limit);
      };
      score("token", scoring::token_spans(gold), scoring::token_spans(predicted), tokens);
      score("sentence", scoring::sentence_spans(gold), scoring::sentence_spans(predicted), sentences);
    }
  });
  if (!all_read) return 1;
  std::printf("data: %s (%zu file%s)\n", data->c_str(), files->size(), files->size() == 1 ? "" : "s");
  print_prf_row(0, 10, "tokens", tokens, RowCounts::GoldPredicted);
  print_prf_row(0, 10, "sentences", sentences, RowCounts::GoldPredicted);
  std::printf("{\"task\":\"tokenize\",\"tokens\":%s,\"sentences\":%s}\n", prf_json(tokens).c_str(),
              prf_json(sentences).c_str());
  return 0;
}

}  // namespace

int run_eval(int argc, char** argv) {
  return run_task(argc, argv, "eval", kEvalHelp, {"--help", "--raw", "--gold-tags", kNoModelFlag},
                  {"--data", "--errors", kModelOption},
                  {{"tokenize", eval_tokenize},
                   {"pos", eval_pos},
                   {"ner", eval_ner},
                   {"doc", eval_doc},
                   {"parse", eval_parse},
                   {"resolve", eval_resolve},
                   {"relations", eval_relations}});
}

}  // namespace lede::cli
