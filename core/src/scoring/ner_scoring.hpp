// The names of CoNLL-2003 data and of the analyzer's output as spans per type (PER, ORG, LOC, MISC),
// for exact-span scoring by the conlleval rules (IOB chunks; a name is right iff both ends and the type
// match): as token spans over the given tokens, or as character spans over the raw text.
#pragma once

#include <array>
#include <vector>

#include "lede/document.hpp"
#include "scoring/mention_scoring.hpp"
#include "scoring/span_scoring.hpp"

namespace lede::scoring {

// One sorted list of spans per type of kConll2003Types.
using Conll2003Spans = std::array<std::vector<Span>, kConll2003Types.size()>;

// The analyzer's names (fine types mapped back with conll2003_label), as character spans (`characters`)
// or token spans.
Conll2003Spans predicted_conll2003_spans(const Document& document, bool characters);

// The gold names of a document read from CoNLL-2003. With `characters`, as character spans that follow
// the runtime's hyphen convention ("German-born" MISC -> "German").
Conll2003Spans gold_conll2003_spans(const Document& conll, bool characters);

}  // namespace lede::scoring
