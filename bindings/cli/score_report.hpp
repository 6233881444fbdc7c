// How the eval commands print scores: rows of precision, recall and F1 with their counts, and the same
// figures as JSON for the summary line.
#pragma once

#include <string>

#include "scoring/coreference_scoring.hpp"
#include "scoring/scores.hpp"

namespace lede::cli {

// Which counts follow the figures of a row.
enum class RowCounts { GoldPredicted, GoldPredictedCorrect };

// "P  99.10  R  98.70  F1  98.90"
std::string prf_figures(const scoring::Prf& scores);

// One line: `indent` spaces, `label` left-aligned in `width` columns, a space, the figures and
// "  (gold G, predicted P[, correct C])".
void print_prf_row(int indent, int width, const std::string& label, const scoring::Prf& scores, RowCounts counts);

// {"precision":..,"recall":..,"f1":..,"gold":..,"predicted":..}
std::string prf_json(const scoring::Prf& scores);

// {"muc":{"precision":..,"recall":..,"f1":..},"b3":{...},"mentions":..,"detected":..} (`detected`: the key
// mentions a predicted mention stands for)
std::string chain_json(const scoring::ChainScores& scores);

}  // namespace lede::cli
