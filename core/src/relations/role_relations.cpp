#include "relations/role_relations.hpp"

#include <algorithm>
#include <cstdlib>

#include "document/dep_labels.hpp"
#include "document/pos_tags.hpp"
#include "text/ascii_case.hpp"
#include "text/word_lists.hpp"

namespace lede::relations {
namespace {

// The member_of every pattern of this file states: the person's membership of the organization, with the
// evidence [first_token, last_token] (make_relation widens it over both mentions).
Relation membership(const Document& document, std::int32_t person, std::int32_t organization, std::uint32_t first_token,
                    std::uint32_t last_token) {
  Relation relation = make_relation(document, RelationType::MemberOf, person, organization, first_token, last_token);
  relation.predicate = "member of";
  relation.score = 0.8F;
  return relation;
}

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
  // "chairman of Khan's Pakistan Tehreek-e-Insaf party": past a person who owns the organization.
  if (t < sentence_end && mention_at(t) >= 0 &&
      document.mentions[static_cast<std::size_t>(mention_at(t))].type == EntityType::Person) {
    const std::uint32_t after = document.mentions[static_cast<std::size_t>(mention_at(t))].token_end;
    if (after + 1 < sentence_end && text::is_possessive_s(document.token_text(after))) t = after + 1;
  }
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
    // "Kremlin spokesman", "White House spokeswoman": the building names the office it houses.
    if (m >= 0 && document.mentions[static_cast<std::size_t>(m)].type == EntityType::Fac &&
        document.mentions[static_cast<std::size_t>(m)].token_end == title.token_begin && is_argument(document, m))
      return m;
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

// The common nouns that stand for an organization the sentence names: "a company spokeswoman".
bool is_company_noun(std::string_view word) { return equals_lower(word, "company") || equals_lower(word, "firm"); }

// Whether a title names its organization only by a common noun: "a company spokeswoman", "the firm's
// lawyer" (the noun as the title's first word, or its possessor).
bool says_the_company(const Document& document, const Mention& title, std::uint32_t sentence_begin) {
  const auto generic = [&](std::uint32_t t) { return is_company_noun(document.token_text(t)); };
  if (generic(title.token_begin) && title.token_end > title.token_begin + 1) return true;
  if (title.token_begin < sentence_begin + 2) return false;
  return text::is_possessive_s(document.token_text(title.token_begin - 1)) && generic(title.token_begin - 2);
}

// The one organization a sentence names (its mentions may repeat it), or -1 when it names none or several.
// Reads the sentence's mentions only (found by binary search: mentions are in text order), so a document
// of a million such sentences stays linear.
std::int32_t only_organization(const Document& document, std::uint32_t sentence) {
  const Sentence& span = document.sentences[sentence];
  std::int32_t found = -1;
  const auto first =
      std::lower_bound(document.mentions.begin(), document.mentions.end(), span.token_begin,
                       [](const Mention& mention, std::uint32_t token) { return mention.token_begin < token; });
  for (auto m = static_cast<std::size_t>(first - document.mentions.begin()); m < document.mentions.size(); ++m) {
    const Mention& mention = document.mentions[m];
    if (mention.token_begin >= span.token_end) break;
    const auto index = static_cast<std::int32_t>(m);
    if (mention.type == EntityType::Title || !is_argument(document, index) ||
        argument_entity_type(document, index) != EntityType::Org)
      continue;
    if (found >= 0 && document.mentions[static_cast<std::size_t>(found)].entity != mention.entity) return -1;
    if (found < 0) found = index;
  }
  return found;
}

// Plural nouns of people in an organization: "Bellona members Nils Bemer and Tomas Nilsen", "Google
// engineers Ann Lee and Bo Kim".
bool is_staff_plural(std::string_view word) {
  for (const std::string_view staff :
       {"members",    "officials", "executives",  "employees", "workers",   "staff",     "engineers", "researchers",
        "scientists", "reporters", "journalists", "lawyers",   "analysts",  "directors", "managers",  "leaders",
        "lawmakers",  "soldiers",  "officers",    "players",   "spokesmen", "activists"}) {
    if (equals_lower(word, staff)) return true;
  }
  return false;
}

// Whether mention `m` names an organization that can be a relation's argument (no title).
bool names_an_organization(const Document& document, std::int32_t m) {
  return document.mentions[static_cast<std::size_t>(m)].type != EntityType::Title && is_argument(document, m) &&
         argument_entity_type(document, m) == EntityType::Org;
}

// "Bellona members Nils Bemer and Tomas Nilsen": member_of for every name of the list after an
// organization's name and a plural of its people.
void find_staff_lists(const Document& document, const MentionAtToken& mention_at, std::vector<Relation>& out) {
  const std::vector<Mention>& mentions = document.mentions;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const auto organization = static_cast<std::int32_t>(m);
    if (!names_an_organization(document, organization)) continue;
    const Mention& name = mentions[m];
    const std::uint32_t end = document.sentences[document.sentence_of_token(name.token_begin)].token_end;
    std::uint32_t t = name.token_end;
    if (t < end && (document.token_text(t) == "\"" || document.token_text(t) == "\u201d")) ++t;  // "Bellona" members
    if (t + 1 >= end || !is_staff_plural(document.token_text(t))) continue;
    ++t;
    // Names joined by commas and a last "and".
    while (t < end) {
      const std::int32_t person = mention_at(t);
      if (person < 0 || mentions[static_cast<std::size_t>(person)].token_begin != t ||
          mentions[static_cast<std::size_t>(person)].type != EntityType::Person)
        break;
      out.push_back(membership(document, person, organization, t, t));
      t = mentions[static_cast<std::size_t>(person)].token_end;
      if (t < end && document.token_text(t) == ",") ++t;
      if (t < end && equals_lower(document.token_text(t), "and")) ++t;
    }
  }
}

// "said Debra Bornstein, a company official": member_of from an apposition that names the organization by a
// common noun and the person's place in it by a word no title list holds, of the one organization the
// sentence names.
void find_company_staff(const Document& document, const MentionAtToken& mention_at, std::vector<Relation>& out) {
  if (!document.has_pos()) return;
  const std::vector<Mention>& mentions = document.mentions;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const Mention& person = mentions[m];
    if (person.type != EntityType::Person || person.pronoun || person.entity < 0) continue;
    const std::uint32_t sentence = document.sentence_of_token(person.token_begin);
    const std::uint32_t t = person.token_end;
    if (t + 3 >= document.sentences[sentence].token_end || document.token_text(t) != ",") continue;
    const std::string_view article = document.token_text(t + 1);
    if (!equals_lower(article, "a") && !equals_lower(article, "an")) continue;
    if (!is_company_noun(document.token_text(t + 2))) continue;
    if (document.upos[t + 3] != kUposNoun || mention_at(t + 3) >= 0) continue;
    const std::int32_t organization = only_organization(document, sentence);
    if (organization < 0) continue;
    out.push_back(membership(document, static_cast<std::int32_t>(m), organization, t + 3, t + 3));
  }
}

