// Rule recognizers for DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL, run over the real
// tokenizer and sentence splitter. Each check lists every rule mention of a text as "TYPE text".
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "lede/document.hpp"
#include "rules/rule_recognizers.hpp"
#include "text/number_token.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

namespace {

using Spans = std::vector<std::string>;

Spans rule_spans(std::string_view text) {
  lede::Document document(text);
  lede::text::tokenize(document);
  lede::text::split_sentences(document);
  Spans spans;
  for (const lede::Mention& mention : lede::rules::recognize_rule_entities(document)) {
    const std::uint32_t start = document.mention_start(mention);
    const std::uint32_t end = document.mention_end(mention);
    spans.push_back(std::string(lede::to_string(mention.type)) + " " + document.text().substr(start, end - start));
  }
  return spans;
}

}  // namespace

TEST_CASE("absolute dates", "[rules]") {
  CHECK(rule_spans("It happened on April 25th 2018 in Kabul.") == Spans{"DATE April 25th 2018"});
  CHECK(rule_spans("It happened on 25 April 2018.") == Spans{"DATE 25 April 2018"});
  CHECK(rule_spans("It happened on 25 April, 2018.") == Spans{"DATE 25 April, 2018"});
  CHECK(rule_spans("It happened on April 25, 2018.") == Spans{"DATE April 25, 2018"});
  CHECK(rule_spans("It happened in April 2018.") == Spans{"DATE April 2018"});
  CHECK(rule_spans("It happened on April 25.") == Spans{"DATE April 25"});
  CHECK(rule_spans("The talks were held on April 24-25.") == Spans{"DATE April 24-25"});
  CHECK(rule_spans("The talks were held on the 25th of April.") == Spans{"DATE 25th of April"});
  CHECK(rule_spans("It was signed on 2018-04-25 and on 04/25/2018.") == Spans{"DATE 2018-04-25", "DATE 04/25/2018"});
  CHECK(rule_spans("He spoke on Tuesday, April 24, 2018.") == Spans{"DATE Tuesday, April 24, 2018"});
  CHECK(rule_spans("IT HAPPENED IN MAY 2018.") == Spans{"DATE MAY 2018"});
}

TEST_CASE("years need date context", "[rules]") {
  CHECK(rule_spans("The law passed in 2018.") == Spans{"DATE 2018"});
  CHECK(rule_spans("Prices have risen since 2010.") == Spans{"DATE 2010"});
  CHECK(rule_spans("Growth slowed in early 2018.") == Spans{"DATE early 2018"});
  CHECK(rule_spans("Growth slowed in mid-2018.") == Spans{"DATE mid-2018"});
  CHECK(rule_spans("He served from 2010 to 2015.") == Spans{"DATE 2010", "DATE 2015"});
  CHECK(rule_spans("He served during 2010-2015.") == Spans{"DATE 2010-2015"});
  CHECK(rule_spans("The crowd numbered 2018 people.") == Spans{"CARDINAL 2018"});
  CHECK(rule_spans("Police arrested 1500 men.") == Spans{"CARDINAL 1500"});
}

TEST_CASE("months stand alone only when they are months", "[rules]") {
  CHECK(rule_spans("Elections are due in February.") == Spans{"DATE February"});
  CHECK(rule_spans("He resigned earlier in February.") == Spans{"DATE February"});
  CHECK(rule_spans("He may go.") == Spans{});
  CHECK(rule_spans("May I ask a question?") == Spans{});
  CHECK(rule_spans("They plan to march on the capital.") == Spans{});
  CHECK(rule_spans("It happened in May.") == Spans{"DATE May"});
  CHECK(rule_spans("It happened in mid-April.") == Spans{"DATE mid-April"});
  CHECK(rule_spans("It will close last April.") == Spans{"DATE last April"});
  CHECK(rule_spans("The reporter April Ryan asked.") == Spans{});
}

