#include "events/reported_speech.hpp"

#include <algorithm>

#include "document/pos_tags.hpp"
#include "events/clause_words.hpp"
#include "events/speaker_phrase.hpp"
#include "lexicon/calendar_words.hpp"
#include "lexicon/speech_verbs.hpp"
#include "text/ascii_case.hpp"
#include "text/quote_marks.hpp"
#include "text/sentence_tokens.hpp"
#include "text/word_lists.hpp"

namespace lede::events {

using lexicon::speech_verb;
using lexicon::SpeechVerb;
namespace {

constexpr std::uint32_t kReachToThat = 8;  // "said in a statement on Tuesday that"

// The sentence's words without its closing punctuation.
std::uint32_t content_end(const Document& document, const Sentence& sentence) {
  std::uint32_t end = sentence.token_end;
  while (end > sentence.token_begin && is_punctuation(document, end - 1)) --end;
  return end;
}

bool is_verb_here(const Document& document, std::uint32_t token) {
  if (!document.has_pos()) return true;  // rules only: trust the lexicon
  const std::string_view upos = upos_name(document.upos[token]);
  return upos == "VERB" || upos == "AUX";
}

// A DATE that is one weekday's name ("Thursday"), as AP writes the day of saying right after the verb.
bool is_weekday_date(const Document& document, const Mention& mention) {
  if (mention.type != EntityType::Date || mention.token_end != mention.token_begin + 1) return false;
  const text::SentenceTokens tokens(document, mention.token_begin, mention.token_end);
  return lexicon::weekday_at(tokens, mention.token_begin) != nullptr;
}

// "said on Monday they would merge", "said Thursday its profit rose": the time of saying, skipped before
// the claim.
std::uint32_t skip_time_phrase(const Document& document, const std::vector<std::int32_t>& mention_at,
                               std::uint32_t token, std::uint32_t end) {
  if (token < end && mention_at[token] >= 0) {
    const Mention& bare = document.mentions[static_cast<std::size_t>(mention_at[token])];
    if (bare.token_begin == token && bare.token_end < end && is_weekday_date(document, bare)) return bare.token_end;
  }
  if (token + 1 >= end || !(is_word(document, token, "on") || is_word(document, token, "in"))) return token;
  const std::int32_t m = mention_at[token + 1];
  if (m < 0) return token;
  const Mention& mention = document.mentions[static_cast<std::size_t>(m)];
  if (mention.type != EntityType::Date && mention.type != EntityType::Time) return token;
  return mention.token_end;
}

// Where the nearest quote mark after a token and the nearest "and"/"but" before it are, computed once
// per document: a long sentence of "X said that Y said that ..." would otherwise scan the rest of the
// sentence for each of its claims.
struct ClaimLandmarks {
  std::vector<std::uint32_t> next_quote;            // the first quote mark at or after t (token count: none)
  std::vector<std::uint32_t> previous_conjunction;  // the last "and"/"but" before t (UINT32_MAX: none)
  // The first comma at or after t that opens another clause of the sentence ("..., while X claimed ...",
  // "..., citing Y", "..., adding that ..."): a claim ends there (token count: none).
  std::vector<std::uint32_t> next_clause_comma;

  explicit ClaimLandmarks(const Document& document) {
    const auto count = static_cast<std::uint32_t>(document.tokens.size());
    next_quote.assign(count + 1, count);
    next_clause_comma.assign(count + 1, count);
    for (std::uint32_t t = count; t-- > 0;) {
      next_quote[t] = text::quote_mark(document, t) != text::QuoteMark::None ? t : next_quote[t + 1];
      const bool opens = t + 1 < count && document.token_text(t) == "," &&
                         (is_word(document, t + 1, "while") || is_word(document, t + 1, "whereas") ||
                          is_word(document, t + 1, "citing") || is_word(document, t + 1, "adding"));
      next_clause_comma[t] = opens ? t : next_clause_comma[t + 1];
    }
    previous_conjunction.assign(count + 1, UINT32_MAX);
    for (std::uint32_t t = 0; t < count; ++t) {
      const bool conjunction = is_word(document, t, "but") || is_word(document, t, "and");
      previous_conjunction[t + 1] = conjunction ? t : previous_conjunction[t];
    }
  }

