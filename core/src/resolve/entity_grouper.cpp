#include "resolve/entity_grouper.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "document/pos_tags.hpp"
#include "lexicon/storm_words.hpp"
#include "resolve/acronyms.hpp"
#include "resolve/canonical_name.hpp"
#include "resolve/disjoint_sets.hpp"
#include "resolve/gender.hpp"
#include "resolve/grammatical_role.hpp"
#include "resolve/name_aliases.hpp"
#include "resolve/name_key.hpp"
#include "resolve/pronoun_resolver.hpp"
#include "resolve/salience.hpp"
#include "resolve/title_attachment.hpp"
#include "resolve/title_holders.hpp"

namespace lede::resolve {
namespace {

constexpr std::uint32_t kNone = UINT32_MAX;

bool is_place_type(EntityType type) {
  return type == EntityType::Gpe || type == EntityType::Loc || type == EntityType::Fac;
}

bool after_locative_preposition(const Document& document, std::uint32_t begin) {
  if (begin == 0) return false;
  const std::string_view before = document.token_text(begin - 1);
  static constexpr std::string_view kPrepositions[] = {"in",     "at",         "from",   "to",      "into",   "near",
                                                       "across", "throughout", "toward", "towards", "inside", "outside",
                                                       "In",     "At",         "From",   "To"};
  for (std::string_view preposition : kPrepositions) {
    if (before == preposition) return true;
  }
  return false;
}

// "every tombstone was for a Moreau", "I'll do a Santorum": a name right after "a" or "an" that ends its
// noun phrase means some member of a family, a work, a namesake, not the one the article names. Not
// "a Trump presidency", where the name only describes the noun after it. Nationalities are left alone
// ("an Afghan" is a person, but no one downstream tells the two apart).
bool after_indefinite_article(const Document& document, const Mention& mention) {
  if (mention.token_begin == 0 || mention.type == EntityType::Norp) return false;
  const std::string_view before = document.token_text(mention.token_begin - 1);
  if (before != "a" && before != "an" && before != "A" && before != "An") return false;
  const std::uint32_t next = mention.token_end;
  if (next >= document.tokens.size()) return true;
  if (document.has_pos()) {
    const std::string_view upos = upos_name(document.upos[next]);
    return upos != "NOUN" && upos != "PROPN" && upos != "NUM" && upos != "ADJ" && upos != "X" && upos != "SYM";
  }
  // Without tags only punctuation after the name is sure to end the phrase.
  const std::string_view after = document.token_text(next);
  return !after.empty() && !(after[0] >= 'a' && after[0] <= 'z') && !(after[0] >= 'A' && after[0] <= 'Z') &&
         !(after[0] >= '0' && after[0] <= '9') && static_cast<unsigned char>(after[0]) < 0x80;
}

// "Terminal 2", "Internet Explorer 6", "US 75": a number right after a name, ending the phrase, tells
// namesakes apart even where the NER left it out of the name. Not "Google 3 times" (a noun follows: the
// number counts it), not in a score line ("Arsenal 2 Chelsea 1"), and never a person's ("Smith 2").
// The digits, or none.
std::string_view number_after(const Document& document, const Mention& mention) {
  if (mention.type == EntityType::Person || mention.type == EntityType::Norp) return {};
  const std::uint32_t next = mention.token_end;
  if (next >= document.tokens.size() || !document.tokens[next].space_before) return {};
  const std::uint32_t sentence = document.sentence_of_token(mention.token_begin);
  if (document.sentences[sentence].token_end <= next) return {};
  auto digits = [](std::string_view word) {
    if (word.empty() || word.size() > 4) return false;
    for (char c : word) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  };
  const std::string_view number = document.token_text(next);
  if (!digits(number)) return {};
  // "San Francisco 6 New York 4": a score line, where the number is what the team scored.
  if (mention.token_begin > 0 && digits(document.token_text(mention.token_begin - 1))) return {};
  if (next + 1 < document.sentences[sentence].token_end) {
    const std::string_view after = document.token_text(next + 1);
    // "3%", "10-K", "3/4": the number belongs to what is written onto it.
    const bool clause_punctuation =
        after == "," || after == "." || after == ";" || after == ":" || after == ")" || after == "(";
    if (!document.tokens[next + 1].space_before && !clause_punctuation) return {};
    if (document.has_pos()) {
      const std::string_view upos = upos_name(document.upos[next + 1]);
      if (upos == "NOUN" || upos == "PROPN" || upos == "NUM" || upos == "ADJ" || upos == "SYM") return {};
    } else if (!after.empty() && after[0] >= 'a' && after[0] <= 'z') {
      return {};
    }
  }
  return number;
}

using TypeVotes = std::array<std::uint32_t, kEntityTypeCount>;

// The type with the most votes; a tie goes to `first`, the type of the earliest mention, when it is tied.
EntityType majority(const TypeVotes& votes, EntityType first) {
  std::size_t best = static_cast<std::size_t>(first);
  for (std::size_t t = 0; t < votes.size(); ++t) {
    if (votes[t] > votes[best]) best = t;
  }
  return static_cast<EntityType>(best);
}

// Builds the name forms: one per distinct key (after acronym expansion), with their mentions.
struct NameForms {
  std::vector<NameForm> forms;
  std::vector<std::uint32_t> form_of_mention;  // kNone for mentions that are not names
  std::vector<Gender> mention_gender;
};

NameForms collect_name_forms(const Document& document, const std::unordered_map<std::string, std::string>& defined) {
  NameForms out;
  const std::size_t count = document.mentions.size();
  out.form_of_mention.assign(count, kNone);
  out.mention_gender.assign(count, Gender::Unknown);
  std::unordered_map<std::string, std::uint32_t> form_of_key;
  std::vector<TypeVotes> votes;
  std::vector<NameKey> keys(count);
  // Surnames and given names of multi-word person names: a place-typed single word equal to one of them
  // is told apart by context below.
  std::unordered_set<std::string> person_words;
  for (std::uint32_t m = 0; m < count; ++m) {
    const Mention& mention = document.mentions[m];
    if (!is_name_type(mention.type)) continue;
    // A storm goes by its bare name ("Hurricane Helene" ... "Helene's winds").
    const std::uint32_t storm_words =
        mention.type == EntityType::Event
            ? lexicon::storm_words_opening(document, mention.token_begin, mention.token_end)
            : 0;
    keys[m] =
        name_key(document, mention.token_begin + storm_words, mention.token_end, mention.type == EntityType::Person);
    if (mention.type == EntityType::Person && keys[m].words >= 2) {
      person_words.emplace(keys[m].last_word());
      person_words.emplace(keys[m].first_word());
    }
  }
  for (std::uint32_t m = 0; m < count; ++m) {
    const Mention& mention = document.mentions[m];
    if (!is_name_type(mention.type)) continue;
    NameKey key = std::move(keys[m]);
    if (key.text.empty()) continue;
    if (const std::string_view number = number_after(document, mention); !number.empty()) {
      key.text.push_back(' ');
      key.text.append(number);
      key.acronym_shaped = false;
      index_words(key);
    }
    const std::string_view expanded = expand_key(key.text, defined);
    if (expanded != key.text) {
      key.text = std::string(expanded);
      key.acronym_shaped = false;
      index_words(key);
    }
    if (mention.type == EntityType::Person) {
      out.mention_gender[m] =
          gender_of_person(document, mention, key.words >= 2 ? key.first_word() : std::string_view());
    }
    // "to Jordan" beside "Michael Jordan": a place-typed word that is also a person's name, read as a place,
    // is a form apart from the same word typed PERSON elsewhere, so that one may still join the person.
    const bool read_as_place = is_place_type(mention.type) && key.words == 1 && person_words.count(key.text) != 0 &&
                               after_locative_preposition(document, mention.token_begin);
    const bool indefinite = after_indefinite_article(document, mention);
    std::string form_key = key.text;
    if (read_as_place) form_key += "\x01place";
    if (indefinite) form_key.append("\x01a").append(std::to_string(m));  // a form of its own, one per mention
    const auto [found, inserted] =
        form_of_key.try_emplace(std::move(form_key), static_cast<std::uint32_t>(out.forms.size()));
    if (inserted) {
      NameForm form;
      form.key = std::move(key);
      form.type = mention.type;
      form.read_as_place = read_as_place;
      form.indefinite = indefinite;
      out.forms.push_back(std::move(form));
      votes.emplace_back();
      votes.back().fill(0);
    }
    NameForm& form = out.forms[found->second];
    form.mentions.push_back(m);
    form.gender = combine(form.gender, out.mention_gender[m]);
    ++votes[found->second][static_cast<std::size_t>(mention.type)];
    out.form_of_mention[m] = found->second;
  }
  for (std::size_t f = 0; f < out.forms.size(); ++f) out.forms[f].type = majority(votes[f], out.forms[f].type);
  return out;
}

// Type repair: every name of an entity takes the type most of its names have, longer names weighing
// more ("Qamar Javed Bajwa" PERSON outweighs a headline's "Bajwa" ORG). A place stays a place: a country
// or city merged by its word into a person or a team ("Jordan", "Washington") is more often right as
// tagged than that majority (CoNLL-2003 dev F1 91.90 with full repair, 92.39 this way), so its places
// leave the entity and form one of their own, typed by their own majority.
void repair_types(Document& document, const NameForms& names, DisjointSets& sets) {
  const std::size_t count = document.mentions.size();
  std::vector<std::uint32_t> votes_of_root(count, kNone);
  std::vector<TypeVotes> votes;        // per set: all its names
  std::vector<TypeVotes> place_votes;  // per set: its place-typed names
  for (std::uint32_t m = 0; m < count; ++m) {
    const std::uint32_t form = names.form_of_mention[m];
    if (form == kNone) continue;
    const std::uint32_t root = sets.find(m);
    if (votes_of_root[root] == kNone) {
      votes_of_root[root] = static_cast<std::uint32_t>(votes.size());
      votes.emplace_back().fill(0);
      place_votes.emplace_back().fill(0);
    }
    const auto type = static_cast<std::size_t>(document.mentions[m].type);
    votes[votes_of_root[root]][type] += names.forms[form].key.words;
    if (is_place_type(document.mentions[m].type)) place_votes[votes_of_root[root]][type] += names.forms[form].key.words;
  }
  // Each set's majority, decided before any type changes (a tie goes to the set's first mention).
  std::vector<EntityType> majority_of(votes.size());
  for (std::uint32_t m = 0; m < count; ++m) {
    if (names.form_of_mention[m] == kNone || sets.find(m) != m) continue;
    majority_of[votes_of_root[m]] = majority(votes[votes_of_root[m]], document.mentions[m].type);
  }
  // A place keeps its type where the set's majority is not a place (a city's name is also its team's, in
  // sports results) and leaves the set, unless it is written exactly as an organization or other non-person
  // name of the document: then it is one name typed two ways ("Gloria" ORG and GPE) and takes the
  // majority type like any other name. A place that joined through a person ("Jordan" with "Michael
  // Jordan") always leaves.
  // Spelled exactly the same, and not in capitals: in results tables and headlines ("CHICAGO AT TORONTO")
  // the same capitals are now the team, now the city.
  const auto mention_text = [&document](const Mention& mention) {
    const std::uint32_t start = document.mention_start(mention);
    return std::string_view(document.text()).substr(start, document.mention_end(mention) - start);
  };
  std::unordered_set<std::string_view> written_as_other;
  for (std::uint32_t m = 0; m < count; ++m) {
    const EntityType type = document.mentions[m].type;
    if (names.form_of_mention[m] != kNone && !is_place_type(type) && type != EntityType::Person) {
      written_as_other.insert(mention_text(document.mentions[m]));
    }
  }
  std::vector<bool> leaves(count, false);
  bool any_leaves = false;
  for (std::uint32_t m = 0; m < count; ++m) {
    if (names.form_of_mention[m] == kNone) continue;
    const std::uint32_t root = sets.find(m);
    const EntityType majority_type = majority_of[votes_of_root[root]];
    if (is_place_type(document.mentions[m].type) && !is_place_type(majority_type) &&
        (names.forms[names.form_of_mention[m]].key.all_capitals ||
         !written_as_other.contains(mention_text(document.mentions[m])))) {
      document.mentions[m].type = majority(place_votes[votes_of_root[root]], document.mentions[m].type);
      leaves[m] = any_leaves = true;
    } else {
      document.mentions[m].type = majority_type;
    }
  }
  if (!any_leaves) return;
  // Rebuild the sets with the leaving places apart: one set for those that stay, one for those that leave.
  DisjointSets split(count);
  std::vector<std::uint32_t> first_staying(count, kNone);
  std::vector<std::uint32_t> first_leaving(count, kNone);
  for (std::uint32_t m = 0; m < count; ++m) {
    std::uint32_t& first = (leaves[m] ? first_leaving : first_staying)[sets.find(m)];
    if (first == kNone) {
      first = m;
    } else {
      split.unite(first, m);
    }
  }
  sets = std::move(split);
}

// Mentions left to group by their text: rule types (dates, numbers) by type and exact text, titles
// nobody holds by their identity ("Defence Minister" = "defence minister").
void group_remaining(const Document& document, const NameForms& names,
                     const std::unordered_map<std::string, std::string>& defined, DisjointSets& sets) {
  std::unordered_map<std::string, std::uint32_t> first_with_key;
  std::string key;
  // A title whose set holds a name was attached to a person (its root may be the title itself, when the
  // title comes first: "General Bajwa").
  std::vector<bool> set_has_name(document.mentions.size(), false);
  for (std::uint32_t m = 0; m < document.mentions.size(); ++m) {
    if (names.form_of_mention[m] != kNone) set_has_name[sets.find(m)] = true;
  }
  for (std::uint32_t m = 0; m < document.mentions.size(); ++m) {
    const Mention& mention = document.mentions[m];
    if (names.form_of_mention[m] != kNone) continue;
    if (mention.type == EntityType::Title) {
      if (set_has_name[sets.find(m)]) continue;
      key = "T|" + title_identity(document, mention, defined);
    } else {
      const std::uint32_t start = document.mention_start(mention);
      key = std::to_string(static_cast<int>(mention.type)) + "|";
      key.append(document.text(), start, document.mention_end(mention) - start);
    }
    const auto [found, inserted] = first_with_key.try_emplace(key, m);
    if (!inserted) sets.unite(found->second, m);
  }
}

// The titles of one entity, spelled out and without repeats, in order of first use. A title that says less
// than another of the entity's is no title of its own in the list ("Minister" after "Defence Minister").
std::vector<std::string> titles_of(const Document& document, const std::vector<std::uint32_t>& mentions,
                                   const std::unordered_map<std::string, std::string>& defined) {
  std::vector<std::string> titles;
  std::vector<std::string> identities;
  std::vector<std::uint32_t> first_mention;  // one mention of each title, for comparing them
  for (std::uint32_t m : mentions) {
    const Mention& mention = document.mentions[m];
    if (mention.type != EntityType::Title || mention.pronoun) continue;
    const std::string identity = title_identity(document, mention, defined);
    std::string display = title_display(document, mention);
    bool seen = false;
    for (std::size_t i = 0; i < identities.size(); ++i) {
      if (identities[i] != identity) continue;
      seen = true;
      // Prefer the capitalized form ("Defence Minister" over "defence minister") and the longer one.
      const bool capitalized = !display.empty() && display[0] >= 'A' && display[0] <= 'Z';
      const bool had_capital = !titles[i].empty() && titles[i][0] >= 'A' && titles[i][0] <= 'Z';
      if ((capitalized && !had_capital) || (capitalized == had_capital && display.size() > titles[i].size())) {
        titles[i] = std::move(display);
      }
      break;
    }
    if (!seen) {
      identities.push_back(identity);
      titles.push_back(std::move(display));
      first_mention.push_back(m);
    }
  }
  // Distinct titles are few (a person's posts), so comparing each pair costs little.
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < titles.size(); ++i) {
    const Mention& mention = document.mentions[first_mention[i]];
    const bool says_less = std::any_of(first_mention.begin(), first_mention.end(), [&](std::uint32_t other) {
      return title_says_less(document, mention, document.mentions[other], defined);
    });
    if (!says_less) kept.push_back(std::move(titles[i]));
  }
  return kept;
}

}  // namespace

