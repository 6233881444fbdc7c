#include "relations/role_relations.hpp"

#include <cstdlib>

#include "document/dep_labels.hpp"
#include "text/ascii_case.hpp"

namespace lede::relations {
namespace {

// How far (in mentions, either side) a title looks for its holder's name within the sentence.
constexpr std::size_t kHolderSearch = 12;

bool is_post_holder_type(EntityType type) {
  return type == EntityType::Org || type == EntityType::Gpe || type == EntityType::Norp;
}

bool equals_lower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = text::ascii_lower(word[i]);
    if (c != lower[i]) return false;
  }
  return true;
}

bool fits_post(const Document& document, std::int32_t m) {
  return m >= 0 && is_argument(document, m) && is_post_holder_type(argument_entity_type(document, m));
}

// The organization or country of "of [the] X" or "at [the] X" starting at `t`, or -1.
std::int32_t organization_after(const Document& document, const MentionAtToken& mention_at, std::uint32_t t,
                                std::uint32_t sentence_end) {
  if (t >= sentence_end || !(equals_lower(document.token_text(t), "of") || equals_lower(document.token_text(t), "at")))
    return -1;
  ++t;
  if (t < sentence_end && equals_lower(document.token_text(t), "the")) ++t;
  if (t < sentence_end && fits_post(document, mention_at(t)) &&
      document.mentions[static_cast<std::size_t>(mention_at(t))].token_begin == t) {
    return mention_at(t);
  }
  return -1;
}

// The mention of an organization or country whose post the title names, or -1.
std::int32_t post_organization(const Document& document, const parse::DependencyIndex& index,
                               const MentionAtToken& mention_at, const Mention& title) {
  const auto fits = [&](std::int32_t m) { return fits_post(document, m); };
  const std::uint32_t sentence_begin = document.sentences[document.sentence_of_token(title.token_begin)].token_begin;
  // Before: "U.S. president", "Pakistan's foreign minister".
  if (title.token_begin > sentence_begin) {
    std::uint32_t before = title.token_begin - 1;
    const std::string_view possessive = document.token_text(before);
    if ((possessive == "'s" || possessive == "\u2019s" || possessive == "'" || possessive == "\u2019") &&
        before > sentence_begin)
      --before;
    const std::int32_t m = mention_at(before);
    if (fits(m) && document.mentions[static_cast<std::size_t>(m)].type != EntityType::Title) return m;
  }
  // After, through the parse: an "of/at/for" nominal modifier of a word of the title.
  if (index.parsed()) {
    for (std::uint32_t t = title.token_begin; t < title.token_end; ++t) {
      for (const std::uint32_t child : index.children(t)) {
        if (child < title.token_end || base_label(index.label(child)) != kNmod) continue;
        const std::optional<std::uint32_t> marker = parse::case_marker(index, child);
        if (!marker) continue;
        const std::string_view word = document.token_text(*marker);
        if (!equals_lower(word, "of") && !equals_lower(word, "at") && !equals_lower(word, "for")) continue;
        if (fits(mention_at(child))) return mention_at(child);
      }
    }
  }
  // After, on the surface (no parse): "of [the] X" right behind the title.
  const std::uint32_t sentence_end = document.sentences[document.sentence_of_token(title.token_begin)].token_end;
  return organization_after(document, mention_at, title.token_end, sentence_end);
}

}  // namespace

void find_role_relations(const Document& document, const parse::DependencyIndex& index,
                         const MentionAtToken& mention_at, std::vector<Relation>& out) {
  const std::vector<Mention>& mentions = document.mentions;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const Mention& title = mentions[m];
    if (title.type != EntityType::Title || title.entity < 0) continue;
    if (document.entities[static_cast<std::size_t>(title.entity)].type != EntityType::Person) continue;
    const std::uint32_t sentence = document.sentence_of_token(title.token_begin);
    // The holder's nearest name in the same sentence (the resolve stage tied the title to it there, or
    // the title stands alone and gives no role here).
    std::int32_t holder = -1;
    std::size_t best_distance = 0;
    const std::size_t lo = m >= kHolderSearch ? m - kHolderSearch : 0;
    const std::size_t hi = std::min(mentions.size(), m + kHolderSearch + 1);
    for (std::size_t other = lo; other < hi; ++other) {
      const Mention& candidate = mentions[other];
      if (candidate.entity != title.entity || candidate.pronoun || candidate.type == EntityType::Title) continue;
      if (document.sentence_of_token(candidate.token_begin) != sentence) continue;
      const std::size_t distance = other > m ? other - m : m - other;
      if (holder < 0 || distance < best_distance) {
        holder = static_cast<std::int32_t>(other);
        best_distance = distance;
      }
    }
    if (holder < 0) continue;
    std::int32_t organization = post_organization(document, index, mention_at, title);
    // "Vice Admiral Khaled al-Sayed of the Egyptian Navy", "Professor Akira Tanabe of the University of
    // Tokyo": the post's organization right after the name the title stands before.
    const Mention& name = mentions[static_cast<std::size_t>(holder)];
    if (organization < 0 && name.token_begin >= title.token_end && name.token_begin <= title.token_end + 1) {
      organization = organization_after(document, mention_at, name.token_end, document.sentences[sentence].token_end);
    }
    std::uint32_t first = title.token_begin;
    std::uint32_t last = title.token_end - 1;
    if (organization >= 0) {
      const Mention& o = mentions[static_cast<std::size_t>(organization)];
      first = std::min(first, o.token_begin);
      last = std::max(last, o.token_end - 1);
    }
    Relation relation = make_relation(document, RelationType::Role, holder, static_cast<std::int32_t>(m), first, last);
    relation.object = organization >= 0 ? mentions[static_cast<std::size_t>(organization)].entity : -1;
    const std::uint32_t start = document.mention_start(title);
    relation.predicate = document.text().substr(start, document.mention_end(title) - start);
    relation.score = 0.9F;
    // A post in an organization makes its holder a member ("Nordhavn's chief executive"): said once
    // here, so the list does not depend on the classifier seeing it too (the extractor drops a repeat).
    const bool organization_post = organization >= 0 && argument_entity_type(document, organization) == EntityType::Org;
    Relation membership = relation;
    out.push_back(std::move(relation));
    if (organization_post) {
      membership.type = RelationType::MemberOf;
      membership.object_mention = organization;
      membership.predicate = "member of";
      membership.score = 0.8F;
      out.push_back(std::move(membership));
    }
  }
}

}  // namespace lede::relations
