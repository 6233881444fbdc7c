#include "resolve/pronoun_resolver.hpp"

#include <array>
#include <string_view>

#include "lexicon/organization_nouns.hpp"
#include "lexicon/speech_verbs.hpp"
#include "resolve/grammatical_role.hpp"
#include "text/ascii_case.hpp"
#include "text/quote_marks.hpp"

namespace lede::resolve {
namespace {

enum class PronounCase : std::uint8_t { Subject, Object, Possessive, Reflexive };

struct Pronoun {
  Gender gender = Gender::Unknown;
  bool plural = false;
  bool neuter = false;  // it, its
  PronounCase form = PronounCase::Subject;
};

struct PronounEntry {
  std::string_view word;  // lowercase
  Pronoun pronoun;
};

constexpr std::array<PronounEntry, 17> kPronouns = {{
    {"he", {Gender::Male, false, false, PronounCase::Subject}},
    {"him", {Gender::Male, false, false, PronounCase::Object}},
    {"his", {Gender::Male, false, false, PronounCase::Possessive}},
    {"himself", {Gender::Male, false, false, PronounCase::Reflexive}},
    {"she", {Gender::Female, false, false, PronounCase::Subject}},
    {"her", {Gender::Female, false, false, PronounCase::Possessive}},  // object or possessive: either way
    {"hers", {Gender::Female, false, false, PronounCase::Possessive}},
    {"herself", {Gender::Female, false, false, PronounCase::Reflexive}},
    {"it", {Gender::Unknown, false, true, PronounCase::Subject}},
    {"its", {Gender::Unknown, false, true, PronounCase::Possessive}},
    {"itself", {Gender::Unknown, false, true, PronounCase::Reflexive}},
    {"they", {Gender::Unknown, true, false, PronounCase::Subject}},
    {"them", {Gender::Unknown, true, false, PronounCase::Object}},
    {"their", {Gender::Unknown, true, false, PronounCase::Possessive}},
    {"theirs", {Gender::Unknown, true, false, PronounCase::Possessive}},
    {"themselves", {Gender::Unknown, true, false, PronounCase::Reflexive}},
    {"themself", {Gender::Unknown, true, false, PronounCase::Reflexive}},
}};

// The pronoun a token is, if any: a cheap length and first-letter test before any comparison, since
// this runs on every token.
const Pronoun* pronoun_of(std::string_view token) {
  if (token.size() < 2 || token.size() > 10) return nullptr;
  const char first = static_cast<char>(token[0] | 0x20);
  if (first != 'h' && first != 's' && first != 'i' && first != 't') return nullptr;
  char folded[10];
  const std::string_view word = text::ascii_lower(token, folded, sizeof folded);
  // "IT" in capitals is the industry or an acronym more often than the pronoun; headline pronouns are rare.
  if (token.size() == 2 && token[0] == 'I' && token[1] == 'T') return nullptr;
  for (const PronounEntry& entry : kPronouns) {
    if (entry.word == word) return &entry.pronoun;
  }
  return nullptr;
}

bool is_thing_type(EntityType type) {
  switch (type) {
    case EntityType::Org:
    case EntityType::Gpe:
    case EntityType::Loc:
    case EntityType::Fac:
    case EntityType::Product:
    case EntityType::Work:
    case EntityType::Event:
    case EntityType::Law:
    case EntityType::Misc: return true;
    default: return false;
  }
}

// Types that can be antecedents (or, for TITLE, competitors) at all; dates and numbers cannot.
bool is_referent_type(EntityType type) {
  return type == EntityType::Person || type == EntityType::Norp || type == EntityType::Title || is_thing_type(type);
}

bool agrees_with(const Pronoun& pronoun, const ClusterFacts& cluster) {
  if (pronoun.plural) return cluster.type == EntityType::Org || cluster.type == EntityType::Norp;
  if (pronoun.neuter) return is_thing_type(cluster.type);
  return (cluster.type == EntityType::Person || cluster.type == EntityType::Title) &&
         agrees(cluster.gender, pronoun.gender);
}

// "It is clear that", "it was reported": an "it" before a form of "be" or a weather/raising verb is
// mostly pleonastic; such an "it" is left alone.
bool before_pleonastic_verb(const Document& document, std::uint32_t token) {
  if (token + 1 >= document.tokens.size()) return false;
  const std::string_view next = document.token_text(token + 1);
  return next == "is" || next == "was" || next == "'s" || next == "seems" || next == "seemed" || next == "appears" ||
         next == "takes" || next == "took" || next == "will" || next == "would" || next == "has" || next == "had";
}

// Scoring weights, in the spirit of Lappin and Leass (1994): recency halves per sentence back; being the
// subject and being mentioned often add to it. Tuned on GUM dev (docs/decisions.md).
constexpr float kRecency = 100.0F;
constexpr float kSubject = 70.0F;
constexpr float kPerMention = 10.0F;
constexpr int kMentionCap = 5;
constexpr float kGenderMatch = 30.0F;
// A subject pronoun that opens its clause most often continues the latest subject ("X thanked Y and said
// ... He said that ..."): parallelism, another of Lappin and Leass's factors. Without it a person
// mentioned often a few sentences back outscored the subject of the sentence just before. The subject
// pronoun of a verb of saying continues the latest speaker instead, whatever subject a clause it reported
// had ("The ISPR said the militants belonged to the TTP and were involved in attacks. Two soldiers were
// also killed, it added.").
constexpr float kContinuesSubject = 40.0F;
constexpr float kMinimumScore = 60.0F;
constexpr float kMinimumConfidence = 0.55F;  // best / (best + second best)
// A pronoun opening its clause that continues the subject of its own or the previous sentence needs only
// to outscore the others: a person named several times a few sentences back, whose gender the names
// tell, otherwise left it unresolved ("Opposition leader Raila Odinga disagreed. He said ...").
constexpr float kContinuingConfidence = 0.5F;
constexpr std::uint32_t kPersonWindow = 3;  // sentences back
constexpr std::uint32_t kThingWindow = 1;
constexpr std::size_t kMaxRecent = 32;  // entities remembered at once

struct Recent {
  std::uint32_t cluster = 0;
  std::uint32_t sentence = 0;
  std::uint32_t last_token = 0;  // where the latest mention ends
  bool subject = false;
  std::uint32_t mentions = 0;
  std::uint32_t clause_start = 0;  // token where the clause of its latest mention starts
};

class PronounResolver {
 public:
  PronounResolver(const Document& document, const std::vector<std::uint32_t>& cluster_of_mention,
                  const std::vector<bool>& subject_of_mention, std::vector<ClusterFacts>& clusters)
      : document_(document), cluster_of_(cluster_of_mention), subject_of_(subject_of_mention), clusters_(clusters) {}

