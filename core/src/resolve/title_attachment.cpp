#include "resolve/title_attachment.hpp"

#include <cstdint>

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "document/pos_tags.hpp"
#include "lexicon/embedded.hpp"
#include "lexicon/title_lexicon.hpp"
#include "resolve/acronyms.hpp"
#include "resolve/name_key.hpp"
#include "text/char_class.hpp"
#include "text/word_lists.hpp"

namespace lede::resolve {
namespace {

// Abbreviations and acronyms of titles.tsv with the title they stand for ("gen" -> "General").
class TitleExpansions {
 public:
  static const TitleExpansions& get() {
    static const TitleExpansions expansions;
    return expansions;
  }
  std::string_view find(std::string_view key) const {
    const auto found = table_.find(std::string(key));
    return found == table_.end() ? std::string_view() : std::string_view(found->second);
  }

 private:
  TitleExpansions() {
    std::unordered_map<std::string, bool> conflicting;
    lexicon::for_each_row(lexicon::embedded_lexicon("titles"), [&](const std::vector<std::string_view>& fields) {
      if (fields.size() < 4 || fields[3] == "-" || fields[3].empty()) return;
      const std::string key = folded_key(fields[0]);
      const auto [entry, inserted] = table_.emplace(key, std::string(fields[3]));
      // "FM" is a Foreign Minister and a Field Marshal: a short form with two meanings expands to neither.
      if (!inserted && entry->second != fields[3]) conflicting[key] = true;
    });
    for (const auto& [key, unused] : conflicting) table_.erase(key);
  }
  std::unordered_map<std::string, std::string> table_;
};

bool is_title_function_word(std::string_view word) {
  return word == "of" || word == "the" || word == "for" || word == "and" || word == "'s" || word == "-" || word == "&";
}

// Modifiers that make another post: "Deputy Prime Minister" is not the Prime Minister.
bool changes_the_post(std::string_view word) {
  return word == "deputy" || word == "vice" || word == "assistant" || word == "associate" || word == "under" ||
         word == "junior" || word == "co" || word == "joint" || word == "acting" || word == "former" || word == "ex";
}

// A title's words, expanded and folded, split into the head word and the sorted other words.
struct TitleWords {
  std::string head;
  std::vector<std::string> others;  // sorted
};

void append_words(std::string_view folded, std::vector<std::string>& words) {
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    if (i < folded.size() && folded[i] != ' ' && folded[i] != '-') continue;
    if (i > begin) words.emplace_back(folded.substr(begin, i - begin));
    begin = i + 1;
  }
}

TitleWords title_words(const Document& document, const Mention& mention,
                       const std::unordered_map<std::string, std::string>& defined) {
  const TitleExpansions& expansions = TitleExpansions::get();
  const NameKey whole = name_key(document, mention.token_begin, mention.token_end, false);
  std::vector<std::string> words;
  std::string_view expanded = expand_key(whole.text, defined);
  if (expanded == whole.text) {
    const std::string_view listed = expansions.find(whole.text);
    if (!listed.empty()) expanded = listed;
  }
  if (expanded != whole.text) {
    append_words(folded_key(expanded), words);
  } else {
    std::vector<std::string> raw;
    append_words(whole.text, raw);
    for (const std::string& word : raw) {
      std::string_view replacement = expansions.find(word);
      if (replacement.empty()) {
        const std::string_view own = expand_key(word, defined);
        if (own != word) replacement = own;
      }
      if (replacement.empty()) {
        words.push_back(word);
      } else {
        append_words(folded_key(replacement), words);
      }
    }
  }
  TitleWords out;
  // The head is the word before "of"/"for" ("Chief of Army Staff"), else the last ("Army Chief").
  std::size_t head = words.size();
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i] == "of" || words[i] == "for") {
      head = i - 1;
      break;
    }
  }
  if (head == words.size()) {
    head = words.size();
    while (head > 0 && is_title_function_word(words[head - 1])) --head;
    if (head == 0) return out;
    --head;
  }
  out.head = words[head];
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i != head && !is_title_function_word(words[i])) out.others.push_back(words[i]);
  }
  std::sort(out.others.begin(), out.others.end());
  out.others.erase(std::unique(out.others.begin(), out.others.end()), out.others.end());
  return out;
}

// The head and the other words in one string ("chief army staff"): the same for the same title.
std::string identity_of(const TitleWords& words) {
  std::string out = words.head;
  for (const std::string& word : words.others) {
    out.push_back(' ');
    out += word;
  }
  return out;
}

