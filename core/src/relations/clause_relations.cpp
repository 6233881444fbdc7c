#include "relations/clause_relations.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>

#include "document/dep_labels.hpp"
#include "document/pos_tags.hpp"
#include "text/ascii_case.hpp"
#include "text/quote_marks.hpp"
#include "text/word_lists.hpp"

namespace lede::relations {
namespace {

// Scores of pattern relations: the parse is right about most clauses, a pronoun less sure.
constexpr float kTypedPatternScore = 0.85F;
constexpr float kOpenScore = 0.7F;
// A pathological parse (a verb with hundreds of conjoined subjects) must not make the stage quadratic.
constexpr std::size_t kMaxArguments = 16;

bool is_person_or_org(EntityType type) { return type == EntityType::Person || type == EntityType::Org; }
bool is_place(EntityType type) { return type == EntityType::Gpe || type == EntityType::Loc || type == EntityType::Fac; }

// An actor of politics and conflict news: a person, an organization, a country, a people.
bool is_actor(EntityType type) { return is_person_or_org(type) || type == EntityType::Gpe || type == EntityType::Norp; }

// The politics and conflict relation a verb states of its direct object (../shared/DESIGN.md "Relation
// types"): "attacked X", "backed X", "condemned X", "accused X", "called X". A verb with a particle
// ("call on", "back down") is another verb.
std::optional<RelationType> conflict_verb_type(std::string_view lemma) {
  if (text::is_one_of(lemma, {"attack", "strike", "bomb", "shell", "raid", "invade", "ambush", "fight"}))
    return RelationType::Attacked;
  if (text::is_one_of(lemma, {"back", "support", "endorse", "defend", "champion"})) return RelationType::Supports;
  if (text::is_one_of(lemma, {"condemn", "criticize", "criticise", "denounce", "sanction", "threaten", "pressure",
                              "oppose", "slam", "blast", "rebuke", "censure", "castigate", "lambast", "lambaste",
                              "decry", "deplore", "chide", "berate"}))
    return RelationType::Opposes;
  if (text::is_one_of(lemma, {"accuse", "blame", "charge"})) return RelationType::Accused;
  if (text::is_one_of(lemma, {"call", "phone", "telephone", "tell"})) return RelationType::CommunicatedWith;
  return std::nullopt;
}

// The same stated through a preposition: "clashed with X", "sided with X", "spoke to X", "wrote to X".
std::optional<RelationType> conflict_oblique_type(std::string_view lemma, std::string_view preposition) {
  if (lemma == "clash" && preposition == "with") return RelationType::Attacked;
  if (((lemma == "side" || lemma == "ally" || lemma == "stand") && preposition == "with") ||
      (lemma == "vote" && preposition == "for"))
    return RelationType::Supports;
  // "lashed out at X", "hit out at X", "railed against X", "voted against X".
  if (((lemma == "lash" || lemma == "hit") && preposition == "at") ||
      (text::is_one_of(lemma, {"rail", "vote", "campaign", "protest"}) && preposition == "against"))
    return RelationType::Opposes;
  if ((lemma == "speak" && (preposition == "to" || preposition == "with")) || (lemma == "write" && preposition == "to"))
    return RelationType::CommunicatedWith;
  return std::nullopt;
}

// What such a relation's object may be: anything named for an attack ("bombed Kyiv"), an actor otherwise.
bool takes_object(RelationType type, EntityType object) {
  return type == RelationType::Attacked ? is_actor(object) || is_place(object) : is_actor(object);
}

// Whether an organization is a news outlet by its name: one of the big agencies and broadcasters, or a
// name ending in a word only outlets end in ("Sky Sports", "the Washington Post", "Geo News"). Telling
// one is giving an interview ("Guardiola told Sky Sports", "told Reuters"), not communicating with a
// party to the news.
bool names_a_news_outlet(const Document& document, const Mention& mention) {
  if (mention.token_end <= mention.token_begin) return false;
  const std::string_view last = document.token_text(mention.token_end - 1);
  if (text::is_one_of(last,
                      {"News",     "Times",     "Post",    "Press",     "Sports",  "TV",      "Radio",   "Television",
                       "Journal",  "Herald",    "Tribune", "Telegraph", "Gazette", "Daily",   "Channel", "Broadcasting",
                       "Magazine", "Newspaper", "Monitor", "Chronicle", "Express", "Observer"}))
    return true;
  return mention.token_end - mention.token_begin <= 2 &&
         text::is_one_of(
             document.token_text(mention.token_begin),
             {"Reuters", "AFP",      "AP",    "BBC", "CNN", "Bloomberg", "Xinhua", "TASS", "Interfax", "NHK", "Yonhap",
              "Kyodo",   "ANI",      "PTI",   "NPR", "PBS", "CNBC",      "Fox",    "eNCA", "SABC",     "Al",  "Anadolu",
              "IRNA",    "Politico", "Axios", "Sky", "ABC", "CBS",       "NBC",    "RIA",  "DW"});
}

// Nouns that make a light verb a meeting ("hold talks with", "have a meeting with").
bool is_meeting_noun(std::string_view lemma) {
  return text::is_one_of(lemma, {"talk", "talks", "meeting", "discussion", "negotiation", "consultation", "summit"});
}
// Verbs whose object noun belongs in the predicate ("hold talks with", "sign an agreement with").
bool is_light_verb(std::string_view lemma) {
  return text::is_one_of(lemma, {"hold", "have", "sign", "reach", "conduct", "make", "take", "give", "hold"});
}

struct Argument {
  std::int32_t mention = -1;
  std::uint32_t token = 0;
};

// Reused from verb to verb, so reading a clause allocates nothing once they have grown.
struct ClauseBuffers {
  std::vector<std::uint32_t> tokens;
  std::vector<std::uint32_t> obliques;
  std::vector<std::uint32_t> expanded;
  std::vector<Argument> subjects;
  std::vector<Argument> objects;
  std::vector<Argument> partners;
  std::vector<std::uint32_t> scratch;
};

class ClauseReader {
 public:
  ClauseReader(const Document& document, const parse::DependencyIndex& index, const MentionAtToken& mention_at,
               std::vector<Relation>& out)
      : document_(document),
        index_(index),
        mention_at_(mention_at),
        out_(out),
        verb_tag_(upos_from_name("VERB").value_or(kNoTag)) {}

