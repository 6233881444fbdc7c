// The export writers (core/src/export, lede/export.hpp) on a result made by hand, so every edge the
// formats have is present: a name with a comma and a quote, a mention across a line break, a character
// outside the BMP before the mentions (UTF-16 and code point offsets differ), an unnamed speaker.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lede/analyzer.hpp"
#include "lede/corpus.hpp"
#include "lede/export.hpp"
#include "lede/result.hpp"

namespace {

using lede::ExportFormat;
using lede::Result;

// "😀 Acme, \"Inc.\" met Ann\nLee in Oslo." — the emoji is 2 UTF-16 units, 1 code point.
Result hand_made() {
  Result r;
  r.model_name = std::string("test");  // (a literal assigned draws a false -Wrestrict from GCC 12)
  r.model_version = std::string("1");
  r.offsets = lede::OffsetUnit::Utf16;
  r.text = std::string("\xF0\x9F\x98\x80 Acme, \"Inc.\" met Ann\nLee in Oslo.");
  r.sentences = {{0, 36}};
  //                 utf16: 😀=0-2, space 2, Acme 3.. "Acme, \"Inc.\"" = 3-15, met 16-19, Ann\nLee 20-27, Oslo 31-35
  r.mentions = {{0, {3, 15}, "Acme, \"Inc.\"", "ORG", 0, 0, 1.0, false},
                {1, {20, 27}, "Ann\nLee", "PERSON", 1, 0, 1.0, false},
                {2, {31, 35}, "Oslo", "GPE", 2, 0, 1.0, false}};
  r.entities = {{0, "ORG", "Acme, \"Inc.\"", {0}, {}, 0.5},
                {1, "PERSON", "Ann Lee", {1}, {"CEO", "founder"}, 0.3},
                {2, "GPE", "Oslo", {2}, {}, 0.2}};
  r.relations = {{0, "met", 0, 1, 0, 1, "meet", false, "", 0, {3, 27}, 0.9},
                 {1, "open", 1, 2, 1, 2, "be in", false, "2024-03", 0, {20, 35}, 0.7}};
  r.quotes = {{{20, 27}, -1, "a source", 0, true, ""}};
  return r;
}

std::string exported(const Result& result, ExportFormat format, std::string* problem = nullptr) {
  lede::StringSink sink;
  const std::string error = lede::write_export(result, format, sink);
  if (problem != nullptr) *problem = error;
  return sink.text;
}

}  // namespace

TEST_CASE("CSV exports quote what needs quoting and name the entities beside their ids", "[export]") {
  const Result r = hand_made();
  const std::string entities = exported(r, ExportFormat::Csv);
  CHECK(entities ==
        "id,type,name,mentions,salience,titles\r\n"
        "0,ORG,\"Acme, \"\"Inc.\"\"\",1,0.50,\r\n"
        "1,PERSON,Ann Lee,1,0.30,CEO; founder\r\n"
        "2,GPE,Oslo,1,0.20,\r\n");
  const std::string mentions = exported(r, ExportFormat::CsvMentions);
  CHECK(mentions.find("1,20,27,\"Ann\nLee\",PERSON,1,Ann Lee,0,1.00,false\r\n") != std::string::npos);
  const std::string relations = exported(r, ExportFormat::CsvRelations);
  CHECK(relations.find("1,open,1,Ann Lee,be in,2,Oslo,false,2024-03,0,20,35,0.70\r\n") != std::string::npos);
  // The quote's words come from the text (code points, whatever the result's unit).
  CHECK(exported(r, ExportFormat::CsvQuotes).find(",a source,true,,0,\"Ann\nLee\"\r\n") != std::string::npos);
}

TEST_CASE("brat: code point offsets that give each mention's text, fragments around line breaks", "[export]") {
  const Result r = hand_made();
  std::string problem;
  const std::string ann = exported(r, ExportFormat::Brat, &problem);
  CHECK(problem.empty());
  // The emoji counts once: "Acme..." starts at code point 2 (UTF-16 3).
  CHECK(ann.find("T1\tORG 2 14\tAcme, \"Inc.\"\n") != std::string::npos);
  CHECK(ann.find("T2\tPERSON 19 22;23 26\tAnn Lee\n") != std::string::npos);
  CHECK(ann.find("T3\tGPE 30 34\tOslo\n") != std::string::npos);
  // Typed relations only, by their mentions; each mention's entity as a note.
  CHECK(ann.find("R1\tmet Arg1:T1 Arg2:T2\n") != std::string::npos);
  CHECK(ann.find("be in") == std::string::npos);
  CHECK(ann.find("#2\tAnnotatorNotes T2\tAnn Lee (entity 1)\n") != std::string::npos);
  // Without the text, UTF-16 offsets cannot become code points: a clear refusal, nothing written.
  Result bare = r;
  bare.text.clear();
  CHECK(exported(bare, ExportFormat::Brat, &problem).empty());
  CHECK(problem.find("give the analyzed text") != std::string::npos);
}

TEST_CASE("displaCy: the text and the named spans in code points, pronouns left out", "[export]") {
  Result r = hand_made();
  r.mentions.push_back({3, {31, 35}, "Oslo", "PERSON", 1, 0, 0.6, true});  // a pronoun, as the resolver adds them
  const std::string json = exported(r, ExportFormat::Displacy);
  CHECK(json.rfind("{\"text\":\"\xF0\x9F\x98\x80 Acme, \\\"Inc.\\\" met Ann\\nLee in Oslo.\",\"ents\":[", 0) == 0);
  CHECK(json.find("{\"start\":2,\"end\":14,\"label\":\"ORG\"},{\"start\":19,\"end\":26,\"label\":\"PERSON\"},"
                  "{\"start\":30,\"end\":34,\"label\":\"GPE\"}],\"title\":null}\n") != std::string::npos);
}

