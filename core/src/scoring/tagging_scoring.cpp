#include "scoring/tagging_scoring.hpp"

#include <string_view>
#include <vector>

#include "document/pos_tags.hpp"
#include "learn/tagged_corpus.hpp"
#include "learn/treebank.hpp"

namespace lede::scoring {
namespace {

bool is_content_upos(std::uint8_t upos) {
  const std::string_view name = lede::upos_name(upos);
  return name == "NOUN" || name == "VERB" || name == "ADJ";
}

}  // namespace

void score_pos(const Document& document, const pos::PosTagger& tagger, PosScores& scores) {
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

void score_parse(const Document& document, ParseScores& scores) {
  const std::vector<learn::TreebankSentence> gold = learn::treebank_sentences(document, false);
  for (std::size_t s = 0; s < gold.size() && s < document.sentences.size(); ++s) {
    ++scores.sentences;
    const std::uint32_t begin = document.sentences[s].token_begin;
    for (std::size_t i = 0; i < gold[s].heads.size(); ++i) {
      if (gold[s].heads[i] == learn::kUnknownHead) continue;
      const std::size_t t = begin + i;
      const std::int32_t predicted_head =
          document.heads[t] < 0 ? -1 : document.heads[t] - static_cast<std::int32_t>(begin);
      const bool head_right = predicted_head == gold[s].heads[i];
      const std::uint8_t gold_label = gold[s].labels[i];
      const std::uint8_t predicted_label = document.deprels[t];
      const bool label_right = predicted_label == gold_label;
      scores.all.add(head_right, label_right);
      if (gold_label != lede::kPunct) scores.without_punct.add(head_right, label_right);
      if (gold_label < lede::kDepLabelCount) ++scores.labels[gold_label].gold;
      if (predicted_label < lede::kDepLabelCount) ++scores.labels[predicted_label].predicted;
      if (head_right && label_right && gold_label < lede::kDepLabelCount) ++scores.labels[gold_label].correct;
    }
  }
}

}  // namespace lede::scoring
