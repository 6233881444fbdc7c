#include "rules/number_recognizer.hpp"

#include <charconv>
#include <cstdint>
#include <string_view>

#include "lexicon/embedded.hpp"
#include "lexicon/folded_word_map.hpp"
#include "text/number_token.hpp"

namespace lede::rules {

namespace {

// The "kind" column of core/lexicons/number_words.tsv.
enum class NumberWordKind : std::uint8_t { Unit, Tens, Hundred, Scale, Abbreviation, Plural, Dozen };

struct NumberWord {
  double value = 0;
  NumberWordKind kind = NumberWordKind::Unit;
};

struct KindName {
  std::string_view name;
  NumberWordKind kind;
};
constexpr KindName kKindNames[] = {
    {"unit", NumberWordKind::Unit},   {"tens", NumberWordKind::Tens},           {"hundred", NumberWordKind::Hundred},
    {"scale", NumberWordKind::Scale}, {"abbrev", NumberWordKind::Abbreviation}, {"plural", NumberWordKind::Plural},
    {"dozen", NumberWordKind::Dozen},
};

double parse_value(std::string_view text) {
  std::uint64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return static_cast<double>(value);
}

lexicon::FoldedWordMap<NumberWord> load_number_words() {
  lexicon::FoldedWordMap<NumberWord> words;
  lexicon::for_each_row(lexicon::embedded_lexicon("number_words"), [&](const std::vector<std::string_view>& fields) {
    if (fields.size() < 3) return;
    for (const KindName& kind : kKindNames) {
      if (kind.name == fields[2]) words[fields[0]] = NumberWord{parse_value(fields[1]), kind.kind};
    }
  });
  return words;
}

lexicon::FoldedWordMap<double> load_ordinal_words() {
  lexicon::FoldedWordMap<double> words;
  lexicon::for_each_row(lexicon::embedded_lexicon("ordinal_words"), [&](const std::vector<std::string_view>& fields) {
    if (fields.size() >= 2) words[fields[0]] = parse_value(fields[1]);
  });
  return words;
}

const NumberWord* number_word_at(const text::SentenceTokens& tokens, std::uint32_t i) {
  static const lexicon::FoldedWordMap<NumberWord> words = load_number_words();
  return tokens.is_word(i) ? words.find(tokens.text(i), tokens.folded_hash(i)) : nullptr;
}

const double* ordinal_word_at(const text::SentenceTokens& tokens, std::uint32_t i) {
  static const lexicon::FoldedWordMap<double> words = load_ordinal_words();
  return tokens.is_word(i) ? words.find(tokens.text(i), tokens.folded_hash(i)) : nullptr;
}

bool is_kind(const NumberWord* word, NumberWordKind kind) { return word != nullptr && word->kind == kind; }

bool is_multiplier(const NumberWord* word) {
  return is_kind(word, NumberWordKind::Hundred) || is_kind(word, NumberWordKind::Scale) ||
         is_kind(word, NumberWordKind::Dozen);
}

// Digits glued to a word by a hyphen belong to a name or code, not a count: "F-16", "COVID-19", "Su-35".
bool is_part_of_code(const text::SentenceTokens& tokens, std::uint32_t i) {
  return tokens.is_joining_hyphen(i - 1) && tokens.is_word(i - 2);
}

// Scale words after a number: "1.5 million", "2bn", "5 hundred thousand". Abbreviated scales count
// only glued to digits ("2bn", not "2 b"). At most two scales, so a phrase stays short (linear time).
NumberPhrase apply_scales(const text::SentenceTokens& tokens, NumberPhrase phrase, bool after_digits) {
  for (int scales = 0; scales < 2; ++scales) {
    const NumberWord* word = number_word_at(tokens, phrase.end);
    const bool glued_abbreviation =
        after_digits && scales == 0 && is_kind(word, NumberWordKind::Abbreviation) && tokens.glued(phrase.end);
    if (!is_multiplier(word) && !glued_abbreviation) break;
    phrase.value *= word->value;
    ++phrase.end;
  }
  return phrase;
}

NumberPhrase match_digits(const text::SentenceTokens& tokens, std::uint32_t i) {
  const text::NumberToken number = text::read_number_token(tokens.text(i));
  const bool countable = number.shape == text::NumberShape::Integer || number.shape == text::NumberShape::Decimal;
  if (!countable || is_part_of_code(tokens, i)) return {i, 0};
  return apply_scales(tokens, {i + 1, number.value}, true);
}

// "a million", "a hundred", "a dozen".
NumberPhrase match_article_scale(const text::SentenceTokens& tokens, std::uint32_t i) {
  if (!is_multiplier(number_word_at(tokens, i + 1))) return {i, 0};
  return apply_scales(tokens, {i + 1, 1}, false);
}

// "one" is a pronoun after a determiner ("no one", "the one", "this one") or before "another".
bool is_pronoun_one(const text::SentenceTokens& tokens, std::uint32_t i) {
  constexpr std::string_view kDeterminers[] = {"no",   "the",   "any",     "every",   "each",  "this",
                                               "that", "which", "another", "someone", "little"};
  if (!tokens.is(i, "one")) return false;
  if (tokens.is(i + 1, "another")) return true;
  for (const std::string_view determiner : kDeterminers) {
    if (tokens.is(i - 1, determiner)) return true;
  }
  return false;
}

// Number words, read the way people write them: "twenty five", "twenty-five", "three hundred and
// fifty", "two million three hundred thousand". Scales must fall ("one million one million" is two
// numbers), which also bounds the phrase length.
NumberPhrase match_number_words(const text::SentenceTokens& tokens, std::uint32_t i) {
  enum class Last { Nothing, Unit, Tens, Hundred, Scale };
  Last last = Last::Nothing;
  double total = 0;
  double current = 0;
  double last_scale = 0;
  std::uint32_t end = i;
  std::uint32_t j = i;
  while (tokens.contains(j)) {
    const NumberWord* word = number_word_at(tokens, j);
    const bool after_multiplier = last == Last::Hundred || last == Last::Scale;
    if (word == nullptr) {
      const bool and_continues = tokens.is(j, "and") && after_multiplier &&
                                 (is_kind(number_word_at(tokens, j + 1), NumberWordKind::Unit) ||
                                  is_kind(number_word_at(tokens, j + 1), NumberWordKind::Tens));
      if (!and_continues) break;
      ++j;
      continue;
    }
    const bool after_count = last == Last::Unit || last == Last::Tens;
    if (word->kind == NumberWordKind::Unit && (last == Last::Nothing || last == Last::Tens || after_multiplier)) {
      current += word->value;
      last = Last::Unit;
    } else if (word->kind == NumberWordKind::Tens && (last == Last::Nothing || after_multiplier)) {
      current += word->value;
      last = Last::Tens;
      const NumberWord* unit = number_word_at(tokens, j + 2);
      if (tokens.is_joining_hyphen(j + 1) && is_kind(unit, NumberWordKind::Unit) && unit->value >= 1 &&
          unit->value <= 9) {
        current += unit->value;  // "twenty-five"
        last = Last::Unit;
        j += 2;
      }
    } else if (word->kind == NumberWordKind::Hundred && after_count && current < 100) {
      current *= word->value;
      last = Last::Hundred;
    } else if ((word->kind == NumberWordKind::Scale || word->kind == NumberWordKind::Dozen) &&
               (after_count || last == Last::Hundred) && (last_scale == 0 || word->value < last_scale)) {
      total += current * word->value;
      current = 0;
      last_scale = word->value;
      last = Last::Scale;
    } else if (word->kind == NumberWordKind::Plural && last == Last::Nothing) {
      return {j + 1, word->value};  // "hundreds", "thousands"
    } else {
      break;
    }
    end = ++j;
  }
  if (end == i || (end == i + 1 && is_pronoun_one(tokens, i))) return {i, 0};
  return {end, total + current};
}

// "second" is a unit of time in "wait a second." and "per second".
bool is_unit_second(const text::SentenceTokens& tokens, std::uint32_t i) {
  if (!tokens.is(i, "second")) return false;
  const bool counted =
      tokens.is(i - 1, "a") || tokens.is(i - 1, "per") || tokens.is(i - 1, "every") || tokens.is(i - 1, "split");
  return counted && !tokens.is_word(i + 1);
}

}  // namespace

NumberPhrase match_cardinal(const text::SentenceTokens& tokens, std::uint32_t i) {
  if (tokens.is_number(i)) return match_digits(tokens, i);
  if (tokens.is(i, "a") || tokens.is(i, "an")) return match_article_scale(tokens, i);
  return match_number_words(tokens, i);
}

NumberPhrase match_ordinal(const text::SentenceTokens& tokens, std::uint32_t i) {
  if (tokens.is_number(i)) {
    const text::NumberToken number = text::read_number_token(tokens.text(i));
    if (number.shape == text::NumberShape::Ordinal && !is_part_of_code(tokens, i)) return {i + 1, number.value};
    return {i, 0};
  }
  const NumberWord* tens = number_word_at(tokens, i);
  const double* unit_ordinal = ordinal_word_at(tokens, i + 2);
  if (is_kind(tens, NumberWordKind::Tens) && tokens.is_joining_hyphen(i + 1) && unit_ordinal != nullptr &&
      *unit_ordinal <= 9) {
    return {i + 3, tens->value + *unit_ordinal};  // "twenty-first"
  }
  const double* ordinal = ordinal_word_at(tokens, i);
  if (ordinal == nullptr || is_unit_second(tokens, i)) return {i, 0};
  return {i + 1, *ordinal};
}

void find_numbers(const text::SentenceTokens& tokens, std::vector<Mention>& out) {
  std::uint32_t i = tokens.begin();
  while (i < tokens.end()) {
    const NumberPhrase ordinal = match_ordinal(tokens, i);
    if (ordinal.end > i) {
      out.push_back(Mention{i, ordinal.end, EntityType::Ordinal});
      i = ordinal.end;
      continue;
    }
    const NumberPhrase cardinal = match_cardinal(tokens, i);
    if (cardinal.end > i) {
      out.push_back(Mention{i, cardinal.end, EntityType::Cardinal});
      i = cardinal.end;
      continue;
    }
    ++i;
  }
}

}  // namespace lede::rules
