#include "pos/lemmatizer.hpp"

#include <algorithm>

#include "document/pos_tags.hpp"
#include "model/section_layouts.hpp"
#include "perceptron/feature_hash.hpp"
#include "perceptron/section_reader.hpp"
#include "text/ascii_case.hpp"

namespace lede::pos {
namespace {

// Long enough for any word worth a lookup; longer tokens (URLs, runs of symbols) are their own lemma.
constexpr std::size_t kMaxLookupLength = 48;

std::size_t lowercase_into(std::string_view form, char* out) {
  const std::size_t n = std::min(form.size(), kMaxLookupLength);
  for (std::size_t i = 0; i < n; ++i) {
    const char c = form[i];
    out[i] = text::ascii_lower(c);
  }
  return n;
}

}  // namespace

std::uint64_t lemma_exception_key(std::string_view lower_form, std::uint8_t xpos, std::uint64_t seed) {
  return perceptron::feature_key(1, perceptron::hash_bytes(lower_form, seed), xpos);
}

std::uint64_t lemma_rule_key(std::string_view lower_suffix, std::uint8_t xpos, std::uint64_t seed) {
  return perceptron::feature_key(2, perceptron::hash_bytes(lower_suffix, seed), xpos);
}

void append_lemma_base(std::string_view form, std::uint8_t upos, std::string& out) {
  if (is_proper_noun_upos(upos)) {
    out += form;
    return;
  }
  for (const char c : form) out += text::ascii_lower(c);
}

bool Lemmatizer::read(std::span<const std::byte> section, std::uint64_t seed) {
  perceptron::SectionReader reader(section);
  const auto header = reader.read_value<LemmaSectionHeader>();
  const auto exception_fingerprints = reader.read_array<std::uint32_t>(header.exception_slots);
  const auto exception_payloads = reader.read_array<std::uint32_t>(header.exception_slots);
  const auto rule_fingerprints = reader.read_array<std::uint32_t>(header.rule_slots);
  const auto rule_payloads = reader.read_array<std::uint32_t>(header.rule_slots);
  rule_strip_ = reader.read_array<std::uint8_t>(header.rule_count);
  rule_append_ = reader.read_array<std::uint32_t>(header.rule_count);
  pool_ = reader.read_array<char>(header.pool_bytes);
  if (!reader.ok()) return false;
  auto exceptions = perceptron::FingerprintTable::from_arrays(exception_fingerprints, exception_payloads);
  auto rules = perceptron::FingerprintTable::from_arrays(rule_fingerprints, rule_payloads);
  // Check every reference once here, so lookups need no checks.
  const auto string_fits = [&](std::uint32_t offset) {
    return offset < pool_.size() &&
           static_cast<std::size_t>(static_cast<unsigned char>(pool_[offset])) < pool_.size() - offset;
  };
  const auto rule_exists = [&](std::uint32_t rule) { return rule < header.rule_count; };
  if (!exceptions || !rules || !exceptions->all_payloads(string_fits) || !rules->all_payloads(rule_exists) ||
      !std::all_of(rule_append_.begin(), rule_append_.end(), string_fits)) {
    return false;
  }
  exceptions_ = *exceptions;
  rules_ = *rules;
  seed_ = seed;
  return true;
}

std::string_view Lemmatizer::pool_string(std::uint32_t offset) const {
  return {pool_.data() + offset + 1, static_cast<unsigned char>(pool_[offset])};
}

void Lemmatizer::append_lemma(std::string_view form, std::uint8_t xpos, std::uint8_t upos, std::string& out) const {
  if (form.size() > kMaxLookupLength) {
    out += form;
    return;
  }
  char lower_buffer[kMaxLookupLength];
  const std::string_view lower(lower_buffer, lowercase_into(form, lower_buffer));
  if (const auto exception = exceptions_.find(lemma_exception_key(lower, xpos, seed_))) {
    out += pool_string(*exception);
    return;
  }
  const std::size_t base_start = out.size();
  append_lemma_base(form, upos, out);
  const auto is_continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  for (std::size_t k = std::min(kMaxLemmaSuffix, lower.size()) + 1; k-- > 0;) {
    // Suffixes and cuts fall on code point boundaries, so a lemma is always valid UTF-8 (a fingerprint
    // collision on a foreign word must not cut a character in two).
    if (k > 0 && is_continuation(lower[lower.size() - k])) continue;
    const auto rule = rules_.find(lemma_rule_key(lower.substr(lower.size() - k), xpos, seed_));
    if (!rule) continue;
    const std::size_t strip = rule_strip_[*rule];
    if (strip > out.size() - base_start) return;  // a rule for longer words: keep the base form
    if (strip > 0 && is_continuation(out[out.size() - strip])) return;
    out.resize(out.size() - strip);
    out += pool_string(rule_append_[*rule]);
    return;
  }
}

}  // namespace lede::pos
