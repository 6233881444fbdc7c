#include "ner/ner_features.hpp"

#include <algorithm>
#include <bit>
#include <iterator>

#include "perceptron/feature_hash.hpp"
#include "perceptron/token_window.hpp"
#include "text/word_shape.hpp"

namespace lede::ner {
namespace {

using perceptron::feature_key;
using perceptron::fnv_step;
using perceptron::hash_bytes;
using perceptron::kFnvOffset;

// Stand-ins for the tokens before the start and after the end of a sentence.
constexpr TokenFacts kPadding{0x5354415254ULL, 0x5354415254ULL, {1, 1, 1, 1}, {1, 1, 1, 1}, 1, 1, 0, 0, 0};

// The feature templates, numbered so each key is distinct even where two templates share a value. (The
// class templates (kPrevClass*, kPrevTwoClasses) are unused since version 2, where the decoder scores transitions; kept
// for the numbering.)
enum Template : std::uint32_t {
  kBias = 1,
  kForm,
  kLower,
  kPrefix,
  kSuffix,
  kShape,
  kShortShape,
  kFlagsInContext,
  kPrevClass,
  kPrevTwoClasses,
  kPrevClassLower,
  kPrevClassShape,
  kPrevLower,
  kPrevPrevLower,
  kNextLower,
  kNextNextLower,
  kPrevShape,
  kNextShape,
  kPrevLowerLower,
  kLowerNextLower,
  kPrevFlags,
  kNextFlags,
  kFlagsNextShape,
  kPrevForm,
  kNextForm,
  kMemory,
  kMemoryShape,
  kCapsLower,
  kPrevSuffix,
  kNextSuffix,
  kShapeWindow,
  kGazetteer,
  kPrevGazetteer,
  kNextGazetteer,
  kDocumentCase,
  kPrevClassNextLower,
  kDocumentCaseLower,
};

// Where the token stands: sentence-initial capitals and headline capitals say less than others. 0..7.
constexpr std::uint64_t place_of(SentenceFacts context, std::size_t i) {
  return (i == 0 ? 1U : 0U) | (context.all_caps ? 2U : 0U) | (context.numeric ? 4U : 0U);
}

// Whether a token looks like a name, for the list features: "may" is no first name, "May" may be.
constexpr std::uint64_t looks_named(const TokenFacts& token) {
  return (token.flags & (kCapitalized | kAllCaps)) != 0 ? 1 : 0;
}

}  // namespace

TokenFacts describe_token(std::string_view form, std::uint64_t seed) {
  const text::FoldedWord folded(form);
  const std::size_t n = folded.size;
  TokenFacts facts;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = form[i];
    if (c >= '0' && c <= '9') facts.flags |= kHasDigit;
    if (c == '-') facts.flags |= kHasHyphen;
    if (static_cast<unsigned char>(c) >= 0x80) facts.flags |= kNonAscii;
  }
  if (text::starts_with_capital(form)) facts.flags |= kCapitalized;
  if (!form.empty() && form[0] >= 'a' && form[0] <= 'z') facts.flags |= kLowercase;
  if (folded.letters >= 2 && !folded.any_lowercase) facts.flags |= kAllCaps;
  if (folded.letters == 0 && (facts.flags & kNonAscii) == 0) facts.flags |= kNoLetters;
  const std::string_view word = folded.view();
  // Each affix k hashed as hash_bytes(affix, seed + k) (prefixes) or seed + 8 + k (suffixes) would be,
  // with the FNV steps inlined: at most 4 bytes each, no call or view per affix.
  for (std::size_t k = 1; k <= 4; ++k) {
    const std::size_t length = std::min(k, n);
    std::uint64_t head = kFnvOffset ^ (seed + k);
    std::uint64_t tail = kFnvOffset ^ (seed + 8 + k);
    for (std::size_t i = 0; i < length; ++i) {
      head = fnv_step(head, folded.lower[i]);
      tail = fnv_step(tail, folded.lower[n - length + i]);
    }
    facts.prefix[k - 1] = perceptron::mix64(head);
    facts.suffix[k - 1] = perceptron::mix64(tail);
  }
  facts.form = hash_bytes(form, seed + 32);
  facts.lower = hash_bytes(word, seed);
  // The short shape (runs cut to one) is the long one (runs cut to two) with repeats dropped, unless the
  // long one filled its buffer before the word's end.
  char shape[16];
  const std::size_t shape_length = text::word_shape(form, 2, shape, sizeof shape);
  facts.shape = hash_bytes(std::string_view(shape, shape_length), seed + 48);
  if (shape_length < sizeof shape) {
    std::size_t short_length = 0;
    for (std::size_t i = 0; i < shape_length; ++i) {
      if (i == 0 || shape[i] != shape[i - 1]) shape[short_length++] = shape[i];
    }
    facts.short_shape = hash_bytes(std::string_view(shape, short_length), seed + 49);
  } else {
    facts.short_shape = hash_bytes(std::string_view(shape, text::word_shape(form, 1, shape, sizeof shape)), seed + 49);
  }
  return facts;
}

