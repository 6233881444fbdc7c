// An entity's name: the longest proper-name mention, without titles (the NER keeps them out of names) and
// without a possessive; a form in normal casing wins over the same name in a headline's capitals, and
// "Doe, John" is shown as "John Doe". An entity without a name (a title nobody holds) takes its longest
// title; other types their longest mention.
#pragma once

#include <string>
#include <vector>

#include "lede/document.hpp"

namespace lede::resolve {

// `mention_indices`: the entity's mentions (indices into Document::mentions, text order).
std::string canonical_name(const Document& document, const std::vector<std::uint32_t>& mention_indices);

}  // namespace lede::resolve
