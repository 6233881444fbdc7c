#include "ner/gazetteer.hpp"

#include <bit>

#include "perceptron/section_reader.hpp"

namespace lede::ner {

bool Gazetteer::read(std::span<const std::byte> bytes) {
  perceptron::SectionReader reader(bytes);
  const auto header = reader.read_value<GazetteerHeader>();
  const auto fingerprints = reader.read_array<std::uint32_t>(header.slot_count);
  const auto payloads = reader.read_array<std::uint32_t>(header.slot_count);
  if (!reader.ok() || header.list_count != kGazetteerListCount) return false;
  auto phrases = perceptron::FingerprintTable::from_arrays(fingerprints, payloads);
  if (!phrases) return false;
  phrases_ = *phrases;
  return true;
}

void Gazetteer::mark(std::span<TokenFacts> sentence) const {
  if (empty()) return;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    std::uint64_t phrase = 0;
    std::uint32_t entry_found = kContinues;
    for (std::size_t length = 1;
         length <= kMaxGazetteerTokens && i + length <= sentence.size() && (entry_found & kContinues); ++length) {
      phrase = extend_phrase_hash(phrase, sentence[i + length - 1].lower);
      entry_found = entry(phrase);
      std::uint32_t found = entry_found & ~kContinues;
      while (found != 0) {
        const auto list = static_cast<std::uint32_t>(std::countr_zero(found));
        found &= found - 1;
        sentence[i].gazetteer |= std::uint64_t{1} << (2 * list);
        for (std::size_t j = i + 1; j < i + length; ++j) sentence[j].gazetteer |= std::uint64_t{1} << (2 * list + 1);
      }
    }
  }
}

}  // namespace lede::ner
