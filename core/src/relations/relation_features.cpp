#include "relations/relation_features.hpp"

#include <array>

#include "document/dep_labels.hpp"
#include "perceptron/feature_hash.hpp"
#include "text/ascii_case.hpp"

namespace lede::relations {
namespace {

using perceptron::feature_key;
using perceptron::mix64;

// Template numbers: part of the model (feature keys are built from them).
enum Template : std::uint32_t {
  kTypes = 1,
  kBetweenCount,
  kBetweenWord,
  kFirstBetween,
  kLastBetween,
  kBeforeFirst,
  kAfterSecond,
  kFirstHead,
  kSecondHead,
  kPath,
  kPathWithWords,
  kPathWord,
  kAncestor,
  kFirstLabel,
  kSecondLabel,
  kLabelPair,
  kCandidatesBetween,
  kBetweenBigram,
  kNoPath,
  kHeadPair,
  kFirstCase,
  kSecondCase,
};

// Longest dependency path (in arcs, on each side of the common ancestor) the templates spell out.
constexpr std::size_t kMaxPathSide = 6;
// Between more words than this, only the first and last kBetweenEdge form the bag.
constexpr std::uint32_t kBetweenEdge = 5;

// FNV-1a over the ASCII-lowercased bytes, so "President" and "president" share a feature.
std::uint64_t hash_lower(std::string_view text, std::uint64_t seed) {
  std::uint64_t hash = perceptron::kFnvOffset ^ seed;
  for (const char c : text) hash = perceptron::fnv_step(hash, text::ascii_lower(c));
  return mix64(hash);
}

// A word as the features see it: its lemma when the POS stage ran, else its spelling; digits collapse
// so that years and counts share a feature.
std::uint64_t word_hash(const Document& document, std::uint32_t token, std::uint64_t seed) {
  const std::string_view form = document.token_text(token);
  if (!form.empty() && form[0] >= '0' && form[0] <= '9') return hash_lower("<num>", seed);
  return hash_lower(document.has_pos() ? document.lemma(token) : form, seed);
}

std::uint32_t bucket(std::uint32_t n) {
  if (n <= 3) return n;
  if (n <= 5) return 4;
  if (n <= 8) return 5;
  if (n <= 14) return 6;
  return 7;
}

class KeyWriter {
 public:
  KeyWriter(std::uint64_t* keys, std::uint32_t types) : keys_(keys), types_(types) {}
  void add(Template t, std::uint64_t value, std::uint64_t extra = 0) {
    if (count_ < kMaxRelationFeatures) keys_[count_++] = feature_key(t, value ^ mix64(extra + 0x51), types_);
  }
  std::size_t count() const { return count_; }

