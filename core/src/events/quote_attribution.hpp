// Direct quotes and their speakers. Each quoted span is attributed from the words right after it
// (“...,” he said / said X / X said / X told reporters / according to X) or, failing that, right before
// it in its sentence (X said: “...”, According to X, “...”, X said the plan was “dead”). A broken quote
// (“Pakistan”, he said, “will continue”) is two quotes with the same speaker. A quote with no cue of its
// own continues the previous quote's speaker when it follows it in the same or the next paragraph: news
// style attributes a run of quotes once. The cue patterns follow Pareti's attribution relations (source,
// cue, content; Pareti 2016, PARC 3.0) in their most frequent surface forms.
#pragma once

#include <cstdint>
#include <vector>

#include "lede/document.hpp"
#include "text/quote_marks.hpp"

namespace lede::events {

// A quote and the token of its cue (the speech verb, or "according"), or UINT32_MAX without one.
struct AttributedQuote {
  Quote quote;
  std::uint32_t cue = UINT32_MAX;
};

std::vector<AttributedQuote> attribute_quotes(const Document& document, const std::vector<std::int32_t>& mention_at,
                                              const std::vector<text::QuotedSpan>& spans);

}  // namespace lede::events
