// The classes of the statistical NER tagger: BILOU positions (Begin, Inside, Last, Unit) of the four
// CoNLL-2003 types, plus O. BILOU rather than BIO because a token's place in its name (the last word
// of a person is a surname; a one-word ORG looks unlike the first word of a long one) is worth
// learning, and because it lets the decoder forbid ill-formed label sequences outright.
#pragma once

#include <cstdint>

namespace lede::ner {

// The four coarse types the tagger predicts; fine typing (GPE/LOC/FAC, NORP, ...) comes after.
enum class NamedType : std::uint8_t { Per = 0, Org = 1, Loc = 2, Misc = 3 };
inline constexpr int kNamedTypeCount = 4;

enum class Position : std::uint8_t { Begin = 0, Inside = 1, Last = 2, Unit = 3 };

// Class 0 is O; type t at position p is 1 + 4t + p.
inline constexpr std::uint8_t kOutside = 0;
inline constexpr std::size_t kNerClassCount = 1 + 4 * kNamedTypeCount;
// No class: before the start of a sentence.
inline constexpr std::uint8_t kNoNerClass = 255;

constexpr std::uint8_t ner_class(NamedType type, Position position) {
  return static_cast<std::uint8_t>(1 + 4 * static_cast<int>(type) + static_cast<int>(position));
}
constexpr NamedType type_of(std::uint8_t cls) { return static_cast<NamedType>((cls - 1) / 4); }
constexpr Position position_of(std::uint8_t cls) { return static_cast<Position>((cls - 1) % 4); }

// Whether a name is still open after this class (B or I): the next token must continue it.
constexpr bool opens_name(std::uint8_t cls) {
  return cls != kOutside && cls != kNoNerClass &&
         (position_of(cls) == Position::Begin || position_of(cls) == Position::Inside);
}

// Whether `next` may follow `previous` (kNoNerClass at a sentence start) in a well-formed sequence;
// `last` says `next` is the sentence's last token, where no name may stay open.
constexpr bool is_legal_transition(std::uint8_t previous, std::uint8_t next, bool last) {
  if (opens_name(previous)) {
    if (next == kOutside || type_of(next) != type_of(previous)) return false;
    const Position p = position_of(next);
    return p == Position::Last || (p == Position::Inside && !last);
  }
  if (next == kOutside) return true;
  const Position p = position_of(next);
  return p == Position::Unit || (p == Position::Begin && !last);
}

// "PER", "ORG", "LOC", "MISC".
constexpr const char* conll_name(NamedType type) {
  constexpr const char* kNames[] = {"PER", "ORG", "LOC", "MISC"};
  return kNames[static_cast<int>(type)];
}

}  // namespace lede::ner