TEST_CASE("weekdays, decades and relative dates", "[rules]") {
  CHECK(rule_spans("He arrived on Tuesday.") == Spans{"DATE Tuesday"});
  CHECK(rule_spans("He arrived last Tuesday.") == Spans{"DATE last Tuesday"});
  CHECK(rule_spans("It grew in the 1990s.") == Spans{"DATE the 1990s"});
  CHECK(rule_spans("It grew in 1990s Pakistan.") == Spans{"DATE 1990s"});
  CHECK(rule_spans("It grew in the mid-1990s.") == Spans{"DATE the mid-1990s"});
  CHECK(rule_spans("She is in her 90s.") == Spans{});
  CHECK(rule_spans("Sales fell last year.") == Spans{"DATE last year"});
  CHECK(rule_spans("Talks resume next week.") == Spans{"DATE next week"});
  CHECK(rule_spans("Talks ended this month.") == Spans{"DATE this month"});
  CHECK(rule_spans("He resigned earlier this month.") == Spans{"DATE earlier this month"});
  CHECK(rule_spans("Sales fell late last year.") == Spans{"DATE late last year"});
  CHECK(rule_spans("It changed over the past decade.") == Spans{"DATE the past decade"});
  CHECK(rule_spans("It changed over the past two years.") == Spans{"DATE the past two years"});
  CHECK(rule_spans("He left three years ago.") == Spans{"DATE three years ago"});
  CHECK(rule_spans("He left a week ago.") == Spans{"DATE a week ago"});
  CHECK(rule_spans("He came yesterday and leaves today.") == Spans{"DATE yesterday", "DATE today"});
  CHECK(rule_spans("It began in the 21st century.") == Spans{"DATE the 21st century"});
  // The part of a period is the date a reader means (tests/gold annotates it so).
  CHECK(rule_spans("Talks end by the end of July.") == Spans{"DATE the end of July"});
  CHECK(rule_spans("Sales rose in the second half of 2026.") == Spans{"DATE the second half of 2026"});
  CHECK(rule_spans("It was filmed in the winter of 2023.") == Spans{"DATE the winter of 2023"});
  CHECK(rule_spans("The fall of Kabul came in August 2021.") == Spans{"DATE August 2021"});
}

TEST_CASE("times", "[rules]") {
  CHECK(rule_spans("The meeting starts at 10:30.") == Spans{"TIME 10:30"});
  CHECK(rule_spans("The meeting starts at 10:30 am.") == Spans{"TIME 10:30 am"});
  CHECK(rule_spans("The meeting starts at 5pm today.") == Spans{"TIME 5pm", "DATE today"});
  CHECK(rule_spans("The meeting starts at 5 p.m. sharp.") == Spans{"TIME 5 p.m."});
  CHECK(rule_spans("The meeting starts at noon.") == Spans{"TIME noon"});
  CHECK(rule_spans("The curfew starts at midnight.") == Spans{"TIME midnight"});
  CHECK(rule_spans("The blast came at 10:30 GMT.") == Spans{"TIME 10:30 GMT"});
  CHECK(rule_spans("The blast came at 1500 GMT.") == Spans{"TIME 1500 GMT"});
  CHECK(rule_spans("Play starts at 2:30 pm local time.") == Spans{"TIME 2:30 pm local time"});
  CHECK(rule_spans("It landed at 6:23 am Beijing time.") == Spans{"TIME 6:23 am Beijing time"});
  CHECK(rule_spans("He spoke this morning.") == Spans{"TIME this morning"});
  CHECK(rule_spans("He spoke on Tuesday night.") == Spans{"TIME Tuesday night"});
  CHECK(rule_spans("He spoke late last night.") == Spans{"TIME late last night"});
  CHECK(rule_spans("He speaks tonight.") == Spans{"TIME tonight"});
  CHECK(rule_spans("I am here.") == Spans{});
}

