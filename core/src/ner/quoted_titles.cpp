#include "ner/quoted_titles.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "text/quote_marks.hpp"  // the pairing of quote marks the quotes stage reads too

namespace lede::ner {
namespace {

// At most this many words between the marks: titles are short; longer quotations are speech.
constexpr std::uint32_t kMaxTitleWords = 8;

bool is_closing_punctuation(std::string_view token) {
  return token == "," || token == "." || token == "!" || token == "?" || token == ";" || token == ":";
}

// Words a title leaves in lowercase ("Return of the Legend", "Anne of a Thousand Days").
constexpr std::string_view kMinorWords[] = {"a",   "an",  "the", "of",  "in",   "on",   "at", "to",
                                            "for", "and", "or",  "by",  "with", "from", "as", "de",
                                            "la",  "del", "du",  "des", "von",  "van",  "'s"};

bool starts_upper(std::string_view word) { return !word.empty() && word[0] >= 'A' && word[0] <= 'Z'; }
bool starts_lower(std::string_view word) { return !word.empty() && word[0] >= 'a' && word[0] <= 'z'; }

// Title case: the first word capitalized, every other word capitalized, a number, or a minor word.
bool title_cased(const Document& document, std::uint32_t begin, std::uint32_t end) {
  if (!starts_upper(document.token_text(begin))) return false;
  for (std::uint32_t t = begin + 1; t < end; ++t) {
    const std::string_view word = document.token_text(t);
    if (starts_lower(word) &&
        std::find(std::begin(kMinorWords), std::end(kMinorWords), word) == std::end(kMinorWords)) {
      return false;
    }
  }
  return true;
}

// A headline or dateline in capitals says nothing about title case.
bool has_lowercase(const Document& document, const Sentence& sentence) {
  for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    for (const char c : document.token_text(t)) {
      if (c >= 'a' && c <= 'z') return true;
    }
  }
  return false;
}

bool is_misc_type(EntityType type) {
  return type == EntityType::Misc || type == EntityType::Work || type == EntityType::Event ||
         type == EntityType::Product || type == EntityType::Law;
}

}  // namespace

void name_quoted_titles(const Document& document, std::vector<Mention>& names) {
  std::vector<Mention> titles;
  std::size_t next_name = 0;  // names before the current quotation are behind it
  if (document.sentences.empty()) return;
  for (const text::QuotedSpan& quoted : text::find_quoted_spans(document)) {
    const std::uint32_t begin = quoted.open + 1;
    std::uint32_t end = quoted.close;
    if (end > begin && is_closing_punctuation(document.token_text(end - 1))) --end;  // " The Knot , "
    const std::uint32_t words = end - begin;
    if (words < 2 || words > kMaxTitleWords || !title_cased(document, begin, end)) continue;
    const Sentence& sentence = document.sentences[document.sentence_of_token(quoted.open)];
    if (quoted.close >= sentence.token_end || !has_lowercase(document, sentence)) continue;
    // The names the tagger found inside: none, or only MISC-type ones, for the quotation to be a title.
    while (next_name < names.size() && names[next_name].token_end <= begin) ++next_name;
    bool other_inside = false;
    bool crosses = false;
    std::size_t n = next_name;
    for (; n < names.size() && names[n].token_begin < quoted.close; ++n) {
      if (names[n].token_begin < begin || names[n].token_end > end) crosses = true;
      if (!is_misc_type(names[n].type)) other_inside = true;
    }
    if (other_inside || crosses) continue;
    Mention title;
    title.token_begin = begin;
    title.token_end = end;
    title.type = n > next_name ? names[next_name].type : EntityType::Work;
    titles.push_back(title);
  }
  if (titles.empty()) return;
  // Each title replaces the MISC-type names inside it.
  std::vector<Mention> merged;
  merged.reserve(names.size() + titles.size());
  std::size_t t = 0;
  for (const Mention& name : names) {
    while (t < titles.size() && titles[t].token_end <= name.token_begin) merged.push_back(titles[t++]);
    if (t < titles.size() && name.token_begin >= titles[t].token_begin && name.token_end <= titles[t].token_end)
      continue;
    merged.push_back(name);
  }
  while (t < titles.size()) merged.push_back(titles[t++]);
  names = std::move(merged);
}

}  // namespace lede::ner
