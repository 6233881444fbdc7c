#include "scoring/ner_scoring.hpp"

#include <string_view>

#include "learn/ner_corpus.hpp"
#include "lede/export.hpp"

namespace lede::scoring {
namespace {

int type_index(std::string_view label) {
  for (std::size_t i = 0; i < kConll2003Types.size(); ++i) {
    if (label == kConll2003Types[i]) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

Conll2003Spans predicted_conll2003_spans(const Document& document, bool characters) {
  Conll2003Spans spans;
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

Conll2003Spans gold_conll2003_spans(const Document& conll, bool characters) {
  Conll2003Spans spans;
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

}  // namespace lede::scoring
