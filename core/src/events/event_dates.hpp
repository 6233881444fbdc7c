// The date of each relation and quote: the DATE stated in its own sentence, never one carried over from
// elsewhere (an undated event stays undated rather than borrowing the article's last date). A relation
// takes the dated mention inside its evidence span, else the nearest in its sentence; a quote takes the
// date of its attribution ("he said on Tuesday"), not a date inside the quoted words, which belongs to
// what the speaker talks about.
#pragma once

#include <cstdint>
#include <vector>

#include "events/quote_attribution.hpp"
#include "lede/document.hpp"

namespace lede::events {

// `value_of_mention[m]` indexes Document::date_values, or is -1 for a mention without a value.
void date_relations(Document& document, const std::vector<std::int32_t>& value_of_mention);
void date_quotes(const Document& document, const std::vector<std::int32_t>& value_of_mention,
                 std::vector<AttributedQuote>& quotes);

// Dated relations and quotes in date order (then text order); values with unknown digits are left out.
std::vector<TimelineEntry> build_timeline(const Document& document);

}  // namespace lede::events
