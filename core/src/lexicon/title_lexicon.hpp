// The curated TITLE lexicon (core/lexicons/titles.tsv, embedded): ranks, offices, royal, religious and
// corporate titles, honorifics, the modifiers and portfolios that join a title ("Deputy", "Finance"),
// suffixes ("(retd)") and "role" words that are titles only beside a person. Phrases are looked up by
// their text as written (tokens joined as in the document, ASCII case folded), so any tokenization of
// "Lt-Gen." or "(retd)" finds them. Lookups hash the folded text token by token, without building
// strings, and stop as soon as the text is no prefix of any phrase (most words start none).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "lede/document.hpp"

namespace lede::lexicon {

// What a phrase of the lexicon can be; one phrase may be several ("Chief": modifier and role).
enum TitleClass : std::uint16_t {
  kTitleHead = 1U << 0,         // rank, office, royal, religious, corporate, office_head: a title by itself
  kTitleRole = 1U << 1,         // a title only beside a person ("spokesman")
  kTitleModifier = 1U << 2,     // before a head, inside the title ("Deputy", "Acting")
  kTitlePortfolio = 1U << 3,    // before or after a head ("Finance Minister", "Minister of Finance")
  kTitleSuffix = 1U << 4,       // after a rank ("(retd)")
  kTitleHonorific = 1U << 5,    // Mr, Dr, Sir: no mention, but never inside a PERSON
  kTitleAcronym = 1U << 6,      // the head is an acronym ("COAS", "CEO")
  kTitleRank = 1U << 7,         // a military or police rank or staff post
  kTitleCapitalized = 1U << 8,  // the lexicon writes it capitalized (a lowercase use is weaker evidence)
};

class TitleLexicon {
 public:
  // The lexicon built from the embedded titles.tsv (built once, thread-safe).
  static const TitleLexicon& get();

  // The classes of the phrase tokens[begin, end) as written (0 when it is no phrase of the lexicon).
  std::uint16_t classes(const Document& document, std::uint32_t begin, std::uint32_t end) const;
  // The longest phrase starting at `begin` and ending by `limit`: its end (== begin when none) and classes.
  std::uint32_t longest(const Document& document, std::uint32_t begin, std::uint32_t limit,
                        std::uint16_t& classes) const;

  // The first token from `token` on (before `limit`) that is no one-word honorific ("Dr.", "Gen.") or
  // the period the tokenizer split off one: where a name after a title and its honorifics starts.
  std::uint32_t after_honorifics(const Document& document, std::uint32_t token, std::uint32_t limit) const;

  static constexpr std::uint32_t kLongestPhrase = 8;  // tokens

 private:
  TitleLexicon();
  void add_phrase(std::string_view text, std::uint16_t bits);

  std::unordered_map<std::uint64_t, std::uint16_t> phrases_;  // hash of the folded text -> classes
  std::unordered_set<std::uint64_t> prefixes_;                // hashes of every prefix of every folded phrase
};

}  // namespace lede::lexicon
