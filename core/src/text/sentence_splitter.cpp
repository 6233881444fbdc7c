#include "text/sentence_splitter.hpp"

#include <array>

#include "text/abbreviations.hpp"
#include "text/ascii_case.hpp"
#include "text/char_class.hpp"
#include "text/utf8.hpp"
#include "text/word_lists.hpp"

namespace lede::text {
namespace {

// Capitalized words that start sentences far more often than they continue a name after an
// abbreviation: "... in the U.S. The company said" splits, "the U.S. Army" does not.
constexpr std::array<std::string_view, 52> kSentenceStarters = {
    "The",   "A",      "An",   "He",      "She",       "It",    "They",  "We",   "I",    "You",  "But",
    "And",   "Or",     "So",   "Yet",     "In",        "On",    "At",    "As",   "If",   "When", "While",
    "After", "Before", "This", "That",    "These",     "Those", "There", "Here", "His",  "Her",  "Their",
    "Its",   "Our",    "My",   "However", "Meanwhile", "Also",  "Still", "For",  "With", "Some", "Many",
    "Most",  "All",    "What", "Who",     "How",       "Why",   "Where", "Mr."};

// Further starters, trusted after a multi-letter abbreviation ("... etc. So ...") but not after an initial.
constexpr std::array<std::string_view, 12> kLooseSentenceStarters = {"So",   "Please", "Thanks", "Thank", "Let", "Now",
                                                                     "Then", "Today",  "Yes",    "No",    "Do",  "Did"};

// Lowercase words that leave a line unfinished: "... talks with the\nRussian commander".
constexpr std::array<std::string_view, 24> kContinuationWords = {
    "the",  "a",    "an",   "of",    "and", "or", "to", "in",  "on",  "at",   "by",  "for",
    "with", "from", "that", "which", "who", "as", "is", "was", "are", "were", "but", "his"};

class SentenceSplitter {
 public:
  explicit SentenceSplitter(Document& document) : document_(document), tokens_(document.tokens) {}

  void run() {
    document_.sentences.clear();
    const std::size_t count = tokens_.size();
    std::size_t sentence_begin = 0;
    std::size_t index = 0;
    while (index < count) {
      std::size_t last = index;  // the last token of the sentence if it ends here
      bool boundary = false;
      if (index == sentence_begin && starts_paragraph(index)) {
        const std::size_t dateline_end = match_dateline(index);
        if (dateline_end != index) {
          last = dateline_end;
          boundary = true;
        }
      }
      if (!boundary && is_final_punctuation(index)) {
        last = extend_over_closers(index);
        boundary = last + 1 < count && next_starts_sentence(index, last + 1, last > index);
      } else if (!boundary && is_abbreviation(index)) {
        boundary = index + 1 < count && abbreviation_ends_sentence(index, index + 1);
      }
      if (!boundary && last + 1 < count) boundary = line_break_ends_sentence(last, last + 1);
      if (boundary || last + 1 == count) {
        close_sentence(sentence_begin, last + 1);
        sentence_begin = last + 1;
      }
      index = last + 1;
    }
  }

