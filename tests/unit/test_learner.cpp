// The averaged perceptron and its saved form: learning, averaging, saving and quantization.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "learn/averaged_perceptron.hpp"
#include "learn/byte_writer.hpp"
#include "learn/weight_table_writer.hpp"
#include "perceptron/feature_hash.hpp"
#include "perceptron/weight_table.hpp"

namespace {

using lede::learn::AveragedPerceptron;

// A separable problem: class = which of 4 "signal" features is present, among noise features. Keys are
// hashed as real feature keys are (the tables take slots and fingerprints from their bits).
struct Instance {
  std::vector<std::uint64_t> keys;
  std::size_t label;
};

std::vector<Instance> separable_problem() {
  std::mt19937_64 random(7);
  std::vector<Instance> data;
  for (int i = 0; i < 400; ++i) {
    Instance instance;
    instance.label = static_cast<std::size_t>(random() % 4);
    instance.keys.push_back(lede::perceptron::feature_key(1, instance.label));
    instance.keys.push_back(lede::perceptron::feature_key(2, random() % 500));
    instance.keys.push_back(lede::perceptron::feature_key(3, random() % 500));
    data.push_back(instance);
  }
  return data;
}

std::size_t predict(const AveragedPerceptron& model, const Instance& instance) {
  std::vector<float> scores(model.class_count(), 0.0F);
  model.add_scores(instance.keys.data(), instance.keys.size(), scores.data());
  std::size_t best = 0;
  for (std::size_t c = 1; c < scores.size(); ++c) {
    if (scores[c] > scores[best]) best = c;
  }
  return best;
}

AveragedPerceptron trained_model() {
  AveragedPerceptron model(4);
  const std::vector<Instance> data = separable_problem();
  for (int epoch = 0; epoch < 10; ++epoch) {
    for (const Instance& instance : data) {
      model.tick();
      model.update(instance.keys.data(), instance.keys.size(), instance.label, predict(model, instance));
    }
  }
  model.average();
  return model;
}

std::vector<std::byte> saved(const AveragedPerceptron& model, int bits, float prune) {
  lede::learn::ByteWriter out;
  lede::learn::write_weight_table(model, {bits, prune}, out);
  return out.take();
}

}  // namespace

TEST_CASE("the perceptron learns a separable problem perfectly", "[learner]") {
  const AveragedPerceptron model = trained_model();
  for (const Instance& instance : separable_problem()) REQUIRE(predict(model, instance) == instance.label);
}

TEST_CASE("averaging weighs each weight by how long it held", "[learner]") {
  AveragedPerceptron model(2);
  const std::uint64_t key = 7;
  model.tick();  // instance 1: wrong, weights become (+1, -1)
  model.update(&key, 1, 0, 1);
  model.tick();  // instances 2 and 3: no change
  model.tick();
  model.update(&key, 1, 1, 0);  // instance 3: wrong the other way, weights back to (0, 0)
  model.tick();                 // instance 4
  model.average();
  // (+1, -1) held for instances 1 and 2, (0, 0) for 3 and 4: averages over 4 instances.
  REQUIRE(model.row_weights(0)[0] == Approx(0.5F));
  REQUIRE(model.row_weights(0)[1] == Approx(-0.5F));
}

TEST_CASE("mixed models score the mean of their weights, rows of either included", "[learner]") {
  AveragedPerceptron a(2);
  AveragedPerceptron b(2);
  const std::uint64_t shared = 7;
  const std::uint64_t only_b = 9;
  a.tick();
  a.update(&shared, 1, 0, 1);  // a: shared (+1, -1)
  b.tick();
  b.update(&shared, 1, 1, 0);  // b: shared (-1, +1) ...
  b.tick();
  b.update(&only_b, 1, 0, 1);  // ... and only_b (+1, -1)
  AveragedPerceptron mixed(2);
  mixed.add_weights(a, 0.5F);
  mixed.add_weights(b, 0.5F);
  REQUIRE(mixed.row_count() == 2);
  float scores[2] = {0.0F, 0.0F};
  mixed.add_scores(&shared, 1, scores);
  CHECK(scores[0] == Approx(0.0F));
  CHECK(scores[1] == Approx(0.0F));
  mixed.add_scores(&only_b, 1, scores);
  CHECK(scores[0] == Approx(0.5F));
  CHECK(scores[1] == Approx(-0.5F));
}

