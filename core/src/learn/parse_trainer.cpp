#include "learn/parse_trainer.hpp"

#include <algorithm>
#include <cstdio>
#include <random>
#include <set>
#include <unordered_map>

#include "document/dep_labels.hpp"
#include "learn/arc_hybrid_oracle.hpp"
#include "learn/averaged_perceptron.hpp"
#include "learn/byte_writer.hpp"
#include "learn/epoch_support.hpp"
#include "model/section_layouts.hpp"
#include "parse/greedy_parser.hpp"
#include "parse/parse_features.hpp"
#include "perceptron/weight_table.hpp"

namespace lede::learn {
namespace {

// The share of the weight table's slots in use: as for the POS tagger, fuller than the default so that
// more features fit in the section's byte budget (a slot costs 8 bytes, more than a feature's weights).
constexpr double kWeightTableFill = 0.85;

// One training or dev sentence in the form the parser sees it.
struct Example {
  std::vector<parse::ParseWord> words;
  std::vector<std::int32_t> heads;       // as given (dev: scored against these)
  std::vector<std::int32_t> projective;  // lifted (training: the oracle's tree)
  std::vector<std::uint8_t> labels;
};

std::vector<Example> make_examples(const std::vector<TreebankSentence>& sentences, std::uint64_t seed, bool training,
                                   std::size_t& lifted) {
  std::vector<Example> examples;
  examples.reserve(sentences.size());
  for (const TreebankSentence& s : sentences) {
    if (training && !s.complete()) continue;
    if (s.forms.empty()) continue;
    Example example;
    for (std::size_t i = 0; i < s.forms.size(); ++i) {
      example.words.push_back(parse::describe_parse_word(s.forms[i], s.lemmas[i], s.xpos[i], s.upos[i], seed));
    }
    example.heads = s.heads;
    example.labels = s.labels;
    if (training) {
      example.projective = s.heads;
      lifted += projectivize(example.projective);
    }
    examples.push_back(std::move(example));
  }
  return examples;
}

// root first, then every other label of the training data in dep_labels.hpp order.
std::vector<std::uint8_t> build_labels(const std::vector<Example>& train) {
  std::set<std::uint8_t> seen;
  for (const Example& example : train) {
    for (const std::uint8_t label : example.labels) {
      if (label != kRoot) seen.insert(label);
    }
  }
  std::vector<std::uint8_t> labels;
  labels.reserve(seen.size() + 1);  // (an initializer list then insert() draws a false -Warray-bounds from GCC 12)
  labels.push_back(kRoot);
  labels.insert(labels.end(), seen.begin(), seen.end());
  return labels;
}

// Maps a gold label the model cannot predict to "dep" so that the oracle has a label to ask for.
void restrict_labels(std::vector<Example>& examples, const std::vector<std::uint8_t>& labels) {
  for (Example& example : examples) {
    for (std::size_t i = 0; i < example.labels.size(); ++i) {
      std::uint8_t& label = example.labels[i];
      if (example.heads[i] < 0) {
        label = kRoot;
      } else if (std::find(labels.begin(), labels.end(), label) == labels.end()) {
        label = kDep;
      }
    }
  }
}

template <typename AddScores, typename Score>
AttachmentScores score(const std::vector<Example>& examples, const std::vector<std::uint8_t>& labels,
                       AddScores&& add_scores, Score*) {
  std::vector<Score> scores(parse::class_count_for(labels.size()));
  parse::ParseState state;
  AttachmentScores result;
  for (const Example& example : examples) {
    parse::parse_greedy(example.words.size(), std::span<const std::uint8_t>(labels),
                        parse::scores_of_all_features<Score>(example.words, scores.size(), add_scores), scores.data(),
                        state);
    for (std::size_t i = 0; i < example.words.size(); ++i) {
      if (example.heads[i] == kUnknownHead) continue;
      const std::int32_t predicted = state.head(i) == state.root() ? -1 : state.head(i);
      result.add(predicted == example.heads[i], state.label(i) == example.labels[i]);
    }
  }
  return result;
}

// The features along the paths the static oracle takes (the first zero-cost move, arcs before SHIFT),
// counted, to keep rare ones out of the model.
std::unordered_set<std::uint64_t> frequent_features(const std::vector<Example>& examples,
                                                    const std::vector<std::uint8_t>& labels, int min_count) {
  std::unordered_map<std::uint64_t, int> counts;
  std::uint64_t keys[parse::kMaxParseFeatures];
  ArcHybridOracle oracle;
  parse::ParseState state;
  std::vector<int> costs;
  for (const Example& example : examples) {
    oracle.reset(example.projective, example.labels);
    state.reset(example.words.size());
    while (!state.terminal()) {
      const std::size_t n = parse::extract_parse_features(state, example.words, keys);
      for (std::size_t k = 0; k < n; ++k) ++counts[keys[k]];
      oracle.costs(state, labels, costs);
      std::size_t chosen = costs.size();
      for (std::size_t c = costs.size(); c-- > 0;) {  // arcs (higher classes) first
        if (costs[c] == 0) {
          chosen = c;
          break;
        }
      }
      if (chosen == costs.size())
        chosen = static_cast<std::size_t>(std::min_element(costs.begin(), costs.end()) - costs.begin());
      state.apply(parse::class_move(chosen),
                  chosen == parse::kShiftClass ? kNoLabel : labels[parse::class_label_index(chosen)]);
    }
  }
  return keys_seen_at_least(counts, min_count);
}

struct EpochStats {
  std::size_t moves = 0;
  std::size_t right = 0;  // moves the model chose with zero cost
};

EpochStats train_epoch(AveragedPerceptron& model, const std::vector<Example>& examples,
                       const std::vector<std::size_t>& order, const std::vector<std::uint8_t>& labels, bool explore,
                       double explore_probability, std::mt19937_64& random) {
  const std::size_t class_count = model.class_count();
  std::vector<float> scores(class_count);
  std::vector<int> costs;
  std::uint64_t keys[parse::kMaxParseFeatures];
  ArcHybridOracle oracle;
  parse::ParseState state;
  EpochStats stats;
  for (const std::size_t index : order) {
    const Example& example = examples[index];
    oracle.reset(example.projective, example.labels);
    state.reset(example.words.size());
    while (!state.terminal()) {
      const std::size_t n = parse::extract_parse_features(state, example.words, keys);
      std::fill(scores.begin(), scores.end(), 0.0F);
      model.add_scores(keys, n, scores.data());
      oracle.costs(state, labels, costs);
      const std::size_t guess = parse::best_legal_class(state, scores.data(), class_count);
      const int least = *std::min_element(costs.begin(), costs.end());
      std::size_t best_gold = class_count;
      for (std::size_t c = 0; c < class_count; ++c) {
        if (costs[c] == least && (best_gold == class_count || scores[c] > scores[best_gold])) best_gold = c;
      }
      model.tick();
      ++stats.moves;
      if (costs[guess] == least) {
        ++stats.right;
      } else {
        model.update(keys, n, best_gold, guess);
      }
      // Exploration: a draw is made at every state, so the random sequence does not depend on the
      // model's choices only through their number.
      const double draw = static_cast<double>(random() >> 11) * 0x1.0p-53;
      const std::size_t next = explore && draw < explore_probability ? guess : best_gold;
      state.apply(parse::class_move(next),
                  next == parse::kShiftClass ? kNoLabel : labels[parse::class_label_index(next)]);
    }
  }
  return stats;
}

std::vector<std::byte> write_parse_section(const std::vector<std::uint8_t>& labels, const AveragedPerceptron& model,
                                           const QuantizationOptions& quantization, WeightTableStats& stats) {
  return weight_table_section(model, quantization, stats, [&](ByteWriter& out) {
    parse::ParseSectionHeader header;
    header.label_count = static_cast<std::uint32_t>(labels.size());
    out.write_value(header);
    out.write_array(std::span<const std::uint8_t>(labels));
  });
}

}  // namespace

ParseTrainingResult train_parse(const std::vector<TreebankSentence>& train, const std::vector<TreebankSentence>& dev,
                                const ParseTrainingOptions& options) {
  const TrainingLog report(options.progress);
  ParseTrainingResult result;
  std::size_t dev_lifted = 0;
  std::vector<Example> train_examples = make_examples(train, options.hash_seed, true, result.lifted_arcs);
  std::vector<Example> dev_examples = make_examples(dev, options.hash_seed, false, dev_lifted);
  const std::vector<std::uint8_t> labels = build_labels(train_examples);
  restrict_labels(train_examples, labels);
  AveragedPerceptron model(parse::class_count_for(labels.size()));
  model.admit_only(frequent_features(train_examples, labels, options.min_feature_count));
  report(format_progress(
      "parse: %.0f labels, %.0f training sentences (%.0f arcs lifted to projectivize), %.0f dev sentences (%.0f s)",
      static_cast<double>(labels.size()), static_cast<double>(train_examples.size()),
      static_cast<double>(result.lifted_arcs), static_cast<double>(dev_examples.size()), report.elapsed()));

  std::vector<std::size_t> order = first_order(train_examples.size());
  std::mt19937_64 random(options.shuffle_seed);
  const auto averaged_scores = model.averaged_scorer();
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    shuffle_order(order, random);
    const EpochStats stats = train_epoch(model, train_examples, order, labels, epoch > options.static_epochs,
                                         options.explore_probability, random);
    const AttachmentScores dev_scores = score(dev_examples, labels, averaged_scores, static_cast<float*>(nullptr));
    report(format_progress(
        "epoch %2.0f  train moves right %6.2f  dev UAS %6.2f  LAS %6.2f  (%.0f s)", epoch,
        scoring::percent(static_cast<double>(stats.right), static_cast<double>(std::max<std::size_t>(stats.moves, 1))),
        dev_scores.uas(), dev_scores.las(), report.elapsed()));
  }
  model.average();

