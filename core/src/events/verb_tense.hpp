// The tense of the clause around a token, which decides whether "Tuesday" or "January" means the one
// before or after the document date ("met on Tuesday" → the last Tuesday, "will meet on Tuesday" → the
// next one). Read from the POS tags of the verb group nearest to the token in its sentence: the parser's
// tree would pick the governing verb more surely, but the dates are normalized in the entities pipeline
// too, which has no parse, and one rule for both keeps their values identical.
#pragma once

#include <cstdint>

#include "lede/document.hpp"

namespace lede::events {

enum class Tense : std::uint8_t { Unknown, Past, Present, Future };

// Tokens [sentence_begin, sentence_end) are the sentence holding `token`. Unknown without POS tags.
Tense clause_tense(const Document& document, std::uint32_t token, std::uint32_t sentence_begin,
                   std::uint32_t sentence_end);

}  // namespace lede::events
