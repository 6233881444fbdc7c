#include "learn/relation_trainer.hpp"

#include <algorithm>
#include <cstdio>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "learn/averaged_perceptron.hpp"
#include "learn/byte_writer.hpp"
#include "learn/epoch_support.hpp"
#include "model/section_layouts.hpp"
#include "parse/syntax.hpp"
#include "perceptron/section_reader.hpp"
#include "perceptron/weight_table.hpp"
#include "relations/relation_classifier.hpp"
#include "relations/relation_extractor.hpp"
#include "relations/relation_features.hpp"

namespace lede::learn {
namespace {

using relations::ArgumentType;
using relations::kRelationClassCount;

// One candidate pair: its features (a range of the flat key array), argument types and gold class.
struct PairExample {
  std::size_t first_key = 0;
  std::uint32_t key_count = 0;
  ArgumentType first = ArgumentType::Other;
  ArgumentType second = ArgumentType::Other;
  std::uint32_t gold = 0;
};

struct PairSet {
  std::vector<std::uint64_t> keys;
  std::vector<PairExample> pairs;
  std::size_t relations = 0;  // gold relations, including those no candidate pair can express
};

// The gold entity a predicted mention stands for: same end, and the gold span may start earlier by the
// titles and honorifics our names leave out ("President Bush"); -1 when none.
std::int64_t matching_entity(const Conll04Sentence& sentence, const Mention& mention, ArgumentType type) {
  for (std::size_t e = 0; e < sentence.entities.size(); ++e) {
    const Conll04Entity& entity = sentence.entities[e];
    const bool span =
        entity.end == mention.token_end &&
        (entity.begin == mention.token_begin || (type == ArgumentType::Person && entity.begin < mention.token_begin));
    if (span && relations::argument_type(conll04_entity_type(entity.label)) == type)
      return static_cast<std::int64_t>(e);
  }
  return -1;
}

// Tags and parses each sentence on its tokens, then lists its candidate pairs as the runtime would
// (relation_extractor.cpp), at most kMaxCandidates in order: with `gold_entities`, the gold entities of
// the three argument types; otherwise the mentions our own NER finds (run end to end), each labeled by
// the gold entity it matches, so the classifier also learns the spans and the noise it will see.
PairSet make_pairs(const std::vector<Conll04Sentence>& sentences, const Analyzer& analyzer, std::uint64_t seed,
                   bool gold_entities) {
  PairSet set;
  AnalyzeOptions options;
  std::uint64_t keys[relations::kMaxRelationFeatures];
  for (const Conll04Sentence& sentence : sentences) {
    Document document = conll04_document(sentence);
    if (document.tokens.size() != sentence.forms.size()) continue;
    if (gold_entities) {
      analyzer.run_stage(Stage::Pos, document, options);
      analyzer.run_stage(Stage::Parse, document, options);
    } else {
      analyzer.analyze_tokenized(document, options);
    }
    const parse::DependencyIndex index(document);
    const relations::RelationFeatureContext context{document, index, seed};
    std::vector<std::int64_t> candidates;  // gold entity per candidate, -1 for a spurious mention
    std::vector<relations::RelationArgument> arguments;
    const auto add = [&](std::int64_t entity, std::uint32_t begin, std::uint32_t end, ArgumentType type) {
      if (type == ArgumentType::Other || candidates.size() == relations::kMaxCandidates) return;
      candidates.push_back(entity);
      arguments.push_back({begin, end, relations::span_head(index, begin, end), type});
    };
    if (gold_entities) {
      for (std::uint32_t e = 0; e < sentence.entities.size(); ++e) {
        const Conll04Entity& entity = sentence.entities[e];
        add(e, entity.begin, entity.end, relations::argument_type(conll04_entity_type(entity.label)));
      }
    } else {
      for (const Mention& mention : document.mentions) {
        if (mention.pronoun || mention.type == EntityType::Title) continue;
        const ArgumentType type = relations::argument_type(mention.type);
        add(matching_entity(sentence, mention, type), mention.token_begin, mention.token_end, type);
      }
    }
    set.relations += sentence.relations.size();
    for (std::size_t a = 0; a < candidates.size(); ++a) {
      for (std::size_t b = a + 1; b < candidates.size(); ++b) {
        PairExample pair;
        pair.first = arguments[a].type;
        pair.second = arguments[b].type;
        for (const Conll04Relation& r : sentence.relations) {
          if (r.subject == candidates[a] && r.object == candidates[b]) pair.gold = relations::class_index(r.kind, true);
          if (r.subject == candidates[b] && r.object == candidates[a])
            pair.gold = relations::class_index(r.kind, false);
          if (pair.gold != 0) break;
        }
        const std::size_t n = relations::extract_relation_features(context, arguments[a], arguments[b],
                                                                   static_cast<std::uint32_t>(b - a - 1), keys);
        pair.first_key = set.keys.size();
        pair.key_count = static_cast<std::uint32_t>(n);
        set.keys.insert(set.keys.end(), keys, keys + n);
        set.pairs.push_back(pair);
      }
    }
  }
  return set;
}

// The best class the types allow, with `none_bias` added to "no relation" (float scores).
std::uint32_t decide(const float* scores, float none_bias, ArgumentType first, ArgumentType second) {
  float best = scores[0] + none_bias;
  std::uint32_t best_class = 0;
  for (std::uint32_t c = 1; c < kRelationClassCount; ++c) {
    const relations::RelationClass candidate = relations::relation_class(c);
    const bool fits = candidate.first_is_subject ? relations::allows(candidate.kind, first, second)
                                                 : relations::allows(candidate.kind, second, first);
    if (fits && scores[c] > best) {
      best = scores[c];
      best_class = c;
    }
  }
  return best_class;
}

template <typename Decide>
PairScores score_pairs(const PairSet& set, Decide&& decide_pair) {
  PairScores scores;
  scores.gold = set.relations;
  for (const PairExample& pair : set.pairs) {
    const std::uint32_t guess = decide_pair(pair);
    if (guess != 0) ++scores.predicted;
    if (guess != 0 && guess == pair.gold) ++scores.correct;
  }
  return scores;
}

std::vector<std::byte> write_section(const AveragedPerceptron& model, const QuantizationOptions& quantization,
                                     std::int32_t none_bias, WeightTableStats& stats) {
  return weight_table_section(model, quantization, stats, [&](ByteWriter& out) {
    relations::RelationSectionHeader header;
    header.class_count = kRelationClassCount;
    header.none_bias = none_bias;
    out.write_value(header);
  });
}

}  // namespace

RelationTrainingResult train_relations(const std::vector<Conll04Sentence>& train,
                                       const std::vector<Conll04Sentence>& dev, const Analyzer& analyzer,
                                       const RelationTrainingOptions& options) {
  const TrainingLog report(options.progress);
  RelationTrainingResult result;
  result.hash_seed = options.hash_seed;
  PairSet train_set = make_pairs(train, analyzer, options.hash_seed, true);
  PairSet dev_set = make_pairs(dev, analyzer, options.hash_seed, true);
  if (options.predicted_entities) {
    // The predicted-mention pairs join the gold-entity ones, in training and in the dev figure that picks
    // the epoch and the bias (whose gold relations then count twice: once per way of finding entities).
    const auto append = [](PairSet& into, const PairSet& from) {
      for (PairExample pair : from.pairs) {
        pair.first_key += into.keys.size();
        into.pairs.push_back(pair);
      }
      into.keys.insert(into.keys.end(), from.keys.begin(), from.keys.end());
      into.relations += from.relations;
    };
    append(train_set, make_pairs(train, analyzer, options.hash_seed, false));
    append(dev_set, make_pairs(dev, analyzer, options.hash_seed, false));
  }
  result.train_pairs = train_set.pairs.size();
  result.train_relations = train_set.relations;
  report(format_progress("relations: %.0f training pairs (%.0f gold relations), %.0f dev pairs (%.0f gold relations)",
                         static_cast<double>(train_set.pairs.size()), static_cast<double>(train_set.relations),
                         static_cast<double>(dev_set.pairs.size()), static_cast<double>(dev_set.relations)));

  std::unordered_set<std::uint64_t> admitted;
  if (options.min_feature_count > 1) {
    std::unordered_map<std::uint64_t, int> counts;
    for (const std::uint64_t key : train_set.keys) ++counts[key];
    admitted = keys_seen_at_least(counts, options.min_feature_count);
  }
  std::vector<float> scores(kRelationClassCount);
  const auto float_decider = [&scores](const AveragedPerceptron& weights, const PairSet& set, float bias) {
    return [&weights, &set, &scores, bias](const PairExample& pair) {
      std::fill(scores.begin(), scores.end(), 0.0F);
      weights.add_scores(set.keys.data() + pair.first_key, pair.key_count, scores.data());
      return decide(scores.data(), bias, pair.first, pair.second);
    };
  };
  // Each run keeps its best epoch on dev; with several runs (each in its own order) their weights are
  // averaged (parameter mixing).
  const int runs = options.runs < 1 ? 1 : options.runs;
  AveragedPerceptron best(kRelationClassCount);
  for (int run = 0; run < runs; ++run) {
    AveragedPerceptron model(kRelationClassCount);
    if (options.min_feature_count > 1) model.admit_only(admitted);
    std::vector<std::size_t> order = first_order(train_set.pairs.size());
    std::mt19937_64 random(options.shuffle_seed + static_cast<std::uint64_t>(run));
    AveragedPerceptron run_best = model;
    double best_f1 = -1.0;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      shuffle_order(order, random);
      std::size_t mistakes = 0;
      for (const std::size_t i : order) {
        const PairExample& pair = train_set.pairs[i];
        const std::uint64_t* keys = train_set.keys.data() + pair.first_key;
        std::fill(scores.begin(), scores.end(), 0.0F);
        model.add_scores(keys, pair.key_count, scores.data());
        const std::uint32_t guess = decide(scores.data(), 0.0F, pair.first, pair.second);
        model.tick();
        if (guess != pair.gold) {
          ++mistakes;
          model.update(keys, pair.key_count, pair.gold, guess);
        }
      }
      AveragedPerceptron averaged = model;
      averaged.average();
      const PairScores dev_scores = score_pairs(dev_set, float_decider(averaged, dev_set, 0.0F));
      report(format_progress("run %.0f epoch %2.0f  train mistakes %5.0f  dev P %6.2f  R %6.2f  F1 %6.2f", run + 1,
                             epoch, static_cast<double>(mistakes), dev_scores.precision(), dev_scores.recall()) +
             format_progress("  F1 %6.2f", dev_scores.f1()));
      if (dev_scores.f1() > best_f1) {
        best_f1 = dev_scores.f1();
        run_best = std::move(averaged);
        if (run == 0) result.best_epoch = epoch;
      }
    }
    best.add_weights(run_best, 1.0F / static_cast<float>(runs));
  }
  // The bias against "no relation": a small sweep on dev (negative favors recall).
  for (float bias = -8.0F; bias <= 4.01F; bias += 0.5F) {
    const PairScores dev_scores = score_pairs(dev_set, float_decider(best, dev_set, bias));
    if (dev_scores.f1() > result.dev_float.f1()) {
      result.dev_float = dev_scores;
      result.none_bias = bias;
    }
  }
  report(format_progress("best epoch %.0f, bias %.1f: dev P %6.2f  R %6.2f  F1 %6.2f", result.best_epoch,
                         result.none_bias, result.dev_float.precision(), result.dev_float.recall(),
                         result.dev_float.f1()));

