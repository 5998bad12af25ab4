// The glossator command: `annotate` PDFs into TEI, write their reference
// lists (`refs`), print their `text`, list the `plugins`.
#include "commands.h"
#include "options.h"

int main(int argc, char** argv) {
  using namespace glossator::cli;
  Options options;
  int parsed = ParseOptions(argc, argv, options);
  if (parsed >= 0) return parsed;
  if (options.command == "text") return RunText(options);
  if (options.command == "plugins") return RunPlugins(options);
  if (options.command == "refs") return RunRefs(options);
  if (options.command == "pack") return RunPack(options);
  return RunAnnotate(options);
}