SentenceFacts describe_sentence(std::span<const TokenFacts> tokens) {
  SentenceFacts facts;
  std::size_t numbers = 0;
  for (const TokenFacts& token : tokens) numbers += (token.flags & kHasDigit) != 0 ? 1 : 0;
  facts.numeric = 3 * numbers >= tokens.size() && numbers > 0;
  bool any_letters = false;
  for (const TokenFacts& token : tokens) {
    if (token.flags & kNoLetters) continue;
    any_letters = true;
    // A lowercase start, or a capitalized word that is not all caps ("Japan"), means normal case.
    if ((token.flags & kLowercase) || ((token.flags & kCapitalized) && !(token.flags & kAllCaps))) return facts;
  }
  facts.all_caps = any_letters;
  return facts;
}

namespace {

// Every feature of token i, in one fixed order, as visit(feature_template, first, second): THE definition
// of the features, walked by extract_ner_features (every one hashed: the trainer's) and by
// NerDirectRows::extract (some resolved at load). The token's own features come first
// (kNerWordFeatureCount of them, the spelling's at kNerSpellingKey).
template <typename Visit>
void visit_ner_features(std::span<const TokenFacts> sentence, SentenceFacts context, std::size_t i,
                        MemoryVerdict memory, Visit&& visit) {
  const auto [p2, p1, w, n1, n2] = perceptron::token_window(sentence, i, kPadding);
  const std::uint64_t place = place_of(context, i);
  std::size_t k = 0;
  const auto add = [&](Template feature, std::uint64_t first, std::uint64_t second = 0) {
    visit(feature, first, second);
    ++k;
  };
  add(kBias, 0);
  add(kForm, w.form);
  add(kLower, w.lower);
  for (std::uint64_t a = 0; a < 4; ++a) {
    add(kPrefix, w.prefix[a], a);
    add(kSuffix, w.suffix[a], a);
  }
  add(kShape, w.shape);
  static_assert(kNerWordFeatureCount == 12 && kNerSpellingKey == 1);
  // Then those of its place and neighbours.
  add(kShortShape, w.short_shape, place);
  add(kFlagsInContext, w.flags, place);
  add(kPrevLower, p1.lower);
  add(kPrevPrevLower, p2.lower);
  add(kNextLower, n1.lower);
  add(kNextNextLower, n2.lower);
  add(kPrevShape, p1.short_shape);
  add(kNextShape, n1.short_shape);
  add(kPrevLowerLower, p1.lower, w.lower);
  add(kLowerNextLower, w.lower, n1.lower);
  add(kPrevFlags, p1.flags, place);
  add(kNextFlags, n1.flags, place);
  add(kFlagsNextShape, w.flags, n1.shape);
  add(kPrevForm, p1.form);
  add(kNextForm, n1.form);
  add(kPrevSuffix, p1.suffix[2]);
  add(kNextSuffix, n1.suffix[2]);
  add(kShapeWindow, p1.short_shape ^ (n1.short_shape << 1), w.short_shape);
  add(kMemory, memory);
  add(kMemoryShape, memory, w.short_shape);
  if (context.all_caps) add(kCapsLower, w.lower);
  add(kDocumentCase, w.document_case, place | static_cast<std::uint64_t>(w.flags) << 2);
  add(kDocumentCaseLower, w.document_case, w.lower);
  // List memberships, with whether the token looks like a name.
  for (std::uint64_t bits = w.gazetteer; bits != 0 && k + 3 <= kMaxNerFeatures; bits &= bits - 1) {
    add(kGazetteer, static_cast<std::uint64_t>(std::countr_zero(bits)), looks_named(w) | place << 1);
  }
  // Neighbours' list starts only ("Mr" before, "Corp" after): their inside bits add little.
  for (std::uint64_t bits = p1.gazetteer & 0x5555555555555555ULL; bits != 0 && k + 2 <= kMaxNerFeatures;
       bits &= bits - 1) {
    add(kPrevGazetteer, static_cast<std::uint64_t>(std::countr_zero(bits)));
  }
  for (std::uint64_t bits = n1.gazetteer & 0x5555555555555555ULL; bits != 0 && k + 1 <= kMaxNerFeatures;
       bits &= bits - 1) {
    add(kNextGazetteer, static_cast<std::uint64_t>(std::countr_zero(bits)));
  }
}

// The templates NerDirectRows resolves at load, each a table indexed by its values: (first, second) ->
// first * second_values + second.
struct DirectTemplate {
  Template feature;
  std::size_t first_values;
  std::size_t second_values;
};
constexpr std::size_t kFlagValues = 256;    // TokenFacts::flags
constexpr std::size_t kPlaces = 8;          // place_of
constexpr std::size_t kGazetteerBits = 64;  // bit numbers of TokenFacts::gazetteer
constexpr std::size_t kDocumentCases = 4;   // TokenFacts::document_case: DocumentCase bits, nothing else
static_assert((kSeenCapitalized | kSeenLowercase) < kDocumentCases);
constexpr DirectTemplate kDirectTemplates[] = {
    {kFlagsInContext, kFlagValues, kPlaces},
    {kPrevFlags, kFlagValues, kPlaces},
    {kNextFlags, kFlagValues, kPlaces},
    {kMemory, 256, 1},                                  // MemoryVerdict
    {kDocumentCase, kDocumentCases, kFlagValues << 2},  // place | flags << 2
    {kGazetteer, kGazetteerBits, 2 * kPlaces},          // looks_named | place << 1
    {kPrevGazetteer, kGazetteerBits, 1},
    {kNextGazetteer, kGazetteerBits, 1},
};
constexpr std::size_t kDirectTemplateCount = std::size(kDirectTemplates);
static_assert(
    [] {
      for (const DirectTemplate& direct : kDirectTemplates) {
        if (!std::has_single_bit(direct.first_values) || !std::has_single_bit(direct.second_values)) return false;
      }
      return true;
    }(),
    "table sizes are powers of two, so that a mask keeps a value inside");

// Which entry of kDirectTemplates a template is, or kDirectTemplateCount when it is hashed.
constexpr std::size_t direct_index(Template feature) {
  for (std::size_t d = 0; d < kDirectTemplateCount; ++d) {
    if (kDirectTemplates[d].feature == feature) return d;
  }
  return kDirectTemplateCount;
}

}  // namespace

