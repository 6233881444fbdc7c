// Gold dependency trees from a .conllu file or a directory of them (`lede train parse`, `lede eval
// parse`), with the tags and lemmas the parser will see: the treebank's own, or the POS model's.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "learn/treebank.hpp"
#include "lede/analyzer.hpp"

namespace lede::cli {

// Reads every sentence of the files at `path`. With a `tagger` (an analyzer with a POS model), the
// sentences carry its predicted tags and lemmas; without, the treebank's gold ones.
std::optional<std::vector<learn::TreebankSentence>> read_treebank_files(const std::string& path, const Analyzer* tagger,
                                                                        std::string& error);

// Sets the POS layers of a Document read from CoNLL-U to the treebank's gold tags and lemmas.
void set_gold_pos_layers(Document& document);

}  // namespace lede::cli
