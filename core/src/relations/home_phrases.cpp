#include "relations/home_phrases.hpp"

#include <string_view>

#include "document/base_phrase.hpp"
#include "document/organization_nouns.hpp"
#include "document/pos_tags.hpp"
#include "lexicon/organization_nouns.hpp"
#include "text/ascii_case.hpp"
#include "text/word_lists.hpp"

namespace lede::relations {
namespace {

// A place ends such a chain after a few steps: "Yatsushiro in Kumamoto Prefecture in southern Japan".
constexpr int kMaxEnclosingPlaces = 3;

class HomePhrase {
 public:
  HomePhrase(const Document& document, const MentionAtToken& mention_at, std::uint32_t sentence_end)
      : document_(document), mention_at_(mention_at), end_(sentence_end) {}

  bool word_is(std::uint32_t t, std::string_view lower) const {
    return t < end_ && text::equals_folded(document_.token_text(t), lower);
  }

  // The place mention (a GPE or LOC name) that starts at `t`, after an optional "the", and ends where the
  // name does ("of Pakistan Tehreek-e-Insaf" is no place but a party's name split in two); -1 for none.
  std::int32_t place_at(std::uint32_t t) const {
    if (word_is(t, "the")) ++t;
    if (t >= end_) return -1;
    const std::int32_t m = mention_at_(t);
    if (m < 0) return -1;
    const Mention& mention = document_.mentions[static_cast<std::size_t>(m)];
    const bool place = mention.type == EntityType::Gpe || mention.type == EntityType::Loc;
    if (!place || mention.token_begin != t || mention.pronoun || !is_argument(document_, m)) return -1;
    const std::uint32_t after = mention.token_end;
    if (after < end_ && (mention_at_(after) >= 0 || document_.upos[after] == kUposPropn)) return -1;
    return m;
  }

  // The place a person whose name ends before `person_end` is said to live in or come from ({-1} for
  // none), and whether a place after it with "in" holds it ("from Yatsushiro in Kumamoto Prefecture";
  // after a bare "of" the "in" mostly places an act: "Abiy Ahmed of Ethiopia in Nairobi").
  struct Home {
    std::int32_t place = -1;
    bool in_holds = false;
  };
  Home home_after(std::uint32_t person_end) const {
    std::uint32_t t = person_end;
    // "Nelson's hometown of Abbott"
    if (word_is(t, "'s") || word_is(t, "\u2019s")) {
      const bool hometown = (word_is(t + 1, "hometown") || word_is(t + 1, "birthplace")) && word_is(t + 2, "of");
      return hometown ? Home{place_at(t + 3), true} : Home{};
    }
    // Only after a comma: "Luis Ortega of Lima" is left to the classifier, as "Harry Kane of England"
    // and "President Ruto of Kenya" say something else.
    if (!word_is(t, ",")) return word_is(t, "is") || word_is(t, "was") ? from_after(t) : Home{};
    ++t;
    // "Ortega, a native of Lima", "X, a resident of Y"
    if ((word_is(t, "a") || word_is(t, "an")) && (word_is(t + 1, "native") || word_is(t + 1, "resident")) &&
        word_is(t + 2, "of")) {
      return {place_at(t + 3), true};
    }
    // "Marie Ferraro, 50, of Bethany", "Ortega, of Lima"
    t = skip_age(document_, t, end_);
    if (word_is(t, "of")) return {place_at(t + 1), false};
    // "X, who was from Kano", "Osman, 58, who has lived in Cairo since", "who was born in Kano"
    if (!word_is(t, "who")) return {};
    ++t;
    const Home from = from_after(t);
    if (from.place >= 0) return from;
    if (word_is(t, "has") || word_is(t, "had") || word_is(t, "have")) ++t;
    if (word_is(t, "was") && word_is(t + 1, "born")) ++t;
    if (t < end_ && text::is_one_of(document_.lemma(t), {"live", "reside", "bear"})) {
      return word_is(t + 1, "in") ? Home{place_at(t + 2), true} : Home{};
    }
    if (t < end_ && document_.lemma(t) == "grow" && word_is(t + 1, "up") && word_is(t + 2, "in")) {
      return {place_at(t + 3), true};
    }
    return {};
  }

