#include "ner/title_recognizer.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "document/pos_tags.hpp"
#include "lexicon/title_lexicon.hpp"
#include "text/ascii_case.hpp"
#include "text/word_lists.hpp"

namespace lede::ner {
namespace {

constexpr std::uint16_t kHeadLike = lexicon::kTitleHead | lexicon::kTitleRole;
constexpr std::uint16_t kPreModifier = lexicon::kTitleModifier | lexicon::kTitlePortfolio;

// Capitalized lexicon titles that are everyday words in lowercase ("a major city", "in general").
constexpr std::array<std::string_view, 16> kCommonWhenLowercase = {
    "general", "major",  "private", "justice", "marshal", "count",   "master", "principal",
    "state",   "senior", "junior",  "dean",    "father",  "brother", "sister", "speaker"};
// Roles that are titles only right before a name ("official", "aide" are occupations otherwise).
constexpr std::array<std::string_view, 7> kWeakRoles = {"official", "lawmaker", "legislator", "aide",
                                                        "leader",   "general",  "officials"};
// Particles inside personal names ("Faisal bin Mishaal Al Saud", "Ludwig van Beethoven").
constexpr std::array<std::string_view, 18> kNameParticles = {"bin", "bint", "ibn",   "al",  "el",  "de",
                                                             "da",  "del",  "della", "van", "von", "der",
                                                             "den", "la",   "le",    "di",  "du",  "dos"};
constexpr std::array<std::string_view, 7> kDeterminers = {"the", "a", "an", "its", "his", "her", "their"};

struct Candidate {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t head_begin = 0;
  std::uint32_t head_end = 0;
  std::uint16_t head_classes = 0;
  bool of_name = false;  // followed by "of"/"for" and a capitalized name
};

class TitleFinder {
 public:
  TitleFinder(const Document& document, std::vector<Mention>& named)
      : document_(document), named_(named), lexicon_(lexicon::TitleLexicon::get()), cover_(document.tokens.size(), -1) {
    for (std::size_t m = 0; m < named_.size(); ++m) {
      for (std::uint32_t t = named_[m].token_begin; t < named_[m].token_end; ++t) cover_[t] = static_cast<int>(m);
    }
  }

  // The titles the text ties to a person or a post go to `titles`; a capitalized lexicon title of several
  // words that is not tied to anyone ("The Chief of Army Staff met ...") goes to `unattached`: it is no
  // mention, but the words inside it are no name either ("Army Staff" read as a place or a person).
  void run(std::vector<Mention>& titles, std::vector<Mention>& unattached) {
    // Heads (last word, lowercase) of the titles accepted so far, each once.
    std::vector<std::string> heads_seen;
    for_each_sentence([&](std::uint32_t begin, std::uint32_t end) {
      send_ = end;
      sbegin_ = begin;
      for (std::uint32_t i = begin; i < end;) {
        const std::optional<Candidate> candidate = parse(i);
        if (!candidate) {
          ++i;
          continue;
        }
        Mention title;
        title.token_begin = candidate->begin;
        title.token_end = candidate->end;
        title.type = EntityType::Title;
        const std::string head = text::ascii_lower_copy(text(candidate->head_end - 1));
        if (accepted(*candidate) || refers_back(*candidate, head, heads_seen)) {
          titles.push_back(title);
          if (std::find(heads_seen.begin(), heads_seen.end(), head) == heads_seen.end()) heads_seen.push_back(head);
          i = candidate->end;
          continue;
        }
        if (candidate->head_end - candidate->head_begin >= 3 && capitalized(text(candidate->head_begin))) {
          title.token_begin = candidate->head_begin;
          title.token_end = candidate->head_end;
          unattached.push_back(title);
        }
        ++i;
      }
    });
  }

  // Whether token t is a capitalized word that can be (part of) a personal name.
  bool name_like(std::uint32_t t) const {
    if (t >= send_ || !is_word(t)) return false;
    const std::string_view word = text(t);
    if (!capitalized(word)) return false;
    std::uint16_t classes = 0;
    lexicon_.longest(document_, t, send_, classes);
    return (classes & (kHeadLike | lexicon::kTitleHonorific)) == 0;
  }

