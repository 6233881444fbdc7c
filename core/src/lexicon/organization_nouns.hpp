// The head nouns by which news refers back to an organization without its name: a business ("the
// company said", "the lender's board") or a public body ("the ministry said in a statement"). Shared by
// the events stage (who "the company" that speaks is) and the resolve stage (an "its" that "the company"
// stands closer to than any name).
#pragma once

#include <string_view>

#include "text/word_lists.hpp"

namespace lede::lexicon {

// `lower` is lowercase.
inline bool is_business_noun(std::string_view lower) {
  return text::is_one_of(lower, {"company",   "firm",         "group",       "bank",        "lender",       "carrier",
                                 "airline",   "insurer",      "retailer",    "chipmaker",   "automaker",    "carmaker",
                                 "startup",   "conglomerate", "broadcaster", "corporation", "manufacturer", "operator",
                                 "developer", "producer",     "exporter",    "importer",    "utility"});
}

inline bool is_public_body_noun(std::string_view lower) {
  return text::is_one_of(lower, {"ministry", "agency", "commission", "regulator", "authority", "council", "court",
                                 "department", "government", "police", "army", "party", "assembly", "parliament",
                                 "senate", "office", "committee", "board"});
}

}  // namespace lede::lexicon
