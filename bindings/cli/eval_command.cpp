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
#include "span_scores.hpp"
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

std::vector<Span> token_spans(const Document& document) {
  std::vector<Span> spans;
  spans.reserve(document.tokens.size());
  for (const Token& token : document.tokens) spans.emplace_back(token.start, token.end);
  return spans;
}

std::vector<Span> sentence_spans(const Document& document) {
  std::vector<Span> spans;
  spans.reserve(document.sentences.size());
  for (const Sentence& sentence : document.sentences) {
    spans.emplace_back(document.sentence_start(sentence), document.sentence_end(sentence));
  }
  return spans;
}

void print_examples(const char* label, const std::vector<Span>& spans, const std::string& text, std::size_t limit) {
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
  const auto data = args.value("--data");
  if (!data) {
    std::fprintf(stderr, "lede eval tokenize: --data PATH is required\n");
    return 2;
  }
  std::size_t error_limit = 0;
  if (const auto errors = args.value("--errors")) error_limit = std::strtoul(errors->c_str(), nullptr, 10);
  std::string error;
  const std::vector<std::string> files = corpus_files(*data, ".conllu", error);
  if (files.empty()) {
    std::fprintf(stderr, "lede eval tokenize: %s\n", error.c_str());
    return 1;
  }
  SpanScores tokens;
  SpanScores sentences;
  for (const std::string& path : files) {
    const std::optional<std::string> content = read_input(path, "lede eval tokenize");
    if (!content) {
      return 1;
    }
    for (const Document& gold : corpus::read_conllu(*content)) {
      Document predicted(gold.text());
      text::tokenize(predicted);
      text::split_sentences(predicted);
      std::vector<Span> missed;
      std::vector<Span> spurious;
      score_spans(token_spans(gold), token_spans(predicted), tokens, &missed, &spurious);
      print_examples("token missed", missed, gold.text(), error_limit);
      print_examples("token spurious", spurious, gold.text(), error_limit);
      missed.clear();
      spurious.clear();
      score_spans(sentence_spans(gold), sentence_spans(predicted), sentences, &missed, &spurious);
      print_examples("sentence missed", missed, gold.text(), error_limit);
      print_examples("sentence spurious", spurious, gold.text(), error_limit);
    }
  }
  std::printf("data: %s (%zu file%s)\n", data->c_str(), files.size(), files.size() == 1 ? "" : "s");
  std::printf("tokens     P %6.2f  R %6.2f  F1 %6.2f  (gold %llu, predicted %llu)\n", tokens.precision(),
              tokens.recall(), tokens.f1(), static_cast<unsigned long long>(tokens.gold),
              static_cast<unsigned long long>(tokens.predicted));
  std::printf("sentences  P %6.2f  R %6.2f  F1 %6.2f  (gold %llu, predicted %llu)\n", sentences.precision(),
              sentences.recall(), sentences.f1(), static_cast<unsigned long long>(sentences.gold),
              static_cast<unsigned long long>(sentences.predicted));
  std::string summary = "{\"task\":\"tokenize\",\"tokens\":" + tokens.json() + ",\"sentences\":" + sentences.json() + "}";
  std::printf("%s\n", summary.c_str());
  return 0;
}

}  // namespace

int run_eval(int argc, char** argv) {
  if (argc < 3 || std::string(argv[2]) == "--help") {
    std::fputs(kEvalHelp, argc < 3 ? stderr : stdout);
    return argc < 3 ? 2 : 0;
  }
  const std::string task = argv[2];
  const Arguments args(argc, argv, 3, {"--help", "--raw", "--gold-tags", kNoModelFlag}, {"--data", "--errors", kModelOption});
  if (!args.ok()) {
    std::fprintf(stderr, "lede eval %s: %s\n", task.c_str(), args.error().c_str());
    return 2;
  }
  if (args.has("--help")) {
    std::fputs(kEvalHelp, stdout);
    return 0;
  }
  if (task == "tokenize") return eval_tokenize(args);
  if (task == "pos") return eval_pos(args);
  if (task == "ner") return eval_ner(args);
  if (task == "doc") return eval_doc(args);
  if (task == "parse") return eval_parse(args);
  if (task == "resolve") return eval_resolve(args);
  if (task == "relations") return eval_relations(args);
  std::fprintf(stderr, "lede eval: unknown task '%s' (see lede eval --help)\n", task.c_str());
  return 2;
}

}  // namespace lede::cli
