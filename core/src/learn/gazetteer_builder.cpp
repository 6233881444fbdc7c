#include "learn/gazetteer_builder.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "learn/byte_writer.hpp"
#include "learn/fingerprint_table_builder.hpp"
#include "lexicon/embedded.hpp"
#include "ner/gazetteer.hpp"
#include "ner/ner_features.hpp"
#include "text/tokenizer.hpp"

namespace lede::learn {
namespace {

using namespace ner;

std::optional<GazetteerList> wordnet_list(std::string_view type) {
  if (type == "PERSON") return kWordnetPerson;
  if (type == "GPE") return kWordnetGpe;
  if (type == "LOC") return kWordnetLoc;
  if (type == "FAC") return kWordnetFac;
  if (type == "ORG") return kWordnetOrg;
  if (type == "NORP") return kWordnetNorp;
  if (type == "EVENT") return kWordnetEvent;
  if (type == "WORK") return kWordnetWork;
  if (type == "MISC") return kWordnetMisc;
  return std::nullopt;
}

// The list a row of a file belongs to, if any.
std::optional<GazetteerList> list_of_row(std::string_view file, const std::vector<std::string_view>& fields) {
  const auto column = [&](std::size_t i) { return i < fields.size() ? fields[i] : std::string_view(); };
  if (file == "countries") return column(2) == "alpha2" || column(2) == "alpha3" ? kCountryCode : kCountry;
  if (file == "demonyms") return kDemonym;
  if (file == "cities") return kCity;
  if (file == "subdivisions") return kSubdivision;
  if (file == "first_names") return kFirstName;
  if (file == "surnames") return kSurname;
  if (file == "companies") return kCompany;
  if (file == "wordnet_instances") return wordnet_list(column(1));
  if (file == "titles") return kTitle;
  if (file == "wordnet_groups") return column(1) == "language" ? kWordnetLanguage : kWordnetMember;
  return std::nullopt;
}

}  // namespace

std::vector<std::byte> build_gazetteer_section(const std::vector<GazetteerFile>& files, std::uint64_t seed,
                                               GazetteerStats& stats) {
  std::map<std::uint64_t, std::uint32_t> phrases;  // ordered: the same lists give the same bytes
  for (const GazetteerFile& file : files) {
    lexicon::for_each_row(file.content, [&](const std::vector<std::string_view>& fields) {
      const std::optional<GazetteerList> list = list_of_row(file.name, fields);
      if (!list || fields.empty() || fields[0].empty()) return;
      Document phrase_text(fields[0]);
      text::tokenize(phrase_text);
      if (phrase_text.tokens.empty()) return;
      if (phrase_text.tokens.size() > kMaxGazetteerTokens) {
        ++stats.too_long;
        return;
      }
      std::uint64_t phrase = 0;
      for (std::size_t t = 0; t < phrase_text.tokens.size(); ++t) {
        // Each shorter start of the phrase says that it goes on (the marker's stopping rule).
        if (t > 0) phrases[phrase] |= kContinues;
        phrase = extend_phrase_hash(phrase, describe_token(phrase_text.token_text(t), seed).lower);
      }
      phrases[phrase] |= 1U << *list;
    });
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries(phrases.begin(), phrases.end());
  const FingerprintTableArrays table = build_fingerprint_table(entries);
  ByteWriter out;
  GazetteerHeader header;
  header.slot_count = static_cast<std::uint32_t>(table.fingerprints.size());
  header.list_count = kGazetteerListCount;
  out.write_value(header);
  out.write_array(std::span<const std::uint32_t>(table.fingerprints));
  out.write_array(std::span<const std::uint32_t>(table.payloads));
  stats.phrases = entries.size();
  stats.bytes = out.bytes().size();
  return out.take();
}

}  // namespace lede::learn