TEST_CASE("money", "[rules]") {
  CHECK(rule_spans("It cost $5 million.") == Spans{"MONEY $5 million"});
  CHECK(rule_spans("It cost $5.2bn.") == Spans{"MONEY $5.2bn"});
  CHECK(rule_spans("It cost Rs 2bn.") == Spans{"MONEY Rs 2bn"});
  CHECK(rule_spans("It cost Rs. 2 billion in all.") == Spans{"MONEY Rs. 2 billion"});
  CHECK(rule_spans("It cost 5 million dollars.") == Spans{"MONEY 5 million dollars"});
  CHECK(rule_spans("It cost US$ 100.") == Spans{"MONEY US$ 100"});
  CHECK(rule_spans("It cost US$5.") == Spans{"MONEY US$5"});
  CHECK(rule_spans("It cost £30.") == Spans{"MONEY £30"});
  CHECK(rule_spans("It cost €1.5 billion.") == Spans{"MONEY €1.5 billion"});
  CHECK(rule_spans("It cost PKR 50,000.") == Spans{"MONEY PKR 50,000"});
  CHECK(rule_spans("It cost 20 cents.") == Spans{"MONEY 20 cents"});
  CHECK(rule_spans("It cost a million dollars.") == Spans{"MONEY a million dollars"});
  CHECK(rule_spans("The $ sign.") == Spans{});
}

TEST_CASE("percent", "[rules]") {
  CHECK(rule_spans("It rose 5%.") == Spans{"PERCENT 5%"});
  CHECK(rule_spans("It rose 5 percent.") == Spans{"PERCENT 5 percent"});
  CHECK(rule_spans("It rose 5.5 per cent.") == Spans{"PERCENT 5.5 per cent"});
  CHECK(rule_spans("It rose five percent.") == Spans{"PERCENT five percent"});
  CHECK(rule_spans("It rose 5 percentage points.") == Spans{"PERCENT 5 percentage points"});
}

TEST_CASE("quantities", "[rules]") {
  CHECK(rule_spans("They walked 10 km.") == Spans{"QUANTITY 10 km"});
  CHECK(rule_spans("They walked 10km.") == Spans{"QUANTITY 10km"});
  CHECK(rule_spans("They shipped 5,000 tonnes of wheat.") == Spans{"QUANTITY 5,000 tonnes"});
  CHECK(rule_spans("He served three years in jail.") == Spans{"QUANTITY three years"});
  CHECK(rule_spans("He served six months.") == Spans{"QUANTITY six months"});
  CHECK(rule_spans("He began a two-day visit.") == Spans{"QUANTITY two-day"});
  CHECK(rule_spans("It pumps 1.5 million barrels a day.") == Spans{"QUANTITY 1.5 million barrels"});
  CHECK(rule_spans("They drove 50 miles.") == Spans{"QUANTITY 50 miles"});
  CHECK(rule_spans("The farm covers 300 square kilometres.") == Spans{"QUANTITY 300 square kilometres"});
  CHECK(rule_spans("The plant makes 1,200 megawatts.") == Spans{"QUANTITY 1,200 megawatts"});
}

TEST_CASE("cardinals", "[rules]") {
  CHECK(rule_spans("He has three sons.") == Spans{"CARDINAL three"});
  CHECK(rule_spans("He has 3 sons.") == Spans{"CARDINAL 3"});
  CHECK(rule_spans("About 1,000 people came.") == Spans{"CARDINAL 1,000"});
  CHECK(rule_spans("About twenty-five people came.") == Spans{"CARDINAL twenty-five"});
  CHECK(rule_spans("About two million people came.") == Spans{"CARDINAL two million"});
  CHECK(rule_spans("About 1.5 million people came.") == Spans{"CARDINAL 1.5 million"});
  CHECK(rule_spans("About three hundred and fifty came.") == Spans{"CARDINAL three hundred and fifty"});
  CHECK(rule_spans("Hundreds of people came.") == Spans{"CARDINAL Hundreds"});
  CHECK(rule_spans("No one came, and the one who did left.") == Spans{});
  CHECK(rule_spans("He flew an F-16 during COVID-19.") == Spans{});
}

TEST_CASE("ordinals", "[rules]") {
  CHECK(rule_spans("It was his first visit.") == Spans{"ORDINAL first"});
  CHECK(rule_spans("It was a second attempt.") == Spans{"ORDINAL second"});
  CHECK(rule_spans("It was the 25th meeting.") == Spans{"ORDINAL 25th"});
  CHECK(rule_spans("It was the third time.") == Spans{"ORDINAL third"});
  CHECK(rule_spans("It was the twenty-first meeting.") == Spans{"ORDINAL twenty-first"});
  CHECK(rule_spans("Wait a second.") == Spans{});
}