void group_entities(Document& document) {
  document.entities.clear();
  // A second run starts from the names alone.
  std::erase_if(document.mentions, [](const Mention& m) { return m.pronoun; });
  for (Mention& mention : document.mentions) mention.entity = -1;
  const std::size_t count = document.mentions.size();
  if (count == 0 && document.tokens.empty()) return;

  type_title_holders(document);
  const std::unordered_map<std::string, std::string> defined = defined_acronyms(document);
  const NameForms names = collect_name_forms(document, defined);
  DisjointSets sets(count);
  link_name_aliases(document, names.forms, names.mention_gender, sets);
  repair_types(document, names, sets);

  std::vector<bool> is_person_name(count, false);
  for (std::uint32_t m = 0; m < count; ++m) {
    // "Shah" before "Mosque" tagged PERSON is part of a building's name, no title of a person.
    is_person_name[m] = names.form_of_mention[m] != kNone && document.mentions[m].type == EntityType::Person &&
                        !ends_an_institution(names.forms[names.form_of_mention[m]].key.last_word());
  }
  attach_titles(document, is_person_name, defined, sets);
  group_remaining(document, names, defined, sets);

  // Clusters numbered by first mention (a set's root is its first mention).
  std::vector<std::uint32_t> cluster_of_mention(count, kNone);
  std::vector<std::uint32_t> cluster_of_root(count, kNone);
  std::vector<ClusterFacts> clusters;
  for (std::uint32_t m = 0; m < count; ++m) {
    const std::uint32_t root = sets.find(m);
    if (cluster_of_root[root] == kNone) {
      cluster_of_root[root] = static_cast<std::uint32_t>(clusters.size());
      clusters.push_back({document.mentions[m].type, Gender::Unknown});
    }
    const std::uint32_t c = cluster_of_root[root];
    cluster_of_mention[m] = c;
    const Mention& mention = document.mentions[m];
    // A person with titles is a PERSON; its titles and honorifics tell its gender.
    if (mention.type != EntityType::Title) clusters[c].type = mention.type;
    clusters[c].gender = combine(clusters[c].gender, names.mention_gender[m]);
    if (mention.type == EntityType::Title) {
      for (std::uint32_t t = mention.token_begin; t < mention.token_end; ++t) {
        clusters[c].gender = combine(clusters[c].gender, GenderLexicon::get().of_title_word(document.token_text(t)));
      }
    }
  }

  // Pronouns join the mentions, in text order, with their entity's type.
  const std::vector<PronounLink> links =
      resolve_pronouns(document, cluster_of_mention, subject_mentions(document), clusters);
  if (!links.empty()) {
    std::vector<Mention> merged;
    std::vector<std::uint32_t> merged_clusters;
    merged.reserve(count + links.size());
    merged_clusters.reserve(count + links.size());
    std::size_t next_link = 0;
    for (std::uint32_t m = 0; m <= count; ++m) {
      const std::uint32_t limit = m < count ? document.mentions[m].token_begin : UINT32_MAX;
      while (next_link < links.size() && links[next_link].token < limit) {
        const PronounLink& link = links[next_link++];
        Mention pronoun;
        pronoun.token_begin = link.token;
        pronoun.token_end = link.token + 1;
        pronoun.type = clusters[link.cluster].type;
        pronoun.score = link.confidence;
        pronoun.pronoun = true;
        merged.push_back(pronoun);
        merged_clusters.push_back(link.cluster);
      }
      if (m < count) {
        merged.push_back(document.mentions[m]);
        merged_clusters.push_back(cluster_of_mention[m]);
      }
    }
    document.mentions = std::move(merged);
    cluster_of_mention = std::move(merged_clusters);
  }

  document.entities.resize(clusters.size());
  for (std::uint32_t m = 0; m < document.mentions.size(); ++m) {
    const std::uint32_t c = cluster_of_mention[m];
    document.mentions[m].entity = static_cast<std::int32_t>(c);
    document.entities[c].mentions.push_back(m);
  }
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    Entity& entity = document.entities[c];
    entity.type = clusters[c].type;
    entity.name = canonical_name(document, entity.mentions);
    if (entity.type == EntityType::Person) entity.titles = titles_of(document, entity.mentions, defined);
  }
  score_salience(document, subject_mentions(document));
}

}  // namespace lede::resolve