// Whether a title standing alone can mean a holder's title: same head, its words among the holder's, and
// no post-changing modifier on either side that the other lacks.
bool alone_matches_holder(const TitleWords& alone, const TitleWords& holder) {
  if (alone.head.empty() || alone.head != holder.head) return false;
  if (!std::includes(holder.others.begin(), holder.others.end(), alone.others.begin(), alone.others.end()))
    return false;
  for (const std::string& word : holder.others) {
    if (changes_the_post(word) && !std::binary_search(alone.others.begin(), alone.others.end(), word)) return false;
  }
  for (const std::string& word : alone.others) {
    if (changes_the_post(word)) return false;  // already known to be among the holder's words
  }
  return true;
}

class TitleAttacher {
 public:
  TitleAttacher(const Document& document, const std::vector<bool>& is_person_name,
                const std::unordered_map<std::string, std::string>& defined, DisjointSets& sets)
      : document_(document),
        mentions_(document.mentions),
        is_person_(is_person_name),
        defined_(defined),
        sets_(sets),
        attached_(mentions_.size(), false) {}

  void run() {
    attach_before_names();
    attach_in_apposition();
    attach_standing_alone();
  }

 private:
  bool is_title(std::size_t m) const { return mentions_[m].type == EntityType::Title; }

  // Past the honorifics between a title and a name ("Minister Dr. X").
  std::uint32_t skip_honorifics(std::uint32_t token, std::uint32_t limit) const {
    return lexicon::TitleLexicon::get().after_honorifics(document_, token, limit);
  }

  void attach(std::size_t title, std::size_t person) {
    if (attached_[title]) return;
    attached_[title] = true;
    sets_.unite(static_cast<std::uint32_t>(title), static_cast<std::uint32_t>(person));
    holders_.push_back({title_words(document_, mentions_[title], defined_), static_cast<std::uint32_t>(person)});
  }

