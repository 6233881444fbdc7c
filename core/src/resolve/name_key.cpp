#include "resolve/name_key.hpp"
#include "text/ascii_case.hpp"

#include <array>

namespace lede::resolve {
namespace {

bool is_possessive(std::string_view token) {
  return token == "'s" || token == "'S" || token == "\xE2\x80\x99s" || token == "\xE2\x80\x99S" || token == "'" ||
         token == "\xE2\x80\x99";
}

bool is_name_suffix(std::string_view word) {
  return word == "jr" || word == "sr" || word == "ii" || word == "iii" || word == "iv";
}

bool is_regnal_number(std::string_view folded) {
  static constexpr std::array<std::string_view, 9> kNumbers = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  for (std::string_view number : kNumbers) {
    if (number == folded) return true;
  }
  return false;
}

bool is_function_word(std::string_view word) {
  static constexpr std::array<std::string_view, 10> kWords = {"of", "the", "and", "for", "&",
                                                              "on", "in",  "to",  "de",  "at"};
  for (std::string_view w : kWords) {
    if (w == word) return true;
  }
  return false;
}

// A letter with its period ("U.", "J."): part of an abbreviation written with spaces.
bool is_initial(std::string_view token) {
  return token.size() == 2 && token[1] == '.' &&
         ((token[0] >= 'A' && token[0] <= 'Z') || (token[0] >= 'a' && token[0] <= 'z'));
}

void append_folded(std::string& out, std::string_view token) {
  for (char c : token) {
    if (c != '.') out.push_back(text::ascii_lower(c));
  }
}

}  // namespace

void index_words(NameKey& key) {
  const std::string_view text = key.text;
  key.words = 0;
  key.first_end = static_cast<std::uint32_t>(text.size());
  std::uint32_t word_begin = 0;
  std::uint32_t last_begin = 0;
  std::uint32_t last_end = 0;
  for (std::uint32_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ' ') continue;
    if (i > word_begin) {
      if (key.words == 0) key.first_end = i;
      ++key.words;
      // A suffix ("Jr", "III") is never the surname: the word before it is.
      if (key.words == 1 || !is_name_suffix(text.substr(word_begin, i - word_begin))) {
        last_begin = word_begin;
        last_end = i;
      }
    }
    word_begin = i + 1;
  }
  key.last_begin = last_begin;
  key.last_end = last_end;
}

NameKey name_key(const Document& document, std::uint32_t begin, std::uint32_t end, bool person) {
  NameKey key;
  // A possessive ending and a leading article are not part of the name; the NER usually cuts them,
  // but CoNLL input and rule mentions may not.
  while (end > begin + 1 && is_possessive(document.token_text(end - 1))) --end;
  if (end > begin + 1) {
    const std::string_view first = document.token_text(begin);
    if (first == "the" || first == "The" || first == "THE") ++begin;
  }
  // "Doe, John": one comma between two words, in a person's name, is an inversion.
  std::uint32_t comma = end;
  if (person && end - begin >= 3) {
    for (std::uint32_t t = begin + 1; t + 1 < end; ++t) {
      if (document.token_text(t) == ",") {
        comma = comma == end ? t : end + 1;  // a second comma: a list, not an inversion
      }
    }
    if (comma > end) comma = end;
  }
  bool letters = false;
  bool lowercase = false;
  auto append_range = [&](std::uint32_t from, std::uint32_t to) {
    bool previous_initial = false;
    for (std::uint32_t t = from; t < to; ++t) {
      const std::string_view token = document.token_text(t);
      for (char c : token) {
        if (c >= 'a' && c <= 'z') lowercase = true;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letters = true;
      }
      if (token == "." || token == ",") continue;
      // "U. S." and "J. R. R." spelled with spaces meet "U.S." and "J.R.R.": initials run together.
      const bool initial = is_initial(token);
      const bool separate =
          (t > from && document.tokens[t].space_before && !(initial && previous_initial)) || t == from;
      if (!key.text.empty() && separate && key.text.back() != ' ') key.text.push_back(' ');
      append_folded(key.text, token);
      previous_initial = initial;
    }
  };
  if (comma < end) {
    append_range(comma + 1, end);
    append_range(begin, comma);
  } else {
    append_range(begin, end);
  }
  while (!key.text.empty() && key.text.back() == ' ') key.text.pop_back();
  // A regnal number ends a ruler's name ("Norton I", "Elizabeth II"), which is then the name alone: "Norton
  // I" and "Norton" are one person. (Two rulers of one name in one article, "Elizabeth I" and "Elizabeth
  // II", would be merged: rarer in news than the ruler named with and without the number.)
  if (person) {
    const std::size_t space = key.text.rfind(' ');
    if (space != std::string::npos && is_regnal_number(std::string_view(key.text).substr(space + 1)))
      key.text.resize(space);
  }
  key.all_capitals = letters && !lowercase;
  index_words(key);
  if (key.words == 1 && key.all_capitals) {
    std::size_t capitals = 0;
    for (std::uint32_t t = begin; t < end; ++t) {
      for (char c : document.token_text(t)) capitals += (c >= 'A' && c <= 'Z') ? 1 : 0;
    }
    key.acronym_shaped = capitals >= 2 && capitals <= 6;
  }
  return key;
}

std::string folded_key(std::string_view written) {
  std::string out;
  for (char c : written) {
    if (c == '.') continue;
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(text::ascii_lower(c));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace {

template <bool kContentOnly>
std::string initials(std::string_view key) {
  std::string out;
  std::size_t words = 0;
  std::size_t word_begin = 0;
  for (std::size_t i = 0; i <= key.size(); ++i) {
    if (i < key.size() && key[i] != ' ' && key[i] != '-') continue;
    if (i > word_begin) {
      ++words;
      const std::string_view word = key.substr(word_begin, i - word_begin);
      if (!kContentOnly || !is_function_word(word)) out.push_back(word.front());
    }
    word_begin = i + 1;
  }
  return words >= 2 && out.size() >= 2 ? out : std::string();
}

}  // namespace

std::string initials_of_all_words(std::string_view key) { return initials<false>(key); }
std::string initials_of_content_words(std::string_view key) { return initials<true>(key); }

}  // namespace lede::resolve