  // The end of the name-like run starting at t (== t when none).
  std::uint32_t name_run(std::uint32_t t) const {
    std::uint32_t end = t;
    std::uint32_t i = t;
    while (i < send_ && i - t < 7) {
      if (name_like(i) && !text::is_in_capitals(text(i))) {
        end = ++i;
        continue;
      }
      if (i > t && i + 1 < send_ && text(i) == "-" && glued(i) && glued(i + 1) && is_word(i + 1)) {
        i += 1;  // "Okonkwo-Bello", "al-Sayed": the hyphen joins, the next word is taken next
        if (!capitalized(text(i)) && !text::is_one_of(text::ascii_lower_copy(text(i)), kNameParticles)) break;
        end = ++i;
        continue;
      }
      if (i > t && is_word(i) && text::is_one_of(text::ascii_lower_copy(text(i)), kNameParticles) && name_like(i + 1)) {
        ++i;
        continue;
      }
      break;
    }
    return end;
  }

  std::uint32_t skip_honorifics(std::uint32_t t) const {
    while (t < send_) {
      std::uint16_t classes = 0;
      const std::uint32_t end = lexicon_.longest(document_, t, send_, classes);
      if (end == t || (classes & lexicon::kTitleHonorific) == 0 || (classes & kHeadLike) != 0) break;
      t = end;
    }
    return t;
  }

  void set_sentence_of(std::uint32_t token) {
    const Sentence& sentence =
        document_.sentences.empty() ? whole_ : document_.sentences[document_.sentence_of_token(token)];
    sbegin_ = sentence.token_begin;
    send_ = std::min<std::uint32_t>(sentence.token_end, static_cast<std::uint32_t>(document_.tokens.size()));
  }

  const std::vector<int>& cover() const { return cover_; }

 private:
  template <class Visit>
  void for_each_sentence(Visit&& visit) {
    const auto count = static_cast<std::uint32_t>(document_.tokens.size());
    if (document_.sentences.empty()) {
      whole_ = Sentence{0, count};
      if (count > 0) visit(0U, count);
      return;
    }
    for (const Sentence& sentence : document_.sentences) {
      const std::uint32_t end = std::min(sentence.token_end, count);
      if (sentence.token_begin < end) visit(sentence.token_begin, end);
    }
  }

  std::string_view text(std::uint32_t t) const {
    return t < document_.tokens.size() ? document_.token_text(t) : std::string_view();
  }
  bool is_word(std::uint32_t t) const {
    return t < document_.tokens.size() && document_.tokens[t].kind == TokenKind::Word;
  }
  bool glued(std::uint32_t t) const { return t < document_.tokens.size() && !document_.tokens[t].space_before; }
  static bool capitalized(std::string_view word) {
    return !word.empty() && ((word[0] >= 'A' && word[0] <= 'Z') || static_cast<unsigned char>(word[0]) >= 0xC0);
  }
  static bool lowercase(std::string_view word) { return !word.empty() && word[0] >= 'a' && word[0] <= 'z'; }
  bool is_possessive(std::uint32_t t) const {
    const std::string_view word = text(t);
    return word == "'s" || word == "\xE2\x80\x99s" || word == "'S" || word == "\xE2\x80\x99S" ||
           ((word == "'" || word == "\xE2\x80\x99") && glued(t));
  }
  const Mention* mention_at(std::uint32_t t) const {
    return t < cover_.size() && cover_[t] >= 0 ? &named_[static_cast<std::size_t>(cover_[t])] : nullptr;
  }

