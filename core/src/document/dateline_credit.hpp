// The credit in brackets after a dateline's place ("KEMEROVO, Russia (Sibir Press) —", "BUENOS AIRES
// (Reuters) -"): the agency that filed the story. It wrote the text: it is no organization the story
// speaks of, neither based where it files from (relations) nor "the bank" of a later sentence (events).
#pragma once

#include <cstdint>

#include "lede/document.hpp"

namespace lede {

// Whether the mention is such a credit: in brackets, a dash or a colon after them.
inline bool is_dateline_credit(const Document& document, const Mention& mention) {
  const std::uint32_t open = mention.token_begin;
  const std::uint32_t close = mention.token_end;
  if (open == 0 || close + 1 >= document.tokens.size()) return false;
  const std::string_view after = document.token_text(close + 1);
  return document.token_text(open - 1) == "(" && document.token_text(close) == ")" &&
         (after == "-" || after == "—" || after == "–" || after == "--" || after == ":");
}

}  // namespace lede
