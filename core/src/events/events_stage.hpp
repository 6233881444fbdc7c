// The events stage: dates normalized, the document date found when the caller
// gave none, direct and reported quotes with their speakers, the date of each relation and quote, and
// the timeline. Which pipeline runs which part:
// - both pipelines: the document date and the DATE values (cheap, and a date's value is part of the
//   entity it annotates);
// - the full pipeline only: quotes, relation and quote dates, the timeline (the entities pipeline has
//   no relations and promises only entities).
#pragma once

#include <string_view>

#include "lede/document.hpp"

namespace lede::events {

// `today`: the reader's day (YYYY-MM-DD) or empty; see find_document_date.
void normalize_dates(Document& document, std::string_view today = {});
void find_quotes_and_timeline(Document& document);

}  // namespace lede::events
