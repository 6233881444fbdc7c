// A small command-line parser: "--flag", "--option value", "--option=value" and positionals.
#pragma once

#include <cstddef>
#include <initializer_list>
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
  std::vector<std::string> values(const std::string& option) const;   // every one given, in order
  const std::vector<std::string>& positionals() const { return positionals_; }

 private:
  std::string error_;
  std::set<std::string> present_;
  std::vector<std::pair<std::string, std::string>> values_;
  std::vector<std::string> positionals_;
};

// `lede GROUP TASK [options]` (eval, train): prints `help` for no task or --help, else parses the options
// after TASK and runs the task of that name; an unknown task or option is an error (status 2).
struct Task {
  const char* name;
  int (*run)(const Arguments& args);
};
int run_task(int argc, char** argv, const char* group, const char* help, std::set<std::string> flags,
             std::set<std::string> options, std::initializer_list<Task> tasks);

// The value of an option a command cannot run without. When it is missing, prints
// "COMMAND: OPTION PLACEHOLDER is required" and `hint` to stderr and returns nullopt (the command then
// exits with status 2).
std::optional<std::string> required_value(const Arguments& args, const char* option, const char* placeholder,
                                          const char* command, const char* hint = "");

// `--errors N` of the eval commands: how many errors of each kind to list; 0 without the option.
std::size_t error_limit(const Arguments& args);

}  // namespace lede::cli
