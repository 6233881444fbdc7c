#include "text/tokenizer.hpp"

#include <array>
#include <cstring>
#include <string_view>

#include "lexicon/word_table.hpp"
#include "text/abbreviations.hpp"
#include "text/ascii_case.hpp"
#include "text/char_class.hpp"
#include "text/utf8.hpp"
#include "text/word_lists.hpp"

namespace lede::text {
namespace {

using Position = std::size_t;

// Suffixes split from a number they are glued to ("5pm" -> 5 pm, "2bn" -> 2 bn). Ordinal and decade
// suffixes ("25th", "1990s") are not here: they stay in the token, as in the treebanks.
constexpr std::array<std::string_view, 30> kSplitNumberSuffixes = {
    "am", "pm", "km", "kg", "mg", "cm", "mm", "ml", "lb",  "lbs", "ft", "mph", "kmh", "kph", "bn",
    "mn", "m",  "k",  "b",  "tn", "mw", "gw", "kw", "kwh", "gb",  "mb", "tb",  "hz",  "ghz", "g"};

// Clitics split off after an apostrophe: "company's" -> company 's, "we've" -> we 've.
constexpr std::array<std::string_view, 6> kClitics = {"s", "re", "ve", "ll", "d", "m"};

bool starts_with_ignoring_ascii_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equals_ignoring_case(text.substr(0, prefix.size()), prefix);
}

// Words the treebanks split into two ("gonna" -> gon na, "dont" -> do nt); the value is the split.
const lexicon::WordTable& fused_words() {
  static const lexicon::WordTable table("fused_words", /*fold_case=*/true, 0, 1);
  return table;
}

const lexicon::WordTable& hyphen_prefixes() {
  static const lexicon::WordTable table("hyphen_prefixes", /*fold_case=*/true);
  return table;
}

class Tokenizer {
 public:
  explicit Tokenizer(Document& document) : document_(document), text_(document.text()) {}

  void run() {
    document_.tokens.clear();
    Position position = 0;
    while (position < text_.size()) {
      const char32_t c = at(position);
      const CharClass cls = classify(c);
      if (cls == CharClass::Newline) {
        // "\r\n" is one line break; two line breaks (with spaces between) make a paragraph break.
        if (!(c == '\r' && position + 1 < text_.size() && text_[position + 1] == '\n')) ++pending_newlines_;
        pending_space_ = true;
        position = next(position);
        continue;
      }
      if (cls == CharClass::Space || cls == CharClass::Control) {
        pending_space_ = true;
        position = next(position);
        continue;
      }
      Position chunk_end = position;
      while (chunk_end < text_.size()) {
        const CharClass chunk_cls = classify(at(chunk_end));
        if (chunk_cls == CharClass::Space || chunk_cls == CharClass::Newline || chunk_cls == CharClass::Control) {
          break;
        }
        chunk_end = next(chunk_end);
      }
      tokenize_chunk(position, chunk_end);
      position = chunk_end;
    }
  }

 private:
  char32_t at(Position position) const { return decode_utf8(text_, position).value; }
  Position next(Position position) const {
    return position + utf8_sequence_length(static_cast<unsigned char>(text_[position]));
  }
  bool is_word_at(Position position, Position end) const {
    return position < end && classify(at(position)) == CharClass::Word;
  }
  bool is_digit_at(Position position, Position end) const { return position < end && is_ascii_digit(at(position)); }
  std::string_view slice(Position begin, Position end) const { return text_.substr(begin, end - begin); }

  void emit(Position begin, Position end, TokenKind kind) {
    Token token;
    token.start = static_cast<std::uint32_t>(begin);
    token.end = static_cast<std::uint32_t>(end);
    token.kind = kind;
    token.space_before = pending_space_ || document_.tokens.empty();
    token.newline_before = pending_newlines_ > 0 || document_.tokens.empty();
    token.paragraph_before = pending_newlines_ > 1 || document_.tokens.empty();
    document_.tokens.push_back(token);
    pending_space_ = false;
    pending_newlines_ = 0;
  }

  // A chunk is a run without whitespace; it may hold several tokens.
  void tokenize_chunk(Position begin, Position end) {
    Position position = begin;
    while (position < end) position = next_token(position, end, position == begin);
  }