// Reads a saved table back and calls visit(row, scores, scale) with each of the model's rows as the table
// scores it (scores in the table's integer units).
template <typename Visit>
void for_each_row_read_back(const AveragedPerceptron& model, const std::vector<std::byte>& bytes, Visit&& visit) {
  lede::perceptron::SectionReader reader(bytes);
  lede::perceptron::WeightTable table;
  REQUIRE(table.read(reader));
  const float scale = table.header().scale;
  for (std::size_t row = 0; row < model.row_count(); ++row) {
    std::vector<std::int32_t> scores(table.score_width(), 0);
    table.add_row(model.row_key(row), scores.data());
    visit(row, scores, scale);
  }
}

TEST_CASE("a saved weight table reads back with exactly the saved weights", "[learner]") {
  const AveragedPerceptron model = trained_model();
  for (const int bits : {8, 16}) {
    const std::vector<std::byte> bytes = saved(model, bits, 0.0F);
    REQUIRE(saved(model, bits, 0.0F) == bytes);  // deterministic
    for_each_row_read_back(model, bytes, [&](std::size_t row, const std::vector<std::int32_t>& scores, float scale) {
      for (std::size_t c = 0; c < 4; ++c) {
        // Bit-identical: the stored integer is the rounded weight, nothing else.
        REQUIRE(scores[c] == static_cast<std::int32_t>(std::lround(model.row_weights(row)[c] / scale)));
      }
    });
  }
}

TEST_CASE("quantization error is at most half a step; pruning drops only small weights", "[learner]") {
  const AveragedPerceptron model = trained_model();
  for (const int bits : {8, 16}) {
    const float prune = 0.25F;
    for_each_row_read_back(model, saved(model, bits, prune),
                           [&](std::size_t row, const std::vector<std::int32_t>& scores, float scale) {
                             for (std::size_t c = 0; c < 4; ++c) {
                               const float weight = model.row_weights(row)[c];
                               const float restored = static_cast<float>(scores[c]) * scale;
                               if (std::fabs(weight) < prune) {
                                 REQUIRE(scores[c] == 0);
                               } else {
                                 REQUIRE(std::fabs(restored - weight) <= scale / 2 + 1e-6F);
                               }
                             }
                           });
  }
}

TEST_CASE("a corrupt weight table is rejected", "[learner]") {
  std::vector<std::byte> bytes = saved(trained_model(), 8, 0.0F);
  bytes.resize(bytes.size() / 2);
  lede::perceptron::SectionReader reader(bytes);
  lede::perceptron::WeightTable table;
  REQUIRE_FALSE(table.read(reader));
}

TEST_CASE("rows that weigh many classes are stored dense and read back exactly, in 32- and 16-bit scores",
          "[learner]") {
  constexpr std::size_t kClasses = 43;  // not a multiple of 8: the dense rows are padded at load
  AveragedPerceptron model(kClasses);
  const std::uint64_t dense_key = lede::perceptron::feature_key(1, 1);
  const std::uint64_t sparse_key = lede::perceptron::feature_key(2, 2);
  // The dense feature is updated toward and away from every class, at different times, so its averaged
  // weights are non-zero for (nearly) all 43; the sparse one only ever touches classes 0 and 1.
  for (std::size_t k = 0; k < kClasses; ++k) {
    for (std::size_t wait = 0; wait <= k; ++wait) model.tick();
    model.update(&dense_key, 1, k, (k + 1) % kClasses);
  }
  model.tick();
  model.update(&sparse_key, 1, 0, 1);
  model.average();
  for (const int bits : {8, 16}) {
    const std::vector<std::byte> bytes = saved(model, bits, 0.0F);
    lede::perceptron::SectionReader reader(bytes);
    lede::perceptron::WeightTable table;
    REQUIRE(table.read(reader));
    REQUIRE(table.header().dense_row_count == 1);
    REQUIRE(table.score_width() == 48);
    REQUIRE(table.fits_narrow_scores(48) == (bits == 8));
    const float scale = table.header().scale;
    for (std::size_t row = 0; row < model.row_count(); ++row) {
      std::vector<std::int32_t> wide(table.score_width(), 0);
      std::vector<std::int16_t> narrow(table.score_width(), 0);
      table.add_row(model.row_key(row), wide.data());
      if (bits == 8) table.add_row(model.row_key(row), narrow.data());
      for (std::size_t c = 0; c < table.score_width(); ++c) {
        const float weight = c < kClasses ? model.row_weights(row)[c] : 0.0F;  // the padding stays 0
        const auto expected = static_cast<std::int32_t>(std::lround(weight / scale));
        REQUIRE(wide[c] == expected);
        if (bits == 8) REQUIRE(narrow[c] == expected);
      }
    }
  }
}