std::size_t extract_ner_features(std::span<const TokenFacts> sentence, SentenceFacts context, std::size_t i,
                                 MemoryVerdict memory, std::uint64_t* keys) {
  std::size_t k = 0;
  visit_ner_features(sentence, context, i, memory, [&](Template feature, std::uint64_t first, std::uint64_t second) {
    keys[k++] = feature_key(feature, first, second);
  });
  return k;
}

NerDirectRows::NerDirectRows(const perceptron::WeightTable& weights) {
  static_assert(kDirectTemplateCount <= std::size(decltype(offsets_){}));
  std::size_t total = 0;
  for (std::size_t d = 0; d < kDirectTemplateCount; ++d) {
    offsets_[d] = total;
    total += kDirectTemplates[d].first_values * kDirectTemplates[d].second_values;
  }
  rows_.resize(total);
  for (std::size_t d = 0; d < kDirectTemplateCount; ++d) {
    const DirectTemplate& direct = kDirectTemplates[d];
    for (std::uint64_t first = 0; first < direct.first_values; ++first) {
      for (std::uint64_t second = 0; second < direct.second_values; ++second) {
        rows_[offsets_[d] + first * direct.second_values + second] =
            weights.row_of(feature_key(direct.feature, first, second));
      }
    }
  }
}

std::size_t NerDirectRows::extract(std::span<const TokenFacts> sentence, SentenceFacts context, std::size_t i,
                                   MemoryVerdict memory, std::uint64_t* keys, std::uint32_t* rows,
                                   std::size_t& row_count) const {
  std::size_t hashed = 0;
  std::size_t r = 0;
  visit_ner_features(sentence, context, i, memory, [&](Template feature, std::uint64_t first, std::uint64_t second) {
    const std::size_t d = direct_index(feature);  // a constant where the visitor is inlined
    if (d == kDirectTemplateCount) {
      keys[hashed++] = feature_key(feature, first, second);
    } else {
      // The values are within the table's by construction (flags, places, verdicts and list bits are
      // small; document_case holds DocumentCase bits only); the masks keep any other in the table.
      const DirectTemplate& direct = kDirectTemplates[d];
      rows[r++] = rows_[offsets_[d] + (first & (direct.first_values - 1)) * direct.second_values +
                        (second & (direct.second_values - 1))];
    }
  });
  row_count = r;
  return hashed;
}

}  // namespace lede::ner
