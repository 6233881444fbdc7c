#include "pos/pos_features.hpp"

#include <algorithm>

#include "perceptron/feature_hash.hpp"

namespace lede::pos {
namespace {

using perceptron::feature_key;
using perceptron::hash_bytes;

constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Letters become X/x, digits d, any non-ASCII character u, and a run of one class is cut to two, so
// that unseen words of one look share a shape: "Washington" and "Bajwa" are both "Xxx", "1,250" "d,dd".
std::size_t word_shape(std::string_view form, char* out, std::size_t capacity) {
  std::size_t length = 0;
  char last = 0;
  int run = 0;
  for (std::size_t i = 0; i < form.size() && length < capacity; ++i) {
    const auto byte = static_cast<unsigned char>(form[i]);
    if (byte >= 0x80 && byte < 0xC0) continue;  // a UTF-8 continuation byte: counted with its lead
    const char cls = byte >= 0x80                 ? 'u'
                     : (byte >= 'A' && byte <= 'Z') ? 'X'
                     : (byte >= 'a' && byte <= 'z') ? 'x'
                     : (byte >= '0' && byte <= '9') ? 'd'
                                                    : static_cast<char>(byte);
    run = cls == last ? run + 1 : 1;
    last = cls;
    if (run <= 2) out[length++] = cls;
  }
  return length;
}

// Stand-ins for the words before the start and after the end of a sentence.
constexpr WordFacts kPadding{0x5354415254ULL, 0x5354415254ULL, 1, 1, 1, 1, 1, 1, 1, 0, kNoClass, false};

// The feature templates, numbered so each key is distinct even where two templates share a value.
enum Template : std::uint32_t {
  kBias = 1, kWord, kPrefix1, kPrefix3, kSuffix2, kSuffix3, kSuffix4, kShape, kFlags,
  kPrevTag, kPrevTwoTags, kPrevTagWord, kPrevWord, kPrevSuffix3, kPrevPrevWord,
  kNextWord, kNextSuffix3, kNextNextWord, kDictClass, kNextDictClass, kNextNextDictClass,
  kPrevWordWord, kWordNextWord, kPrevTagDictClass, kPrevFlags, kNextFlags, kNextShape, kForm, kSuffix1,
};

}  // namespace

WordFacts describe_word(std::string_view form, std::uint64_t seed) {
  constexpr std::size_t kMaxLower = 64;  // longer words are rare; their tail adds nothing
  char lower[kMaxLower];
  const std::size_t n = std::min(form.size(), kMaxLower);
  WordFacts facts;
  bool any_lower = false;
  int letters = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = form[i];
    lower[i] = ascii_lower(c);
    if (c >= 'a' && c <= 'z') any_lower = true;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
    if (c >= '0' && c <= '9') facts.flags |= kHasDigit;
    if (c == '-') facts.flags |= kHasHyphen;
    if (static_cast<unsigned char>(c) >= 0x80) facts.flags |= kHasNonAscii;
  }
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') facts.flags |= kCapitalized;
  if (letters >= 2 && !any_lower && (facts.flags & kCapitalized)) facts.flags |= kAllCaps;
  const std::string_view word(lower, n);
  const auto prefix = [&](std::size_t k) { return hash_bytes(word.substr(0, k), seed + k); };
  const auto suffix = [&](std::size_t k) { return hash_bytes(word.substr(word.size() - std::min(k, word.size())), seed + 16 + k); };
  facts.form = hash_bytes(form, seed + 32);
  facts.lower = hash_bytes(word, seed);
  facts.prefix1 = prefix(1);
  facts.prefix3 = prefix(3);
  facts.suffix1 = suffix(1);
  facts.suffix2 = suffix(2);
  facts.suffix3 = suffix(3);
  facts.suffix4 = suffix(4);
  char shape[16];
  facts.shape = hash_bytes(std::string_view(shape, word_shape(form, shape, sizeof shape)), seed + 48);
  return facts;
}

std::size_t extract_pos_features(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
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
  keys[k++] = feature_key(kBias, 0);
  keys[k++] = feature_key(kWord, w.lower);
  keys[k++] = feature_key(kPrefix1, w.prefix1);
  keys[k++] = feature_key(kPrefix3, w.prefix3);
  keys[k++] = feature_key(kSuffix2, w.suffix2);
  keys[k++] = feature_key(kSuffix3, w.suffix3);
  keys[k++] = feature_key(kSuffix4, w.suffix4);
  keys[k++] = feature_key(kShape, w.shape);
  keys[k++] = feature_key(kFlags, w.flags, i == 0);
  keys[k++] = feature_key(kPrevTag, previous);
  keys[k++] = feature_key(kPrevTwoTags, previous, before_previous);
  keys[k++] = feature_key(kPrevTagWord, previous, w.lower);
  keys[k++] = feature_key(kPrevWord, p1.lower);
  keys[k++] = feature_key(kPrevSuffix3, p1.suffix3);
  keys[k++] = feature_key(kPrevPrevWord, p2.lower);
  keys[k++] = feature_key(kNextWord, n1.lower);
  keys[k++] = feature_key(kNextSuffix3, n1.suffix3);
  keys[k++] = feature_key(kNextNextWord, n2.lower);
  keys[k++] = feature_key(kDictClass, w.dictionary_class);
  keys[k++] = feature_key(kNextDictClass, n1.dictionary_class);
  keys[k++] = feature_key(kNextNextDictClass, n2.dictionary_class);
  keys[k++] = feature_key(kPrevWordWord, p1.lower, w.lower);
  keys[k++] = feature_key(kWordNextWord, w.lower, n1.lower);
  keys[k++] = feature_key(kPrevTagDictClass, previous, w.dictionary_class);
  keys[k++] = feature_key(kPrevFlags, p1.flags);
  keys[k++] = feature_key(kNextFlags, n1.flags);
  keys[k++] = feature_key(kNextShape, n1.shape);
  keys[k++] = feature_key(kForm, w.form);
  keys[k++] = feature_key(kSuffix1, w.suffix1);
  return k;
}

}  // namespace lede::pos
