#include "scoring/span_scoring.hpp"

namespace lede::scoring {

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

}  // namespace lede::scoring
