#include "pos/pos_features.hpp"

#include <algorithm>
#include <iterator>

#include "perceptron/feature_hash.hpp"
#include "perceptron/token_window.hpp"
#include "text/ascii_case.hpp"
#include "text/word_shape.hpp"

namespace lede::pos {
namespace {

using perceptron::feature_key;
using perceptron::fnv_step;
using perceptron::hash_bytes;
using perceptron::kFnvOffset;

using text::ascii_lower;

// Stand-ins for the words before the start and after the end of a sentence.
constexpr WordFacts padding() {
  WordFacts facts;
  facts.form = facts.lower = facts.shape = 0x5354415254ULL;
  for (auto& value : facts.prefix) value = 1;
  for (auto& value : facts.suffix) value = 1;
  facts.length = 255;
  facts.lower_form = 0x5354415254ULL;
  return facts;
}
constexpr WordFacts kPadding = padding();

// The feature templates, numbered so each key is distinct even where two templates share a value.
enum Template : std::uint32_t {
  kBias = 1,
  kWord,
  kPrefix1,
  kPrefix3,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kShape,
  kFlags,
  kPrevTag,
  kPrevTwoTags,
  kPrevTagWord,
  kPrevWord,
  kPrevSuffix3,
  kPrevPrevWord,
  kNextWord,
  kNextSuffix3,
  kNextNextWord,
  kDictClass,
  kNextDictClass,
  kNextNextDictClass,
  kPrevWordWord,
  kWordNextWord,
  kPrevTagDictClass,
  kPrevFlags,
  kNextFlags,
  kNextShape,
  kForm,
  kSuffix1,
  kPrefix2,
  kPrefix4,
  kSuffix5,
  kSuffix3Caps,
  kLength,
  kPrevTagSuffix3,
  kNextNextSuffix3,
  kDictClassNextDictClass,
  kPrevTagNextDictClass,
  kLowerDictClass,
};

constexpr std::uint8_t length_bucket(std::size_t n) {
  return n <= 4 ? static_cast<std::uint8_t>(n) : n <= 6 ? 5 : n <= 9 ? 6 : n <= 13 ? 7 : 8;
}

}  // namespace

WordFacts describe_word(std::string_view form, std::uint64_t seed) {
  const text::FoldedWord word(form);
  const std::size_t n = word.size;
  WordFacts facts;
  // One pass over the folded bytes: the hashes of the exact and lowercased forms and of the prefixes
  // (FNV-1a states part way through), and the flags.
  std::uint64_t exact = kFnvOffset ^ (seed + 32);
  std::uint64_t folded = kFnvOffset ^ seed;
  std::uint64_t folded_as_form = kFnvOffset ^ (seed + 32);
  std::uint8_t flags = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = form[i];
    const char l = word.lower[i];
    exact = fnv_step(exact, c);
    folded = fnv_step(folded, l);
    folded_as_form = fnv_step(folded_as_form, l);
    if (i < 4) facts.prefix[i] = folded;
    if (c >= 'A' && c <= 'Z') {
      if (i > 0) flags |= kUpperInside;
    } else if (c >= '0' && c <= '9') {
      flags |= kHasDigit;
    } else if (c == '-') {
      flags |= kHasHyphen;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      flags |= kHasNonAscii;
    }
  }
  for (std::size_t i = n; i < 4; ++i) facts.prefix[i] = folded;
  for (std::size_t i = n; i < form.size(); ++i) {
    exact = fnv_step(exact, form[i]);
    folded_as_form = fnv_step(folded_as_form, ascii_lower(form[i]));
  }
  if (text::starts_with_capital(form)) flags |= kCapitalized;
  if (word.letters >= 2 && !word.any_lowercase && (flags & kCapitalized)) flags |= kAllCaps;
  facts.flags = flags;
  facts.length = length_bucket(form.size());
  facts.form = perceptron::mix64(exact);
  facts.lower = perceptron::mix64(folded);
  facts.lower_form = perceptron::mix64(folded_as_form);
  // Suffixes: FNV-1a from the last byte backwards, so each is one step on from the shorter one.
  std::uint64_t tail = kFnvOffset ^ (seed + 16);
  for (std::size_t k = 0; k < 5; ++k) {
    if (k < n) tail = fnv_step(tail, word.lower[n - 1 - k]);
    facts.suffix[k] = tail;
  }
  char shape[16];
  facts.shape = hash_bytes(std::string_view(shape, text::word_shape(form, 2, shape, sizeof shape)), seed + 48);
  return facts;
}