  // The bias is stored in the table's units, known once the table is quantized.
  WeightTableStats stats;
  write_section(best, options.quantization, 0, stats);
  const float scale = stats.scale > 0.0F ? stats.scale : 1.0F;
  const auto stored_bias = static_cast<std::int32_t>(result.none_bias / scale + (result.none_bias >= 0 ? 0.5F : -0.5F));
  result.section = write_section(best, options.quantization, stored_bias, result.weights);

  // Scores the saved table through the runtime's reader and decision: the figure the model will give.
  perceptron::SectionReader reader(result.section);
  const auto header = reader.read_value<relations::RelationSectionHeader>();
  perceptron::WeightTable saved;
  saved.read(reader);
  // add_row's width; the first kRelationClassCount are the classes.
  std::vector<std::int32_t> stored(saved.score_width());
  const std::span<const std::int32_t> class_scores(stored.data(), relations::kRelationClassCount);
  result.dev_quantized = score_pairs(dev_set, [&](const PairExample& pair) {
    std::fill(stored.begin(), stored.end(), 0);
    for (std::uint32_t k = 0; k < pair.key_count; ++k) saved.add_row(dev_set.keys[pair.first_key + k], stored.data());
    const relations::RelationDecision d =
        relations::decide_relation(class_scores, header.none_bias, saved.header().scale, pair.first, pair.second);
    return relations::class_index(d.relation.kind, d.relation.first_is_subject);
  });
  report(format_progress("saved table: dev P %6.2f  R %6.2f  F1 %6.2f", result.dev_quantized.precision(),
                         result.dev_quantized.recall(), result.dev_quantized.f1()));
  return result;
}

}  // namespace lede::learn
