// Who the source of a quote or claim is: the noun phrase next to a speech verb, and the mention that
// names it. Without a parse, a phrase is read from the words around the verb: before it up to a clause
// boundary ("the ministry said", "Rana, the finance minister, said"), or after it up to a punctuation
// mark or a clause word ("said a senior official", "according to sources close to the talks").
#pragma once

#include <cstdint>
#include <vector>

#include "lede/document.hpp"

namespace lede::events {

struct TokenRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool empty() const { return begin >= end; }
};

// The subject phrase that ends right before `verb`, not reaching before `floor`. Adverbs and
// auxiliaries between it and the verb ("he also said", "Rana has said") are left out.
TokenRange phrase_before(const Document& document, const std::vector<std::int32_t>& mention_at, std::uint32_t verb,
                         std::uint32_t floor);

// The phrase that starts at `start` and ends before `limit` ("said X", "according to X").
TokenRange phrase_after(const Document& document, std::uint32_t start, std::uint32_t limit);

// The phrase widened over a person's name in apposition after its comma ("according to the spokesperson
// for the Karachi police, Syed Ali, ..."): the name closes with a comma or at `limit`, and the phrase names
// no person itself. Otherwise the phrase as it is.
TokenRange with_apposed_name(const Document& document, const std::vector<std::int32_t>& mention_at, TokenRange phrase,
                             std::uint32_t limit);

struct Speaker {
  TokenRange phrase;          // the source as written; empty when none was found
  std::int32_t mention = -1;  // the mention naming it, -1 for an unnamed source
  std::int32_t entity = -1;
};

// The mention that names a phrase: the first person (or pronoun linked to one) before any modifier
// ("a spokesman for the ministry" names nobody), else a title held by a known person, else another name.
Speaker speaker_of(const Document& document, const std::vector<std::int32_t>& mention_at, TokenRange phrase);

// Sets the quote's speaker, speaker mention and speaker span from the source phrase (speaker_of): the
// naming mention's span when there is one, else the phrase as written ("a senior official").
void attribute_quote(Quote& quote, const Document& document, const std::vector<std::int32_t>& mention_at,
                     TokenRange phrase);

}  // namespace lede::events
