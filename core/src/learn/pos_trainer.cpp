#include "learn/pos_trainer.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <random>
#include <unordered_map>

#include "document/pos_tags.hpp"
#include "learn/averaged_perceptron.hpp"
#include "learn/byte_writer.hpp"
#include "learn/epoch_support.hpp"
#include "learn/fingerprint_table_builder.hpp"
#include "model/section_layouts.hpp"
#include "perceptron/weight_table.hpp"
#include "pos/greedy_decoder.hpp"
#include "pos/pos_features.hpp"
#include "scoring/scores.hpp"

namespace lede::learn {
namespace {

// A (XPOS, UPOS) pair rarer than this is folded into the most frequent pair with its XPOS.
constexpr int kMinClassCount = 3;
// The tag dictionary: words seen this often get their usual class as a feature ...
constexpr int kMinDictionaryCount = 3;
// ... and words this frequent and this unambiguous are tagged without scoring.
constexpr int kMinSureCount = 10;
constexpr double kMinSureShare = 0.995;
// The share of the weight table's slots in use: fuller than the default 75%, so that more features fit
// in the section's byte budget, at the price of slightly longer probes for absent features.
constexpr double kWeightTableFill = 0.85;

struct ClassSet {
  std::vector<std::uint8_t> xpos;
  std::vector<std::uint8_t> upos;
  std::map<std::pair<std::uint8_t, std::uint8_t>, std::uint8_t> of_pair;  // every pair seen -> class
  std::uint8_t of(std::uint8_t x, std::uint8_t u) const {
    const auto found = of_pair.find({x, u});
    return found == of_pair.end() ? pos::kNoClass : found->second;
  }
};

ClassSet build_classes(const std::vector<TaggedSentence>& train) {
  std::map<std::pair<std::uint8_t, std::uint8_t>, int> counts;
  for (const TaggedSentence& s : train) {
    for (std::size_t i = 0; i < s.xpos.size(); ++i) {
      if (s.xpos[i] != lede::kNoTag) ++counts[{s.xpos[i], s.upos[i]}];
    }
  }
  std::vector<std::pair<int, std::pair<std::uint8_t, std::uint8_t>>> by_count;
  for (const auto& [pair, count] : counts) by_count.emplace_back(count, pair);
  std::stable_sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  ClassSet classes;
  for (const auto& [count, pair] : by_count) {
    if (count < kMinClassCount || classes.xpos.size() + 1 >= pos::kNoClass) continue;
    classes.of_pair[pair] = static_cast<std::uint8_t>(classes.xpos.size());
    classes.xpos.push_back(pair.first);
    classes.upos.push_back(pair.second);
  }
  for (const auto& [count, pair] : by_count) {  // rare pairs: the commonest class of their XPOS
    if (classes.of_pair.count(pair) != 0) continue;
    for (std::size_t c = 0; c < classes.xpos.size(); ++c) {
      if (classes.xpos[c] == pair.first) {
        classes.of_pair[pair] = static_cast<std::uint8_t>(c);
        break;
      }
    }
  }
  return classes;
}

struct DictionaryEntry {
  std::uint8_t cls;
  bool sure;
  std::uint32_t payload() const { return cls | (sure ? 0x100U : 0U); }
};
using TagDictionary = std::unordered_map<std::uint64_t, DictionaryEntry>;  // exact form hash -> entry

// One training or dev sentence in the form the tagger sees it.
struct Example {
  std::vector<pos::WordFacts> facts;
  std::vector<std::uint8_t> gold;  // classes; kNoClass where the corpus has no tag
};

std::vector<Example> make_examples(const std::vector<TaggedSentence>& sentences, const ClassSet& classes,
                                   const TagDictionary& dictionary, std::uint64_t seed) {
  std::vector<Example> examples;
  examples.reserve(sentences.size());
  for (const TaggedSentence& s : sentences) {
    Example example;
    for (std::size_t i = 0; i < s.forms.size(); ++i) {
      pos::WordFacts facts = pos::describe_word(s.forms[i], seed);
      pos::look_up_dictionary(facts, [&dictionary](std::uint64_t key) -> std::optional<std::uint32_t> {
        const auto entry = dictionary.find(key);
        if (entry == dictionary.end()) return std::nullopt;
        return entry->second.payload();
      });
      example.facts.push_back(facts);
      example.gold.push_back(s.xpos[i] == lede::kNoTag ? pos::kNoClass : classes.of(s.xpos[i], s.upos[i]));
    }
    examples.push_back(std::move(example));
  }
  return examples;
}

TagDictionary build_dictionary(const std::vector<TaggedSentence>& train, const ClassSet& classes, std::uint64_t seed) {
  std::map<std::uint64_t, std::map<std::uint8_t, int>> counts;
  for (const TaggedSentence& s : train) {
    for (std::size_t i = 0; i < s.forms.size(); ++i) {
      const std::uint8_t cls = s.xpos[i] == lede::kNoTag ? pos::kNoClass : classes.of(s.xpos[i], s.upos[i]);
      if (cls != pos::kNoClass) ++counts[pos::describe_word(s.forms[i], seed).form][cls];
    }
  }
  TagDictionary dictionary;
  for (const auto& [form, by_class] : counts) {
    int total = 0;
    std::pair<std::uint8_t, int> best{pos::kNoClass, 0};
    for (const auto& [cls, count] : by_class) {
      total += count;
      if (count > best.second) best = {cls, count};
    }
    if (total < kMinDictionaryCount) continue;
    const bool sure = total >= kMinSureCount && best.second >= kMinSureShare * total;
    dictionary.emplace(form, DictionaryEntry{best.first, sure});
  }
  return dictionary;
}

std::unordered_set<std::uint64_t> frequent_features(const std::vector<Example>& examples, int min_count) {
  std::unordered_map<std::uint64_t, int> counts;
  std::uint64_t keys[pos::kMaxPosFeatures];
  for (const Example& example : examples) {
    for (std::size_t i = 0; i < example.facts.size(); ++i) {
      const std::uint8_t previous = i >= 1 ? example.gold[i - 1] : pos::kNoClass;
      const std::uint8_t before = i >= 2 ? example.gold[i - 2] : pos::kNoClass;
      const std::size_t n = pos::extract_pos_features(example.facts, i, previous, before, keys);
      for (std::size_t k = 0; k < n; ++k) ++counts[keys[k]];
    }
  }
  return keys_seen_at_least(counts, min_count);
}

// Class accuracy over the words with a gold tag, decoding as the runtime does.
template <typename AddScores, typename Score>
double accuracy(const std::vector<Example>& examples, std::size_t class_count, AddScores&& add_scores, Score*) {
  std::vector<Score> scores(class_count);
  std::vector<std::uint8_t> predicted;
  std::size_t correct = 0;
  std::size_t total = 0;
  for (const Example& example : examples) {
    predicted.resize(example.facts.size());
    pos::decode_greedy(std::span<const pos::WordFacts>(example.facts), class_count,
                       pos::uncached_word_scores(add_scores), pos::hashed_context_scores(add_scores), scores.data(),
                       predicted.data());
    for (std::size_t i = 0; i < predicted.size(); ++i) {
      if (example.gold[i] == pos::kNoClass) continue;
      ++total;
      correct += predicted[i] == example.gold[i] ? 1 : 0;
    }
  }
  return scoring::percent(static_cast<double>(correct), static_cast<double>(total));
}

// One pass over the training data in the given order; returns the share of words guessed right.
double train_epoch(AveragedPerceptron& model, const std::vector<Example>& examples,
                   const std::vector<std::size_t>& order) {
  const std::size_t class_count = model.class_count();
  std::vector<float> scores(class_count);
  std::uint64_t keys[pos::kMaxPosFeatures];
  std::size_t correct = 0;
  std::size_t total = 0;
  for (const std::size_t index : order) {
    const Example& example = examples[index];
    std::uint8_t previous = pos::kNoClass;
    std::uint8_t before = pos::kNoClass;
    for (std::size_t i = 0; i < example.facts.size(); ++i) {
      std::uint8_t guess = example.facts[i].dictionary_class;
      if (!example.facts[i].dictionary_sure) {
        const std::size_t n = pos::extract_pos_features(example.facts, i, previous, before, keys);
        std::fill(scores.begin(), scores.end(), 0.0F);
        model.add_scores(keys, n, scores.data());
        guess = static_cast<std::uint8_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        model.tick();
        if (example.gold[i] != pos::kNoClass) model.update(keys, n, example.gold[i], guess);
      }
      if (example.gold[i] != pos::kNoClass) {
        ++total;
        correct += guess == example.gold[i] ? 1 : 0;
      }
      before = previous;
      previous = guess;
    }
  }
  return scoring::percent(static_cast<double>(correct), static_cast<double>(total));
}

std::vector<std::byte> write_pos_section(const ClassSet& classes, const TagDictionary& dictionary,
                                         const AveragedPerceptron& model, const QuantizationOptions& quantization,
                                         WeightTableStats& stats) {
  // Sorted by key so the bytes do not depend on the hash map's iteration order.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
  for (const auto& [form, entry] : dictionary) entries.emplace_back(form, entry.payload());
  std::sort(entries.begin(), entries.end());
  const FingerprintTableArrays table = build_fingerprint_table(entries);
  return weight_table_section(model, quantization, stats, [&](ByteWriter& out) {
    pos::PosSectionHeader header;
    header.class_count = static_cast<std::uint32_t>(classes.xpos.size());
    header.dictionary_slots = static_cast<std::uint32_t>(table.fingerprints.size());
    out.write_value(header);
    out.write_array(std::span<const std::uint8_t>(classes.xpos));
    out.write_array(std::span<const std::uint8_t>(classes.upos));
    out.write_array(std::span<const std::uint32_t>(table.fingerprints));
    out.write_array(std::span<const std::uint32_t>(table.payloads));
  });
}

}  // namespace

PosTrainingResult train_pos(const std::vector<TaggedSentence>& train, const std::vector<TaggedSentence>& dev,
                            const PosTrainingOptions& options) {
  const TrainingLog report(options.progress);
  const ClassSet classes = build_classes(train);
  const TagDictionary dictionary = build_dictionary(train, classes, options.hash_seed);
  const std::vector<Example> train_examples = make_examples(train, classes, dictionary, options.hash_seed);
  const std::vector<Example> dev_examples = make_examples(dev, classes, dictionary, options.hash_seed);
  AveragedPerceptron model(classes.xpos.size());
  model.admit_only(frequent_features(train_examples, options.min_feature_count));
  report(format_progress("pos: %.0f classes, %.0f dictionary words, %.0f training sentences, %.0f dev sentences",
                         static_cast<double>(classes.xpos.size()), static_cast<double>(dictionary.size()),
                         static_cast<double>(train.size()), static_cast<double>(dev.size())));

  std::vector<std::size_t> order = first_order(train_examples.size());
  std::mt19937_64 random(options.shuffle_seed);
  const auto averaged_scores = model.averaged_scorer();
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    shuffle_order(order, random);
    const double train_accuracy = train_epoch(model, train_examples, order);
    const double dev_accuracy =
        accuracy(dev_examples, model.class_count(), averaged_scores, static_cast<float*>(nullptr));
    report(format_progress("epoch %2.0f  train %6.2f  dev %6.2f  (%.0f s)", epoch, train_accuracy, dev_accuracy,
                           report.elapsed()));
  }
  model.average();

