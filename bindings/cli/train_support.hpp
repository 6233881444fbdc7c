// What every `lede train TASK` shares: its numeric options, its progress lines and writing the model file.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "arguments.hpp"
#include "learn/weight_table_writer.hpp"
#include "lede/model.hpp"

namespace lede::cli {

// --bits and --prune, with this trainer's defaults.
learn::QuantizationOptions quantization_options(const Arguments& args, const char* default_bits,
                                                const char* default_prune);

// --runs (default 1); prints "COMMAND: --runs must be 1..16" and returns nullopt when out of range.
std::optional<int> runs_option(const Arguments& args, const char* command);

// The trainers' progress lines, printed and flushed as they come.
std::function<void(const std::string&)> print_progress();

// Builds the file of `builder`, named by --name and --version (default: this build's), and writes it to
// `out`. Returns its size; on failure prints "COMMAND: cannot write OUT: REASON" and returns nullopt.
std::optional<std::size_t> write_model(const ModelBuilder& builder, const Arguments& args, const std::string& out,
                                       const char* command);

}  // namespace lede::cli
