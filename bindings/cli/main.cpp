// `lede`: the command-line face of the core (README "The command line", and `lede --help`).
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "commands.hpp"

namespace {

constexpr const char* kHelp = R"(lede — analyze news articles: people, organizations, places, dates and their relations

usage: lede COMMAND [options]

commands:
  analyze [FILE...]        analyze text (or CoNLL) and write lede/1 JSON, CoNLL or an export; see lede analyze --help
  export --format F [R]    a saved lede/1 result as csv, brat, displacy or gexf; see lede export --help
  corpus summarize [R...]  many JSONL results' entities merged across documents, as csv or gexf
  train pos [--out FILE]   train the POS tagger and lemmatizer on UD EWT + GUM; writes a model file
  train ner [--out FILE]   train the name tagger on CoNLL-2003 with the gazetteers; writes a model file
  train parse --out FILE   train the dependency parser on UD EWT + GUM; writes a model file
  train relations --out F  train the relation classifier on CoNLL04 (tuned on its dev split)
  eval tokenize --data P   token and sentence F1 of the tokenizer against CoNLL-U treebanks
  eval pos --data P        UPOS, XPOS and lemma accuracy of the model's tagger on CoNLL-U treebanks
  eval parse --data P      UAS, LAS and per-label F1 of the model's parser on CoNLL-U treebanks
  eval ner --data P        per-type P/R/F1 on CoNLL-2003 (given tokens, or --raw text)
  eval resolve --data P    MUC, B-cubed and name-link scores on GUM's coreference chains
  eval relations --data P  strict relation P/R/F1 per type on CoNLL04, end to end and with gold entities
  eval doc --data DIR      per-type P/R/F1 on the project's gold articles (tests/gold), and their relations
  bench [FILE...]          throughput of each stage and of the whole pipeline (tokens/s)
  model info [PATH]        what a model file holds: name, version, sections, provenance
  model pack --out FILE    one model file from the sections of others; see lede model --help
  --version                print the version
  --help                   this text

Each command takes --help. Errors go to standard error with a non-zero exit status.
)";

int run_command(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
      std::strcmp(argv[1], "help") == 0) {
    std::fputs(kHelp, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  const char* command = argv[1];
  if (std::strcmp(command, "--version") == 0) {
    std::printf("lede %s\n", LEDE_VERSION);
    return 0;
  }
  if (std::strcmp(command, "analyze") == 0) return lede::cli::run_analyze(argc, argv);
  if (std::strcmp(command, "export") == 0) return lede::cli::run_export(argc, argv);
  if (std::strcmp(command, "corpus") == 0) return lede::cli::run_corpus(argc, argv);
  if (std::strcmp(command, "eval") == 0) return lede::cli::run_eval(argc, argv);
  if (std::strcmp(command, "bench") == 0) return lede::cli::run_bench(argc, argv);
  if (std::strcmp(command, "train") == 0) return lede::cli::run_train(argc, argv);
  if (std::strcmp(command, "model") == 0) return lede::cli::run_model(argc, argv);
  std::fprintf(stderr, "lede: unknown command '%s' (see lede --help)\n", command);
  return 2;
}

}  // namespace

// Every command writes its output through stdout's buffer; a write that failed (a full disk, /dev/full,
// a closed pipe without SIGPIPE) leaves stdout's error flag set, and the run fails with a message instead
// of exiting 0 with output lost.
int main(int argc, char** argv) {
  const int status = run_command(argc, argv);
  errno = 0;
  if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    std::fprintf(stderr, "lede: writing the output failed: %s\n", errno != 0 ? std::strerror(errno) : "write error");
    return status != 0 ? status : 1;
  }
  return status;
}
