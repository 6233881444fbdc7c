#include "events/speaker_phrase.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "document/dateline_credit.hpp"
#include "document/dep_labels.hpp"
#include "document/pos_tags.hpp"
#include "events/clause_words.hpp"
#include "lexicon/organization_nouns.hpp"
#include "lexicon/speech_verbs.hpp"
#include "lexicon/title_lexicon.hpp"
#include "text/ascii_case.hpp"
#include "text/quote_marks.hpp"
#include "text/word_lists.hpp"
#include "text/word_shape.hpp"

namespace lede::events {

using lexicon::speech_verb;
using lexicon::SpeechVerb;
namespace {

constexpr std::uint32_t kLongestPhrase = 12;

// Words between a subject and its verb that are not part of the subject.
bool is_verb_adverb(const Document& document, std::uint32_t token) {
  static constexpr std::string_view kWords[] = {
      "also",    "later",   "then",  "has",       "had",      "have",       "would",      "will",  "previously",
      "earlier", "further", "again", "once",      "recently", "repeatedly", "reportedly", "just",  "separately",
      "had",     "has",     "once",  "privately", "publicly", "told",       "only",       "simply"};
  for (const std::string_view word : kWords) {
    if (is_word(document, token, word)) return true;
  }
  return false;
}

bool ends_clause(const Document& document, std::uint32_t token) {
  static constexpr std::string_view kWords[] = {"and",  "but",     "that",  "who",   "which",  "while",    "as",
                                                "when", "because", "where", "after", "before", "although", "if"};
  for (const std::string_view word : kWords) {
    if (is_word(document, token, word)) return true;
  }
  return false;
}

// Whether `token`'s head chain reaches `root` within a few steps (a word of root's phrase).
bool hangs_from(const Document& document, std::uint32_t token, std::uint32_t root) {
  std::int32_t t = static_cast<std::int32_t>(token);
  for (int step = 0; step < 4 && t >= 0; ++step) {
    t = document.heads[static_cast<std::size_t>(t)];
    if (t == static_cast<std::int32_t>(root)) return true;
  }
  return false;
}

// The nominal subject of `verb` from the parse with the words that hang from it, when the words before
// the verb do not make a phrase ("Sharma, on her first visit to Moscow, said ...").
TokenRange subject_by_parse(const Document& document, std::uint32_t verb, std::uint32_t floor,
                            bool via_conjunct = true) {
  static const std::uint8_t nsubj = dep_label_from_name("nsubj").value_or(kNoLabel);
  static const std::uint8_t conj = dep_label_from_name("conj").value_or(kNoLabel);
  const std::uint32_t from = verb > floor + 40 ? verb - 40 : floor;
  for (std::uint32_t t = from; t < verb; ++t) {
    if (document.heads[t] != static_cast<std::int32_t>(verb) || base_label(document.deprels[t]) != nsubj) continue;
    // A "subject" inside a quote that closes before the verb is the parse misreading the quote ("called
    // it “a budget written in Washington” and said ..."): an odd number of quote marks between.
    std::uint32_t marks = 0;
    for (std::uint32_t q = t + 1; q < verb; ++q) marks += text::quote_mark(document, q) != text::QuoteMark::None;
    if (marks % 2 == 1) continue;
    std::uint32_t begin = t;
    while (begin > from && t - begin < kLongestPhrase && hangs_from(document, begin - 1, t)) --begin;
    std::uint32_t end = t + 1;
    while (end < verb && end - t < kLongestPhrase && hangs_from(document, end, t)) ++end;
    return TokenRange{begin, end};
  }
  // "praised the opener but said ...": a conjoined verb shares its first verb's subject; so does a
  // participle hanging from a verb before it ("defended the budget, telling lawmakers that ...").
  static const std::uint8_t advcl = dep_label_from_name("advcl").value_or(kNoLabel);
  const std::int32_t head = document.heads[verb];
  const std::uint8_t label = base_label(document.deprels[verb]);
  const bool shares_subject = label == conj || (label == advcl && document.token_text(verb).ends_with("ing"));
  if (via_conjunct && head >= 0 && static_cast<std::uint32_t>(head) < verb &&
      static_cast<std::uint32_t>(head) >= floor && shares_subject) {
    return subject_by_parse(document, static_cast<std::uint32_t>(head), floor, false);
  }
  return {};
}

// A speech verb ends a phrase read backwards only where it is used as a verb ("state news agency TASS
// reported" keeps "state").
bool is_verb_boundary(const Document& document, std::uint32_t token) {
  if (is_finite_verb(document, token)) return true;
  if (speech_verb(document.token_text(token)) == SpeechVerb::None) return false;
  return !document.has_pos() || is_verb_tag(document.xpos[token]);
}

bool is_name_mention(const Mention& mention) {
  return mention.type == EntityType::Person || mention.type == EntityType::Org || mention.type == EntityType::Gpe ||
         mention.type == EntityType::Norp;
}

// The words before the comma at `comma` back to the previous punctuation or clause boundary: "The
// company" in "The company, founded in 2019 by ...".
TokenRange head_before_comma(const Document& document, std::uint32_t comma, std::uint32_t floor) {
  std::uint32_t begin = comma;
  while (begin > floor && comma - begin < kLongestPhrase && !is_punctuation(document, begin - 1) &&
         !ends_clause(document, begin - 1) && !is_verb_boundary(document, begin - 1)) {
    --begin;
  }
  return TokenRange{begin, comma};
}

// The first of names joined by "and"/"or" (and commas) that ends with the name starting at `name`:
// "Harbourline Bank and Sahel Trust Bank", "X, Y and Z"; `name` itself when it is joined to none.
std::uint32_t first_joined_name(const Document& document, const std::vector<std::int32_t>& mention_at,
                                std::uint32_t name, std::uint32_t floor) {
  std::uint32_t first = name;
  while (first > floor + 1) {
    const std::uint32_t joint = first - 1;
    const bool joined = is_word(document, joint, "and") || is_word(document, joint, "or") ||
                        (document.token_text(joint) == "," && first != name);
    if (!joined) break;
    const std::int32_t m = mention_at[joint - 1];
    if (m < 0) break;
    const Mention& before = document.mentions[static_cast<std::size_t>(m)];
    if (!is_name_mention(before) || before.token_begin < floor) break;
    first = before.token_begin;
  }
  return first;
}

// "its director, Kari Nyborg, said": the name before the verb's comma, with the appositive before it.
std::uint32_t appositive_start(const Document& document, std::uint32_t name_start, std::uint32_t floor) {
  if (name_start <= floor + 1 || document.token_text(name_start - 1) != ",") return name_start;
  std::uint32_t t = name_start - 1;
  while (t > floor && name_start - t < 7) {
    const std::uint32_t before = t - 1;
    if (document.token_text(before) == ",") return t;
    if (is_punctuation(document, before) || is_verb_boundary(document, before) || ends_clause(document, before)) break;
    t = before;
  }
  return t == floor ? t : name_start;
}

// Whether the words from `token` on, set off by commas, describe the subject before them rather than
// name it: a relative clause ("who leads the CGT"), a participle ("speaking at a clinic in Kisumu") or a
// prepositional phrase ("on her first visit to Moscow"). An apposition that names ("the finance
// minister", "Pakistan's army chief") starts with a determiner, a noun or an adjective.
bool opens_a_description(const Document& document, std::uint32_t token) {
  if (is_word(document, token, "who") || is_word(document, token, "whose") || is_word(document, token, "which"))
    return true;
  if (!document.has_pos()) return false;
  const std::uint8_t upos = document.upos[token];
  return upos == kUposAdp || (upos == kUposVerb && document.token_text(token).ends_with("ing"));
}

// "Daer, who leads the CGT, said": a description between commas before the verb (opens_a_description)
// belongs to the subject before it; the phrase ends at its first comma (the CGT is no speaker). `end`:
// where the phrase would end.
std::uint32_t before_description(const Document& document, const std::vector<std::int32_t>& mention_at,
                                 std::uint32_t end, std::uint32_t floor) {
  if (end <= floor + 3 || document.token_text(end - 1) != ",") return end;
  // A description may be long ("who spoke on condition of anonymity because he was not authorised to
  // speak to the press"): it is looked for further back than a phrase reaches.
  constexpr std::uint32_t kLongestDescription = 32;
  for (std::uint32_t t = end - 2; t > floor && end - t < kLongestDescription; --t) {
    if (text::quote_mark(document, t) != text::QuoteMark::None || document.token_text(t) == ".") break;
    if (document.token_text(t) != ",") continue;
    if (opens_a_description(document, t + 1)) return t;
    // "Andrea Repetto, an economist at the Adolfo Ibáñez University, said": an apposition with an article
    // describes the name right before it, which is the source (the university is no speaker).
    // An adverb may come first: "Jamie Carragher, now a pundit for Sky Sports, said".
    std::uint32_t opener = t + 1;
    if (document.has_pos() && opener + 1 < end && document.upos[opener] == kUposAdv) ++opener;
    const bool article =
        is_word(document, opener, "a") || is_word(document, opener, "an") || is_word(document, opener, "the");
    const std::int32_t before = mention_at[t - 1];
    if (article && before >= 0 && is_name_mention(document.mentions[static_cast<std::size_t>(before)]) &&
        document.mentions[static_cast<std::size_t>(before)].token_end == t) {
      return t;
    }
    // "Martín Rapetti, director of the consultancy Equilibra, said": so does a title after a person's name.
    const std::int32_t after = mention_at[opener];
    const bool title = (after >= 0 && document.mentions[static_cast<std::size_t>(after)].type == EntityType::Title) ||
                       (lexicon::TitleLexicon::get().classes(document, opener, opener + 1) &
                        (lexicon::kTitleHead | lexicon::kTitleRole)) != 0;
    // "Thorsten Groeger, IG Metall's chief negotiator, accused": and a name's possessive opening it.
    const bool possessor =
        after >= 0 && is_name_mention(document.mentions[static_cast<std::size_t>(after)]) &&
        document.mentions[static_cast<std::size_t>(after)].token_end < end &&
        text::is_possessive_s(document.token_text(document.mentions[static_cast<std::size_t>(after)].token_end));
    if ((title || possessor) && before >= 0 &&
        document.mentions[static_cast<std::size_t>(before)].type == EntityType::Person &&
        document.mentions[static_cast<std::size_t>(before)].token_end == t) {
      return t;
    }
    return end;
  }
  return end;
}

// Whether `token` is a lowercase word other than a conjunction or preposition (the head a name before it
// modifies: "Western observers").
bool starts_common_noun(const Document& document, std::uint32_t token) {
  if (document.tokens[token].kind != TokenKind::Word) return false;
  const std::string_view word = document.token_text(token);
  if (word.empty() || !text::is_ascii_lower(word[0])) return false;
  if (document.has_pos()) return document.upos[token] == kUposNoun;
  return !ends_clause(document, token) && !starts_modifier(document, token) && word != "of" && word != "or";
}

constexpr std::uint32_t kDescriptionReach = 2;  // sentences back

// The entity of the latest person named (not a pronoun) in the phrase's sentence or the kDescriptionReach
// before it, before mention `before`, that `fits` accepts; -1 when none.
template <typename Fits>
std::int32_t latest_person(const Document& document, std::size_t before, std::uint32_t sentence, Fits&& fits) {
  for (std::size_t m = before; m-- > 0;) {
    const Mention& mention = document.mentions[m];
    if (document.sentence_of_token(mention.token_begin) + kDescriptionReach < sentence) break;
    if (mention.type == EntityType::Person && !mention.pronoun && mention.entity >= 0 && fits(mention.entity)) {
      return mention.entity;
    }
  }
  return -1;
}

// The first mention at or after `token` (mentions are in text order).
std::size_t mention_from(const Document& document, std::uint32_t token) {
  const auto found = std::lower_bound(document.mentions.begin(), document.mentions.end(), token,
                                      [](const Mention& m, std::uint32_t t) { return m.token_begin < t; });
  return static_cast<std::size_t>(found - document.mentions.begin());
}

// "the Brazilian said", "said the Basque": a nationality standing for a person, as sports and wire copy
// name the person just mentioned: the latest person named. -1 for anything but "the" and one singular
// NORP name.
std::int32_t person_of_epithet(const Document& document, const std::vector<std::int32_t>& mention_at,
                               TokenRange phrase) {
  if (phrase.end - phrase.begin != 2) return -1;
  const std::int32_t norp = mention_at[phrase.begin + 1];
  if (norp < 0) return -1;
  const Mention& nationality = document.mentions[static_cast<std::size_t>(norp)];
  if (nationality.type != EntityType::Norp || nationality.token_end != phrase.end ||
      document.token_text(phrase.begin + 1).ends_with("s")) {
    return -1;
  }
  return latest_person(document, static_cast<std::size_t>(norp), document.sentence_of_token(phrase.begin),
                       [](std::int32_t) { return true; });
}

// The words a holder's title may use for a description's head noun: "the premier" is the Prime Minister,
// "the envoy" the ambassador, "the PTI leader" its chairman. Any other title head stands for itself.
std::vector<std::string_view> title_words_for(std::string_view head) {
  if (head == "premier") return {"prime", "premier"};
  if (head == "envoy") return {"ambassador", "envoy", "commissioner"};
  if (head == "leader" || head == "boss")
    return {"leader", "chairman", "chairwoman", "chair", "chief", "head", "president"};
  if (head == "skipper") return {"captain", "skipper"};
  if (head == "coach" || head == "manager") return {"coach", "manager"};
  if (head == "judge") return {"judge", "justice", "magistrate"};
  return {head};
}

// Calls visit(word) for each space-separated word of `text`.
template <class Visit>
void for_each_word(std::string_view text, Visit&& visit) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t stop = text.find(' ', at);
    if (stop == std::string_view::npos) stop = text.size();
    visit(text.substr(at, stop - at));
    at = stop + 1;
  }
}

