// Curated word lists (core/lexicons/*.tsv) compiled into the library, and a reader for their rows.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace lede::lexicon {

// The text of core/lexicons/<name>.tsv as built into the library, or an empty view if there is none.
std::string_view embedded_lexicon(std::string_view name);

// Calls visit(fields) for each data row of a TSV text: blank lines and lines starting with '#' are
// skipped, a trailing '\r' is dropped, fields are split on tabs.
template <class Visit>
void for_each_row(std::string_view tsv, Visit&& visit) {
  std::vector<std::string_view> fields;
  while (!tsv.empty()) {
    const std::size_t newline = tsv.find('\n');
    std::string_view line = tsv.substr(0, newline);
    tsv = newline == std::string_view::npos ? std::string_view() : tsv.substr(newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    fields.clear();
    for (std::size_t tab; (tab = line.find('\t')) != std::string_view::npos; line.remove_prefix(tab + 1)) {
      fields.push_back(line.substr(0, tab));
    }
    fields.push_back(line);
    visit(static_cast<const std::vector<std::string_view>&>(fields));
  }
}

}  // namespace lede::lexicon
