#include "ner/ner_tagger.hpp"

#include <cmath>

#include "model/section_layouts.hpp"
#include "ner/acronyms.hpp"
#include "ner/based_organizations.hpp"
#include "ner/dateline_places.hpp"
#include "ner/described_organizations.hpp"
#include "ner/fine_typing.hpp"
#include "ner/given_name_syllable.hpp"
#include "ner/law_names.hpp"
#include "ner/name_list.hpp"
#include "ner/quoted_titles.hpp"
#include "ner/storm_names.hpp"
#include "perceptron/feature_hash.hpp"
#include "perceptron/section_reader.hpp"
#include "perceptron/spelling_memo.hpp"
#include "perceptron/word_score_cache.hpp"
#include "text/quote_marks.hpp"
#include "text/word_lists.hpp"

namespace lede::ner {

bool NerTagger::available(const Model& model) { return model.section(kNerSectionName) != nullptr; }

std::optional<NerTagger> NerTagger::load(const Model& model, std::string& error) {
  const ModelSection* section = perceptron::trained_section(model, kNerSectionName, kNerTemplateVersion, error);
  if (section == nullptr) return std::nullopt;
  NerTagger tagger;
  tagger.seed_ = section->hash_seed;
  perceptron::SectionReader reader(section->bytes);
  const auto header = reader.read_value<NerSectionHeader>();
  if (!reader.ok() || header.class_count != kNerClassCount || !tagger.weights_.read(reader) ||
      tagger.weights_.class_count() != kNerClassCount) {
    error = "the model's \"ner\" section is inconsistent";
    return std::nullopt;
  }
  tagger.direct_rows_ = std::make_shared<const NerDirectRows>(tagger.weights_);
  const float scale = tagger.weights_.header().scale;
  for (std::size_t cell = 0; cell < kTransitionRows * kNerClassCount; ++cell) {
    const auto w = reader.read_value<float>();
    tagger.transitions_[cell] = static_cast<std::int32_t>(std::lround(w / (scale > 0 ? scale : 1.0F)));
  }
  if (!reader.ok()) {
    error = "the model's \"ner\" section is inconsistent";
    return std::nullopt;
  }
  if (const ModelSection* lists = model.section(kGazetteerSectionName)) {
    if (lists->template_version != kGazetteerTemplateVersion) {
      error = "the model's \"ner.gazetteer\" section has another layout (retrain with this build)";
      return std::nullopt;
    }
    if (lists->hash_seed != section->hash_seed || !tagger.gazetteer_.read(lists->bytes)) {
      error = "the model's \"ner.gazetteer\" section is inconsistent";
      return std::nullopt;
    }
  }
  return tagger;
}

namespace {

// The gazetteer lists of places a name can be: a city, a country, a region.
constexpr std::uint32_t kPlaceLists = (1U << kCity) | (1U << kCountry) | (1U << kSubdivision);

// Particles of descent inside Arabic and Malay names ("bin Salman", "ibn Khaldun", "binti Abdullah").
bool is_patronymic(std::string_view word) { return text::is_one_of(word, {"bin", "bint", "ibn", "binti"}); }

// The names a decoded pass holds, sentence by sentence, in text order.
std::vector<NamedSpan> decoded_names(const NerPass& pass) {
  std::vector<NamedSpan> names;
  for (const SentenceRange& range : pass.ranges) {
    append_named_spans(pass.classes.data() + range.begin, range.end - range.begin, range.begin, names);
  }
  return names;
}

}  // namespace

std::vector<NamedSpan> NerTagger::tag(const Document& document) const {
  NerPass pass = start(document);
  decode(pass, SIZE_MAX);
  return decoded_names(pass);
}

void NerTagger::add_mentions(Document& document) const {
  NerPass pass = start(document);
  decode(pass, SIZE_MAX);
  add_mentions(document, pass);
}

void NerTagger::add_mentions(Document& document, const NerPass& pass) const {
  document.mentions = mentions(document, pass);
  type_storm_names(document, document.mentions);
  name_based_organizations(document, document.mentions);
  type_described_organizations(document, document.mentions, [&](std::uint32_t begin, std::uint32_t end) {
    return (phrase_lists(pass, begin, end) & kPlaceLists) != 0;
  });
  name_defined_acronyms(document, document.mentions);
  name_repeated_acronyms(document, document.mentions);
}

std::vector<Mention> NerTagger::mentions(const Document& document, const NerPass& pass) const {
  const std::vector<NamedSpan> names = decoded_names(pass);
  std::vector<Mention> mentions;
  mentions.reserve(names.size());
  for (NamedSpan name : names) {
    // A name never starts or ends at a hyphen or a quote mark ("answer,” Raghunathan, Vyom’s chief"); a
    // particle glued before a hyphen belongs to it ("al-Qaeda").
    const auto is_hyphen = [&](std::uint32_t t) { return document.token_text(t) == "-"; };
    const auto is_edge_mark = [&](std::uint32_t t) {
      return is_hyphen(t) || text::quote_mark(document, t) != text::QuoteMark::None;
    };
    while (name.end > name.begin && is_edge_mark(name.end - 1)) --name.end;
    while (name.begin < name.end && is_edge_mark(name.begin)) ++name.begin;
    // "Former Twitter chief executive Parag Agrawal", "“Tonight Colombia chose hope”" opening a sentence
    // or a quote: "Former" and a day's word are no part of the name.
    if (name.end - name.begin >= 2 &&
        text::is_one_of(document.token_text(name.begin),
                        {"Former", "FORMER", "Today", "Tonight", "Yesterday", "Tomorrow"}))
      ++name.begin;
    // "Singapore’s Temasek": a listed place and its possessive before a name are a place of their own.
    for (std::uint32_t t = name.begin + 1; t + 1 < name.end; ++t) {
      const std::string_view word = document.token_text(t);
      if (!text::is_possessive_s(word) || (phrase_lists(pass, name.begin, t) & kPlaceLists) == 0) continue;
      if (!mentions.empty() && name.begin < mentions.back().token_end) break;
      mentions.push_back(name_over(name.begin, t, EntityType::Gpe));
      name.begin = t + 1;
      break;
    }
    if (name.begin == name.end) continue;
    // "Mahama Nkrumah-Boateng" cut at its hyphen: a capitalized word glued on by a hyphen belongs to the
    // name (the tokenizer splits what CoNLL-2003, the tagger's training text, kept as one token); so does
    // the lowercase second syllable of a Korean or Taiwanese given name ("Kim Jong-un", "Lai Ching-te").
    const auto glued = [&](std::uint32_t t) { return !document.tokens[t].space_before; };
    // "Tehreek-e-Insaf", "Lashkar-e-Taiba", "Hizb-ut-Tahrir": two capitalized words joined by an Urdu or
    // Arabic particle between hyphens (izafat) are one name, and one of these particles makes it a
    // party's or a group's ("Zia-ul-Haq" is a person's).
    const auto particle_chain = [&](std::uint32_t t) {  // t: the hyphen after the name
      return t + 3 < document.tokens.size() && is_hyphen(t) && is_hyphen(t + 2) && glued(t) && glued(t + 1) &&
             glued(t + 2) && glued(t + 3) &&
             text::is_one_of(document.token_text(t + 1), {"e", "i", "ut", "ud", "us", "ul", "al", "o"}) &&
             (pass.spelling_facts(t + 3).flags & kCapitalized);
    };
    for (;;) {
      if (name.end + 1 < document.tokens.size() && is_hyphen(name.end) && glued(name.end) && glued(name.end + 1) &&
          ((pass.spelling_facts(name.end + 1).flags & kCapitalized) ||
           (name.type == NamedType::Per && name.end - name.begin >= 2 &&
            is_given_name_syllable(document.token_text(name.end + 1))))) {
        name.end += 2;
      } else if (particle_chain(name.end)) {
        name.end += 4;
      } else {
        break;
      }
    }
    bool joined_by_particle = false;  // a group's particle anywhere in the name, the tagger's or the chain's
    for (std::uint32_t t = name.begin; t + 2 < name.end && !joined_by_particle; ++t) {
      joined_by_particle =
          is_hyphen(t) && is_hyphen(t + 2) && text::is_one_of(document.token_text(t + 1), {"e", "i", "ut", "ud"});
    }
    if (!mentions.empty() && name.begin < mentions.back().token_end) continue;  // the name before took it
    if (name.begin >= 2 && is_hyphen(name.begin - 1) && !document.tokens[name.begin - 1].space_before &&
        !document.tokens[name.begin].space_before && (pass.spelling_facts(name.begin - 2).flags & kLowercase) &&
        document.token_text(name.begin - 2).size() <= 3) {
      name.begin -= 2;
    }
    // "Bjørn-Erik Solheim": the first half of a hyphenated given name the tagger left out. Not a slug
    // opening a headline ("Boxing-Bruno quits") nor an acronym ("UWP-Hachette").
    if (name.type == NamedType::Per && name.begin >= 2 && is_hyphen(name.begin - 1) &&
        !document.tokens[name.begin - 1].space_before && !document.tokens[name.begin].space_before &&
        (pass.spelling_facts(name.begin - 2).flags & kCapitalized) &&
        !text::is_in_capitals(document.token_text(name.begin - 2)) &&
        document.sentences[document.sentence_of_token(name.begin)].token_begin < name.begin - 2 &&
        (mentions.empty() || mentions.back().token_end <= name.begin - 2)) {
      name.begin -= 2;
    }
    name.begin = monument_start(document, name.begin, mentions.empty() ? 0 : mentions.back().token_end);
    // "the Organization of the Petroleum Exporting Countries": the institution's head word belongs to
    // the name, an organization's.
    const std::uint32_t institution_begin =
        institution_start(document, name.begin, mentions.empty() ? 0 : mentions.back().token_end);
    const bool institution = institution_begin != name.begin;
    name.begin = institution_begin;
    // "the Gulf of Mexico", "the Sea of Japan": a lone word that heads waters and lands, then "of" and a
    // place, is one place (the tagger cut it at "of" and typed the head alone).
    if (!mentions.empty() && mentions.back().token_end + 1 == name.begin &&
        document.token_text(name.begin - 1) == "of" && mentions.back().token_end == mentions.back().token_begin + 1 &&
        text::is_one_of(document.token_text(mentions.back().token_begin),
                        {"Gulf", "Sea", "Bay", "Strait", "Straits", "Isle", "Cape", "Lake"})) {
      mentions.back().token_end = name.end;
      mentions.back().type = EntityType::Loc;
      continue;
    }
    // "the State Bank of Pakistan", "the University of Lagos": an organization's name ending in an
    // institution's word, then "of" and a listed place, is one organization (the tagger cut it at "of").
    if (!mentions.empty() && mentions.back().token_end + 1 == name.begin &&
        document.token_text(name.begin - 1) == "of" && mentions.back().type == EntityType::Org &&
        text::is_one_of(document.token_text(mentions.back().token_end - 1),
                        {"Bank", "University", "Institute", "Council", "Commission", "Academy", "Agency", "Authority",
                         "Museum", "College", "Court"}) &&
        (phrase_lists(pass, name.begin, name.end) & kPlaceLists) != 0) {
      mentions.back().token_end = name.end;
      continue;
    }
    // "the Egyptian Navy", "the Russian Army": a nationality right before an armed force's word is the
    // force's name (the tagger, trained on "Egyptian" alone, cut it there).
    // So is a nationality right before a ministry's name ("the Russian Defense Ministry", "the Chinese
    // Foreign Ministry"): the ministry is the nation's, and news names it with the adjective.
    const bool force = name.end == name.begin + 1 && is_force_word(document.token_text(name.begin));
    const bool ministry = name.end >= name.begin + 2 && document.token_text(name.end - 1) == "Ministry";
    if (!mentions.empty() && mentions.back().token_end == name.begin && mentions.back().type == EntityType::Norp &&
        (force || ministry)) {
      mentions.back().token_end = name.end;
      mentions.back().type = EntityType::Org;
      continue;
    }
    // "Fahd bin Nasser al-Otaibi", "Anwar bin Ibrahim": a patronymic particle joins the two names the
    // tagger cut apart at it into one person's.
    if (!mentions.empty() && mentions.back().token_end + 1 == name.begin &&
        is_patronymic(document.token_text(name.begin - 1))) {
      mentions.back().token_end = name.end;
      mentions.back().type = EntityType::Person;
      continue;
    }
    // "Paris Radio Monte Carlo", "London Kanal-6 Television": a city (or country) before a broadcaster's
    // name, as monitoring services credit a report, is a place of its own.
    if (name.end - name.begin >= 3 &&
        text::is_one_of(document.token_text(name.begin + 1), {"Radio", "Television", "TV"}) &&
        (phrase_lists(pass, name.begin, name.begin + 1) & ((1U << kCity) | (1U << kCountry))) != 0) {
      mentions.push_back(name_over(name.begin, name.begin + 1, EntityType::Gpe));
      ++name.begin;
    }
    // "Mike Johnson, R-La.," and "Ocasio-Cortez, D-N.Y.,": the party-and-state tag US news puts after a
    // lawmaker's name is no name of its own (the tagger made persons, places and MISC of it).
    if (name.begin >= 1 && name.end - name.begin >= 3 && document.token_text(name.begin - 1) == "," &&
        text::is_one_of(document.token_text(name.begin), {"R", "D", "I"}) && is_hyphen(name.begin + 1) &&
        glued(name.begin + 1) && glued(name.begin + 2))
      continue;
    // "Schumer, a New York Democrat", "the Texas Republican": a listed place before a party's member is the
    // lawmaker's state, and the party word a group of its own (the tagger read the two as one organization).
    if (name.end - name.begin >= 2 &&
        text::is_one_of(document.token_text(name.end - 1), {"Democrat", "Democrats", "Republican", "Republicans"}) &&
        (phrase_lists(pass, name.begin, name.end - 1) & kPlaceLists) != 0) {
      mentions.push_back(name_over(name.begin, name.end - 1, EntityType::Gpe));
      mentions.push_back(name_over(name.end - 1, name.end, EntityType::Norp));
      continue;
    }
    // "Tropical Storm Isaac", "Hurricane Helene": the words that make the name a storm's belong to it.
    name.begin = storm_name_start(document, name.begin, name.end, mentions.empty() ? 0 : mentions.back().token_end);
    // "the Paris Agreement", "the Kyoto Protocol", "the Control of Narcotic Substances Act 1997": the word
    // that makes a name a law's or a treaty's (and an act's year) belongs to it; the tagger stopped before.
    const std::uint32_t law_end = law_name_end(document, name.end);
    const bool law = law_end != name.end;
    name.end = law_end;
    const std::size_t words = name.end - name.begin;
    const std::uint32_t lists = phrase_lists(pass, name.begin, name.end);
    Mention mention;
    mention.token_begin = name.begin;
    mention.token_end = name.end;
    mention.type = fine_type(name.type, lists, document.token_text(name.end - 1), words);
    const std::string_view next_word = name.end < document.tokens.size() ? document.token_text(name.end) : "";
    mention.type = type_in_context(mention.type, document.token_text(name.begin), document.token_text(name.end - 1),
                                   next_word, words);
    if (institution || joined_by_particle) mention.type = EntityType::Org;
    if (law) mention.type = EntityType::Law;
    // "an analyst at Carnorama", "a professor at Makerere", "an economist with Capital Economics": after
    // such an occupation and "at"/"with", a name no place list holds is the employer.
    if (name.begin >= 2 && mention.type != EntityType::Org && (lists & kPlaceLists) == 0 &&
        text::is_one_of(document.token_text(name.begin - 1), {"at", "with"}) &&
        text::is_one_of(text::ascii_lower_copy(document.token_text(name.begin - 2)),
                        {"analyst", "analysts", "economist", "economists", "strategist", "researcher", "researchers",
                         "professor", "scientist", "scientists", "lecturer", "fellow", "trader", "banker", "consultant",
                         "executive", "executives", "partner"})) {
      mention.type = EntityType::Org;
    }
    // "the Nairobi-based operator": a listed city, country or region before "-based" is the place itself,
    // whatever the tagger made of the adjective (CoNLL-2003 tags "Nairobi-based" MISC).
    if (name.end + 1 < document.tokens.size() && document.token_text(name.end) == "-" &&
        text::equals_folded(document.token_text(name.end + 1), "based") && (lists & kPlaceLists) != 0) {
      mention.type = EntityType::Gpe;
    }
    mentions.push_back(mention);
  }
  name_quoted_titles(document, mentions);
  name_acts(document, mentions);
  name_dateline_places(document, mentions, [&](std::uint32_t begin, std::uint32_t end) {
    return (phrase_lists(pass, begin, end) & kPlaceLists) != 0;
  });
  return mentions;
}

std::uint32_t NerTagger::phrase_lists(const NerPass& pass, std::uint32_t begin, std::uint32_t end) const {
  if (end - begin > kMaxGazetteerTokens) return 0;
  std::uint64_t phrase = 0;
  for (std::uint32_t t = begin; t < end; ++t) phrase = extend_phrase_hash(phrase, pass.spelling_facts(t).lower);
  return gazetteer_.lists(phrase);
}

NerPass NerTagger::start(const Document& document) const {
  NerPass pass;
  const std::size_t token_count = document.tokens.size();
  pass.spelling_of.resize(token_count);
  pass.gazetteer.assign(token_count, 0);
  pass.classes.assign(token_count, 0);
  // Per spelling once per document; the key is the hash describe_token gives the form (TokenFacts::form).
  perceptron::SpellingMemo<std::uint32_t> spellings(token_count);
  for (std::size_t t = 0; t < token_count; ++t) {
    const std::string_view form = document.token_text(t);
    pass.spelling_of[t] = spellings.get(perceptron::hash_bytes(form, seed_ + 32), [&] {
      pass.spellings.push_back(describe_token(form, seed_));
      return static_cast<std::uint32_t>(pass.spellings.size() - 1);
    });
  }
  // Pass 0: list matches, and how the document writes each word (for headlines and sentence starts).
  pass.memory.reset(token_count);
  pass.ranges.reserve(document.sentences.size());
  std::vector<TokenFacts>& words = pass.slice_facts;  // one sentence at a time here
  for (const Sentence& sentence : document.sentences) {
    if (sentence.token_end <= sentence.token_begin) continue;
    words.resize(sentence.token_end - sentence.token_begin);
    for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      words[t - sentence.token_begin] = pass.spelling_facts(t);
    }
    gazetteer_.mark(words);
    for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      pass.gazetteer[t] = words[t - sentence.token_begin].gazetteer;
    }
    note_sentence_case(pass.memory, words);
    pass.ranges.push_back({sentence.token_begin, sentence.token_end});
  }
  // How the document writes a word is the same wherever the word stands: set once per spelling.
  apply_document_case(pass.memory, pass.spellings);
  // Pass 1 (decode) starts from an empty memory of labels.
  start_document_decoding(token_count, pass.memory, pass.scratch);
  return pass;
}