TEST_CASE("GEXF: entities as nodes, relations as directed edges, co-occurrence as weighted undirected ones",
          "[export]") {
  const std::string gexf = exported(hand_made(), ExportFormat::Gexf);
  CHECK(gexf.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\"", 0) == 0);
  CHECK(gexf.find("<node id=\"e0\" label=\"Acme, &quot;Inc.&quot;\">") != std::string::npos);
  CHECK(gexf.find("<edge id=\"r0\" source=\"e0\" target=\"e1\" label=\"meet\" weight=\"1\">") != std::string::npos);
  // Three entities in one sentence: three pairs, each sharing one sentence.
  CHECK(gexf.find("<edge id=\"c2\" source=\"e1\" target=\"e2\" type=\"undirected\" weight=\"1\">") !=
        std::string::npos);
  CHECK(gexf.find("id=\"c3\"") == std::string::npos);
  CHECK(gexf.substr(gexf.size() - 8) == "</gexf>\n");
}

TEST_CASE("a result that does not hold together is refused with its reason", "[export]") {
  std::string problem;
  Result r = hand_made();
  r.mentions[1].entity = 7;
  CHECK(exported(r, ExportFormat::Csv, &problem).empty());
  CHECK(problem == "not a valid lede/1 result: mention 1: entity 7 does not exist");
  r = hand_made();
  r.relations[0].subject_mention = 40;
  exported(r, ExportFormat::Gexf, &problem);
  CHECK(problem.find("relation 0") != std::string::npos);
  r = hand_made();
  r.mentions[2].span = {31, 90};  // past the end of the text
  exported(r, ExportFormat::Brat, &problem);
  CHECK(problem.find("outside the text") != std::string::npos);
  CHECK(lede::export_format_from_string("gexf") == ExportFormat::Gexf);
  CHECK(!lede::export_format_from_string("xlsx"));
}

TEST_CASE("an analyzed document exports through result_of with the JSON's offsets and scores", "[export]") {
  const lede::Analyzer rules;  // no model: the rule mentions are enough to compare offsets
  const lede::Document document = rules.analyze("\xF0\x9F\x98\x80 Prices rose 4.5% on Tuesday, March 3, 2024.");
  const Result utf16 = lede::result_of(document, rules.model_info(), lede::OffsetUnit::Utf16);
  const Result codepoints = lede::result_of(document, rules.model_info(), lede::OffsetUnit::Codepoint);
  REQUIRE(!utf16.mentions.empty());
  CHECK(utf16.mentions[0].text == "4.5%");
  CHECK(utf16.mentions[0].span.start == codepoints.mentions[0].span.start + 1);
  // brat writes code points either way.
  CHECK(exported(utf16, ExportFormat::Brat) == exported(codepoints, ExportFormat::Brat));
}

TEST_CASE("a corpus merges entities by type and name, counts articles and mentions, pairs what shares articles",
          "[export]") {
  lede::Corpus corpus;
  corpus.add_article({{"PERSON", "Ann Lee", 3}, {"GPE", "Oslo", 1}, {"PERSON", "Ann Lee", 1}});
  corpus.add_article({{"PERSON", "Ann Lee", 2}, {"ORG", "Oslo", 1}});  // an ORG named Oslo is another entity
  corpus.add_article(hand_made());  // Acme (ORG), Ann Lee (PERSON), Oslo (GPE): the last two merge
  CHECK(corpus.article_count() == 3);
  const std::vector<lede::CorpusEntity> entities = corpus.entities();
  REQUIRE(entities.size() == 4);
  // Most widespread first (articles, then mentions, then type and name).
  CHECK((entities[0].name == "Ann Lee" && entities[0].articles == 3 && entities[0].mentions == 7));
  CHECK((entities[1].type == "GPE" && entities[1].articles == 2 && entities[1].mentions == 2));
  CHECK((entities[2].name == "Acme, \"Inc.\"" && entities[3].name == "Oslo" && entities[3].type == "ORG"));
  lede::StringSink csv;
  lede::write_corpus_csv(corpus, csv);
  CHECK(csv.text.rfind("type,name,articles,mentions\r\nPERSON,Ann Lee,3,7\r\nGPE,Oslo,2,2\r\n", 0) == 0);
  CHECK(csv.text.find("ORG,\"Acme, \"\"Inc.\"\"\",1,1\r\n") != std::string::npos);
  // Pairs named in the same articles: Ann Lee with GPE Oslo (twice), with ORG Oslo, with Acme; Acme with Oslo.
  const auto pairs = corpus.pairs();
  REQUIRE(pairs.size() == 4);
  CHECK((pairs[0].first == std::pair<std::uint32_t, std::uint32_t>{0, 1} && pairs[0].second == 2));
  lede::StringSink gexf;
  lede::write_corpus_gexf(corpus, gexf);
  CHECK(gexf.text.find("<node id=\"n0\" label=\"Ann Lee\"><attvalues><attvalue for=\"type\" value=\"PERSON\"/>"
                       "<attvalue for=\"articles\" value=\"3\"/><attvalue for=\"mentions\" value=\"7\"/>") !=
        std::string::npos);
  CHECK(gexf.text.find("<edge id=\"p0\" source=\"n0\" target=\"n1\" weight=\"2\"/>") != std::string::npos);
  CHECK(gexf.text.find("id=\"p4\"") == std::string::npos);
}
