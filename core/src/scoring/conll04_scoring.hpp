// CoNLL04 sentences through the analyzer and the relation tuples they are scored by, shared by `lede eval
// relations` and the test that re-scores the shipped model against PROVENANCE.md.
//   end to end:     our NER finds the entities; a relation is right when both entities' spans and types
//                   and the relation type match the gold ones (the strict measure of Miwa & Bansal 2016
//                   and Bekoulis et al. 2018). CoNLL04 puts honorifics and "President" inside person
//                   spans ("President Bush", "Mrs. Higgins") but mostly not other titles ("Sen.", "Gov.",
//                   "Foreign Minister": counted on its train split), so a PERSON is widened over the
//                   honorifics and a "President" TITLE right before it.
//   gold entities:  the gold entities are given as the mentions; only relation errors remain.
// Types map so: member_of -> Work_For, lives_in -> Live_In, located_in -> Located_In,
// based_in -> OrgBased_In, killed -> Kill; PERSON -> Peop, ORG -> Org, GPE/LOC/FAC -> Loc.
#pragma once

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "learn/conll04_corpus.hpp"
#include "lede/analyzer.hpp"
#include "scoring/labeled_scoring.hpp"

namespace lede::scoring {

using learn::Conll04Sentence;

// The full pipeline over the sentence's tokens.
Document analyze_conll04_end_to_end(const Analyzer& analyzer, const Conll04Sentence& sentence);

// POS and parse, then the gold entities as the mentions (types by conll04_entity_type), then the
// resolve and relations stages.
Document analyze_conll04_gold_entities(const Analyzer& analyzer, const Conll04Sentence& sentence);

// subject begin, end, CoNLL04 type; object begin, end, type; relation label (token spans of the sentence).
using RelationTuple =
    std::tuple<std::uint32_t, std::uint32_t, std::string, std::uint32_t, std::uint32_t, std::string, std::string>;

// "Peop", "Org", "Loc", or "Other".
std::string conll04_type(EntityType type);

// A mention's token span as CoNLL04 draws it (a person widened as above).
std::pair<std::uint32_t, std::uint32_t> conll04_span(const Document& document, std::size_t mention);

// The document's relations that have a CoNLL04 label, as tuples (pronoun arguments left out).
std::set<RelationTuple> predicted_relation_tuples(const Document& document);
std::set<RelationTuple> gold_relation_tuples(const Conll04Sentence& sentence);

// Strict micro scores per CoNLL04 relation label, and over all of them.
inline constexpr std::array<const char*, 5> kConll04RelationLabels = {"Work_For", "Live_In", "Located_In",
                                                                      "OrgBased_In", "Kill"};
using Conll04RelationScores = LabeledScores<kConll04RelationLabels.size()>;
void score_conll04_relations(const std::set<RelationTuple>& gold, const std::set<RelationTuple>& predicted,
                             Conll04RelationScores& scores);

// The entities alone, as (begin, end, CoNLL04 type) token spans: the gold ones but "Other" (whose types
// differ from our MISC), and the document's non-pronoun mentions of type Peop, Org or Loc (persons widened
// as above).
using EntityTuple = std::tuple<std::uint32_t, std::uint32_t, std::string>;
std::set<EntityTuple> gold_entity_tuples(const Conll04Sentence& sentence);
std::set<EntityTuple> predicted_entity_tuples(const Document& document);

}  // namespace lede::scoring
