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
// NER found ("detected"). The alignment and the scores: scoring/coreference_scoring.hpp.
#include <cstdio>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus/conll_readers.hpp"
#include "corpus_files.hpp"
#include "document/pos_tags.hpp"
#include "file_io.hpp"
#include "model_loading.hpp"
#include "score_report.hpp"
#include "scoring/coreference_scoring.hpp"

namespace lede::cli {
namespace {

void print_chains(const char* name, const scoring::ChainScores& s) {
  std::printf(
      "%-15s MUC P %6.2f R %6.2f F1 %6.2f   B3 P %6.2f R %6.2f F1 %6.2f   (%llu gold mentions, %llu detected)\n", name,
      s.muc_precision.percent(), s.muc_recall.percent(), s.muc_f1(), s.b3_precision.percent(), s.b3_recall.percent(),
      s.b3_f1(), static_cast<unsigned long long>(s.mentions), static_cast<unsigned long long>(s.aligned));
}

std::string mention_text(const Document& document, std::uint32_t begin, std::uint32_t end) {
  const std::uint32_t start = document.tokens[begin].start;
  std::string text = document.text().substr(start, document.tokens[end - 1].end - start);
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

// The listing of `--errors N`: up to N undetected gold names (with the tokens' POS tags, as the tagger saw
// them), and up to N wrong and N missed name links, each with the predicted mentions that stand for the
// two gold names (text and type) and the gold and predicted entity numbers.
struct ErrorListing {
  std::size_t limit = 0;
  std::size_t undetected_shown = 0;
  std::size_t wrong_shown = 0;
  std::size_t missed_shown = 0;
};

std::string tags_of(const Document& document, std::uint32_t begin, std::uint32_t end) {
  std::string tags;
  for (std::uint32_t t = begin; t < end; ++t) {
    if (!tags.empty()) tags += ' ';
    tags += xpos_name(document.xpos[t]);
  }
  return tags;
}

void print_link_errors(const Document& document, const std::vector<scoring::NameLinkError>& errors,
                       const std::string& file, ErrorListing& listing) {
  for (const scoring::NameLinkError& e : errors) {
    std::size_t& shown = e.undetected ? listing.undetected_shown : e.wrong ? listing.wrong_shown : listing.missed_shown;
    if (shown >= listing.limit) continue;
    ++shown;
    if (e.undetected) {
      std::printf("  undetected name: [%s] (%s), gold %u  (%s)\n", mention_text(document, e.begin_a, e.end_a).c_str(),
                  tags_of(document, e.begin_a, e.end_a).c_str(), e.cluster_a, file.c_str());
      continue;
    }
    const Mention& pa = document.mentions[e.predicted_a];
    const Mention& pb = document.mentions[e.predicted_b];
    std::printf("  %s link: [%s] ~ [%s]   predicted [%s] %s ~ [%s] %s, gold %u/%u%s, entity %d/%d  (%s)\n",
                e.wrong ? "wrong" : "missed", mention_text(document, e.begin_a, e.end_a).c_str(),
                mention_text(document, e.begin_b, e.end_b).c_str(),
                mention_text(document, pa.token_begin, pa.token_end).c_str(), std::string(to_string(pa.type)).c_str(),
                mention_text(document, pb.token_begin, pb.token_end).c_str(), std::string(to_string(pb.type)).c_str(),
                e.cluster_a, e.cluster_b, e.same_identity ? " (one identity)" : "", pa.entity, pb.entity, file.c_str());
  }
}

}  // namespace

int eval_resolve(const Arguments& args) {
  const char* command = "lede eval resolve";
  const auto data = required_value(args, "--data", "PATH", command);
  if (!data) return 2;
  ErrorListing listing;
  listing.limit = error_limit(args);
  const std::optional<Analyzer> analyzer = analyzer_for(args, "eval resolve");
  if (!analyzer) return 1;
  const auto files = input_files(*data, ".conllu", command);
  if (!files) return 1;
  scoring::GumCoreferenceScores totals;
  std::vector<scoring::NameLinkError> errors;
  const bool all_read = for_each_input(*files, command, [&](const std::string& path, const std::string& content) {
    const std::string file = path.substr(path.find_last_of('/') + 1);
    for (Document& document : read_conllu_file(command, path, content)) {
      errors.clear();
      scoring::score_gum_document(*analyzer, document, totals, listing.limit > 0 ? &errors : nullptr);
      print_link_errors(document, errors, file, listing);
    }
  });
  if (!all_read) return 1;
  const scoring::NameLinkScores& pairs = totals.pairs;
  const scoring::Prf& links = pairs.links;
  std::printf("data: %s (%zu file%s, %zu document%s), model %s %s\n", data->c_str(), files->size(),
              files->size() == 1 ? "" : "s", totals.documents, totals.documents == 1 ? "" : "s",
              analyzer->model_info().name.c_str(), analyzer->model_info().version.c_str());
  std::printf("gold entities with a proper-name mention only\n");
  print_chains("names", totals.names);
  print_chains("names+pronouns", totals.with_pronouns);
  print_chains("all", totals.all);
  std::printf(
      "name links      P %6.2f R %6.2f F1 %6.2f   R of detected names %6.2f   (gold %llu, detected %llu, predicted "
      "%llu)\n",
      links.precision(), links.recall(), links.f1(), pairs.detected_recall(),
      static_cast<unsigned long long>(links.gold), static_cast<unsigned long long>(pairs.gold_detected),
      static_cast<unsigned long long>(links.predicted));
  std::printf("wrong name links between gold entities of one Wikipedia identity: %llu of %llu\n",
              static_cast<unsigned long long>(pairs.wrong_same_identity),
              static_cast<unsigned long long>(links.predicted - links.correct));
  std::printf(
      "{\"task\":\"resolve\",\"documents\":%zu,\"names\":%s,\"names_pronouns\":%s,\"all\":%s,"
      "\"name_links\":{\"precision\":%.2f,\"recall\":%.2f,\"f1\":%.2f,\"detected_recall\":%.2f,\"gold\":%llu,"
      "\"gold_detected\":%llu,\"predicted\":%llu,\"wrong_same_identity\":%llu}}\n",
      totals.documents, chain_json(totals.names).c_str(), chain_json(totals.with_pronouns).c_str(),
      chain_json(totals.all).c_str(), links.precision(), links.recall(), links.f1(), pairs.detected_recall(),
      static_cast<unsigned long long>(links.gold), static_cast<unsigned long long>(pairs.gold_detected),
      static_cast<unsigned long long>(links.predicted), static_cast<unsigned long long>(pairs.wrong_same_identity));
  return 0;
}

}  // namespace lede::cli