  result.hash_seed = options.hash_seed;
  result.label_count = labels.size();
  result.train_sentences = train_examples.size();
  result.dev_float = score(
      dev_examples, labels,
      [&model](const std::uint64_t* keys, std::size_t n, float* scores) { model.add_scores(keys, n, scores); },
      static_cast<float*>(nullptr));
  // Scores a saved table through the runtime's reader: the figure the shipped model will give.
  const auto score_saved = [&](const std::vector<std::byte>& section) {
    perceptron::SectionReader reader(section);
    const auto header = reader.read_value<parse::ParseSectionHeader>();
    reader.read_array<std::uint8_t>(header.label_count);
    perceptron::WeightTable saved;
    saved.read(reader);
    return score(
        dev_examples, labels,
        [&saved](const std::uint64_t* keys, std::size_t n, std::int32_t* scores) {
          for (std::size_t k = 0; k < n; ++k) saved.add_row(keys[k], scores);
        },
        static_cast<std::int32_t*>(nullptr));
  };
  QuantizationOptions quantization = options.quantization;
  quantization.table_fill = kWeightTableFill;
  for (const float prune : options.prune_sweep) {
    QuantizationOptions trial = quantization;
    trial.prune_below = prune;
    WeightTableStats stats;
    const std::vector<std::byte> section = write_parse_section(labels, model, trial, stats);
    const AttachmentScores trial_scores = score_saved(section);
    report(format_progress("prune %.2f: %.0f features, %.0f bytes, dev UAS %.2f LAS %.2f", prune,
                           static_cast<double>(stats.rows_kept), static_cast<double>(section.size()),
                           trial_scores.uas(), trial_scores.las()));
  }
  result.section = write_parse_section(labels, model, quantization, result.weights);
  result.dev_quantized = score_saved(result.section);
  report(format_progress("saved: %.0f of %.0f features, %.0f weights, %.0f bytes",
                         static_cast<double>(result.weights.rows_kept), static_cast<double>(result.weights.rows_in),
                         static_cast<double>(result.weights.weights_kept), static_cast<double>(result.section.size())));
  report(format_progress("dev: averaged float UAS %.2f LAS %.2f, saved UAS %.2f LAS %.2f", result.dev_float.uas(),
                         result.dev_float.las(), result.dev_quantized.uas(), result.dev_quantized.las()));
  return result;
}

}  // namespace lede::learn
