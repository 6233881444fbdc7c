#include "arguments.hpp"

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

}  // namespace lede::cli
