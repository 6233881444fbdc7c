#include "score_report.hpp"

#include <cstdio>

namespace lede::cli {

std::string prf_figures(const scoring::Prf& scores) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "P %6.2f  R %6.2f  F1 %6.2f", scores.precision(), scores.recall(), scores.f1());
  return buffer;
}

void print_prf_row(int indent, int width, const std::string& label, const scoring::Prf& scores, RowCounts counts) {
  std::printf("%*s%-*s %s  (gold %llu, predicted %llu", indent, "", width, label.c_str(), prf_figures(scores).c_str(),
              static_cast<unsigned long long>(scores.gold), static_cast<unsigned long long>(scores.predicted));
  if (counts == RowCounts::GoldPredictedCorrect)
    std::printf(", correct %llu", static_cast<unsigned long long>(scores.correct));
  std::printf(")\n");
}

std::string prf_json(const scoring::Prf& scores) {
  char buffer[200];
  std::snprintf(buffer, sizeof buffer,
                "{\"precision\":%.2f,\"recall\":%.2f,\"f1\":%.2f,\"gold\":%llu,\"predicted\":%llu}", scores.precision(),
                scores.recall(), scores.f1(), static_cast<unsigned long long>(scores.gold),
                static_cast<unsigned long long>(scores.predicted));
  return buffer;
}

std::string chain_json(const scoring::ChainScores& s) {
  char buffer[400];
  std::snprintf(buffer, sizeof buffer,
                "{\"muc\":{\"precision\":%.2f,\"recall\":%.2f,\"f1\":%.2f},\"b3\":{\"precision\":%.2f,\"recall\":%.2f,"
                "\"f1\":%.2f},\"mentions\":%llu,\"detected\":%llu}",
                s.muc_precision.percent(), s.muc_recall.percent(), s.muc_f1(), s.b3_precision.percent(),
                s.b3_recall.percent(), s.b3_f1(), static_cast<unsigned long long>(s.mentions),
                static_cast<unsigned long long>(s.aligned));
  return buffer;
}

}  // namespace lede::cli
