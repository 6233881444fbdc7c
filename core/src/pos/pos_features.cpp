#include "pos/pos_features.hpp"

#include <algorithm>

#include "perceptron/feature_hash.hpp"
#include "text/word_shape.hpp"

namespace lede::pos {
namespace {

using perceptron::feature_key;
using perceptron::fnv_step;
using perceptron::hash_bytes;
using perceptron::kFnvOffset;

constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

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
  kBias = 1, kWord, kPrefix1, kPrefix3, kSuffix2, kSuffix3, kSuffix4, kShape, kFlags,
  kPrevTag, kPrevTwoTags, kPrevTagWord, kPrevWord, kPrevSuffix3, kPrevPrevWord,
  kNextWord, kNextSuffix3, kNextNextWord, kDictClass, kNextDictClass, kNextNextDictClass,
  kPrevWordWord, kWordNextWord, kPrevTagDictClass, kPrevFlags, kNextFlags, kNextShape, kForm, kSuffix1,
  kPrefix2, kPrefix4, kSuffix5, kSuffix3Caps, kLength, kPrevTagSuffix3, kNextNextSuffix3,
  kDictClassNextDictClass, kPrevTagNextDictClass, kLowerDictClass,
};


constexpr std::uint8_t length_bucket(std::size_t n) {
  return n <= 4 ? static_cast<std::uint8_t>(n) : n <= 6 ? 5 : n <= 9 ? 6 : n <= 13 ? 7 : 8;
}

}  // namespace

