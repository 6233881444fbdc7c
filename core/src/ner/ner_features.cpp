#include "ner/ner_features.hpp"

#include <algorithm>
#include <bit>

#include "perceptron/feature_hash.hpp"
#include "text/word_shape.hpp"

namespace lede::ner {
namespace {

using perceptron::feature_key;
using perceptron::fnv_step;
using perceptron::hash_bytes;
using perceptron::kFnvOffset;

constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Stand-ins for the tokens before the start and after the end of a sentence.
constexpr TokenFacts kPadding{0x5354415254ULL, 0x5354415254ULL, {1, 1, 1, 1}, {1, 1, 1, 1}, 1, 1, 0, 0, 0};

// The feature templates, numbered so each key is distinct even where two templates share a value. (The
// class templates (kPrevClass*, kPrevTwoClasses) are unused since version 2, where the decoder scores transitions; kept for the numbering.)
enum Template : std::uint32_t {
  kBias = 1, kForm, kLower, kPrefix, kSuffix, kShape, kShortShape, kFlagsInContext,
  kPrevClass, kPrevTwoClasses, kPrevClassLower, kPrevClassShape,
  kPrevLower, kPrevPrevLower, kNextLower, kNextNextLower, kPrevShape, kNextShape,
  kPrevLowerLower, kLowerNextLower, kPrevFlags, kNextFlags, kFlagsNextShape, kPrevForm, kNextForm,
  kMemory, kMemoryShape, kCapsLower, kPrevSuffix, kNextSuffix, kShapeWindow, kGazetteer, kPrevGazetteer,
  kNextGazetteer, kDocumentCase, kPrevClassNextLower, kDocumentCaseLower,
};

// Where the token stands: sentence-initial capitals and headline capitals say less than others. 0..7.
constexpr std::uint64_t place_of(SentenceFacts context, std::size_t i) {
  return (i == 0 ? 1U : 0U) | (context.all_caps ? 2U : 0U) | (context.numeric ? 4U : 0U);
}

// Whether a token looks like a name, for the list features: "may" is no first name, "May" may be.
constexpr std::uint64_t looks_named(const TokenFacts& token) { return (token.flags & (kCapitalized | kAllCaps)) != 0 ? 1 : 0; }

}  // namespace

TokenFacts describe_token(std::string_view form, std::uint64_t seed) {
  constexpr std::size_t kMaxLower = 64;  // longer tokens are rare; their tail adds nothing
  char lower[kMaxLower];
  const std::size_t n = std::min(form.size(), kMaxLower);
  TokenFacts facts;
  bool any_lower = false;
  int letters = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = form[i];
    lower[i] = ascii_lower(c);
    if (c >= 'a' && c <= 'z') any_lower = true;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
    if (c >= '0' && c <= '9') facts.flags |= kHasDigit;
    if (c == '-') facts.flags |= kHasHyphen;
    if (static_cast<unsigned char>(c) >= 0x80) facts.flags |= kNonAscii;
  }
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') facts.flags |= kCapitalized;
  if (!form.empty() && form[0] >= 'a' && form[0] <= 'z') facts.flags |= kLowercase;
  if (letters >= 2 && !any_lower) facts.flags |= kAllCaps;
  if (letters == 0 && (facts.flags & kNonAscii) == 0) facts.flags |= kNoLetters;
  const std::string_view word(lower, n);
  // Each affix k hashed as hash_bytes(affix, seed + k) (prefixes) or seed + 8 + k (suffixes) would be,
  // with the FNV steps inlined: at most 4 bytes each, no call or view per affix.
  for (std::size_t k = 1; k <= 4; ++k) {
    const std::size_t length = std::min(k, n);
    std::uint64_t head = kFnvOffset ^ (seed + k);
    std::uint64_t tail = kFnvOffset ^ (seed + 8 + k);
    for (std::size_t i = 0; i < length; ++i) {
      head = fnv_step(head, lower[i]);
      tail = fnv_step(tail, lower[n - length + i]);
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

std::size_t extract_ner_features(std::span<const TokenFacts> sentence, SentenceFacts context, std::size_t i,
                                 MemoryVerdict memory, std::uint64_t* keys) {
  const auto at = [&](std::ptrdiff_t offset) -> const TokenFacts& {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + offset;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(sentence.size()) ? kPadding : sentence[static_cast<std::size_t>(j)];
  };
  const TokenFacts& w = sentence[i];
  const TokenFacts& p1 = at(-1);
  const TokenFacts& p2 = at(-2);
  const TokenFacts& n1 = at(1);
  const TokenFacts& n2 = at(2);
  const std::uint64_t place = place_of(context, i);
  std::size_t k = 0;
  // The token's own features (kNerWordFeatureCount of them, the spelling's key at kNerSpellingKey).
  keys[k++] = feature_key(kBias, 0);
  keys[k++] = feature_key(kForm, w.form);
  keys[k++] = feature_key(kLower, w.lower);
  for (std::uint64_t a = 0; a < 4; ++a) {
    keys[k++] = feature_key(kPrefix, w.prefix[a], a);
    keys[k++] = feature_key(kSuffix, w.suffix[a], a);
  }
  keys[k++] = feature_key(kShape, w.shape);
  static_assert(kNerWordFeatureCount == 12 && kNerSpellingKey == 1);
  // Then those of its place and neighbours.
  keys[k++] = feature_key(kShortShape, w.short_shape, place);
  keys[k++] = feature_key(kFlagsInContext, w.flags, place);
  keys[k++] = feature_key(kPrevLower, p1.lower);
  keys[k++] = feature_key(kPrevPrevLower, p2.lower);
  keys[k++] = feature_key(kNextLower, n1.lower);
  keys[k++] = feature_key(kNextNextLower, n2.lower);
  keys[k++] = feature_key(kPrevShape, p1.short_shape);
  keys[k++] = feature_key(kNextShape, n1.short_shape);
  keys[k++] = feature_key(kPrevLowerLower, p1.lower, w.lower);
  keys[k++] = feature_key(kLowerNextLower, w.lower, n1.lower);
  keys[k++] = feature_key(kPrevFlags, p1.flags, place);
  keys[k++] = feature_key(kNextFlags, n1.flags, place);
  keys[k++] = feature_key(kFlagsNextShape, w.flags, n1.shape);
  keys[k++] = feature_key(kPrevForm, p1.form);
  keys[k++] = feature_key(kNextForm, n1.form);
  keys[k++] = feature_key(kPrevSuffix, p1.suffix[2]);
  keys[k++] = feature_key(kNextSuffix, n1.suffix[2]);
  keys[k++] = feature_key(kShapeWindow, p1.short_shape ^ (n1.short_shape << 1), w.short_shape);
  keys[k++] = feature_key(kMemory, memory);
  keys[k++] = feature_key(kMemoryShape, memory, w.short_shape);
  if (context.all_caps) keys[k++] = feature_key(kCapsLower, w.lower);
  keys[k++] = feature_key(kDocumentCase, w.document_case, place | static_cast<std::uint64_t>(w.flags) << 2);
  keys[k++] = feature_key(kDocumentCaseLower, w.document_case, w.lower);
  // List memberships, with whether the token looks like a name.
  for (std::uint64_t bits = w.gazetteer; bits != 0 && k + 3 <= kMaxNerFeatures; bits &= bits - 1) {
    keys[k++] = feature_key(kGazetteer, static_cast<std::uint64_t>(std::countr_zero(bits)), looks_named(w) | place << 1);
  }
  // Neighbours' list starts only ("Mr" before, "Corp" after): their inside bits add little.
  for (std::uint64_t bits = p1.gazetteer & 0x5555555555555555ULL; bits != 0 && k + 2 <= kMaxNerFeatures; bits &= bits - 1) {
    keys[k++] = feature_key(kPrevGazetteer, static_cast<std::uint64_t>(std::countr_zero(bits)));
  }
  for (std::uint64_t bits = n1.gazetteer & 0x5555555555555555ULL; bits != 0 && k + 1 <= kMaxNerFeatures; bits &= bits - 1) {
    keys[k++] = feature_key(kNextGazetteer, static_cast<std::uint64_t>(std::countr_zero(bits)));
  }
  return k;
}

std::size_t extract_ner_hashed_features(std::span<const TokenFacts> sentence, SentenceFacts context, std::size_t i,
                                        MemoryVerdict memory, std::uint64_t* keys) {
  const auto at = [&](std::ptrdiff_t offset) -> const TokenFacts& {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + offset;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(sentence.size()) ? kPadding : sentence[static_cast<std::size_t>(j)];
  };
  const TokenFacts& w = sentence[i];
  const TokenFacts& p1 = at(-1);
  const TokenFacts& p2 = at(-2);
  const TokenFacts& n1 = at(1);
  const TokenFacts& n2 = at(2);
  const std::uint64_t place = place_of(context, i);
  std::size_t k = 0;
  keys[k++] = feature_key(kBias, 0);
  keys[k++] = feature_key(kForm, w.form);
  keys[k++] = feature_key(kLower, w.lower);
  for (std::uint64_t a = 0; a < 4; ++a) {
    keys[k++] = feature_key(kPrefix, w.prefix[a], a);
    keys[k++] = feature_key(kSuffix, w.suffix[a], a);
  }
  keys[k++] = feature_key(kShape, w.shape);
  keys[k++] = feature_key(kShortShape, w.short_shape, place);
  keys[k++] = feature_key(kPrevLower, p1.lower);
  keys[k++] = feature_key(kPrevPrevLower, p2.lower);
  keys[k++] = feature_key(kNextLower, n1.lower);
  keys[k++] = feature_key(kNextNextLower, n2.lower);
  keys[k++] = feature_key(kPrevShape, p1.short_shape);
  keys[k++] = feature_key(kNextShape, n1.short_shape);
  keys[k++] = feature_key(kPrevLowerLower, p1.lower, w.lower);
  keys[k++] = feature_key(kLowerNextLower, w.lower, n1.lower);
  keys[k++] = feature_key(kFlagsNextShape, w.flags, n1.shape);
  keys[k++] = feature_key(kPrevForm, p1.form);
  keys[k++] = feature_key(kNextForm, n1.form);
  keys[k++] = feature_key(kPrevSuffix, p1.suffix[2]);
  keys[k++] = feature_key(kNextSuffix, n1.suffix[2]);
  keys[k++] = feature_key(kShapeWindow, p1.short_shape ^ (n1.short_shape << 1), w.short_shape);
  keys[k++] = feature_key(kMemoryShape, memory, w.short_shape);
  if (context.all_caps) keys[k++] = feature_key(kCapsLower, w.lower);
  keys[k++] = feature_key(kDocumentCaseLower, w.document_case, w.lower);
  return k;
}

namespace {

// The direct templates' tables, laid end to end in NerDirectRows, and their sizes.
enum DirectTable : std::size_t {
  kDirectFlags, kDirectPrevFlags, kDirectNextFlags, kDirectMemory, kDirectDocumentCase, kDirectGazetteer,
  kDirectPrevGazetteer, kDirectNextGazetteer, kDirectTableCount,
};
constexpr std::size_t kFlagValues = 256;        // TokenFacts::flags
constexpr std::size_t kPlaces = 8;              // place_of
constexpr std::size_t kDocumentCases = 4;       // TokenFacts::document_case: DocumentCase bits, nothing else
static_assert((kSeenCapitalized | kSeenLowercase) < kDocumentCases);
constexpr std::size_t kGazetteerBits = 64;      // bit numbers of TokenFacts::gazetteer
constexpr std::size_t kTableSizes[kDirectTableCount] = {
    kFlagValues * kPlaces, kFlagValues * kPlaces, kFlagValues * kPlaces, 256,
    kDocumentCases * kFlagValues * kPlaces, kGazetteerBits * 2 * kPlaces, kGazetteerBits, kGazetteerBits,
};

}  // namespace

NerDirectRows::NerDirectRows(const perceptron::WeightTable& weights) {
  std::size_t total = 0;
  for (std::size_t t = 0; t < kDirectTableCount; ++t) {
    offsets_[t] = total;
    total += kTableSizes[t];
  }
  rows_.resize(total);
  std::uint32_t* out = rows_.data();
  for (std::uint64_t flags = 0; flags < kFlagValues; ++flags) {
    for (std::uint64_t place = 0; place < kPlaces; ++place) {
      const std::size_t cell = flags * kPlaces + place;
      out[offsets_[kDirectFlags] + cell] = weights.row_of(feature_key(kFlagsInContext, flags, place));
      out[offsets_[kDirectPrevFlags] + cell] = weights.row_of(feature_key(kPrevFlags, flags, place));
      out[offsets_[kDirectNextFlags] + cell] = weights.row_of(feature_key(kNextFlags, flags, place));
      for (std::uint64_t seen = 0; seen < kDocumentCases; ++seen) {
        out[offsets_[kDirectDocumentCase] + seen * kFlagValues * kPlaces + cell] =
            weights.row_of(feature_key(kDocumentCase, seen, place | flags << 2));
      }
    }
  }
  for (std::uint64_t verdict = 0; verdict < 256; ++verdict) {
    out[offsets_[kDirectMemory] + verdict] = weights.row_of(feature_key(kMemory, verdict));
  }
  for (std::uint64_t bit = 0; bit < kGazetteerBits; ++bit) {
    for (std::uint64_t named_place = 0; named_place < 2 * kPlaces; ++named_place) {
      out[offsets_[kDirectGazetteer] + bit * 2 * kPlaces + named_place] = weights.row_of(feature_key(kGazetteer, bit, named_place));
    }
    out[offsets_[kDirectPrevGazetteer] + bit] = weights.row_of(feature_key(kPrevGazetteer, bit));
    out[offsets_[kDirectNextGazetteer] + bit] = weights.row_of(feature_key(kNextGazetteer, bit));
  }
}

std::size_t NerDirectRows::extract(std::span<const TokenFacts> sentence, SentenceFacts context, std::size_t i,
                                   MemoryVerdict memory, std::uint64_t* keys, std::uint32_t* rows,
                                   std::size_t& row_count) const {
  const std::size_t hashed = extract_ner_hashed_features(sentence, context, i, memory, keys);
  const auto at = [&](std::ptrdiff_t offset) -> const TokenFacts& {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + offset;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(sentence.size()) ? kPadding : sentence[static_cast<std::size_t>(j)];
  };
  const TokenFacts& w = sentence[i];
  const TokenFacts& p1 = at(-1);
  const TokenFacts& n1 = at(1);
  const std::uint64_t place = place_of(context, i);
  const std::uint32_t* table = rows_.data();
  std::size_t r = 0;
  rows[r++] = table[offsets_[kDirectFlags] + w.flags * kPlaces + place];
  rows[r++] = table[offsets_[kDirectPrevFlags] + p1.flags * kPlaces + place];
  rows[r++] = table[offsets_[kDirectNextFlags] + n1.flags * kPlaces + place];
  rows[r++] = table[offsets_[kDirectMemory] + memory];
  rows[r++] = table[offsets_[kDirectDocumentCase] + ((w.document_case & (kDocumentCases - 1)) * kFlagValues + w.flags) * kPlaces + place];
  // The list features, as many as extract_ner_features writes: its count so far is hashed + r.
  const auto count = [&] { return hashed + r; };
  for (std::uint64_t bits = w.gazetteer; bits != 0 && count() + 3 <= kMaxNerFeatures; bits &= bits - 1) {
    rows[r++] = table[offsets_[kDirectGazetteer] + static_cast<std::size_t>(std::countr_zero(bits)) * 2 * kPlaces +
                      (looks_named(w) | place << 1)];
  }
  for (std::uint64_t bits = p1.gazetteer & 0x5555555555555555ULL; bits != 0 && count() + 2 <= kMaxNerFeatures; bits &= bits - 1) {
    rows[r++] = table[offsets_[kDirectPrevGazetteer] + static_cast<std::size_t>(std::countr_zero(bits))];
  }
  for (std::uint64_t bits = n1.gazetteer & 0x5555555555555555ULL; bits != 0 && count() + 1 <= kMaxNerFeatures; bits &= bits - 1) {
    rows[r++] = table[offsets_[kDirectNextGazetteer] + static_cast<std::size_t>(std::countr_zero(bits))];
  }
  row_count = r;
  return hashed;
}

}  // namespace lede::ner
