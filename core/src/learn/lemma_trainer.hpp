// Learns the "pos.lemmas" section (see pos/lemmatizer.hpp) from gold-tagged sentences: suffix rules per
// XPOS from every distinct (word, tag, lemma), then, as exceptions, the words those rules get wrong.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "learn/tagged_corpus.hpp"

namespace lede::learn {

struct LemmaSectionStats {
  std::size_t rules = 0;
  std::size_t exceptions = 0;
  std::size_t bytes = 0;
};

std::vector<std::byte> train_lemma_section(const std::vector<TaggedSentence>& sentences, std::uint64_t seed,
                                           LemmaSectionStats& stats);

}  // namespace lede::learn
