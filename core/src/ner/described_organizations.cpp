#include "ner/described_organizations.hpp"

#include <string>
#include <unordered_set>

#include "document/base_phrase.hpp"
#include "document/organization_nouns.hpp"
#include "document/pos_tags.hpp"
#include "lexicon/calendar_words.hpp"
#include "lexicon/title_lexicon.hpp"
#include "ner/name_list.hpp"
#include "text/ascii_case.hpp"
#include "text/word_lists.hpp"

namespace lede::ner {

namespace {

// Nouns of an industry that a company's name may follow bare, without a modifier of their own: "and
// steelmaker Corus", "retailer Walmart". (A bare "the newspaper" or "the group" may be a verb's object.)
constexpr std::string_view kIndustryNouns[] = {
    "carmaker", "automaker",    "chipmaker",    "drugmaker",   "planemaker", "steelmaker", "truckmaker",
    "toymaker", "shipbuilder",  "housebuilder", "homebuilder", "retailer",   "lender",     "insurer",
    "brewer",   "conglomerate", "airline",      "supermarket", "broadcaster"};

// Nouns that name vehicles or people too when a name follows: "the aircraft carrier Carl Vinson", "the
// camera operator Ann Lee". They say an organization only in an apposition.
constexpr std::string_view kNotBeforeNames[] = {"carrier", "operator"};

// Verbs after "the company <name>" that make the name a person's: "the firm Smith founded".
constexpr std::string_view kPersonVerbs[] = {"founded", "co-founded", "started", "created", "built",  "runs", "ran",
                                             "owns",    "owned",      "leads",   "led",     "joined", "left", "heads",
                                             "headed",  "chairs",     "chaired", "bought",  "sold",   "set",  "manages",
                                             "managed", "works",      "worked",  "quit",    "took",   "had"};

// The words that may end an apposition's head or carry it on: "a charity based in London", "a unit of
// Siemens", "a company that makes chips". A verb there ("the company said") makes it no apposition.
constexpr std::string_view kAfterDescription[] = {
    ",",     ".",    ";",  ":",  "—",     "–",       ")",      "based", "headquartered", "which", "that",
    "whose", "with", "in", "of", "owned", "founded", "listed", "run",   "backed",        "known"};

// Whether the words from `p` are an apposition that says what an organization is: [one of] (a | an | the |
// a name and "'s") modifiers and a head noun of kOrganizationNouns, then a word that ends or carries on
// the apposition. "one of the country's largest housebuilders", "a housing charity based in London",
// "the Nairobi-based advocacy group", "Germany's biggest lender".
bool describes_organization(const Document& document, const Sentence& sentence, std::uint32_t p) {
  const std::uint32_t end = sentence.token_end;
  bool plural = false;
  if (p + 1 < end && text::equals_folded(document.token_text(p), "one") &&
      text::equals_folded(document.token_text(p + 1), "of")) {
    p += 2;
    plural = true;
  }
  if (p < end && text::is_one_of(text::ascii_lower_copy(document.token_text(p)), {"a", "an", "the"})) {
    ++p;
  } else if (p + 1 < end && document.upos[p] == kUposPropn && document.token_text(p + 1) == "'s") {
    p += 2;
  } else {
    return false;
  }
  std::int64_t head = -1;
  for (std::uint32_t words = 0; p < end && words < 6; ++p, ++words) {
    const std::string_view word = document.token_text(p);
    const std::uint8_t tag = document.upos[p];
    if (word == "-" || (p > 0 && document.token_text(p - 1) == "-")) continue;  // "Nairobi-based", "state-run"
    if (word == "'s") {
      head = -1;  // "the country's largest": what came before was the owner
      continue;
    }
    if (tag == kUposAdj || tag == kUposNum) continue;
    if (tag != kUposNoun && tag != kUposPropn) break;
    head = p;
  }
  if (head < 0 || static_cast<std::uint32_t>(head) + 1 != p) return false;
  if (!is_organization_noun(document.token_text(static_cast<std::uint32_t>(head)), plural)) return false;
  return p >= end || text::is_one_of(document.token_text(p), kAfterDescription);
}

// Whether a name at `begin` follows a lowercase organization noun that has a modifier of its own ("the
// French firm", "consumer group", "supermarket chain", "state-owned lender"; a bare "the newspaper" may be
// a verb's object: "told the newspaper Smith had resigned") or is an industry's ("steelmaker Corus").
bool follows_organization_noun(const Document& document, std::uint32_t begin) {
  if (begin < 2) return false;
  const std::string_view noun = document.token_text(begin - 1);
  if (document.upos[begin - 1] != kUposNoun || text::starts_uppercase(noun) || !is_organization_noun(noun, false) ||
      text::is_one_of(noun, kNotBeforeNames))
    return false;
  if (text::is_one_of(noun, kIndustryNouns)) return true;
  const std::uint8_t modifier = document.upos[begin - 2];
  const bool hyphenated = begin >= 3 && document.token_text(begin - 3) == "-";  // "state-owned"
  return modifier == kUposAdj || modifier == kUposNoun || modifier == kUposPropn || hyphenated;
}

// The untagged capitalized words that end right before `end` and may be a name: proper nouns, or one
// capitalized word that opens the sentence ("Shelter, a housing charity"). Their first token, or `end`
// when there are none.
std::uint32_t unnamed_name_start(const Document& document, const Sentence& sentence, std::uint32_t end,
                                 const std::vector<std::int32_t>& name_at) {
  constexpr std::uint32_t kMaxNameWords = 4;
  std::uint32_t begin = end;
  while (begin > sentence.token_begin && end - begin < kMaxNameWords && name_at[begin - 1] < 0 &&
         document.upos[begin - 1] == kUposPropn && text::starts_uppercase(document.token_text(begin - 1)))
    --begin;
  if (begin == end && end == sentence.token_begin + 1 && name_at[sentence.token_begin] < 0 &&
      document.upos[sentence.token_begin] == kUposNoun && text::starts_uppercase(document.token_text(end - 1)))
    begin = sentence.token_begin;
  // Only a whole name: a capitalized word or a name's joining word before it ("the Commission on
  // Presidential Debates") would have been part of it.
  if (begin > sentence.token_begin) {
    const std::string_view before = document.token_text(begin - 1);
    if (text::starts_uppercase(before) || text::is_one_of(before, {"of", "on", "for", "and", "&", "de"})) return end;
  }
  return begin;
}

// "the auto safety agency Saturday launched": a weekday or a month is no name of the agency's.
bool is_calendar_name(const Document& document, const Sentence& sentence, std::uint32_t t) {
  const text::SentenceTokens tokens(document, sentence.token_begin, sentence.token_end);
  return lexicon::weekday_at(tokens, t) != nullptr || lexicon::month_at(tokens, t) != nullptr;
}

// "Denmark's Bavarian Nordic, which makes the vaccine": a name that takes "which" names no person. Not
// one inside a longer phrase, which "which" may describe instead ("a son of President Suharto, which
// plans"): after "of", a title (a proper noun) or another name.
bool takes_which(const Document& document, const std::vector<std::int32_t>& name_at, std::uint32_t begin,
                 std::uint32_t end) {
  if (!text::equals_folded(document.token_text(end + 1), "which")) return false;
  if (begin == 0) return true;
  const std::string_view before = document.token_text(begin - 1);
  return !text::equals_folded(before, "of") && name_at[begin - 1] < 0 && document.upos[begin - 1] != kUposPropn;
}

// "Deputy CEO", "Former chairman", "Acting Chair": words of the title, not a company's name.
bool is_title_word(const Document& document, std::uint32_t t) {
  return text::is_one_of(text::ascii_lower_copy(document.token_text(t)), {"former", "then", "late", "ex"}) ||
         lexicon::TitleLexicon::get().classes(document, t, t + 1) != 0;
}

bool may_retype(EntityType type) { return type == EntityType::Person || type == EntityType::Misc; }

// Whether a company's title starts at `t`: "chief executive", "CEO", "chairman", "founder", "Chair".
bool opens_company_title(const Document& document, std::uint32_t t, std::uint32_t end) {
  if (t >= end) return false;
  const std::string lower = text::ascii_lower_copy(document.token_text(t));
  if (text::is_one_of(
          lower, {"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "founder", "co-founder", "cofounder"}))
    return true;
  return lower == "chief" && t + 1 < end &&
         text::is_one_of(text::ascii_lower_copy(document.token_text(t + 1)),
                         {"executive", "financial", "operating", "technology"});
}

// Where a company's title follows the name [begin, end), with or without "'s": "Amazon's chief
// executive", "Apple CEO Tim Cook", "Fed Chair Jerome Powell".
bool before_company_title(const Document& document, const Sentence& sentence, std::uint32_t end) {
  if (end < sentence.token_end && text::is_possessive_s(document.token_text(end))) ++end;
  return opens_company_title(document, end, sentence.token_end);
}

}  // namespace

void type_described_organizations(const Document& document, std::vector<Mention>& names,
                                  const std::function<bool(std::uint32_t, std::uint32_t)>& known_place) {
  if (!document.has_pos() || document.sentences.empty()) return;
  std::vector<std::int32_t> name_at = name_at_tokens(document, names);
  const std::size_t tagged = names.size();
  std::vector<std::string> described;  // the words of the names found described, each joined by spaces
  const auto words_of = [&](std::uint32_t begin, std::uint32_t end) {
    std::string words;
    for (std::uint32_t t = begin; t < end; ++t) {
      if (t > begin) words += ' ';
      words += document.token_text(t);
    }
    return words;
  };
  const auto add_unnamed = [&](std::uint32_t begin, std::uint32_t end) {
    append_name(names, name_at, begin, end, EntityType::Org);
    described.push_back(words_of(begin, end));
  };
  const auto count = static_cast<std::uint32_t>(document.tokens.size());
  for (const Sentence& sentence : document.sentences) {
    for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const std::int32_t at = name_at[t];
      if (at >= 0 && static_cast<std::size_t>(at) < tagged) {
        Mention& name = names[static_cast<std::size_t>(at)];
        if (name.token_begin != t) continue;
        const std::uint32_t end = name.token_end;
        const bool place = name.type == EntityType::Gpe || name.type == EntityType::Loc;
        if (place && before_company_title(document, sentence, end) && !known_place(t, end)) {
          name.type = EntityType::Org;
          described.push_back(words_of(t, end));
          continue;
        }
        if (!may_retype(name.type)) continue;
        const bool apposition = end + 1 < sentence.token_end && document.token_text(end) == "," &&
                                (describes_organization(document, sentence, end + 1) ||
                                 (name.type == EntityType::Person &&
                                  (opens_base_phrase(document, end + 1) || takes_which(document, name_at, t, end))));
        const bool after_noun = follows_organization_noun(document, t) &&
                                !(end < count && text::is_one_of(document.token_text(end), kPersonVerbs));
        if (!apposition && !after_noun) continue;
        name.type = EntityType::Org;
        described.push_back(words_of(t, end));
      } else if (at < 0 && document.token_text(t) == "," && t + 1 < sentence.token_end &&
                 describes_organization(document, sentence, t + 1)) {
        const std::uint32_t begin = unnamed_name_start(document, sentence, t, name_at);
        if (begin < t) add_unnamed(begin, t);
      } else if (at < 0 && document.upos[t] == kUposPropn && text::starts_uppercase(document.token_text(t)) &&
                 (t == sentence.token_begin || document.upos[t - 1] != kUposPropn) &&
                 before_company_title(document, sentence, t + 1) && !known_place(t, t + 1) &&
                 !is_calendar_name(document, sentence, t) && !is_title_word(document, t)) {
        add_unnamed(t, t + 1);  // "Apple CEO Tim Cook", "Fed Chair Jerome Powell"
      } else if (at < 0 && document.upos[t] == kUposPropn && text::starts_uppercase(document.token_text(t)) &&
                 follows_organization_noun(document, t) && !is_calendar_name(document, sentence, t)) {
        std::uint32_t end = t;
        while (end < sentence.token_end && end - t < 4 && name_at[end] < 0 && document.upos[end] == kUposPropn &&
               text::starts_uppercase(document.token_text(end)))
          ++end;
        if (end < count && text::is_one_of(document.token_text(end), kPersonVerbs)) continue;
        add_unnamed(t, end);
        t = end - 1;
      }
    }
  }
  if (described.empty()) return;
  // The same words elsewhere, or the first words of a described name ("Nimbus" of "Nimbus Cloud"), name
  // the same organization. A set of every described name and its first words keeps this linear in a text
  // that describes thousands of names.
  std::unordered_set<std::string> organization_words;
  for (const std::string& organization : described) {
    for (std::size_t space = organization.find(' '); space != std::string::npos;
         space = organization.find(' ', space + 1))
      organization_words.insert(organization.substr(0, space));
    organization_words.insert(organization);
  }
  for (std::size_t m = 0; m < tagged; ++m) {
    Mention& name = names[m];
    if (may_retype(name.type) && organization_words.contains(words_of(name.token_begin, name.token_end)))
      name.type = EntityType::Org;
  }
  if (names.size() != tagged) sort_by_start(names);
}

}  // namespace lede::ner
