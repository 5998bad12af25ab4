#include "help_text.h"

namespace glossator::cli {

const char kMainHelp[] = R"(glossator - annotated TEI from the PDFs of course readings

Usage:
  glossator annotate IN.pdf [IN ...] -o OUT   write TEI P5 for each PDF
  glossator refs IN.pdf --format F [-o FILE]  write the reference list as data
  glossator text IN.pdf                       print the normalised text
  glossator plugins                           list the plugins found, and refused
  glossator pack MANIFEST -o DIR              a reading pack: every reading, one site
  glossator COMMAND --help                    a command's options (or: glossator help COMMAND)
  glossator --help | --version

Options are GNU style, after the command: --output=OUT or --output OUT, -o OUT
or -oOUT; after -- every argument is an input, even one that starts with -.

Options:
  -h, --help     this help
  -V, --version  the version and the plugin ABI

Exit codes:
  0   success
  2   usage error
  3   file not found or not readable, output not writable
  4   not a PDF
  5   damaged PDF
  6   password required, or wrong
  7   no text layer (scanned pages)
  8   time limit reached
  9   memory limit reached
  10  internal error
  11  plugin or plugin configuration error
  12  no worker process could be started (ulimit -u, or too little memory)
With several inputs the exit code is that of the first input that failed.
)";

const char kAnnotateSummary[] = "Write TEI P5 for each PDF";

const char kAnnotateNotes[] =
    R"(Inputs: a PDF; a directory (its PDFs, by name, dot files left out; with
--recursive those of its subdirectories too, written to the same
subdirectories of OUT); - or /dev/stdin, a PDF on standard input (read into
memory, within --max-memory); and the lines of --files-from FILE, one input a
line (- reads them from standard input).

OUT: with one PDF, the TEI file to write, an existing directory (it receives
NAME.xml), a directory to create when OUT ends in /, or - for standard
output. With several inputs or a directory, OUT must be an existing directory
or end in / (it is then created); it receives one NAME.xml per NAME.pdf.
Output files are written atomically; an output that is one of the inputs is
refused. Every plugin found runs on every PDF; a plugin that fails is reported
and the TEI is still written with the others' annotations. A PDF that fails is
reported and the others still run; the exit code is that of the first that
failed (see glossator --help).

Edits: when an output file exists and a person edited it (docs/EDITING.md),
its edits are carried onto the new run, each found again by its words and
their context; a line on stderr says how many were kept, re-anchored and
orphaned (an orphan, whose passage is gone, is kept as a note in the file's
<standOff>). An output that is not well-formed, not TEI, or the TEI of
another reading is an error and is left as it is. --discard-edits writes
over the edits on purpose, keeping the edited file as OUT.xml.bak.

Progress goes to stderr: a line per written file, with [i/N] before it when
stderr is a terminal (where [i/N] NAME stands on the line while a file is
read), then a summary line (files written, skipped and failed, pages,
seconds), in a pipe or a log too. -q silences all of it but errors and
warnings; --verbose adds the plugins that run and each file's time.
)";

const char kRefsSummary[] = "Write the reference list of one PDF as data";

const char kRefsNotes[] =
    R"(Runs the plugins as annotate does (the citations plugin must be among them)
and writes the reference list's entries to FILE (atomically), or to standard
output without -o (or with -o -). F is csl-json (CSL-JSON, as pandoc
--citeproc and Zotero read it) or bibtex.
)";

const char kTextSummary[] = "Print the normalised text of one PDF";

const char kTextNotes[] =
    R"(The text as annotate reads it (running heads and page numbers set aside, lines
joined, line-end hyphens resolved), on standard output.
)";

const char kPluginsSummary[] = "List the plugins found, and those refused";

const char kPluginsNotes[] =
    R"(Plugins are looked for in the --plugin-dir directories, in order, then in
$GLOSSATOR_PLUGIN_PATH (':'-separated), then in the installed plugin
directory. The list gives each plugin's annotation types, needs and settings
with their defaults, in the order the plugins run.
)";

const char kPackSummary[] = "Build a reading pack from a manifest";

const char kPackNotes[] =
    R"(The manifest (TOML) names the course and its readings in order:
  title = "Rupture and Repair"
  [[reading]]
  pdf = "pdfs/article.pdf"     # relative to the manifest
  id = "tollefsen"             # default: the PDF's name
  week = 1                     # also: title, section, password, [reading.settings]
DIR gets ID.xml per reading, pack.xml (TEI corpus), bibliography.json and
.bib, index.html with a page per reading, concepts.html, bibliography.html and
vignettes.html. A reading whose PDF, settings, plugins and Glossator are
unchanged is not annotated again (--force: all are). A reading that fails is
listed as missing, the rest is built, and the exit code is not 0.
)";

}  // namespace glossator::cli
