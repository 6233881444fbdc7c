#include "arguments.hpp"

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace lede::cli {

Arguments::Arguments(int argc, char** argv, int first, std::set<std::string> flags, std::set<std::string> options) {
  bool only_positionals = false;
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (only_positionals || arg == "-" || arg.rfind("--", 0) != 0) {
      if (!only_positionals && arg.size() > 1 && arg[0] == '-' && arg != "-") {
        error_ = "unknown option '" + arg + "'";
        return;
      }
      positionals_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positionals = true;
      continue;
    }
    std::string name = arg;
    std::optional<std::string> inline_value;
    if (const std::size_t equals = arg.find('='); equals != std::string::npos) {
      name = arg.substr(0, equals);
      inline_value = arg.substr(equals + 1);
    }
    if (flags.count(name) != 0) {
      if (inline_value) {
        error_ = "option '" + name + "' takes no value";
        return;
      }
      present_.insert(name);
    } else if (options.count(name) != 0) {
      if (!inline_value) {
        if (i + 1 >= argc) {
          error_ = "option '" + name + "' needs a value";
          return;
        }
        inline_value = argv[++i];
      }
      present_.insert(name);
      values_.emplace_back(name, *inline_value);
    } else {
      error_ = "unknown option '" + name + "'";
      return;
    }
  }
}

std::optional<std::string> Arguments::value(const std::string& option) const {
  std::optional<std::string> last;
  for (const auto& [name, value] : values_) {
    if (name == option) last = value;
  }
  return last;
}

std::vector<std::string> Arguments::values(const std::string& option) const {
  std::vector<std::string> all;
  for (const auto& [name, value] : values_) {
    if (name == option) all.push_back(value);
  }
  return all;
}

int run_task(int argc, char** argv, const char* group, const char* help, std::set<std::string> flags,
             std::set<std::string> options, std::initializer_list<Task> tasks) {
  if (argc < 3 || std::string(argv[2]) == "--help") {
    std::fputs(help, argc < 3 ? stderr : stdout);
    return argc < 3 ? 2 : 0;
  }
  const std::string task = argv[2];
  const Arguments args(argc, argv, 3, std::move(flags), std::move(options));
  if (!args.ok()) {
    std::fprintf(stderr, "lede %s %s: %s\n", group, task.c_str(), args.error().c_str());
    return 2;
  }
  if (args.has("--help")) {
    std::fputs(help, stdout);
    return 0;
  }
  for (const Task& candidate : tasks) {
    if (task == candidate.name) return candidate.run(args);
  }
  std::fprintf(stderr, "lede %s: unknown task '%s' (see lede %s --help)\n", group, task.c_str(), group);
  return 2;
}

std::optional<std::string> required_value(const Arguments& args, const char* option, const char* placeholder,
                                          const char* command, const char* hint) {
  std::optional<std::string> value = args.value(option);
  if (!value) std::fprintf(stderr, "%s: %s %s is required%s\n", command, option, placeholder, hint);
  return value;
}

std::size_t error_limit(const Arguments& args) {
  const std::optional<std::string> errors = args.value("--errors");
  return errors ? std::strtoul(errors->c_str(), nullptr, 10) : 0;
}

}  // namespace lede::cli