WordFacts describe_word(std::string_view form, std::uint64_t seed) {
  constexpr std::size_t kMaxLower = 64;  // longer words are rare; their tail adds nothing
  char lower[kMaxLower];
  const std::size_t n = std::min(form.size(), kMaxLower);
  WordFacts facts;
  bool any_lower = false;
  int letters = 0;
  // One pass: the lowercased bytes, the hashes of the exact and lowercased forms and of the prefixes
  // (FNV-1a states part way through), and the flags.
  std::uint64_t exact = kFnvOffset ^ (seed + 32);
  std::uint64_t folded = kFnvOffset ^ seed;
  std::uint64_t folded_as_form = kFnvOffset ^ (seed + 32);
  std::uint8_t flags = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = form[i];
    const char l = ascii_lower(c);
    lower[i] = l;
    exact = fnv_step(exact, c);
    folded = fnv_step(folded, l);
    folded_as_form = fnv_step(folded_as_form, l);
    if (i < 4) facts.prefix[i] = folded;
    if (c >= 'a' && c <= 'z') any_lower = true;
    if (c >= 'A' && c <= 'Z') {
      ++letters;
      if (i > 0) flags |= kUpperInside;
    } else if (c >= 'a' && c <= 'z') {
      ++letters;
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
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') flags |= kCapitalized;
  if (letters >= 2 && !any_lower && (flags & kCapitalized)) flags |= kAllCaps;
  facts.flags = flags;
  facts.length = length_bucket(form.size());
  facts.form = perceptron::mix64(exact);
  facts.lower = perceptron::mix64(folded);
  facts.lower_form = perceptron::mix64(folded_as_form);
  // Suffixes: FNV-1a from the last byte backwards, so each is one step on from the shorter one.
  std::uint64_t tail = kFnvOffset ^ (seed + 16);
  for (std::size_t k = 0; k < 5; ++k) {
    if (k < n) tail = fnv_step(tail, lower[n - 1 - k]);
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

std::size_t extract_pos_context_features(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                                         std::uint8_t before_previous, std::uint64_t* keys) {
  const auto at = [&](std::ptrdiff_t offset) -> const WordFacts& {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + offset;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(sentence.size()) ? kPadding : sentence[static_cast<std::size_t>(j)];
  };
  const WordFacts& w = sentence[i];
  const WordFacts& p1 = at(-1);
  const WordFacts& p2 = at(-2);
  const WordFacts& n1 = at(1);
  const WordFacts& n2 = at(2);
  std::size_t k = 0;
  keys[k++] = feature_key(kFlags, w.flags, i == 0);
  keys[k++] = feature_key(kPrevWord, p1.lower);
  keys[k++] = feature_key(kPrevSuffix3, p1.suffix[2]);
  keys[k++] = feature_key(kPrevPrevWord, p2.lower);
  keys[k++] = feature_key(kNextWord, n1.lower);
  keys[k++] = feature_key(kNextSuffix3, n1.suffix[2]);
  keys[k++] = feature_key(kNextNextWord, n2.lower);
  keys[k++] = feature_key(kNextNextSuffix3, n2.suffix[2]);
  keys[k++] = feature_key(kNextDictClass, n1.dictionary_class);
  keys[k++] = feature_key(kNextNextDictClass, n2.dictionary_class);
  keys[k++] = feature_key(kDictClassNextDictClass, w.dictionary_class, n1.dictionary_class);
  keys[k++] = feature_key(kPrevWordWord, p1.lower, w.lower);
  keys[k++] = feature_key(kWordNextWord, w.lower, n1.lower);
  keys[k++] = feature_key(kPrevFlags, p1.flags);
  keys[k++] = feature_key(kNextFlags, n1.flags);
  keys[k++] = feature_key(kNextShape, n1.shape);
  // Those that depend on the classes chosen to the left.
  keys[k++] = feature_key(kPrevTag, previous);
  keys[k++] = feature_key(kPrevTwoTags, previous, before_previous);
  keys[k++] = feature_key(kPrevTagWord, previous, w.lower);
  keys[k++] = feature_key(kPrevTagDictClass, previous, w.dictionary_class);
  keys[k++] = feature_key(kPrevTagSuffix3, previous, w.suffix[2]);
  keys[k++] = feature_key(kPrevTagNextDictClass, previous, n1.dictionary_class);
  return k;
}

std::size_t extract_pos_features(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                                 std::uint8_t before_previous, std::uint64_t* keys) {
  const std::size_t k = extract_pos_word_features(sentence[i], keys);
  return k + extract_pos_context_features(sentence, i, previous, before_previous, keys + k);
}

std::size_t extract_pos_hashed_context_features(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                                                std::uint64_t* keys) {
  const auto at = [&](std::ptrdiff_t offset) -> const WordFacts& {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + offset;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(sentence.size()) ? kPadding : sentence[static_cast<std::size_t>(j)];
  };
  const WordFacts& w = sentence[i];
  const WordFacts& p1 = at(-1);
  const WordFacts& p2 = at(-2);
  const WordFacts& n1 = at(1);
  const WordFacts& n2 = at(2);
  std::size_t k = 0;
  keys[k++] = feature_key(kPrevWord, p1.lower);
  keys[k++] = feature_key(kPrevSuffix3, p1.suffix[2]);
  keys[k++] = feature_key(kPrevPrevWord, p2.lower);
  keys[k++] = feature_key(kNextWord, n1.lower);
  keys[k++] = feature_key(kNextSuffix3, n1.suffix[2]);
  keys[k++] = feature_key(kNextNextWord, n2.lower);
  keys[k++] = feature_key(kNextNextSuffix3, n2.suffix[2]);
  keys[k++] = feature_key(kPrevWordWord, p1.lower, w.lower);
  keys[k++] = feature_key(kWordNextWord, w.lower, n1.lower);
  keys[k++] = feature_key(kNextShape, n1.shape);
  keys[k++] = feature_key(kPrevTagWord, previous, w.lower);
  keys[k++] = feature_key(kPrevTagSuffix3, previous, w.suffix[2]);
  return k;
}

namespace {

// The direct templates, in PosDirectRows' table order, and the values each is indexed by.
enum DirectTable : std::size_t {
  kDirectFlags, kDirectPrevFlags, kDirectNextFlags,     // flags (the first with whether the word is first)
  kDirectNextClass, kDirectNextNextClass, kDirectPrevTag,  // one class
  kDirectClassNextClass, kDirectPrevTwoTags, kDirectPrevTagClass, kDirectPrevTagNextClass,  // two classes
};
static_assert(kDirectPrevTagNextClass + 1 == kPosDirectContextFeatures);

}  // namespace

PosDirectRows::PosDirectRows(const perceptron::WeightTable& weights, std::size_t class_count) : stride_(class_count + 1) {
  const auto value = [&](std::size_t slot) -> std::uint64_t { return slot == class_count ? kNoClass : slot; };
  std::size_t sizes[kPosDirectContextFeatures] = {};
  sizes[kDirectFlags] = 512;
  sizes[kDirectPrevFlags] = sizes[kDirectNextFlags] = 256;
  sizes[kDirectNextClass] = sizes[kDirectNextNextClass] = sizes[kDirectPrevTag] = stride_;
  sizes[kDirectClassNextClass] = sizes[kDirectPrevTwoTags] = sizes[kDirectPrevTagClass] = sizes[kDirectPrevTagNextClass] =
      stride_ * stride_;
  std::size_t total = 0;
  for (std::size_t t = 0; t < kPosDirectContextFeatures; ++t) {
    offsets_[t] = total;
    total += sizes[t];
  }
  rows_.resize(total);
  std::uint32_t* out = rows_.data();
  for (std::uint64_t flags = 0; flags < 256; ++flags) {
    for (std::uint64_t first = 0; first < 2; ++first) out[offsets_[kDirectFlags] + flags * 2 + first] = weights.row_of(feature_key(kFlags, flags, first));
    out[offsets_[kDirectPrevFlags] + flags] = weights.row_of(feature_key(kPrevFlags, flags));
    out[offsets_[kDirectNextFlags] + flags] = weights.row_of(feature_key(kNextFlags, flags));
  }
  for (std::size_t a = 0; a < stride_; ++a) {
    out[offsets_[kDirectNextClass] + a] = weights.row_of(feature_key(kNextDictClass, value(a)));
    out[offsets_[kDirectNextNextClass] + a] = weights.row_of(feature_key(kNextNextDictClass, value(a)));
    out[offsets_[kDirectPrevTag] + a] = weights.row_of(feature_key(kPrevTag, value(a)));
    for (std::size_t b = 0; b < stride_; ++b) {
      const std::size_t cell = a * stride_ + b;
      out[offsets_[kDirectClassNextClass] + cell] = weights.row_of(feature_key(kDictClassNextDictClass, value(a), value(b)));
      out[offsets_[kDirectPrevTwoTags] + cell] = weights.row_of(feature_key(kPrevTwoTags, value(a), value(b)));
      out[offsets_[kDirectPrevTagClass] + cell] = weights.row_of(feature_key(kPrevTagDictClass, value(a), value(b)));
      out[offsets_[kDirectPrevTagNextClass] + cell] = weights.row_of(feature_key(kPrevTagNextDictClass, value(a), value(b)));
    }
  }
}

void PosDirectRows::rows(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                         std::uint8_t before_previous, std::uint32_t* rows) const {
  const auto at = [&](std::ptrdiff_t offset) -> const WordFacts& {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + offset;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(sentence.size()) ? kPadding : sentence[static_cast<std::size_t>(j)];
  };
  const WordFacts& w = sentence[i];
  const WordFacts& p1 = at(-1);
  const WordFacts& n1 = at(1);
  const WordFacts& n2 = at(2);
  const std::uint32_t* table = rows_.data();
  const std::size_t tag = slot(previous);
  rows[kDirectFlags] = table[offsets_[kDirectFlags] + std::size_t{w.flags} * 2 + (i == 0 ? 1 : 0)];
  rows[kDirectPrevFlags] = table[offsets_[kDirectPrevFlags] + p1.flags];
  rows[kDirectNextFlags] = table[offsets_[kDirectNextFlags] + n1.flags];
  rows[kDirectNextClass] = table[offsets_[kDirectNextClass] + slot(n1.dictionary_class)];
  rows[kDirectNextNextClass] = table[offsets_[kDirectNextNextClass] + slot(n2.dictionary_class)];
  rows[kDirectPrevTag] = table[offsets_[kDirectPrevTag] + tag];
  rows[kDirectClassNextClass] = table[offsets_[kDirectClassNextClass] + slot(w.dictionary_class) * stride_ + slot(n1.dictionary_class)];
  rows[kDirectPrevTwoTags] = table[offsets_[kDirectPrevTwoTags] + tag * stride_ + slot(before_previous)];
  rows[kDirectPrevTagClass] = table[offsets_[kDirectPrevTagClass] + tag * stride_ + slot(w.dictionary_class)];
  rows[kDirectPrevTagNextClass] = table[offsets_[kDirectPrevTagNextClass] + tag * stride_ + slot(n1.dictionary_class)];
}

}  // namespace lede::pos