// "The AfD, led by Alice Weidel,", "the party headed by Kemi Badenoch": member_of from a participle of
// leading after an organization's name (past a title before the person's name: "led by party chief X").
void find_led_by(const Document& document, const MentionAtToken& mention_at, std::vector<Relation>& out) {
  const std::vector<Mention>& mentions = document.mentions;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const auto organization = static_cast<std::int32_t>(m);
    if (!names_an_organization(document, organization)) continue;
    const Mention& name = mentions[m];
    const std::uint32_t end = document.sentences[document.sentence_of_token(name.token_begin)].token_end;
    std::uint32_t t = name.token_end;
    if (t < end && document.token_text(t) == ",") ++t;
    if (t + 2 >= end || !equals_lower(document.token_text(t + 1), "by") ||
        !text::is_one_of(text::ascii_lower_copy(document.token_text(t)), {"led", "headed", "chaired", "run"}))
      continue;
    std::uint32_t p = t + 2;
    if (mention_at(p) >= 0 && mentions[static_cast<std::size_t>(mention_at(p))].type == EntityType::Title)
      p = mentions[static_cast<std::size_t>(mention_at(p))].token_end;
    const std::int32_t person = p < end ? mention_at(p) : -1;
    if (person < 0 || mentions[static_cast<std::size_t>(person)].token_begin != p ||
        mentions[static_cast<std::size_t>(person)].type != EntityType::Person)
      continue;
    out.push_back(membership(document, person, organization, t, t + 1));
  }
}

}  // namespace

void find_role_relations(const Document& document, const parse::DependencyIndex& index,
                         const MentionAtToken& mention_at, std::vector<Relation>& out) {
  const std::vector<Mention>& mentions = document.mentions;
  find_staff_lists(document, mention_at, out);
  find_company_staff(document, mention_at, out);
  find_led_by(document, mention_at, out);
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
    // "said Linda Schmitt, a company spokeswoman" of the one company the sentence names: a member of it,
    // though the title does not name it (the role keeps no object).
    std::int32_t member_of =
        organization >= 0 && argument_entity_type(document, organization) == EntityType::Org ? organization : -1;
    if (organization < 0 && says_the_company(document, title, document.sentences[sentence].token_begin)) {
      member_of = only_organization(document, sentence);
    }
    // "a former head of the National Petroleum Agency": a post no longer held makes no member (the gold
    // guidelines count present posts only); the role still names it.
    if (title.token_begin > 0 && is_former_word(document.token_text(title.token_begin - 1))) member_of = -1;
    // Nor does founding it ("FTX founder Sam Bankman-Fried": the guidelines leave founders out).
    if (is_founder_title(relation.predicate)) member_of = -1;
    out.push_back(std::move(relation));
    if (member_of >= 0) {
      const Mention& o = mentions[static_cast<std::size_t>(member_of)];
      out.push_back(
          membership(document, holder, member_of, std::min(first, o.token_begin), std::max(last, o.token_end - 1)));
    }
  }
}

}  // namespace lede::relations
