// A small command-line parser: "--flag", "--option value", "--option=value" and positionals.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lede::cli {

class Arguments {
 public:
  // `flags` take no value; `options` take one. Anything else starting with "--" is an error.
  Arguments(int argc, char** argv, int first, std::set<std::string> flags, std::set<std::string> options);

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  bool has(const std::string& flag) const { return present_.count(flag) != 0; }
  std::optional<std::string> value(const std::string& option) const;  // the last one given
  std::vector<std::string> values(const std::string& option) const;    // every one given, in order
  const std::vector<std::string>& positionals() const { return positionals_; }

 private:
  std::string error_;
  std::set<std::string> present_;
  std::vector<std::pair<std::string, std::string>> values_;
  std::vector<std::string> positionals_;
};

}  // namespace lede::cli
