// Many articles at once: their entities merged by type and canonical name (the page's library, and later
// `lede corpus summarize`), with in how many articles and how often each is named, and which pairs share
// articles; written as a CSV table or a GEXF graph (export.hpp's conventions: the caller's sink).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lede/export.hpp"
#include "lede/result.hpp"

namespace lede {

struct CorpusEntity {
  std::string type;
  std::string name;
  std::uint32_t articles = 0;  // how many articles name it
  std::uint32_t mentions = 0;  // how often, in all of them
};

class Corpus {
 public:
  // The most entities of one article that are paired (its first ones, in the order given): the pairs of
  // an article grow with the square of its entities, and a corpus's GEXF needs only the main ones.
  static constexpr std::size_t kMaxPairedEntities = 100;

  // Without pairs (a CSV summary needs none) the memory is that of the distinct entities alone.
  explicit Corpus(bool with_pairs = true) : with_pairs_(with_pairs) {}

  // One article's entities: type, canonical name, number of mentions. Repeats within an article count once
  // as an article and add their mentions.
  struct ArticleEntity {
    std::string_view type;
    std::string_view name;
    std::uint32_t mentions = 0;
  };
  void add_article(const std::vector<ArticleEntity>& entities);
  void add_article(const Result& result);

  std::uint32_t article_count() const { return articles_; }
  // The entities, most widespread first (articles, then mentions, then type and name).
  std::vector<CorpusEntity> entities() const;
  // Pairs of entities named in the same articles, as indices into entities(), with how many articles.
  std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t>> pairs() const;

 private:
  std::vector<CorpusEntity> entities_;                    // in order of first appearance
  std::unordered_map<std::string, std::uint32_t> index_;  // "type\tname" -> entities_ index
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> pairs_;
  std::uint32_t articles_ = 0;
  bool with_pairs_ = true;
};

// CSV (RFC 4180): type, name, articles, mentions; one row per merged entity.
void write_corpus_csv(const Corpus& corpus, OutputSink& out);
// GEXF 1.3: a node per merged entity (type, articles, mentions), an undirected edge per pair of entities
// named in the same articles, weighted by how many.
void write_corpus_gexf(const Corpus& corpus, OutputSink& out);

}  // namespace lede