  // Emits the token(s) starting at `position` and returns where the next one starts.
  Position next_token(Position position, Position end, bool chunk_start) {
    if (const Position web_end = match_url_or_email(position, end); web_end != position) return web_end;
    if (chunk_start) {
      if (const Position emoticon_end = match_emoticon(position, end); emoticon_end != position) {
        emit(position, emoticon_end, TokenKind::Symbol);
        return emoticon_end;
      }
    }
    const char32_t c = at(position);
    const CharClass cls = classify(c);
    if ((c == '#' || c == '@') && is_word_at(next(position), end)) return hashtag(position, end, c);
    if (c == '+' && chunk_start && is_digit_at(next(position), end)) return word(position, end);  // "+1 212"
    if (cls == CharClass::Word) return word(position, end);
    if (is_apostrophe(c)) {
      if (const Position clitic_end = match_leading_clitic(position, end); clitic_end != position) {
        emit(position, clitic_end, is_ascii_digit(at(next(position))) ? TokenKind::Number : TokenKind::Word);
        return clitic_end;
      }
    }
    return punctuation(position, end, cls == CharClass::Symbol ? TokenKind::Symbol : TokenKind::Punct);
  }

  // Runs of one ASCII mark ("...", "--", "$$$", "<<") are one token, as are mixed runs of final
  // punctuation ("?!", ".?"); quotes, brackets, commas and other punctuation are one character each.
  Position punctuation(Position position, Position end, TokenKind kind) {
    const char32_t c = at(position);
    Position stop = next(position);
    const bool final_mark = c == '.' || c == '!' || c == '?';
    const bool repeatable =
        (c < 0x80 && std::strchr("()[]{}\"',;", static_cast<int>(c)) == nullptr) || c == 0x2014 || c == 0x2013;
    if (final_mark) {
      while (stop < end && (at(stop) == '.' || at(stop) == '!' || at(stop) == '?')) stop = next(stop);
    } else if (repeatable) {
      while (stop < end && at(stop) == c) stop = next(stop);
    }
    emit(position, stop, kind);
    return stop;
  }

  Position hashtag(Position position, Position end, char32_t sign) {
    Position stop = next(position);
    while (stop < end) {
      const char32_t c = at(stop);
      const bool inner_dot = c == '.' && sign == '@' && is_word_at(next(stop), end);  // "@example.com"
      if (classify(c) != CharClass::Word && c != '_' && !inner_dot) break;
      stop = next(stop);
    }
    emit(position, stop, sign == '#' ? TokenKind::Hashtag : TokenKind::Mention);
    return stop;
  }

  // Where a URL or e-mail address starting here ends (trailing punctuation excluded), or `position`.
  Position match_url_or_email(Position position, Position end) {
    const std::string_view rest = slice(position, end);
    const bool url = starts_with_ignoring_ascii_case(rest, "http://") ||
                     starts_with_ignoring_ascii_case(rest, "https://") ||
                     starts_with_ignoring_ascii_case(rest, "ftp://") ||
                     (starts_with_ignoring_ascii_case(rest, "www.") && rest.size() > 6);
    bool email = false;
    if (!url && classify(at(position)) == CharClass::Word) {
      const std::size_t at_sign = rest.find('@');
      if (at_sign != std::string_view::npos && at_sign > 0) {
        const std::string_view local = rest.substr(0, at_sign);
        const std::string_view domain = rest.substr(at_sign + 1);
        email = local.find_first_of("()[]\"<>,;:") == std::string_view::npos &&
                domain.find('.') != std::string_view::npos && domain.size() > 2 &&
                classify(static_cast<unsigned char>(domain[0])) == CharClass::Word;
      }
    }
    if (!url && !email) return position;
    Position stop = end;
    // Trailing sentence punctuation and unbalanced closing brackets belong to the text around it.
    int open_parens = 0;
    for (const char ch : rest) open_parens += ch == '(' ? 1 : ch == ')' ? -1 : 0;
    while (stop > position) {
      const char last = text_[stop - 1];
      if (std::strchr(".,;:!?'\"", last) != nullptr && last != '\0') {
        --stop;
      } else if (last == ')' && open_parens < 0) {
        --stop;
        ++open_parens;
      } else if (last == ']' || last == '>' || last == '}') {
        --stop;
      } else if (static_cast<unsigned char>(last) >= 0x80) {
        // Curly quotes and other non-ASCII punctuation right after a URL.
        Position start_of_last = stop - 1;
        while (start_of_last > position && (static_cast<unsigned char>(text_[start_of_last]) & 0xC0) == 0x80) {
          --start_of_last;
        }
        if (classify(at(start_of_last)) != CharClass::Punct) break;
        stop = start_of_last;
      } else {
        break;
      }
    }
    if (stop <= position + 3) return position;
    emit(position, stop, url ? TokenKind::Url : TokenKind::Email);
    return stop;
  }