// Whether one of the entity's titles has one of `words` and every word of `modifiers` (all lowercase),
// case aside.
bool holds_title_with(const Entity& entity, const std::vector<std::string_view>& words,
                      const std::vector<std::string>& modifiers) {
  for (const std::string& title : entity.titles) {
    bool head = false;
    std::size_t found = 0;
    for_each_word(title, [&](std::string_view word) {
      head = head || text::is_one_of_ignoring_case(word, words);
      found +=
          static_cast<std::size_t>(std::count_if(modifiers.begin(), modifiers.end(), [&](const std::string& modifier) {
            return text::equals_folded(word, modifier);
          }));
    });
    if (head && found >= modifiers.size()) return true;
  }
  return false;
}

// Whether one of the entity's titles has one of `words` (lowercase), case aside.
bool holds_title_word(const Entity& entity, const std::vector<std::string_view>& words) {
  return holds_title_with(entity, words, {});
}

// "the minister said", "The premier said", "the PTI leader said": a definite title with no name, which
// the annotation leaves unmarked (a title is a mention only beside its holder), stands for the latest
// person named whose titles have its head word ("Federal Minister for Planning Ahsan Iqbal"); -1 when no
// recent person holds such a title (then "the spokesman" stays an unnamed source).
std::int32_t person_of_title(const Document& document, const std::vector<std::int32_t>& mention_at, TokenRange phrase) {
  if (phrase.end - phrase.begin < 2 || phrase.end - phrase.begin > 4) return -1;
  const std::uint32_t head = phrase.end - 1;
  if (mention_at[head] >= 0 || document.tokens[head].kind != TokenKind::Word) return -1;
  const lexicon::TitleLexicon& titles = lexicon::TitleLexicon::get();
  if ((titles.classes(document, head, head + 1) & (lexicon::kTitleHead | lexicon::kTitleRole)) == 0) return -1;
  // Between "the" and the head: modifiers of the title or names of whose it is, nothing else.
  for (std::uint32_t t = phrase.begin + 1; t < head; ++t) {
    // A word of a title of several ("prime" in "the prime minister") counts as a title word.
    if (mention_at[t] < 0 && titles.classes(document, t, t + 1) == 0 && titles.classes(document, t, head + 1) == 0)
      return -1;
  }
  const std::string folded = text::ascii_lower_copy(document.token_text(head));
  const std::vector<std::string_view> words = title_words_for(folded);
  const std::size_t from = mention_from(document, phrase.begin);
  const std::uint32_t sentence = document.sentence_of_token(phrase.begin);
  // "the chief justice": first a holder whose title has the modifiers too (Chief Justice Aamer Farooq, not
  // Justice Tariq Jahangiri named after him), then any holder of the head word.
  std::vector<std::string> modifiers;
  for (std::uint32_t t = phrase.begin + 1; t < head; ++t) {
    if (mention_at[t] < 0) modifiers.push_back(text::ascii_lower_copy(document.token_text(t)));
  }
  if (!modifiers.empty()) {
    const std::int32_t exact = latest_person(document, from, sentence, [&](std::int32_t entity) {
      return holds_title_with(document.entities[static_cast<std::size_t>(entity)], words, modifiers);
    });
    if (exact >= 0) return exact;
  }
  return latest_person(document, from, sentence, [&](std::int32_t entity) {
    return holds_title_word(document.entities[static_cast<std::size_t>(entity)], words);
  });
}

