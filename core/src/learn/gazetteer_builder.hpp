// Compiles the gazetteer TSVs (core/lexicons/gazetteers/, written by scripts/import_lexicons.mjs) into
// the "ner.gazetteer" model section read by ner::Gazetteer. Phrases are tokenized the runtime's way so
// that "al-Qaeda" or "St. Petersburg" match the tokens the tagger will see.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace lede::learn {

struct GazetteerFile {
  std::string name;     // the file's base name without .tsv: "countries", "wordnet_instances", ...
  std::string content;  // its text
};

struct GazetteerStats {
  std::size_t phrases = 0;   // distinct phrases kept
  std::size_t too_long = 0;  // rows over ner::kMaxGazetteerTokens tokens, left out
  std::size_t bytes = 0;
};

// Files with names it does not know (wordnet_titles: candidates, not a lexicon) are skipped.
std::vector<std::byte> build_gazetteer_section(const std::vector<GazetteerFile>& files, std::uint64_t seed,
                                               GazetteerStats& stats);

}  // namespace lede::learn