  std::vector<PronounLink> run() {
    std::vector<PronounLink> links;
    const auto& mentions = document_.mentions;
    std::size_t next_mention = 0;
    std::uint32_t clause_start = 0;
    // A subject inside a direct quote ("“They bowled well,” he said") is the speaker's, not the
    // narrative's: it does not become the latest subject that the next pronoun continues.
    const std::vector<text::QuotedSpan> quoted = text::find_quoted_spans(document_);
    std::size_t next_quoted = 0;
    const auto inside_quote = [&](std::uint32_t token) {
      while (next_quoted < quoted.size() && quoted[next_quoted].close < token) ++next_quoted;
      return next_quoted < quoted.size() && quoted[next_quoted].open < token && token < quoted[next_quoted].close;
    };
    for (std::uint32_t s = 0; s < document_.sentences.size(); ++s) {
      const Sentence& sentence = document_.sentences[s];
      forget_before(s);
      clause_start = sentence.token_begin;
      organization_described_ = false;
      for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        if (next_mention < mentions.size() && mentions[next_mention].token_begin == t) {
          const Mention& mention = mentions[next_mention];
          note(cluster_of_[next_mention], s, mention.token_end, subject_of_[next_mention], clause_start,
               inside_quote(t));
          t = mention.token_end - 1;
          ++next_mention;
          continue;
        }
        const std::string_view text = document_.token_text(t);
        // A quote mark bounds a clause too: the attribution after a quote ("“...,” he said") opens with its
        // pronoun, which continues the latest subject like one opening a sentence.
        if (text == "," || text == ";" || text == ":" || text == "and" || text == "but" || text == "that" ||
            text == "who" || text == "which" || text == "because" || text == "while" || text == "when" ||
            text == "\u201D" || text == "\"") {
          clause_start = t + 1;
          continue;
        }
        if (t > sentence.token_begin && describes_an_organization(t)) organization_described_ = true;
        const Pronoun* pronoun = pronoun_of(text);
        if (pronoun == nullptr) continue;
        if (pronoun->neuter && pronoun->form == PronounCase::Subject && before_pleonastic_verb(document_, t)) continue;
        const PronounLink link = choose(*pronoun, t, s, clause_start);
        if (link.confidence <= 0.0F) continue;
        links.push_back(link);
        ClusterFacts& cluster = clusters_[link.cluster];
        cluster.gender = combine(cluster.gender, pronoun->gender);
        note(link.cluster, s, t + 1, looks_like_subject(document_, t, t + 1), clause_start, inside_quote(t));
      }
      while (next_mention < mentions.size() && mentions[next_mention].token_begin < sentence.token_end) ++next_mention;
    }
    return links;
  }

