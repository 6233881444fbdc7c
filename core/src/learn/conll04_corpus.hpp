// The CoNLL04 entity and relation corpus (Roth & Yih 2004) in the tab-separated form of
// ../shared/data/conll04 (the multi-head selection layout of Bekoulis et al. 2018): "#doc N" starts a
// sentence; each token line holds its index, form, BIO entity tag (Peop, Loc, Org, Other), a list of
// relation labels and a list of head token indices. A relation is written on the last token of its
// subject and points at the last token of its object; "N" means none.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "learn/ner_corpus.hpp"
#include "lede/document.hpp"
#include "relations/relation_kinds.hpp"

namespace lede::learn {

struct Conll04Entity {
  std::uint32_t begin = 0;  // token indices within the sentence
  std::uint32_t end = 0;    // exclusive
  std::string label;        // "Peop", "Loc", "Org", "Other"
};

struct Conll04Relation {
  std::uint32_t subject = 0;  // indices into Conll04Sentence::entities
  std::uint32_t object = 0;
  relations::RelationKind kind = relations::RelationKind::None;
};

struct Conll04Sentence {
  std::string id;  // the "#doc" line's number
  std::vector<std::string> forms;
  std::vector<Conll04Entity> entities;
  std::vector<Conll04Relation> relations;
};

// Reads the sentences; malformed lines are skipped, relations whose ends are not entity ends dropped.
std::vector<Conll04Sentence> read_conll04(std::string_view content);

// The entity type a CoNLL04 label stands for in our scheme: Peop -> PERSON, Org -> ORG, Loc -> GPE
// (a place: the classifier's argument type), Other -> MISC.
EntityType conll04_entity_type(std::string_view label);

// A one-sentence document over the given tokens (the text is the forms joined by spaces), ready for
// Analyzer::analyze_tokenized or its single stages.
Document conll04_document(const Conll04Sentence& sentence);

// A CoNLL04 sentence as NER training data in CoNLL-2003's scheme: Peop -> PER, Org -> ORG, Loc -> LOC.
// Its "Other" spans (dates, numbers, events, nationalities, works: neither O nor MISC here) are left
// unlabeled. Persons lose the titles and honorifics CoNLL04 puts inside them ("President Bush", "Mrs.
// Higgins", "Texas Gov. Ann Richards" -> the name), which our names exclude (titles.tsv); "James Earl
// Ray" keeps its "Earl". A span with a common noun inside ("Phnom Penh government", "Sahara desert": 34 of
// 2,945 on the train split) is left unlabeled too.
// Measured on the dev splits (scripts/train.sh): teaching Other as outside, or also leaving unlabeled the
// demonyms or every capitalized word outside the entities (CoNLL04 has no MISC), did no better; leaving
// the common-noun spans unlabeled gave the gold articles (tests/gold) 1.1 points of name F1 over five
// shuffle seeds.
NerSentence conll04_ner_sentence(const Conll04Sentence& sentence);

// All sentences of a CoNLL04 file as one-sentence NER documents.
std::vector<NerDocument> read_ner_conll04(std::string_view content);

}  // namespace lede::learn
