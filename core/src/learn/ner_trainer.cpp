#include "learn/ner_trainer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "learn/averaged_perceptron.hpp"
#include "learn/byte_writer.hpp"
#include "learn/epoch_support.hpp"
#include "model/section_layouts.hpp"
#include "ner/document_memory.hpp"
#include "ner/ner_decoder.hpp"
#include "ner/ner_features.hpp"
#include "perceptron/weight_table.hpp"

namespace lede::learn {
namespace {

using ner::TokenFacts;

// One document in the form the tagger sees it.
struct Example {
  std::vector<TokenFacts> facts;
  std::vector<ner::SentenceRange> sentences;
  std::vector<std::uint8_t> gold;       // BILOU classes, per token
  std::vector<ner::NamedSpan> names;    // document token indices
  std::vector<std::uint8_t> unlabeled;  // per token (empty: every token labeled); see NerSentence
};

std::vector<Example> make_examples(const std::vector<NerDocument>& documents, const ner::Gazetteer& gazetteer,
                                   std::uint64_t seed) {
  std::vector<Example> examples;
  examples.reserve(documents.size());
  for (const NerDocument& document : documents) {
    Example example;
    for (const NerSentence& sentence : document.sentences) {
      if (sentence.forms.empty()) continue;
      const auto begin = static_cast<std::uint32_t>(example.facts.size());
      for (const std::string& form : sentence.forms) example.facts.push_back(ner::describe_token(form, seed));
      const auto end = static_cast<std::uint32_t>(example.facts.size());
      gazetteer.mark(std::span<TokenFacts>(example.facts.data() + begin, end - begin));
      example.gold.resize(end);
      if (!sentence.unlabeled.empty()) {
        example.unlabeled.resize(end, 0);
        for (std::size_t i = 0; i < sentence.unlabeled.size() && begin + i < end; ++i) {
          example.unlabeled[begin + i] = sentence.unlabeled[i];
        }
      }
      ner::bilou_classes(sentence.names, 0, end - begin, example.gold.data() + begin);
      for (ner::NamedSpan name : sentence.names) {
        name.begin += begin;
        name.end += begin;
        example.names.push_back(name);
      }
      example.sentences.push_back({begin, end});
    }
    ner::DocumentMemory cases;
    cases.reset(example.facts.size());
    for (const ner::SentenceRange& r : example.sentences) {
      ner::note_sentence_case(cases, std::span<const TokenFacts>(example.facts.data() + r.begin, r.end - r.begin));
    }
    for (const ner::SentenceRange& r : example.sentences) {
      ner::apply_document_case(cases, std::span<TokenFacts>(example.facts.data() + r.begin, r.end - r.begin));
    }
    if (!example.unlabeled.empty()) example.unlabeled.resize(example.facts.size(), 0);
    examples.push_back(std::move(example));
  }
  return examples;
}

// The features as training meets them, approximated with gold classes for the history and the memory.
std::unordered_set<std::uint64_t> frequent_features(const std::vector<Example>& examples, int min_count) {
  std::unordered_map<std::uint64_t, int> counts;
  std::uint64_t keys[ner::kMaxNerFeatures];
  ner::DocumentMemory memory;
  for (const Example& example : examples) {
    memory.reset(example.facts.size());
    for (const ner::SentenceRange& r : example.sentences) {
      const std::span<const TokenFacts> facts(example.facts.data() + r.begin, r.end - r.begin);
      const ner::SentenceFacts context = ner::describe_sentence(facts);
      for (std::size_t i = 0; i < facts.size(); ++i) {
        const std::size_t n = ner::extract_ner_features(facts, context, i, ner::memory_verdict(memory, facts[i]), keys);
        for (std::size_t k = 0; k < n; ++k) ++counts[keys[k]];
      }
      for (std::uint32_t t = r.begin; t < r.end; ++t) {
        if (ner::is_remembered(example.facts[t])) memory.record(example.facts[t].lower, example.gold[t]);
      }
    }
  }
  return keys_seen_at_least(counts, min_count);
}

// The transition matrix of the structured perceptron, averaged lazily like AveragedPerceptron.
struct TransitionWeights {
  static constexpr std::size_t kCells = ner::kTransitionRows * ner::kNerClassCount;
  float weights[kCells] = {};
  double totals[kCells] = {};
  std::uint64_t stamps[kCells] = {};
  std::uint64_t now = 0;
  void change(std::uint8_t previous, std::uint8_t next, float delta) {
    const std::size_t cell = ner::transition_row(previous) * ner::kNerClassCount + next;
    totals[cell] += static_cast<double>(now - stamps[cell]) * weights[cell];
    stamps[cell] = now;
    weights[cell] += delta;
  }
  void averaged(float* out) const {
    for (std::size_t cell = 0; cell < kCells; ++cell) {
      out[cell] = now == 0
                      ? weights[cell]
                      : static_cast<float>((totals[cell] + static_cast<double>(now - stamps[cell]) * weights[cell]) /
                                           static_cast<double>(now));
    }
  }
};

// Exact-span F1 over the four types, decoding as the runtime does.
template <typename Score, typename AddScores>
double dev_f1(const std::vector<Example>& examples, const Score* transitions, AddScores&& add_scores) {
  scoring::Prf scores;  // exact spans of the four types, micro-averaged
  ner::DocumentMemory memory;
  ner::DecodeScratch scratch;
  std::vector<std::uint8_t> classes;
  std::vector<ner::NamedSpan> predicted;
  for (const Example& example : examples) {
    classes.assign(example.facts.size(), 0);
    ner::decode_document(
        std::span<const TokenFacts>(example.facts), std::span<const ner::SentenceRange>(example.sentences), memory,
        scratch, transitions, add_scores, [](const ner::SentenceRange&) {}, classes.data());
    predicted.clear();
    for (const ner::SentenceRange& r : example.sentences) {
      ner::append_named_spans(classes.data() + r.begin, r.end - r.begin, r.begin, predicted);
    }
    scores.gold += example.names.size();
    scores.predicted += predicted.size();
    for (const ner::NamedSpan& span : predicted) {
      if (std::find(example.names.begin(), example.names.end(), span) != example.names.end()) ++scores.correct;
    }
  }
  return scores.f1();
}

// The biases tuned on dev: for each type, one for starting a name (added to every transition into B-x
// and U-x) and one for going on with it (into I-x and L-x): a lean for or against naming a span of that
// type, and for or against longer ones, the same wherever they stand.
inline constexpr int kBiasCount = 2 * ner::kNamedTypeCount;

template <typename Score>
void add_bias(Score* transitions, int parameter, Score bias) {
  const auto type = static_cast<ner::NamedType>(parameter % ner::kNamedTypeCount);
  const bool starting = parameter < ner::kNamedTypeCount;
  const ner::Position first = starting ? ner::Position::Begin : ner::Position::Inside;
  const ner::Position second = starting ? ner::Position::Unit : ner::Position::Last;
  for (std::size_t row = 0; row < ner::kTransitionRows; ++row) {
    transitions[row * ner::kNerClassCount + ner::ner_class(type, first)] += bias;
    transitions[row * ner::kNerClassCount + ner::ner_class(type, second)] += bias;
  }
}

struct TypeBias {
  float values[kBiasCount] = {};
  double f1_before = 0.0;
  double f1_after = 0.0;
};

// The biases that maximize dev F1 of the saved table (what the runtime reads), by coordinate ascent over a
// grid (two rounds over the parameters), added to `transitions` (in the table's units: `scale` per unit).
// The averaged perceptron leaves the types' thresholds where the training data's mix put them (unknown
// capitalized words lean to PER); a few numbers tuned on dev move them back.
template <typename AddScores>
TypeBias tune_type_bias(const std::vector<Example>& dev, std::int32_t* transitions, float scale,
                        AddScores&& add_scores) {
  constexpr float kGrid[] = {-12, -10, -8, -6, -4, -3, -2, -1, 0, 1, 2, 3, 4, 6, 8, 10, 12};  // in weight units
  const auto units = [scale](float value) { return static_cast<std::int32_t>(std::lround(value / scale)); };
  TypeBias result;
  result.f1_before = dev_f1<std::int32_t>(dev, static_cast<const std::int32_t*>(transitions), add_scores);
  double best = result.f1_before;
  for (int round = 0; round < 2; ++round) {
    for (int p = 0; p < kBiasCount; ++p) {
      float best_value = result.values[p];
      for (const float value : kGrid) {
        if (value == result.values[p]) continue;
        add_bias(transitions, p, units(value) - units(result.values[p]));
        const double f1 = dev_f1<std::int32_t>(dev, static_cast<const std::int32_t*>(transitions), add_scores);
        add_bias(transitions, p, units(result.values[p]) - units(value));
        if (f1 > best + 1e-9) {
          best = f1;
          best_value = value;
        }
      }
      add_bias(transitions, p, units(best_value) - units(result.values[p]));
      result.values[p] = best_value;
    }
  }
  // What the section's float transitions get: whole units, so the runtime's rounding keeps them exact.
  for (float& value : result.values) value = static_cast<float>(units(value)) * scale;
  result.f1_after = best;
  return result;
}

// One pass over the training documents in the given order, decoding as the runtime does and learning
// from every token as it is decoded; returns the share of tokens guessed right.
double train_epoch(AveragedPerceptron& model, TransitionWeights& transitions, const std::vector<Example>& examples,
                   const std::vector<std::size_t>& order) {
  std::vector<std::uint8_t> guesses;
  ner::DocumentMemory memory;
  ner::DecodeScratch scratch;
  std::size_t correct = 0;
  std::size_t total = 0;
  const auto emit = [&model](const std::uint64_t* keys, std::size_t n, const std::uint32_t*, std::size_t,
                             float* scores) {
    model.add_scores(keys, n, scores);  // AllHashed features: no rows
  };
  for (const std::size_t index : order) {
    const Example& example = examples[index];
    // The structured perceptron: once a sentence is decoded, move the weights from its Viterbi path
    // towards the gold one (features where the classes differ, transitions where a pair differs).
    const auto after = [&](const ner::SentenceRange& r) {
      model.tick();
      ++transitions.now;
      // Unlabeled tokens take the guess as gold: no feature update there, and no transition update
      // into or out of them (the gold path around them is unknown).
      const auto unlabeled = [&example](std::uint32_t t) {
        return !example.unlabeled.empty() && example.unlabeled[t] != 0;
      };
      for (std::uint32_t t = r.begin; t < r.end; ++t) {
        const std::size_t i = t - r.begin;
        if (unlabeled(t)) continue;
        const std::uint8_t gold = example.gold[t];
        const std::uint8_t guess = guesses[t];
        if (i > 0 && unlabeled(t - 1)) {
          ++total;
          correct += gold == guess ? 1 : 0;
          if (gold != guess)
            model.update(scratch.keys.data() + i * ner::kMaxNerFeatures, scratch.key_counts[i], gold, guess);
          continue;
        }
        const std::uint8_t gold_before = i == 0 ? ner::kNoNerClass : example.gold[t - 1];
        const std::uint8_t guess_before = i == 0 ? ner::kNoNerClass : guesses[t - 1];
        ++total;
        correct += gold == guess ? 1 : 0;
        if (gold != guess)
          model.update(scratch.keys.data() + i * ner::kMaxNerFeatures, scratch.key_counts[i], gold, guess);
        if (gold != guess || gold_before != guess_before) {
          transitions.change(gold_before, gold, 1.0F);
          transitions.change(guess_before, guess, -1.0F);
        }
      }
    };
    guesses.assign(example.facts.size(), 0);
    ner::decode_document(std::span<const TokenFacts>(example.facts),
                         std::span<const ner::SentenceRange>(example.sentences), memory, scratch,
                         static_cast<const float*>(transitions.weights), emit, after, guesses.data());
  }
  return scoring::percent(static_cast<double>(correct), static_cast<double>(total));
}

}  // namespace

NerTrainingResult train_ner(const std::vector<NerDocument>& train, const std::vector<NerDocument>& dev,
                            const ner::Gazetteer& gazetteer, const NerTrainingOptions& options) {
  const TrainingLog report(options.progress);
  const std::vector<Example> train_examples = make_examples(train, gazetteer, options.hash_seed);
  const std::vector<Example> dev_examples = make_examples(dev, gazetteer, options.hash_seed);
  const std::unordered_set<std::uint64_t> admitted = frequent_features(train_examples, options.min_feature_count);
  report(format_progress("ner: %.0f training documents, %.0f dev documents", static_cast<double>(train.size()),
                         static_cast<double>(dev.size())));

  AveragedPerceptron model(ner::kNerClassCount);  // the mix of the runs' averaged weights
  float averaged_transitions[TransitionWeights::kCells] = {};
  const int runs = options.runs < 1 ? 1 : options.runs;
  for (int run = 0; run < runs; ++run) {
    AveragedPerceptron learner(ner::kNerClassCount);
    learner.admit_only(admitted);
    std::vector<std::size_t> order = first_order(train_examples.size());
    std::mt19937_64 random(options.shuffle_seed + static_cast<std::uint64_t>(run));
    const auto averaged_scores = [&learner](const std::uint64_t* keys, std::size_t n, const std::uint32_t*, std::size_t,
                                            float* scores) { learner.add_scores(keys, n, scores, /*averaged=*/true); };
    auto transitions = std::make_unique<TransitionWeights>();
    float run_transitions[TransitionWeights::kCells];
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      shuffle_order(order, random);
      const double train_accuracy = train_epoch(learner, *transitions, train_examples, order);
      transitions->averaged(run_transitions);
      const double f1 = dev_f1<float>(dev_examples, static_cast<const float*>(run_transitions), averaged_scores);
      report(format_progress("run %.0f epoch %2.0f  train token accuracy %6.2f  dev F1 %6.2f  (%.0f s)", run + 1, epoch,
                             train_accuracy, f1, report.elapsed()));
    }
    learner.average();
    transitions->averaged(run_transitions);
    const float share = 1.0F / static_cast<float>(runs);
    model.add_weights(learner, share);
    for (std::size_t cell = 0; cell < TransitionWeights::kCells; ++cell)
      averaged_transitions[cell] += share * run_transitions[cell];
  }

