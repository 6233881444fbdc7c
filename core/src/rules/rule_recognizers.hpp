// Rule recognizers for the types that need no trained model: DATE, TIME, MONEY, PERCENT, QUANTITY,
// CARDINAL, ORDINAL. Each type has its own small file; this header is their common entry point.
#pragma once

#include <vector>

#include "lede/document.hpp"

namespace lede::rules {

// Finds rule-based mentions over document.tokens, never crossing a sentence boundary, and returns
// them sorted by position and non-overlapping (longest match wins, then the more specific type).
std::vector<Mention> recognize_rule_entities(const Document& document);

}  // namespace lede::rules