// Head nouns by which news refers back to a business it has named ("the company said", "the lender's
// board"), and those of public bodies ("the ministry said in a statement"). A business noun stands for
// the latest organization that is no public body; a public body's noun only for one whose name holds it
// ("the commission": the Corruption Eradication Commission; "the ministry" is not the shipping company
// named just before it).
using lexicon::is_business_noun;
using lexicon::is_public_body_noun;

// Whether an entity's name holds a public body's word ("Ministry of Finance", "Federal High Court").
bool names_a_public_body(const Entity& entity) {
  bool found = false;
  for_each_word(entity.name,
                [&](std::string_view word) { found = found || is_public_body_noun(text::ascii_lower_copy(word)); });
  return found;
}

// "The company said", "the state-owned lender said", "the commission said": a definite description with
// an organization's head noun stands for the latest fitting organization named in its sentence or the
// kDescriptionReach before it; -1 when none.
std::int32_t organization_of_description(const Document& document, const std::vector<std::int32_t>& mention_at,
                                         TokenRange phrase) {
  if (phrase.end - phrase.begin < 2 || phrase.end - phrase.begin > 4) return -1;
  const std::uint32_t head = phrase.end - 1;
  const std::string noun = text::ascii_lower_copy(document.token_text(head));
  const bool business = is_business_noun(noun);
  if (!business && !is_public_body_noun(noun)) return -1;
  for (std::uint32_t t = phrase.begin + 1; t < head; ++t) {
    if (mention_at[t] >= 0 || is_punctuation(document, t)) return -1;  // "the Intel company": a name's own
  }
  const auto fits = [&](const Entity& entity) {
    if (business) return !names_a_public_body(entity);
    return text::ascii_lower_copy(entity.name).find(noun) != std::string::npos;
  };
  const std::uint32_t sentence = document.sentence_of_token(phrase.begin);
  for (std::size_t m = mention_from(document, phrase.begin); m-- > 0;) {
    const Mention& mention = document.mentions[m];
    if (document.sentence_of_token(mention.token_begin) + kDescriptionReach < sentence) break;
    // Not the agency credited in the dateline ("BUENOS AIRES (Reuters) - ..., the bank said").
    if (mention.type != EntityType::Org || mention.entity < 0 || is_dateline_credit(document, mention)) continue;
    const Entity& entity = document.entities[static_cast<std::size_t>(mention.entity)];
    if (entity.type == EntityType::Org && fits(entity)) return mention.entity;
  }
  return -1;
}

