#include "lexicon/title_lexicon.hpp"

#include <algorithm>
#include <vector>

#include "lexicon/embedded.hpp"
#include "perceptron/feature_hash.hpp"
#include "text/ascii_case.hpp"

namespace lede::lexicon {
namespace {

// FNV-1a over the ASCII-folded text with runs of whitespace made one space (none at either end): the
// key of a phrase, fed one piece at a time. `before_last` is the hash without the final byte, for the
// abbreviation point a lexicon phrase leaves off ("Lt-Gen." finds "Lt-Gen").
class FoldedHash {
 public:
  void add(std::string_view text) {
    for (const char c : text) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        space_ = started_;
        continue;
      }
      if (space_) push(' ');
      space_ = false;
      push(text::ascii_lower(c));
    }
  }
  void add_space() { space_ = started_; }
  std::uint64_t value() const { return hash_; }
  std::uint64_t before_last() const { return before_last_; }
  char last() const { return last_; }

 private:
  void push(char c) {
    before_last_ = hash_;
    hash_ = perceptron::fnv_step(hash_, c);
    last_ = c;
    started_ = true;
  }
  std::uint64_t hash_ = perceptron::kFnvOffset;
  std::uint64_t before_last_ = hash_;
  char last_ = 0;
  bool started_ = false;
  bool space_ = false;
};

// Adds token t to the key of a phrase that starts at `begin`.
void add_token(FoldedHash& key, const Document& document, std::uint32_t begin, std::uint32_t t) {
  if (t > begin && document.tokens[t].space_before) key.add_space();
  key.add(document.token_text(t));
}

std::uint16_t class_bits(std::string_view cls, std::string_view title) {
  if (cls == "rank") return kTitleHead | kTitleRank;
  if (cls == "office" || cls == "royal" || cls == "religious" || cls == "corporate") return kTitleHead;
  // "Ministry", "Department" head organizations, not titles.
  if (cls == "office_head") return (title == "Ministry" || title == "Department") ? 0 : kTitleHead;
  if (cls == "role") return kTitleRole;
  if (cls == "modifier") return kTitleModifier;
  if (cls == "portfolio") return kTitlePortfolio;
  if (cls == "suffix") return kTitleSuffix;
  if (cls == "honorific") return kTitleHonorific;
  return 0;
}

}  // namespace

const TitleLexicon& TitleLexicon::get() {
  static const TitleLexicon lexicon;
  return lexicon;
}

TitleLexicon::TitleLexicon() {
  // titles.tsv is the curated lexicon (also the NER gazetteer's title list); titles_extra.tsv adds the
  // heads and modifiers only the recognizer uses.
  for (const std::string_view name : {std::string_view("titles"), std::string_view("titles_extra")}) {
    for_each_row(embedded_lexicon(name), [&](const std::vector<std::string_view>& fields) {
      if (fields.size() < 3 || fields[0].empty()) return;
      std::uint16_t bits = class_bits(fields[1], fields[0]);
      if (bits == 0) return;
      if (fields[2] == "acronym") bits |= kTitleAcronym;
      if (fields[0][0] >= 'A' && fields[0][0] <= 'Z') bits |= kTitleCapitalized;
      add_phrase(fields[0], bits);
    });
  }
}

void TitleLexicon::add_phrase(std::string_view text, std::uint16_t bits) {
  FoldedHash key;
  for (const char c : text) {
    key.add(std::string_view(&c, 1));
    prefixes_.insert(key.value());
  }
  phrases_[key.value()] |= bits;
}

namespace {

std::uint16_t find_classes(const std::unordered_map<std::uint64_t, std::uint16_t>& phrases, const FoldedHash& key) {
  auto found = phrases.find(key.value());
  if (found != phrases.end()) return found->second;
  if (key.last() == '.' && key.before_last() != FoldedHash().value()) {
    found = phrases.find(key.before_last());
    if (found != phrases.end()) return found->second;
  }
  return 0;
}

}  // namespace

std::uint16_t TitleLexicon::classes(const Document& document, std::uint32_t begin, std::uint32_t end) const {
  if (begin >= end || end > document.tokens.size()) return 0;
  FoldedHash key;
  for (std::uint32_t t = begin; t < end; ++t) add_token(key, document, begin, t);
  return find_classes(phrases_, key);
}

std::uint32_t TitleLexicon::after_honorifics(const Document& document, std::uint32_t token, std::uint32_t limit) const {
  while (token < limit && (classes(document, token, token + 1) & kTitleHonorific) != 0) {
    ++token;
    if (token < limit && document.token_text(token) == ".") ++token;
  }
  return token;
}

std::uint32_t TitleLexicon::longest(const Document& document, std::uint32_t begin, std::uint32_t limit,
                                    std::uint16_t& classes_out) const {
  classes_out = 0;
  std::uint32_t best = begin;
  const std::uint32_t last = std::min<std::uint32_t>(limit, begin + kLongestPhrase);
  FoldedHash key;
  for (std::uint32_t end = begin + 1; end <= last; ++end) {
    // A phrase never spans a line break (headlines and datelines stand on their own lines), nor takes in a
    // period standing alone: an abbreviation keeps its point in its own token ("Gen."), so a lone one ends
    // the sentence ("..., the chamber's chief economist."), though the key's folding would match it.
    if (end - 1 > begin && document.tokens[end - 1].newline_before) break;
    if (document.token_text(end - 1) == ".") break;
    add_token(key, document, begin, end - 1);
    const std::uint16_t found = find_classes(phrases_, key);
    if (found != 0) {
      best = end;
      classes_out = found;
    }
    if (!prefixes_.contains(key.value())) break;  // no longer phrase starts with this text
  }
  return best;
}

}  // namespace lede::lexicon
