// Name lists compiled into the model ("ner.gazetteer" section, built by learn/gazetteer_builder.cpp from
// core/lexicons/gazetteers/*.tsv): a phrase of up to kMaxGazetteerTokens tokens, hashed from its
// tokens' lowercased forms, maps to the set of lists that hold it. The tagger sees each token's list
// memberships, with its place in the phrase, as features; fine typing asks which lists hold a name.
// Stored as a fingerprint table read in place: no strings, no rebuilding at load.
#pragma once

#include <cstdint>
#include <span>

#include "ner/ner_features.hpp"
#include "perceptron/feature_hash.hpp"
#include "perceptron/fingerprint_table.hpp"

namespace lede::ner {

inline constexpr std::string_view kGazetteerSectionName = "ner.gazetteer";
inline constexpr std::size_t kMaxGazetteerTokens = 4;

// The lists, one bit each in a phrase's payload.
enum GazetteerList : std::uint32_t {
  kCountry,
  kCountryCode,
  kDemonym,
  kCity,
  kSubdivision,
  kFirstName,
  kSurname,
  kCompany,
  kWordnetPerson,
  kWordnetGpe,
  kWordnetLoc,
  kWordnetFac,
  kWordnetOrg,
  kWordnetNorp,
  kWordnetEvent,
  kWordnetWork,
  kWordnetMisc,
  kTitle,
  kWordnetMember,    // wordnet_groups.tsv: "Afrikaner(s)", "Pole(s)", "Democrat(s)"
  kWordnetLanguage,  // wordnet_groups.tsv: "Hebrew", "Pashto"
  kGazetteerListCount,
};

// A payload bit beside the lists: the phrase is the start of a longer phrase of some list. Marking
// looks a phrase up one token longer only while it is, so most tokens cost one lookup, not
// kMaxGazetteerTokens (most words start no multiword name). Since section version 4.
inline constexpr std::uint32_t kContinues = 1U << 31;
static_assert(kGazetteerListCount < 31, "the lists and kContinues share a 32-bit payload");

// The version of the "ner.gazetteer" section's layout; the loader rejects any other.
inline constexpr std::uint32_t kGazetteerTemplateVersion = 5;  // 5: the wordnet_groups lists

// The hash of a phrase, extended token by token from the tokens' lowercase hashes (TokenFacts::lower).
constexpr std::uint64_t extend_phrase_hash(std::uint64_t phrase, std::uint64_t token_lower) {
  return perceptron::feature_key(0xFE, phrase, token_lower);
}

struct GazetteerHeader {
  std::uint32_t slot_count = 0;
  std::uint32_t list_count = 0;
};

class Gazetteer {
 public:
  // Reads a section written by learn::write_gazetteer; false if inconsistent.
  bool read(std::span<const std::byte> bytes);
  bool empty() const { return phrases_.slot_count() == 0; }
  // The lists holding the phrase whose hash this is (0 for none).
  std::uint32_t lists(std::uint64_t phrase_hash) const { return entry(phrase_hash) & ~kContinues; }
  // Sets TokenFacts::gazetteer of one sentence's tokens: bit 2*list where a phrase of the list starts,
  // bit 2*list+1 on its other tokens. Phrases never cross the sentence.
  void mark(std::span<TokenFacts> sentence) const;

 private:
  // The phrase's lists with kContinues, or 0.
  std::uint32_t entry(std::uint64_t phrase_hash) const {
    const auto found = phrases_.find(phrase_hash);
    return found ? *found : 0;
  }

  perceptron::FingerprintTable phrases_;
};

}  // namespace lede::ner
