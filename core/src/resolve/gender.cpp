#include "resolve/gender.hpp"

#include "lexicon/embedded.hpp"
#include "lexicon/word_table.hpp"

namespace lede::resolve {

Gender combine(Gender a, Gender b) {
  if (a == Gender::Unknown) return b;
  if (b == Gender::Unknown || a == b) return a;
  return Gender::Mixed;
}

bool agrees(Gender person, Gender pronoun) {
  if (person == Gender::Mixed) return false;
  return person == Gender::Unknown || pronoun == Gender::Unknown || person == pronoun;
}

struct GenderLexicon::Impl {
  lexicon::WordTable names{/*fold_case=*/true};
  lexicon::WordTable titles{/*fold_case=*/true};
};

namespace {

void load_genders(std::string_view lexicon_name, lexicon::WordTable& table) {
  lexicon::for_each_row(lexicon::embedded_lexicon(lexicon_name), [&](const std::vector<std::string_view>& fields) {
    if (fields.size() < 2) return;
    if (fields[1] == "m") table.insert(fields[0], static_cast<std::uint32_t>(Gender::Male));
    if (fields[1] == "f") table.insert(fields[0], static_cast<std::uint32_t>(Gender::Female));
  });
}

Gender lookup(const lexicon::WordTable& table, std::string_view word) {
  const std::uint32_t found = table.find(word);
  return found == lexicon::WordTable::kMissing ? Gender::Unknown : static_cast<Gender>(found);
}

}  // namespace

GenderLexicon::GenderLexicon() {
  auto* impl = new Impl();  // lives as long as the program: get() hands out one shared instance
  load_genders("name_genders", impl->names);
  load_genders("gendered_titles", impl->titles);
  impl_ = impl;
}

const GenderLexicon& GenderLexicon::get() {
  static const GenderLexicon lexicon;
  return lexicon;
}

Gender GenderLexicon::of_given_name(std::string_view name) const { return lookup(impl_->names, name); }

Gender GenderLexicon::of_title_word(std::string_view word) const {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return lookup(impl_->titles, word);
}

Gender gender_of_person(const Document& document, const Mention& mention, std::string_view first_word) {
  const GenderLexicon& lexicon = GenderLexicon::get();
  Gender gender = Gender::Unknown;
  // Only the word right before counts ("Mrs Khan", "Queen Rania"): further back it may describe someone else.
  if (mention.token_begin > 0) gender = lexicon.of_title_word(document.token_text(mention.token_begin - 1));
  if (gender == Gender::Unknown && !first_word.empty()) gender = lexicon.of_given_name(first_word);
  return gender;
}

}  // namespace lede::resolve
