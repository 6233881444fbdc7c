// The subcommands of `lede`, each in its own file. argv[1] is the subcommand's name.
#pragma once

namespace lede::cli {

int run_analyze(int argc, char** argv);
int run_export(int argc, char** argv);
int run_corpus(int argc, char** argv);
int run_eval(int argc, char** argv);
int run_bench(int argc, char** argv);
int run_train(int argc, char** argv);

class Arguments;
int eval_pos(const Arguments& args);  // `lede eval pos`, called by run_eval
int run_model(int argc, char** argv);
int train_ner(const Arguments& args);        // `lede train ner`, called by run_train
int eval_ner(const Arguments& args);         // `lede eval ner`, called by run_eval
int eval_doc(const Arguments& args);         // `lede eval doc`, called by run_eval
int eval_resolve(const Arguments& args);     // `lede eval resolve`, called by run_eval
int train_parse(const Arguments& args);      // `lede train parse`, called by run_train
int eval_parse(const Arguments& args);       // `lede eval parse`, called by run_eval
int train_relations(const Arguments& args);  // `lede train relations`, called by run_train
int eval_relations(const Arguments& args);   // `lede eval relations`, called by run_eval

}  // namespace lede::cli
