// `lede eval resolve --data DIR|FILE.conllu`: coreference of the resolve stage against GUM's identity
// chains ("Entity=" brackets), on the given tokens (as `--input conllu`).
//
// Only gold entities with at least one proper-name mention count (the resolver groups names; chains of
// common nouns alone are out of its reach). A predicted mention stands for the gold mention that contains
// it and whose head word it covers, the smallest such (so "Obama" stands for "President Obama", "US" for
// "the US"), unless a describing word precedes it there ("Old Athens" is not "Athens"). Three views of
// those gold entities:
//   names           their proper-name mentions;
//   names+pronouns  and their he/she/it/they... mentions;
//   all             every mention (common nouns too, which the resolver links only as titles).
// Each is scored with MUC (Vilain et al. 1995) and B-cubed (Bagga and Baldwin 1998); a gold mention no
// predicted mention stands for counts as a singleton of the response. The name view also gets pairwise
// precision and recall of name-to-name links, recall both over all gold names and over the names the
// NER found ("detected").
#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus/conll_readers.hpp"
#include "corpus_files.hpp"
#include "file_io.hpp"
#include "learn/coref_corpus.hpp"
#include "model_loading.hpp"

namespace lede::cli {
namespace {

struct Ratio {
  double numerator = 0.0;
  double denominator = 0.0;
  double percent() const { return denominator == 0.0 ? 0.0 : 100.0 * numerator / denominator; }
};

double f1(double p, double r) { return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r); }

struct ChainScores {
  Ratio muc_recall, muc_precision, b3_recall, b3_precision;
  std::uint64_t mentions = 0;
  std::uint64_t aligned = 0;