// A definite description standing for a person or an organization named before it (person_of_epithet,
// person_of_title, organization_of_description).
std::int32_t entity_of_description(const Document& document, const std::vector<std::int32_t>& mention_at,
                                   TokenRange phrase) {
  if (phrase.end - phrase.begin < 2 || !is_word(document, phrase.begin, "the")) return -1;
  if (const std::int32_t person = person_of_epithet(document, mention_at, phrase); person >= 0) return person;
  if (const std::int32_t person = person_of_title(document, mention_at, phrase); person >= 0) return person;
  return organization_of_description(document, mention_at, phrase);
}

}  // namespace

namespace {

// "Baloch said, adding that ...", "said the spokesperson, noting that ...": a participle right after the
// comma that closes a clause of speech shares that clause's speaker. The parse finds this through the
// participle's head, but not when it misreads what follows ("adding that patience was running out"
// with "that patience" read as a noun phrase).
TokenRange subject_of_speech_before(const Document& document, const std::vector<std::int32_t>& mention_at,
                                    std::uint32_t participle, std::uint32_t floor);

// "Khattak called it “a budget written in Washington” and said ...": a verb after "and" or "but" shares
// the subject of the finite verb before it, found across a quote (whose words are not the clause's).
TokenRange subject_of_conjoined_verb(const Document& document, const std::vector<std::int32_t>& mention_at,
                                     std::uint32_t verb, std::uint32_t floor) {
  if (verb < floor + 2 || !(is_word(document, verb - 1, "and") || is_word(document, verb - 1, "but"))) return {};
  bool inside_quote = false;
  for (std::uint32_t t = verb - 1; t > floor && verb - t <= 40; --t) {
    const std::uint32_t before = t - 1;
    if (text::quote_mark(document, before) != text::QuoteMark::None) {
      inside_quote = !inside_quote;
      continue;
    }
    if (inside_quote) continue;
    if (is_word(document, before, "and") || is_word(document, before, "but") || ends_clause(document, before))
      return {};
    if (is_finite_verb(document, before)) return phrase_before(document, mention_at, before, floor);
  }
  return {};
}

TokenRange subject_of_speech_before(const Document& document, const std::vector<std::int32_t>& mention_at,
                                    std::uint32_t participle, std::uint32_t floor) {
  if (participle < floor + 3 || document.token_text(participle - 1) != "," ||
      !document.token_text(participle).ends_with("ing")) {
    return {};
  }
  const std::uint32_t comma = participle - 1;
  const auto speaks = [&](std::uint32_t t) {
    const SpeechVerb kind = speech_verb(document.token_text(t));
    return (kind == SpeechVerb::Speech || kind == SpeechVerb::Hearer) && is_verb_boundary(document, t);
  };
  if (speaks(comma - 1)) return phrase_before(document, mention_at, comma - 1, floor);
  // Inverted: the speech verb, then its speaker up to the comma.
  for (std::uint32_t t = comma - 1; t > floor && comma - t <= kLongestPhrase; --t) {
    if (is_punctuation(document, t) && mention_at[t] < 0) return {};
    if (speaks(t - 1)) return TokenRange{t, comma};
  }
  return {};
}

}  // namespace

