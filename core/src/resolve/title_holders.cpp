#include "resolve/title_holders.hpp"

#include <cstdint>

#include <string_view>

#include "lexicon/title_lexicon.hpp"
#include "text/ascii_case.hpp"

namespace lede::resolve {
namespace {

// The types a tagger gives an unfamiliar person's name. Places are left alone: a title before a place is
// usually part of a longer name or a list ("the mayor of Halden"; "Governor, Texas").
bool may_be_a_person(EntityType type) {
  return type == EntityType::Org || type == EntityType::Misc || type == EntityType::Work || type == EntityType::Product;
}

class HolderFinder {
 public:
  explicit HolderFinder(Document& document) : document_(document), mentions_(document.mentions) {}

  void run() {
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      if (mentions_[m].type != EntityType::Title) continue;
      const std::size_t holder = holder_after(m);
      if (holder != kNone && may_be_a_person(mentions_[holder].type)) mentions_[holder].type = EntityType::Person;
    }
  }

 private:
  static constexpr std::size_t kNone = SIZE_MAX;

  std::string_view text(std::uint32_t token) const {
    return token < document_.tokens.size() ? document_.token_text(token) : std::string_view();
  }

  // The mention that holds title mention `m`: the next mention, past further titles and honorifics, when
  // it follows the title at once, or after a comma that the name closes again (a comma not followed by
  // "and"/"or", which would make the comma one of a list's: "the president, Congress, and the courts").
  std::size_t holder_after(std::size_t m) const {
    std::size_t next = m + 1;
    std::uint32_t gap_begin = mentions_[m].token_end;
    const bool apposition = text(gap_begin) == ",";
    if (apposition) ++gap_begin;
    while (next < mentions_.size()) {
      const std::uint32_t limit = mentions_[next].token_begin;
      if (lexicon::TitleLexicon::get().after_honorifics(document_, gap_begin, limit) != limit) return kNone;
      if (mentions_[next].type != EntityType::Title) break;
      gap_begin = mentions_[next].token_end;
      ++next;
    }
    if (next >= mentions_.size() || next - m > 3) return kNone;
    if (apposition ? !closes_apposition(mentions_[next].token_end) : runs_into_the_name(m)) return kNone;
    return next;
  }

  // "executive director of the industry-funded National ... Campaign": a title whose complement ends in a
  // lowercase word runs on into the name after it, which is the complement's, not a holder.
  bool runs_into_the_name(std::size_t title) const {
    const Mention& mention = mentions_[title];
    bool complement = false;
    for (std::uint32_t t = mention.token_begin; t < mention.token_end; ++t) {
      complement = complement || text(t) == "of" || text(t) == "for";
    }
    const std::string_view last = text(mention.token_end - 1);
    return complement && !text::starts_uppercase(last);
  }

  bool closes_apposition(std::uint32_t after) const {
    const std::uint32_t sentence = document_.sentence_of_token(after - 1);
    if (after >= document_.sentences[sentence].token_end) return true;
    const std::string_view word = text(after);
    if (word == "." || word == "(") return true;
    if (word != ",") return false;
    const std::string_view then = text(after + 1);
    return then != "and" && then != "or";
  }

  Document& document_;
  std::vector<Mention>& mentions_;
};

}  // namespace

void type_title_holders(Document& document) { HolderFinder(document).run(); }

}  // namespace lede::resolve
