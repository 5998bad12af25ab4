// The glossator subcommands.
#ifndef GLOSSATOR_CLI_COMMANDS_H_
#define GLOSSATOR_CLI_COMMANDS_H_

#include "options.h"

namespace glossator::cli {

int RunText(const Options& options);      // glossator text
int RunAnnotate(const Options& options);  // glossator annotate
int RunRefs(const Options& options);      // glossator refs
int RunPlugins(const Options& options);   // glossator plugins
int RunPack(const Options& options);      // glossator pack (pack_command.cc)

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_COMMANDS_H_