void NerTagger::decode(NerPass& pass, std::size_t max_tokens) const {
  if (pass.done()) return;
  const std::size_t first = pass.decoded;
  std::size_t end = first;
  std::size_t tokens = 0;
  do {
    tokens += pass.ranges[end].end - pass.ranges[end].begin;
    ++end;
  } while (end < pass.ranges.size() && tokens < max_tokens);
  // 16-bit emission scores when they cannot overflow (an 8-bit table).
  if (weights_.fits_narrow_scores(kMaxNerFeatures)) {
    decode_ranges<std::int16_t>(pass, first, end);
  } else {
    decode_ranges<std::int32_t>(pass, first, end);
  }
  pass.decoded = end;
}

template <typename Emission>
void NerTagger::decode_ranges(NerPass& pass, std::size_t first, std::size_t end) const {
  // The slice's facts, its sentences counted from its first token.
  const std::uint32_t base = pass.ranges[first].begin;
  const std::size_t tokens = pass.ranges[end - 1].end - base;
  pass.slice_facts.resize(tokens);
  for (std::size_t i = 0; i < tokens; ++i) {
    pass.slice_facts[i] = pass.spelling_facts(base + i);
    pass.slice_facts[i].gazetteer = pass.gazetteer[base + i];
  }
  pass.slice_ranges.clear();
  for (std::size_t r = first; r < end; ++r) {
    pass.slice_ranges.push_back({pass.ranges[r].begin - base, pass.ranges[r].end - base});
  }
  const std::span<const TokenFacts> facts(pass.slice_facts);
  // A spelling's own features are scored once per call (ner_features.hpp): per slice of a stepped pass.
  perceptron::WordScoreCache<Emission> word_cache(kNerScoreWidth, tokens);
  const auto emit = [&](const std::uint64_t* keys, std::size_t count, const std::uint32_t* rows, std::size_t row_count,
                        Emission* scores) {
    word_cache.add(
        keys[kNerSpellingKey], [&](Emission* sums) { weights_.add_rows(keys, kNerWordFeatureCount, sums); }, scores);
    weights_.add_rows(keys + kNerWordFeatureCount, count - kNerWordFeatureCount, scores);
    for (std::size_t r = 0; r < row_count; ++r) weights_.add_row_at(rows[r], scores);
  };
  // Features over small sets of values come as rows resolved at load (ner_features.hpp).
  const auto features = [this](std::span<const TokenFacts> sentence, SentenceFacts context, std::size_t i,
                               MemoryVerdict verdict, std::uint64_t* keys, std::uint32_t* rows,
                               std::size_t& row_count) {
    return direct_rows_->extract(sentence, context, i, verdict, keys, rows, row_count);
  };
  const auto prefetch = [&](const std::uint64_t* keys, std::size_t count) {
    for (std::size_t k = 0; k < count; ++k) weights_.prefetch(keys[k]);
  };
  decode_sentences<Emission>(
      facts, pass.slice_ranges, pass.memory, pass.scratch, transitions_.data(), emit, [](const SentenceRange&) {},
      pass.classes.data() + base, prefetch, features);
}

}  // namespace lede::ner