  Position match_emoticon(Position position, Position end) {
    static constexpr std::array<std::string_view, 12> kEmoticons = {":-)", ":-(", ":-D", ":-P", ";-)", ":)",
                                                                    ":(",  ":D",  ":P",  ";)",  ":/",  "<3"};
    const std::string_view rest = slice(position, end);
    for (const std::string_view emoticon : kEmoticons) {
      if (rest.substr(0, emoticon.size()) == emoticon &&
          (rest.size() == emoticon.size() || classify(at(position + emoticon.size())) == CharClass::Punct)) {
        return position + emoticon.size();
      }
    }
    return position;
  }

  // "'s" after a closing quote or bracket, and decade abbreviations "'90s".
  Position match_leading_clitic(Position position, Position end) {
    const Position after = next(position);
    Position stop = after;
    while (stop < end && classify(at(stop)) == CharClass::Word) stop = next(stop);
    const std::string_view body = slice(after, stop);
    if (body.empty()) return position;
    const bool after_token = !document_.tokens.empty() && !pending_space_;
    if (after_token && is_one_of_ignoring_case(body, kClitics)) return stop;
    if (body.size() == 3 && is_ascii_digit(static_cast<unsigned char>(body[0])) &&
        is_ascii_digit(static_cast<unsigned char>(body[1])) && body[2] == 's') {
      return stop;
    }
    return position;
  }

  // Whether `joiner` at `position` continues the word that started at `word_start`.
  bool joins(Position word_start, Position segment_start, Position position, Position end) const {
    const char32_t joiner = at(position);
    const Position after = next(position);
    if (after >= end) return false;
    const char32_t following = at(after);
    const bool word_follows = classify(following) == CharClass::Word;
    const char32_t previous = at(previous_start(position));
    const bool digits_around = is_ascii_digit(previous) && is_ascii_digit(following);
    switch (joiner) {
      case '.':
        // "3.5", "U.S", "e.g", "google.com"; not "end.Next" (a missing space between sentences).
        if (!word_follows) return false;
        if (digits_around) return true;
        return segment_start + 1 == position || !is_ascii_upper(following);
      case ',': return digits_around && after + 3 <= end && is_digit_at(after + 2, end);  // "1,000"
      case ':': return digits_around;                                                     // "10:30"
      case '/':
        // "04/25/2018", "1/2"; and letter abbreviations "b/c", "w/o" (but "and/or" splits).
        return digits_around || (segment_start + 1 == position && word_follows && is_ascii_letter(previous) &&
                                 is_ascii_letter(following) && !is_word_at(next(after), end));
      case '-':
        if (digits_around) return true;  // "2018-04-25", "853-3242"
        // A prefix only at the start of its chain: "e-mail", but "Tehreek-e-Insaf" and "Lashkar-e-Taiba"
        // join names with a particle ("Tehreek", "-", "e", "-", "Insaf").
        return word_follows && !(segment_start > 0 && at(previous_start(segment_start)) == '-') &&
               hyphen_prefixes().contains(slice(segment_start, position));
      case '&':
        return word_follows && is_ascii_upper(previous) && is_ascii_upper(following) &&
               position - word_start <= 3;  // "AT&T", "S&P"
      case '_': return word_follows;
      case '\'':
      case 0x2019: return word_follows && !is_ascii_digit(previous);  // "O'Brien", "don't" (clitics split later)
      default: return false;
    }
  }

  Position previous_start(Position position) const {
    Position p = position - 1;
    while (p > 0 && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) --p;
    return p;
  }

  Position word(Position begin, Position end) {
    Position stop = at(begin) == '+' ? next(begin) : begin;  // a sign that belongs to the number
    Position segment_start = stop;
    while (stop < end) {
      const char32_t c = at(stop);
      if (classify(c) == CharClass::Word) {
        stop = next(stop);
        continue;
      }
      if (!joins(begin, segment_start, stop, end)) {
        const Position listed_end = listed_abbreviation_end(begin, stop, end);
        if (listed_end == stop) break;
        stop = listed_end;  // "Ph.D.": listed, though a capital follows its inner period
        break;
      }
      stop = next(stop);
      segment_start = stop;
    }
    // A period after the word belongs to it when the whole is an abbreviation or an initial.
    if (stop < end && at(stop) == '.' && is_abbreviation_with_period(slice(begin, stop + 1))) ++stop;
    // "US$ 5": currency letters glued to a dollar sign are one token.
    if (stop < end && at(stop) == '$' && stop - begin <= 3) ++stop;
    emit_word(begin, stop);
    return stop;
  }

