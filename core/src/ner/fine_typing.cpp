#include "ner/fine_typing.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "ner/gazetteer.hpp"
#include "text/word_lists.hpp"

namespace lede::ner {
namespace {

constexpr std::uint32_t bit(GazetteerList list) { return 1U << list; }

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

// Last words of facility names and of natural or regional places, as news writes them.
constexpr std::string_view kFacilityWords[] = {
    "Airport", "Palace",    "Bridge", "Stadium", "Tower",    "Towers",   "Station", "Temple", "Mosque",
    "Church",  "Cathedral", "Abbey",  "Castle",  "Prison",   "Jail",     "Base",    "Hotel",  "Arena",
    "Park",    "Square",    "Street", "Avenue",  "Road",     "Highway",  "Museum",  "Dam",    "Canal",
    "Port",    "Harbour",   "Harbor", "Centre",  "Center",   "Building", "House",   "Hall",   "Gate",
    "Wall",    "Tunnel",    "Mall",   "Plant",   "Refinery", "Club"};
constexpr std::string_view kNaturalPlaceWords[] = {
    "River",  "Sea",    "Ocean",     "Mountains", "Mountain",  "Mount",  "Lake",    "Gulf",   "Bay",
    "Valley", "Desert", "Island",    "Islands",   "Peninsula", "Strait", "Straits", "Coast",  "Asia",
    "Europe", "Africa", "America",   "Americas",  "Region",    "Basin",  "Plain",   "Plains", "Hills",
    "Forest", "Alps",   "Himalayas", "Channel",   "Delta",     "Falls",  "Glacier", "Reef",   "Canyon",
    "Pole",   "East",   "West",      "Caucasus",  "Balkans",   "Gulf"};
constexpr std::string_view kEventWords[] = {
    "Cup",      "Championship", "Championships", "Open",     "Games",     "Olympics", "War",      "Tournament",
    "Festival", "Prix",         "Summit",        "Election", "Elections", "Series",   "Marathon", "Classic",
    "Trophy",   "Revolution",   "Conference",    "Rally",    "Tour",      "Olympiad", "Expo",     "Derby"};

// Last words of companies' names that no person's name ends in.
constexpr std::string_view kCompanyLastWords[] = {"Platforms",   "Systems",
                                                  "Labs",        "Laboratories",
                                                  "Networks",    "Industries",
                                                  "Group",       "Bank",
                                                  "Energy",      "Corp",
                                                  "Corp.",       "Co.",
                                                  "Plc",         "PLC",
                                                  "AG",          "SA",
                                                  "NV",          "GmbH",
                                                  "SpA",         "Therapeutics",
                                                  "Biosciences", "Solutions",
                                                  "Logistics",   "Entertainment",
                                                  "Studios",     "Communications",
                                                  "Telecom",     "Electronics",
                                                  "Software",    "Semiconductor",
                                                  "Robotics",    "Ventures",
                                                  "Investments", "Management",
                                                  "Bancorp",     "Brands",
                                                  "Foods",       "Resources",
                                                  "Mining",      "Petroleum",
                                                  "Chemicals",   "Enterprises",
                                                  "Trust",       "Fund",
                                                  "Council",     "Party"};

// Last words of armed forces' names: "Ground Forces", "Pakistan Army", "Border Guard", "Marine Corps". The
// tagger reads some as places or people ("the Russian Ground Forces"); they are organizations.
constexpr std::string_view kForceWords[] = {"Forces", "Force", "Army",     "Navy",    "Guard",
                                            "Guards", "Corps", "Regiment", "Brigade", "Militia"};

// "Russian", "Chinese", "Kurdish", "Europeans": a one-word name shaped like a nationality (the demonym
// list holds the rest: "Afghan", "Israeli").
bool looks_like_demonym(std::string_view word) {
  return ends_with(word, "ian") || ends_with(word, "ians") || ends_with(word, "ese") || ends_with(word, "ish") ||
         ends_with(word, "ean") || ends_with(word, "eans");
}

}  // namespace

bool is_force_word(std::string_view word) { return text::is_one_of(word, kForceWords); }

EntityType fine_type(NamedType type, std::uint32_t lists, std::string_view last_word, std::size_t word_count) {
  if (type != NamedType::Misc && word_count > 1 && text::is_one_of(last_word, kForceWords)) return EntityType::Org;
  switch (type) {
    case NamedType::Per: return EntityType::Person;
    case NamedType::Org: return EntityType::Org;
    case NamedType::Loc:
      // "the Red Sea" names a sea before the Sudanese state named after it, but "Homa Bay" and "Gold
      // Coast" name towns: only waters, mountains and deserts, and never a country or a city.
      if (word_count > 1 &&
          text::is_one_of(last_word, {"Sea", "Ocean", "River", "Gulf", "Strait", "Straits", "Mountains", "Lake",
                                      "Desert", "Basin", "Channel", "Glacier", "Canyon"}) &&
          (lists & (bit(kCountry) | bit(kCity))) == 0)
        return EntityType::Loc;
      if (lists & (bit(kCountry) | bit(kCity) | bit(kSubdivision) | bit(kWordnetGpe))) return EntityType::Gpe;
      if (lists & bit(kWordnetFac)) return EntityType::Fac;
      if (lists & bit(kWordnetLoc)) return EntityType::Loc;
      if (word_count > 1 && text::is_one_of(last_word, kFacilityWords)) return EntityType::Fac;
      if (text::is_one_of(last_word, kNaturalPlaceWords)) return EntityType::Loc;
      return EntityType::Gpe;
    case NamedType::Misc:
      if (lists & (bit(kDemonym) | bit(kWordnetNorp) | bit(kWordnetMember))) return EntityType::Norp;
      if (lists & bit(kWordnetEvent)) return EntityType::Event;
      if (lists & bit(kWordnetWork)) return EntityType::Work;
      if (word_count > 1 && text::is_one_of(last_word, kEventWords)) return EntityType::Event;
      if (word_count == 1 && looks_like_demonym(last_word)) return EntityType::Norp;
      return EntityType::Misc;
  }
  return EntityType::Misc;
}

namespace {

constexpr std::array<std::string_view, 10> kMonumentWords = {"Tomb",   "Mausoleum", "Shrine", "Memorial", "Monument",
                                                             "Statue", "Palace",    "Castle", "Basilica", "Cathedral"};

}  // namespace

namespace {

// The first token of "HEAD of the NAME" or "HEAD of NAME" when the tagger's name starts at `begin` and
// HEAD, capitalized, is one of `heads`; else `begin`.
template <typename Heads>
std::uint32_t head_of_start(const Document& document, std::uint32_t begin, std::uint32_t previous_end,
                            const Heads& heads) {
  for (const std::uint32_t back : {3U, 2U}) {
    if (begin < previous_end + back) continue;
    const std::uint32_t start = begin - back;
    if (!text::is_one_of(document.token_text(start), heads) || document.token_text(start + 1) != "of") continue;
    if (back == 3 && document.token_text(start + 2) != "the") continue;
    return start;
  }
  return begin;
}

constexpr std::array<std::string_view, 14> kInstitutionWords = {
    "Organization", "Organisation", "Ministry",  "Department", "Bank",    "University", "League",
    "Federation",   "Association",  "Institute", "Commission", "Council", "Bureau",     "Office"};

}  // namespace

std::uint32_t monument_start(const Document& document, std::uint32_t begin, std::uint32_t previous_end) {
  return head_of_start(document, begin, previous_end, kMonumentWords);
}

std::uint32_t institution_start(const Document& document, std::uint32_t begin, std::uint32_t previous_end) {
  return head_of_start(document, begin, previous_end, kInstitutionWords);
}

EntityType type_in_context(EntityType type, std::string_view first_word, std::string_view last_word,
                           std::string_view next_word, std::size_t word_count) {
  if (word_count > 0 && text::is_one_of(last_word, {"Taliban", "Brotherhood", "Mujahideen"})) return EntityType::Org;
  // "the Democratic Centre party", "the Unite union": a name before a party's or a union's word is the
  // party's, whatever person, place or building its words suggest ("Centre").
  if ((type == EntityType::Person || type == EntityType::Gpe || type == EntityType::Loc || type == EntityType::Fac) &&
      text::is_one_of(next_word, {"party", "union", "coalition", "alliance"}))
    return EntityType::Org;
  // Laws and treaties by their last word: "the Digital Markets Act", "the Paris Agreement", "the Kyoto
  // Protocol", "the UN Charter" (the tagger reads most as organizations or events).
  if (word_count > 1 && type != EntityType::Title && type != EntityType::Person &&
      text::is_one_of(last_word, {"Act", "Acts", "Agreement", "Accord", "Accords", "Treaty", "Charter", "Protocol",
                                  "Constitution", "Amendment"}))
    return EntityType::Law;
  // Legislatures by their own names ("the Lok Sabha", "the Bundestag", "the Majlis", "the State Duma"):
  // bodies of people, not the places or languages the tagger took them for.
  if (word_count > 0 && text::is_one_of(last_word, {"Sabha", "Duma", "Bundestag", "Bundesrat", "Knesset", "Majlis",
                                                    "Sejm", "Storting", "Riksdag", "Folketing", "Eduskunta", "Althing",
                                                    "Oireachtas", "Verkhovna", "Rada", "Jirga"}))
    return EntityType::Org;
  // "Dan Sai District", "Trapper Creek": a name that ends in a word only places end in is a place,
  // whatever the tagger made of the words before it (a person's name, often). Not every such word when the
  // tagger said organization: clubs are named after counties ("Notts County"), and an airport's name is
  // also its operator's.
  if (word_count > 1 && (type == EntityType::Person || type == EntityType::Org)) {
    if (text::is_one_of(last_word, {"District", "Province", "Prefecture", "Governorate", "Oblast"}))
      return EntityType::Gpe;
    if (text::is_one_of(last_word, {"Creek", "River", "Valley", "Peninsula", "Mountains"})) return EntityType::Loc;
    // "the Suez Canal", "the North-South Transport Corridor": built works, not their operators.
    if (text::is_one_of(last_word, {"Canal", "Bridge", "Dam", "Tunnel", "Highway", "Corridor"})) return EntityType::Fac;
  }
  // "Mount Blanc", "Lake Chad", "Western Europe": a mountain, a lake, a part of a continent (not "the
  // Organisation for Security and Cooperation in Europe").
  const bool part_of_continent =
      word_count == 2 && text::is_one_of(last_word, {"Europe", "Asia", "Africa", "America"}) &&
      text::is_one_of(first_word,
                      {"Western", "Eastern", "Northern", "Southern", "Central", "North", "South", "East", "West"});
  if (word_count > 1 && (type == EntityType::Person || type == EntityType::Org) &&
      (text::is_one_of(first_word, {"Mount", "Mt.", "Lake"}) || part_of_continent))
    return EntityType::Loc;
  // "Cowrie Capital", "Counterpoint Research", "the Democratic Centre party": a name ending in a word only
  // organizations end in is one, whatever place or person the tagger took it for.
  if (word_count > 1 && (type == EntityType::Gpe || type == EntityType::Loc || type == EntityType::Person) &&
      text::is_one_of(last_word, {"Capital",   "Research",   "Partners",    "Holdings",     "Securities",
                                  "Airlines",  "Airways",    "Motors",      "Technologies", "Pharmaceuticals",
                                  "Insurance", "Foundation", "Association", "Corporation",  "Inc",
                                  "Inc.",      "Ltd",        "Ltd.",        "LLC",          "Agency",
                                  "Authority", "Ministry",   "Commission",  "Committee"}))
    return EntityType::Org;
  // "Meta Platforms", "Access Bank", "Tata Group", "Nordwolke AG": read as a person's name (never as a
  // place's: "West Bank", "Russian Federation"), a name ending in a company's word is a company's.
  if (word_count > 1 && type == EntityType::Person && text::is_one_of(last_word, kCompanyLastWords))
    return EntityType::Org;
  // "Oberlin College", "Benazir Bhutto Hospital": a school or a hospital is an organization (as OntoNotes and
  // tests/gold type them), not the place or the person it is named after.
  if (word_count > 1 && (type == EntityType::Gpe || type == EntityType::Loc || type == EntityType::Person) &&
      text::is_one_of(last_word,
                      {"College", "University", "Institute", "Academy", "Polytechnic", "Hospital", "Clinic"}))
    return EntityType::Org;
  if (word_count > 1 && type == EntityType::Person) {
    if (text::is_one_of(last_word, {"County", "Township", "Municipality"})) return EntityType::Gpe;
    if (text::is_one_of(last_word, {"Lake", "Island", "Islands"})) return EntityType::Loc;
    if (text::is_one_of(last_word, {"Airport", "Airbase", "Stadium"})) return EntityType::Fac;
  }
  // "the Tomb of the Unknown Soldier", "the Mausoleum of ...": a monument, whatever its last words say.
  if (word_count > 1 && text::is_one_of(first_word, kMonumentWords)) return EntityType::Fac;
  // "the Haqqani network", "the Wagner group": a name before such a word names an organization, not the
  // person or the place it is named after.
  const bool person_or_place = type == EntityType::Person || type == EntityType::Gpe || type == EntityType::Loc;
  if (person_or_place &&
      text::is_one_of(next_word, {"network", "group", "militia", "movement", "faction", "cartel", "gang"}))
    return EntityType::Org;
  return type;
}

}  // namespace lede::ner