  // The place written right after `place` that holds it, or -1: after a comma as the last name of its
  // phrase ("Trapper Creek, Alaska, the last man", "Bethany, Conn., was shot"; not "of Ethiopia, Kenya's
  // Ruto"), or with "in" when `in_holds` ("in southern Japan").
  std::int32_t enclosing_place(std::int32_t place, bool in_holds) const {
    std::uint32_t t = document_.mentions[static_cast<std::size_t>(place)].token_end;
    if (word_is(t, ",")) {
      const std::int32_t next = place_at(t + 1);
      if (next < 0) return -1;
      // The last name of its phrase, and not the second of a list ("offices in London, Paris, Berlin").
      const std::uint32_t after = document_.mentions[static_cast<std::size_t>(next)].token_end;
      const bool last = after >= end_ || word_is(after, ".") || word_is(after, ";") ||
                        (word_is(after, ",") && place_at(after + 1) < 0);
      return last ? next : -1;
    }
    if (!in_holds || !word_is(t, "in")) return -1;
    ++t;
    for (const std::string_view side : {"northern", "southern", "eastern", "western", "central"}) {
      if (word_is(t, side)) {
        ++t;
        break;
      }
    }
    return place_at(t);
  }

 private:
  // "is from Yatsushiro", "was from Kano": a form of "be" at `t`, then "from".
  Home from_after(std::uint32_t t) const {
    if (t < end_ && document_.lemma(t) == "be" && word_is(t + 1, "from")) return {place_at(t + 2), true};
    return {};
  }

