// Which mentions are the subject of their clause: the pronoun resolver prefers subjects as antecedents
// (centering: the subject is what the next sentence most likely talks about) and salience counts them.
// With a parse (Document::has_parse) the head token's relation says it; without one (the `entities`
// pipeline, or no parser model) word order does: a name before the first verb of its sentence or clause,
// not inside a prepositional phrase, is taken as its subject.
#pragma once

#include <vector>

#include "lede/document.hpp"

namespace lede::resolve {

// One flag per document mention.
std::vector<bool> subject_mentions(const Document& document);

// Whether tokens [begin, end) look like the subject of their clause (the same test, for one span).
bool looks_like_subject(const Document& document, std::uint32_t begin, std::uint32_t end);

}  // namespace lede::resolve