  std::string json() const {
    char buffer[400];
    std::snprintf(buffer, sizeof buffer,
                  "{\"muc\":{\"precision\":%.2f,\"recall\":%.2f,\"f1\":%.2f},\"b3\":{\"precision\":%.2f,\"recall\":%.2f,"
                  "\"f1\":%.2f},\"mentions\":%llu,\"detected\":%llu}",
                  muc_precision.percent(), muc_recall.percent(), f1(muc_precision.percent(), muc_recall.percent()),
                  b3_precision.percent(), b3_recall.percent(), f1(b3_precision.percent(), b3_recall.percent()),
                  static_cast<unsigned long long>(mentions), static_cast<unsigned long long>(aligned));
    return buffer;
  }
  void print(const char* name) const {
    std::printf("%-15s MUC P %6.2f R %6.2f F1 %6.2f   B3 P %6.2f R %6.2f F1 %6.2f   (%llu gold mentions, %llu detected)\n",
                name, muc_precision.percent(), muc_recall.percent(), f1(muc_precision.percent(), muc_recall.percent()),
                b3_precision.percent(), b3_recall.percent(), f1(b3_precision.percent(), b3_recall.percent()),
                static_cast<unsigned long long>(mentions), static_cast<unsigned long long>(aligned));
  }
};

struct PairScores {
  std::uint64_t gold = 0;           // gold name-to-name links
  std::uint64_t gold_detected = 0;  // of which both names were found by the NER
  std::uint64_t predicted = 0;
  std::uint64_t correct = 0;
  std::uint64_t wrong_same_identity = 0;  // wrong links between gold clusters GUM gives one Wikipedia identity
  double precision() const { return predicted == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / static_cast<double>(predicted); }
  double recall() const { return gold == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / static_cast<double>(gold); }
  double detected_recall() const {
    return gold_detected == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / static_cast<double>(gold_detected);
  }
};

// Number of distinct values among `labels`.
std::size_t distinct(std::vector<std::int64_t> labels) {
  std::sort(labels.begin(), labels.end());
  return static_cast<std::size_t>(std::unique(labels.begin(), labels.end()) - labels.begin());
}

// MUC and B3 of one document's key mentions: `key[i]` the gold cluster, `response[i]` the predicted one
// (unique negative numbers for mentions nobody found).
void score_chains(const std::vector<std::int64_t>& key, const std::vector<std::int64_t>& response, ChainScores& scores) {
  std::unordered_map<std::int64_t, std::vector<std::size_t>> key_sets;
  std::unordered_map<std::int64_t, std::vector<std::size_t>> response_sets;
  for (std::size_t i = 0; i < key.size(); ++i) {
    key_sets[key[i]].push_back(i);
    response_sets[response[i]].push_back(i);
  }
  auto muc = [](const auto& sets, const std::vector<std::int64_t>& other, Ratio& ratio) {
    for (const auto& [unused, members] : sets) {
      std::vector<std::int64_t> labels;
      for (std::size_t i : members) labels.push_back(other[i]);
      ratio.numerator += static_cast<double>(members.size() - distinct(labels));
      ratio.denominator += static_cast<double>(members.size() - 1);
    }
  };
  muc(key_sets, response, scores.muc_recall);
  muc(response_sets, key, scores.muc_precision);
  for (std::size_t i = 0; i < key.size(); ++i) {
    const auto& k = key_sets[key[i]];
    const auto& r = response_sets[response[i]];
    std::size_t both = 0;
    for (std::size_t j : k) both += response[j] == response[i] ? 1 : 0;
    scores.b3_recall.numerator += static_cast<double>(both) / static_cast<double>(k.size());
    scores.b3_precision.numerator += static_cast<double>(both) / static_cast<double>(r.size());
    scores.b3_recall.denominator += 1.0;
    scores.b3_precision.denominator += 1.0;
  }
  scores.mentions += key.size();
}

// Whether the gold mention has a describing word before the predicted one ("Old Athens", "mainland
// Australia" for a predicted "Athens", "Australia"): then they name different things and do not align.
// Determiners, proper nouns (titles: "President Obama") and punctuation before it are fine.
bool has_descriptive_prefix(const learn::CorefDocument& gold, const learn::GoldMention& g, const Mention& p) {
  for (std::uint32_t t = g.token_begin; t < p.token_begin; ++t) {
    if (gold.descriptive[t]) return true;
  }
  return false;
}

std::string mention_text(const Document& document, std::uint32_t begin, std::uint32_t end) {
  const std::uint32_t start = document.tokens[begin].start;
  std::string text = document.text().substr(start, document.tokens[end - 1].end - start);
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

struct Totals {
  ChainScores names, with_pronouns, all;
  PairScores pairs;
  std::size_t documents = 0;
};

// The listing of `--errors N`: up to N wrong and N missed name links, each with the predicted mentions
// that stand for the two gold names (text and type) and the gold and predicted entity numbers.
struct ErrorListing {
  std::size_t limit = 0;
  std::size_t wrong_shown = 0;
  std::size_t missed_shown = 0;
  std::string file;
};

void score_document(const Analyzer& analyzer, Document& document, ErrorListing& listing, Totals& totals) {
  const learn::CorefDocument gold = learn::gum_coreference(document);
  analyzer.analyze_tokenized(document);
  ++totals.documents;
  // Gold entities with a proper-name mention.
  std::vector<bool> named_cluster(gold.cluster_count, false);
  for (const learn::GoldMention& g : gold.mentions) {
    if (g.proper_name) named_cluster[g.cluster] = true;
  }
  // Each predicted mention stands for the smallest gold mention containing it and its head.
  std::vector<std::int64_t> response(gold.mentions.size(), -1);
  std::vector<std::uint32_t> covered(gold.mentions.size(), 0);  // tokens of the predicted mention chosen
  std::vector<std::size_t> standing(gold.mentions.size(), 0);   // that predicted mention's index
  for (std::size_t pi = 0; pi < document.mentions.size(); ++pi) {
    const Mention& p = document.mentions[pi];
    if (p.entity < 0) continue;
    std::size_t best = gold.mentions.size();
    for (std::size_t i = 0; i < gold.mentions.size(); ++i) {
      const learn::GoldMention& g = gold.mentions[i];
      if (g.token_begin > p.token_begin) break;
      if (g.token_end < p.token_end || g.head < p.token_begin || g.head >= p.token_end) continue;
      if (has_descriptive_prefix(gold, g, p)) continue;
      if (best == gold.mentions.size() ||
          g.token_end - g.token_begin < gold.mentions[best].token_end - gold.mentions[best].token_begin) {
        best = i;
      }
    }
    if (best == gold.mentions.size()) continue;
    const std::uint32_t length = p.token_end - p.token_begin;
    if (length > covered[best]) {
      covered[best] = length;
      response[best] = p.entity;
      standing[best] = pi;
    }
  }
  std::vector<std::int64_t> key[3];
  std::vector<std::int64_t> answer[3];
  std::int64_t next_singleton = -2;
  std::vector<std::size_t> names;
  for (std::size_t i = 0; i < gold.mentions.size(); ++i) {
    const learn::GoldMention& g = gold.mentions[i];
    if (!named_cluster[g.cluster]) continue;
    const std::int64_t predicted = response[i] >= 0 ? response[i] : next_singleton--;
    const bool views[3] = {g.proper_name, g.proper_name || g.pronoun, true};
    for (int v = 0; v < 3; ++v) {
      if (!views[v]) continue;
      key[v].push_back(g.cluster);
      answer[v].push_back(predicted);
    }
    if (g.proper_name) names.push_back(i);
    totals.names.aligned += (g.proper_name && response[i] >= 0) ? 1 : 0;
    totals.with_pronouns.aligned += ((g.proper_name || g.pronoun) && response[i] >= 0) ? 1 : 0;
    totals.all.aligned += response[i] >= 0 ? 1 : 0;
  }
  score_chains(key[0], answer[0], totals.names);
  score_chains(key[1], answer[1], totals.with_pronouns);
  score_chains(key[2], answer[2], totals.all);
  // Name-to-name links; linear in the number of names per document (a few hundred at most in GUM).
  for (std::size_t a = 0; a < names.size(); ++a) {
    for (std::size_t b = a + 1; b < names.size(); ++b) {
      const learn::GoldMention& ga = gold.mentions[names[a]];
      const learn::GoldMention& gb = gold.mentions[names[b]];
      const bool same_gold = ga.cluster == gb.cluster;
      const bool found = response[names[a]] >= 0 && response[names[b]] >= 0;
      const bool same_predicted = found && response[names[a]] == response[names[b]];
      totals.pairs.gold += same_gold ? 1 : 0;
      totals.pairs.gold_detected += same_gold && found ? 1 : 0;
      totals.pairs.predicted += same_predicted ? 1 : 0;
      totals.pairs.correct += same_gold && same_predicted ? 1 : 0;
      const std::string& identity_a = gold.identity[ga.cluster];
      const bool same_identity = !identity_a.empty() && identity_a == gold.identity[gb.cluster];
      totals.pairs.wrong_same_identity += same_predicted && !same_gold && same_identity ? 1 : 0;
      if (!found || same_gold == same_predicted) continue;
      std::size_t& shown = same_predicted ? listing.wrong_shown : listing.missed_shown;
      if (shown >= listing.limit) continue;
      ++shown;
      const Mention& pa = document.mentions[standing[names[a]]];
      const Mention& pb = document.mentions[standing[names[b]]];
      std::printf("  %s link: [%s] ~ [%s]   predicted [%s] %s ~ [%s] %s, gold %u/%u%s, entity %d/%d  (%s)\n",
                  same_predicted ? "wrong" : "missed", mention_text(document, ga.token_begin, ga.token_end).c_str(),
                  mention_text(document, gb.token_begin, gb.token_end).c_str(),
                  mention_text(document, pa.token_begin, pa.token_end).c_str(), std::string(to_string(pa.type)).c_str(),
                  mention_text(document, pb.token_begin, pb.token_end).c_str(), std::string(to_string(pb.type)).c_str(),
                  ga.cluster, gb.cluster, same_identity ? " (one identity)" : "", pa.entity, pb.entity, listing.file.c_str());
    }
  }
}

}  // namespace

int eval_resolve(const Arguments& args) {
  const auto data = args.value("--data");
  if (!data) {
    std::fprintf(stderr, "lede eval resolve: --data PATH is required\n");
    return 2;
  }
  ErrorListing listing;
  if (const auto errors = args.value("--errors")) listing.limit = std::strtoul(errors->c_str(), nullptr, 10);
  const std::optional<Analyzer> analyzer = analyzer_for(args, "eval resolve");
  if (!analyzer) return 1;
  std::string error;
  const std::vector<std::string> files = corpus_files(*data, ".conllu", error);
  if (files.empty()) {
    std::fprintf(stderr, "lede eval resolve: %s\n", error.c_str());
    return 1;
  }
  Totals totals;
  for (const std::string& path : files) {
    listing.file = path.substr(path.find_last_of('/') + 1);
    const std::optional<std::string> content = read_input(path, "lede eval resolve");
    if (!content) return 1;
    for (Document& document : corpus::read_conllu(*content)) {
      score_document(*analyzer, document, listing, totals);
    }
  }
  const PairScores& pairs = totals.pairs;
  std::printf("data: %s (%zu file%s, %zu document%s), model %s %s\n", data->c_str(), files.size(),
              files.size() == 1 ? "" : "s", totals.documents, totals.documents == 1 ? "" : "s",
              analyzer->model_info().name.c_str(), analyzer->model_info().version.c_str());
  std::printf("gold entities with a proper-name mention only\n");
  totals.names.print("names");
  totals.with_pronouns.print("names+pronouns");
  totals.all.print("all");
  std::printf("name links      P %6.2f R %6.2f F1 %6.2f   R of detected names %6.2f   (gold %llu, detected %llu, predicted %llu)\n",
              pairs.precision(), pairs.recall(), f1(pairs.precision(), pairs.recall()), pairs.detected_recall(),
              static_cast<unsigned long long>(pairs.gold), static_cast<unsigned long long>(pairs.gold_detected),
              static_cast<unsigned long long>(pairs.predicted));
  std::printf("wrong name links between gold entities of one Wikipedia identity: %llu of %llu\n",
              static_cast<unsigned long long>(pairs.wrong_same_identity),
              static_cast<unsigned long long>(pairs.predicted - pairs.correct));
  std::printf("{\"task\":\"resolve\",\"documents\":%zu,\"names\":%s,\"names_pronouns\":%s,\"all\":%s,"
              "\"name_links\":{\"precision\":%.2f,\"recall\":%.2f,\"f1\":%.2f,\"detected_recall\":%.2f,\"gold\":%llu,"
              "\"gold_detected\":%llu,\"predicted\":%llu,\"wrong_same_identity\":%llu}}\n",
              totals.documents, totals.names.json().c_str(), totals.with_pronouns.json().c_str(), totals.all.json().c_str(),
              pairs.precision(), pairs.recall(), f1(pairs.precision(), pairs.recall()), pairs.detected_recall(),
              static_cast<unsigned long long>(pairs.gold), static_cast<unsigned long long>(pairs.gold_detected),
              static_cast<unsigned long long>(pairs.predicted), static_cast<unsigned long long>(pairs.wrong_same_identity));
  return 0;
}

}  // namespace lede::cli
