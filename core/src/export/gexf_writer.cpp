// GEXF 1.3 (https://gexf.net), for Gephi: a node per entity (its type, salience and number of mentions as
// attributes), a directed edge per relation between two entities (its type and predicate), and an
// undirected edge per pair of entities named in one sentence, weighted by how many sentences they share.
#include <string>

#include "export/export_support.hpp"

namespace lede::exporting {
namespace {

std::string attribute(std::string_view name, std::string_view value) {
  return "<attvalue for=\"" + std::string(name) + "\" value=\"" + xml_escaped(value) + "\"/>";
}

}  // namespace

void write_gexf(const Result& result, OutputSink& out) {
  write_gexf_head(out, "Lede (" + result.model_name + " " + result.model_version + ")",
                  "Entities, their relations and same-sentence co-occurrence");
  out.write(
      "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
      "    <attributes class=\"node\">\n"
      "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
      "      <attribute id=\"salience\" title=\"salience\" type=\"double\"/>\n"
      "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
      "    </attributes>\n"
      "    <attributes class=\"edge\">\n"
      "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
      "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
      "      <attribute id=\"predicate\" title=\"predicate\" type=\"string\"/>\n"
      "    </attributes>\n"
      "    <nodes>\n");
  for (const Result::Entity& entity : result.entities) {
    out.write("      <node id=\"e" + std::to_string(entity.id) + "\" label=\"" + xml_escaped(entity.name) +
              "\"><attvalues>" + attribute("type", entity.type) + attribute("salience", two_decimals(entity.salience)) +
              attribute("mentions", std::to_string(entity.mentions.size())) + "</attvalues></node>\n");
  }
  out.write("    </nodes>\n    <edges>\n");
  for (const Result::Relation& relation : result.relations) {
    if (relation.subject < 0 || relation.object < 0 || relation.subject == relation.object) continue;
    out.write("      <edge id=\"r" + std::to_string(relation.id) + "\" source=\"e" + std::to_string(relation.subject) +
              "\" target=\"e" + std::to_string(relation.object) + "\" label=\"" + xml_escaped(relation.predicate) +
              "\" weight=\"1\"><attvalues>" + attribute("kind", "relation") + attribute("relation", relation.type) +
              attribute("predicate", relation.predicate) + "</attvalues></edge>\n");
  }
  std::size_t pair_number = 0;
  for (const auto& [pair, sentences] : cooccurrences(result)) {
    out.write("      <edge id=\"c" + std::to_string(pair_number++) + "\" source=\"e" + std::to_string(pair.first) +
              "\" target=\"e" + std::to_string(pair.second) + "\" type=\"undirected\" weight=\"" +
              std::to_string(sentences) + "\"><attvalues>" + attribute("kind", "cooccurrence") +
              "</attvalues></edge>\n");
  }
  out.write(kGexfTail);
}

}  // namespace lede::exporting
