#include "resolve/name_aliases.hpp"

#include <string_view>
#include <unordered_map>

namespace lede::resolve {
namespace {

using FormIndex = std::unordered_map<std::string_view, std::vector<std::uint32_t>>;

// Types a short name may carry when the tagger mistook a person for something else; a place or a
// nationality named like a person's surname ("Jordan", "Georgia") stays what it is.
bool may_be_mistyped_person(EntityType type) {
  return type == EntityType::Person || type == EntityType::Org || type == EntityType::Misc ||
         type == EntityType::Work || type == EntityType::Product;
}

// A place's name can be a person's surname too ("Jordan"): a place-typed word joins a person only when
// it is not read as a place (name_forms keeps "to Jordan" apart as a form of its own).
bool may_be_misplaced_person(const NameForm& form) {
  const EntityType type = form.type;
  return !form.read_as_place && (type == EntityType::Gpe || type == EntityType::Loc || type == EntityType::Fac);
}

// Two pieces of gender evidence that cannot be one person ("Mr Marbles" and "Jenna Marbles").
bool conflicting(Gender a, Gender b) {
  return (a == Gender::Male && b == Gender::Female) || (a == Gender::Female && b == Gender::Male);
}

bool is_acronym_target(EntityType type) { return type != EntityType::Person && type != EntityType::Norp; }

// Whether the words of `shorter` appear in `longer` in order ("javed bajwa" in "qamar javed bajwa",
// "john smith" in "john a smith").
bool words_in_order(std::string_view shorter, std::string_view longer) {
  std::size_t position = 0;
  std::size_t word_begin = 0;
  for (std::size_t i = 0; i <= shorter.size(); ++i) {
    if (i < shorter.size() && shorter[i] != ' ') continue;
    const std::string_view word = shorter.substr(word_begin, i - word_begin);
    word_begin = i + 1;
    if (word.empty()) continue;
    bool found = false;
    while (position < longer.size()) {
      const std::size_t end = std::min(longer.find(' ', position), longer.size());
      const std::string_view candidate = longer.substr(position, end - position);
      position = end + 1;
      if (candidate == word) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

class AliasLinker {
 public:
  AliasLinker(const std::vector<NameForm>& forms, const std::vector<Gender>& mention_gender, DisjointSets& sets)
      : forms_(forms), mention_gender_(mention_gender), sets_(sets) {
    for (std::uint32_t f = 0; f < forms.size(); ++f) {
      const NameForm& form = forms[f];
      if (form.indefinite) continue;  // "a Moreau" names nobody else, and nobody else is it
      if (form.key.words >= 2 && form.type == EntityType::Person && !ends_an_institution(form.key.last_word())) {
        by_surname_[form.key.last_word()].push_back(f);
        by_given_name_[form.key.first_word()].push_back(f);
        if (form.key.words >= 3) longer_by_surname_[form.key.last_word()].push_back(f);
      }
      if (form.key.words >= 2 && is_acronym_target(form.type)) {
        const std::string all = initials_of_all_words(form.key.text);
        const std::string content = initials_of_content_words(form.key.text);
        if (!all.empty()) initials_.emplace(all, std::vector<std::uint32_t>()).first->second.push_back(f);
        if (!content.empty() && content != all)
          initials_.emplace(content, std::vector<std::uint32_t>()).first->second.push_back(f);
      }
    }
  }

  void run() {
    unite_identical_forms();
    link_shorter_full_names();
    link_single_names();
    link_organization_short_names();
    link_acronyms_by_initials();
  }

 private:
  std::uint32_t root_of_form(std::uint32_t form) { return sets_.find(forms_[form].mentions.front()); }
  void unite_forms(std::uint32_t a, std::uint32_t b) {
    sets_.unite(forms_[a].mentions.front(), forms_[b].mentions.front());
  }

  // Single words are left to link_single_names, which keeps a "Mr" and a "Mrs" of one surname apart.
  void unite_identical_forms() {
    for (const NameForm& form : forms_) {
      if (form.key.words == 1) continue;
      for (std::uint32_t m : form.mentions) sets_.unite(form.mentions.front(), m);
    }
  }

  // "Javed Bajwa" joins "Qamar Javed Bajwa" when no other full name with that surname contains it.
  void link_shorter_full_names() {
    for (std::uint32_t f = 0; f < forms_.size(); ++f) {
      const NameForm& form = forms_[f];
      if (form.key.words < 2 || form.type != EntityType::Person || form.indefinite) continue;
      std::uint32_t match = kNone;
      bool ambiguous = false;
      // Only names of three words or more can contain another full name: looking among those alone keeps
      // a long document of many two-word names with few surnames from costing the square of its names.
      const auto same_surname = longer_by_surname_.find(form.key.last_word());
      if (same_surname == longer_by_surname_.end()) continue;  // none longer, or not indexed: "Socotra Hotel"
      for (std::uint32_t other : same_surname->second) {
        const NameForm& longer = forms_[other];
        if (other == f || longer.key.words <= form.key.words || !words_in_order(form.key.text, longer.key.text))
          continue;
        const std::uint32_t root = root_of_form(other);
        if (match != kNone && match != root) ambiguous = true;
        match = root;
      }
      if (match != kNone && !ambiguous) sets_.unite(form.mentions.front(), match);
    }
  }

  // The distinct entities (roots) among candidate forms, with the gender each shows.
  struct Candidate {
    std::uint32_t root;
    Gender gender;
  };
  void collect(const std::vector<std::uint32_t>& candidate_forms, std::vector<Candidate>& out) {
    out.clear();
    for (std::uint32_t f : candidate_forms) {
      const std::uint32_t root = root_of_form(f);
      bool seen = false;
      for (Candidate& c : out) {
        if (c.root == root) {
          c.gender = combine(c.gender, forms_[f].gender);
          seen = true;
        }
      }
      if (!seen) out.push_back({root, forms_[f].gender});
    }
  }

  // A surname ("Bajwa") or, failing that, a given name ("Oleg") alone.
  void link_single_names() {
    std::vector<Candidate> candidates;
    for (std::uint32_t f = 0; f < forms_.size(); ++f) {
      const NameForm& form = forms_[f];
      if (form.key.words != 1) continue;
      candidates.clear();
      if (!form.indefinite && (may_be_mistyped_person(form.type) || may_be_misplaced_person(form))) {
        const auto surname = by_surname_.find(form.key.text);
        const auto given = by_given_name_.find(form.key.text);
        if (surname != by_surname_.end()) {
          collect(surname->second, candidates);
        } else if (form.type == EntityType::Person && given != by_given_name_.end()) {
          collect(given->second, candidates);
        }
      }
      if (candidates.empty()) {
        // Nobody else answers to it: its mentions are one entity, unless their honorifics tell two people.
        unite_by_gender(form, form.mentions.front(), Gender::Unknown);
        continue;
      }
      if (candidates.size() == 1) {
        unite_by_gender(form, candidates.front().root, candidates.front().gender);
        continue;
      }
      // Several people answer to this name: each mention joins the one its honorific points to, if
      // exactly one has that gender; the rest stay together as an entity of their own.
      std::uint32_t undecided = kNone;
      for (std::uint32_t m : form.mentions) {
        const Gender gender = mention_gender_[m];
        std::uint32_t match = kNone;
        std::size_t matches = 0;
        if (gender == Gender::Male || gender == Gender::Female) {
          for (const Candidate& c : candidates) {
            if (c.gender == gender) {
              match = c.root;
              ++matches;
            }
          }
        }
        if (matches == 1) {
          sets_.unite(m, match);
        } else if (undecided == kNone) {
          undecided = m;
        } else {
          sets_.unite(undecided, m);
        }
      }
    }
  }

  // The mentions of a single-word form join `target` (a mention), whose person shows `gender`, except
  // those whose honorific says otherwise ("Mr Smith" beside "Mary Smith" or "Mrs Smith"): they make an
  // entity of their own, one per gender.
  void unite_by_gender(const NameForm& form, std::uint32_t target, Gender gender) {
    std::uint32_t apart[2] = {kNone, kNone};  // the first mention kept apart, male and female
    if (gender != Gender::Male && gender != Gender::Female) gender = Gender::Unknown;
    for (std::uint32_t m : form.mentions) {
      const Gender own = mention_gender_[m];
      if (!conflicting(own, gender)) {
        sets_.unite(m, target);
        if (gender == Gender::Unknown && (own == Gender::Male || own == Gender::Female)) gender = own;
        continue;
      }
      std::uint32_t& first = apart[own == Gender::Male ? 0 : 1];
      if (first == kNone) {
        first = m;
      } else {
        sets_.unite(first, m);
      }
    }
  }

  // "Nordhavn" joins "Nordhavn Shipping", "Toyota" joins "Toyota Motor Corp": an organization's first word
  // alone, when exactly one organization of the article starts with it.
  void link_organization_short_names() {
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> by_first_word;
    for (std::uint32_t f = 0; f < forms_.size(); ++f) {
      const NameForm& form = forms_[f];
      if (form.key.words >= 2 && form.type == EntityType::Org) {
        by_first_word[form.key.first_word()].push_back(f);
      }
    }
    if (by_first_word.empty()) return;
    std::vector<Candidate> candidates;
    for (std::uint32_t f = 0; f < forms_.size(); ++f) {
      const NameForm& form = forms_[f];
      if (form.key.words != 1 || form.type != EntityType::Org || form.indefinite || form.key.acronym_shaped) continue;
      const auto found = by_first_word.find(form.key.text);
      if (found == by_first_word.end()) continue;
      collect(found->second, candidates);
      if (candidates.size() == 1) sets_.unite(form.mentions.front(), candidates.front().root);
    }
  }

  // "IMF" used without a definition joins the one multi-word name whose initials it is.
  void link_acronyms_by_initials() {
    std::vector<Candidate> candidates;
    for (std::uint32_t f = 0; f < forms_.size(); ++f) {
      const NameForm& form = forms_[f];
      if (!form.key.acronym_shaped || !is_acronym_target(form.type) || form.indefinite) continue;
      const auto found = initials_.find(form.key.text);
      if (found == initials_.end()) continue;
      collect(found->second, candidates);
      if (candidates.size() == 1) sets_.unite(form.mentions.front(), candidates.front().root);
    }
  }

  static constexpr std::uint32_t kNone = UINT32_MAX;
  const std::vector<NameForm>& forms_;
  const std::vector<Gender>& mention_gender_;
  DisjointSets& sets_;
  FormIndex by_surname_;
  FormIndex by_given_name_;
  FormIndex longer_by_surname_;  // the persons' names of three words or more, by surname
  std::unordered_map<std::string, std::vector<std::uint32_t>> initials_;
};

}  // namespace

bool ends_an_institution(std::string_view last_word) {
  static constexpr std::string_view kWords[] = {
      "hotel",     "mosque",    "cathedral",  "airport",     "stadium",  "museum", "hospital", "university", "college",
      "institute", "series",    "company",    "corporation", "corp",     "inc",    "ltd",      "party",      "ministry",
      "council",   "committee", "foundation", "association", "agency",   "school", "library",  "island",     "islands",
      "river",     "mountains", "valley",     "district",    "province", "county", "avenue",   "road",       "square",
      "palace",    "station",   "centre",     "center",      "prize",    "award",  "cup"};
  for (std::string_view word : kWords) {
    if (word == last_word) return true;
  }
  return false;
}

void link_name_aliases(const Document& /*document*/, const std::vector<NameForm>& forms,
                       const std::vector<Gender>& mention_gender, DisjointSets& mention_sets) {
  AliasLinker(forms, mention_gender, mention_sets).run();
}

}  // namespace lede::resolve