  std::optional<Candidate> parse(std::uint32_t i) const {
    Candidate c;
    bool found = false;
    std::uint32_t j = i;
    while (j < send_) {
      std::uint16_t classes = 0;
      const std::uint32_t end = lexicon_.longest(document_, j, send_, classes);
      if (end == j) break;
      if ((classes & kHeadLike) != 0 && lowercase(text(j))) {
        const std::string word = text::ascii_lower_copy(document_.text().substr(
            document_.tokens[j].start, document_.tokens[end - 1].end - document_.tokens[j].start));
        if ((classes & lexicon::kTitleCapitalized) != 0 && (classes & lexicon::kTitleRole) == 0 &&
            text::is_one_of(word, kCommonWhenLowercase)) {
          classes &= static_cast<std::uint16_t>(~kHeadLike);
        }
      }
      // An acronym's title only in capitals: "Cas Coovadia" is a name, not the CAS (Chief of Air Staff).
      if ((classes & lexicon::kTitleAcronym) != 0 && end == j + 1 && !text::is_in_capitals(text(j))) break;
      const bool head = (classes & kHeadLike) != 0;
      const bool pre = (classes & kPreModifier) != 0;
      if (!head && !pre) break;
      if (head) {
        c.head_begin = j;
        c.head_end = end;
        c.head_classes = classes;
        found = true;
      }
      j = end;
      if (head && !pre) break;
    }
    if (!found) return std::nullopt;
    c.begin = i;
    c.end = c.head_end;
    // "Minister of Finance", "head of medicine", "chair of the judges"; a capitalized name after
    // "of"/"for" stays outside ("Chairman of the National Disaster Management Authority").
    const std::string_view link = text(c.end);
    if ((link == "of" || link == "for") && c.end + 1 < send_) {
      std::uint32_t k = c.end + 1;
      const bool article = text(k) == "the";
      if (article) ++k;
      std::uint16_t classes = 0;
      const std::uint32_t portfolio = lexicon_.longest(document_, k, send_, classes);
      if (portfolio > k && (classes & lexicon::kTitlePortfolio) != 0 && capitalized(text(k))) {
        c.end = portfolio;
      } else if (k < send_ && is_word(k) && lowercase(text(k)) && text(k).size() > 3 && mention_at(k) == nullptr &&
                 !text::is_one_of(text::ascii_lower_copy(text(k)), kDeterminers)) {
        c.end = k + 1;
        // "head of the works council", "head of equity research", "director of the budget office": the
        // nouns that follow belong to the field.
        while (c.end < send_ && c.end - k < 4 && document_.has_pos() && document_.upos[c.end] == kUposNoun &&
               is_word(c.end) && lowercase(text(c.end)) && mention_at(c.end) == nullptr)
          ++c.end;
      } else if (k < send_ && (capitalized(text(k)) || mention_at(k) != nullptr)) {
        c.of_name = true;
      }
    }
    std::uint16_t classes = 0;
    const std::uint32_t suffix = lexicon_.longest(document_, c.end, send_, classes);
    if (suffix > c.end && (classes & lexicon::kTitleSuffix) != 0) c.end = suffix;
    c.begin = joined_portfolio_start(c);
    c.begin = field_noun_start(c);
    c.begin = portfolio_name_start(c);
    return c;
  }

  // "Civil Aviation Minister Ram Mohan Naidu", "Water Resources Minister": a portfolio of several words
  // that the tagger read as an organization's name, ending in a portfolio word of the lexicon, before
  // "Minister" or "Secretary", is the title's portfolio, not an organization its holder belongs to.
  std::uint32_t portfolio_name_start(const Candidate& c) const {
    const std::string head = text::ascii_lower_copy(text(c.head_end - 1));
    if (head != "minister" && head != "secretary") return c.begin;
    const Mention* name = c.begin > sbegin_ ? mention_at(c.begin - 1) : nullptr;
    if (name == nullptr || name->token_end < c.begin) name = mention_at(c.begin);
    if (name == nullptr || name->token_begin >= c.begin || name->token_begin < sbegin_ ||
        name->token_end > c.head_begin || name->token_end - name->token_begin > 4 ||
        (name->type != EntityType::Org && name->type != EntityType::Misc))
      return c.begin;
    std::uint16_t classes = 0;
    const std::uint32_t last = name->token_end - 1;
    if (lexicon_.longest(document_, last, last + 1, classes) != last + 1 || (classes & lexicon::kTitlePortfolio) == 0)
      return c.begin;
    for (std::uint32_t t = name->token_begin; t < name->token_end; ++t) {
      if (!is_word(t) || !capitalized(text(t))) return c.begin;
    }
    return name->token_begin;
  }