  // If `stop` is a period inside a listed abbreviation ("Ph.D."), where that abbreviation ends.
  Position listed_abbreviation_end(Position begin, Position stop, Position end) const {
    if (at(stop) != '.') return stop;
    Position candidate_end = next(stop);
    while (candidate_end < end && is_ascii_letter(at(candidate_end))) candidate_end = next(candidate_end);
    if (candidate_end >= end || at(candidate_end) != '.' || candidate_end == next(stop)) return stop;
    candidate_end = next(candidate_end);
    return abbreviations().find(slice(begin, candidate_end)) != AbbreviationClass::None ? candidate_end : stop;
  }

  static bool is_abbreviation_with_period(std::string_view candidate) {
    return abbreviations().find(candidate) != AbbreviationClass::None || is_dotted_letters(candidate);
  }

  // Emits a word, splitting clitics, fused words and glued unit suffixes.
  void emit_word(Position begin, Position end) {
    const std::string_view word_text = slice(begin, end);
    const TokenKind kind = is_ascii_digit(at(begin)) ? TokenKind::Number : TokenKind::Word;
    if (const std::uint32_t split = fused_words().find(word_text); split > 0 && split < word_text.size()) {
      emit(begin, begin + split, TokenKind::Word);
      emit(begin + split, end, TokenKind::Word);
      return;
    }
    if (const std::size_t split = clitic_split(word_text); split != 0) {
      emit(begin, begin + split, kind);
      emit(begin + split, end, TokenKind::Word);
      return;
    }
    if (const std::size_t code = glued_currency_code(word_text); code != 0) {
      emit(begin, begin + code, TokenKind::Word);
      emit(begin + code, end, TokenKind::Number);
      return;
    }
    if (kind == TokenKind::Number) {
      std::size_t digits_end = 0;
      while (digits_end < word_text.size() && (is_ascii_digit(static_cast<unsigned char>(word_text[digits_end])) ||
                                               word_text[digits_end] == '.' || word_text[digits_end] == ',')) {
        ++digits_end;
      }
      const std::string_view suffix = word_text.substr(digits_end);
      if (digits_end > 0 && !suffix.empty() && is_one_of_ignoring_case(suffix, kSplitNumberSuffixes)) {
        emit(begin, begin + digits_end, TokenKind::Number);
        emit(begin + digits_end, end, TokenKind::Word);
        return;
      }
    }
    emit(begin, end, kind);
  }

  // "PKR50,000", "USD1.5": two or three capitals glued to a formatted amount are a currency code,
  // split like "US$5". Returns the code's length, or 0.
  static std::size_t glued_currency_code(std::string_view word_text) {
    std::size_t letters = 0;
    while (letters < word_text.size() && is_ascii_upper(static_cast<unsigned char>(word_text[letters]))) ++letters;
    if (letters < 2 || letters > 3 || letters == word_text.size()) return 0;
    const std::string_view amount = word_text.substr(letters);
    if (!is_ascii_digit(static_cast<unsigned char>(amount[0]))) return 0;
    bool separator = false;
    for (std::size_t i = 0; i < amount.size(); ++i) {
      const auto c = static_cast<unsigned char>(amount[i]);
      if (c == ',' || c == '.') {
        separator = true;
      } else if (!is_ascii_digit(c)) {
        return 0;
      }
    }
    return separator && is_ascii_digit(static_cast<unsigned char>(amount.back())) ? letters : 0;
  }

  // Where a clitic starts in a word ("don't" -> 2, "company's" -> 7), or 0 for none.
  static std::size_t clitic_split(std::string_view word_text) {
    // n't: "don't", "can't" (ca n't), "won't" (wo n't), also with a curly apostrophe.
    for (const std::string_view negation : {std::string_view("n't"), std::string_view("n\u2019t")}) {
      if (word_text.size() > negation.size() &&
          equals_ignoring_case(word_text.substr(word_text.size() - negation.size()), negation)) {
        return word_text.size() - negation.size();
      }
    }
    const std::size_t straight = word_text.rfind('\'');
    const std::size_t curly = word_text.rfind("\u2019");
    std::size_t apostrophe = std::string_view::npos;
    if (straight != std::string_view::npos) apostrophe = straight;
    if (curly != std::string_view::npos && (apostrophe == std::string_view::npos || curly > apostrophe)) {
      apostrophe = curly;
    }
    if (apostrophe == std::string_view::npos || apostrophe == 0) return 0;
    const std::size_t apostrophe_length = word_text[apostrophe] == '\'' ? 1 : 3;
    const std::string_view after = word_text.substr(apostrophe + apostrophe_length);
    return is_one_of_ignoring_case(after, kClitics) ? apostrophe : 0;
  }

  Document& document_;
  std::string_view text_;
  bool pending_space_ = false;
  int pending_newlines_ = 0;
};

}  // namespace

void tokenize(Document& document) { Tokenizer(document).run(); }

}  // namespace lede::text