TokenRange phrase_before(const Document& document, const std::vector<std::int32_t>& mention_at, std::uint32_t verb,
                         std::uint32_t floor) {
  std::uint32_t end = verb;
  while (end > floor && end + 3 > verb && is_verb_adverb(document, end - 1)) --end;
  end = before_description(document, mention_at, end, floor);
  std::uint32_t begin = end;
  while (begin > floor && end - begin < kLongestPhrase) {
    const std::uint32_t t = begin - 1;
    if (text::quote_mark(document, t) != text::QuoteMark::None) break;
    if (document.token_text(t) == ",") {
      // Apposition: "Rana, the finance minister, said", "the company's counsel, Robert Ashford, said" — a
      // name right before the comma is (or holds) the speaker.
      if (t > floor) {
        std::uint32_t name_end = t;
        // "Castaño, 47, told": an age between commas after the name.
        if (begin == end && t > floor + 2 && document.tokens[t - 1].kind == TokenKind::Number &&
            document.token_text(t - 2) == ",") {
          name_end = t - 2;
        }
        const std::int32_t m = mention_at[name_end - 1];
        if (m >= 0) {
          const Mention& mention = document.mentions[static_cast<std::size_t>(m)];
          const bool named = mention.type == EntityType::Person || (begin == end && is_name_mention(mention));
          if (named && mention.token_end == name_end && mention.token_begin >= floor) {
            // "Two lenders, Harbourline Bank and Sahel Trust Bank, said": joined names speak together; the
            // phrase holds them all, from the first, and its head noun before them.
            const std::uint32_t first = first_joined_name(document, mention_at, mention.token_begin, floor);
            // "The company, founded in 2019 by two engineers, X and Y, said", "The group, led by X, said":
            // names in a participle's phrase are its agents; the speaker is the noun it describes.
            for (std::uint32_t p = first; p > floor + 1 && first - p < kLongestPhrase; --p) {
              if (document.token_text(p - 1) != ",") continue;
              if (is_participle(document, p)) return head_before_comma(document, p - 1, floor);
              if (p - 1 < t && p - 1 != first - 1) break;  // another comma: not the participle's phrase
            }
            begin = appositive_start(document, first, floor);
          }
        }
      }
      break;
    }
    if (document.token_text(t) == ")") {  // "the Authority (NDMA) said": the bracket belongs to the name
      std::uint32_t open = t;
      while (open > floor && t - open < 6 && document.token_text(open) != "(") --open;
      if (document.token_text(open) != "(") break;
      begin = open;
      continue;
    }
    if (is_punctuation(document, t) && mention_at[t] < 0) break;
    if ((ends_clause(document, t) || is_verb_boundary(document, t)) && mention_at[t] < 0) break;
    --begin;
  }
  if (begin == end && document.has_parse()) {
    const TokenRange parsed = subject_by_parse(document, verb, floor);
    if (!parsed.empty()) return parsed;
  }
  if (begin == end) {
    const TokenRange shared = subject_of_conjoined_verb(document, mention_at, verb, floor);
    return shared.empty() ? subject_of_speech_before(document, mention_at, verb, floor) : shared;
  }
  return TokenRange{begin, end};
}

