#include "resolve/canonical_name.hpp"

#include "resolve/name_key.hpp"

namespace lede::resolve {
namespace {

bool is_possessive(std::string_view token) {
  return token == "'s" || token == "'" || token == "\xE2\x80\x99s" || token == "\xE2\x80\x99";
}

// The mention's text without a trailing possessive or a leading "the"; "Doe, John" turned around.
std::string written_name(const Document& document, const Mention& mention) {
  std::uint32_t begin = mention.token_begin;
  std::uint32_t end = mention.token_end;
  while (end > begin + 1 && is_possessive(document.token_text(end - 1))) --end;
  if (end > begin + 1 && (document.token_text(begin) == "the" || document.token_text(begin) == "The")) ++begin;
  const std::string_view text = document.text();
  if (mention.type == EntityType::Person && end - begin >= 3) {
    std::uint32_t comma = end;
    std::size_t commas = 0;
    for (std::uint32_t t = begin + 1; t + 1 < end; ++t) {
      if (document.token_text(t) == ",") {
        comma = t;
        ++commas;
      }
    }
    if (commas == 1) {
      const std::uint32_t given_start = document.tokens[comma + 1].start;
      std::string out(text.substr(given_start, document.tokens[end - 1].end - given_start));
      out.push_back(' ');
      out += text.substr(document.tokens[begin].start, document.tokens[comma - 1].end - document.tokens[begin].start);
      return out;
    }
  }
  const std::uint32_t start = document.tokens[begin].start;
  return std::string(text.substr(start, document.tokens[end - 1].end - start));
}

}  // namespace

std::string canonical_name(const Document& document, const std::vector<std::uint32_t>& mention_indices) {
  // Rank: names over titles over pronouns; then more words; then normal casing over capitals; then
  // longer text; then the earlier mention.
  const Mention* best = nullptr;
  int best_rank = -1;
  std::uint16_t best_words = 0;
  bool best_capitals = true;
  std::size_t best_length = 0;
  for (std::uint32_t m : mention_indices) {
    const Mention& mention = document.mentions[m];
    const int rank = mention.pronoun ? 0 : mention.type == EntityType::Title ? 1 : 2;
    if (rank < best_rank) continue;
    const NameKey key = name_key(document, mention.token_begin, mention.token_end, mention.type == EntityType::Person);
    // A whole word in capitals is an acronym ("NATO"), not a headline's casing.
    const bool capitals = key.all_capitals && !key.acronym_shaped;
    const std::size_t length = key.text.size();
    const bool better = rank > best_rank || key.words > best_words ||
                        (key.words == best_words && (best_capitals && !capitals)) ||
                        (key.words == best_words && capitals == best_capitals && length > best_length);
    if (best == nullptr || better) {
      best = &mention;
      best_rank = rank;
      best_words = key.words;
      best_capitals = capitals;
      best_length = length;
    }
  }
  return best == nullptr ? std::string() : written_name(document, *best);
}

}  // namespace lede::resolve
