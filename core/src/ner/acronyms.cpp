#include "ner/acronyms.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "lexicon/embedded.hpp"
#include "lexicon/title_lexicon.hpp"
#include "ner/name_list.hpp"
#include "text/ascii_case.hpp"

namespace lede::ner {
namespace {

constexpr std::size_t kMinLetters = 2;
constexpr std::size_t kMaxLetters = 8;
// How often an acronym must be used in the article (anywhere, named or not) for its unnamed uses in running
// text to be taken as names.
constexpr std::size_t kRepeatedUses = 3;

using text::ascii_lower;
using text::is_ascii_lower;
using text::is_ascii_upper;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// An acronym token: it starts with a capital and has at least two; 2 to 8 capitals and digits ("G20"),
// with periods between them ("U.N.") or '&' ("AT&T"). No lowercase letter: a plural ("GDRs") or a
// mixed-case word ("McDonald") is no acronym to name on its own.
bool looks_like_acronym(std::string_view token) {
  if (token.empty() || !is_ascii_upper(token[0])) return false;
  std::size_t capitals = 0;
  std::size_t letters = 0;
  for (const char c : token) {
    if (is_ascii_upper(c)) {
      ++capitals;
    } else if (!is_digit(c)) {
      if (c != '.' && c != '&') return false;
      continue;
    }
    ++letters;
  }
  return capitals >= 2 && letters >= kMinLetters && letters <= kMaxLetters;
}

// The initials of a name's words, lowercased: "U.N. Interim Force in Lebanon" -> "unifil" (each letter of
// a dotted abbreviation counts, as "U.N." is written for "United Nations"), "Inter-Services Public
// Relations" -> "ispr" (each part of a hyphenated word counts too).
std::string initials(const Document& document, std::uint32_t begin, std::uint32_t end) {
  std::string letters;
  for (std::uint32_t t = begin; t < end; ++t) {
    const std::string_view word = document.token_text(t);
    if (word.empty()) continue;
    if (word.find('.') != std::string_view::npos) {
      for (const char c : word) {
        if (is_ascii_upper(c)) letters += ascii_lower(c);
      }
      continue;
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
      const bool part_start = i == 0 || word[i - 1] == '-';
      if (part_start && (is_ascii_upper(word[i]) || is_ascii_lower(word[i]))) letters += ascii_lower(word[i]);
    }
  }
  return letters;
}

// Whether the acronym's capitals are the initials in order, the first of them the first initial.
bool defines(std::string_view acronym, std::string_view initials) {
  std::size_t i = 0;
  bool first = true;
  for (const char c : acronym) {
    if (!is_ascii_upper(c)) continue;
    const char wanted = ascii_lower(c);
    if (first) {
      if (initials.empty() || initials[0] != wanted) return false;
      i = 1;
      first = false;
      continue;
    }
    while (i < initials.size() && initials[i] != wanted) ++i;
    if (i == initials.size()) return false;
    ++i;
  }
  return !first;
}

// An acronym written without periods and lowercased: "U.S." -> "us".
std::string folded_acronym(std::string_view acronym) {
  std::string folded;
  for (const char c : acronym) {
    if (c != '.') folded += ascii_lower(c);
  }
  return folded;
}

// Whether an acronym is one of the aliases lexicon's (US, UK, EU, NATO, ...): it means its own thing.
bool is_listed_alias(std::string_view acronym) {
  static const std::unordered_set<std::string> listed = [] {
    std::unordered_set<std::string> aliases;
    lexicon::for_each_row(lexicon::embedded_lexicon("aliases"), [&](const std::vector<std::string_view>& fields) {
      if (!fields.empty() && looks_like_acronym(fields[0])) aliases.insert(folded_acronym(fields[0]));
    });
    return aliases;
  }();
  return listed.count(folded_acronym(acronym)) != 0;
}

// Whether the acronym written after an organization's name in brackets defines it though its letters are
// not the name's initials: names reported in English keep the acronym of their own language ("Corruption
// Eradication Commission (KPK)", "National Liberation Army (ELN)", "Federal Security Service (FSB)").
// Not for a listed acronym ("Barclays Bank (UK)") nor one the tagger reads as a name of another type.
bool defines_by_position(const Document& document, const Mention& name, std::uint32_t acronym,
                         const std::vector<Mention>& names) {
  if (name.type != EntityType::Org || acronym != name.token_end + 1) return false;
  if (is_listed_alias(document.token_text(acronym))) return false;
  return std::none_of(names.begin(), names.end(), [&](const Mention& m) {
    return m.token_begin <= acronym && acronym < m.token_end && m.type != EntityType::Org;
  });
}

// The acronym that `name` defines, written after it ("NAME ( ACR )") or before it ("ACR ( NAME )"):
// its token, or -1. `names` are the document's names (for defines_by_position).
std::int64_t defined_by(const Document& document, const Mention& name, const std::vector<Mention>& names) {
  if (name.token_end - name.token_begin < 2) return -1;
  const std::size_t token_count = document.tokens.size();
  std::int64_t acronym = -1;
  if (name.token_end + 2 < token_count && document.token_text(name.token_end) == "(" &&
      document.token_text(name.token_end + 2) == ")") {
    acronym = name.token_end + 1;
  } else if (name.token_begin >= 2 && name.token_end < token_count &&
             document.token_text(name.token_begin - 1) == "(" && document.token_text(name.token_end) == ")") {
    acronym = name.token_begin - 2;
  }
  if (acronym < 0) return -1;
  const std::string_view written = document.token_text(static_cast<std::uint32_t>(acronym));
  if (!looks_like_acronym(written)) return -1;
  if (!defines(written, initials(document, name.token_begin, name.token_end)) &&
      !defines_by_position(document, name, static_cast<std::uint32_t>(acronym), names))
    return -1;
  return acronym;
}

struct Definition {
  std::string_view acronym;
  EntityType type;
};

// A word that may stand inside an organization's name: capitalized, a hyphen glued to its neighbours
// ("Tehreek-e-Insaf"), a lowercase particle glued by hyphens ("e", "ul"), or a short joining word.
bool inside_a_name(const Document& document, std::uint32_t t) {
  const std::string_view word = document.token_text(t);
  if (word.empty()) return false;
  const bool glued = t > 0 && !document.tokens[t].space_before;
  if (word == "-") return glued && t + 1 < document.tokens.size() && !document.tokens[t + 1].space_before;
  if (is_ascii_upper(word[0])) return true;
  if (glued && document.token_text(t - 1) == "-") return true;
  return word == "and" || word == "of" || word == "for" || word == "the" || word == "&";
}

// "Pakistan Tehreek-e-Insaf (PTI)": an acronym in brackets whose letters are the initials of the
// capitalized words right before it, where the tagger found no name over them (it cut the name at its
// hyphens: "Pakistan" GPE, "Tehreek" MISC). Those words become one ORG, replacing the pieces, so the
// definition below finds it. Titles are left alone ("Chief of Army Staff (COAS)").
void name_acronym_spans(const Document& document, std::vector<Mention>& names) {
  const lexicon::TitleLexicon& titles = lexicon::TitleLexicon::get();
  const auto n = static_cast<std::uint32_t>(document.tokens.size());
  for (std::uint32_t open = 2; open + 2 < n; ++open) {
    if (document.token_text(open) != "(" || document.token_text(open + 2) != ")") continue;
    const std::string_view written = document.token_text(open + 1);
    if (!looks_like_acronym(written)) continue;
    const auto after = std::lower_bound(names.begin(), names.end(), open,
                                        [](const Mention& m, std::uint32_t t) { return m.token_end < t; });
    if (after != names.end() && after->token_end == open &&
        defines(written, initials(document, after->token_begin, open)))
      continue;  // a name the tagger found defines it already
    std::uint32_t begin = open;
    while (begin > 0 && open - begin < 10 && inside_a_name(document, begin - 1)) --begin;
    // The shortest run that starts with a capital whose initials spell the acronym.
    std::uint32_t found = open;
    for (std::uint32_t b = open - 1; b + 1 > begin && b < open; --b) {
      const std::string_view first = document.token_text(b);
      if (!first.empty() && is_ascii_upper(first[0]) && open - b >= 2 &&
          defines(written, initials(document, b, open))) {
        found = b;
        break;
      }
    }
    if (found == open || titles.classes(document, found, open) != 0) continue;
    std::vector<Mention> kept;
    kept.reserve(names.size() + 1);
    bool inserted = false;
    for (const Mention& m : names) {
      if (m.token_end > found && m.token_begin < open) continue;  // a piece of the name
      if (!inserted && m.token_begin >= open) {
        kept.push_back(Mention{});
        kept.back().token_begin = found;
        kept.back().token_end = open;
        kept.back().type = EntityType::Org;
        inserted = true;
      }
      kept.push_back(m);
    }
    if (!inserted) {
      kept.push_back(Mention{});
      kept.back().token_begin = found;
      kept.back().token_end = open;
      kept.back().type = EntityType::Org;
    }
    names = std::move(kept);
  }
}

// Acronyms of things, not of names: they repeat in an article without being anyone's name.
bool is_common_acronym(std::string_view token) {
  static const std::unordered_set<std::string_view> common = {
      "GDP",  "GNP",  "CPI",   "PMI",  "IPO", "VAT",  "GST",   "TV",   "AM",   "PM",  "GMT", "UTC", "EST", "HIV",
      "AIDS", "DNA",  "RNA",   "CEO",  "CFO", "COO",  "CTO",   "OK",   "ID",   "PC",  "IT",  "AI",  "PR",  "HQ",
      "FAQ",  "ATM",  "SUV",   "GPS",  "DVD", "CD",   "USB",   "PDF",  "URL",  "VIP", "MP",  "MPS", "PHD", "MBA",
      "BA",   "MA",   "BC",    "AD",   "BCE", "CE",   "EV",    "EVS",  "LNG",  "LPG", "OTC", "ETF", "EPS", "ROI",
      "NGO",  "NGOS", "FDI",   "IMO",  "LOL", "USD",  "EUR",   "GBP",  "JPY",  "CNY", "INR", "PKR", "KES", "NGN",
      "ZAR",  "BRL",  "MXN",   "RUB",  "CHF", "SMS",  "APP",   "API",  "CCTV", "ICU", "ER",  "IVF", "MRI", "ADHD",
      "PTSD", "LGBT", "LGBTQ", "NB",   "PS",  "RSVP", "COVID", "SARS", "MERS", "PPE", "ESG", "GMO", "NFT", "DEI",
      "UFO",  "IQ",   "WMD",   "ICBM", "FY",  "PST",  "CST",   "CET",  "IST",  "BST", "EDT", "PDT", "CDT"};
  return common.count(token) != 0;
}

// Whether each sentence reads as running text: some word in it starts in lowercase (a headline or a table
// in capitals repeats its words for another reason). Decided once per sentence, when first asked.
class RunningText {
 public:
  explicit RunningText(const Document& document) : document_(document), known_(document.sentences.size(), -1) {}