 private:
  void forget_before(std::uint32_t sentence) {
    std::size_t kept = 0;
    for (const Recent& r : recent_) {
      if (r.sentence + kPersonWindow >= sentence) recent_[kept++] = r;
    }
    recent_.resize(kept);
  }

  // Whether a verb of saying follows the words ending at `end` (a closing bracket and an adverb between):
  // "The Inter-Services Public Relations (ISPR) said", "it added", "he also said".
  bool speaks_after(std::uint32_t end) const {
    std::uint32_t t = end;
    const std::uint32_t limit = static_cast<std::uint32_t>(document_.tokens.size());
    if (t < limit && document_.token_text(t) == ")") ++t;
    if (t < limit && text::is_one_of(document_.token_text(t), {"also", "later", "then", "further", "again"})) ++t;
    if (t >= limit) return false;
    const lexicon::SpeechVerb kind = lexicon::speech_verb(document_.token_text(t));
    return kind == lexicon::SpeechVerb::Speech || kind == lexicon::SpeechVerb::Hearer;
  }

  void note(std::uint32_t cluster, std::uint32_t sentence, std::uint32_t end, bool subject, std::uint32_t clause_start,
            bool quoted) {
    if (!is_referent_type(clusters_[cluster].type)) return;
    if (subject && !quoted) latest_subject_ = cluster;
    if (!quoted && speaks_after(end)) {
      latest_speaker_ = cluster;
      latest_speaker_sentence_ = sentence;
    }
    for (Recent& r : recent_) {
      if (r.cluster == cluster) {
        // A subject in its latest sentence, by any of its mentions there: "Labour leader Chinedu Okoro
        // rejected the plan" has the title as the parse's subject and the name as its modifier.
        r.subject = subject || (r.sentence == sentence && r.subject);
        r.sentence = sentence;
        r.last_token = end;
        r.clause_start = clause_start;
        ++r.mentions;
        return;
      }
    }
    if (recent_.size() >= kMaxRecent) {
      // A run-on "sentence" full of names: forget the one mentioned longest ago, so each pronoun stays O(1).
      std::size_t oldest = 0;
      for (std::size_t i = 1; i < recent_.size(); ++i) {
        if (recent_[i].last_token < recent_[oldest].last_token) oldest = i;
      }
      recent_[oldest] = recent_.back();
      recent_.pop_back();
    }
    recent_.push_back({cluster, sentence, end, subject, 1, clause_start});
  }

