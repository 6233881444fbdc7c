// Gold POS annotations of CoNLL-U corpora (UD EWT, GUM), read through corpus::read_conllu so that the
// words are exactly the tokens the runtime sees for `--input conllu`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lede/document.hpp"

namespace lede::learn {

struct TaggedSentence {
  std::vector<std::string> forms;
  std::vector<std::string> lemmas;
  std::vector<std::uint8_t> xpos;  // kNoTag where the corpus gives none (a multiword token kept whole)
  std::vector<std::uint8_t> upos;
};

// The gold layers of one Document read by corpus::read_conllu (from its source_lines), per sentence.
// Column `index` (0-based) of a tab-separated CoNLL line, empty when the line has fewer columns.
std::string_view tab_column(std::string_view line, int index);

std::vector<TaggedSentence> tagged_sentences(const Document& document);

// All sentences of a CoNLL-U text.
std::vector<TaggedSentence> read_tagged_conllu(std::string_view content);

}  // namespace lede::learn