 private:
  std::uint64_t* keys_;
  std::uint32_t types_;
  std::size_t count_ = 0;
};

// The chain of heads from `token` upwards (itself first), at most `limit` long.
std::size_t ancestors(const parse::DependencyIndex& index, std::uint32_t token, std::uint32_t* out, std::size_t limit) {
  std::size_t n = 0;
  std::int64_t current = token;
  while (current >= 0 && n < limit) {
    out[n++] = static_cast<std::uint32_t>(current);
    current = index.head(static_cast<std::uint32_t>(current));
  }
  return n;
}

}  // namespace

std::uint32_t span_head(const parse::DependencyIndex& index, std::uint32_t begin, std::uint32_t end) {
  if (!index.parsed() || begin >= end) return end == 0 ? 0 : end - 1;
  for (std::uint32_t t = begin; t < end; ++t) {
    const std::int32_t head = index.head(t);
    if (head < static_cast<std::int32_t>(begin) || head >= static_cast<std::int32_t>(end)) return t;
  }
  return end - 1;
}

std::size_t extract_relation_features(const RelationFeatureContext& context, const RelationArgument& first,
                                      const RelationArgument& second, std::uint32_t candidates_between,
                                      std::uint64_t* keys) {
  const Document& document = context.document;
  const std::uint64_t seed = context.seed;
  const std::uint32_t types =
      static_cast<std::uint32_t>(first.type) * kArgumentTypeCount + static_cast<std::uint32_t>(second.type);
  KeyWriter out(keys, types + 1);
  out.add(kTypes, 0);

  // Words between the two arguments.
  const std::uint32_t from = first.end;
  const std::uint32_t to = second.begin > first.end ? second.begin : first.end;
  const std::uint32_t between = to - from;
  out.add(kBetweenCount, bucket(between));
  out.add(kCandidatesBetween, candidates_between > 2 ? 2 : candidates_between);
  std::uint64_t previous = hash_lower("<s>", seed);
  for (std::uint32_t t = from; t < to; ++t) {
    if (between > 2 * kBetweenEdge && t >= from + kBetweenEdge && t < to - kBetweenEdge) continue;
    const std::uint64_t word = word_hash(document, t, seed);
    out.add(kBetweenWord, word);
    if (between <= 4) out.add(kBetweenBigram, previous, word);
    previous = word;
  }
  if (between > 0) {
    out.add(kFirstBetween, word_hash(document, from, seed));
    out.add(kLastBetween, word_hash(document, to - 1, seed));
  }
  const Sentence& sentence = document.sentences[document.sentence_of_token(first.begin)];
  out.add(kBeforeFirst, first.begin > sentence.token_begin ? word_hash(document, first.begin - 1, seed) : 1);
  out.add(kAfterSecond, second.end < sentence.token_end ? word_hash(document, second.end, seed) : 1);
  const std::uint64_t first_head = word_hash(document, first.head, seed);
  const std::uint64_t second_head = word_hash(document, second.head, seed);
  out.add(kFirstHead, first_head);
  out.add(kSecondHead, second_head);
  out.add(kHeadPair, first_head, second_head);

  // The dependency path between the heads.
  const parse::DependencyIndex& index = context.index;
  if (!index.parsed()) {
    out.add(kNoPath, 0);
    return out.count();
  }
  out.add(kFirstLabel, index.label(first.head));
  out.add(kSecondLabel, index.label(second.head));
  out.add(kLabelPair, index.label(first.head), index.label(second.head));
  // The preposition an argument hangs by ("in" Boston, "of" the company) is not on the path itself.
  const auto case_word = [&](std::uint32_t head) -> std::uint64_t {
    const std::optional<std::uint32_t> marker = parse::case_marker(index, head);
    return marker ? word_hash(document, *marker, seed) : 0;
  };
  out.add(kFirstCase, case_word(first.head));
  out.add(kSecondCase, case_word(second.head));
  std::array<std::uint32_t, kMaxPathSide + 1> up_first{};
  std::array<std::uint32_t, kMaxPathSide + 1> up_second{};
  const std::size_t n_first = ancestors(index, first.head, up_first.data(), up_first.size());
  const std::size_t n_second = ancestors(index, second.head, up_second.data(), up_second.size());
  std::size_t meet_first = n_first;
  std::size_t meet_second = n_second;
  for (std::size_t i = 0; i < n_first && meet_first == n_first; ++i) {
    for (std::size_t j = 0; j < n_second; ++j) {
      if (up_first[i] == up_second[j]) {
        meet_first = i;
        meet_second = j;
        break;
      }
    }
  }
  if (meet_first == n_first) {
    out.add(kNoPath, 1);
    return out.count();
  }
  // Labels going up from the first, then down to the second; the words on the path between.
  std::uint64_t path = 0x1234;
  std::uint64_t path_words = 0x5678;
  for (std::size_t i = 0; i < meet_first; ++i) {
    path = mix64(path * 31 + index.label(up_first[i]));
    path_words = mix64(path_words * 31 + index.label(up_first[i]));
    if (i > 0) path_words = mix64(path_words ^ word_hash(document, up_first[i], seed));
  }
  const std::uint32_t ancestor = up_first[meet_first];
  const bool ancestor_inside = meet_first == 0 || meet_second == 0;
  path = mix64(path * 31 + 0x100);
  path_words = mix64(path_words * 31 + 0x100);
  if (!ancestor_inside) path_words = mix64(path_words ^ word_hash(document, ancestor, seed));
  for (std::size_t j = meet_second; j-- > 0;) {
    path = mix64(path * 31 + 0x200 + index.label(up_second[j]));
    path_words = mix64(path_words * 31 + 0x200 + index.label(up_second[j]));
    if (j > 0) path_words = mix64(path_words ^ word_hash(document, up_second[j], seed));
  }
  out.add(kPath, path);
  out.add(kPathWithWords, path_words);
  if (!ancestor_inside) out.add(kAncestor, word_hash(document, ancestor, seed));
  // The words on the path are the triggers ("killed", "president", "headquarters", "in").
  for (std::size_t i = 1; i < meet_first; ++i) out.add(kPathWord, word_hash(document, up_first[i], seed));
  for (std::size_t j = 1; j < meet_second; ++j) out.add(kPathWord, word_hash(document, up_second[j], seed));
  if (!ancestor_inside) out.add(kPathWord, word_hash(document, ancestor, seed));
  return out.count();
}

}  // namespace lede::relations