  PronounLink choose(const Pronoun& pronoun, std::uint32_t token, std::uint32_t sentence,
                     std::uint32_t clause_start) const {
    const std::uint32_t window = pronoun.plural || pronoun.neuter ? kThingWindow : kPersonWindow;
    float best = 0.0F;
    float second = 0.0F;
    std::uint32_t best_cluster = 0;
    bool best_continues = false;  // the best continues the subject of this or the sentence before
    std::uint32_t best_sentence = 0;
    // The subject a pronoun continues: of a verb of saying, the latest speaker when that one spoke in the
    // previous sentence ("..., it added"; not a speaker of this sentence whose report holds the pronoun:
    // "He said Barzani sent a message in which he said ..."); otherwise the latest subject.
    const bool speaking = pronoun.form == PronounCase::Subject && speaks_after(token + 1);
    const std::uint32_t continued =
        speaking && latest_speaker_ != UINT32_MAX && latest_speaker_sentence_ + 1 == sentence ? latest_speaker_
                                                                                              : latest_subject_;
    for (const Recent& r : recent_) {
      if (r.sentence + window < sentence) continue;
      const ClusterFacts& cluster = clusters_[r.cluster];
      if (!agrees_with(pronoun, cluster)) continue;
      const std::uint32_t distance = sentence - r.sentence;
      // "Khan praised him": an object pronoun is not the subject of its own clause (binding); a
      // reflexive is.
      const bool same_clause = distance == 0 && r.clause_start == clause_start;
      if (pronoun.form == PronounCase::Object && same_clause) continue;
      float score = kRecency / static_cast<float>(1U << distance);
      if (r.subject) score += kSubject;
      score += kPerMention * static_cast<float>(r.mentions < kMentionCap ? r.mentions : kMentionCap);
      if (pronoun.gender != Gender::Unknown && cluster.gender == pronoun.gender) score += kGenderMatch;
      if (pronoun.form == PronounCase::Reflexive && same_clause) score += kRecency;
      const bool continues = pronoun.form == PronounCase::Subject && token == clause_start && r.cluster == continued;
      if (continues) score += kContinuesSubject;
      if (score > best) {
        second = best;
        best = score;
        best_cluster = r.cluster;
        best_continues = continues && distance <= 1;
        best_sentence = r.sentence;
      } else if (score > second) {
        second = score;
      }
    }
    PronounLink link;
    link.token = token;
    if (best < kMinimumScore || clusters_[best_cluster].type == EntityType::Title) return link;
    // "The company's chief financial officer, X, and its chairman, Y": "the company" unnamed in this sentence
    // stands closer to "its" than an organization named in an earlier one.
    if (pronoun.neuter && !pronoun.plural && organization_described_ && best_sentence < sentence) return link;
    const float confidence = best / (best + second);
    if (confidence < (best_continues ? kContinuingConfidence : kMinimumConfidence)) return link;
    link.cluster = best_cluster;
    link.confidence = confidence;
    return link;
  }

  // "the company", "the ministry": an organization referred to by its noun, outside any name.
  bool describes_an_organization(std::uint32_t token) const {
    if (!text::equals_folded(document_.token_text(token - 1), "the")) return false;
    char buffer[16];  // the nouns are short; a longer word is none of them
    const std::string_view noun = text::ascii_lower(document_.token_text(token), buffer, sizeof buffer);
    return !noun.empty() && (lexicon::is_business_noun(noun) || lexicon::is_public_body_noun(noun));
  }

  const Document& document_;
  const std::vector<std::uint32_t>& cluster_of_;
  const std::vector<bool>& subject_of_;
  std::vector<ClusterFacts>& clusters_;
  std::vector<Recent> recent_;                 // entities mentioned in the last few sentences: a handful
  std::uint32_t latest_subject_ = UINT32_MAX;  // the cluster of the latest subject mention or pronoun
  std::uint32_t latest_speaker_ = UINT32_MAX;  // the cluster of the latest mention a verb of saying follows
  std::uint32_t latest_speaker_sentence_ = 0;
  bool organization_described_ = false;  // describes_an_organization in this sentence so far
};

}  // namespace

std::vector<PronounLink> resolve_pronouns(const Document& document,
                                          const std::vector<std::uint32_t>& cluster_of_mention,
                                          const std::vector<bool>& subject_of_mention,
                                          std::vector<ClusterFacts>& clusters) {
  if (document.sentences.empty()) return {};
  return PronounResolver(document, cluster_of_mention, subject_of_mention, clusters).run();
}

}  // namespace lede::resolve