  // "EU competition chief Henna Lindqvist", "company director John Smith": a common noun right before
  // a bare head ("chief", "director", ...) says what the post is over, and belongs to the title ("the
  // former chief": an adjective, no). The lexicon holds the frequent ones ("police chief"); this takes the
  // rest, one noun, by the tagger's part of speech.
  std::uint32_t field_noun_start(const Candidate& c) const {
    if (c.begin != c.head_begin || c.begin <= sbegin_ || !document_.has_pos()) return c.begin;
    const std::string head = text::ascii_lower_copy(text(c.head_begin));
    if (!text::is_one_of(head, {"chief", "director", "commissioner", "spokesman", "spokeswoman", "spokesperson",
                                "minister", "secretary", "coordinator", "administrator"}))
      return c.begin;
    const std::uint32_t before = c.begin - 1;
    if (!is_word(before) || mention_at(before) != nullptr || text::is_in_capitals(text(before))) return c.begin;
    if (document_.upos[before] == kUposNoun) return before;
    // "Security Minister Omar García Harfuch", "Culture Secretary Lisa Nandy": a capitalized portfolio the
    // lexicon lacks, which the tagger reads as a proper noun, before a minister or secretary named at once
    // (no name: "Pakistan Minister" is a place's, which the tagger marks).
    const bool minister = head == "minister" || head == "secretary";
    return minister && c.head_end == c.head_begin + 1 && document_.upos[before] == kUposPropn &&
                   capitalized(text(before)) && person_at(skip_honorifics(c.end))
               ? before
               : c.begin;
  }

  // "Electronics and IT Minister", "Science and Technology Secretary", "Mines and Petroleum Minister": a
  // ministry of two joined portfolios, capitalized, before "Minister" or "Secretary" (or before the
  // lexicon's portfolio that opens the title): where it starts, or the title's own start. Only joined
  // portfolios, so that a capitalized word alone ("Pakistan Minister", "Said Minister") is never taken in.
  std::uint32_t joined_portfolio_start(const Candidate& c) const {
    // The head's last word: the lexicon holds some whole ("Petroleum Minister").
    const std::string head = text::ascii_lower_copy(text(c.head_end - 1));
    if (head != "minister" && head != "secretary") return c.begin;
    std::uint32_t t = c.begin;
    bool joined = false;
    while (t > sbegin_ && c.begin - t < 6) {
      const std::uint32_t before = t - 1;
      const std::string_view word = text(before);
      // Right before the title only when the title opens with its own portfolio ("Mines and Petroleum").
      if ((word == "and" || word == "&") && (t < c.begin || c.head_end - c.begin > 1)) {
        joined = true;
      } else if (!is_word(before) || !capitalized(word) || text::equals_folded(word, "minister") ||
                 text::equals_folded(word, "secretary")) {
        break;  // "the Prime Minister and Foreign Minister": two titles, not two portfolios
      } else if (const Mention* name = mention_at(before);
                 name != nullptr && name->type != EntityType::Org && name->type != EntityType::Misc) {
        break;  // a person or a place is no portfolio ("Pakistan's ..."); the tagger reads some as names
      }
      t = before;
    }
    if (t < c.begin && (text(t) == "and" || text(t) == "&")) return c.begin;  // "and Minister": no portfolio
    return joined && t < c.begin ? t : c.begin;
  }

