// The scorers of core/src/scoring on small hand-made cases whose answers are worked out by hand in the
// comments: precision, recall and F1 at their edges, MUC and B-cubed on the textbook examples, span and
// mention scoring where only the type differs, and strict matching of relation tuples.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "scoring/conll04_scoring.hpp"
#include "scoring/coreference_scoring.hpp"
#include "scoring/labeled_scoring.hpp"
#include "scoring/mention_scoring.hpp"
#include "scoring/scores.hpp"
#include "scoring/span_scoring.hpp"

using namespace lede;
using scoring::Prf;

TEST_CASE("precision, recall and F1 are 0 where nothing was predicted or nothing is gold", "[scoring]") {
  const Prf nothing_at_all{};
  CHECK(nothing_at_all.precision() == 0.0);
  CHECK(nothing_at_all.recall() == 0.0);
  CHECK(nothing_at_all.f1() == 0.0);

  const Prf nothing_predicted{/*gold=*/5, /*predicted=*/0, /*correct=*/0};
  CHECK(nothing_predicted.precision() == 0.0);
  CHECK(nothing_predicted.recall() == 0.0);
  CHECK(nothing_predicted.f1() == 0.0);

  const Prf nothing_gold{/*gold=*/0, /*predicted=*/3, /*correct=*/0};
  CHECK(nothing_gold.precision() == 0.0);
  CHECK(nothing_gold.recall() == 0.0);
  CHECK(nothing_gold.f1() == 0.0);

  CHECK(scoring::f1(100.0, 0.0) == 0.0);
  CHECK(scoring::percent(3.0, 0.0) == 0.0);
}

TEST_CASE("precision, recall and F1 of counts, and their micro sum", "[scoring]") {
  // 2 of 5 predictions right, 2 of 4 gold found: P 40, R 50, F1 2*40*50/90 = 44.44.
  Prf scores{/*gold=*/4, /*predicted=*/5, /*correct=*/2};
  CHECK(scores.precision() == Approx(40.0));
  CHECK(scores.recall() == Approx(50.0));
  CHECK(scores.f1() == Approx(4000.0 / 90.0));
  // Adding 4 right of 5 predicted and 6 gold gives 6 of 10 and 6 of 10: all three 60.
  scores += Prf{/*gold=*/6, /*predicted=*/5, /*correct=*/4};
  CHECK(scores.gold == 10);
  CHECK(scores.predicted == 10);
  CHECK(scores.correct == 6);
  CHECK(scores.f1() == Approx(60.0));
}

TEST_CASE("accuracy and attachment scores count what is right", "[scoring]") {
  scoring::Accuracy accuracy;
  CHECK(accuracy.percent() == 0.0);
  accuracy.add(true);
  accuracy.add(false);
  accuracy.add(true);
  accuracy.add(true);
  CHECK(accuracy.percent() == Approx(75.0));

  scoring::AttachmentScores attachment;
  attachment.add(/*head=*/true, /*label=*/true);
  attachment.add(/*head=*/true, /*label=*/false);
  attachment.add(/*head=*/false, /*label=*/true);  // a right label on a wrong head counts for nothing
  attachment.add(/*head=*/false, /*label=*/false);
  CHECK(attachment.uas() == Approx(50.0));
  CHECK(attachment.las() == Approx(25.0));
}

TEST_CASE("MUC: the example of Vilain et al. 1995", "[scoring][coreference]") {
  // Key: one chain A B C D. Response: A B and C D.
  // Recall: (|K| - partitions of K by the response) / (|K| - 1) = (4 - 2) / 3 = 66.67.
  // Precision: each response chain lies in one key chain: (2 - 1 + 2 - 1) / (1 + 1) = 100.
  // F1 = 2 * 100 * 66.67 / 166.67 = 80.
  const std::vector<std::int64_t> key = {0, 0, 0, 0};
  const std::vector<std::int64_t> response = {0, 0, 1, 1};
  scoring::ChainScores scores;
  scoring::score_chains(key, response, scores);
  CHECK(scores.muc_recall.percent() == Approx(200.0 / 3.0));
  CHECK(scores.muc_precision.percent() == Approx(100.0));
  CHECK(scores.muc_f1() == Approx(80.0));
  CHECK(scores.mentions == 4);
}