// "according to the Africa Centres for Disease Control and Prevention, ...": an "and" between capitalized
// words is a name's.
bool inside_a_name(const Document& document, std::uint32_t token, std::uint32_t limit) {
  return is_word(document, token, "and") && token > 0 && token + 1 < limit &&
         text::starts_uppercase(document.token_text(token - 1)) &&
         text::starts_uppercase(document.token_text(token + 1));
}

// "said chairman and chief executive Marco Provera": an "and" between two titles joins them into one post.
bool joins_two_titles(const Document& document, std::uint32_t token, std::uint32_t limit) {
  if (!is_word(document, token, "and") || token == 0 || token + 1 >= limit) return false;
  const lexicon::TitleLexicon& titles = lexicon::TitleLexicon::get();
  constexpr unsigned kTitleWord = lexicon::kTitleHead | lexicon::kTitleRole;
  std::uint16_t next_classes = 0;
  return (titles.classes(document, token - 1, token) & kTitleWord) != 0 &&
         titles.longest(document, token + 1, limit, next_classes) > token + 1 && (next_classes & kTitleWord) != 0;
}

TokenRange phrase_after(const Document& document, std::uint32_t start, std::uint32_t limit) {
  if (start < limit && starts_modifier(document, start) && !is_word(document, start, "that")) {
    return TokenRange{start, start};  // "said in a statement": no speaker after the verb
  }
  std::uint32_t end = start;
  while (end < limit && end - start < kLongestPhrase) {
    if (is_punctuation(document, end) || text::quote_mark(document, end) != text::QuoteMark::None) break;
    if (end > start && (ends_clause(document, end) || is_finite_verb(document, end)) &&
        !joins_two_titles(document, end, limit) && !inside_a_name(document, end, limit))
      break;
    if (is_word(document, end, "on") || is_word(document, end, "in") || is_word(document, end, "at") ||
        is_word(document, end, "during")) {
      // "said Rana on Tuesday", "told reporters in Islamabad": the circumstance is not the speaker, but
      // "sources in the ministry" keeps it when nothing named came before.
      if (end > start) break;
    }
    ++end;
  }
  return TokenRange{start, end};
}

