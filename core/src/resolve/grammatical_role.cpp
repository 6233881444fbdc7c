#include "resolve/grammatical_role.hpp"

#include "document/dep_labels.hpp"
#include "document/pos_tags.hpp"

namespace lede::resolve {
namespace {

constexpr std::uint32_t kScanLimit = 40;  // tokens

// The token of the span whose head lies outside it (the last such one: names are head-final).
std::uint32_t span_head(const Document& document, std::uint32_t begin, std::uint32_t end) {
  std::uint32_t head = end - 1;
  for (std::uint32_t t = begin; t < end; ++t) {
    const std::int32_t h = document.heads[t];
    if (h < static_cast<std::int32_t>(begin) || h >= static_cast<std::int32_t>(end)) head = t;
  }
  return head;
}

bool is_subject_label(std::uint8_t label) { return label == kNsubj || label == kNsubjPass || label == kNsubjOuter; }

// The parse's subject, a name in apposition to a common noun that is ("Khan's lawyer, Salman Safdar, told
// reporters": the lawyer is the subject and the name is who the lawyer is), or the end of a flat run of
// proper nouns that is.
bool parse_says_subject(const Document& document, std::uint32_t begin, std::uint32_t end) {
  const std::uint32_t head = span_head(document, begin, end);
  const std::uint8_t label = document.deprels[head];
  if (is_subject_label(label)) return true;
  const std::int32_t governor = document.heads[head];
  if (governor < 0 || static_cast<std::uint32_t>(governor) >= begin) return false;
  const auto noun = static_cast<std::uint32_t>(governor);
  if (!is_subject_label(document.deprels[noun])) return false;
  // "New Zealand skipper Mitchell Santner praised": the parse ran the title-case words into one flat name
  // headed by the first; the person's name at its end is the subject.
  if (label == kFlat && document.upos[noun] == kUposPropn) return true;
  return label == kAppos && document.upos[noun] == kUposNoun && document.token_text(noun + 1) == ",";
}

// Whether a possessive ending follows the span: "Khan's lawyer, Salman Safdar, told reporters" has Khan as a
// possessor, not the subject.
bool before_possessive(const Document& document, std::uint32_t end) {
  if (end >= document.tokens.size()) return false;
  const std::string_view next = document.token_text(end);
  return next == "'s" || next == "\u2019s" || next == "'" || next == "\u2019";
}

bool order_says_subject(const Document& document, std::uint32_t begin, std::uint32_t end) {
  const std::uint32_t sentence = document.sentence_of_token(begin);
  const std::uint32_t sentence_begin = document.sentences[sentence].token_begin;
  const std::uint32_t sentence_end = document.sentences[sentence].token_end;
  if (!document.has_pos()) {
    // No tags: only the sentence's first words count as its subject.
    return begin <= sentence_begin + 1;
  }
  if (begin > sentence_begin && document.upos[begin - 1] == kUposAdp) return false;  // "in Kabul", "by Khan"
  // A verb between the clause's start and the name means the name comes after its verb (object, or a
  // subject of a later clause that a comma or subordinator opens).
  // Scans are capped so a huge unsplit "sentence" stays linear.
  const std::uint32_t scan_begin = begin > sentence_begin + kScanLimit ? begin - kScanLimit : sentence_begin;
  for (std::uint32_t t = begin; t > scan_begin; --t) {
    const std::uint32_t before = t - 1;
    const std::uint8_t upos = document.upos[before];
    const std::string_view text = document.token_text(before);
    if (upos == kUposSconj || text == ";" || text == ":" || text == "\"") break;  // a new clause starts
    if (upos == kUposVerb || upos == kUposAux) return false;
  }
  // A subject has a verb after it in its sentence.
  const std::uint32_t scan_end = sentence_end - end > kScanLimit ? end + kScanLimit : sentence_end;
  for (std::uint32_t t = end; t < scan_end; ++t) {
    if (document.upos[t] == kUposVerb || document.upos[t] == kUposAux) return true;
  }
  return false;
}

}  // namespace

bool looks_like_subject(const Document& document, std::uint32_t begin, std::uint32_t end) {
  if (begin >= end || end > document.tokens.size() || document.sentences.empty()) return false;
  if (!document.has_parse()) return order_says_subject(document, begin, end);
  if (parse_says_subject(document, begin, end)) return true;
  // A name that opens its sentence and has a verb after it is its subject, where the parse lost its way
  // in a long subject ("Federal Minister for Planning Ahsan Iqbal on Thursday chaired ...").
  const std::uint32_t sentence_begin = document.sentences[document.sentence_of_token(begin)].token_begin;
  return begin == sentence_begin && !before_possessive(document, end) && order_says_subject(document, begin, end);
}

std::vector<bool> subject_mentions(const Document& document) {
  std::vector<bool> subjects(document.mentions.size(), false);
  for (std::size_t m = 0; m < document.mentions.size(); ++m) {
    subjects[m] = looks_like_subject(document, document.mentions[m].token_begin, document.mentions[m].token_end);
  }
  return subjects;
}

}  // namespace lede::resolve
