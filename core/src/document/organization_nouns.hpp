// The common nouns that say "an organization" ("company", "charity", "lender", "group"), as news describes a
// company or a group beside its name: shared by the NER stage (the name so described is an ORG:
// ner/described_organizations.cpp) and the relations stage (a place in the description is its base:
// "Nimbus Cloud, a US software company").
#pragma once

#include <string>
#include <string_view>

#include "text/word_lists.hpp"

namespace lede {

// Nouns that say "an organization" and, in the singular, never a person: "builder", "producer",
// "publisher", "developer" and "miner" are people too, and "filmmaker" or "lawmaker" are only people.
inline constexpr std::string_view kOrganizationNouns[] = {
    "company",     "firm",        "bank",     "lender",      "charity",      "retailer",     "airline",
    "carrier",     "insurer",     "carmaker", "automaker",   "chipmaker",    "drugmaker",    "planemaker",
    "steelmaker",  "truckmaker",  "toymaker", "shipbuilder", "housebuilder", "homebuilder",  "conglomerate",
    "corporation", "chain",       "agency",   "regulator",   "watchdog",     "organisation", "organization",
    "broadcaster", "newspaper",   "startup",  "start-up",    "supermarket",  "brewer",       "manufacturer",
    "group",       "party",       "union",    "association", "federation",   "foundation",   "institute",
    "university",  "club",        "alliance", "coalition",   "consortium",   "nonprofit",    "non-profit",
    "subsidiary",  "affiliate",   "unit",     "division",    "outlet",       "network",      "utility",
    "giant",       "exchange",    "militia",  "operator",    "telco",        "cooperative",  "co-operative",
    "provider",    "distributor", "fund",     "ministry",    "department",   "authority",    "council",
    "commission",  "tabloid",     "daily"};

// Plural heads that name companies after "one of the ...": "one of the country's largest builders".
inline constexpr std::string_view kOrganizationPlurals[] = {"builders",  "employers", "exporters", "importers",
                                                            "suppliers", "makers",    "brands"};

// Whether `word` is one of kOrganizationNouns (any case); with `plural`, their plurals and
// kOrganizationPlurals too ("one of the country's largest housebuilders").
inline bool is_organization_noun(std::string_view word, bool plural) {
  if (text::is_one_of_ignoring_case(word, kOrganizationNouns)) return true;
  if (!plural || word.size() < 4 || word.back() != 's') return false;
  if (text::is_one_of_ignoring_case(word, kOrganizationPlurals)) return true;
  // "companies", "charities" -> "company", "charity"; "banks", "lenders" -> "bank", "lender".
  std::string singular(word.substr(0, word.size() - 1));
  if (singular.size() > 3 && singular.ends_with("ie")) singular.replace(singular.size() - 2, 2, "y");
  return text::is_one_of_ignoring_case(singular, kOrganizationNouns);
}

}  // namespace lede
