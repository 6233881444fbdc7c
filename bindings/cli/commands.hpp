// The subcommands of `lede`, each in its own file. argv[1] is the subcommand's name.
#pragma once

namespace lede::cli {

int run_analyze(int argc, char** argv);
int run_eval(int argc, char** argv);
int run_bench(int argc, char** argv);

}  // namespace lede::cli
