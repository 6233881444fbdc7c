#include "treebank_files.hpp"

#include "corpus/conll_readers.hpp"
#include "corpus_files.hpp"
#include "document/pos_tags.hpp"
#include "learn/tagged_corpus.hpp"

namespace lede::cli {

std::optional<std::vector<learn::TreebankSentence>> read_treebank_files(const std::string& path, const Analyzer* tagger,
                                                                        std::string& error) {
  std::vector<learn::TreebankSentence> sentences;
  const bool all_read = for_each_corpus_file(path, ".conllu", error, [&](const std::string& content) {
    for (Document& document : corpus::read_conllu(content)) {
      if (tagger != nullptr) tagger->run_stage(Stage::Pos, document, AnalyzeOptions{});
      for (learn::TreebankSentence& sentence : learn::treebank_sentences(document, tagger != nullptr)) {
        sentences.push_back(std::move(sentence));
      }
    }
  });
  if (!all_read) return std::nullopt;
  return sentences;
}

void set_gold_pos_layers(Document& document) {
  const std::size_t token_count = document.tokens.size();
  document.upos.assign(token_count, lede::kNoTag);
  document.xpos.assign(token_count, lede::kNoTag);
  document.lemma_text.clear();
  document.lemma_ends.assign(token_count, 0);
  std::size_t t = 0;
  for (const learn::TaggedSentence& sentence : learn::tagged_sentences(document)) {
    for (std::size_t i = 0; i < sentence.forms.size() && t < token_count; ++i, ++t) {
      document.upos[t] = sentence.upos[i];
      document.xpos[t] = sentence.xpos[i];
      document.lemma_text += sentence.lemmas[i];
      document.lemma_ends[t] = static_cast<std::uint32_t>(document.lemma_text.size());
    }
  }
}

}  // namespace lede::cli
