#include "events/quote_attribution.hpp"

#include "document/pos_tags.hpp"
#include "events/clause_words.hpp"
#include "events/speaker_phrase.hpp"
#include "lexicon/speech_verbs.hpp"

namespace lede::events {

using lexicon::speech_verb;
using lexicon::SpeechVerb;
namespace {

constexpr std::uint32_t kAfterWindow = 16;   // tokens read after a closing mark
constexpr std::uint32_t kBeforeWindow = 30;  // tokens read before an opening mark

struct Cue {
  std::uint32_t token = UINT32_MAX;
  TokenRange phrase;
};

bool is_cue_verb(const Document& document, std::uint32_t token, bool naming_allowed) {
  const SpeechVerb kind = speech_verb(document.token_text(token));
  if (kind == SpeechVerb::None || (kind == SpeechVerb::Naming && !naming_allowed)) return false;
  if (token > 0 && is_word(document, token - 1, "to")) return false;  // "declined to say"
  return true;
}

// Whether a conjunction that joins a clause of its own stands in [from, to): "called the bill “a
// disgrace,” while Sen. Lindsey Graham said" has Graham's attribution, not the quote's.
bool opens_another_clause(const Document& document, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t t = from; t < to; ++t) {
    if (is_word(document, t, "while") || is_word(document, t, "whereas") || is_word(document, t, "but")) return true;
  }
  return false;
}

bool starts_relative_clause(const Document& document, std::uint32_t token) {
  return is_word(document, token, "who") || is_word(document, token, "which") || is_word(document, token, "whose") ||
         is_word(document, token, "whom");
}

bool is_according_to(const Document& document, std::uint32_t token) {
  return token + 1 < document.tokens.size() && is_word(document, token, "according") &&
         is_word(document, token + 1, "to");
}

// “...,” he said. / “...,” said X. / “...,” according to X.
Cue cue_after(const Document& document, const std::vector<std::int32_t>& mention_at, std::uint32_t close) {
  const auto n = static_cast<std::uint32_t>(document.tokens.size());
  if (close + 1 >= n) return {};
  const Sentence& sentence = document.sentences[document.sentence_of_token(close)];
  std::uint32_t limit = sentence.token_end;
  if (limit > close + 1 + kAfterWindow) limit = close + 1 + kAfterWindow;
  std::uint32_t first = close + 1;
  while (first < limit && is_punctuation(document, first) && text::quote_mark(document, first) == text::QuoteMark::None)
    ++first;
  for (std::uint32_t t = first; t < limit; ++t) {
    if (text::quote_mark(document, t) != text::QuoteMark::None) break;  // the next part of a broken quote
    // A relative clause set off by commas inside the subject ("a police official, who requested
    // anonymity, said") has a verb of its own: read on after its closing comma.
    if (t > first && is_word(document, t - 1, ",") && starts_relative_clause(document, t)) {
      std::uint32_t comma = t + 1;
      while (comma < limit && !is_word(document, comma, ",")) ++comma;
      if (comma == limit) break;
      t = comma;
      continue;
    }
    if (is_according_to(document, t)) {
      return Cue{t, with_apposed_name(document, mention_at, phrase_after(document, t + 2, limit), limit)};
    }
    if (!is_cue_verb(document, t, false)) {
      if (is_finite_verb(document, t)) break;  // another verb first: not an attribution
      continue;
    }
    // “...” and said ...: a new clause with a subject of its own before, not this quote's attribution.
    if (t > first && (is_word(document, t - 1, "and") || is_word(document, t - 1, "but"))) break;
    // “...,” while X said ...: another clause, joined by a conjunction, attributes its own words.
    if (opens_another_clause(document, first, t)) break;
    TokenRange phrase = phrase_before(document, mention_at, t, first);
    if (phrase.empty()) phrase = phrase_after(document, t + 1, limit);
    if (speech_verb(document.token_text(t)) == SpeechVerb::Hearer && phrase.begin > t) return {};  // "told X": X hears
    return Cue{t, phrase};
  }
  return {};
}

// The verb whose subject a cue verb after "and"/"but" shares: an earlier speech verb it is coordinated with
// ("Beltrán said the group was ready but warned that “...”": the subject of "said", not of "was"), else
// the nearest earlier finite verb; for any other cue verb, the verb itself.
std::uint32_t shared_subject_verb(const Document& document, std::uint32_t verb, std::uint32_t begin) {
  if (verb < begin + 2 || !(is_word(document, verb - 1, "but") || is_word(document, verb - 1, "and"))) return verb;
  // An earlier speech verb first; else the nearest earlier finite verb ("accused X of “...” and said").
  // Words quoted in between are skipped.
  std::uint32_t finite = verb;
  bool quoted = false;
  for (std::uint32_t t = verb - 1; t > begin;) {
    --t;
    if (text::quote_mark(document, t) != text::QuoteMark::None) {
      quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    if (is_cue_verb(document, t, false)) return t;
    if (finite == verb && is_finite_verb(document, t)) finite = t;
  }
  return finite;
}

// Where a look back from `at` stops: `begin`, but not before `floor` (never into the quote before) nor
// more than kBeforeWindow tokens back (a huge sentence of quotes stays linear).
std::uint32_t look_back_start(std::uint32_t begin, std::uint32_t floor, std::uint32_t at) {
  if (begin < floor) begin = floor;
  if (at > kBeforeWindow && begin < at - kBeforeWindow) begin = at - kBeforeWindow;
  return begin;
}

// X said: “...” / According to X, “...” / X said the plan was “dead on arrival”.
Cue cue_before(const Document& document, const std::vector<std::int32_t>& mention_at, std::uint32_t open,
               std::uint32_t floor) {
  const std::uint32_t sentence_index = document.sentence_of_token(open);
  std::uint32_t begin = document.sentences[sentence_index].token_begin;
  // “X said:” may end a sentence (and a paragraph) of its own before the quote.
  if (begin == open && sentence_index > 0) {
    const Sentence& previous = document.sentences[sentence_index - 1];
    if (document.token_text(previous.token_end - 1) == ":") begin = previous.token_begin;
  }
  begin = look_back_start(begin, floor, open);
  for (std::uint32_t t = open; t > begin;) {
    --t;
    if (text::quote_mark(document, t) != text::QuoteMark::None) break;
    if (is_according_to(document, t)) {
      return Cue{t, with_apposed_name(document, mention_at, phrase_after(document, t + 2, open), open)};
    }
    if (!is_cue_verb(document, t, true)) continue;
    // The earlier verb may stand before the quote before this one (the floor): its subject is still this
    // clause's ("accused Lindner of “...” and said he had “...”").
    const std::uint32_t clause_begin = look_back_start(document.sentences[sentence_index].token_begin, 0, t);
    const std::uint32_t shared = shared_subject_verb(document, t, clause_begin);
    TokenRange phrase = phrase_before(document, mention_at, shared, shared == t ? begin : clause_begin);
    if (phrase.empty()) {
      // Inverted only when the source stands right before the quote: Said Rana: “...”
      phrase = phrase_after(document, t + 1, open);
      std::uint32_t gap = phrase.end;
      while (gap < open && is_punctuation(document, gap)) ++gap;
      if (speech_verb(document.token_text(t)) != SpeechVerb::Speech || gap != open) return {};
    }
    return Cue{t, phrase};
  }
  return {};
}

// The subject phrase of the finite verb nearest before `open` in its sentence, or an empty range.
TokenRange subject_of_clause_before(const Document& document, const std::vector<std::int32_t>& mention_at,
                                    std::uint32_t open, std::uint32_t floor) {
  const std::uint32_t begin =
      look_back_start(document.sentences[document.sentence_of_token(open)].token_begin, floor, open);
  // "Thorsten Groeger, IG Metall's chief negotiator, accused Volkswagen management of “playing with
  // fire”": after an apposition's comma the tagger often reads the past tense as a participle. Such a
  // participle stands for the finite verb when the clause has none.
  std::uint32_t participle_after_comma = UINT32_MAX;
  for (std::uint32_t t = open; t > begin;) {
    --t;
    if (text::quote_mark(document, t) != text::QuoteMark::None) break;
    if (is_finite_verb(document, t)) return phrase_before(document, mention_at, t, begin);
    if (participle_after_comma == UINT32_MAX && t > begin && document.token_text(t - 1) == "," &&
        is_participle(document, t) && !document.token_text(t).ends_with("ing"))
      participle_after_comma = t;
  }
  if (participle_after_comma != UINT32_MAX) return phrase_before(document, mention_at, participle_after_comma, begin);
  return {};
}

// The subject of the sentence right before an unattributed quote, in the same paragraph, when it is a person
// (by name or by a pronoun the resolver linked) and the sentence quotes nobody; empty otherwise.
TokenRange narrating_person_before(const Document& document, const std::vector<std::int32_t>& mention_at,
                                   const text::QuotedSpan& span, std::uint32_t floor) {
  if (span.open == 0 || document.tokens[span.open].paragraph_before) return {};
  const std::uint32_t end = span.open - 1;  // the sentence's final mark
  const std::string_view mark = document.token_text(end);
  if (mark != "." && mark != "?" && mark != "!") return {};
  const Sentence& sentence = document.sentences[document.sentence_of_token(end)];
  if (sentence.token_begin < floor) return {};
  // The subject of the sentence's first finite verb: its main clause's, not that of a clause it reports
  // ("Syria said Prime Minister Benjamin Netanyahu was preparing for war. “...”" is Syria's).
  // A clause a subordinator opens ("Asked whether she would stay in Miami, she paused") runs to its comma;
  // a verb with no subject before it ("Asked") is passed over.
  TokenRange subject;
  bool subordinate = false;
  for (std::uint32_t t = sentence.token_begin; t < end; ++t) {
    if (text::quote_mark(document, t) != text::QuoteMark::None) return {};
    if (document.has_pos() && document.upos[t] == kUposSconj) subordinate = true;
    if (document.token_text(t) == ",") subordinate = false;
    if (subject.empty() && !subordinate && is_finite_verb(document, t))
      subject = phrase_before(document, mention_at, t, sentence.token_begin);
  }
  if (subject.empty()) return {};
  const Speaker speaker = speaker_of(document, mention_at, subject);
  if (speaker.entity < 0 || document.entities[static_cast<std::size_t>(speaker.entity)].type != EntityType::Person)
    return {};
  return subject;
}

// “The Last Ferry to Værøy”, “Salt Roads”: quote marks around a title, not around speech. Only asked of
// quotes with no cue: every word capitalized (short function words aside), at most eight words.
bool looks_like_title(const Document& document, const text::QuotedSpan& span) {
  std::uint32_t words = 0;
  for (std::uint32_t t = span.open + 1; t < span.close; ++t) {
    if (document.tokens[t].kind != TokenKind::Word) continue;
    const std::string_view text = document.token_text(t);
    const bool small = text.size() <= 3 && text[0] >= 'a' && text[0] <= 'z';
    if (!small && !(text[0] >= 'A' && text[0] <= 'Z') && static_cast<unsigned char>(text[0]) < 0x80) return false;
    if (++words > 8) return false;
  }
  return words > 0;
}

std::uint32_t paragraph_breaks_between(const Document& document, std::uint32_t from, std::uint32_t to) {
  std::uint32_t breaks = 0;
  for (std::uint32_t t = from + 1; t <= to && breaks < 2; ++t) breaks += document.tokens[t].paragraph_before ? 1 : 0;
  return breaks;
}

}  // namespace

std::vector<AttributedQuote> attribute_quotes(const Document& document, const std::vector<std::int32_t>& mention_at,
                                              const std::vector<text::QuotedSpan>& spans) {
  std::vector<AttributedQuote> quotes;
  quotes.reserve(spans.size());
  std::uint32_t floor = 0;  // never read back into the previous quote
  std::uint32_t previous_close = 0;
  for (const text::QuotedSpan& span : spans) {
    Cue cue = cue_after(document, mention_at, span.close);
    // "Burhan vowed to “crush the rebellion”, according to state television": words quoted inside a
    // clause of speech are its subject's; "according to" sources the report around them.
    const bool inside_a_clause = span.open > 0 && !is_punctuation(document, span.open - 1);
    if (cue.token != UINT32_MAX && is_according_to(document, cue.token) && inside_a_clause) {
      const Cue before = cue_before(document, mention_at, span.open, floor);
      if (before.token != UINT32_MAX && !before.phrase.empty() && !is_according_to(document, before.token))
        cue = before;
    }
    if (cue.token == UINT32_MAX) cue = cue_before(document, mention_at, span.open, floor);
    const std::uint32_t after_previous_quote = floor;
    floor = span.close + 1;
    if (cue.token == UINT32_MAX && looks_like_title(document, span)) continue;
    AttributedQuote out;
    Quote& quote = out.quote;
    quote.start = document.tokens[span.open + 1].start;
    // “..., ” before an attribution: the comma stands in for the sentence's end, not part of the words.
    const bool trailing_comma = span.close > span.open + 2 && document.token_text(span.close - 1) == ",";
    quote.end = document.tokens[span.close - (trailing_comma ? 2 : 1)].end;
    quote.sentence = document.sentence_of_token(span.open + 1);
    if (cue.token != UINT32_MAX && !cue.phrase.empty()) {
      attribute_quote(quote, document, mention_at, cue.phrase);
      out.cue = cue.token;
    } else if (inside_a_clause && document.tokens[span.open - 1].kind == TokenKind::Word &&
               document.token_text(span.open - 1).back() != '.') {
      // Words quoted inside a clause with no verb of speech ("Petro has made “total peace” his signature
      // policy") are the clause's subject's when a person is named there, and no one's otherwise: they do
      // not continue the quote before.
      const TokenRange subject = subject_of_clause_before(document, mention_at, span.open, floor);
      if (!subject.empty()) {
        const Speaker speaker = speaker_of(document, mention_at, subject);
        if (speaker.mention >= 0) attribute_quote(quote, document, mention_at, subject);
      }
    } else if (const TokenRange narrator = narrating_person_before(document, mention_at, span, after_previous_quote);
               !narrator.empty()) {
      // "Asked whether she would stay, she paused. “Where else would I go?”": a quote that follows a
      // sentence about a person, in its paragraph, is that person's.
      attribute_quote(quote, document, mention_at, narrator);
    } else if (!quotes.empty() && quotes.back().cue != UINT32_MAX &&
               paragraph_breaks_between(document, previous_close, span.open) <= 1) {
      // An unattributed quote continues the speaker of the quote before it.
      const Quote& previous = quotes.back().quote;
      quote.speaker = previous.speaker;
      quote.speaker_mention = previous.speaker_mention;
      quote.speaker_start = previous.speaker_start;
      quote.speaker_end = previous.speaker_end;
      out.cue = quotes.back().cue;
    }
    quotes.push_back(out);
    previous_close = span.close;
  }
  return quotes;
}

}  // namespace lede::events