  NerTrainingResult result;
  result.hash_seed = options.hash_seed;
  const auto mixed_scores = [&model](const std::uint64_t* keys, std::size_t n, const std::uint32_t*, std::size_t,
                                     float* scores) { model.add_scores(keys, n, scores); };
  // The section: its header, the weight table, the transitions (written again once biases are tuned).
  const auto write_section = [&] {
    ByteWriter out;
    ner::NerSectionHeader header;
    header.class_count = static_cast<std::uint32_t>(ner::kNerClassCount);
    out.write_value(header);
    result.weights = write_weight_table(model, options.quantization, out);
    for (const float w : averaged_transitions) out.write_value(w);
    result.section = out.take();
  };
  write_section();
  // Score the saved table through the runtime's reader: the figure the shipped model will give.
  perceptron::SectionReader reader(result.section);
  reader.read_value<ner::NerSectionHeader>();
  perceptron::WeightTable saved;
  saved.read(reader);
  std::int32_t saved_transitions[TransitionWeights::kCells];
  const float scale = saved.header().scale > 0 ? saved.header().scale : 1.0F;
  for (std::int32_t& w : saved_transitions)
    w = static_cast<std::int32_t>(std::lround(reader.read_value<float>() / scale));
  const auto saved_scores = [&saved](const std::uint64_t* keys, std::size_t n, const std::uint32_t*, std::size_t,
                                     std::int32_t* scores) {
    for (std::size_t k = 0; k < n; ++k) saved.add_row(keys[k], scores);
  };
  if (options.tune_type_bias) {
    // Tuned on the saved table, then written into the section's transitions.
    const TypeBias bias = tune_type_bias(dev_examples, saved_transitions, scale, saved_scores);
    result.dev_f1_untuned = bias.f1_before;
    for (int p = 0; p < kBiasCount; ++p) {
      result.type_bias[p] = bias.values[p];
      add_bias(averaged_transitions, p, bias.values[p]);
    }
    write_section();
    perceptron::SectionReader written(result.section);
    written.read_value<ner::NerSectionHeader>();
    saved = perceptron::WeightTable();
    saved.read(written);
    for (std::int32_t& w : saved_transitions)
      w = static_cast<std::int32_t>(std::lround(written.read_value<float>() / scale));
    report(
        format_progress("type bias (PER ORG LOC MISC) start %.1f %.1f %.1f %.1f", bias.values[0], bias.values[1],
                        bias.values[2], bias.values[3]) +
        format_progress(", go on %.1f %.1f %.1f %.1f", bias.values[4], bias.values[5], bias.values[6], bias.values[7]) +
        format_progress(": saved table's dev F1 %.2f -> %.2f", bias.f1_before, bias.f1_after));
  }
  result.dev_f1_quantized =
      dev_f1<std::int32_t>(dev_examples, static_cast<const std::int32_t*>(saved_transitions), saved_scores);
  result.dev_f1_float = dev_f1<float>(dev_examples, static_cast<const float*>(averaged_transitions), mixed_scores);
  result.seconds = report.elapsed();
  report(format_progress("saved: %.0f of %.0f features, %.0f weights, %.0f bytes",
                         static_cast<double>(result.weights.rows_kept), static_cast<double>(result.weights.rows_in),
                         static_cast<double>(result.weights.weights_kept), static_cast<double>(result.section.size())));
  report(format_progress("dev F1: averaged float %.2f, saved %.2f (cost %.2f points); %.0f s", result.dev_f1_float,
                         result.dev_f1_quantized, result.dev_f1_float - result.dev_f1_quantized, result.seconds));
  return result;
}

}  // namespace lede::learn
