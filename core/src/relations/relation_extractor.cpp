#include "relations/relation_extractor.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <numeric>
#include <span>
#include <tuple>

#include "document/dateline_credit.hpp"
#include "document/dep_labels.hpp"
#include "document/pos_tags.hpp"
#include "parse/syntax.hpp"
#include "relations/clause_relations.hpp"
#include "relations/home_phrases.hpp"
#include "relations/relation_arguments.hpp"
#include "relations/relation_features.hpp"
#include "relations/role_relations.hpp"
#include "text/ascii_case.hpp"
#include "text/word_lists.hpp"

namespace lede::relations {
namespace {

// The score of a lives_in from a set phrase of residence (relations/home_phrases.hpp): the phrase is
// plain, the name and place spans less sure.
constexpr float kHomePhraseScore = 0.8F;

// Whether a clause's predicate says where someone lives or comes from ("live in", "be born in", "come
// from", "grow up in", "reside in", "hail from").
bool says_residence(std::string_view predicate) {
  for (const std::string_view cue : {"live", "reside", "born", "bear", "grow up", "come from", "hail from", "settle"}) {
    if (predicate.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

// Verbs whose place is where someone lives ("was born in Lagos", "moved to Accra").
bool is_residence_verb(std::string_view lemma) {
  return text::is_one_of(lemma,
                         {"live", "reside", "bear", "grow", "settle", "move", "relocate", "return", "stay", "remain"});
}

// Verbs that say where an organization is ("is based in", "headquartered in", "registered in").
bool is_base_verb(std::string_view lemma) {
  return text::is_one_of(lemma, {"base", "headquarter", "locate", "register", "incorporate", "move", "relocate",
                                 "found", "establish", "list", "operate"});
}

// Verbs that say where a place lies ("is located in", "lies in", "situated on the coast of").
bool is_location_verb(std::string_view lemma) {
  return text::is_one_of(lemma, {"locate", "lie", "situate", "sit", "stand", "border"});
}

// Nouns whose place is someone's home ("her hometown of Belen", "a native of Kano").
bool is_residence_noun(std::string_view lemma) {
  return text::is_one_of(lemma, {"hometown", "home", "native", "resident", "citizen", "birthplace", "son", "daughter",
                                 "villager", "townsman"});
}

// Verbs that say a person belongs to an organization, of it as an oblique ("works at Intel", "was elected
// to the National Assembly", "resigned from the board") or as an object ("joined the party", "heads the
// agency", "set up the Freedom Alliance", "succeeding X as publisher").
bool is_membership_verb(std::string_view lemma) {
  return text::is_one_of(
      lemma,
      {"work",     "serve",   "join",   "rejoin", "elect",     "appoint", "name",      "nominate", "hire",    "employ",
       "recruit",  "lead",    "head",   "chair",  "represent", "belong",  "play",      "coach",    "teach",   "study",
       "graduate", "retire",  "resign", "quit",   "leave",     "defect",  "sign",      "transfer", "promote", "assign",
       "post",     "speak",   "stand",  "run",    "return",    "found",   "establish", "set",      "create",  "start",
       "succeed",  "replace", "star",   "manage", "direct",    "edit",    "command",   "govern"});
}

// The token of a mention whose head lies outside it (relation_features.hpp's span_head).
std::uint32_t mention_head(const parse::DependencyIndex& index, const Mention& mention) {
  return span_head(index, mention.token_begin, mention.token_end);
}

// The verb whose oblique a relation's object is, or -1: "presented the budget to the National Assembly",
// "told reporters in Islamabad". With `through_nouns`, also through the nouns the object locates ("told
// reporters at the commission's headquarters in South Jakarta"), but not through a noun of residence
// ("her hometown of Belen").
std::int32_t oblique_of_verb(const Document& document, const parse::DependencyIndex& index, const Relation& relation,
                             bool through_nouns) {
  static const std::uint8_t obl = dep_label_from_name("obl").value_or(kNoLabel);
  static const std::uint8_t nmod = dep_label_from_name("nmod").value_or(kNoLabel);
  if (!index.parsed() || !document.has_pos() || relation.object_mention < 0) return -1;
  std::uint32_t object = mention_head(index, document.mentions[static_cast<std::size_t>(relation.object_mention)]);
  for (int step = 0; through_nouns && step < 3 && base_label(index.label(object)) == nmod && index.head(object) >= 0;
       ++step) {
    const auto noun = static_cast<std::uint32_t>(index.head(object));
    if (document.upos[noun] != kUposNoun || is_residence_noun(document.lemma(noun))) return -1;
    object = noun;
  }
  const std::int32_t governor = index.head(object);
  if (governor < 0 || base_label(index.label(object)) != obl) return -1;
  return document.upos[static_cast<std::uint32_t>(governor)] == kUposVerb ? governor : -1;
}

// Whether a lives_in's place says where an act took place rather than where the person lives: an
// oblique of a verb that is not one of residence ("told reporters in Islamabad that ..."; but "was born
// in Lagos", "a resident who remained on High Island"). (Tried too: a place modifying an organization,
// "an analyst at Counterpoint Research in New Delhi"; no gain on tests/gold, a loss on CoNLL04 dev.)
bool places_an_act(const Document& document, const parse::DependencyIndex& index, const Relation& relation) {
  const std::int32_t verb = oblique_of_verb(document, index, relation, /*through_nouns=*/true);
  return verb >= 0 && !is_residence_verb(document.lemma(static_cast<std::uint32_t>(verb)));
}

// Whether a member_of's organization is where an act was aimed, not one the person belongs to: an
// oblique of a verb that is not one of membership ("would appeal to the Bombay High Court"), or an
// organization something is sent or turned to ("presented the budget to the National Assembly", where
// "to" hangs from "budget") unless a verb of membership governs it ("was elected to", "appointed him to
// the board"), or one spoken to ("in an interview with state broadcaster CCTV"), or one left for another
// ("joined Madrid from Paris Saint-Germain").
bool addresses_an_organization(const Document& document, const parse::DependencyIndex& index,
                               const Relation& relation) {
  static const std::uint8_t case_label = dep_label_from_name("case").value_or(kNoLabel);
  const std::int32_t verb = oblique_of_verb(document, index, relation, /*through_nouns=*/false);
  if (verb >= 0) {
    // "Mbappe, who joined Madrid from Paris Saint-Germain": the club he came from.
    const std::uint32_t head =
        mention_head(index, document.mentions[static_cast<std::size_t>(relation.object_mention)]);
    const std::optional<std::uint32_t> marker = parse::case_marker(index, head);
    if (marker && text::equals_folded(document.token_text(*marker), "from") &&
        text::is_one_of(document.lemma(static_cast<std::uint32_t>(verb)),
                        {"join", "rejoin", "move", "transfer", "defect", "switch", "come", "arrive", "sign"}))
      return true;
    return !is_membership_verb(document.lemma(static_cast<std::uint32_t>(verb)));
  }
  if (!index.parsed() || !document.has_pos() || relation.object_mention < 0) return false;
  const std::uint32_t organization =
      mention_head(index, document.mentions[static_cast<std::size_t>(relation.object_mention)]);
  const std::span<const std::uint32_t> children = index.children(organization);
  const bool aimed = std::any_of(children.begin(), children.end(), [&](std::uint32_t child) {
    return base_label(index.label(child)) == case_label &&
           text::is_one_of(document.lemma(child), {"to", "before", "against", "into", "toward", "towards"});
  });
  // "said ... in an interview with state broadcaster CCTV": who the person spoke to; "has led talks with the
  // International Monetary Fund", "signed a deal with Airbus": who the person dealt with.
  const std::int32_t governor = index.head(organization);
  const bool spoken_to =
      governor >= 0 &&
      text::is_one_of(document.lemma(static_cast<std::uint32_t>(governor)),
                      {"interview", "conversation", "call", "briefing", "podcast", "letter", "message", "email", "talk",
                       "talks", "negotiation", "meeting", "dialogue", "discussion", "deal", "agreement"}) &&
      std::any_of(children.begin(), children.end(), [&](std::uint32_t child) {
        return base_label(index.label(child)) == case_label && text::is_one_of(document.lemma(child), {"with", "to"});
      });
  if (spoken_to) return true;
  if (!aimed) return false;
  std::int32_t ancestor = index.head(organization);
  for (int step = 0; step < 4 && ancestor >= 0; ++step, ancestor = index.head(static_cast<std::uint32_t>(ancestor))) {
    const auto token = static_cast<std::uint32_t>(ancestor);
    if (document.upos[token] == kUposVerb) return !is_membership_verb(document.lemma(token));
  }
  return true;
}

// Whether a relation's two arguments are joined in the parse through a verb that `says_it` does not
// accept: the path runs up from both heads to their lowest common ancestor; the mentions' own words do
// not count. A member_of's person who acts on the organization or speaks of it ("criticised Boeing",
// "sued Google", "told the BBC", "said officers from Interpol had joined") holds no post in it: news
// writes a post inside the person's own phrase ("Vyom's chief executive", "a spokesman for the
// ministry", "Professor X of the University of Tokyo") or with a verb of membership ("joined", "heads",
// "was elected to"). Likewise an organization is not based where something else is said to be ("The
// Taliban government in Kabul rejected the report by Human Rights Watch"), but where it is based,
// headquartered or registered.
template <typename SaysIt>
bool joined_by_another_verb(const Document& document, const parse::DependencyIndex& index, const Relation& relation,
                            SaysIt&& says_it) {
  if (!index.parsed() || !document.has_pos() || relation.subject_mention < 0 || relation.object_mention < 0) {
    return false;
  }
  const Mention& subject = document.mentions[static_cast<std::size_t>(relation.subject_mention)];
  const Mention& object = document.mentions[static_cast<std::size_t>(relation.object_mention)];
  const auto inside = [](const Mention& m, std::uint32_t t) { return t >= m.token_begin && t < m.token_end; };
  constexpr int kMaxSteps = 16;
  std::array<std::int32_t, kMaxSteps + 1> subject_path{};
  int subject_steps = 0;
  subject_path[0] = static_cast<std::int32_t>(mention_head(index, subject));
  while (subject_steps < kMaxSteps && subject_path[subject_steps] >= 0) {
    subject_path[subject_steps + 1] = index.head(static_cast<std::uint32_t>(subject_path[subject_steps]));
    ++subject_steps;
  }
  const auto other_verb = [&](std::int32_t t) {
    if (t < 0 || inside(subject, static_cast<std::uint32_t>(t)) || inside(object, static_cast<std::uint32_t>(t))) {
      return false;
    }
    const auto token = static_cast<std::uint32_t>(t);
    return document.upos[token] == kUposVerb && !says_it(document.lemma(token));
  };
  auto up = static_cast<std::int32_t>(mention_head(index, object));
  bool verb_on_object_side = false;
  for (int step = 0; step <= kMaxSteps && up >= 0; ++step) {
    const auto meets = std::find(subject_path.begin(), subject_path.begin() + subject_steps, up);
    if (meets != subject_path.begin() + subject_steps) {
      if (verb_on_object_side || other_verb(up)) return true;
      return std::any_of(subject_path.begin(), meets, other_verb);
    }
    verb_on_object_side = verb_on_object_side || other_verb(up);
    up = index.head(static_cast<std::uint32_t>(up));
  }
  return false;  // no common ancestor near: nothing to say
}

// Whether a relation's place follows its organization's name with at most "in", "of", "at" or a comma
// between ("the Nigerian Exchange in Lagos", "Counterpoint Research, New Delhi"): the parse may hang the
// place on a verb instead ("shares jumped on the Nigerian Exchange in Lagos"), but a reader takes it as
// where the organization is.
bool place_follows_name(const Document& document, const Relation& relation) {
  if (relation.subject_mention < 0 || relation.object_mention < 0) return false;
  const Mention& organization = document.mentions[static_cast<std::size_t>(relation.subject_mention)];
  const Mention& place = document.mentions[static_cast<std::size_t>(relation.object_mention)];
  if (place.token_begin < organization.token_end || place.token_begin - organization.token_end > 2) return false;
  for (std::uint32_t t = organization.token_end; t < place.token_begin; ++t) {
    if (!text::is_one_of(document.token_text(t), {"in", "of", "at", ","})) return false;
  }
  return true;
}

// Whether a member_of's organization belongs to others joined to the person by "and": "attended by Akhtar
// Hayat Khan and senior officials of the Federal Investigation Agency", "Ahmed Ali and two officials from
// the World Bank". Between them: "and", lowercase words, then "of"/"from"/"at" (and "the").
bool of_a_conjunct(const Document& document, const Relation& relation) {
  if (relation.subject_mention < 0 || relation.object_mention < 0) return false;
  const Mention& person = document.mentions[static_cast<std::size_t>(relation.subject_mention)];
  const Mention& organization = document.mentions[static_cast<std::size_t>(relation.object_mention)];
  std::uint32_t t = person.token_end;
  std::uint32_t end = organization.token_begin;
  if (end <= t + 2 || !text::equals_folded(document.token_text(t), "and")) return false;
  if (text::equals_folded(document.token_text(end - 1), "the")) --end;
  if (!text::is_one_of(document.token_text(end - 1), {"of", "from", "at"})) return false;
  for (std::uint32_t u = t + 1; u + 1 < end; ++u) {
    const std::string_view word = document.token_text(u);
    if (word.empty() || !(text::is_ascii_lower(word[0]) || document.tokens[u].kind == TokenKind::Number)) return false;
  }
  return end - 1 > t + 1;
}

// Whether a verb of acting on someone stands between a member_of's person and the organization after it:
// "Thorsten Groeger, IG Metall's chief negotiator, accused Volkswagen management of ...". The parse of
// such sentences often hangs the verb off a noun (joined_by_another_verb then sees no verb on the path),
// so the words are read.
bool acts_on_the_organization(const Document& document, const Relation& relation) {
  if (!document.has_pos() || relation.subject_mention < 0 || relation.object_mention < 0) return false;
  const Mention& person = document.mentions[static_cast<std::size_t>(relation.subject_mention)];
  const Mention& organization = document.mentions[static_cast<std::size_t>(relation.object_mention)];
  for (std::uint32_t t = person.token_end; t < organization.token_begin; ++t) {
    if (document.upos[t] == kUposVerb &&
        text::is_one_of(document.lemma(t),
                        {"accuse",  "criticize",   "criticise", "blame",  "sue",    "urge",     "warn",
                         "condemn", "attack",      "praise",    "thank",  "slam",   "fault",    "pressure",
                         "reject",  "investigate", "fine",      "target", "defend", "challenge"}))
      return true;
  }
  return false;
}

// Whether a member_of is said of a post the person no longer holds: "former" or "ex-" right before the
// organization's name ("two former Intel engineers, Priya Raghunathan", "ex-Google staff"). The gold
// guidelines, like a reader, count present posts only. ("the former manager of the GE plant" is someone
// else's former post: not this.)
bool of_a_former_post(const Document& document, const Relation& relation) {
  if (relation.object_mention < 0) return false;
  const std::uint32_t organization = document.mentions[static_cast<std::size_t>(relation.object_mention)].token_begin;
  const auto former = [&](std::uint32_t t) { return is_former_word(document.token_text(t)); };
  for (std::uint32_t back = 1; back <= 2 && back <= organization; ++back) {
    if (former(organization - back)) return true;
  }
  // "Chambriard, 66, a former head of the National Petroleum Agency": the person's own apposition, a
  // former post of lowercase words and "of/the/at/for" before the organization.
  if (relation.subject_mention < 0 || !document.has_pos()) return false;
  const std::uint32_t person_end = document.mentions[static_cast<std::size_t>(relation.subject_mention)].token_end;
  for (std::uint32_t t = organization; t > person_end && organization - t < 6;) {
    --t;
    if (former(t)) {
      // The name, its comma, maybe an age in commas ("Chambriard, 66, a former ..."), maybe an article.
      if (document.token_text(person_end) != ",") return false;
      std::uint32_t start = skip_age(document, person_end + 1, t);
      const std::string_view article = document.token_text(start);
      if (start < t && (text::equals_folded(article, "a") || text::equals_folded(article, "an") ||
                        text::equals_folded(article, "the")))
        ++start;
      return start == t;
    }
    const std::string_view word = document.token_text(t);
    if (word.empty() || !text::is_ascii_lower(word[0])) return false;
  }
  return false;
}

// Whether a located_in's two places stand side by side in a list rather than one within the other:
// conjuncts of a list of three or more, or joined by a conjunction ("writers from Lebanon, Iraq, Algeria
// and Oman"), where "Lagos, Nigeria" is two conjuncts at most, with no conjunction; or two parties of one
// verb ("Pakistan beat New Zealand").
bool places_side_by_side(const Document& document, const parse::DependencyIndex& index, const Relation& relation) {
  static const std::uint8_t conj = dep_label_from_name("conj").value_or(kNoLabel);
  static const std::uint8_t cc = dep_label_from_name("cc").value_or(kNoLabel);
  static const std::uint8_t nsubj = dep_label_from_name("nsubj").value_or(kNoLabel);
  static const std::uint8_t obj = dep_label_from_name("obj").value_or(kNoLabel);
  if (!index.parsed() || relation.subject_mention < 0 || relation.object_mention < 0) return false;
  const std::uint32_t a = mention_head(index, document.mentions[static_cast<std::size_t>(relation.subject_mention)]);
  const std::uint32_t b = mention_head(index, document.mentions[static_cast<std::size_t>(relation.object_mention)]);
  const auto is_conj_of = [&](std::uint32_t child, std::uint32_t head) {
    return base_label(index.label(child)) == conj && index.head(child) == static_cast<std::int32_t>(head);
  };
  std::int32_t first = -1;  // the list's first conjunct
  if (is_conj_of(a, b)) first = static_cast<std::int32_t>(b);
  if (is_conj_of(b, a)) first = static_cast<std::int32_t>(a);
  if (index.head(a) >= 0 && is_conj_of(a, static_cast<std::uint32_t>(index.head(a))) &&
      is_conj_of(b, static_cast<std::uint32_t>(index.head(a))))
    first = index.head(a);
  if (first >= 0) {
    int conjuncts = 0;
    bool conjunction = false;
    for (const std::uint32_t child : index.children(static_cast<std::uint32_t>(first))) {
      if (base_label(index.label(child)) != conj) continue;
      ++conjuncts;
      for (const std::uint32_t word : index.children(child)) conjunction |= base_label(index.label(word)) == cc;
    }
    if (conjuncts >= 2 || conjunction) return true;
  }
  const std::int32_t head_a = index.head(a);
  const auto core = [&](std::uint32_t t) {
    const std::uint8_t label = base_label(index.label(t));
    return label == nsubj || label == obj;
  };
  if (head_a >= 0 && head_a == index.head(b) && core(a) && core(b)) return true;
  // "written in Washington, not in Islamabad": a place set against the other.
  static const std::uint8_t advmod = dep_label_from_name("advmod").value_or(kNoLabel);
  for (const std::uint32_t place : {a, b}) {
    for (const std::uint32_t child : index.children(place)) {
      if (base_label(index.label(child)) == advmod && text::equals_folded(document.token_text(child), "not"))
        return true;
    }
  }
  // "Islamabad was in contact with Kabul", "Seoul sent envoys to Tokyo": a place that is a clause's
  // subject acts (for its government); one hanging from the same predicate by a preposition that does not
  // contain ("with", "to", "against") is the other party, not where it lies.
  static const std::uint8_t case_label = dep_label_from_name("case").value_or(kNoLabel);
  if (head_a < 0 || base_label(index.label(a)) != nsubj) return false;
  std::int32_t governor = index.head(b);
  for (int step = 0; step < 2 && governor >= 0 && governor != head_a; ++step)
    governor = index.head(static_cast<std::uint32_t>(governor));
  if (governor != head_a) return false;
  for (const std::uint32_t child : index.children(b)) {
    if (base_label(index.label(child)) != case_label) continue;
    return !text::is_one_of(document.lemma(child), {"in", "of", "at", "near", "outside", "inside", "within", "across",
                                                    "throughout", "around", "on"});
  }
  return false;
}

// Whether a based_in's organization is a dateline's credit: the agency in brackets after the place that
// opens the story ("KEMEROVO, Russia (Sibir Press) —", "LAGOS (Reuters) -"). It files from there; it is
// not based there.
bool credits_a_dateline(const Document& document, const Relation& relation) {
  if (relation.subject_mention < 0 || relation.object_mention < 0) return false;
  const Mention& agency = document.mentions[static_cast<std::size_t>(relation.subject_mention)];
  const Mention& place = document.mentions[static_cast<std::size_t>(relation.object_mention)];
  return place.token_end <= agency.token_begin && is_dateline_credit(document, agency);
}

// Whether the place is part of what the parse hangs on the person's name: "Richard Taylor, an Atlanta
// architect", "Robert Isaacks, an emergency medical technician on High Island", "Marie Ferraro, 50, of
// Bethany" — up from the place through modifiers and appositions to the name, past no other name
// ("an analyst at Counterpoint Research in New Delhi" locates the firm) and through one prepositional
// phrase at most ("Viktor Orban, a critic of military aid to Ukraine").
bool describes_the_person(const Document& document, const parse::DependencyIndex& index, const Mention& person,
                          const Mention& place) {
  static const std::array<std::uint8_t, 4> kDescribing = {
      dep_label_from_name("nmod").value_or(kNoLabel), dep_label_from_name("compound").value_or(kNoLabel),
      dep_label_from_name("appos").value_or(kNoLabel), dep_label_from_name("amod").value_or(kNoLabel)};
  if (!index.parsed()) return false;
  static const std::uint8_t nmod = dep_label_from_name("nmod").value_or(kNoLabel);
  std::uint32_t token = mention_head(index, place);
  int nominal_modifiers = 0;
  for (int step = 0; step < 4; ++step) {
    if (std::find(kDescribing.begin(), kDescribing.end(), base_label(index.label(token))) == kDescribing.end())
      return false;
    // One prepositional step at most: "a critic of military aid to Ukraine" says nothing of where he lives.
    if (base_label(index.label(token)) == nmod && ++nominal_modifiers > 1) return false;
    const std::int32_t head = index.head(token);
    if (head < 0) return false;
    token = static_cast<std::uint32_t>(head);
    if (token >= person.token_begin && token < person.token_end) return true;
    if (document.upos[token] == kUposPropn) return false;  // another name's modifier
  }
  return false;
}

// Whether a sentence gives evidence of where the person lives or comes from: a verb or noun of residence
// anywhere in it ("was born in", "a resident of", "her hometown"), or the place right beside the
// person's name: "Farmer Luis Ortega of Lima", "a boy from Recife", "Kansas Sen. Bob Dole". Without such
// evidence a person and a place in one sentence are mostly an act and where it happened ("an analyst at
// Counterpoint Research in New Delhi", "Geng Wenhua, said Beijing").
bool says_where_someone_lives(const Document& document, const parse::DependencyIndex& index, const Relation& relation) {
  if (!document.has_pos() || relation.subject_mention < 0 || relation.object_mention < 0) return true;
  const Sentence& sentence = document.sentences[relation.sentence];
  for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    if (is_residence_verb(document.lemma(t)) || is_residence_noun(document.lemma(t))) return true;
  }
  const Mention& person = document.mentions[static_cast<std::size_t>(relation.subject_mention)];
  const Mention& place = document.mentions[static_cast<std::size_t>(relation.object_mention)];
  // "Luis Ortega of Lima", "Ortega, of Lima", "Marie Ferraro, 50, of Bethany", "a boy from Recife",
  // "Tsuruyama is from Yatsushiro", "who was from Kano": "of"/"from" (and an article) between, after an
  // age in commas, or "from" after a form of "be".
  const auto word_is = [&](std::uint32_t t, std::string_view lower) {
    return text::equals_folded(document.token_text(t), lower);
  };
  std::uint32_t between = person.token_end;
  if (between < place.token_begin && word_is(between, ",")) ++between;
  between = skip_age(document, between, place.token_begin);
  bool after_be = false;
  if (between < place.token_begin && word_is(between, "who")) ++between;
  if (between < place.token_begin && document.lemma(between) == "be") {
    ++between;
    after_be = true;
  }
  const bool joined_by_preposition =
      between < place.token_begin && ((!after_be && word_is(between, "of")) || word_is(between, "from")) &&
      (between + 1 == place.token_begin || (between + 2 == place.token_begin && word_is(between + 1, "the")));
  // "Kansas Sen. Bob Dole", "the Texas Democrat": the place before the person, at most a title between.
  // Not a building: "Kremlin spokesman Dmitry Peskov" speaks for the office that sits there.
  // Not across a preposition or a verb: "accused Saudi Arabia of torturing Salma al-Shehab".
  bool place_before = place.token_end <= person.token_begin && person.token_begin - place.token_end <= 2 &&
                      place.type != EntityType::Fac;
  for (std::uint32_t t = place.token_end; place_before && t < person.token_begin; ++t) {
    const std::uint8_t tag = document.upos[t];
    place_before = tag != kUposAdp && tag != kUposVerb && tag != kUposAux && tag != kUposSconj;
  }
  return joined_by_preposition || place_before || describes_the_person(document, index, person, place);
}

// The head of the clause a token belongs to: the first token up its head chain that opens a clause of
// its own (the root, a complement, an adverbial, a relative or a loosely joined clause).
std::uint32_t clause_head(const parse::DependencyIndex& index, std::uint32_t token) {
  static const std::array<std::uint8_t, 6> kClauseLabels = {
      dep_label_from_name("ccomp").value_or(kNoLabel),     dep_label_from_name("advcl").value_or(kNoLabel),
      dep_label_from_name("parataxis").value_or(kNoLabel), dep_label_from_name("acl").value_or(kNoLabel),
      dep_label_from_name("csubj").value_or(kNoLabel),     dep_label_from_name("list").value_or(kNoLabel)};
  for (int step = 0; step < 40; ++step) {
    const std::int32_t head = index.head(token);
    if (head < 0) return token;
    const std::uint8_t label = base_label(index.label(token));
    if (std::find(kClauseLabels.begin(), kClauseLabels.end(), label) != kClauseLabels.end()) return token;
    token = static_cast<std::uint32_t>(head);
  }
  return token;
}

// Whether the clause headed by `predicate` may be about `entity`: its subject is one of the entity's
// mentions or a pronoun for a person (the resolver may have left "he" unlinked), or it has none of its own
// ("born in Danville"). Not "demand remained strong in the south of England".
bool clause_of_entity(const Document& document, const parse::DependencyIndex& index, const MentionAtToken& mention_at,
                      std::uint32_t predicate, std::int32_t entity) {
  std::vector<std::uint32_t> subject_tokens;
  parse::subjects(index, predicate, subject_tokens);
  if (subject_tokens.empty()) return true;
  return std::any_of(subject_tokens.begin(), subject_tokens.end(),
                     [&](std::uint32_t token) {
                       const std::int32_t m = mention_at(token);
                       return m >= 0 && document.mentions[static_cast<std::size_t>(m)].entity == entity;
                     }) ||
         text::is_one_of(text::ascii_lower_copy(document.token_text(subject_tokens.front())),
                         {"he", "she", "they", "i", "we", "who", "that"});
}

// Whether a relation of place (lives_in, based_in, located_in) joins a subject and a place of two
// different clauses ("Raafat said observers from Jordan would attend"; "Saudi Arabia will extend the cut,
// Prince Faisal said"): one clause says where someone or something is. A relative clause on the subject
// is the subject's own ("Smith, who lives in Boston").
bool in_other_clauses(const Document& document, const parse::DependencyIndex& index, const MentionAtToken& mention_at,
                      const Relation& relation) {
  if (!index.parsed() || relation.subject_mention < 0 || relation.object_mention < 0) return false;
  const Mention& subject = document.mentions[static_cast<std::size_t>(relation.subject_mention)];
  const std::uint32_t subject_clause = clause_head(index, mention_head(index, subject));
  const std::uint32_t place = mention_head(index, document.mentions[static_cast<std::size_t>(relation.object_mention)]);
  const std::uint32_t place_clause = clause_head(index, place);
  if (subject_clause == place_clause) return false;
  // Two clauses need two verbs: a dateline ("LOS ANGELES ( AP )") parses into fragments of none.
  const auto is_verb = [&](std::uint32_t t) {
    return document.has_pos() && (document.upos[t] == kUposVerb || document.upos[t] == kUposAux);
  };
  if (!is_verb(subject_clause) || !is_verb(place_clause)) return false;
  // "he was born a county away in Danville": a clause of residence says it wherever it stands, when it
  // is the person's (not "said demand remained strong in the south of England"), and so does a noun of it
  // ("near her hometown of Belen, N.M.").
  if (is_residence_verb(document.lemma(place_clause)) &&
      clause_of_entity(document, index, mention_at, place_clause, relation.subject))
    return false;
  auto governor = static_cast<std::int32_t>(place);
  for (int step = 0; step < 2; ++step) {
    governor = index.head(static_cast<std::uint32_t>(governor));
    if (governor < 0) break;
    if (is_residence_noun(document.lemma(static_cast<std::uint32_t>(governor)))) return false;
  }
  const std::int32_t attached_to = index.head(place_clause);
  const bool relative_on_subject = attached_to >= static_cast<std::int32_t>(subject.token_begin) &&
                                   attached_to < static_cast<std::int32_t>(subject.token_end);
  return !relative_on_subject;
}

// Whether the second of a relation's two mentions stands in a clause that ", where" opens after the first,
// with a verb of its own before it: "at the PM House, where the two discussed maritime security in the
// Arabian Sea" says where they talked, not where the house is. Read from the words, since the parse of
// such a clause is often broken (a verb read as an adjective).
bool across_a_where_clause(const Document& document, const Relation& relation) {
  if (!document.has_pos() || relation.subject_mention < 0 || relation.object_mention < 0) return false;
  const Mention& a = document.mentions[static_cast<std::size_t>(relation.subject_mention)];
  const Mention& b = document.mentions[static_cast<std::size_t>(relation.object_mention)];
  const Mention& first = a.token_begin < b.token_begin ? a : b;
  const Mention& second = a.token_begin < b.token_begin ? b : a;
  for (std::uint32_t t = first.token_end; t + 1 < second.token_begin; ++t) {
    if (document.token_text(t) != "," || !text::equals_folded(document.token_text(t + 1), "where")) continue;
    for (std::uint32_t v = t + 2; v < second.token_begin; ++v) {
      if (document.upos[v] == kUposVerb || document.upos[v] == kUposAux) return true;
    }
  }
  return false;
}

// Whether a relation's place stands right before its organization with "'s" and the organization's name
// modifies a common noun after it: "Ukraine's NATO allies", "Britain's EU membership".
bool modifies_after_possessive(const Document& document, const Relation& relation) {
  if (!document.has_pos() || relation.subject_mention < 0 || relation.object_mention < 0) return false;
  const Mention& organization = document.mentions[static_cast<std::size_t>(relation.subject_mention)];
  const Mention& place = document.mentions[static_cast<std::size_t>(relation.object_mention)];
  if (place.token_end + 1 != organization.token_begin) return false;
  return text::is_possessive_s(document.token_text(place.token_end)) &&
         name_modifies_a_noun(document, organization, static_cast<std::uint32_t>(document.tokens.size()));
}

// The predicate a typed relation shows when no clause names a verb for it.
std::string_view default_predicate(RelationKind kind) {
  switch (kind) {
    case RelationKind::MemberOf: return "member of";
    case RelationKind::LivesIn: return "live in";
    case RelationKind::LocatedIn: return "located in";
    case RelationKind::BasedIn: return "based in";
    case RelationKind::Killed: return "kill";
    case RelationKind::None: break;
  }
  return "";
}

// A killing is said with one of these words somewhere in the sentence; without one the classifier's
// "killed" is a guess from the shape of the sentence ("X met Y in Z" looks like "X shot Y in Z").
bool mentions_a_killing(const Document& document, const Sentence& sentence) {
  static constexpr std::array<std::string_view, 18> kKillingWords = {
      "kill",     "killer", "killing", "murder",  "murderer", "assassinate", "assassin", "assassination", "shoot",
      "shooting", "slay",   "slaying", "execute", "stab",     "behead",      "strangle", "gunman",        "death"};
  for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    const std::string_view word = document.has_pos() ? document.lemma(t) : document.token_text(t);
    if (text::is_one_of(word, kKillingWords)) return true;
    // "opened fire on", "fired at", "fired shots": a gun's fire; "fired his finance minister" dismisses.
    if (word == "fire") {
      const bool opened = t > sentence.token_begin && text::equals_folded(document.token_text(t - 1), "opened");
      const std::string_view next = t + 1 < sentence.token_end ? document.token_text(t + 1) : std::string_view();
      if (opened || text::is_one_of(next, {"on", "at", "upon", "shots", "into"})) return true;
    }
  }
  return false;
}

void classify_sentence(const Document& document, const RelationClassifier& classifier,
                       const RelationFeatureContext& context, const Sentence& sentence, std::size_t& next_mention,
                       std::vector<Relation>& out) {
  std::array<std::int32_t, kMaxCandidates> candidates{};
  std::array<RelationArgument, kMaxCandidates> arguments{};
  std::size_t count = 0;
  const std::vector<Mention>& mentions = document.mentions;
  while (next_mention < mentions.size() && mentions[next_mention].token_begin < sentence.token_begin) ++next_mention;
  for (std::size_t m = next_mention; m < mentions.size() && mentions[m].token_begin < sentence.token_end; ++m) {
    const Mention& mention = mentions[m];
    if (mention.pronoun || mention.type == EntityType::Title || !is_argument(document, static_cast<std::int32_t>(m)))
      continue;
    const ArgumentType type = argument_type(argument_entity_type(document, static_cast<std::int32_t>(m)));
    if (type == ArgumentType::Other || count == kMaxCandidates) continue;
    candidates[count] = static_cast<std::int32_t>(m);
    arguments[count] = {mention.token_begin, mention.token_end,
                        span_head(context.index, mention.token_begin, mention.token_end), type};
    ++count;
  }
  for (std::size_t a = 0; a < count; ++a) {
    for (std::size_t b = a + 1; b < count; ++b) {
      const RelationDecision decision =
          classifier.classify(context, arguments[a], arguments[b], static_cast<std::uint32_t>(b - a - 1));
      if (decision.relation.kind == RelationKind::None) continue;
      if (decision.relation.kind == RelationKind::Killed && !mentions_a_killing(document, sentence)) continue;
      if (mentions[static_cast<std::size_t>(candidates[a])].entity ==
          mentions[static_cast<std::size_t>(candidates[b])].entity)
        continue;
      const std::int32_t subject = decision.relation.first_is_subject ? candidates[a] : candidates[b];
      const std::int32_t object = decision.relation.first_is_subject ? candidates[b] : candidates[a];
      Relation relation = make_relation(document, relation_type(decision.relation.kind), subject, object,
                                        arguments[a].head, arguments[a].head);
      relation.predicate = std::string(default_predicate(decision.relation.kind));
      relation.score = decision.score;
      out.push_back(std::move(relation));
    }
  }
}

// The relations of a list grouped by sentence. Every check between two relations below holds only within
// one sentence, so each looks at its sentence's relations, not the document's: a long document would
// otherwise cost the square of its relations (a million "X met Y" sentences).
class SentenceGroups {
 public:
  explicit SentenceGroups(const std::vector<Relation>& relations) : relations_(relations), order_(relations.size()) {
    std::iota(order_.begin(), order_.end(), 0U);
    std::stable_sort(order_.begin(), order_.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return relations[a].sentence < relations[b].sentence; });
    sentences_.reserve(order_.size());
    for (const std::uint32_t position : order_) sentences_.push_back(relations[position].sentence);
  }
  // Positions in the list of the relations of `sentence`, in list order.
  std::span<const std::uint32_t> of(std::uint32_t sentence) const {
    const auto [first, last] = std::equal_range(sentences_.begin(), sentences_.end(), sentence);
    return std::span<const std::uint32_t>(order_).subspan(static_cast<std::size_t>(first - sentences_.begin()),
                                                          static_cast<std::size_t>(last - first));
  }
  // Whether a relation of `sentence` satisfies `test`.
  template <class Test>
  bool any(std::uint32_t sentence, Test&& test) const {
    const std::span<const std::uint32_t> positions = of(sentence);
    return std::any_of(positions.begin(), positions.end(), [&](std::uint32_t i) { return test(relations_[i]); });
  }

 private:
  const std::vector<Relation>& relations_;
  std::vector<std::uint32_t> order_;      // positions, by sentence
  std::vector<std::uint32_t> sentences_;  // the sentence of each position in order_
};

bool same_pair(const Relation& a, const Relation& b) {
  return a.sentence == b.sentence &&
         ((a.subject == b.subject && a.object == b.object) || (a.subject == b.object && a.object == b.subject));
}

// Where someone lives or something is based, written "Rockville, Md." or "Trapper Creek, Alaska,": the
// person or organization is in the second place too, and the first lies in it (CoNLL04 and tests/gold
// annotate both). Adds what is missing of these to `typed`, for each lives_in and based_in of `typed` and
// of `stated` (the clause patterns' own: "Acme is based in Denver, Colorado").
void add_enclosing_places(const Document& document, const MentionAtToken& mention_at, std::vector<Relation>& typed,
                          std::span<const Relation> stated) {
  const std::size_t kept = typed.size();
  // Among the relations found before (the final step drops repeats among those added here).
  const SentenceGroups by_sentence(typed);
  const auto missing = [&](RelationType type, std::int32_t subject, std::int32_t object, std::uint32_t sentence) {
    return !by_sentence.any(
        sentence, [&](const Relation& r) { return r.type == type && r.subject == subject && r.object == object; });
  };
  for (std::size_t i = 0; i < kept + stated.size(); ++i) {
    const RelationType type = i < kept ? typed[i].type : stated[i - kept].type;
    if (type != RelationType::LivesIn && type != RelationType::BasedIn) continue;
    const Relation relation = i < kept ? typed[i] : stated[i - kept];  // a copy: `typed` grows below
    std::int32_t inner = relation.object_mention;
    for (int step = 0; inner >= 0 && step < 3; ++step) {
      const std::int32_t outer = enclosing_place(document, mention_at, inner);
      if (outer < 0) break;
      const std::int32_t outer_entity = document.mentions[static_cast<std::size_t>(outer)].entity;
      if (outer_entity == relation.subject || outer_entity == relation.object) break;
      if (missing(relation.type, relation.subject, outer_entity, relation.sentence)) {
        Relation wider =
            make_relation(document, relation.type, relation.subject_mention, outer,
                          document.mentions[static_cast<std::size_t>(relation.subject_mention)].token_begin,
                          document.mentions[static_cast<std::size_t>(outer)].token_begin);
        wider.predicate = relation.predicate;
        wider.score = relation.score;
        typed.push_back(std::move(wider));
      }
      const std::int32_t inner_entity = document.mentions[static_cast<std::size_t>(inner)].entity;
      if (missing(RelationType::LocatedIn, inner_entity, outer_entity, relation.sentence)) {
        const std::uint32_t inner_begin = document.mentions[static_cast<std::size_t>(inner)].token_begin;
        Relation within = make_relation(document, RelationType::LocatedIn, inner, outer, inner_begin, inner_begin);
        within.predicate = std::string(default_predicate(RelationKind::LocatedIn));
        within.score = relation.score;
        typed.push_back(std::move(within));
      }
      inner = outer;
    }
  }
}

}  // namespace

std::optional<RelationExtractor> RelationExtractor::load(const Model& model, std::string& error) {
  RelationExtractor extractor;
  if (RelationClassifier::available(model)) {
    extractor.classifier_ = RelationClassifier::load(model, error);
    if (!extractor.classifier_) return std::nullopt;
  }
  return extractor;
}

void RelationExtractor::extract(Document& document) const {
  document.relations.clear();
  if (document.tokens.empty() || document.mentions.empty()) return;
  const parse::DependencyIndex index(document);
  const MentionAtToken mention_at(document);
  std::vector<Relation> typed;
  if (classifier_) {
    const RelationFeatureContext context{document, index, classifier_->seed()};
    std::size_t next_mention = 0;
    for (const Sentence& sentence : document.sentences) {
      classify_sentence(document, *classifier_, context, sentence, next_mention, typed);
    }
  }
  std::vector<Relation> clauses;
  find_clause_relations(document, index, mention_at, clauses);

  // An open relation over the pair of a classified one gives it its verb instead of standing beside it;
  // so does a pattern's based_in that the classifier found too.
  std::vector<Relation>& out = document.relations;
  std::vector<bool> merged(clauses.size(), false);
  const SentenceGroups typed_by_sentence(typed);
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    const Relation& clause = clauses[c];
    if (clause.type != RelationType::Open && clause.type != RelationType::BasedIn) continue;
    for (const std::uint32_t t : typed_by_sentence.of(clause.sentence)) {
      Relation& relation = typed[t];
      if (!same_pair(relation, clause) || (clause.type != RelationType::Open && clause.type != relation.type)) continue;
      relation.predicate = clause.predicate;
      relation.negated = clause.negated;
      relation.start = std::min(relation.start, clause.start);
      relation.end = std::max(relation.end, clause.end);
      merged[c] = true;
      break;
    }
  }
  std::vector<Relation> roles;
  find_role_relations(document, index, mention_at, roles);
  const SentenceGroups clauses_by_sentence(clauses);
  const SentenceGroups roles_by_sentence(roles);
  // "Russia's Foreign Minister Volkonsky": the role names the country of the post; a lives_in between the
  // same two (CoNLL04 labels such pairs Live_In) would only repeat it, less precisely.
  // Two who met in a clause are not also one killing or employing the other there.
  std::erase_if(typed, [&](const Relation& relation) {
    return clauses_by_sentence.any(relation.sentence, [&](const Relation& clause) {
      return clause.type == RelationType::Met && same_pair(clause, relation);
    });
  });
  // Likewise a visit says the person does not live there ("on her first visit to Moscow"), and a meeting
  // in a place says where they met, not where either lives ("Asif met Xi Jinping in Beijing").
  const auto same_arguments = [](const Relation& a, const Relation& b) {
    return a.sentence == b.sentence && a.subject == b.subject && a.object == b.object;
  };
  const auto took_part_in_meeting = [&](const Relation& relation) {
    return clauses_by_sentence.any(relation.sentence, [&](const Relation& clause) {
      return clause.type == RelationType::Met &&
             (clause.subject == relation.subject || clause.object == relation.subject);
    });
  };
  // And a person who acts on a place in a clause ("accused Washington", "won a runoff in Colombia") is
  // not said to live there, unless the verb says so ("lives in", "was born in", "comes from").
  const auto acted_on = [&](const Relation& relation) {
    return clauses_by_sentence.any(relation.sentence, [&](const Relation& clause) {
      return clause.type != RelationType::LivesIn && same_arguments(clause, relation) &&
             !says_residence(clause.predicate);
    });
  };
  // Where an organization or a place is, likewise, is said in one clause ("told reporters in Islamabad
  // that the Met Office had recorded ...").
  std::erase_if(typed, [&](const Relation& relation) {
    return (relation.type == RelationType::BasedIn || relation.type == RelationType::LocatedIn) &&
           (in_other_clauses(document, index, mention_at, relation) || credits_a_dateline(document, relation) ||
            across_a_where_clause(document, relation));
  });
  // A founder is no member by the founding alone ("FTX founder Sam Bankman-Fried"; the gold guidelines
  // leave founders out): the role says it.
  const auto founded = [&](const Relation& relation) {
    return roles_by_sentence.any(relation.sentence, [&](const Relation& role) {
      return role.subject == relation.subject && role.object == relation.object && is_founder_title(role.predicate);
    });
  };
  // Nor is one who left it ("Umar quit the PTI in 2023"): the guidelines count present posts only.
  const auto left = [](const Relation& relation) {
    return text::is_one_of(relation.predicate, {"quit", "resign", "leave", "defect", "retire", "resign from",
                                                "retire from", "defect from"});
  };
  std::erase_if(typed, [&](const Relation& relation) {
    return (relation.type == RelationType::MemberOf &&
            (addresses_an_organization(document, index, relation) || of_a_former_post(document, relation) ||
             founded(relation) || left(relation) || acts_on_the_organization(document, relation) ||
             of_a_conjunct(document, relation) ||
             joined_by_another_verb(document, index, relation, is_membership_verb))) ||
           (relation.type == RelationType::BasedIn && !place_follows_name(document, relation) &&
            joined_by_another_verb(document, index, relation, is_base_verb)) ||
           (relation.type == RelationType::LocatedIn && !place_follows_name(document, relation) &&
            joined_by_another_verb(document, index, relation, is_location_verb)) ||
           (relation.type == RelationType::LocatedIn && places_side_by_side(document, index, relation));
  });
  std::erase_if(typed, [&](const Relation& relation) {
    if (relation.type != RelationType::LivesIn) return false;
    return roles_by_sentence.any(relation.sentence,
                                 [&](const Relation& role) { return same_arguments(role, relation); }) ||
           took_part_in_meeting(relation) || acted_on(relation) || places_an_act(document, index, relation) ||
           in_other_clauses(document, index, mention_at, relation) ||
           !says_where_someone_lives(document, index, relation);
  });
  // A set phrase of residence or of an organization's base is its own evidence: it counts whatever the
  // classifier and the checks above made of the pair, unless a role already names the place of the
  // person's post (then the rest of the chain goes with it).
  std::vector<Relation> homes;
  find_home_phrases(document, mention_at, homes);
  find_base_phrases(document, mention_at, homes);
  // A place the text gives to one organization ("Germany's Nordwolke AG") is no other's base in that
  // sentence ("the French firm Celeste Data and Germany's Nordwolke AG"); nor is a country's name before
  // an organization's that modifies a noun its base ("Ukraine's NATO allies"). And an organization the
  // sentence says is based in one place is not based in another it names ("Safaricom, East Africa's
  // largest telecoms firm, is also based in Nairobi"), unless that one follows the first after a comma
  // ("based in Nairobi, Kenya": the enclosing place).
  const SentenceGroups homes_by_sentence(homes);
  const auto encloses = [&](const Relation& home, const Relation& relation) {
    if (home.object_mention < 0 || relation.object_mention < 0) return false;
    const Mention& inner = document.mentions[static_cast<std::size_t>(home.object_mention)];
    const Mention& outer = document.mentions[static_cast<std::size_t>(relation.object_mention)];
    return outer.token_begin == inner.token_end + 1 && document.token_text(inner.token_end) == ",";
  };
  std::erase_if(typed, [&](const Relation& relation) {
    if (relation.type != RelationType::BasedIn) return false;
    return modifies_after_possessive(document, relation) ||
           homes_by_sentence.any(relation.sentence, [&](const Relation& home) {
             if (home.type != RelationType::BasedIn) return false;
             if (home.object == relation.object) return home.subject != relation.subject;
             return home.subject == relation.subject && !encloses(home, relation);
           });
  });
  const SentenceGroups kept_by_sentence(typed);
  std::int32_t dropped_name = -1;  // the subject mention whose chain of places was dropped
  for (Relation& home : homes) {
    const auto same_place = [&](const Relation& relation) {
      return (relation.type == home.type || relation.type == RelationType::Role) && same_arguments(relation, home);
    };
    if (home.subject_mention == dropped_name) continue;
    // "President Ruto, of Kenya": the role says it; "Ali, of Karachi, Pakistan": the classifier did too.
    if (roles_by_sentence.any(home.sentence, same_place)) {
      dropped_name = home.subject_mention;
      continue;
    }
    if (kept_by_sentence.any(home.sentence, same_place) || clauses_by_sentence.any(home.sentence, same_place)) continue;
    home.predicate = std::string(
        default_predicate(home.type == RelationType::LivesIn ? RelationKind::LivesIn : RelationKind::BasedIn));
    home.score = kHomePhraseScore;
    typed.push_back(std::move(home));
  }
  std::vector<Relation> stated;
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    if (!merged[c] && clauses[c].type == RelationType::BasedIn) stated.push_back(clauses[c]);
  }
  add_enclosing_places(document, mention_at, typed, stated);
  out = std::move(typed);
  out.insert(out.end(), std::make_move_iterator(roles.begin()), std::make_move_iterator(roles.end()));
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    if (!merged[c]) out.push_back(std::move(clauses[c]));
  }
  // One relation per type, pair, predicate and sentence (a coordination can reach a pair twice).
  std::stable_sort(out.begin(), out.end(), [](const Relation& a, const Relation& b) {
    return std::tie(a.sentence, a.start, a.end) < std::tie(b.sentence, b.start, b.end);
  });
  std::vector<Relation> unique;
  unique.reserve(out.size());
  for (Relation& relation : out) {
    const std::ptrdiff_t recent = std::min<std::ptrdiff_t>(16, static_cast<std::ptrdiff_t>(unique.size()));
    const bool repeated = std::any_of(unique.rbegin(), unique.rbegin() + recent, [&](const Relation& r) {
      return r.sentence == relation.sentence && r.type == relation.type && r.subject == relation.subject &&
             r.object == relation.object && r.predicate == relation.predicate;
    });
    if (!repeated) unique.push_back(std::move(relation));
  }
  out = std::move(unique);
}

}  // namespace lede::relations
