// Indirect speech: claims reported without quote marks, kept as quotes with "indirect": true and the
// claim's words as their span. Forms (Pareti's content spans, simplified to one clause per cue):
//   X said (that) CLAIM.            the claim follows the verb: "that", or a clause with its own verb
//   X told reporters that CLAIM.    a hearer verb needs "that"
//   CLAIM, X said. / CLAIM, said X. the claim before a comma, the cue ending the sentence
//   According to X, CLAIM. / CLAIM, according to X.
// A claim never holds a direct quote: the cue verbs of direct quotes are skipped, and a claim that runs
// into a quote ends at the "and"/"but" before it (or is left to the quote when there is none).
#pragma once

#include <cstdint>
#include <vector>

#include "events/quote_attribution.hpp"
#include "lede/document.hpp"

namespace lede::events {

// `direct_cues` are the cue tokens of the direct quotes, sorted.
std::vector<AttributedQuote> find_reported_speech(const Document& document, const std::vector<std::int32_t>& mention_at,
                                                  const std::vector<std::uint32_t>& direct_cues);

}  // namespace lede::events