TokenRange with_apposed_name(const Document& document, const std::vector<std::int32_t>& mention_at, TokenRange phrase,
                             std::uint32_t limit) {
  if (phrase.empty() || phrase.end + 2 >= limit || document.token_text(phrase.end) != ",") return phrase;
  const auto is_person = [&](std::int32_t m) {
    return m >= 0 && document.mentions[static_cast<std::size_t>(m)].type == EntityType::Person;
  };
  for (std::uint32_t t = phrase.begin; t < phrase.end; ++t) {
    if (is_person(mention_at[t])) return phrase;
  }
  // An honorific or title the name leaves out may stand before it ("Dr", "Syed", "Colonel").
  std::uint32_t first = phrase.end + 1;
  while (first < limit && first < phrase.end + 3 && !is_person(mention_at[first]) &&
         text::starts_with_capital(document.token_text(first))) {
    ++first;
  }
  if (first >= limit) return phrase;
  const std::int32_t name = mention_at[first];
  if (!is_person(name)) return phrase;
  const Mention& mention = document.mentions[static_cast<std::size_t>(name)];
  if (mention.token_begin != first) return phrase;
  if (mention.token_end < limit && document.token_text(mention.token_end) != ",") return phrase;
  return TokenRange{phrase.begin, mention.token_end};
}

