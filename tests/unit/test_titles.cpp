// TITLE mentions (core/src/ner/title_recognizer.hpp) on sentences written for these tests: the rules alone
// (no model: the lexicon is built into the binary), and with the committed model (skipped when its file is
// absent), where the tagger's names must come out cut around the titles.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "lede/analyzer.hpp"
#include "model_fixtures.hpp"
#include "ner/mention_merge.hpp"
#include "ner/title_recognizer.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

using namespace lede;

namespace {

using lede::test::ner_model;
using lede::test::read_text;

std::string describe(const Document& document, const Mention& m) {
  const std::uint32_t start = document.mention_start(m);
  return std::string(to_string(m.type)) + " " + document.text().substr(start, document.mention_end(m) - start);
}

// "TYPE text" of the name mentions (rule types left out) of a text.
std::vector<std::string> names_of(const Analyzer& analyzer, const std::string& text) {
  const Document document = analyzer.analyze(text);
  std::vector<std::string> out;
  for (const Mention& m : document.mentions) {
    if (!lede::is_rule_type(m.type)) out.push_back(describe(document, m));
  }
  return out;
}

// Titles over hand-placed names: a tokenized document and mentions given as token ranges.
std::vector<std::string> titles_over(const std::string& text, std::vector<Mention> named) {
  Document document(text);
  text::tokenize(document);
  text::split_sentences(document);
  std::vector<std::string> out;
  for (const Mention& m : ner::add_titles(document, std::move(named))) out.push_back(describe(document, m));
  return out;
}

Mention mention(std::uint32_t begin, std::uint32_t end, EntityType type) {
  Mention m;
  m.token_begin = begin;
  m.token_end = end;
  m.type = type;
  return m;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("titles before names, without a model", "[titles]") {
  const Analyzer rules;
  CHECK(names_of(rules, "Foreign Minister Khawaja Asif said the talks went well.") ==
        Names{"TITLE Foreign Minister", "PERSON Khawaja Asif"});
  CHECK(names_of(rules, "Gen. Qamar Javed Bajwa arrived.") == Names{"TITLE Gen.", "PERSON Qamar Javed Bajwa"});
  CHECK(names_of(rules, "He praised Lt-Gen. (retd) Erik Haug for the plan.") ==
        Names{"TITLE Lt-Gen. (retd)", "PERSON Erik Haug"});
  CHECK(names_of(rules, "Minister of Finance Sara Lind presented the budget.") ==
        Names{"TITLE Minister of Finance", "PERSON Sara Lind"});
  CHECK(names_of(rules, "It was Deputy Prime Minister Alexei Gromov who spoke.") ==
        Names{"TITLE Deputy Prime Minister", "PERSON Alexei Gromov"});
  CHECK(names_of(rules, "Then Colonel General Oleg Salyukov spoke.") ==
        Names{"TITLE Colonel General", "PERSON Oleg Salyukov"});
}

TEST_CASE("titles alone and in apposition, without a model", "[titles]") {
  const Analyzer rules;
  CHECK(names_of(rules, "He later met the COAS at his office.") == Names{"TITLE COAS"});
  // "former" stays outside; honorifics are neither titles nor names.
  CHECK(names_of(rules, "She questioned former trade minister Eko Widodo.") ==
        Names{"TITLE trade minister", "PERSON Eko Widodo"});
  CHECK(names_of(rules, "The visit was led by Dr. Ines Varga.").empty());
  // Role words are titles only beside a person: "the spokesman said" is none.
  CHECK(names_of(rules, "The spokesman said nothing.").empty());
  CHECK(names_of(rules, "But spokesman Omar Haddad said nothing.") == Names{"TITLE spokesman", "PERSON Omar Haddad"});
  // Stacked titles are separate mentions.
  CHECK(names_of(rules, "Yesterday Energy Minister Prince Khalid Al Faris spoke.") ==
        Names{"TITLE Energy Minister", "TITLE Prince", "PERSON Khalid Al Faris"});
}

TEST_CASE("a title standing alone after the article tied it to someone", "[titles]") {
  const Analyzer rules;
  // Written for the test (GUM's court transcript has the same shape: "Secretary Cardona ... the Secretary").
  CHECK(names_of(rules,
                 "Education Secretary Miguel Cardona invoked the act. The states say the act does not allow the "
                 "Secretary to forgive loans. \"We acted lawfully,\" the Secretary's office said.") ==
        Names{"TITLE Education Secretary", "PERSON Miguel Cardona", "TITLE Secretary", "TITLE Secretary"});
  // Lowercase, with the title's own modifier: "the defence minister".
  CHECK(names_of(rules, "Defence Minister Khawaja Asif arrived. Later the defence minister said talks would go on.") ==
        Names{"TITLE Defence Minister", "PERSON Khawaja Asif", "TITLE defence minister"});
  // Not before the article ties the title to anyone, nor a plural, a role word, or a post of its own.
  CHECK(names_of(rules, "The Secretary will travel on Monday.").empty());
  CHECK(names_of(rules, "Defence Minister Khawaja Asif arrived. The ministers met later.") ==
        Names{"TITLE Defence Minister", "PERSON Khawaja Asif"});
  CHECK(names_of(rules, "Spokesman Omar Haddad spoke. The spokesman left.") ==
        Names{"TITLE Spokesman", "PERSON Omar Haddad"});
  CHECK(names_of(rules, "Foreign Secretary Ann Lee spoke. The Secretary of State agreed.") ==
        Names{"TITLE Foreign Secretary", "PERSON Ann Lee"});
}

TEST_CASE("titles cut the tagger's names", "[titles]") {
  // PERSON "General Qamar Javed Bajwa" -> TITLE + PERSON.
  CHECK(titles_over("General Qamar Javed Bajwa spoke.", {mention(0, 4, EntityType::Person)}) ==
        Names{"TITLE General", "PERSON Qamar Javed Bajwa"});
  // ORG "Staff General Qamar Javed Bajwa" over a title and a stacked rank -> two titles + PERSON.
  CHECK(titles_over("Chief of Army Staff General Qamar Javed Bajwa spoke.", {mention(3, 8, EntityType::Org)}) ==
        Names{"TITLE Chief of Army Staff", "TITLE General", "PERSON Qamar Javed Bajwa"});
  // A possessive 's never ends a name; the title after it is outside the place.
  CHECK(titles_over("Russia's Foreign Minister Dmitry Orlov spoke.",
                    {mention(0, 2, EntityType::Gpe), mention(4, 6, EntityType::Person)}) ==
        Names{"GPE Russia", "TITLE Foreign Minister", "PERSON Dmitry Orlov"});
  // An organization named like a rank keeps its name.
  CHECK(titles_over("General Motors said sales fell.", {mention(0, 2, EntityType::Org)}) ==
        Names{"ORG General Motors"});
  // So does a longer one opened by a one-word title, which used to become a PERSON "League Baseball".
  CHECK(titles_over("Major League Baseball standings.", {mention(0, 3, EntityType::Misc)}) ==
        Names{"MISC Major League Baseball"});
  CHECK(titles_over("Queen of the South won.", {mention(0, 4, EntityType::Org)}) == Names{"ORG Queen of the South"});
  // A title of two words or more before a name the tagger read as one ORG is a person's.
  CHECK(titles_over("Additional Collector Shazia Memon said so.", {mention(0, 4, EntityType::Org)}) ==
        Names{"TITLE Additional Collector", "PERSON Shazia Memon"});
  // A portfolio of several words read as an organization before "Minister" is the title's (written for
  // the test: "Civil Aviation" was an ORG its minister was a member of).
  CHECK(titles_over("Civil Aviation Minister Ram Naidu spoke.", {mention(0, 2, EntityType::Org)}) ==
        Names{"TITLE Civil Aviation Minister", "PERSON Ram Naidu"});
  // Not an organization's own name that ends in no portfolio word.
  CHECK(titles_over("Acme Holdings Minister Ram Naidu spoke.", {mention(0, 2, EntityType::Org)}) ==
        Names{"ORG Acme Holdings", "TITLE Minister", "PERSON Ram Naidu"});
  // Idempotent: running over its own output changes nothing.
  Document document("Foreign Minister Khawaja Asif said so.");
  text::tokenize(document);
  text::split_sentences(document);
  const std::vector<Mention> once = ner::add_titles(document, {});
  const std::vector<Mention> twice = ner::add_titles(document, once);
  REQUIRE(once.size() == twice.size());
  for (std::size_t i = 0; i < once.size(); ++i) {
    CHECK(once[i].token_begin == twice[i].token_begin);
    CHECK(once[i].token_end == twice[i].token_end);
    CHECK(once[i].type == twice[i].type);
  }
}

TEST_CASE("titles with the model", "[titles][model]") {
  const Analyzer* model = ner_model();
  if (model == nullptr) return;  // no model file: skipped (model_fixtures.hpp warned)
  const auto has = [](const Names& names, const std::string& wanted) {
    return std::find(names.begin(), names.end(), wanted) != names.end();
  };
  const Names asif = names_of(*model, "Foreign Minister Khawaja Asif said Pakistan wanted peace.");
  CHECK(has(asif, "TITLE Foreign Minister"));
  CHECK(has(asif, "PERSON Khawaja Asif"));
  const Names bajwa = names_of(*model, "Army chief Gen. Qamar Javed Bajwa met the Chinese ambassador in Rawalpindi.");
  CHECK(has(bajwa, "TITLE Gen."));
  CHECK(has(bajwa, "PERSON Qamar Javed Bajwa"));
  const Names haug = names_of(*model, "The board is chaired by Lt-Gen. (retd) Erik Haug, a former Norwegian officer.");
  CHECK(has(haug, "TITLE Lt-Gen. (retd)"));
  CHECK(has(haug, "PERSON Erik Haug"));
  const Names salyukov = names_of(
      *model,
      "Colonel General Oleg Salyukov, the commander of the Russian Federation's Ground Forces, inspected the troops.");
  CHECK(has(salyukov, "TITLE Colonel General"));
  CHECK(has(salyukov, "PERSON Oleg Salyukov"));
  CHECK(has(salyukov, "TITLE commander"));
  // Written for the test: a capitalized portfolio the lexicon lacks ("Minister" alone before), and a
  // hyphenated title opening the text, which the sentence splitter took for a dateline's dash.
  const Names harfuch = names_of(*model, "Security Minister Omar Garcia Harfuch said the transfer was legal.");
  CHECK(has(harfuch, "TITLE Security Minister"));
  const Names iqbal = names_of(*model, "Pakistan Minister Ahsan Iqbal said so.");
  CHECK_FALSE(has(iqbal, "TITLE Pakistan Minister"));
  const Names rutte = names_of(*model, "NATO Secretary-General Mark Rutte welcomed the plan.");
  CHECK(has(rutte, "TITLE Secretary-General"));
  CHECK(has(rutte, "PERSON Mark Rutte"));
  const Names coas = names_of(*model, "The prime minister met the COAS on Tuesday.");
  CHECK(has(coas, "TITLE COAS"));
  // Written for the test: the field after "of" ended at its first noun ("head of the works").
  const Names cavallo =
      names_of(*model, "Daniela Cavallo, head of the works council at Volkswagen, said workers would resist.");
  CHECK(has(cavallo, "TITLE head of the works council"));
  const Names reed = names_of(*model, "John Reed, head of equity research at Barclays, said shares rose.");
  CHECK(has(reed, "TITLE head of equity research"));
  const Names kim = names_of(*model, "Sara Kim, head of medicine at the hospital, said so.");
  CHECK(has(kim, "TITLE head of medicine"));
  // Written for the test, in an Indian paper's words and AP's: the titles were "secretary", "chief" and
  // "General".
  CHECK(has(names_of(*model, "Its general secretary Jairam Ramesh said the BJP had received most of the bonds."),
            "TITLE general secretary"));
  CHECK(has(names_of(*model, "Thorsten Groeger, IG Metall's chief negotiator, spoke."), "TITLE chief negotiator"));
  CHECK(
      has(names_of(*model, "The charges were brought by Prosecutor-General Paulo Gonet."), "TITLE Prosecutor-General"));
  // Written for the test: "Cas" was the CAS, Chief of Air Staff, and Coovadia's title.
  const Names coovadia = names_of(*model, "Its chief executive, Cas Coovadia, urged the government to act.");
  CHECK_FALSE(has(coovadia, "TITLE Cas"));
  CHECK(has(names_of(*model, "The CAS inspected the base."), "TITLE CAS"));
  // Written for the test: "leader" after a name was no title, though it led a named party.
  const Names soeder = names_of(*model, "Markus Soeder, leader of the CSU, called the result a mandate.");
  CHECK(has(soeder, "TITLE leader"));
  const Names protest = names_of(*model, "Markus Soeder, a leader of the protest, spoke.");
  CHECK_FALSE(has(protest, "TITLE leader"));
  const Names lind = names_of(*model, "Minister of Finance Sara Lind said the budget would pass.");
  CHECK(has(lind, "TITLE Minister of Finance"));
  CHECK(has(lind, "PERSON Sara Lind"));
  // A ministry of two joined portfolios, the first read as an ORG by the tagger; not two places.
  const Names menon = names_of(*model, "The launch was attended by Electronics and IT Minister Suresh Menon.");
  CHECK(has(menon, "TITLE Electronics and IT Minister"));
  // The same when the lexicon holds the second portfolio with the head ("Petroleum Minister"); two titles
  // joined stay two.
  const Names mines = names_of(*model, "Mines and Petroleum Minister Gwede Mantashe spoke.");
  CHECK(has(mines, "TITLE Mines and Petroleum Minister"));
  const Names titles = names_of(*model, "He met the Prime Minister and Foreign Minister Ali Rao.");
  CHECK_FALSE(has(titles, "TITLE Prime Minister and Foreign Minister"));
  CHECK(has(titles, "TITLE Foreign Minister"));
  // A title closing its sentence leaves the period out; a company's legal form is no title.
  CHECK(has(names_of(*model, "Neil Bradley, the chamber's chief policy officer. He spoke."),
            "TITLE chief policy officer"));
  const Names nordwolke = names_of(*model, "Complaints came from Germany's Nordwolke AG.");
  CHECK_FALSE(has(nordwolke, "TITLE AG"));
  // Hyphenated titles of international bodies.
  CHECK(has(names_of(*model, "Ngozi Okonjo-Iweala, director-general of the World Trade Organization, spoke."),
            "TITLE director-general"));
  // Portfolios of the extra lexicon.
  CHECK(has(names_of(*model, "Electricity Minister Kgosientsho Ramokgopa visited Kusile."),
            "TITLE Electricity Minister"));
  const Names two = names_of(*model, "Pakistan and India Minister Rana met.");
  CHECK(has(two, "GPE Pakistan"));
  CHECK(has(two, "TITLE Minister"));
  // A common noun before a bare head says what the post is over; police ranks of several words are one.
  const Names chief = names_of(*model, "EU competition chief Henna Lindqvist said the fine was fair.");
  CHECK(has(chief, "TITLE competition chief"));
  const Names former = names_of(*model, "The former chief, John Smith, resigned.");
  CHECK(has(former, "TITLE chief"));
  const Names igp = names_of(*model, "Inspector General of Police (IGP) Usman Anwar said the suspects were held.");
  CHECK(has(igp, "TITLE Inspector General of Police"));
  CHECK(has(igp, "PERSON Usman Anwar"));
  for (const Names* names : {&asif, &bajwa, &haug, &salyukov, &lind}) {
    for (const std::string& name : *names) {
      INFO(name);
      CHECK(name.find("PERSON Gen") == std::string::npos);  // no title inside a PERSON
      CHECK(name.find("'s") == std::string::npos);          // no possessive inside a name
    }
  }
}
