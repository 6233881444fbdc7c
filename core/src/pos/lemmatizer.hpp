// Lemmas from a POS tag: a lookup learned from the training data (word + XPOS -> lemma) for the words
// the rules get wrong ("went" -> "go", "me" -> "I"), and suffix rules for every other word, learned
// too ("-ies" NNS -> "-y"). The longest suffix with a rule for the tag wins. Proper nouns keep their
// case; every other lemma is lowercase, as in UD EWT and GUM.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "perceptron/fingerprint_table.hpp"

namespace lede::pos {

// Keys shared by the trainer and the runtime.
std::uint64_t lemma_exception_key(std::string_view lower_form, std::uint8_t xpos, std::uint64_t seed);
std::uint64_t lemma_rule_key(std::string_view lower_suffix, std::uint8_t xpos, std::uint64_t seed);

// The form the rules apply to: lowercased (ASCII) unless the tag is a proper noun's. Appends to `out`.
void append_lemma_base(std::string_view form, std::uint8_t upos, std::string& out);

class Lemmatizer {
 public:
  Lemmatizer() = default;
  // Reads a "pos.lemmas" section; false if inconsistent.
  bool read(std::span<const std::byte> section, std::uint64_t seed);

  // Appends the lemma of `form` tagged (xpos, upos) to `out`.
  void append_lemma(std::string_view form, std::uint8_t xpos, std::uint8_t upos, std::string& out) const;

 private:
  std::string_view pool_string(std::uint32_t offset) const;

  std::uint64_t seed_ = 0;
  perceptron::FingerprintTable exceptions_;
  perceptron::FingerprintTable rules_;
  std::span<const std::uint8_t> rule_strip_;
  std::span<const std::uint32_t> rule_append_;
  std::span<const char> pool_;
};

}  // namespace lede::pos
