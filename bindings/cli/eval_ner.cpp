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
#include "learn/ner_corpus.hpp"
#include "lede/export.hpp"
#include "model_loading.hpp"
#include "span_scores.hpp"

namespace lede::cli {
namespace {

constexpr std::array<const char*, 4> kTypes = {"PER", "ORG", "LOC", "MISC"};

using TypedSpans = std::array<std::vector<Span>, kTypes.size()>;

int type_index(std::string_view label) {
  for (std::size_t i = 0; i < kTypes.size(); ++i) {
    if (label == kTypes[i]) return static_cast<int>(i);
  }
  return -1;
}

// Predicted names of a document, as token spans (tokens) or character spans (raw).
TypedSpans predicted_spans(const Document& document, bool characters) {
  TypedSpans spans;
  for (const Mention& mention : conll2003_names(document)) {
    const int type = type_index(conll2003_label(mention.type));
    if (type < 0) continue;
    if (characters) {
      spans[type].emplace_back(document.mention_start(mention), document.mention_end(mention));
    } else {
      spans[type].emplace_back(mention.token_begin, mention.token_end);
    }
  }
  return spans;
}

TypedSpans gold_spans(const Document& conll, bool characters) {
  TypedSpans spans;
  const learn::NerDocument gold = learn::ner_document(conll, /*split_hyphens=*/characters);
  for (std::size_t s = 0; s < gold.sentences.size(); ++s) {
    const learn::NerSentence& sentence = gold.sentences[s];
    for (const ner::NamedSpan& name : sentence.names) {
      const int type = static_cast<int>(name.type);
      if (characters) {
        spans[type].emplace_back(sentence.starts[name.begin],
                                 sentence.starts[name.end - 1] + sentence.forms[name.end - 1].size());
      } else {
        const std::uint32_t offset = conll.sentences[s].token_begin;
        spans[type].emplace_back(offset + name.begin, offset + name.end);
      }
    }
  }
  return spans;
}

void print_errors(const char* label, const char* type, const std::vector<Span>& spans, const Document& document,
                  bool characters, std::size_t& budget) {
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
    std::printf("  %s %-4s [%s] in ...%s...\n", label, type, document.text().substr(start, stop - start).c_str(), context.c_str());
  }
}

}  // namespace

int eval_ner(const Arguments& args) {
  const auto data = args.value("--data");
  if (!data) {
    std::fprintf(stderr, "lede eval ner: --data PATH is required\n");
    return 2;
  }
  const bool raw = args.has("--raw");
  std::size_t error_budget = 0;
  if (const auto errors = args.value("--errors")) error_budget = 2 * std::strtoul(errors->c_str(), nullptr, 10);
  const std::optional<Analyzer> analyzer = analyzer_for(args, "eval ner");
  if (!analyzer) return 1;
  if (!analyzer->has_ner()) {
    std::fprintf(stderr, "lede eval ner: the model has no \"ner\" section (train one with lede train ner)\n");
    return 1;
  }
  std::string error;
  const std::vector<std::string> files = corpus_files(*data, ".txt", error);
  if (files.empty()) {
    std::fprintf(stderr, "lede eval ner: %s\n", error.c_str());
    return 1;
  }
  std::array<SpanScores, kTypes.size()> scores;
  std::size_t documents = 0;
  std::size_t tokens = 0;
  for (const std::string& path : files) {
    const std::optional<std::string> content = read_input(path, "lede eval ner");
    if (!content) {
      return 1;
    }
    for (const Document& conll : corpus::read_conll2003(*content)) {
      ++documents;
      tokens += conll.tokens.size();
      Document predicted = raw ? analyzer->analyze(conll.text()) : conll;
      if (!raw) {
        predicted.mentions.clear();
        analyzer->analyze_tokenized(predicted);
      }
      const TypedSpans gold = gold_spans(conll, raw);
      const TypedSpans guessed = predicted_spans(predicted, raw);
      for (std::size_t t = 0; t < kTypes.size(); ++t) {
        std::vector<Span> missed;
        std::vector<Span> spurious;
        score_spans(gold[t], guessed[t], scores[t], &missed, &spurious);
        print_errors("missed  ", kTypes[t], missed, predicted, raw, error_budget);
        print_errors("spurious", kTypes[t], spurious, predicted, raw, error_budget);
      }
    }
  }
  SpanScores micro;
  std::printf("data: %s (%zu documents, %zu tokens), %s\n", data->c_str(), documents, tokens,
              raw ? "raw text, character spans" : "given tokens, token spans");
  std::string types_json;
  for (std::size_t t = 0; t < kTypes.size(); ++t) {
    micro.gold += scores[t].gold;
    micro.predicted += scores[t].predicted;
    micro.correct += scores[t].correct;
    std::printf("%-5s P %6.2f  R %6.2f  F1 %6.2f  (gold %llu, predicted %llu)\n", kTypes[t], scores[t].precision(),
                scores[t].recall(), scores[t].f1(), static_cast<unsigned long long>(scores[t].gold),
                static_cast<unsigned long long>(scores[t].predicted));
    types_json += std::string(t == 0 ? "" : ",") + "\"" + kTypes[t] + "\":" + scores[t].json();
  }
  std::printf("all   P %6.2f  R %6.2f  F1 %6.2f  (gold %llu, predicted %llu)\n", micro.precision(), micro.recall(),
              micro.f1(), static_cast<unsigned long long>(micro.gold), static_cast<unsigned long long>(micro.predicted));
  std::printf("{\"task\":\"ner\",\"mode\":\"%s\",\"types\":{%s},\"micro\":%s}\n", raw ? "raw" : "tokens",
              types_json.c_str(), micro.json().c_str());
  return 0;
}

}  // namespace lede::cli
