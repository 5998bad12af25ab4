// The prose of `glossator --help` and of each command's --help; the options'
// own lines are made by CLI11 from their definitions (options.cc). The
// README's usage section says the same (a test compares them).
#ifndef GLOSSATOR_CLI_HELP_TEXT_H_
#define GLOSSATOR_CLI_HELP_TEXT_H_

namespace glossator::cli {

extern const char kMainHelp[];  // glossator --help

// What each command does, one line, and the notes after its options.
extern const char kAnnotateSummary[], kAnnotateNotes[];
extern const char kRefsSummary[], kRefsNotes[];
extern const char kTextSummary[], kTextNotes[];
extern const char kPluginsSummary[], kPluginsNotes[];
extern const char kPackSummary[], kPackNotes[];

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_HELP_TEXT_H_
