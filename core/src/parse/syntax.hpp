// Small questions about a parsed document that the later stages (resolve, relations, events) ask: the
// subjects, objects and obliques of a predicate, passive voice, coordination and apposition. They read
// only Document::heads and ::deprels (the parse stage must have run: Document::has_parse()).
//
// Build one DependencyIndex per document (O(n)), then ask; answers are token indices into
// Document::tokens, in text order, appended to the caller's vector so that a loop over many predicates
// reuses one buffer.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "lede/document.hpp"

namespace lede::parse {

class DependencyIndex {
 public:
  // Empty (every token childless) when the document has no parse.
  explicit DependencyIndex(const Document& document);

  const Document& document() const { return document_; }
  bool parsed() const { return parsed_; }
  // -1 for a root (or without a parse).
  std::int32_t head(std::uint32_t token) const { return parsed_ ? document_.heads[token] : -1; }
  std::uint8_t label(std::uint32_t token) const;
  // The dependents of a token, in text order.
  std::span<const std::uint32_t> children(std::uint32_t token) const;

 private:
  const Document& document_;
  bool parsed_ = false;
  std::vector<std::uint32_t> first_child_;  // children of t: children_[first_child_[t], first_child_[t + 1])
  std::vector<std::uint32_t> children_;
};

// nsubj, nsubj:pass, nsubj:outer, csubj, csubj:pass, csubj:outer dependents of `predicate`.
void subjects(const DependencyIndex& index, std::uint32_t predicate, std::vector<std::uint32_t>& out);

// The subjects a predicate has or shares: its own, else those of the predicate it is coordinated with
// ("Bajwa arrived and met Salyukov": met <- Bajwa), or of the predicate whose open complement it is
// ("Bajwa wants to meet Salyukov": meet <- Bajwa).
void subjects_shared(const DependencyIndex& index, std::uint32_t predicate, std::vector<std::uint32_t>& out);

// obj and iobj dependents.
void objects(const DependencyIndex& index, std::uint32_t predicate, std::vector<std::uint32_t>& out);

// obl dependents of every subtype (obl:tmod, obl:agent, ...); case_marker() gives each one's preposition.
void obliques(const DependencyIndex& index, std::uint32_t predicate, std::vector<std::uint32_t>& out);

// The agent of a passive ("endorsed by Russia": Russia), if any.
std::optional<std::uint32_t> agent(const DependencyIndex& index, std::uint32_t predicate);

// The first case or mark dependent of a token ("with" in "talks with Salyukov", "by" in "by Russia").
std::optional<std::uint32_t> case_marker(const DependencyIndex& index, std::uint32_t token);

// Whether the predicate is in the passive voice: it has a passive subject or a passive auxiliary.
bool is_passive(const DependencyIndex& index, std::uint32_t predicate);

// Whether the predicate is negated: a "not"/"n't"/"never"/"no" advmod or det dependent.
bool is_negated(const DependencyIndex& index, std::uint32_t predicate);

// Every member of the coordination a token belongs to, the token included, in text order ("Russia,
// China and Iran": all three from any of them). A token in no coordination gives itself.
void conjuncts(const DependencyIndex& index, std::uint32_t token, std::vector<std::uint32_t>& out);

// The tokens in apposition to a token ("Bajwa, the army chief, said": army chief's head "chief" for
// "Bajwa", and "Bajwa" for "chief").
void appositions(const DependencyIndex& index, std::uint32_t token, std::vector<std::uint32_t>& out);

// The possessor of a noun ("Pakistan's stance": Pakistan for stance), if any.
std::optional<std::uint32_t> possessor(const DependencyIndex& index, std::uint32_t noun);

}  // namespace lede::parse
