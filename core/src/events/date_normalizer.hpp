// The ISO 8601 value of a DATE mention, following the TIMEX3 conventions of TimeML (Pustejovsky et al.
// 2003; the TIDES/TIMEX2 guidelines of Ferro et al. for the forms): partial values for partial dates
// ("2018", "2018-04", "199" for the 1990s, "20" for the 21st century, "2018-W17" for a week,
// "2018-Q1", "2018-H1", "2018-SU" for a season), ranges as a value and an end.
//
// Relative expressions ("yesterday", "last month", "three years ago", "Tuesday", "in January") are
// resolved against the document date; which Tuesday or January depends on the tense of the clause: past
// → the last one on or before the document date, future → the next one on or after it, present or
// unknown → the nearest. Without a document date they keep TIMEX3's unknown digits ("XXXX-01",
// "XXXX-WXX-2") and the anchor "unknown".
//
// Left without a value (no entry in "dates"): fiscal and financial years (they are not calendar years),
// "the same day" and other dates relative to another date rather than to the document date.
#pragma once

#include <optional>

#include "events/calendar.hpp"
#include "events/verb_tense.hpp"
#include "lede/document.hpp"

namespace lede::events {

// `document_date` is nullptr when unknown.
std::optional<DateValue> normalize_date(const Document& document, std::uint32_t mention, const CivilDay* document_date,
                                        Tense tense);

}  // namespace lede::events
