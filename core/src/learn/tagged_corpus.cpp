#include "learn/tagged_corpus.hpp"

#include "corpus/conll_readers.hpp"
#include "document/pos_tags.hpp"

namespace lede::learn {

std::string_view tab_column(std::string_view line, int index) {
  for (int i = 0; i < index; ++i) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return {};
    line.remove_prefix(tab + 1);
  }
  return line.substr(0, line.find('\t'));
}

std::vector<TaggedSentence> tagged_sentences(const Document& document) {
  std::vector<TaggedSentence> sentences;
  const bool has_lines = document.source_lines.size() == document.tokens.size();
  for (const Sentence& sentence : document.sentences) {
    TaggedSentence tagged;
    for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const std::string_view line = has_lines ? std::string_view(document.source_lines[t]) : std::string_view();
      const auto xpos = xpos_from_name(tab_column(line, 4));
      const auto upos = upos_from_name(tab_column(line, 3));
      const bool tagged_word = xpos && upos;
      tagged.forms.emplace_back(document.token_text(t));
      tagged.lemmas.emplace_back(tagged_word ? tab_column(line, 2) : document.token_text(t));
      tagged.xpos.push_back(tagged_word ? *xpos : kNoTag);
      tagged.upos.push_back(tagged_word ? *upos : kNoTag);
    }
    sentences.push_back(std::move(tagged));
  }
  return sentences;
}

std::vector<TaggedSentence> read_tagged_conllu(std::string_view content) {
  std::vector<TaggedSentence> sentences;
  for (const Document& document : corpus::read_conllu(content)) {
    for (TaggedSentence& sentence : tagged_sentences(document)) sentences.push_back(std::move(sentence));
  }
  return sentences;
}

}  // namespace lede::learn