TEST_CASE("B-cubed and MUC: the example of Bagga and Baldwin 1998", "[scoring][coreference]") {
  // Key: {1 2 3 4 5} {6 7} {8 9 A B C}.
  const std::vector<std::int64_t> key = {0, 0, 0, 0, 0, 1, 1, 2, 2, 2, 2, 2};
  SECTION("response (b) merges the two big chains") {
    // Response: {1 2 3 4 5 8 9 A B C} {6 7}.
    // B3 precision: ten mentions with 5/10 of their response chain right, two with 2/2: (10 * 0.5 + 2) / 12 = 58.33;
    // recall: every key chain lies whole in one response chain: 100. F1 = 2 * 58.33 * 100 / 158.33 = 73.68.
    // MUC recall: (4 + 1 + 4) / (4 + 1 + 4) = 100; precision: (10 - 2 + 2 - 1) / (9 + 1) = 90; F1 94.74.
    const std::vector<std::int64_t> response = {0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0};
    scoring::ChainScores scores;
    scoring::score_chains(key, response, scores);
    CHECK(scores.b3_precision.percent() == Approx(700.0 / 12.0));
    CHECK(scores.b3_recall.percent() == Approx(100.0));
    CHECK(scores.b3_f1() == Approx(2.0 * (700.0 / 12.0) * 100.0 / (700.0 / 12.0 + 100.0)));
    CHECK(scores.b3_f1() == Approx(73.684).epsilon(1e-4));
    CHECK(scores.muc_recall.percent() == Approx(100.0));
    CHECK(scores.muc_precision.percent() == Approx(90.0));
    CHECK(scores.muc_f1() == Approx(1800.0 / 19.0));
  }
  SECTION("response (a) merges the small chain into the first: MUC scores it the same, B-cubed better") {
    // Response: {1 2 3 4 5 6 7} {8 9 A B C}.
    // B3 precision: five mentions with 5/7, two with 2/7, five with 5/5: (25/7 + 4/7 + 5) / 12 = 76.19.
    // MUC precision: (7 - 2 + 5 - 1) / (6 + 4) = 90, as for (b).
    const std::vector<std::int64_t> response = {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
    scoring::ChainScores scores;
    scoring::score_chains(key, response, scores);
    CHECK(scores.b3_precision.percent() == Approx(100.0 * (29.0 / 7.0 + 5.0) / 12.0));
    CHECK(scores.b3_recall.percent() == Approx(100.0));
    CHECK(scores.muc_precision.percent() == Approx(90.0));
    CHECK(scores.muc_recall.percent() == Approx(100.0));
  }
}

TEST_CASE("coreference scores add up over documents", "[scoring][coreference]") {
  // Two documents each with the key {A B} and the response {A} {B}: MUC recall 0 of 1 each, so 0 of 2;
  // B3 recall 1/2 for every mention: 50; B3 precision 100 (each response chain lies in one key chain).
  scoring::ChainScores scores;
  for (int document = 0; document < 2; ++document) scoring::score_chains({7, 7}, {-2, -3}, scores);
  CHECK(scores.muc_recall.denominator == Approx(2.0));
  CHECK(scores.muc_recall.percent() == 0.0);
  CHECK(scores.muc_precision.percent() == 0.0);  // no link predicted: 0 over 0
  CHECK(scores.muc_f1() == 0.0);
  CHECK(scores.b3_recall.percent() == Approx(50.0));
  CHECK(scores.b3_precision.percent() == Approx(100.0));
  CHECK(scores.mentions == 4);
}

TEST_CASE("span scoring needs both ends", "[scoring][spans]") {
  // Gold (0,5) (6,10) (12,20); predicted (0,5) (6,9) (21,25): one right of three and three.
  const std::vector<scoring::Span> gold = {{0, 5}, {6, 10}, {12, 20}};
  const std::vector<scoring::Span> predicted = {{0, 5}, {6, 9}, {21, 25}};
  Prf scores;
  std::vector<scoring::Span> missed;
  std::vector<scoring::Span> spurious;
  scoring::score_spans(gold, predicted, scores, &missed, &spurious);
  CHECK(scores.gold == 3);
  CHECK(scores.predicted == 3);
  CHECK(scores.correct == 1);
  CHECK(missed == std::vector<scoring::Span>{{6, 10}, {12, 20}});
  CHECK(spurious == std::vector<scoring::Span>{{6, 9}, {21, 25}});
}

TEST_CASE("mention scoring: the right span with the wrong type is wrong", "[scoring][spans]") {
  // Gold: PERSON (0,5), GPE (10,16). Predicted: ORG (0,5) (right span, wrong type), GPE (10,16).
  const std::vector<scoring::TypedSpan> gold = {{{0, 5}, EntityType::Person}, {{10, 16}, EntityType::Gpe}};
  const std::vector<scoring::TypedSpan> predicted = {{{0, 5}, EntityType::Org}, {{10, 16}, EntityType::Gpe}};
  scoring::MentionScores scores;
  scores.add(gold, predicted);
  // Micro over all types: 1 of 2 and 1 of 2.
  CHECK(scores.all.gold == 2);
  CHECK(scores.all.predicted == 2);
  CHECK(scores.all.correct == 1);
  CHECK(scores.all.f1() == Approx(50.0));
  const auto of = [&](EntityType type) { return scores.per_type[static_cast<std::size_t>(type)]; };
  CHECK(of(EntityType::Person).gold == 1);
  CHECK(of(EntityType::Person).predicted == 0);
  CHECK(of(EntityType::Org).predicted == 1);
  CHECK(of(EntityType::Org).correct == 0);
  CHECK(of(EntityType::Gpe).f1() == Approx(100.0));
  // On the CoNLL-2003 mapping PERSON is PER, ORG is ORG and GPE is LOC: the same one right of two.
  CHECK(scores.conll_micro.correct == 1);
  CHECK(scores.conll[0].gold == 1);  // PER
  CHECK(scores.conll[0].predicted == 0);
  CHECK(scores.conll[2].f1() == Approx(100.0));  // LOC
  const std::vector<scoring::TypedSpan> missed = scoring::unmatched_mentions(gold, predicted);
  REQUIRE(missed.size() == 1);
  CHECK(missed[0].type == EntityType::Person);
}

TEST_CASE("relation scoring is strict: spans, entity types and the label must all match", "[scoring][relations]") {
  using scoring::RelationTuple;
  const RelationTuple truth{0, 2, "Peop", 5, 6, "Loc", "Live_In"};
  const std::set<RelationTuple> gold = {truth, {8, 9, "Org", 11, 12, "Loc", "OrgBased_In"}};
  const std::set<RelationTuple> predicted = {
      truth,                                         // right
      {1, 2, "Peop", 5, 6, "Loc", "Live_In"},        // the subject one word short
      {8, 9, "Peop", 11, 12, "Loc", "OrgBased_In"},  // the subject's type wrong
      {0, 2, "Peop", 5, 6, "Loc", "Work_For"},       // the label wrong
  };
  scoring::Conll04RelationScores scores;
  scoring::score_conll04_relations(gold, predicted, scores);
  // Micro: 1 right of 4 predicted and 2 gold: P 25, R 50, F1 33.33.
  CHECK(scores.micro.correct == 1);
  CHECK(scores.micro.precision() == Approx(25.0));
  CHECK(scores.micro.recall() == Approx(50.0));
  CHECK(scores.micro.f1() == Approx(100.0 / 3.0));
  // Per label (Work_For, Live_In, Located_In, OrgBased_In, Kill).
  CHECK(scores.types[0].predicted == 1);
  CHECK(scores.types[0].gold == 0);
  CHECK(scores.types[1].gold == 1);
  CHECK(scores.types[1].predicted == 2);
  CHECK(scores.types[1].correct == 1);
  CHECK(scores.types[3].gold == 1);
  CHECK(scores.types[3].predicted == 1);
  CHECK(scores.types[3].correct == 0);
  CHECK(scores.types[4].f1() == 0.0);
  CHECK(scoring::tuples_missing_from(gold, predicted).size() == 1);
  CHECK(scoring::tuples_missing_from(predicted, gold).size() == 3);
}

TEST_CASE("entities scored by label count every label they meet", "[scoring][relations]") {
  using Entity = scoring::EntityTuple;
  const std::set<Entity> gold = {{0, 2, "Peop"}, {4, 5, "Loc"}};
  const std::set<Entity> predicted = {{0, 2, "Peop"}, {4, 5, "Org"}};
  std::map<std::string, Prf> by_label;
  Prf all;
  scoring::score_sets_by_label(
      gold, predicted, [](const Entity& e) { return std::get<2>(e); }, by_label, all);
  CHECK(all.correct == 1);
  CHECK(all.f1() == Approx(50.0));
  CHECK(by_label["Peop"].f1() == Approx(100.0));
  CHECK(by_label["Loc"].gold == 1);
  CHECK(by_label["Loc"].predicted == 0);
  CHECK(by_label["Org"].predicted == 1);
  CHECK(by_label["Org"].correct == 0);
}