  void read(std::uint32_t verb);
  bool is_verb(std::uint32_t token) const { return document_.upos[token] == verb_tag_; }
  // Whether a verb takes a clause of what is to be done ("called on the government to act").
  bool urges(std::uint32_t verb) const {
    for (const std::uint32_t child : index_.children(verb)) {
      if (base_label(index_.label(child)) == kXcomp) return true;
    }
    return false;
  }

 private:
  std::string lemma(std::uint32_t token) const {
    return text::ascii_lower_copy(document_.has_pos() ? document_.lemma(token) : document_.token_text(token));
  }
  // The argument mention a token stands for, or -1: its own mention, or for a relative pronoun heading
  // nothing ("who", "which") the noun its clause modifies.
  std::int32_t argument_at(std::uint32_t token, std::uint32_t verb) const {
    std::int32_t m = mention_at_(token);
    if (m < 0 && index_.label(verb) == kAclRelcl && index_.head(verb) >= 0 &&
        text::is_one_of(text::ascii_lower_copy(document_.token_text(token)), {"who", "which", "that"})) {
      m = mention_at_(static_cast<std::uint32_t>(index_.head(verb)));
    }
    if (!is_argument(document_, m)) return -1;
    // A held title right before its holder's name ("president Donald Trump") stands for the name, and so
    // does the organization or place whose title it is ("Tesla Chief Executive Elon Musk met ...", which
    // the parse may head with "Tesla").
    const auto next = static_cast<std::size_t>(m) + 1;
    const Mention& mention = document_.mentions[static_cast<std::size_t>(m)];
    if (mention.type != EntityType::Title && next < document_.mentions.size() &&
        document_.mentions[next].type == EntityType::Title &&
        document_.mentions[next].token_begin == mention.token_end) {
      const std::int32_t holder = held_title_holder(next);
      return holder >= 0 ? holder : m;
    }
    if (mention.type == EntityType::Title) {
      const std::int32_t holder = held_title_holder(static_cast<std::size_t>(m));
      if (holder >= 0) return holder;
    }
    return m;
  }
  // The name right after title mention `title` when the title is that name's holder's, or -1.
  std::int32_t held_title_holder(std::size_t title) const {
    const auto next = title + 1;
    const Mention& mention = document_.mentions[title];
    if (next < document_.mentions.size() && mention.entity >= 0 && document_.mentions[next].entity == mention.entity &&
        document_.mentions[next].token_begin == mention.token_end) {
      return static_cast<std::int32_t>(next);
    }
    return -1;
  }
  // "Cabal, a senator from the opposition, accused Petro of ...": a past form after a comma with an
  // object of its own, which the parse hung on the apposition as a participle ("a senator accused ...");
  // a participle that modifies a noun takes no direct object, so the noun is the verb's subject.
  void misparsed_subject(std::uint32_t verb, std::vector<std::uint32_t>& out) {
    static const std::uint8_t vbd = xpos_from_name("VBD").value_or(kNoTag);
    static const std::uint8_t vbn = xpos_from_name("VBN").value_or(kNoTag);
    if (verb == 0 || index_.label(verb) != kAcl || document_.token_text(verb - 1) != "," || index_.head(verb) < 0)
      return;
    if (document_.xpos[verb] != vbd && document_.xpos[verb] != vbn) return;
    buffers_.scratch.clear();
    parse::objects(index_, verb, buffers_.scratch);
    if (buffers_.scratch.empty()) return;
    out.push_back(static_cast<std::uint32_t>(index_.head(verb)));
  }

