// The lowercase second syllable of a romanized Korean or Taiwanese given name after a hyphen ("Kim
// Jong-un", "Lai Ching-te"): shared by the NER (which joins it to the name the tagger cut at the hyphen)
// and the CoNLL-2003 reader (whose names, split as the runtime splits them, keep it).
#pragma once

#include <string_view>

#include "text/word_lists.hpp"

namespace lede::ner {

// The second syllable of a romanized Korean or Taiwanese given name, written after a hyphen in lowercase:
// "un" (Kim Jong-un), "in" (Moon Jae-in), "myung", "hyun", "te" (Lai Ching-te), "wen". A short lowercase
// word with a vowel that is none of the English words glued after a name ("a Smith-led coalition",
// "Trump-era rules", "Obama-style").
inline bool is_given_name_syllable(std::string_view word) {
  if (word.empty() || word.size() > 6) return false;
  bool vowel = false;
  for (const char c : word) {
    if (c < 'a' || c > 'z') return false;
    vowel = vowel || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
  return vowel &&
         !text::is_one_of(word, {"led",   "based",  "born",   "owned",  "era",    "style", "like", "type",  "made",
                                 "run",   "linked", "funded", "backed", "ish",    "ian",   "ite",  "ism",   "ist",
                                 "esque", "free",   "proof",  "ready",  "wide",   "less",  "ward", "wards", "held",
                                 "bound", "tied",   "loving", "hating", "themed", "lite"});
}

}  // namespace lede::ner