  const Document& document_;
  const MentionAtToken& mention_at_;
  std::uint32_t end_;
};

}  // namespace

std::int32_t enclosing_place(const Document& document, const MentionAtToken& mention_at, std::int32_t place) {
  if (!document.has_pos()) return -1;  // place_at reads the tags
  const Mention& mention = document.mentions[static_cast<std::size_t>(place)];
  const Sentence& sentence = document.sentences[document.sentence_of_token(mention.token_begin)];
  return HomePhrase(document, mention_at, sentence.token_end).enclosing_place(place, /*in_holds=*/false);
}

void find_home_phrases(const Document& document, const MentionAtToken& mention_at, std::vector<Relation>& out) {
  if (!document.has_pos()) return;
  for (std::size_t m = 0; m < document.mentions.size(); ++m) {
    const Mention& person = document.mentions[m];
    if (person.type != EntityType::Person || person.pronoun || person.entity < 0) continue;
    const Sentence& sentence = document.sentences[document.sentence_of_token(person.token_begin)];
    const HomePhrase phrase(document, mention_at, sentence.token_end);
    const HomePhrase::Home home = phrase.home_after(person.token_end);
    std::int32_t place = home.place;
    for (int step = 0; place >= 0 && step <= kMaxEnclosingPlaces; ++step) {
      if (document.mentions[static_cast<std::size_t>(place)].entity == person.entity) break;
      out.push_back(make_relation(document, RelationType::LivesIn, static_cast<std::int32_t>(m), place,
                                  person.token_end, person.token_end));
      place = phrase.enclosing_place(place, home.in_holds);
    }
  }
}

namespace {

// The organization a place that starts at `place_begin` is said to be the base of, by "based in" or
// "headquartered in" in the apposition after its name (document/base_phrase.hpp) or as its verb ("Access
// Bank is based in Lagos", "which is based in"; past an adverb or an apposition: base_subject_end); -1 for
// none.
std::int32_t organization_based_in(const Document& document, const MentionAtToken& mention_at, const Sentence& sentence,
                                   std::uint32_t place_begin) {
  if (place_begin < sentence.token_begin + 4 || !opens_base_phrase(document, place_begin - 2)) return -1;
  const std::uint32_t verb = place_begin - 2;
  const auto named_before = [&](std::uint32_t end) {
    const std::int32_t name = mention_at(end - 1);
    return name >= 0 && document.mentions[static_cast<std::size_t>(name)].token_end == end ? name : -1;
  };
  std::uint32_t t = verb;
  if (text::is_one_of(text::ascii_lower_copy(document.token_text(t - 1)), {"is", "was", "are"})) {
    --t;
    if (t > sentence.token_begin && text::equals_folded(document.token_text(t - 1), "which")) --t;
    if (const std::int32_t name = named_before(t); name >= 0) return name;
  }
  const std::int64_t comma =
      base_apposition_comma(document, sentence, verb, [&](std::uint32_t u) { return mention_at(u) >= 0; });
  if (comma > sentence.token_begin) return named_before(static_cast<std::uint32_t>(comma));
  // "Safaricom, East Africa's largest telecoms firm, is also based in Nairobi"
  const std::int64_t subject_end = base_subject_end(document, sentence, verb);
  return subject_end > sentence.token_begin ? named_before(static_cast<std::uint32_t>(subject_end)) : -1;
}

// The organization a place names as its owner or in its description: "Germany's Nordwolke AG" (not
// "Ukraine's NATO allies", where the name modifies a noun), "Nimbus Cloud, a US software company", "the US
// software company Nimbus Cloud"; -1 for none (the caller checks it is an organization's).
std::int32_t organization_of_place(const Document& document, const MentionAtToken& mention_at, const Sentence& sentence,
                                   const Mention& place) {
  if (!document.has_pos()) return -1;
  const std::uint32_t end = sentence.token_end;
  const auto starts_at = [&](std::uint32_t t) {
    const std::int32_t m = t < end ? mention_at(t) : -1;
    return m >= 0 && document.mentions[static_cast<std::size_t>(m)].token_begin == t ? m : -1;
  };
  const std::uint32_t after = place.token_end;
  if (after + 1 < end && text::is_possessive_s(document.token_text(after))) {
    const std::int32_t owned = starts_at(after + 1);
    if (owned < 0) return -1;
    return name_modifies_a_noun(document, document.mentions[static_cast<std::size_t>(owned)], end) ? -1 : owned;
  }
  // An article, the place, a few adjectives and nouns, an organization's noun as the last of them.
  if (place.token_begin < sentence.token_begin + 1 ||
      !text::is_one_of(text::ascii_lower_copy(document.token_text(place.token_begin - 1)), {"a", "an", "the"}))
    return -1;
  std::uint32_t head = after;
  while (head < end && head < after + 4 && mention_at(head) < 0 &&
         (document.upos[head] == kUposNoun || document.upos[head] == kUposAdj))
    ++head;
  if (head == after || !is_organization_noun(document.token_text(head - 1), false)) return -1;
  if (document.upos[head - 1] != kUposNoun) return -1;
  // "the US software company Nimbus Cloud"
  if (const std::int32_t named = starts_at(head); named >= 0) return named;
  // "Nimbus Cloud, a US software company"
  const std::uint32_t article = place.token_begin - 1;
  if (article >= sentence.token_begin + 2 && document.token_text(article - 1) == ",") {
    const std::int32_t apposed = mention_at(article - 2);
    if (apposed >= 0 && document.mentions[static_cast<std::size_t>(apposed)].token_end == article - 1) return apposed;
  }
  return -1;
}

}  // namespace

bool name_modifies_a_noun(const Document& document, const Mention& organization, std::uint32_t limit) {
  const std::uint32_t next = organization.token_end;
  return next < limit && document.upos[next] == kUposNoun && !text::starts_uppercase(document.token_text(next));
}

// For a place at `place_index` in "The Nairobi-based carrier" opening its sentence (a business's noun
// after "-based", perhaps an adjective before it): the organization whose name opens the sentence before,
// or -1.
std::int32_t organization_opening_previous(const Document& document, const Sentence& sentence, const Mention& place,
                                           std::size_t place_index) {
  const std::uint32_t based = place.token_end + 1;
  if (place.token_begin != sentence.token_begin + 1 ||
      !text::equals_folded(document.token_text(sentence.token_begin), "the"))
    return -1;
  std::uint32_t noun = based + 1;
  if (noun + 1 < sentence.token_end && document.has_pos() && document.upos[noun] == kUposAdj) ++noun;
  if (noun >= sentence.token_end || !lexicon::is_business_noun(text::ascii_lower_copy(document.token_text(noun))))
    return -1;
  const std::uint32_t s = document.sentence_of_token(place.token_begin);
  if (s == 0) return -1;
  const Sentence& previous = document.sentences[s - 1];
  // The first mention of the sentence before that is no place (a dateline's place may open it).
  std::size_t first = place_index;
  while (first > 0 && document.mentions[first - 1].token_begin >= previous.token_begin) --first;
  while (first < place_index && document.mentions[first].token_begin < sentence.token_begin &&
         document.mentions[first].type == EntityType::Gpe)
    ++first;
  if (first < place_index && document.mentions[first].token_begin < sentence.token_begin &&
      document.mentions[first].type == EntityType::Org)
    return static_cast<std::int32_t>(first);
  return -1;
}

void find_base_phrases(const Document& document, const MentionAtToken& mention_at, std::vector<Relation>& out) {
  const auto organization_at = [&](std::int32_t m) {
    return m >= 0 && document.mentions[static_cast<std::size_t>(m)].type != EntityType::Title &&
           is_argument(document, m) && argument_entity_type(document, m) == EntityType::Org;
  };
  for (std::size_t m = 0; m < document.mentions.size(); ++m) {
    const Mention& place = document.mentions[m];
    if (place.type != EntityType::Gpe || place.pronoun) continue;
    const Sentence& sentence = document.sentences[document.sentence_of_token(place.token_begin)];
    const std::uint32_t t = place.token_end;
    if (const std::int32_t organization = organization_of_place(document, mention_at, sentence, place);
        organization_at(organization)) {
      out.push_back(make_relation(document, RelationType::BasedIn, organization, static_cast<std::int32_t>(m),
                                  place.token_begin, place.token_end));
      continue;
    }
    if (t + 1 >= sentence.token_end || document.token_text(t) != "-" ||
        !text::equals_folded(document.token_text(t + 1), "based")) {
      // "Volkswagen, based in Wolfsburg,", "Pemex, the state oil company based in Mexico City"
      const std::int32_t organization = organization_based_in(document, mention_at, sentence, place.token_begin);
      if (organization_at(organization)) {
        out.push_back(make_relation(document, RelationType::BasedIn, organization, static_cast<std::int32_t>(m),
                                    place.token_begin - 2, place.token_begin - 1));
      }
      continue;
    }
    // "Abuja-based Cowrie Capital"
    std::int32_t organization = t + 2 < sentence.token_end ? mention_at(t + 2) : -1;
    if (organization >= 0 && document.mentions[static_cast<std::size_t>(organization)].token_begin != t + 2)
      organization = -1;
    // "Safaricom, the Nairobi-based operator", "Vyom, a Bengaluru-based start-up"
    if (!organization_at(organization) && place.token_begin >= sentence.token_begin + 3) {
      const std::string_view article = document.token_text(place.token_begin - 1);
      const bool apposed = (text::equals_folded(article, "the") || text::equals_folded(article, "a") ||
                            text::equals_folded(article, "an")) &&
                           document.token_text(place.token_begin - 2) == ",";
      organization = apposed ? mention_at(place.token_begin - 3) : -1;
    }
    // "the Lagos-based lender, Access Bank,": a few common words, a comma, the name.
    for (std::uint32_t u = t + 2; !organization_at(organization) && u < t + 5 && u + 2 < sentence.token_end; ++u) {
      if (!document.has_pos() || (document.upos[u] != kUposNoun && document.upos[u] != kUposAdj)) break;
      if (document.token_text(u + 1) == ",") organization = mention_at(u + 2);
    }
    // "Kenya Airways said on Monday it had returned to profit. The Nairobi-based carrier ...": a sentence
    // that opens with "The", the place, "-based" and a business's noun refers back to the organization
    // that opens the sentence before.
    if (!organization_at(organization)) organization = organization_opening_previous(document, sentence, place, m);
    if (!organization_at(organization)) continue;
    Relation relation =
        make_relation(document, RelationType::BasedIn, organization, static_cast<std::int32_t>(m), t + 1, t + 1);
    out.push_back(std::move(relation));
  }
}

}  // namespace lede::relations