  PosTrainingResult result;
  result.hash_seed = options.hash_seed;
  result.class_count = classes.xpos.size();
  result.dictionary_words = dictionary.size();
  result.dev_accuracy_float = accuracy(
      dev_examples, model.class_count(),
      [&model](const std::uint64_t* keys, std::size_t n, float* scores) { model.add_scores(keys, n, scores); },
      static_cast<float*>(nullptr));
  QuantizationOptions quantization = options.quantization;
  quantization.table_fill = kWeightTableFill;
  result.section = write_pos_section(classes, dictionary, model, quantization, result.weights);
  // Score the saved table through the runtime's reader: the figure the shipped model will give.
  perceptron::SectionReader reader(result.section);
  const auto header = reader.read_value<pos::PosSectionHeader>();
  reader.read_array<std::uint8_t>(header.class_count);
  reader.read_array<std::uint8_t>(header.class_count);
  reader.read_array<std::uint32_t>(header.dictionary_slots);
  reader.read_array<std::uint32_t>(header.dictionary_slots);
  perceptron::WeightTable saved;
  saved.read(reader);
  result.dev_accuracy_quantized = accuracy(
      dev_examples, model.class_count(),
      [&saved](const std::uint64_t* keys, std::size_t n, std::int32_t* scores) {
        for (std::size_t k = 0; k < n; ++k) saved.add_row(keys[k], scores);
      },
      static_cast<std::int32_t*>(nullptr));
  report(format_progress("saved: %.0f of %.0f features, %.0f weights, %.0f bytes",
                         static_cast<double>(result.weights.rows_kept), static_cast<double>(result.weights.rows_in),
                         static_cast<double>(result.weights.weights_kept), static_cast<double>(result.section.size())));
  report(format_progress("dev accuracy (XPOS+UPOS class): averaged float %.2f, saved %.2f (cost %.2f points)",
                         result.dev_accuracy_float, result.dev_accuracy_quantized,
                         result.dev_accuracy_float - result.dev_accuracy_quantized));
  return result;
}

}  // namespace lede::learn