  // Whether a politics or conflict relation takes this object: its type (takes_object), and no news
  // outlet for a communication ("told Reuters" is an interview).
  bool takes(RelationType type, EntityType object_type, const Argument& object) const {
    return takes_object(type, object_type) &&
           !(type == RelationType::CommunicatedWith &&
             names_a_news_outlet(document_, document_.mentions[static_cast<std::size_t>(object.mention)]));
  }

  // Appends the mentions of the tokens and of their conjuncts.
  void collect(std::span<const std::uint32_t> tokens, std::uint32_t verb, std::vector<Argument>& into) {
    for (const std::uint32_t token : tokens) {
      buffers_.expanded.clear();
      parse::conjuncts(index_, token, buffers_.expanded);
      for (const std::uint32_t t : buffers_.expanded) {
        const std::int32_t m = argument_at(t, verb);
        if (m < 0 || into.size() >= kMaxArguments) continue;
        const bool seen = std::any_of(into.begin(), into.end(), [&](const Argument& a) { return a.mention == m; });
        if (!seen) into.push_back({m, t});
      }
    }
  }
  void emit(RelationType type, const Argument& subject, const Argument& object, std::uint32_t verb,
            std::string predicate, bool negated, float score);

  const Document& document_;
  const parse::DependencyIndex& index_;
  const MentionAtToken& mention_at_;
  std::vector<Relation>& out_;
  std::uint8_t verb_tag_;
  ClauseBuffers buffers_;
  bool met_found_ = false;  // the current verb gave a "with" meeting through the parse
};

void ClauseReader::emit(RelationType type, const Argument& subject, const Argument& object, std::uint32_t verb,
                        std::string predicate, bool negated, float score) {
  const Mention& s = document_.mentions[static_cast<std::size_t>(subject.mention)];
  const Mention& o = document_.mentions[static_cast<std::size_t>(object.mention)];
  if (s.entity == o.entity) return;
  const bool symmetric = type == RelationType::Met;
  const bool swap = symmetric && o.token_begin < s.token_begin;
  Relation relation = make_relation(document_, type, swap ? object.mention : subject.mention,
                                    swap ? subject.mention : object.mention, verb, verb);
  relation.predicate = std::move(predicate);
  relation.negated = negated;
  relation.score = score * (s.pronoun ? s.score : 1.0F) * (o.pronoun ? o.score : 1.0F);
  out_.push_back(std::move(relation));
}

void ClauseReader::read(std::uint32_t verb) {
  const std::string verb_lemma = lemma(verb);
  std::string base = verb_lemma;
  for (const std::uint32_t child : index_.children(verb)) {
    if (index_.label(child) == kCompoundPrt) base += " " + lemma(child);
  }
  const bool passive = parse::is_passive(index_, verb);
  const std::optional<std::uint32_t> agent = passive ? parse::agent(index_, verb) : std::nullopt;
  const bool negated = parse::is_negated(index_, verb);
  // The agent's token, or a value no token has (compared as a plain number: no optional in the loops).
  const std::uint32_t agent_token = agent ? *agent : UINT32_MAX;

  // Subjects and objects, with the passive turned active.
  buffers_.subjects.clear();
  buffers_.objects.clear();
  buffers_.tokens.clear();
  if (agent) {
    collect(std::span(&*agent, 1), verb, buffers_.subjects);
    parse::subjects(index_, verb, buffers_.tokens);
    collect(buffers_.tokens, verb, buffers_.objects);
  } else {
    parse::subjects_shared(index_, verb, buffers_.tokens);
    if (buffers_.tokens.empty()) misparsed_subject(verb, buffers_.tokens);
    collect(buffers_.tokens, verb, buffers_.subjects);
    buffers_.tokens.clear();
    parse::objects(index_, verb, buffers_.tokens);
    collect(buffers_.tokens, verb, buffers_.objects);
  }
  if (buffers_.subjects.empty()) return;
  const std::string voice = passive && !agent ? "be " : "";

  // A non-entity object noun: a light verb's noun ("talks"), whose own "with X" counts as the verb's.
  std::optional<std::uint32_t> object_noun;
  buffers_.tokens.clear();
  parse::objects(index_, verb, buffers_.tokens);
  for (const std::uint32_t t : buffers_.tokens) {
    if (mention_at_(t) < 0) {
      object_noun = t;
      break;
    }
  }
  const std::string object_lemma = object_noun ? lemma(*object_noun) : "";
  // The noun as written joins the predicate ("hold talks with", not "hold talk with").
  const std::string object_word = object_noun ? text::ascii_lower_copy(document_.token_text(*object_noun)) : "";
  met_found_ = false;
  const bool meeting = verb_lemma == "meet" || (is_light_verb(verb_lemma) && is_meeting_noun(object_lemma)) ||
                       (verb_lemma == "talk" || verb_lemma == "confer");

  // The complement marker after an entity object: "accuse X of", "thank X for".
  std::string complement;
  for (const std::uint32_t child : index_.children(verb)) {
    const std::uint8_t label = base_label(index_.label(child));
    if ((label != kObl && label != kAdvcl) || mention_at_(child) >= 0 || child == agent_token) continue;
    const std::optional<std::uint32_t> marker = parse::case_marker(index_, child);
    if (!marker) continue;
    const std::string word = text::ascii_lower_copy(document_.token_text(*marker));
    if (text::is_one_of(word, {"of", "for", "against", "from", "over", "about", "on"})) {
      complement = " " + word;
      break;
    }
  }

  // "called it “the second-best news”", "called him a liar": naming, not a call. Its object is what is
  // named (a pronoun that the resolver may have tied to any place before it), so no relation at all.
  if (verb_lemma == "call") {
    for (const std::uint32_t child : index_.children(verb)) {
      const std::uint8_t label = base_label(index_.label(child));
      if (label == kXcomp || label == kCcomp || text::quote_mark(document_, child) != text::QuoteMark::None) return;
    }
    for (std::uint32_t t = verb + 1; t < verb + 4 && t < document_.tokens.size(); ++t) {
      if (text::quote_mark(document_, t) != text::QuoteMark::None) return;
    }
  }

  // Subject - object.
  for (const Argument& s : buffers_.subjects) {
    const EntityType s_type = argument_entity_type(document_, s.mention);
    for (const Argument& o : buffers_.objects) {
      const EntityType o_type = argument_entity_type(document_, o.mention);
      if ((verb_lemma == "meet" || verb_lemma == "host") && is_person_or_org(s_type) && is_person_or_org(o_type) &&
          !voice.size()) {
        emit(RelationType::Met, s, o, verb, verb_lemma, negated, kTypedPatternScore);
      } else if (((verb_lemma == "receive" && base == verb_lemma) || (base == "call on" && !urges(verb))) &&
                 s_type == EntityType::Person && o_type == EntityType::Person && voice.empty()) {
        // "Dar received the Saudi ambassador": a visitor received is met (a thing received is no person);
        // "called on Premier Li Qiang" (the particle read as such) is a courtesy visit.
        emit(RelationType::Met, s, o, verb, base, negated, kTypedPatternScore);
      } else if ((verb_lemma == "visit" || verb_lemma == "tour") && is_person_or_org(s_type) && is_place(o_type)) {
        emit(RelationType::Visited, s, o, verb, verb_lemma, negated, kTypedPatternScore);
      } else if (const auto typed = base == verb_lemma ? conflict_verb_type(verb_lemma) : std::nullopt;
                 typed && voice.empty() && is_actor(s_type) && takes(*typed, o_type, o)) {
        emit(*typed, s, o, verb, base + complement, negated, kTypedPatternScore);
      } else {
        emit(RelationType::Open, s, o, verb, voice + base + complement, negated, kOpenScore);
      }
    }
  }

  // Subject - prepositional object: the verb's obliques, and the "with X" of a light verb's noun.
  buffers_.tokens.clear();
  parse::obliques(index_, verb, buffers_.tokens);
  const std::size_t verb_obliques = buffers_.tokens.size();
  if (object_noun) {
    for (const std::uint32_t child : index_.children(*object_noun)) {
      if (base_label(index_.label(child)) == kNmod) buffers_.tokens.push_back(child);
    }
  }
  buffers_.obliques.assign(buffers_.tokens.begin(), buffers_.tokens.end());
  for (std::size_t i = 0; i < buffers_.obliques.size(); ++i) {
    const std::uint32_t oblique = buffers_.obliques[i];
    if (oblique == agent_token) continue;
    const std::optional<std::uint32_t> marker = parse::case_marker(index_, oblique);
    if (!marker) continue;  // bare temporal and other unmarked obliques name no partner
    const std::string preposition = text::ascii_lower_copy(document_.token_text(*marker));
    if (preposition == "'s") continue;
    std::vector<Argument>& partners = buffers_.partners;
    partners.clear();
    collect(std::span(&oblique, 1), verb, partners);
    const bool on_noun = i >= verb_obliques;
    for (const Argument& s : buffers_.subjects) {
      const EntityType s_type = argument_entity_type(document_, s.mention);
      for (const Argument& o : partners) {
        const EntityType o_type = argument_entity_type(document_, o.mention);
        const bool with = preposition == "with";
        if (meeting && with && is_person_or_org(s_type) && is_person_or_org(o_type) && voice.empty()) {
          const std::string predicate =
              object_noun && is_light_verb(verb_lemma) ? base + " " + object_word + " with" : base + " with";
          emit(RelationType::Met, s, o, verb, predicate, negated, kTypedPatternScore);
          met_found_ = true;
        } else if (verb_lemma == "call" && preposition == "on" && !on_noun && s_type == EntityType::Person &&
                   o_type == EntityType::Person && voice.empty() && !urges(verb)) {
          // "called on Premier Li Qiang": a courtesy visit; "called on X to act" urges X instead.
          emit(RelationType::Met, s, o, verb, "call on", negated, kTypedPatternScore);
        } else if (((verb_lemma == "arrive" && (preposition == "in" || preposition == "at")) ||
                    (verb_lemma == "travel" && preposition == "to")) &&
                   is_person_or_org(s_type) && is_place(o_type)) {
          emit(RelationType::Visited, s, o, verb, base + " " + preposition, negated, kTypedPatternScore);
        } else if (const auto typed = conflict_oblique_type(verb_lemma, preposition);
                   typed && voice.empty() && !on_noun && is_actor(s_type) && takes(*typed, o_type, o)) {
          emit(*typed, s, o, verb, base + " " + preposition, negated, kTypedPatternScore);
        } else if ((verb_lemma == "base" || verb_lemma == "headquarter") && preposition == "in" &&
                   s_type == EntityType::Org && is_place(o_type)) {
          // "Acme Corp. is based in Denver", "headquartered in": the classifier's based_in, stated outright.
          emit(RelationType::BasedIn, s, o, verb, verb_lemma == "base" ? "based in" : "headquartered in", negated,
               kTypedPatternScore);
        } else {
          const bool keep_noun = object_noun && (on_noun || is_light_verb(verb_lemma));
          emit(RelationType::Open, s, o, verb, voice + base + (keep_noun ? " " + object_word : "") + " " + preposition,
               negated, kOpenScore);
        }
      }
    }
  }

  // "held talks with U.S. president Donald Trump" when the parse lost the "with" phrase (it often hangs
  // it off a title): the first person or organization after "with" right behind the meeting noun.
  if (meeting && object_noun && !met_found_) {
    const Sentence& sentence = document_.sentences[document_.sentence_of_token(verb)];
    std::uint32_t t = *object_noun + 1;
    if (t < sentence.token_end && text::ascii_lower_copy(document_.token_text(t)) == "with") {
      for (++t; t < sentence.token_end && t < *object_noun + 10; ++t) {
        if (document_.tokens[t].kind == TokenKind::Punct || is_verb(t)) break;
        const std::int32_t m = argument_at(t, verb);
        if (m < 0 || !is_person_or_org(argument_entity_type(document_, m))) continue;
        const std::string predicate = is_light_verb(verb_lemma) ? base + " " + object_word + " with" : base + " with";
        for (const Argument& s : buffers_.subjects) {
          if (is_person_or_org(argument_entity_type(document_, s.mention))) {
            emit(RelationType::Met, s, {m, t}, verb, predicate, negated, kTypedPatternScore);
          }
        }
        break;
      }
    }
  }

  // "X and Y met": coordinated subjects of a meeting verb with no partner named apart.
  if (verb_lemma == "meet" && buffers_.objects.empty() && buffers_.subjects.size() > 1) {
    for (std::size_t a = 0; a < buffers_.subjects.size(); ++a) {
      for (std::size_t b = a + 1; b < buffers_.subjects.size(); ++b) {
        if (!is_person_or_org(argument_entity_type(document_, buffers_.subjects[a].mention)) ||
            !is_person_or_org(argument_entity_type(document_, buffers_.subjects[b].mention))) {
          continue;
        }
        emit(RelationType::Met, buffers_.subjects[a], buffers_.subjects[b], verb, "meet", negated, kTypedPatternScore);
      }
    }
  }
}

// "her first visit to Moscow", "Putin's trip to India": a visit noun with a possessor and a "to" place.
void read_visit_noun(const Document& document, const parse::DependencyIndex& index, const MentionAtToken& mention_at,
                     std::uint32_t noun, std::vector<Relation>& out) {
  const std::optional<std::uint32_t> owner = parse::possessor(index, noun);
  if (!owner) return;
  const std::int32_t visitor = mention_at(*owner);
  if (!is_argument(document, visitor) || !is_person_or_org(argument_entity_type(document, visitor))) return;
  for (const std::uint32_t child : index.children(noun)) {
    if (base_label(index.label(child)) != kNmod) continue;
    const std::optional<std::uint32_t> marker = parse::case_marker(index, child);
    if (!marker || text::ascii_lower_copy(document.token_text(*marker)) != "to") continue;
    const std::int32_t place = mention_at(child);
    if (!is_argument(document, place) || !is_place(argument_entity_type(document, place))) continue;
    const Mention& v = document.mentions[static_cast<std::size_t>(visitor)];
    if (v.entity == document.mentions[static_cast<std::size_t>(place)].entity) continue;
    Relation relation = make_relation(document, RelationType::Visited, visitor, place, noun, noun);
    relation.predicate = "visit";
    relation.score = kTypedPatternScore * (v.pronoun ? v.score : 1.0F);
    out.push_back(std::move(relation));
  }
}

}  // namespace

void find_clause_relations(const Document& document, const parse::DependencyIndex& index,
                           const MentionAtToken& mention_at, std::vector<Relation>& out) {
  if (!index.parsed() || !document.has_pos()) return;
  ClauseReader reader(document, index, mention_at, out);
  const std::uint8_t noun_tag = upos_from_name("NOUN").value_or(kNoTag);
  for (std::uint32_t t = 0; t < document.tokens.size(); ++t) {
    if (reader.is_verb(t)) {
      reader.read(t);
    } else if (document.upos[t] == noun_tag) {
      const std::string_view word = document.lemma(t);
      if (word == "visit" || word == "trip") read_visit_noun(document, index, mention_at, t, out);
    }
  }
}

}  // namespace lede::relations