  // "Colonel General Oleg Salyukov": a run of titles right before a person's name.
  void attach_before_names() {
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      if (!is_title(m)) continue;
      std::size_t next = m;
      while (next + 1 < mentions_.size() && is_title(next) && next - m < 4) {
        const std::uint32_t limit = mentions_[next + 1].token_begin;
        std::uint32_t gap_end = skip_honorifics(mentions_[next].token_end, limit);
        // "Chief of Army Staff (COAS) General Asim Munir": the bracket around a defined acronym joins too.
        if (gap_end < limit && (document_.token_text(gap_end) == "(" || document_.token_text(gap_end) == ")")) {
          gap_end = skip_honorifics(gap_end + 1, limit);
        }
        if (gap_end != mentions_[next + 1].token_begin) break;
        ++next;
      }
      if (next == m || !is_person_[next]) continue;
      for (std::size_t t = m; t < next; ++t) attach(t, next);
      m = next;
    }
  }

  bool is_comma(std::uint32_t token) const {
    return token < document_.tokens.size() && document_.token_text(token) == ",";
  }

  // A person's age as news writes it after the name: one to three digits.
  bool is_age(std::uint32_t token) const {
    const std::string_view word = document_.token_text(token);
    return !word.empty() && word.size() <= 3 &&
           std::all_of(word.begin(), word.end(), [](char c) { return text::is_ascii_digit(c); });
  }

  // "Oleg Salyukov, Commander of the Russian Ground Forces" and "the army chief, General Bajwa".
  void attach_in_apposition() {
    for (std::size_t m = 0; m + 1 < mentions_.size(); ++m) {
      const Mention& first = mentions_[m];
      // "Chairman of the National Disaster Management Authority (NDMA), Lt-Gen. Tariq Nawaz Abbasi": an
      // acronym in brackets after the name stays with it.
      std::uint32_t first_end = first.token_end;
      std::size_t second = m + 1;
      if (!is_person_[m] && document_.token_text(first_end) == "(" && mentions_[m + 1].token_begin == first_end + 1 &&
          document_.token_text(mentions_[m + 1].token_end) == ")") {
        first_end = mentions_[m + 1].token_end + 1;
        ++second;
      }
      if (!is_comma(first_end) || second >= mentions_.size()) continue;
      // The second mention starts a few words after the comma ("the", "Pakistan's"), within the sentence;
      // after a person's age in commas, a few words after that ("Ortberg, 64, Boeing's chief executive").
      const std::uint32_t sentence_end = document_.sentences[document_.sentence_of_token(first.token_begin)].token_end;
      const std::uint32_t apposition = is_person_[m] && first.token_end + 2 < sentence_end &&
                                               is_age(first.token_end + 1) && is_comma(first.token_end + 2)
                                           ? first.token_end + 2
                                           : first_end;
      if (mentions_[second].token_begin > apposition + 4 || mentions_[second].token_begin >= sentence_end) continue;
      if (is_person_[m]) {
        // Skip names inside the title's phrase ("Pakistan's army chief") up to the title. A name counts as
        // one word of the few allowed ("a former Mexico City police chief").
        std::uint32_t reach = apposition + 4;
        while (second < mentions_.size() && !is_title(second) && mentions_[second].token_begin <= reach) {
          reach += mentions_[second].token_end - mentions_[second].token_begin - 1;
          ++second;
        }
        if (second < mentions_.size() && is_title(second) && !attached_[second] &&
            mentions_[second].token_begin <= reach && no_verb_between(apposition, mentions_[second].token_begin) &&
            no_conjunction_between(apposition, mentions_[second].token_begin)) {
          attach(second, m);
        }
      } else if (const std::size_t title = title_of_complement(m); title != kNone || (is_title(m) && !attached_[m])) {
        // The name may carry titles of its own ("the army chief, General Bajwa"): find the person. The
        // title may end in "of" and the name of what it heads ("the commander of the Russian Ground
        // Forces, Colonel General Oleg Salyukov").
        const std::size_t holder_title = title != kNone ? title : m;
        std::size_t person = second;
        while (person < mentions_.size() && is_title(person) && person - second < 3) ++person;
        if (person < mentions_.size() && is_person_[person] && mentions_[second].token_begin <= first_end + 2) {
          const std::uint32_t after = mentions_[person].token_end;
          // The apposition closes: a comma, the sentence's end or a bracket follows the name.
          const bool closes = after >= sentence_end || is_comma(after) || document_.token_text(after) == "." ||
                              document_.token_text(after) == "(" || document_.token_text(after) == ")";
          if (closes) attach(holder_title, person);
        }
      }
    }
  }

  static constexpr std::size_t kNone = SIZE_MAX;

  // The title whose "of [the]" (or "for", "to") complement mention m is ("commander of the Russian Ground
  // Forces", "envoy for Sudan"), when that title is not attached yet; kNone otherwise.
  std::size_t title_of_complement(std::size_t m) const {
    const Mention& complement = mentions_[m];
    if (m == 0 || is_title(m) || is_person_[m]) return kNone;
    std::uint32_t t = complement.token_begin;
    if (t > 0 && document_.token_text(t - 1) == "the") --t;
    // "of", and "for"/"to" after envoys and ministers ("the UN envoy for Sudan", "ambassador to the US").
    if (t == 0 || !text::is_one_of(document_.token_text(t - 1), {"of", "for", "to"})) return kNone;
    const std::size_t title = m - 1;
    if (!is_title(title) || attached_[title] || mentions_[title].token_end != t - 1) return kNone;
    return title;
  }

  bool no_verb_between(std::uint32_t begin, std::uint32_t end) const {
    if (!document_.has_pos()) return true;
    for (std::uint32_t t = begin; t < end; ++t) {
      // "the WHO's regional director": the tagger may read a possessive 's as "is".
      const std::string_view word = document_.token_text(t);
      if (text::is_possessive_s(word)) continue;
      if (document_.upos[t] == kUposVerb || document_.upos[t] == kUposAux) return false;
    }
    return true;
  }

  // "Tunde Bakare, and its chairman, Aliko Dangote": a conjunction after the comma joins another person,
  // whose title it is.
  bool no_conjunction_between(std::uint32_t begin, std::uint32_t end) const {
    for (std::uint32_t t = begin; t < end; ++t) {
      const std::string_view word = document_.token_text(t);
      if (word == "and" || word == "or" || word == "but") return false;
    }
    return true;
  }

  // A title after a noun naming an office is the office itself, not whoever holds it ("laid claim to the
  // position of Emperor", "the post of Prime Minister").
  bool names_the_office(std::size_t m) const {
    const std::uint32_t begin = mentions_[m].token_begin;
    if (begin < 2 || document_.token_text(begin - 1) != "of") return false;
    std::string noun = folded_key(document_.token_text(begin - 2));
    if (noun.size() > 1 && noun.back() == 's') noun.pop_back();  // "the offices of"
    static constexpr std::string_view kOffices[] = {"position", "post", "office", "role",      "title", "rank",
                                                    "job",      "seat", "throne", "portfolio", "mantle"};
    return std::find(std::begin(kOffices), std::end(kOffices), noun) != std::end(kOffices);
  }

  // A title standing alone joins the one person holding a matching title; of several, the one named
  // before it, when only one is ("Federal Minister for Planning Ahsan Iqbal ... the minister said ... Prime
  // Minister Shehbaz Sharif"). Holders are compared once per distinct title and person, so a text that
  // repeats a title stays linear.
  void attach_standing_alone() {
    if (holders_.empty()) return;
    struct Distinct {
      const TitleWords* words;
      std::uint32_t root;
      std::uint32_t first_token;  // where the person first holds it
    };
    std::unordered_map<std::string, std::vector<Distinct>> by_head;
    std::unordered_map<std::string, std::size_t> seen;  // title words and person -> index in by_head[head]
    for (const Holder& holder : holders_) {
      const std::uint32_t root = sets_.find(holder.person);
      std::string key = identity_of(holder.words) + '|' + std::to_string(root);
      const std::uint32_t token = mentions_[holder.person].token_begin;
      std::vector<Distinct>& same_head = by_head[holder.words.head];
      const auto [at, added] = seen.emplace(std::move(key), same_head.size());
      if (added) {
        same_head.push_back({&holder.words, root, token});
      } else {
        same_head[at->second].first_token = std::min(same_head[at->second].first_token, token);
      }
    }
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      if (!is_title(m) || attached_[m] || names_the_office(m)) continue;
      const TitleWords alone = title_words(document_, mentions_[m], defined_);
      const auto same_head = by_head.find(alone.head);
      if (same_head == by_head.end()) continue;
      std::uint32_t match = UINT32_MAX;
      std::uint32_t match_before = UINT32_MAX;
      bool ambiguous = false;
      bool ambiguous_before = false;
      for (const Distinct& holder : same_head->second) {
        if (!alone_matches_holder(alone, *holder.words)) continue;
        ambiguous = ambiguous || (match != UINT32_MAX && match != holder.root);
        match = holder.root;
        if (holder.first_token < mentions_[m].token_begin) {
          ambiguous_before = ambiguous_before || (match_before != UINT32_MAX && match_before != holder.root);
          match_before = holder.root;
        }
      }
      if (match != UINT32_MAX && !ambiguous) {
        sets_.unite(static_cast<std::uint32_t>(m), match);
      } else if (match_before != UINT32_MAX && !ambiguous_before) {
        sets_.unite(static_cast<std::uint32_t>(m), match_before);
      }
    }
  }

  struct Holder {
    TitleWords words;
    std::uint32_t person;  // a mention of the person
  };

  const Document& document_;
  const std::vector<Mention>& mentions_;
  const std::vector<bool>& is_person_;
  const std::unordered_map<std::string, std::string>& defined_;
  DisjointSets& sets_;
  std::vector<bool> attached_;
  std::vector<Holder> holders_;
};

}  // namespace