 private:
  std::string_view text(std::size_t index) const { return document_.token_text(tokens_[index]); }
  char32_t first_char(std::size_t index) const { return decode_utf8(text(index), 0).value; }
  char32_t last_char(std::size_t index) const {
    const std::string_view t = text(index);
    std::size_t p = t.size() - 1;
    while (p > 0 && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
    return decode_utf8(t, p).value;
  }
  bool starts_paragraph(std::size_t index) const { return tokens_[index].paragraph_before; }

  void close_sentence(std::size_t begin, std::size_t end) {
    document_.sentences.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
  }

  bool is_final_punctuation(std::size_t index) const {
    const Token& token = tokens_[index];
    return token.kind == TokenKind::Punct && is_sentence_final(first_char(index)) &&
           is_sentence_final(last_char(index));
  }

  bool is_abbreviation(std::size_t index) const {
    return tokens_[index].kind == TokenKind::Word && text(index).size() > 1 && text(index).back() == '.';
  }

  // Closing quotes and brackets glued to final punctuation belong to the sentence it ends.
  std::size_t extend_over_closers(std::size_t index) const {
    std::size_t last = index;
    while (last + 1 < tokens_.size() && !tokens_[last + 1].space_before) {
      const char32_t c = first_char(last + 1);
      const bool closer = is_closing_bracket(c) || c == 0x201D || c == 0x2019 || c == 0xBB || c == '"' || c == '\'' ||
                          is_sentence_final(c);
      if (!closer || tokens_[last + 1].kind != TokenKind::Punct) break;
      ++last;
    }
    // Reference marks after the period belong to the sentence they cite: "... in 1805. [19]".
    while (last + 3 < tokens_.size() && text(last + 1) == "[" && tokens_[last + 2].kind == TokenKind::Number &&
           text(last + 3) == "]" && !tokens_[last + 1].newline_before) {
      last += 3;
    }
    return last;
  }

  // Whether the token at `next` can begin a new sentence after final punctuation.
  bool next_starts_sentence(std::size_t punctuation, std::size_t next, bool after_closers) const {
    if (tokens_[next].newline_before) return true;
    const char32_t c = first_char(next);
    const std::string_view mark = text(punctuation);
    if (mark.size() > 1 && mark.find_first_not_of('.') == std::string_view::npos) {
      return is_ascii_upper(c) && tokens_[next].kind == TokenKind::Word;  // "..." often trails off mid-sentence
    }
    if (first_char(punctuation) == 0x2026) return is_ascii_upper(c) && tokens_[next].kind == TokenKind::Word;
    if (is_ascii_lower(c)) {
      // Abbreviations keep their period inside their token, so a bare period before a lowercase word
      // still ends a sentence (informal text: "... to party. max and jen are ..."). But a question or
      // exclamation inside a quote is followed by its attribution in lowercase: '"Why?" he asked.'
      return !after_closers;
    }
    if (classify(c) == CharClass::Punct) {
      return c != ',' && c != ';' && c != ':' && !is_closing_bracket(c) && c != 0x201D && c != 0x2019;
    }
    return true;  // capitals, digits, other scripts, symbols
  }

  bool abbreviation_ends_sentence(std::size_t abbreviation, std::size_t next) const {
    const std::string_view word = text(abbreviation);
    const AbbreviationClass cls = abbreviations().find(word);
    if (cls == AbbreviationClass::Title || cls == AbbreviationClass::Before) return false;
    if (tokens_[next].paragraph_before) return true;
    // "J." is a person's initial unless a typical sentence start follows ("... of X. So I ...").
    const bool initial = word.size() == 2;
    if (!initial && tokens_[next].newline_before) return true;
    return is_one_of(text(next), kSentenceStarters) || (!initial && is_one_of(text(next), kLooseSentenceStarters));
  }

  // A line that ends without final punctuation is a sentence of its own (a headline, a list item)
  // unless it visibly continues on the next line.
  bool line_break_ends_sentence(std::size_t last, std::size_t next) const {
    if (!tokens_[next].newline_before) return false;
    if (tokens_[next].paragraph_before) return true;
    const std::string_view previous = text(last);
    if (previous == "," || previous == ";" || is_dash(first_char(last)) || is_one_of(previous, kContinuationWords)) {
      return false;
    }
    const char32_t c = first_char(next);
    return !is_ascii_lower(c);
  }

  // "ISLAMABAD:", "WASHINGTON (Reuters) -", "ISLAMABAD, Pakistan —": the place of a news dateline, in
  // capitals, then a colon or a dash. Returns the index of that colon or dash, or `begin`.
  std::size_t match_dateline(std::size_t begin) const {
    constexpr std::size_t kMaxDatelineTokens = 10;
    bool seen_capitals = false;
    int bracket_depth = 0;
    for (std::size_t i = begin; i < tokens_.size() && i < begin + kMaxDatelineTokens; ++i) {
      if (i > begin && tokens_[i].newline_before) return begin;
      const std::string_view word = text(i);
      const char32_t c = first_char(i);
      if (bracket_depth > 0) {
        if (is_closing_bracket(c)) --bracket_depth;
        continue;
      }
      if (tokens_[i].kind == TokenKind::Word) {
        if (is_in_capitals(word)) {
          seen_capitals = true;
        } else if (!seen_capitals || !is_ascii_upper(c)) {
          return begin;  // "Pakistan" may follow "ISLAMABAD," but a dateline starts in capitals
        }
        continue;
      }
      if (is_opening_bracket(c) && seen_capitals) {
        ++bracket_depth;
        continue;
      }
      if ((c == ',' || tokens_[i].kind == TokenKind::Number) && seen_capitals) continue;  // ", April 25"
      // A hyphen glued to the words on both sides after a word not in capitals joins them ("NATO
      // Secretary-General Mark Rutte"); a dateline's place is in capitals ("WASHINGTON-The", "LAGOS - The").
      const bool compound_hyphen = c == '-' && i > begin && !tokens_[i].space_before && i + 1 < tokens_.size() &&
                                   !tokens_[i + 1].space_before && !is_in_capitals(text(i - 1));
      if ((c == ':' || is_dash(c)) && !compound_hyphen && seen_capitals && i + 1 < tokens_.size() &&
          !tokens_[i + 1].newline_before) {
        return i;
      }
      return begin;
    }
    return begin;
  }

  Document& document_;
  const std::vector<Token>& tokens_;
};

}  // namespace

// An abbreviation that ends a sentence lends its period to the sentence, as in the treebanks:
// "... in the U.S." ends with the tokens "U.S" and ".".
void detach_final_abbreviation_periods(Document& document) {
  std::size_t to_split = 0;
  for (const Sentence& sentence : document.sentences) {
    const Token& last = document.tokens[sentence.token_end - 1];
    if (last.kind == TokenKind::Word && last.end - last.start > 1 && document.text()[last.end - 1] == '.') ++to_split;
  }
  if (to_split == 0) return;
  std::vector<Token> tokens;
  tokens.reserve(document.tokens.size() + to_split);
  std::size_t next_sentence_token = 0;
  for (Sentence& sentence : document.sentences) {
    const std::size_t begin = tokens.size();
    for (std::size_t t = next_sentence_token; t < sentence.token_end; ++t) tokens.push_back(document.tokens[t]);
    next_sentence_token = sentence.token_end;
    Token& last = tokens.back();
    if (last.kind == TokenKind::Word && last.end - last.start > 1 && document.text()[last.end - 1] == '.') {
      Token period = last;
      period.start = last.end - 1;
      period.kind = TokenKind::Punct;
      period.space_before = period.newline_before = period.paragraph_before = false;
      last.end -= 1;
      tokens.push_back(period);
    }
    sentence.token_begin = static_cast<std::uint32_t>(begin);
    sentence.token_end = static_cast<std::uint32_t>(tokens.size());
  }
  document.tokens = std::move(tokens);
}

namespace {

// Cuts every sentence longer than kLongestSentence tokens into pieces of at most that many, at the last
// comma, semicolon or colon of each piece when there is one in its second half. Real sentences stay far
// below (the longest in UD EWT has ~160 tokens); what is longer is a list, a table or junk without
// punctuation, and the taggers' per-sentence scratch (the name tagger's lattice: ~1 KB a token) would
// otherwise grow with the whole text: a 24 MB paste of one sentence would need gigabytes.
void cut_long_sentences(Document& document) {
  std::vector<Sentence> cut;
  cut.reserve(document.sentences.size());
  for (const Sentence& sentence : document.sentences) {
    std::uint32_t begin = sentence.token_begin;
    while (sentence.token_end - begin > kLongestSentence) {
      std::uint32_t end = begin + kLongestSentence;
      for (std::uint32_t t = end; t > begin + kLongestSentence / 2; --t) {
        const std::string_view word = document.token_text(t - 1);
        if (word == "," || word == ";" || word == ":") {
          end = t;
          break;
        }
      }
      cut.push_back({begin, end});
      begin = end;
    }
    cut.push_back({begin, sentence.token_end});
  }
  document.sentences = std::move(cut);
}

}  // namespace

void split_sentences(Document& document) {
  SentenceSplitter(document).run();
  detach_final_abbreviation_periods(document);
  cut_long_sentences(document);
}

}  // namespace lede::text