Speaker speaker_of(const Document& document, const std::vector<std::int32_t>& mention_at, TokenRange phrase) {
  Speaker speaker;
  speaker.phrase = phrase;
  std::int32_t title = -1;
  std::int32_t other = -1;
  if (phrase.empty()) return speaker;
  // "Blinken met President Xi Jinping, who said ...": a relative pronoun speaks for the name before its comma.
  if (phrase.end == phrase.begin + 1 && phrase.begin >= 2 &&
      (is_word(document, phrase.begin, "who") || is_word(document, phrase.begin, "which")) &&
      document.token_text(phrase.begin - 1) == "," && mention_at[phrase.begin - 2] >= 0) {
    const auto antecedent = static_cast<std::size_t>(mention_at[phrase.begin - 2]);
    const Mention& mention = document.mentions[antecedent];
    if (mention.entity >= 0 && is_name_mention(mention)) {
      speaker.mention = static_cast<std::int32_t>(antecedent);
      speaker.entity = mention.entity;
      return speaker;
    }
  }
  if (const std::int32_t described = entity_of_description(document, mention_at, phrase); described >= 0) {
    speaker.entity = described;  // no mention of its names the source: the phrase stays as written
    return speaker;
  }
  // "KPK deputy for enforcement Rudi Hartono said": a person's name ending the phrase is its head; so is
  // one in apposition before the verb's comma ("His lawyer, Maria Siregar, said": not "His").
  // Not one of two joined names ("Two council members, Tom Kowalski and Janelle Whitebird, voted").
  std::uint32_t phrase_last = phrase.end - 1;
  if (phrase_last > phrase.begin && document.token_text(phrase_last) == ",") --phrase_last;
  if (const std::int32_t last = mention_at[phrase_last]; last >= 0) {
    const Mention& mention = document.mentions[static_cast<std::size_t>(last)];
    const bool joined = mention.token_begin > phrase.begin && (is_word(document, mention.token_begin - 1, "and") ||
                                                               is_word(document, mention.token_begin - 1, "or"));
    // "A spokeswoman for President Emmanuel Macron said": a name (with its title) right after a preposition
    // is whom the source speaks for, not the source; but "a letter from Marwan Jilani" is his.
    std::uint32_t name_begin = mention.token_begin;
    if (name_begin > phrase.begin && mention_at[name_begin - 1] >= 0 &&
        document.mentions[static_cast<std::size_t>(mention_at[name_begin - 1])].type == EntityType::Title)
      name_begin = document.mentions[static_cast<std::size_t>(mention_at[name_begin - 1])].token_begin;
    const bool object_of_preposition = name_begin > phrase.begin && starts_modifier(document, name_begin - 1) &&
                                       document.token_text(name_begin - 1) != "," &&
                                       !is_word(document, name_begin - 1, "from");
    if (mention.type == EntityType::Person && mention.entity >= 0 && !joined && !object_of_preposition) {
      speaker.mention = last;
      speaker.entity = mention.entity;
      return speaker;
    }
  }
  for (std::uint32_t t = phrase.begin; t < phrase.end;) {
    const std::int32_t m = mention_at[t];
    if (m < 0) {
      if (starts_modifier(document, t)) break;
      ++t;
      continue;
    }
    const Mention& mention = document.mentions[static_cast<std::size_t>(m)];
    // "Her spokesman said": a possessive before the head noun is whose source it is, not the source.
    const bool possessive_pronoun =
        mention.pronoun && mention.token_end < phrase.end &&
        (is_word(document, mention.token_begin, "his") || is_word(document, mention.token_begin, "her") ||
         is_word(document, mention.token_begin, "their") || is_word(document, mention.token_begin, "its"));
    if (possessive_pronoun) {
      t = mention.token_end;
      continue;
    }
    if (mention.entity >= 0 && !is_rule_type(mention.type)) {
      // "Punjab’s health department", "Tusk’s office": a possessor names whose source it is, not the source.
      const bool possessor = mention.token_end + 1 < phrase.end && (document.token_text(mention.token_end) == "'s" ||
                                                                    document.token_text(mention.token_end) == "’s");
      if (mention.type == EntityType::Person && !possessor) {
        speaker.mention = m;
        break;
      }
      // "Western observers", "Ministry officials": a name before a common noun modifies it; the source is
      // whoever the noun is, unnamed.
      const bool modifier = mention.token_end < phrase.end && starts_common_noun(document, mention.token_end);
      if (mention.type == EntityType::Title) {
        // "The Istanbul prosecutor's office said": the office speaks, unnamed.
        if (title < 0 && !possessor) title = m;
      } else if (other < 0 && !possessor && !modifier) {
        other = m;
      }
    }
    t = mention.token_end;
  }
  if (speaker.mention < 0) speaker.mention = title >= 0 ? title : other;
  if (speaker.mention >= 0) speaker.entity = document.mentions[static_cast<std::size_t>(speaker.mention)].entity;
  // "A spokeswoman for the European Commission said": an indefinite title nobody in the text holds is an
  // unnamed source, given by the whole phrase, not an entity of its own. ("The military spokesman said"
  // keeps its title's entity: the text may name its holder later.)
  const bool indefinite = is_word(document, phrase.begin, "a") || is_word(document, phrase.begin, "an");
  if (indefinite && speaker.entity >= 0 &&
      document.entities[static_cast<std::size_t>(speaker.entity)].type == EntityType::Title) {
    speaker.entity = -1;
    speaker.mention = -1;
  }
  return speaker;
}

void attribute_quote(Quote& quote, const Document& document, const std::vector<std::int32_t>& mention_at,
                     TokenRange phrase) {
  const Speaker speaker = speaker_of(document, mention_at, phrase);
  quote.speaker = speaker.entity;
  quote.speaker_mention = speaker.mention;
  if (speaker.mention >= 0) {
    const Mention& m = document.mentions[static_cast<std::size_t>(speaker.mention)];
    quote.speaker_start = document.mention_start(m);
    quote.speaker_end = document.mention_end(m);
  } else {
    // The phrase as a reader names the source: without the comma that ended an apposition before the verb.
    std::uint32_t last = phrase.end - 1;
    while (last > phrase.begin && is_punctuation(document, last)) --last;
    quote.speaker_start = document.tokens[phrase.begin].start;
    quote.speaker_end = document.tokens[last].end;
  }
}

}  // namespace lede::events
