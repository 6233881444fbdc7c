// Joins the statistical names (PERSON, ORG, GPE, ...) with the rule layer's mentions (DATE, MONEY, ...)
// into one sorted, non-overlapping list. A name wins over a rule mention it overlaps: the tagger saw the
// context ("the 1996 Olympics" is an EVENT, not a DATE inside one) — unless the rule mention covers the
// whole name ("Tuesday, April 24th 2018" stays one DATE rather than yielding to a PERSON "April").
#pragma once

#include <vector>

#include "lede/document.hpp"

namespace lede::ner {

// `named` and `rules` each sorted and non-overlapping. Mentions of rule types in `named` are dropped
// first, so running the entities stage twice gives the same result. The names a rule mention covers go
// to `covered` when given (Document::nested_names).
std::vector<Mention> merge_mentions(const std::vector<Mention>& named, const std::vector<Mention>& rules,
                                    std::vector<Mention>* covered = nullptr);

// The entities stage: the names with TITLE mentions added and names cut around them
// (title_recognizer.hpp), then merged with the rule mentions as above. A title wins over a rule
// mention it overlaps, as names do.
std::vector<Mention> merge_mentions(const Document& document, const std::vector<Mention>& named,
                                    const std::vector<Mention>& rules, std::vector<Mention>* covered = nullptr);

}  // namespace lede::ner