  // Whether a name follows the title (after honorifics): a PERSON, a name the tagger ran the title into,
  // a stacked title, or capitalized words the tagger left alone.
  bool name_follows(const Candidate& c) const {
    std::uint32_t t = skip_honorifics(c.end);
    // "Chief of Army Staff (COAS) General Asim Munir": the acronym the text defines sits between.
    if (t + 2 < send_ && text(t) == "(" && text(t + 2) == ")" && text::is_in_capitals(text(t + 1)))
      t = skip_honorifics(t + 3);
    if (t >= send_) return false;
    if (const Mention* m = mention_at(t)) {
      if (m->type == EntityType::Person || m->token_begin < t) return true;
    }
    std::uint16_t classes = 0;
    if (lexicon_.longest(document_, t, send_, classes) > t && (classes & lexicon::kTitleHead) != 0 &&
        capitalized(text(t))) {
      return true;  // stacked: "Energy Minister Prince Faisal"
    }
    if (mention_at(t) != nullptr) return false;
    if (text::is_in_capitals(text(c.head_begin))) return false;  // a headline: capitals say nothing there
    return name_run(t) > t;
  }

  bool person_at(std::uint32_t t) const {
    t = skip_honorifics(t);
    if (t >= send_) return false;
    if (const Mention* m = mention_at(t)) return m->type == EntityType::Person && m->token_begin == t;
    return name_run(t) >= t + 2;
  }

  // "the Secretary", "the defence minister", standing alone after the article has tied a title with the
  // same head word to someone ("Education Secretary Miguel Cardona ... the Secretary said"): the title
  // stands for one identifiable holder (tests/gold/README.md), whom the resolve stage finds when the
  // article names one holder of a matching title (title_attachment.hpp). Only "the" and a title head the
  // lexicon holds (no role such as "official", no plural: "the ministers" are no one in particular).
  bool refers_back(const Candidate& c, const std::string& head, const std::vector<std::string>& heads_seen) const {
    if (c.begin <= sbegin_ || !text::equals_folded(text(c.begin - 1), "the")) return false;
    if ((c.head_classes & lexicon::kTitleHead) == 0) return false;
    if (text(c.end) == "of" || text(c.end) == "for") return false;  // "the Secretary of State": a post of its own
    return std::find(heads_seen.begin(), heads_seen.end(), head) != heads_seen.end();
  }

  bool accepted(const Candidate& c) const {
    const std::string head = text::ascii_lower_copy(text(c.head_begin));
    const bool role_only = (c.head_classes & lexicon::kTitleHead) == 0;
    const bool weak = role_only && c.head_end == c.head_begin + 1 && text::is_one_of(head, kWeakRoles);
    if (name_follows(c)) return true;
    // "Markus Soeder, leader of the CSU": a weak role after a person's name with the organization it leads.
    if (weak)
      return c.of_name && c.begin > sbegin_ + 1 && text(c.begin - 1) == "," && mention_at(c.begin - 2) != nullptr &&
             mention_at(c.begin - 2)->type == EntityType::Person;
    // ", NAME" in apposition after the title.
    if (text(c.end) == "," && person_at(c.end + 1)) return true;
    // What precedes: "former", "ex-", then possessives and determiners.
    std::uint32_t p = c.begin;
    bool former = false;
    while (p > sbegin_) {
      const std::string word = text::ascii_lower_copy(text(p - 1));
      if (word == "former" || word == "late" || word == "then") {
        former = word == "former";
        --p;
      } else if (word == "-" && p - 1 > sbegin_ && text::ascii_lower_copy(text(p - 2)) == "ex") {
        former = true;
        p -= 2;
      } else {
        break;
      }
    }
    if (former) return true;
    if (c.of_name) return true;
    if (p > sbegin_) {
      const Mention* before = mention_at(p - 1);
      // "Germany's Nordwolke AG": a company's legal form after its name, not the acronym of a title
      // ("AG": Attorney General).
      if (c.end == c.begin + 1 && before != nullptr && (before->token_end == p || before->token_end == c.end) &&
          text::is_one_of(text(c.begin), {"AG", "SA", "SE", "NV", "AB"})) {
        return false;
      }
      // "the Russian Ground Forces Commander said": the tagger ran an organization's name into the title
      // that ends it; the title is the holder's ("Pakistan Army Chief").
      if (before != nullptr && before->token_begin < p && before->token_end == c.end &&
          (c.head_classes & lexicon::kTitleHead) != 0 &&
          (before->type == EntityType::Org || before->type == EntityType::Gpe || before->type == EntityType::Norp)) {
        return true;
      }
      if (before != nullptr && before->token_end == p &&
          (before->type == EntityType::Norp || before->type == EntityType::Gpe || before->type == EntityType::Org)) {
        return true;  // "Pakistan captain", "Egyptian military spokesman", "the UN Secretary-General"
      }
      if (is_possessive(p - 1) && p - 1 > sbegin_) return true;  // "Sahel Trust's chairman"
    }
    // "NAME, [the] [ORG's] title": apposition after a name.
    std::uint32_t q = p;
    if (q > sbegin_ && text::is_one_of(text::ascii_lower_copy(text(q - 1)), kDeterminers)) --q;
    if (q > sbegin_ && is_possessive(q - 1)) {
      --q;
      const Mention* owner = mention_at(q - 1);
      q = owner != nullptr ? owner->token_begin : q - 1;
      if (q > sbegin_ && text::is_one_of(text::ascii_lower_copy(text(q - 1)), kDeterminers)) --q;
    }
    if (q > sbegin_ + 1 && text(q - 1) == ",") {
      const Mention* person = mention_at(q - 2);
      if (person != nullptr && person->type == EntityType::Person) return true;
    }
    // A listed acronym stands for its holder alone: "the COAS".
    if ((c.head_classes & lexicon::kTitleAcronym) != 0 && (c.head_classes & lexicon::kTitleHead) != 0 &&
        c.head_end == c.head_begin + 1 && text(c.head_begin).size() >= 3 && text::is_in_capitals(text(c.head_begin))) {
      return true;
    }
    return false;
  }

