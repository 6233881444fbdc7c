#include "parse/parse_features.hpp"

#include "perceptron/feature_hash.hpp"
#include "text/ascii_case.hpp"

namespace lede::parse {
namespace {

using perceptron::feature_key;
using perceptron::mix64;

// Stand-ins for a position nobody fills (an empty stack slot, past the buffer's end) and for ROOT.
constexpr ParseWord kAbsent{0x41425345ULL, 0x41425345ULL, 254, 254};
constexpr ParseWord kRootWord{0x524f4f54ULL, 0x524f4f54ULL, 253, 253};
constexpr Dependents kNoDependents{};

enum Template : std::uint32_t {
  kS0w = 1,
  kS0p,
  kS0wp,
  kS0l,
  kB0w,
  kB0p,
  kB0wp,
  kB0l,
  kB1w,
  kB1p,
  kB1wp,
  kB2w,
  kB2p,
  kB2wp,
  kS1w,
  kS1p,
  kS1wp,
  kS1l,
  kS2p,
  kS2wp,
  kS0wpB0wp,
  kS0wpB0w,
  kS0wB0wp,
  kS0wpB0p,
  kS0pB0wp,
  kS0wB0w,
  kS0pB0p,
  kB0pB1p,
  kS0lB0l,
  kS0lB0p,
  kS0pB0l,
  kS1wS0w,
  kS1pS0p,
  kS1wpS0p,
  kS1pS0wp,
  kS1lS0l,
  kS1wpS0wp,
  kB0pB1pB2p,
  kS0pB0pB1p,
  kS1pS0pB0p,
  kS0pS0LpB0p,
  kS0pS0RpB0p,
  kS0pB0pB0Lp,
  kS1pS1RpS0p,
  kS1pS0pS0Lp,
  kS2pS1pS0p,
  kS1pS0pS0Rp,
  kS0pB0pB0wB1p,
  kDistS0w,
  kDistS0p,
  kDistB0w,
  kDistB0p,
  kDistS0wB0w,
  kDistS0pB0p,
  kDistS1pS0p,
  kDistS1wS0w,
  kS0wVr,
  kS0pVr,
  kS0wVl,
  kS0pVl,
  kB0wVl,
  kB0pVl,
  kS1wVr,
  kS1pVr,
  kS1pVl,
  kS0Lw,
  kS0Lp,
  kS0Ll,
  kS0Rw,
  kS0Rp,
  kS0Rl,
  kB0Lw,
  kB0Lp,
  kB0Ll,
  kS1Rw,
  kS1Rp,
  kS1Rl,
  kS1Lp,
  kS1Ll,
  kS0L2w,
  kS0L2p,
  kS0L2l,
  kS0R2w,
  kS0R2p,
  kS0R2l,
  kB0L2w,
  kB0L2p,
  kB0L2l,
  kS0pS0LlS0L2l,
  kS0pS0RlS0R2l,
  kB0pB0LlB0L2l,
  kS0wSr,
  kS0pSr,
  kS0wSl,
  kS0pSl,
  kB0wSl,
  kB0pSl,
  kS0uB0u,
  kS1uS0u,
  kS0uS1uB0u,
};

constexpr std::uint64_t combine(std::uint64_t a, std::uint64_t b) {
  return mix64(a ^ (b * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL));
}
constexpr std::uint64_t tags(std::uint64_t a, std::uint64_t b, std::uint64_t c = 0, std::uint64_t d = 0) {
  return a | b << 8 | c << 16 | d << 24;
}

// Distances in buckets: adjacent words differ most; beyond ten, length matters little.
constexpr std::uint64_t distance_bucket(std::int32_t from, std::int32_t to, std::int32_t root) {
  if (from < 0 || to < 0) return 100;
  if (from == root || to == root) return 101;
  const std::int32_t d = to > from ? to - from : from - to;
  return d <= 4 ? static_cast<std::uint64_t>(d) : d <= 6 ? 5 : d <= 9 ? 6 : d <= 14 ? 7 : 8;
}

constexpr std::uint64_t valency(std::uint8_t count) { return count < 4 ? count : 4; }

using text::ascii_lower;

}  // namespace

ParseWord describe_parse_word(std::string_view form, std::string_view lemma, std::uint8_t xpos, std::uint8_t upos,
                              std::uint64_t seed) {
  std::uint64_t folded = perceptron::kFnvOffset ^ seed;
  for (const char c : form) folded = perceptron::fnv_step(folded, ascii_lower(c));
  ParseWord word;
  word.form = mix64(folded);
  word.lemma = perceptron::hash_bytes(lemma, seed + 64);
  word.tag = xpos;
  word.upos = upos;
  return word;
}

const ParseWord& slot_word(std::span<const ParseWord> words, std::int32_t i, std::int32_t root) {
  if (i < 0) return kAbsent;
  if (i == root) return kRootWord;
  return words[static_cast<std::size_t>(i)];
}

SlotWords slot_words(const ParseState& state) {
  const auto dependents = [&](std::int32_t i) -> const Dependents& {
    return i < 0 ? kNoDependents : state.dependents(i);
  };
  const std::int32_t s0 = state.stack_at(0);
  const std::int32_t s1 = state.stack_at(1);
  const std::int32_t b0 = state.buffer_at(0);
  const Dependents& s0d = dependents(s0);
  const Dependents& s1d = dependents(s1);
  const Dependents& b0d = dependents(b0);
  SlotWords slots{};
  slots[kSlotS0] = s0;
  slots[kSlotS1] = s1;
  slots[kSlotS2] = state.stack_at(2);
  slots[kSlotB0] = b0;
  slots[kSlotB1] = state.buffer_at(1);
  slots[kSlotB2] = state.buffer_at(2);
  slots[kSlotS0L] = s0d.leftmost;
  slots[kSlotS0R] = s0d.rightmost;
  slots[kSlotB0L] = b0d.leftmost;
  slots[kSlotS1R] = s1d.rightmost;
  slots[kSlotS1L] = s1d.leftmost;
  slots[kSlotS0L2] = s0d.second_leftmost;
  slots[kSlotS0R2] = s0d.second_rightmost;
  slots[kSlotB0L2] = b0d.second_leftmost;
  return slots;
}

std::uint64_t slot_label(const ParseState& state, std::int32_t word) {
  // Nobody and ROOT (which is never a dependent: only the stack and buffer slots hold it) have no label.
  return word < 0 || word >= state.root() ? 254 : state.label(static_cast<std::size_t>(word));
}

std::size_t slot_features(WordSlot slot, const ParseWord& w, std::uint64_t label, std::uint64_t* keys) {
  std::size_t k = 0;
  switch (slot) {
    case kSlotS0:
      keys[k++] = feature_key(kS0w, w.form);
      keys[k++] = feature_key(kS0p, w.tag);
      keys[k++] = feature_key(kS0wp, combine(w.form, w.tag));
      keys[k++] = feature_key(kS0l, w.lemma);
      break;
    case kSlotS1:
      keys[k++] = feature_key(kS1w, w.form);
      keys[k++] = feature_key(kS1p, w.tag);
      keys[k++] = feature_key(kS1wp, combine(w.form, w.tag));
      keys[k++] = feature_key(kS1l, w.lemma);
      break;
    case kSlotS2:
      keys[k++] = feature_key(kS2p, w.tag);
      keys[k++] = feature_key(kS2wp, w.form, w.tag);
      break;
    case kSlotB0:
      keys[k++] = feature_key(kB0w, w.form);
      keys[k++] = feature_key(kB0p, w.tag);
      keys[k++] = feature_key(kB0wp, combine(w.form, w.tag));
      keys[k++] = feature_key(kB0l, w.lemma);
      break;
    case kSlotB1:
      keys[k++] = feature_key(kB1w, w.form);
      keys[k++] = feature_key(kB1p, w.tag);
      keys[k++] = feature_key(kB1wp, w.form, w.tag);
      break;
    case kSlotB2:
      keys[k++] = feature_key(kB2w, w.form);
      keys[k++] = feature_key(kB2p, w.tag);
      keys[k++] = feature_key(kB2wp, w.form, w.tag);
      break;
    // The outermost dependents, and their labels.
    case kSlotS0L:
      keys[k++] = feature_key(kS0Lw, w.form);
      keys[k++] = feature_key(kS0Lp, w.tag);
      keys[k++] = feature_key(kS0Ll, label);
      break;
    case kSlotS0R:
      keys[k++] = feature_key(kS0Rw, w.form);
      keys[k++] = feature_key(kS0Rp, w.tag);
      keys[k++] = feature_key(kS0Rl, label);
      break;
    case kSlotB0L:
      keys[k++] = feature_key(kB0Lw, w.form);
      keys[k++] = feature_key(kB0Lp, w.tag);
      keys[k++] = feature_key(kB0Ll, label);
      break;
    case kSlotS1R:
      keys[k++] = feature_key(kS1Rw, w.form);
      keys[k++] = feature_key(kS1Rp, w.tag);
      keys[k++] = feature_key(kS1Rl, label);
      break;
    case kSlotS1L:
      keys[k++] = feature_key(kS1Lp, w.tag);
      keys[k++] = feature_key(kS1Ll, label);
      break;
    case kSlotS0L2:
      keys[k++] = feature_key(kS0L2w, w.form);
      keys[k++] = feature_key(kS0L2p, w.tag);
      keys[k++] = feature_key(kS0L2l, label);
      break;
    case kSlotS0R2:
      keys[k++] = feature_key(kS0R2w, w.form);
      keys[k++] = feature_key(kS0R2p, w.tag);
      keys[k++] = feature_key(kS0R2l, label);
      break;
    case kSlotB0L2:
      keys[k++] = feature_key(kB0L2w, w.form);
      keys[k++] = feature_key(kB0L2p, w.tag);
      keys[k++] = feature_key(kB0L2l, label);
      break;
    case kWordSlotCount: break;
  }
  return k;
}

std::size_t extract_joint_features(const ParseState& state, const SlotWords& slots, std::span<const ParseWord> words,
                                   std::uint64_t* keys) {
  const std::int32_t root = state.root();
  const auto word = [&](WordSlot slot) -> const ParseWord& { return slot_word(words, slots[slot], root); };
  const auto label = [&](WordSlot slot) { return slot_label(state, slots[slot]); };
  const auto dependents = [&](WordSlot slot) -> const Dependents& {
    return slots[slot] < 0 ? kNoDependents : state.dependents(slots[slot]);
  };

  const ParseWord& s0 = word(kSlotS0);
  const ParseWord& s1 = word(kSlotS1);
  const ParseWord& s2 = word(kSlotS2);
  const ParseWord& b0 = word(kSlotB0);
  const ParseWord& b1 = word(kSlotB1);
  const ParseWord& b2 = word(kSlotB2);
  const Dependents& s0d = dependents(kSlotS0);
  const Dependents& s1d = dependents(kSlotS1);
  const Dependents& b0d = dependents(kSlotB0);
  const std::uint8_t s0L = word(kSlotS0L).tag, s0R = word(kSlotS0R).tag, b0L = word(kSlotB0L).tag,
                     s1R = word(kSlotS1R).tag;
  const std::uint64_t s0L_label = label(kSlotS0L), s0R_label = label(kSlotS0R);
  const std::uint64_t s0L2_label = label(kSlotS0L2), s0R2_label = label(kSlotS0R2);
  const std::uint64_t b0L_label = label(kSlotB0L), b0L2_label = label(kSlotB0L2);
  const std::uint64_t s1L_label = label(kSlotS1L);

  const std::uint64_t s0wp = combine(s0.form, s0.tag);
  const std::uint64_t s1wp = combine(s1.form, s1.tag);
  const std::uint64_t b0wp = combine(b0.form, b0.tag);
  const std::uint64_t d_s0b0 = distance_bucket(slots[kSlotS0], slots[kSlotB0], root);
  const std::uint64_t d_s1s0 = distance_bucket(slots[kSlotS1], slots[kSlotS0], root);

  std::size_t k = 0;
  // Pairs: s0 with b0 (a LEFT arc), s1 with s0 (a RIGHT arc).
  keys[k++] = feature_key(kS0wpB0wp, s0wp, b0wp);
  keys[k++] = feature_key(kS0wpB0w, s0wp, b0.form);
  keys[k++] = feature_key(kS0wB0wp, s0.form, b0wp);
  keys[k++] = feature_key(kS0wpB0p, s0wp, b0.tag);
  keys[k++] = feature_key(kS0pB0wp, s0.tag, b0wp);
  keys[k++] = feature_key(kS0wB0w, s0.form, b0.form);
  keys[k++] = feature_key(kS0pB0p, tags(s0.tag, b0.tag));
  keys[k++] = feature_key(kB0pB1p, tags(b0.tag, b1.tag));
  keys[k++] = feature_key(kS0lB0l, s0.lemma, b0.lemma);
  keys[k++] = feature_key(kS0lB0p, s0.lemma, b0.tag);
  keys[k++] = feature_key(kS0pB0l, s0.tag, b0.lemma);
  keys[k++] = feature_key(kS1wS0w, s1.form, s0.form);
  keys[k++] = feature_key(kS1pS0p, tags(s1.tag, s0.tag));
  keys[k++] = feature_key(kS1wpS0p, s1wp, s0.tag);
  keys[k++] = feature_key(kS1pS0wp, s1.tag, s0wp);
  keys[k++] = feature_key(kS1lS0l, s1.lemma, s0.lemma);
  keys[k++] = feature_key(kS1wpS0wp, s1wp, s0wp);
  // Triples of tags.
  keys[k++] = feature_key(kB0pB1pB2p, tags(b0.tag, b1.tag, b2.tag));
  keys[k++] = feature_key(kS0pB0pB1p, tags(s0.tag, b0.tag, b1.tag));
  keys[k++] = feature_key(kS1pS0pB0p, tags(s1.tag, s0.tag, b0.tag));
  keys[k++] = feature_key(kS0pS0LpB0p, tags(s0.tag, s0L, b0.tag));
  keys[k++] = feature_key(kS0pS0RpB0p, tags(s0.tag, s0R, b0.tag));
  keys[k++] = feature_key(kS0pB0pB0Lp, tags(s0.tag, b0.tag, b0L));
  keys[k++] = feature_key(kS1pS1RpS0p, tags(s1.tag, s1R, s0.tag));
  keys[k++] = feature_key(kS1pS0pS0Lp, tags(s1.tag, s0.tag, s0L));
  keys[k++] = feature_key(kS2pS1pS0p, tags(s2.tag, s1.tag, s0.tag));
  keys[k++] = feature_key(kS1pS0pS0Rp, tags(s1.tag, s0.tag, s0R));
  keys[k++] = feature_key(kS0pB0pB0wB1p, tags(s0.tag, b0.tag, b1.tag), b0.form);
  // Distances.
  keys[k++] = feature_key(kDistS0w, s0.form, d_s0b0);
  keys[k++] = feature_key(kDistS0p, tags(s0.tag, d_s0b0));
  keys[k++] = feature_key(kDistB0w, b0.form, d_s0b0);
  keys[k++] = feature_key(kDistB0p, tags(b0.tag, d_s0b0));
  keys[k++] = feature_key(kDistS0wB0w, combine(s0.form, b0.form), d_s0b0);
  keys[k++] = feature_key(kDistS0pB0p, tags(s0.tag, b0.tag, d_s0b0));
  keys[k++] = feature_key(kDistS1pS0p, tags(s1.tag, s0.tag, d_s1s0));
  keys[k++] = feature_key(kDistS1wS0w, combine(s1.form, s0.form), d_s1s0);
  // Valencies.
  keys[k++] = feature_key(kS0wVr, s0.form, valency(s0d.right_count));
  keys[k++] = feature_key(kS0pVr, tags(s0.tag, valency(s0d.right_count)));
  keys[k++] = feature_key(kS0wVl, s0.form, valency(s0d.left_count));
  keys[k++] = feature_key(kS0pVl, tags(s0.tag, valency(s0d.left_count)));
  keys[k++] = feature_key(kB0wVl, b0.form, valency(b0d.left_count));
  keys[k++] = feature_key(kB0pVl, tags(b0.tag, valency(b0d.left_count)));
  keys[k++] = feature_key(kS1wVr, s1.form, valency(s1d.right_count));
  keys[k++] = feature_key(kS1pVr, tags(s1.tag, valency(s1d.right_count)));
  keys[k++] = feature_key(kS1pVl, tags(s1.tag, valency(s1d.left_count)));
  // The labels of the two outermost dependents on one side.
  keys[k++] = feature_key(kS0pS0LlS0L2l, tags(s0.tag, s0L_label, s0L2_label));
  keys[k++] = feature_key(kS0pS0RlS0R2l, tags(s0.tag, s0R_label, s0R2_label));
  keys[k++] = feature_key(kB0pB0LlB0L2l, tags(b0.tag, b0L_label, b0L2_label));
  // The sets of labels on each side.
  keys[k++] = feature_key(kS0wSr, s0.form, s0d.right_labels);
  keys[k++] = feature_key(kS0pSr, s0.tag, s0d.right_labels);
  keys[k++] = feature_key(kS0wSl, s0.form, s0d.left_labels);
  keys[k++] = feature_key(kS0pSl, s0.tag, s0d.left_labels);
  keys[k++] = feature_key(kB0wSl, b0.form, b0d.left_labels);
  keys[k++] = feature_key(kB0pSl, b0.tag, b0d.left_labels);
  // Coarse tags: they generalize across the finer XPOS distinctions.
  keys[k++] = feature_key(kS0uB0u, tags(s0.upos, b0.upos));
  keys[k++] = feature_key(kS1uS0u, tags(s1.upos, s0.upos));
  keys[k++] = feature_key(kS0uS1uB0u, tags(s0.upos, s1.upos, b0.upos, s1L_label == 254 ? 0 : 1));
  return k;
}

std::size_t extract_parse_features(const ParseState& state, std::span<const ParseWord> words, std::uint64_t* keys) {
  const SlotWords slots = slot_words(state);
  const std::int32_t root = state.root();
  std::size_t k = 0;
  for (std::size_t slot = 0; slot < kWordSlotCount; ++slot) {
    const auto s = static_cast<WordSlot>(slot);
    k += slot_features(s, slot_word(words, slots[slot], root), slot_label(state, slots[slot]), keys + k);
  }
  return k + extract_joint_features(state, slots, words, keys + k);
}

}  // namespace lede::parse
