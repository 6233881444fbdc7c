#include "treebank_files.hpp"

#include "corpus/conll_readers.hpp"
#include "corpus_files.hpp"
#include "file_io.hpp"
#include "learn/tagged_corpus.hpp"
#include "document/pos_tags.hpp"

namespace lede::cli {

std::optional<std::vector<learn::TreebankSentence>> read_treebank_files(const std::string& path, const Analyzer* tagger,
                                                                        std::string& error) {
  const std::vector<std::string> files = corpus_files(path, ".conllu", error);
  if (files.empty()) return std::nullopt;
  std::vector<learn::TreebankSentence> sentences;
  for (const std::string& file : files) {
    const std::optional<std::string> content = read_file(file, error);
    if (!content) {
      error = file + ": " + error;
      return std::nullopt;
    }
    for (Document& document : corpus::read_conllu(*content)) {
      if (tagger != nullptr) tagger->run_stage(Stage::Pos, document, AnalyzeOptions{});
      for (learn::TreebankSentence& sentence : learn::treebank_sentences(document, tagger != nullptr)) {
        sentences.push_back(std::move(sentence));
      }
    }
  }
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