std::size_t extract_pos_word_features(const WordFacts& w, std::uint64_t* keys) {
  std::size_t k = 0;
  keys[k++] = feature_key(kBias, 0);
  keys[k++] = feature_key(kWord, w.lower);
  keys[k++] = feature_key(kPrefix1, w.prefix[0]);
  keys[k++] = feature_key(kPrefix2, w.prefix[1]);
  keys[k++] = feature_key(kPrefix3, w.prefix[2]);
  keys[k++] = feature_key(kPrefix4, w.prefix[3]);
  keys[k++] = feature_key(kSuffix1, w.suffix[0]);
  keys[k++] = feature_key(kSuffix2, w.suffix[1]);
  keys[k++] = feature_key(kSuffix3, w.suffix[2]);
  keys[k++] = feature_key(kSuffix4, w.suffix[3]);
  keys[k++] = feature_key(kSuffix5, w.suffix[4]);
  keys[k++] = feature_key(kSuffix3Caps, w.suffix[2], w.flags & (kCapitalized | kAllCaps));
  keys[k++] = feature_key(kLength, w.length);
  keys[k++] = feature_key(kShape, w.shape);
  keys[k++] = feature_key(kForm, w.form);
  keys[k++] = feature_key(kDictClass, w.dictionary_class);
  keys[k++] = feature_key(kLowerDictClass, w.lower_class, w.flags & (kCapitalized | kAllCaps));
  return k;
}

namespace {

// The features of word i's context, in one fixed order, as visit(feature_template, first, second): THE
// definition, walked by extract_pos_context_features (every one hashed: the trainer's) and by
// PosDirectRows::extract (some resolved at load).
template <typename Visit>
void visit_pos_context_features(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                                std::uint8_t before_previous, Visit&& visit) {
  const auto [p2, p1, w, n1, n2] = perceptron::token_window(sentence, i, kPadding);
  visit(kFlags, w.flags, i == 0);
  visit(kPrevWord, p1.lower, 0);
  visit(kPrevSuffix3, p1.suffix[2], 0);
  visit(kPrevPrevWord, p2.lower, 0);
  visit(kNextWord, n1.lower, 0);
  visit(kNextSuffix3, n1.suffix[2], 0);
  visit(kNextNextWord, n2.lower, 0);
  visit(kNextNextSuffix3, n2.suffix[2], 0);
  visit(kNextDictClass, n1.dictionary_class, 0);
  visit(kNextNextDictClass, n2.dictionary_class, 0);
  visit(kDictClassNextDictClass, w.dictionary_class, n1.dictionary_class);
  visit(kPrevWordWord, p1.lower, w.lower);
  visit(kWordNextWord, w.lower, n1.lower);
  visit(kPrevFlags, p1.flags, 0);
  visit(kNextFlags, n1.flags, 0);
  visit(kNextShape, n1.shape, 0);
  // Those that depend on the classes chosen to the left.
  visit(kPrevTag, previous, 0);
  visit(kPrevTwoTags, previous, before_previous);
  visit(kPrevTagWord, previous, w.lower);
  visit(kPrevTagDictClass, previous, w.dictionary_class);
  visit(kPrevTagSuffix3, previous, w.suffix[2]);
  visit(kPrevTagNextDictClass, previous, n1.dictionary_class);
}

// The kinds of value a direct template is indexed by.
enum class Values : std::uint8_t {
  kNone,   // no second value (0)
  kFlags,  // WordFlag bits: 256 values
  kFirst,  // whether the word is the sentence's first: 2 values
  kClass,  // a class, or kNoClass: class_count + 1 values
};
struct DirectTemplate {
  Template feature;
  Values first;
  Values second;
};
constexpr DirectTemplate kDirectTemplates[] = {
    {kFlags, Values::kFlags, Values::kFirst},
    {kNextDictClass, Values::kClass, Values::kNone},
    {kNextNextDictClass, Values::kClass, Values::kNone},
    {kDictClassNextDictClass, Values::kClass, Values::kClass},
    {kPrevFlags, Values::kFlags, Values::kNone},
    {kNextFlags, Values::kFlags, Values::kNone},
    {kPrevTag, Values::kClass, Values::kNone},
    {kPrevTwoTags, Values::kClass, Values::kClass},
    {kPrevTagDictClass, Values::kClass, Values::kClass},
    {kPrevTagNextDictClass, Values::kClass, Values::kClass},
};
static_assert(std::size(kDirectTemplates) == kPosDirectContextFeatures);

// Which entry of kDirectTemplates a template is, or kPosDirectContextFeatures when it is hashed.
constexpr std::size_t direct_index(Template feature) {
  for (std::size_t d = 0; d < kPosDirectContextFeatures; ++d) {
    if (kDirectTemplates[d].feature == feature) return d;
  }
  return kPosDirectContextFeatures;
}

}  // namespace

