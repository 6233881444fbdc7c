#include "learn/lemma_trainer.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "document/pos_tags.hpp"
#include "learn/byte_writer.hpp"
#include "learn/fingerprint_table_builder.hpp"
#include "model/section_layouts.hpp"
#include "pos/lemmatizer.hpp"
#include "text/ascii_case.hpp"

namespace lede::learn {
namespace {

struct WordType {
  std::string form;  // the first spelling seen
  std::uint8_t upos = 0;
  std::map<std::string, int> lemmas;
  std::string best_lemma() const {
    // Most frequent; ties go to the smaller string so the result does not depend on map order.
    return std::max_element(lemmas.begin(), lemmas.end(),
                            [](const auto& a, const auto& b) {
                              return a.second < b.second || (a.second == b.second && a.first > b.first);
                            })
        ->first;
  }
};

struct Rule {
  std::uint8_t strip = 0;
  std::string append;
  auto operator<=>(const Rule&) const = default;
};

// Strings of the pool, each stored once: a length byte, then the bytes.
class StringPool {
 public:
  std::uint32_t add(const std::string& text) {
    const auto [entry, added] = offsets_.try_emplace(text, static_cast<std::uint32_t>(bytes_.size()));
    if (added) {
      bytes_.push_back(static_cast<char>(text.size()));
      bytes_.insert(bytes_.end(), text.begin(), text.end());
    }
    return entry->second;
  }
  const std::vector<char>& bytes() const { return bytes_; }

 private:
  std::map<std::string, std::uint32_t> offsets_;
  std::vector<char> bytes_;
};

using KeyedEntries = std::vector<std::pair<std::uint64_t, std::uint32_t>>;

std::vector<std::byte> write_section(const KeyedEntries& exceptions, const KeyedEntries& rule_keys,
                                     const std::vector<Rule>& rules, StringPool& pool) {
  std::vector<std::uint8_t> strip;
  std::vector<std::uint32_t> append;
  for (const Rule& rule : rules) {
    strip.push_back(rule.strip);
    append.push_back(pool.add(rule.append));
  }
  const FingerprintTableArrays exception_table = build_fingerprint_table(exceptions);
  const FingerprintTableArrays rule_table = build_fingerprint_table(rule_keys);
  pos::LemmaSectionHeader header;
  header.exception_slots = static_cast<std::uint32_t>(exception_table.fingerprints.size());
  header.rule_slots = static_cast<std::uint32_t>(rule_table.fingerprints.size());
  header.rule_count = static_cast<std::uint32_t>(rules.size());
  header.pool_bytes = static_cast<std::uint32_t>(pool.bytes().size());
  ByteWriter out;
  out.write_value(header);
  out.write_array(std::span<const std::uint32_t>(exception_table.fingerprints));
  out.write_array(std::span<const std::uint32_t>(exception_table.payloads));
  out.write_array(std::span<const std::uint32_t>(rule_table.fingerprints));
  out.write_array(std::span<const std::uint32_t>(rule_table.payloads));
  out.write_array(std::span<const std::uint8_t>(strip));
  out.write_array(std::span<const std::uint32_t>(append));
  out.write_array(std::span<const char>(pool.bytes()));
  return out.take();
}

}  // namespace

std::vector<std::byte> train_lemma_section(const std::vector<TaggedSentence>& sentences, std::uint64_t seed,
                                           LemmaSectionStats& stats) {
  // 1. Distinct (lowercased word, XPOS) with their lemmas.
  std::map<std::pair<std::string, std::uint8_t>, WordType> types;
  for (const TaggedSentence& sentence : sentences) {
    for (std::size_t i = 0; i < sentence.forms.size(); ++i) {
      const std::string& lemma = sentence.lemmas[i];
      if (sentence.xpos[i] == kNoTag || lemma.empty() || lemma == "_" || lemma.size() > 255) continue;
      WordType& type = types[{text::ascii_lower_copy(sentence.forms[i]), sentence.xpos[i]}];
      if (type.form.empty()) {
        type.form = sentence.forms[i];
        type.upos = sentence.upos[i];
      }
      ++type.lemmas[lemma];
    }
  }
  // 2. Count the rule each type needs under each of its suffixes (one vote per type, so frequent words
  //    do not drown the regular patterns that unseen words follow).
  using SuffixKey = std::pair<std::uint8_t, std::string>;  // (XPOS, suffix)
  std::map<SuffixKey, std::map<Rule, int>> votes;
  for (const auto& [key, type] : types) {
    std::string base;
    pos::append_lemma_base(type.form, type.upos, base);
    const std::string lemma = type.best_lemma();
    std::size_t common = 0;
    while (common < base.size() && common < lemma.size() && base[common] == lemma[common]) ++common;
    if (base.size() - common > 255 || lemma.size() - common > 255) continue;
    const Rule rule{static_cast<std::uint8_t>(base.size() - common), lemma.substr(common)};
    const std::string& lower = key.first;
    for (std::size_t k = 0; k <= std::min(pos::kMaxLemmaSuffix, lower.size()); ++k) {
      ++votes[{key.second, lower.substr(lower.size() - k)}][rule];
    }
  }
  // 3. Keep a suffix's winning rule only where it differs from what its shorter suffixes already give
  //    (the runtime falls back to shorter suffixes), and only with two votes or more.
  std::map<Rule, std::uint32_t> rule_ids;
  std::vector<Rule> rules;
  KeyedEntries rule_keys;
  std::map<SuffixKey, Rule> effective;  // what the runtime ends up applying for each suffix
  for (std::size_t k = 0; k <= pos::kMaxLemmaSuffix; ++k) {
    for (const auto& [suffix_key, counts] : votes) {
      if (suffix_key.second.size() != k) continue;
      const auto best = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        return a.second < b.second || (a.second == b.second && b.first < a.first);
      });
      const auto parent = k == 0 ? effective.end() : effective.find({suffix_key.first, suffix_key.second.substr(1)});
      const bool has_parent = parent != effective.end();
      if (k > 0 && (best->second < 2 || (has_parent && parent->second == best->first))) {
        if (has_parent) effective[suffix_key] = parent->second;
        continue;
      }
      const auto [id, added] = rule_ids.try_emplace(best->first, static_cast<std::uint32_t>(rules.size()));
      if (added) rules.push_back(best->first);
      rule_keys.emplace_back(pos::lemma_rule_key(suffix_key.second, suffix_key.first, seed), id->second);
      effective[suffix_key] = best->first;
    }
  }
  // 4. Exceptions: the words whose lemma the rules alone get wrong, found with the runtime lemmatizer.
  StringPool rules_pool;
  const std::vector<std::byte> rules_only = write_section({}, rule_keys, rules, rules_pool);
  pos::Lemmatizer by_rules;
  by_rules.read(rules_only, seed);
  StringPool pool;
  KeyedEntries exceptions;
  std::string predicted;
  for (const auto& [key, type] : types) {
    predicted.clear();
    by_rules.append_lemma(type.form, key.second, type.upos, predicted);
    const std::string lemma = type.best_lemma();
    if (predicted != lemma)
      exceptions.emplace_back(pos::lemma_exception_key(key.first, key.second, seed), pool.add(lemma));
  }
  std::vector<std::byte> section = write_section(exceptions, rule_keys, rules, pool);
  stats = LemmaSectionStats{rules.size(), exceptions.size(), section.size()};
  return section;
}

}  // namespace lede::learn