  bool at(std::uint32_t t) {
    const std::uint32_t s = document_.sentence_of_token(t);
    if (known_[s] < 0) {
      const Sentence& sentence = document_.sentences[s];
      known_[s] = 0;
      for (std::uint32_t i = sentence.token_begin; i < sentence.token_end && i < document_.tokens.size(); ++i) {
        const std::string_view word = document_.token_text(i);
        if (document_.tokens[i].kind == TokenKind::Word && !word.empty() && is_ascii_lower(word[0])) {
          known_[s] = 1;
          break;
        }
      }
    }
    return known_[s] == 1;
  }

 private:
  const Document& document_;
  std::vector<std::int8_t> known_;
};

}  // namespace

void name_repeated_acronyms(const Document& document, std::vector<Mention>& names) {
  if (document.sentences.empty()) return;
  const lexicon::TitleLexicon& titles = lexicon::TitleLexicon::get();
  const auto count = static_cast<std::uint32_t>(document.tokens.size());
  const std::vector<std::int32_t> name_at = name_at_tokens(document, names);
  // The type of an acronym where a mention holds it alone: its other uses take it.
  std::unordered_map<std::string_view, EntityType> named;
  for (const Mention& name : names) {
    if (name.token_end == name.token_begin + 1 && !is_rule_type(name.type) && name.type != EntityType::Title)
      named.emplace(document.token_text(name.token_begin), name.type);
  }
  // Each candidate spelling's uncovered uses in running text, and how often it is used in all.
  struct Uses {
    std::vector<std::uint32_t> unnamed;
    std::size_t all = 0;
  };
  std::unordered_map<std::string_view, Uses> uses;
  RunningText running_text(document);
  for (std::uint32_t t = 0; t < count; ++t) {
    if (document.tokens[t].kind != TokenKind::Word) continue;
    const std::string_view token = document.token_text(t);
    if (token.size() < 2 || token.size() > 5 ||
        !std::all_of(token.begin(), token.end(), [](char c) { return is_ascii_upper(c); }))
      continue;
    if (is_common_acronym(token) || is_listed_alias(token) || titles.classes(document, t, t + 1) != 0) continue;
    Uses& found = uses[token];
    ++found.all;
    // Glued to a hyphen it is a piece of a longer name ("UWP-Hachette").
    const bool hyphenated =
        (t + 1 < count && !document.tokens[t + 1].space_before && document.token_text(t + 1) == "-") ||
        (t > 0 && !document.tokens[t].space_before && document.token_text(t - 1) == "-");
    if (name_at[t] < 0 && !hyphenated && running_text.at(t)) found.unnamed.push_back(t);
  }
  const std::size_t before = names.size();
  for (const auto& [token, found] : uses) {
    if (found.all < kRepeatedUses) continue;
    const auto type = named.find(token);
    for (const std::uint32_t t : found.unnamed) {
      Mention use;
      use.token_begin = t;
      use.token_end = t + 1;
      use.type = type != named.end() ? type->second : EntityType::Org;
      names.push_back(use);
    }
  }
  if (names.size() == before) return;
  sort_by_start(names);
}

void name_defined_acronyms(Document& document, std::vector<Mention>& names) {
  document.acronyms.clear();
  name_acronym_spans(document, names);
  std::vector<Definition> definitions;
  for (const Mention& name : names) {
    const std::int64_t token = defined_by(document, name, names);
    if (token < 0) continue;
    const std::string_view acronym = document.token_text(static_cast<std::uint32_t>(token));
    const bool known =
        std::any_of(definitions.begin(), definitions.end(), [&](const Definition& d) { return d.acronym == acronym; });
    if (known) continue;
    definitions.push_back({acronym, name.type});
    document.acronyms.push_back({static_cast<std::uint32_t>(token), name.token_begin, name.token_end});
  }
  if (definitions.empty()) return;
  // Every use of a defined acronym: a one-token name of its type, unless it is part of a longer name.
  const std::vector<std::int32_t> owner = name_at_tokens(document, names);
  std::vector<Mention> added;
  for (std::uint32_t t = 0; t < document.tokens.size(); ++t) {
    const std::string_view token = document.token_text(t);
    if (!looks_like_acronym(token)) continue;
    const auto definition =
        std::find_if(definitions.begin(), definitions.end(), [&](const Definition& d) { return d.acronym == token; });
    if (definition == definitions.end()) continue;
    if (owner[t] < 0) {
      Mention use;
      use.token_begin = t;
      use.token_end = t + 1;
      use.type = definition->type;
      added.push_back(use);
    } else if (Mention& name = names[static_cast<std::size_t>(owner[t])]; name.token_end - name.token_begin == 1) {
      name.type = definition->type;
    }
  }
  if (added.empty()) return;
  names.insert(names.end(), added.begin(), added.end());
  sort_by_start(names);
}

}  // namespace lede::ner