std::size_t extract_pos_context_features(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                                         std::uint8_t before_previous, std::uint64_t* keys) {
  std::size_t k = 0;
  visit_pos_context_features(sentence, i, previous, before_previous,
                             [&](Template feature, std::uint64_t first, std::uint64_t second) {
                               keys[k++] = feature_key(feature, first, second);
                             });
  return k;
}

std::size_t extract_pos_features(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                                 std::uint8_t before_previous, std::uint64_t* keys) {
  const std::size_t k = extract_pos_word_features(sentence[i], keys);
  return k + extract_pos_context_features(sentence, i, previous, before_previous, keys + k);
}

PosDirectRows::PosDirectRows(const perceptron::WeightTable& weights, std::size_t class_count)
    : stride_(class_count + 1) {
  const auto count = [&](Values kind) -> std::size_t {
    return kind == Values::kFlags ? 256 : kind == Values::kFirst ? 2 : kind == Values::kClass ? stride_ : 1;
  };
  // The value of an index: a class index of class_count stands for kNoClass.
  const auto value = [&](Values kind, std::size_t index) -> std::uint64_t {
    return kind == Values::kClass && index == class_count ? kNoClass : index;
  };
  std::size_t total = 0;
  for (std::size_t d = 0; d < kPosDirectContextFeatures; ++d) {
    offsets_[d] = total;
    seconds_[d] = count(kDirectTemplates[d].second);
    total += count(kDirectTemplates[d].first) * seconds_[d];
  }
  rows_.resize(total);
  for (std::size_t d = 0; d < kPosDirectContextFeatures; ++d) {
    const DirectTemplate& direct = kDirectTemplates[d];
    for (std::size_t a = 0; a < count(direct.first); ++a) {
      for (std::size_t b = 0; b < seconds_[d]; ++b) {
        rows_[offsets_[d] + a * seconds_[d] + b] =
            weights.row_of(feature_key(direct.feature, value(direct.first, a), value(direct.second, b)));
      }
    }
  }
}

std::size_t PosDirectRows::extract(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                                   std::uint8_t before_previous, std::uint64_t* keys, std::uint32_t* rows) const {
  // A value's index: flags, first and none are their own; a class is its slot.
  const auto index = [&](Values kind, std::uint64_t value) -> std::size_t {
    return kind == Values::kClass ? slot(static_cast<std::uint8_t>(value)) : static_cast<std::size_t>(value & 0xFF);
  };
  std::size_t hashed = 0;
  visit_pos_context_features(
      sentence, i, previous, before_previous, [&](Template feature, std::uint64_t first, std::uint64_t second) {
        const std::size_t d = direct_index(feature);  // a constant where the visitor is inlined
        if (d == kPosDirectContextFeatures) {
          keys[hashed++] = feature_key(feature, first, second);
        } else {
          const DirectTemplate& direct = kDirectTemplates[d];
          rows[d] = rows_[offsets_[d] + index(direct.first, first) * seconds_[d] + index(direct.second, second)];
        }
      });
  return hashed;
}

}  // namespace lede::pos