void attach_titles(const Document& document, const std::vector<bool>& is_person_name,
                   const std::unordered_map<std::string, std::string>& defined, DisjointSets& mention_sets) {
  TitleAttacher(document, is_person_name, defined, mention_sets).run();
}

std::string title_display(const Document& document, const Mention& mention) {
  const TitleExpansions& expansions = TitleExpansions::get();
  const std::uint32_t start = document.mention_start(mention);
  const std::string_view written =
      std::string_view(document.text()).substr(start, document.mention_end(mention) - start);
  const NameKey whole = name_key(document, mention.token_begin, mention.token_end, false);
  const std::string_view listed = expansions.find(whole.text);
  if (!listed.empty()) return std::string(listed);
  std::string out;
  for (std::uint32_t t = mention.token_begin; t < mention.token_end; ++t) {
    const std::string_view token = document.token_text(t);
    if (token == "." && !out.empty()) continue;  // the period of an abbreviation the tokenizer split off
    const std::string_view replacement = expansions.find(folded_key(token));
    if (t > mention.token_begin && document.tokens[t].space_before) out.push_back(' ');
    out += replacement.empty() ? token : replacement;
  }
  return out.empty() ? std::string(written) : out;
}

bool title_says_less(const Document& document, const Mention& shorter, const Mention& longer,
                     const std::unordered_map<std::string, std::string>& defined) {
  const TitleWords less = title_words(document, shorter, defined);
  const TitleWords more = title_words(document, longer, defined);
  return less.others.size() < more.others.size() && alone_matches_holder(less, more);
}

std::string title_identity(const Document& document, const Mention& mention,
                           const std::unordered_map<std::string, std::string>& defined) {
  return identity_of(title_words(document, mention, defined));
}

}  // namespace lede::resolve
