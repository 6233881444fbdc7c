// TITLE mentions: job titles, offices and ranks from the curated lexicon
// (title_lexicon.hpp) plus patterns, kept out of names.
//
// A title is [modifier | portfolio]* head [of|for complement] [suffix]: "Deputy Prime Minister",
// "Health Cabinet Secretary", "Minister of Finance", "head of medicine", "Lt-Gen. (retd)". It is
// annotated when the text ties it to a person or a post (tests/gold/README.md): before a name
// ("Foreign Minister Khawaja Asif"), in apposition ("its director, Kari Nyborg"; "Raghunathan, Vyom's
// chief executive,"), after a possessive or a named organization, place or nationality ("Sahel Trust's
// chairman", "Pakistan captain", "the Egyptian military spokesman"), with "of"/"for" and a name
// ("Chairman of the NDMA"), after "former"/"ex-", or as a listed acronym standing alone ("the COAS").
// "former", "late", "the" and possessives stay outside; stacked titles are separate mentions
// ("Energy Minister" "Prince").
//
// Names next to titles: a name mention that swallowed a title ("General Qamar Javed Bajwa" PERSON,
// "Staff General Qamar Javed Bajwa" ORG) is cut to the name and typed PERSON; a capitalized name after a
// title that the tagger missed becomes a PERSON; honorifics ("Dr.", "Alhaji") and a possessive 's are
// cut off names.
#pragma once

#include <vector>

#include "lede/document.hpp"

namespace lede::ner {

// `named`: the statistical names, sorted and non-overlapping (TITLE mentions in it are dropped and found
// again, so running this twice gives the same result; rule types pass through untouched). Returns the
// names with TITLE mentions added and names adjusted as above, sorted and non-overlapping.
std::vector<Mention> add_titles(const Document& document, std::vector<Mention> named);

}  // namespace lede::ner
