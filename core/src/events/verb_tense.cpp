#include "events/verb_tense.hpp"

#include <string_view>

#include "document/pos_tags.hpp"
#include "events/clause_words.hpp"

namespace lede::events {
namespace {

constexpr std::uint32_t kReach = 20;  // tokens searched on each side: a clause, not the whole sentence

bool is_verb(const Document& document, std::uint32_t token) { return is_verb_tag(document.xpos[token]); }

bool in_verb_group(const Document& document, std::uint32_t token) {
  const std::string_view upos = upos_name(document.upos[token]);
  return is_verb(document, token) || upos == "ADV" || upos == "PART" || upos == "AUX";
}

// Reads the verb group around token `verb`: auxiliaries, modals, adverbs and "to" before it.
Tense group_tense(const Document& document, std::uint32_t verb, std::uint32_t sentence_begin) {
  std::uint32_t begin = verb;
  while (begin > sentence_begin && begin + 4 > verb && in_verb_group(document, begin - 1)) --begin;
  bool past = false;
  bool present = false;
  bool perfect_auxiliary = false;
  for (std::uint32_t t = begin; t <= verb; ++t) {
    const std::string_view tag = xpos_name(document.xpos[t]);
    // Modals of obligation and intent point forward ("must submit ... in November"); "would" and
    // "could" also report the past, so they decide nothing.
    if (tag == "MD" && !is_word(document, t, "would") && !is_word(document, t, "could") &&
        !is_word(document, t, "'d")) {
      return Tense::Future;
    }
    // "is due to", "is set to", "are going to", "plans to": a scheduled future.
    if (tag == "TO" && t > sentence_begin &&
        (is_word(document, t - 1, "due") || is_word(document, t - 1, "set") || is_word(document, t - 1, "going") ||
         is_word(document, t - 1, "scheduled") || is_word(document, t - 1, "expected") ||
         is_word(document, t - 1, "plans") || is_word(document, t - 1, "is") || is_word(document, t - 1, "are"))) {
      return Tense::Future;
    }
    if (tag == "VBD") past = true;
    if ((tag == "VBZ" || tag == "VBP") && (is_word(document, t, "has") || is_word(document, t, "have"))) {
      perfect_auxiliary = true;
    } else if (tag == "VBZ" || tag == "VBP") {
      present = true;
    }
    if (tag == "VBN" && perfect_auxiliary) past = true;  // "has met": done by the document date
  }
  if (past) return Tense::Past;
  if (present || perfect_auxiliary) return Tense::Present;
  return Tense::Unknown;
}

}  // namespace

Tense clause_tense(const Document& document, std::uint32_t token, std::uint32_t sentence_begin,
                   std::uint32_t sentence_end) {
  if (!document.has_pos()) return Tense::Unknown;
  // The nearest verb, the one before on a tie (news puts the verb before its time: "met on Tuesday").
  for (std::uint32_t distance = 1; distance <= kReach; ++distance) {
    if (token >= sentence_begin + distance && is_verb(document, token - distance)) {
      return group_tense(document, token - distance, sentence_begin);
    }
    if (token + distance < sentence_end && is_verb(document, token + distance)) {
      // Take the whole group: "will" may precede the verb found ("will meet on Tuesday" read from "meet").
      std::uint32_t verb = token + distance;
      while (verb + 1 < sentence_end && verb + 1 < token + distance + 4 && is_verb(document, verb + 1)) ++verb;
      return group_tense(document, verb, sentence_begin);
    }
  }
  return Tense::Unknown;
}

}  // namespace lede::events
