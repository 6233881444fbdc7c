#include "ner/title_lexicon.hpp"

#include <algorithm>
#include <vector>

#include "lexicon/embedded.hpp"

namespace lede::ner {
namespace {

// ASCII-folded text with runs of whitespace made one space.
std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
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
    lexicon::for_each_row(lexicon::embedded_lexicon(name), [&](const std::vector<std::string_view>& fields) {
      if (fields.size() < 3 || fields[0].empty()) return;
      std::uint16_t bits = class_bits(fields[1], fields[0]);
      if (bits == 0) return;
      if (fields[2] == "acronym") bits |= kTitleAcronym;
      if (fields[0][0] >= 'A' && fields[0][0] <= 'Z') bits |= kTitleCapitalized;
      phrases_[fold(fields[0])] |= bits;
    });
  }
}

std::uint16_t TitleLexicon::classes(const Document& document, std::uint32_t begin, std::uint32_t end) const {
  if (begin >= end || end > document.tokens.size()) return 0;
  const std::string_view text = std::string_view(document.text()).substr(
      document.tokens[begin].start, document.tokens[end - 1].end - document.tokens[begin].start);
  std::string key = fold(text);
  auto found = phrases_.find(key);
  if (found != phrases_.end()) return found->second;
  // An abbreviation point the lexicon leaves off ("Lt-Gen." for "Lt-Gen").
  if (key.size() > 1 && key.back() == '.') {
    key.pop_back();
    found = phrases_.find(key);
    if (found != phrases_.end()) return found->second;
  }
  return 0;
}

std::uint32_t TitleLexicon::longest(const Document& document, std::uint32_t begin, std::uint32_t limit,
                                    std::uint16_t& classes_out) const {
  classes_out = 0;
  std::uint32_t best = begin;
  const std::uint32_t last = std::min<std::uint32_t>(limit, begin + kLongestPhrase);
  for (std::uint32_t end = begin + 1; end <= last; ++end) {
    // A phrase never spans a line break (headlines and datelines stand on their own lines).
    if (end - 1 > begin && document.tokens[end - 1].newline_before) break;
    const std::uint16_t found = classes(document, begin, end);
    if (found != 0) {
      best = end;
      classes_out = found;
    }
  }
  return best;
}

}  // namespace lede::ner