  const Document& document_;
  std::vector<Mention>& named_;
  const lexicon::TitleLexicon& lexicon_;
  std::vector<int> cover_;
  Sentence whole_;
  std::uint32_t sbegin_ = 0;
  std::uint32_t send_ = 0;
};

bool is_possessive_token(std::string_view word) {
  return word == "'s" || word == "\xE2\x80\x99s" || word == "'S" || word == "\xE2\x80\x99S" || word == "'" ||
         word == "\xE2\x80\x99";
}

bool overlaps(const Mention& a, const Mention& b) { return a.token_begin < b.token_end && b.token_begin < a.token_end; }

}  // namespace

std::vector<Mention> add_titles(const Document& document, std::vector<Mention> named) {
  // Earlier TITLE mentions are found again; a possessive never ends a name.
  std::erase_if(named, [](const Mention& m) { return m.type == EntityType::Title; });
  for (Mention& m : named) {
    while (m.token_end > m.token_begin + 1 && is_possessive_token(document.token_text(m.token_end - 1))) --m.token_end;
  }
  std::vector<Mention> titles;
  std::vector<Mention> unattached;
  TitleFinder finder(document, named);
  finder.run(titles, unattached);

  std::vector<bool> dropped(named.size(), false);
  // A name inside an unattached title's words is part of the title, not a name ("Army Staff").
  for (const Mention& title : unattached) {
    const auto first = std::partition_point(named.begin(), named.end(),
                                            [&](const Mention& n) { return n.token_end <= title.token_begin; });
    for (auto m = static_cast<std::size_t>(first - named.begin());
         m < named.size() && named[m].token_begin < title.token_end; ++m) {
      const Mention& name = named[m];
      if (name.token_begin >= title.token_begin && name.token_end <= title.token_end &&
          (name.token_begin > title.token_begin || name.token_end < title.token_end)) {
        dropped[m] = true;
      }
    }
  }
  std::vector<Mention> persons;
  std::vector<Mention> kept_titles;
  for (Mention title : titles) {
    finder.set_sentence_of(title.token_begin);
    bool keep = true;
    bool name_after = false;
    // Names are sorted and disjoint (cuts only move a name's start to the right), so only the names from
    // the first one ending after the title's start can overlap it: linear overall, not titles × names.
    const auto first = std::partition_point(named.begin(), named.end(),
                                            [&](const Mention& n) { return n.token_end <= title.token_begin; });
    for (auto m = static_cast<std::size_t>(first - named.begin());
         m < named.size() && keep && named[m].token_begin < title.token_end; ++m) {
      Mention& name = named[m];
      if (dropped[m] || !overlaps(name, title)) continue;
      if (name.token_begin >= title.token_begin && name.token_end <= title.token_end) {
        dropped[m] = true;  // the tagger's name was the title ("Foreign Minister" as ORG)
      } else if (name.token_begin < title.token_begin) {
        // A name that runs into the title from the left ("Russia Foreign Minister" as one ORG) keeps its
        // words; the title keeps its own if its head is still whole.
        if (name.token_end > title.token_end) {
          keep = false;
        } else if (name.token_end == title.token_end && name.type != EntityType::Person) {
          name.token_end = title.token_begin;  // "Russian Ground Forces" + "Commander"
        } else {
          title.token_begin = name.token_end;
          keep = title.token_begin < title.token_end &&
                 lexicon::TitleLexicon::get().classes(document, title.token_begin, title.token_end) != 0;
          if (!keep) {
            std::uint16_t classes = 0;
            keep = lexicon::TitleLexicon::get().longest(document, title.token_begin, title.token_end, classes) >
                       title.token_begin &&
                   (classes & (kHeadLike | kPreModifier)) != 0;
          }
        }
      } else {
        // A name that swallowed the title ("General Qamar Javed Bajwa", "Staff General Qamar Javed Bajwa"):
        // cut it to the words after the title (and any honorific).
        const std::uint32_t rest = finder.skip_honorifics(title.token_end);
        const std::uint32_t remaining = name.token_end > rest ? name.token_end - rest : 0;
        if (remaining == 0) {
          dropped[m] = true;
        } else if (name.type != EntityType::Person && name.token_begin == title.token_begin &&
                   (title.token_end - title.token_begin == 1 || remaining < 2)) {
          // "General Motors", "Major League Baseball", "Queen 's Park": the tagger read a one-word title
          // opening the name of something else, and the name stands. A longer title before two words or
          // more is a person's ("Additional Collector Shazia Memon" read as one ORG): cut below.
          keep = false;
        } else {
          name.token_begin = rest;
          name.type = EntityType::Person;
          name_after = true;
        }
      }
    }
    if (!keep) continue;
    kept_titles.push_back(title);
    // A capitalized name right after the title that the tagger left alone is a PERSON.
    const std::uint32_t start = finder.skip_honorifics(title.token_end);
    if (!name_after && start < document.tokens.size() && finder.cover()[start] < 0) {
      const std::uint32_t end = finder.name_run(start);
      if (end > start) {
        bool free = true;
        for (std::uint32_t t = start; t < end; ++t) free = free && finder.cover()[t] < 0;
        Mention person;
        person.token_begin = start;
        person.token_end = end;
        person.type = EntityType::Person;
        if (free) persons.push_back(person);
      }
    }
  }
  // Honorifics never open a PERSON ("Dr. Wanjiru Kamau", "Alhaji Ibrahim Dantata").
  for (std::size_t m = 0; m < named.size(); ++m) {
    Mention& name = named[m];
    if (dropped[m] || name.type != EntityType::Person) continue;
    finder.set_sentence_of(name.token_begin);
    const std::uint32_t rest = finder.skip_honorifics(name.token_begin);
    if (rest >= name.token_end) continue;
    name.token_begin = rest;
  }
  std::vector<Mention> out;
  out.reserve(named.size() + kept_titles.size() + persons.size());
  for (std::size_t m = 0; m < named.size(); ++m) {
    if (!dropped[m]) out.push_back(named[m]);
  }
  out.insert(out.end(), kept_titles.begin(), kept_titles.end());
  out.insert(out.end(), persons.begin(), persons.end());
  std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
    return a.token_begin != b.token_begin ? a.token_begin < b.token_begin : a.token_end > b.token_end;
  });
  // Whatever still overlaps (it should not) loses to what came first.
  std::vector<Mention> result;
  result.reserve(out.size());
  for (const Mention& m : out) {
    if (!result.empty() && m.token_begin < result.back().token_end) continue;
    result.push_back(m);
  }
  return result;
}

}  // namespace lede::ner
