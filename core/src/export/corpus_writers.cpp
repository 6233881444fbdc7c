// The corpus of the page's library (lede/corpus.hpp): entities merged by type + canonical name, their
// article and mention counts, the pairs that share articles; and its CSV and GEXF.
#include <algorithm>
#include <numeric>
#include <tuple>

#include "export/export_support.hpp"
#include "lede/corpus.hpp"

namespace lede {

void Corpus::add_article(const std::vector<ArticleEntity>& entities) {
  ++articles_;
  std::vector<std::uint32_t> named;  // entities_ indices, in the article's order
  named.reserve(entities.size());
  for (const ArticleEntity& entity : entities) {
    std::string key(entity.type);
    key += '\t';
    key += entity.name;
    auto [found, added] = index_.try_emplace(std::move(key), static_cast<std::uint32_t>(entities_.size()));
    if (added) entities_.push_back({std::string(entity.type), std::string(entity.name), 0, 0});
    entities_[found->second].mentions += entity.mentions;
    named.push_back(found->second);
  }
  // Each entity counts the article once (sorting, not a search per entity: an article may name thousands).
  std::vector<std::uint32_t> distinct = named;
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  for (const std::uint32_t e : distinct) ++entities_[e].articles;
  if (!with_pairs_) return;
  // The pairs among the article's first kMaxPairedEntities distinct entities.
  std::vector<std::uint32_t> paired;
  for (const std::uint32_t e : named) {
    if (paired.size() == kMaxPairedEntities) break;
    if (std::find(paired.begin(), paired.end(), e) == paired.end()) paired.push_back(e);
  }
  std::sort(paired.begin(), paired.end());
  for (std::size_t a = 0; a < paired.size(); ++a) {
    for (std::size_t b = a + 1; b < paired.size(); ++b) ++pairs_[{paired[a], paired[b]}];
  }
}

void Corpus::add_article(const Result& result) {
  std::vector<ArticleEntity> entities;
  entities.reserve(result.entities.size());
  for (const Result::Entity& entity : result.entities) {
    entities.push_back({entity.type, entity.name, static_cast<std::uint32_t>(entity.mentions.size())});
  }
  add_article(entities);
}

namespace {

// entities_ indices, most widespread first.
std::vector<std::uint32_t> ranked(const std::vector<CorpusEntity>& entities) {
  std::vector<std::uint32_t> order(entities.size());
  std::iota(order.begin(), order.end(), 0U);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const CorpusEntity& x = entities[a];
    const CorpusEntity& y = entities[b];
    if (x.articles != y.articles) return x.articles > y.articles;
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    return std::tie(x.type, x.name) < std::tie(y.type, y.name);
  });
  return order;
}

}  // namespace

std::vector<CorpusEntity> Corpus::entities() const {
  std::vector<CorpusEntity> out;
  for (const std::uint32_t i : ranked(entities_)) out.push_back(entities_[i]);
  return out;
}

std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t>> Corpus::pairs() const {
  const std::vector<std::uint32_t> order = ranked(entities_);
  std::vector<std::uint32_t> rank(order.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t>> out;
  for (const auto& [pair, articles] : pairs_) {
    out.push_back(
        {{std::min(rank[pair.first], rank[pair.second]), std::max(rank[pair.first], rank[pair.second])}, articles});
  }
  std::sort(out.begin(), out.end());
  return out;
}

void write_corpus_csv(const Corpus& corpus, OutputSink& out) {
  exporting::write_csv_record({"type", "name", "articles", "mentions"}, out);
  for (const CorpusEntity& entity : corpus.entities()) {
    exporting::write_csv_record(
        {entity.type, entity.name, std::to_string(entity.articles), std::to_string(entity.mentions)}, out);
  }
}

void write_corpus_gexf(const Corpus& corpus, OutputSink& out) {
  using exporting::write_pieces;
  using exporting::xml_escaped;
  exporting::write_gexf_head(out, "Lede",
                             "Entities across " + std::to_string(corpus.article_count()) +
                                 " articles, merged by type and name; edges join entities named in the same articles");
  out.write(
      "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n"
      "    <attributes class=\"node\">\n"
      "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
      "      <attribute id=\"articles\" title=\"articles\" type=\"integer\"/>\n"
      "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
      "    </attributes>\n"
      "    <nodes>\n");
  const std::vector<CorpusEntity> entities = corpus.entities();
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const CorpusEntity& entity = entities[i];
    write_pieces(out, "      <node id=\"n", std::to_string(i), "\" label=\"", xml_escaped(entity.name),
                 "\"><attvalues><attvalue for=\"type\" value=\"", xml_escaped(entity.type),
                 "\"/><attvalue for=\"articles\" value=\"", std::to_string(entity.articles),
                 "\"/><attvalue for=\"mentions\" value=\"", std::to_string(entity.mentions),
                 "\"/></attvalues></node>\n");
  }
  out.write("    </nodes>\n    <edges>\n");
  std::size_t number = 0;
  for (const auto& [pair, articles] : corpus.pairs()) {
    write_pieces(out, "      <edge id=\"p", std::to_string(number++), "\" source=\"n", std::to_string(pair.first),
                 "\" target=\"n", std::to_string(pair.second), "\" weight=\"", std::to_string(articles), "\"/>\n");
  }
  out.write(exporting::kGexfTail);
}

}  // namespace lede