  // The first quote mark in [begin, end), or end.
  std::uint32_t first_quote_mark(std::uint32_t begin, std::uint32_t end) const {
    return begin >= end ? end : std::min(next_quote[begin], end);
  }
};

// A claim ends before a comma that opens another clause ("that the IMF programme was on track, while
// lawmakers claimed ..."). A claim that runs into a direct quote stops at the "and"/"but" before it ("said
// the price looked fair but warned that ... “has sunk better banks”"); without one it is the quote's, not a
// claim of its own.
std::uint32_t claim_end_before_quote(const Document& document, const ClaimLandmarks& landmarks, std::uint32_t begin,
                                     std::uint32_t end) {
  if (begin < end && landmarks.next_clause_comma[begin] < end) end = landmarks.next_clause_comma[begin];
  const std::uint32_t mark = landmarks.first_quote_mark(begin, end);
  if (mark == end) return end;
  const std::uint32_t conjunction = landmarks.previous_conjunction[mark];
  if (conjunction == UINT32_MAX || conjunction <= begin) return begin;
  std::uint32_t claim_end = conjunction;
  while (claim_end > begin && is_punctuation(document, claim_end - 1)) --claim_end;
  return claim_end;
}

// "told reporters", "told Reuters", "told a news conference", "told German radio", "told Boston television
// stations", "warned them": where the hearer after a verb that names one ends (an object pronoun, or an
// article, a name, adjectives and nouns, with a name or a noun among them), or `token` when none is there.
// Only with the POS model: without it nothing marks a noun.
std::uint32_t hearer_end(const Document& document, const std::vector<std::int32_t>& mention_at, std::uint32_t token,
                         std::uint32_t end) {
  if (token >= end || !document.has_pos()) return token;
  if (text::is_one_of(text::ascii_lower_copy(document.token_text(token)), {"him", "her", "them", "us", "me"}))
    return token + 1;
  std::uint32_t t = token;
  if (document.upos[t] == kUposDet) ++t;
  bool head = false;
  if (t < end && mention_at[t] >= 0) {
    const Mention& mention = document.mentions[static_cast<std::size_t>(mention_at[t])];
    if (mention.token_begin != t || is_rule_type(mention.type)) return token;
    t = mention.token_end;
    head = true;
  }
  while (t < end && t - token < 4 && document.upos[t] == kUposAdj && mention_at[t] < 0) ++t;
  const std::uint32_t nouns = t;
  while (t < end && t - nouns < 2 && document.upos[t] == kUposNoun && mention_at[t] < 0) ++t;
  return head || t > nouns ? t : token;
}

// The verbs that name a hearer and may go straight on with what was said, without "that": "told
// reporters the talks had failed", "warned investors the rally would not last", "assured lawmakers ...".
bool reports_after_hearer(std::string_view verb) {
  const std::string lower = text::ascii_lower_copy(verb);
  return text::is_one_of(
      lower, {"told", "tells", "tell", "telling", "warned", "warns", "assured", "assures", "reminded", "informed"});
}

// "said at least 12 people were arrested", "said about 200 had fled": a claim may open with an amount,
// whose first word would otherwise read as a preposition that starts a modifier of the verb ("said at the
// meeting").
bool opens_amount(const Document& document, std::uint32_t token, std::uint32_t end) {
  std::uint32_t number = token + 1;
  if (token + 1 < end && ((is_word(document, token, "at") &&
                           (is_word(document, token + 1, "least") || is_word(document, token + 1, "most"))) ||
                          (is_word(document, token, "up") && is_word(document, token + 1, "to")))) {
    number = token + 2;
  } else if (!text::is_one_of(text::ascii_lower_copy(document.token_text(token)),
                              {"about", "around", "over", "under", "nearly", "almost", "roughly"})) {
    return false;
  }
  return number < end && (document.tokens[number].kind == TokenKind::Number ||
                          (document.has_pos() && document.upos[number] == kUposNum));
}

// Whether [begin, end) has a finite verb of its own: outside a relative clause set off by commas ("said the
// seven men, who freed their hostages, would appear" has one; "announced the verdict at Adiala jail, where
// Khan has been held" has a verb only in the relative clause, and is no claim).
bool has_finite_verb(const Document& document, std::uint32_t begin, std::uint32_t end) {
  if (!document.has_pos()) return end > begin + 1;
  for (std::uint32_t t = begin; t < end; ++t) {
    if (is_finite_verb(document, t)) return true;
    if (document.token_text(t) == "," && t + 1 < end &&
        text::is_one_of(text::ascii_lower_copy(document.token_text(t + 1)),
                        {"where", "who", "which", "whose", "when"})) {
      // The clause runs to its closing comma; without one it ends the sentence.
      std::uint32_t close = t + 2;
      while (close < end && document.token_text(close) != ",") ++close;
      if (close >= end) return false;
      t = close;
    }
  }
  return false;
}

// Whether a claim with no finite verb by its tags still opens with a clause: a subject pronoun or a short
// noun phrase, then a word tagged as a verb's other forms. The tagger reads some past tenses after a
// subject as a base form or a participle ("said it shot down 45 drones", "said the company expected
// demand to remain firm"); a participle followed by "by" is a reduced relative, not the clause's verb.
bool opens_untagged_clause(const Document& document, std::uint32_t claim, std::uint32_t end) {
  if (!document.has_pos() || claim + 1 >= end) return false;
  std::uint32_t t = claim;
  const std::string lower = text::ascii_lower_copy(document.token_text(t));
  if (text::is_one_of(lower, {"it", "he", "she", "they", "we", "i", "you"})) {
    ++t;
  } else if (text::is_one_of(lower, {"the", "a", "an", "its", "his", "her", "their", "our"})) {
    ++t;
    const std::uint32_t phrase_start = t;
    while (t < end && t - phrase_start < 3 &&
           (document.upos[t] == kUposNoun || document.upos[t] == kUposPropn || document.upos[t] == kUposAdj))
      ++t;
    if (t == phrase_start) return false;
  } else {
    return false;
  }
  if (t < end && document.upos[t] == kUposAdv) ++t;
  if (t >= end || document.upos[t] != kUposVerb || document.token_text(t).ends_with("ing")) return false;
  return t + 1 >= end || !is_word(document, t + 1, "by");
}

// Whether the claim's first finite verb opens an adverbial clause after a comma, so that the words before
// it are a noun phrase the speech verb acts on, not a clause it reports: "The Senate confirmed the
// nomination of Olayemi Cardoso as governor, days after President Bola Tinubu sent his name".
bool verb_only_in_adverbial_clause(const Document& document, std::uint32_t claim, std::uint32_t end) {
  std::uint32_t comma = UINT32_MAX;
  for (std::uint32_t t = claim; t < end; ++t) {
    if (document.token_text(t) == ",") comma = t;
    if (!is_finite_verb(document, t)) continue;
    if (comma == UINT32_MAX) return false;
    // The subordinator opens what follows the comma, perhaps after a word of time ("days after", "shortly
    // before"); one further on belongs to an apposition ("the intervention, the first since the U.S. and
    // allies decided ..., was").
    std::uint32_t opener = comma + 1;
    while (opener + 1 < t && opener < comma + 3 &&
           text::is_one_of(text::ascii_lower_copy(document.token_text(opener)),
                           {"a", "two", "three", "day", "days", "weeks", "months", "years", "hours", "minutes",
                            "shortly", "soon", "just", "moments"}))
      ++opener;
    return opener < t &&
           text::is_one_of(text::ascii_lower_copy(document.token_text(opener)),
                           {"after", "before", "when", "while", "since", "until", "because", "although", "though"});
  }
  return false;
}

// Where a relative clause whose verb is `verb` ends: at the comma after which the main clause's finite verb
// comes (perhaps after an adverb), else at `end`. A comma before anything else is the claim's own ("who said
// the plan, which was approved in May, would fail").
std::uint32_t relative_clause_end(const Document& document, std::uint32_t verb, std::uint32_t end) {
  for (std::uint32_t t = verb + 1; t + 1 < end; ++t) {
    if (document.token_text(t) != ",") continue;
    std::uint32_t next = t + 1;
    if (document.has_pos() && next + 1 < end && document.upos[next] == kUposAdv) ++next;
    if (is_finite_verb(document, next)) return t;
  }
  return end;
}

AttributedQuote make_claim(const Document& document, const std::vector<std::int32_t>& mention_at, std::uint32_t cue,
                           TokenRange phrase, std::uint32_t begin, std::uint32_t end, std::uint32_t sentence) {
  AttributedQuote out;
  Quote& quote = out.quote;
  quote.indirect = true;
  quote.start = document.tokens[begin].start;
  quote.end = document.tokens[end - 1].end;
  quote.sentence = sentence;
  attribute_quote(quote, document, mention_at, phrase);
  out.cue = cue;
  return out;
}

}  // namespace

std::vector<AttributedQuote> find_reported_speech(const Document& document, const std::vector<std::int32_t>& mention_at,
                                                  const std::vector<std::uint32_t>& direct_cues) {
  std::vector<AttributedQuote> claims;
  const ClaimLandmarks landmarks(document);
  const auto is_direct_cue = [&](std::uint32_t token) {
    return std::binary_search(direct_cues.begin(), direct_cues.end(), token);
  };
  for (std::uint32_t s = 0; s < document.sentences.size(); ++s) {
    const Sentence& sentence = document.sentences[s];
    const std::uint32_t begin = sentence.token_begin;
    const std::uint32_t end = content_end(document, sentence);
    for (std::uint32_t v = begin; v < end; ++v) {
      // According to X, CLAIM. / CLAIM, according to X.
      if (is_word(document, v, "according") && v + 1 < end && is_word(document, v + 1, "to")) {
        const TokenRange phrase = with_apposed_name(document, mention_at, phrase_after(document, v + 2, end), end);
        if (phrase.empty()) break;
        if (v == begin && phrase.end + 1 < end && document.token_text(phrase.end) == ",") {
          claims.push_back(make_claim(document, mention_at, v, phrase, phrase.end + 1, end, s));
        } else if (v > begin + 1 && document.token_text(v - 1) == ",") {
          claims.push_back(make_claim(document, mention_at, v, phrase, begin, v - 1, s));
        }
        break;
      }
      const SpeechVerb kind = speech_verb(document.token_text(v));
      if (kind == SpeechVerb::None || kind == SpeechVerb::Naming || mention_at[v] >= 0 || is_direct_cue(v)) continue;
      if (!is_verb_here(document, v) && !(v + 1 < end && is_word(document, v + 1, "that"))) continue;
      if (v > begin && is_word(document, v - 1, "to")) continue;  // "declined to say"
      // "has not said whether ...", "never said": nothing is reported.
      const auto negates = [&](std::uint32_t t) {
        return is_word(document, t, "not") || is_word(document, t, "n't") || is_word(document, t, "never");
      };
      if ((v > begin && negates(v - 1)) || (v > begin + 1 && negates(v - 2))) continue;
      // "who asked not to be named", "told to leave": no words are reported.
      if (v + 1 < end && (is_word(document, v + 1, "not") || is_word(document, v + 1, "to"))) continue;
      TokenRange subject = phrase_before(document, mention_at, v, begin);
      // "CLAIM, residents and aid workers said": joined sources after the claim's comma speak together.
      if (!subject.empty() && subject.begin > begin + 2 &&
          (is_word(document, subject.begin - 1, "and") || is_word(document, subject.begin - 1, "or"))) {
        std::uint32_t t = subject.begin - 1;
        while (t > begin && subject.begin - t <= 5 && !is_punctuation(document, t - 1) &&
               !is_finite_verb(document, t - 1))
          --t;
        if (t > begin + 1 && t < subject.begin - 1 && document.token_text(t - 1) == ",") subject.begin = t;
      }
      // CLAIM, X said [on Tuesday after the meeting]. / CLAIM, said X.
      const auto ends_its_clause = [&](std::uint32_t from) {
        std::uint32_t after = from;
        while (after < end && after < from + 12 && !is_punctuation(document, after) &&
               !is_finite_verb(document, after) && !is_word(document, after, "that")) {
          ++after;
        }
        return after == end || is_punctuation(document, after);
      };
      // Not a relative clause on what stands before the comma: "The United States, which has pledged $200
      // million for the mission, said ..." reports nothing with "pledged".
      const bool relative =
          !subject.empty() &&
          text::is_one_of(text::ascii_lower_copy(document.token_text(subject.begin)), {"who", "which", "that", "whom"});
      if (!subject.empty() && !relative && subject.begin > begin + 1 && document.token_text(subject.begin - 1) == "," &&
          ends_its_clause(v + 1) && landmarks.first_quote_mark(begin, subject.begin) == subject.begin) {
        claims.push_back(make_claim(document, mention_at, v, subject, begin, subject.begin - 1, s));
        break;
      }
      if (subject.empty() && v > begin + 1 && document.token_text(v - 1) == ",") {
        const TokenRange inverted = phrase_after(document, v + 1, end);
        if (!inverted.empty() && ends_its_clause(inverted.end) && landmarks.first_quote_mark(begin, v) == v) {
          claims.push_back(make_claim(document, mention_at, v, inverted, begin, v - 1, s));
          break;
        }
      }
      if (subject.empty()) continue;
      // X said (that) CLAIM. / X told reporters that CLAIM. A relative clause's claim ends where the clause
      // does ("Edberg, who has said this will be his last Grand Slam event, said ..."; "Iran, which denies
      // the allegations, urged ..." reports no claim with "denies").
      const std::uint32_t clause_end = relative ? relative_clause_end(document, v, end) : end;
      std::uint32_t that = v + 1;
      while (that < clause_end && that < v + 1 + kReachToThat && !is_word(document, that, "that") &&
             !is_punctuation(document, that) && !is_finite_verb(document, that)) {
        ++that;
      }
      if (that < clause_end && is_word(document, that, "that") && that + 1 < clause_end) {
        const std::uint32_t claim_end = claim_end_before_quote(document, landmarks, that + 1, clause_end);
        if (claim_end > that + 1)
          claims.push_back(make_claim(document, mention_at, v, subject, that + 1, claim_end, s));
        continue;
      }
      // X said CLAIM. / X told reporters [on Monday] CLAIM.
      std::uint32_t claim_begin = v + 1;
      if (kind == SpeechVerb::Hearer) {
        const std::uint32_t hearer = hearer_end(document, mention_at, v + 1, clause_end);
        if (hearer == v + 1 || !reports_after_hearer(document.token_text(v))) continue;
        claim_begin = hearer;
      }
      const std::uint32_t claim = skip_time_phrase(document, mention_at, claim_begin, clause_end);
      if (claim < clause_end && !is_punctuation(document, claim) &&
          (!starts_modifier(document, claim) || opens_amount(document, claim, clause_end)) &&
          (has_finite_verb(document, claim + 1, clause_end) || opens_untagged_clause(document, claim, clause_end)) &&
          !verb_only_in_adverbial_clause(document, claim, clause_end)) {
        const std::uint32_t claim_end = claim_end_before_quote(document, landmarks, claim, clause_end);
        if (claim_end > claim) claims.push_back(make_claim(document, mention_at, v, subject, claim, claim_end, s));
        continue;
      }
    }
  }
  return claims;
}

}  // namespace lede::events
