#include "events/speech_verbs.hpp"

#include <vector>

#include "lexicon/embedded.hpp"
#include "lexicon/word_table.hpp"

namespace lede::events {
namespace {

lexicon::WordTable load_speech_verbs() {
  lexicon::WordTable table(true);
  lexicon::for_each_row(lexicon::embedded_lexicon("speech_verbs"), [&](const std::vector<std::string_view>& fields) {
    if (fields.size() < 3) return;
    table.insert(fields[0], fields[2] == "hearer" ? 2 : fields[2] == "naming" ? 3 : 1);
  });
  return table;
}

}  // namespace

SpeechVerb speech_verb(std::string_view word) {
  static const lexicon::WordTable table = load_speech_verbs();
  const std::uint32_t kind = table.find(word);
  if (kind == lexicon::WordTable::kMissing) return SpeechVerb::None;
  if (kind == 3) return SpeechVerb::Naming;
  return kind == 2 ? SpeechVerb::Hearer : SpeechVerb::Speech;
}

}  // namespace lede::events
