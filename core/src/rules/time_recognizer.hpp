// TIME: times of day. Choices for ambiguous forms (see also tests):
// - Clock times with what follows them: "10:30", "10:30 am", "5pm", "5 p.m.", "10:30 GMT",
//   "1500 GMT", "1500 hours", "12 noon", "five o'clock". A bare "1500" stays CARDINAL.
// - Parts of a day are TIME, with the day they belong to: "this morning", "last night", "tonight",
//   "yesterday afternoon", "Tuesday night", "early Tuesday morning" (OntoNotes does the same: a
//   TIME is anything smaller than a day). "Tuesday" alone is a DATE.
// - "noon", "midnight", "midday" are TIME.
#pragma once

#include <vector>

#include "lede/document.hpp"
#include "text/sentence_tokens.hpp"

namespace lede::rules {

void find_times(const text::SentenceTokens& tokens, std::vector<Mention>& out);

}  // namespace lede::rules
