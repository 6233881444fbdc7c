// Verbs of saying (core/lexicons/speech_verbs.tsv): the cue words of attribution (the events stage), and
// what tells the pronoun resolver that a subject speaks ("..., it added"). Looked up by their inflected
// form so that the rules work with or without the POS model.
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::lexicon {

enum class SpeechVerb : std::uint8_t {
  None,
  Speech,  // "said", "added", "warned"
  Hearer,  // may name the hearer before the message: "told reporters", "assured lawmakers that"
  Naming,  // quotes words as a name or judgement: "called it “a disgrace”" (a cue only before its quote)
};

SpeechVerb speech_verb(std::string_view word);

}  // namespace lede::lexicon
