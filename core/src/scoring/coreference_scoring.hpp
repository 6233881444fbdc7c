// Coreference scoring: MUC (Vilain et al. 1995) and B-cubed (Bagga and Baldwin 1998) over a key and a
// response clustering of the same mentions, and the GUM evaluation of `lede eval resolve` built on them.
#pragma once

#include <cstdint>
#include <vector>

#include "lede/analyzer.hpp"
#include "scoring/scores.hpp"

namespace lede::scoring {

// A ratio summed over documents (B-cubed adds fractions, so the parts are not whole counts).
struct Ratio {
  double numerator = 0.0;
  double denominator = 0.0;
  double percent() const { return scoring::percent(numerator, denominator); }
};

struct ChainScores {
  Ratio muc_recall, muc_precision, b3_recall, b3_precision;
  std::uint64_t mentions = 0;  // key mentions scored
  std::uint64_t aligned = 0;   // of which a predicted mention stands for (counted by the caller)

  double muc_f1() const { return f1(muc_precision.percent(), muc_recall.percent()); }
  double b3_f1() const { return f1(b3_precision.percent(), b3_recall.percent()); }
};

// Adds MUC and B-cubed of one document: `key[i]` is mention i's gold cluster, `response[i]` its predicted
// one (give each mention nobody found a cluster of its own, e.g. unique negative numbers).
//   MUC recall: over the key clusters K, sum(|K| - partitions of K by the response) / sum(|K| - 1);
//               precision the same with key and response swapped.
//   B-cubed recall: the mean over mentions of |K(m) and R(m)| / |K(m)|; precision divides by |R(m)|.
void score_chains(const std::vector<std::int64_t>& key, const std::vector<std::int64_t>& response, ChainScores& scores);

// Pairwise scores of name-to-name links: a pair of gold names is linked in the gold when they are in one
// cluster, predicted when the mentions standing for them are in one predicted entity.
struct NameLinkScores {
  Prf links;
  std::size_t gold_detected = 0;        // gold links of which both names were found by the NER
  std::size_t wrong_same_identity = 0;  // wrong links between gold clusters GUM gives one Wikipedia identity
  double detected_recall() const {
    return percent(static_cast<double>(links.correct), static_cast<double>(gold_detected));
  }
};

// `lede eval resolve` on GUM (the views and the alignment: bindings/cli/eval_resolve.cpp), summed over
// documents.
struct GumCoreferenceScores {
  ChainScores names, with_pronouns, all;
  NameLinkScores pairs;
  std::size_t documents = 0;
};

// A wrong or missed link between two found gold names: their token spans, the predicted mentions standing
// for them (indices into the analyzed document's mentions) and their gold clusters. Or, with `undetected`,
// a gold name no predicted mention stands for (span a and cluster a only): what costs the links recall
// before any linking.
struct NameLinkError {
  bool wrong = false;  // linked though the gold keeps them apart; else missed
  bool undetected = false;
  std::uint32_t begin_a = 0, end_a = 0, begin_b = 0, end_b = 0;
  std::size_t predicted_a = 0, predicted_b = 0;
  std::uint32_t cluster_a = 0, cluster_b = 0;
  bool same_identity = false;
};

// Reads the gold chains of a document read from GUM's CoNLL-U, analyzes it on its given tokens (so it
// holds the analysis afterwards) and adds its scores. With `errors`, appends its undetected names, then its
// wrong and missed name links, in document order.
void score_gum_document(const Analyzer& analyzer, Document& document, GumCoreferenceScores& scores,
                        std::vector<NameLinkError>* errors = nullptr);

}  // namespace lede::scoring
