#include "train_support.hpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "file_io.hpp"

namespace lede::cli {

learn::QuantizationOptions quantization_options(const Arguments& args, const char* default_bits,
                                                const char* default_prune) {
  learn::QuantizationOptions quantization;
  quantization.weight_bits = std::atoi(args.value("--bits").value_or(default_bits).c_str());
  quantization.prune_below = std::strtof(args.value("--prune").value_or(default_prune).c_str(), nullptr);
  return quantization;
}

std::optional<int> runs_option(const Arguments& args, const char* command) {
  const int runs = std::atoi(args.value("--runs").value_or("1").c_str());
  if (runs < 1 || runs > 16) {
    std::fprintf(stderr, "%s: --runs must be 1..16\n", command);
    return std::nullopt;
  }
  return runs;
}

std::function<void(const std::string&)> print_progress() {
  return [](const std::string& line) {
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
  };
}

std::optional<std::size_t> write_model(const ModelBuilder& builder, const Arguments& args, const std::string& out,
                                       const char* command) {
  const std::vector<std::byte> file = builder.build(args.value("--name").value_or(LEDE_MODEL_NAME),
                                                    args.value("--version").value_or(LEDE_MODEL_VERSION));
  std::string error;
  if (!write_file(out, std::string_view(reinterpret_cast<const char*>(file.data()), file.size()), error)) {
    std::fprintf(stderr, "%s: cannot write %s: %s\n", command, out.c_str(), error.c_str());
    return std::nullopt;
  }
  return file.size();
}

}  // namespace lede::cli
