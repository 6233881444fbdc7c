// Expands a --data argument: a file, or a directory whose files with the given extension are taken
// in name order.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "corpus/conll_readers.hpp"

namespace lede::cli {

std::vector<std::string> corpus_files(const std::string& path, const std::string& extension, std::string& error);

// corpus_files for a command's --data: on failure prints "COMMAND: REASON" to stderr and returns nullopt
// (the command then exits with status 1).
std::optional<std::vector<std::string>> input_files(const std::string& path, const std::string& extension,
                                                    const char* command);

// Reads the files in turn and hands each one's path and content to `use`. Stops at the first that cannot
// be read: prints "COMMAND: cannot read PATH: REASON" to stderr and returns false.
bool for_each_input(const std::vector<std::string>& files, const char* command,
                    const std::function<void(const std::string& path, const std::string& content)>& use);

// The same for the files of a --data path without printing: on failure sets `error` ("PATH: REASON" when a
// file cannot be read) and returns false.
bool for_each_corpus_file(const std::string& path, const std::string& extension, std::string& error,
                          const std::function<void(const std::string& content)>& use);

// Prints the lines a CoNLL reader could not take as "COMMAND: PATH:LINE: MESSAGE" on stderr (the first 10,
// then how many more); `what` ends each ("skipped", or the file's fate). True when there were any.
bool print_line_problems(const char* command, const std::string& path, const std::vector<corpus::LineProblem>& problems,
                         const char* what);

// The documents of an evaluation's input file; lines the reader could not take are skipped and said
// (print_line_problems).
std::vector<Document> read_conllu_file(const char* command, const std::string& path, std::string_view content);
std::vector<Document> read_conll2003_file(const char* command, const std::string& path, std::string_view content);

}  // namespace lede::cli
