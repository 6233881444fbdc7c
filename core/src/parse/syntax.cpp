#include "parse/syntax.hpp"

#include <algorithm>

#include "document/dep_labels.hpp"

namespace lede::parse {
namespace {

bool is_subject(std::uint8_t label) {
  return label == kNsubj || label == kNsubjPass || label == kNsubjOuter || label == kCsubj || label == kCsubjPass ||
         label == kCsubjOuter;
}

template <typename Test>
void children_where(const DependencyIndex& index, std::uint32_t token, Test&& test, std::vector<std::uint32_t>& out) {
  for (const std::uint32_t child : index.children(token)) {
    if (test(index.label(child))) out.push_back(child);
  }
}

template <typename Test>
std::optional<std::uint32_t> first_child_where(const DependencyIndex& index, std::uint32_t token, Test&& test) {
  for (const std::uint32_t child : index.children(token)) {
    if (test(index.label(child))) return child;
  }
  return std::nullopt;
}

}  // namespace

DependencyIndex::DependencyIndex(const Document& document) : document_(document), parsed_(document.has_parse()) {
  const std::size_t n = parsed_ ? document.tokens.size() : 0;
  first_child_.assign(n + 1, 0);
  for (std::size_t t = 0; t < n; ++t) {
    const std::int32_t h = document.heads[t];
    if (h >= 0 && static_cast<std::size_t>(h) < n) ++first_child_[static_cast<std::size_t>(h) + 1];
  }
  for (std::size_t t = 1; t <= n; ++t) first_child_[t] += first_child_[t - 1];
  children_.assign(first_child_.empty() ? 0 : first_child_[n], 0);
  std::vector<std::uint32_t> next(first_child_.begin(), first_child_.end());
  for (std::size_t t = 0; t < n; ++t) {  // in token order, so each token's children are in text order
    const std::int32_t h = document.heads[t];
    if (h >= 0 && static_cast<std::size_t>(h) < n)
      children_[next[static_cast<std::size_t>(h)]++] = static_cast<std::uint32_t>(t);
  }
}

std::uint8_t DependencyIndex::label(std::uint32_t token) const { return parsed_ ? document_.deprels[token] : kNoLabel; }

std::span<const std::uint32_t> DependencyIndex::children(std::uint32_t token) const {
  if (!parsed_ || token + 1 >= first_child_.size()) return {};
  return std::span<const std::uint32_t>(children_).subspan(first_child_[token],
                                                           first_child_[token + 1] - first_child_[token]);
}

void subjects(const DependencyIndex& index, std::uint32_t predicate, std::vector<std::uint32_t>& out) {
  children_where(index, predicate, is_subject, out);
}

void subjects_shared(const DependencyIndex& index, std::uint32_t predicate, std::vector<std::uint32_t>& out) {
  // Up a chain of conj/xcomp links to the first predicate with a subject; bounded by the sentence, and
  // by the token count against a malformed (cyclic) layer.
  std::uint32_t current = predicate;
  for (std::size_t steps = 0; steps <= index.document().tokens.size(); ++steps) {
    const std::size_t before = out.size();
    subjects(index, current, out);
    if (out.size() > before) return;
    const std::uint8_t label = index.label(current);
    const std::int32_t head = index.head(current);
    if (head < 0 || (label != kConj && label != kXcomp)) return;
    current = static_cast<std::uint32_t>(head);
  }
}

void objects(const DependencyIndex& index, std::uint32_t predicate, std::vector<std::uint32_t>& out) {
  children_where(
      index, predicate, [](std::uint8_t label) { return label == kObj || label == kIobj; }, out);
}

void obliques(const DependencyIndex& index, std::uint32_t predicate, std::vector<std::uint32_t>& out) {
  children_where(
      index, predicate, [](std::uint8_t label) { return label != kNoLabel && base_label(label) == kObl; }, out);
}

std::optional<std::uint32_t> agent(const DependencyIndex& index, std::uint32_t predicate) {
  return first_child_where(index, predicate, [](std::uint8_t label) { return label == kOblAgent; });
}

std::optional<std::uint32_t> case_marker(const DependencyIndex& index, std::uint32_t token) {
  return first_child_where(index, token, [](std::uint8_t label) { return label == kCase || label == kMark; });
}

bool is_passive(const DependencyIndex& index, std::uint32_t predicate) {
  return first_child_where(
             index, predicate,
             [](std::uint8_t label) { return label == kNsubjPass || label == kCsubjPass || label == kAuxPass; })
      .has_value();
}

bool is_negated(const DependencyIndex& index, std::uint32_t predicate) {
  for (const std::uint32_t child : index.children(predicate)) {
    const std::uint8_t label = index.label(child);
    if (label != kAdvmod && label != kDet) continue;
    const std::string_view word = index.document().token_text(child);
    if (word == "not" || word == "n't" || word == "never" || word == "Not" || word == "Never" || word == "no" ||
        word == "No") {
      return true;
    }
  }
  return false;
}

void conjuncts(const DependencyIndex& index, std::uint32_t token, std::vector<std::uint32_t>& out) {
  // The first conjunct heads the others (UD): climb to it, then collect its conj descendants.
  std::uint32_t first = token;
  for (std::size_t steps = 0; steps <= index.document().tokens.size(); ++steps) {
    if (index.label(first) != kConj || index.head(first) < 0) break;
    first = static_cast<std::uint32_t>(index.head(first));
  }
  const std::size_t begin = out.size();
  out.push_back(first);
  for (std::size_t i = begin; i < out.size() && out.size() - begin <= index.document().tokens.size(); ++i) {
    children_where(
        index, out[i], [](std::uint8_t label) { return label == kConj; }, out);
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end());
}

void appositions(const DependencyIndex& index, std::uint32_t token, std::vector<std::uint32_t>& out) {
  const std::size_t begin = out.size();
  if (index.label(token) == kAppos && index.head(token) >= 0)
    out.push_back(static_cast<std::uint32_t>(index.head(token)));
  children_where(
      index, token, [](std::uint8_t label) { return label == kAppos; }, out);
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end());
}

std::optional<std::uint32_t> possessor(const DependencyIndex& index, std::uint32_t noun) {
  return first_child_where(index, noun, [](std::uint8_t label) { return label == kNmodPoss; });
}

}  // namespace lede::parse