TEST_CASE("mentions never cross sentences", "[rules]") {
  CHECK(rule_spans("He arrived in April. 25 people died.") == Spans{"DATE April", "CARDINAL 25"});
  CHECK(rule_spans("Prices rose by 5. Percent changes vary.") == Spans{"CARDINAL 5"});
}

TEST_CASE("number tokens are read by shape", "[rules]") {
  using lede::text::NumberShape;
  using lede::text::read_number_token;
  CHECK(read_number_token("1,000,000").shape == NumberShape::Integer);
  CHECK(read_number_token("1,000,000").value == 1000000.0);
  CHECK(read_number_token("1,00,000").value == 100000.0);
  CHECK(read_number_token("3.5").shape == NumberShape::Decimal);
  CHECK(read_number_token("25th").shape == NumberShape::Ordinal);
  CHECK(read_number_token("1990s").shape == NumberShape::Decade);
  CHECK(read_number_token("'90s").shape == NumberShape::Decade);
  CHECK(read_number_token("10:30").shape == NumberShape::Clock);
  CHECK(read_number_token("25:30").shape == NumberShape::None);
  CHECK(read_number_token("2018-04-25").shape == NumberShape::Date);
  CHECK(read_number_token("25.04.2018").shape == NumberShape::Date);
  CHECK(read_number_token("853-3242").shape == NumberShape::None);
  CHECK(read_number_token("24-25").shape == NumberShape::DayRange);
  CHECK(read_number_token("2010-15").shape == NumberShape::YearRange);
  CHECK(read_number_token("1,0").shape == NumberShape::None);
  CHECK(read_number_token("").shape == NumberShape::None);
  CHECK(read_number_token(std::string(500, '9')).shape == NumberShape::Integer);
}

TEST_CASE("rule recognizers survive odd input", "[rules]") {
  CHECK(rule_spans("").empty());
  CHECK(rule_spans("$").empty());
  CHECK(rule_spans("- - twenty -").size() == 1);
  const std::string huge_number = "$" + std::string(5000, '9') + " billion trillion";
  CHECK(rule_spans(huge_number).size() == 1);
  std::string words;
  for (int i = 0; i < 2000; ++i) words += "one million and ";
  CHECK_FALSE(rule_spans(words).empty());
  lede::Document unsplit("In 2018 it cost $5.");  // no tokens, no sentences
  CHECK(lede::rules::recognize_rule_entities(unsplit).empty());
}

TEST_CASE("rule mentions are ordered, disjoint and inside one sentence", "[rules]") {
  // Deterministic token soup from the words the recognizers react to.
  const char* const words[] = {"April", "May",     "25th",   "2018",  "in",      "the",     "1990s",   "mid",
                               "-",     "$",       "Rs",     ".",     "5",       "million", "bn",      "%",
                               "per",   "cent",    "km",     "years", "ago",     "last",    "week",    "10:30",
                               "pm",    "GMT",     "twenty", "five",  "hundred", "and",     "a",       "second",
                               ",",     "Tuesday", "night",  "24-25", "to",      "of",      "dollars", "\n\n"};
  const std::size_t word_count = sizeof words / sizeof words[0];
  std::uint32_t state = 12345;
  std::string text;
  for (int i = 0; i < 5000; ++i) {
    state = state * 1103515245U + 12345U;
    text += words[(state >> 16) % word_count];
    text += ((state >> 8) & 3) == 0 ? "" : " ";
  }
  lede::Document document(text);
  lede::text::tokenize(document);
  lede::text::split_sentences(document);
  const std::vector<lede::Mention> mentions = lede::rules::recognize_rule_entities(document);
  REQUIRE_FALSE(mentions.empty());
  std::uint32_t previous_end = 0;
  for (const lede::Mention& mention : mentions) {
    CHECK(mention.token_begin >= previous_end);
    CHECK(mention.token_begin < mention.token_end);
    CHECK(mention.token_end <= document.tokens.size());
    CHECK(document.sentence_of_token(mention.token_begin) == document.sentence_of_token(mention.token_end - 1));
    previous_end = mention.token_end;
  }
}
