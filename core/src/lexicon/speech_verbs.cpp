#include "lexicon/speech_verbs.hpp"

#include <vector>

#include "lexicon/embedded.hpp"
#include "lexicon/word_table.hpp"

namespace lede::lexicon {
namespace {

WordTable load_speech_verbs() {
  WordTable table(true);
  for_each_row(embedded_lexicon("speech_verbs"), [&](const std::vector<std::string_view>& fields) {
    if (fields.size() < 3) return;
    table.insert(fields[0], fields[2] == "hearer" ? 2 : fields[2] == "naming" ? 3 : 1);
  });
  return table;
}

}  // namespace

SpeechVerb speech_verb(std::string_view word) {
  static const WordTable table = load_speech_verbs();
  const std::uint32_t kind = table.find(word);
  if (kind == WordTable::kMissing) return SpeechVerb::None;
  if (kind == 3) return SpeechVerb::Naming;
  return kind == 2 ? SpeechVerb::Hearer : SpeechVerb::Speech;
}

}  // namespace lede::lexicon
