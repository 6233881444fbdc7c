#include "events/clause_words.hpp"

#include "document/pos_tags.hpp"
#include "text/ascii_case.hpp"

namespace lede::events {
namespace {

struct VerbTags {
  std::uint8_t vb, vbd, vbg, vbn, vbp, vbz, md;
};

const VerbTags& verb_tags() {
  static const VerbTags tags{*xpos_from_name("VB"),  *xpos_from_name("VBD"), *xpos_from_name("VBG"),
                             *xpos_from_name("VBN"), *xpos_from_name("VBP"), *xpos_from_name("VBZ"),
                             *xpos_from_name("MD")};
  return tags;
}

}  // namespace

bool is_verb_tag(std::uint8_t xpos) {
  const VerbTags& t = verb_tags();
  return xpos == t.vb || xpos == t.vbd || xpos == t.vbg || xpos == t.vbn || xpos == t.vbp || xpos == t.vbz ||
         xpos == t.md;
}

bool is_finite_verb(const Document& document, std::uint32_t token) {
  if (!document.has_pos()) return false;
  const VerbTags& t = verb_tags();
  const std::uint8_t x = document.xpos[token];
  return x == t.vbd || x == t.vbp || x == t.vbz || x == t.md;
}

bool is_participle(const Document& document, std::uint32_t token) {
  if (!document.has_pos()) return false;
  const VerbTags& t = verb_tags();
  return document.xpos[token] == t.vbg || document.xpos[token] == t.vbn;
}

bool is_punctuation(const Document& document, std::uint32_t token) {
  const TokenKind kind = document.tokens[token].kind;
  return kind == TokenKind::Punct || kind == TokenKind::Symbol;
}

bool is_word(const Document& document, std::uint32_t token, std::string_view lower) {
  return text::equals_folded(document.token_text(token), lower);
}

bool starts_modifier(const Document& document, std::uint32_t token) {
  static constexpr std::string_view kWords[] = {"of",    "for",  "from",     "to",  "at",    "with", "in", "on",
                                                "close", "near", "familiar", "who", "which", "that", "by", "inside"};
  if (document.has_pos() && upos_name(document.upos[token]) == "ADP") return true;
  for (const std::string_view word : kWords) {
    if (is_word(document, token, word)) return true;
  }
  return false;
}

std::vector<std::int32_t> mention_at_tokens(const Document& document) {
  std::vector<std::int32_t> at(document.tokens.size(), -1);
  for (std::size_t m = 0; m < document.mentions.size(); ++m) {
    const Mention& mention = document.mentions[m];
    for (std::uint32_t t = mention.token_begin; t < mention.token_end && t < at.size(); ++t) {
      at[t] = static_cast<std::int32_t>(m);
    }
  }
  return at;
}

}  // namespace lede::events
