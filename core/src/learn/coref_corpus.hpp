// Gold coreference of GUM (CoNLL-U with "Entity=" brackets in MISC, CorefUD style), for `lede eval
// resolve`. Brackets open "(ID-etype-..." and close "ID)" on the words where a mention starts and ends,
// "(ID-...)" on a one-word mention; mentions of the same ID are one entity. Each mention's head is the
// word whose syntactic head lies outside it; a mention is a proper name when that head is PROPN, and a
// pronoun when it is one word among he, she, it, they and their other forms (the ones the resolver links).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lede/document.hpp"

namespace lede::learn {

struct GoldMention {
  std::uint32_t token_begin = 0;
  std::uint32_t token_end = 0;  // exclusive
  std::uint32_t cluster = 0;    // dense per document
  std::uint32_t head = 0;       // token index
  bool proper_name = false;
  bool pronoun = false;
};

struct CorefDocument {
  std::vector<GoldMention> mentions;  // sorted by start, longer first
  std::uint32_t cluster_count = 0;
  // Per cluster: GUM's Wikipedia identity ("Greece", "Coron%2C_Palawan"), what follows the bracket's
  // seventh hyphen, or empty. GUM gives some different clusters one identity (a town and its name used as
  // a word, a library in an author's affiliation and in the text); the evaluation counts wrong links
  // between such clusters apart.
  std::vector<std::string> identity;
  // Per token: an adjective, common noun, number or verb, i.e. a word that can make "Old Athens" or
  // "mainland Australia" another referent than "Athens" or "Australia".
  std::vector<bool> descriptive;
};

// The gold mentions of a document read by corpus::read_conllu (its source_lines are the word lines).
CorefDocument gum_coreference(const Document& conllu);

}  // namespace lede::learn
