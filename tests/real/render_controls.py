#!/usr/bin/env python3
"""Renders the control prose of ../shared/data/real/texts/controls/ into PDFs.

The controls are public-domain texts from fields other than psychology
(science, a novel, a biography, philosophy). Tests run the taggers on them to
check what must NOT be tagged. The texts stay in ../shared; only the PDFs are
written, to OUTDIR, never into the repository.

    tests/real/render_controls.py OUTDIR [CONTROLS_DIR]

Each Markdown file becomes a LaTeX article typeset by pdflatex: A4, one
column, justified and hyphenated lines, headings, block quotes, and the
texts' note blocks set small after the passage that calls them, as a book
chapter looks. The Markdown is converted here rather than by pandoc because
the texts are "as fetched": their note lines (`^3 See Bk. II.`) and numbered
paragraphs make pandoc build nested lists a few words wide.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

PREAMBLE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[margin=25mm]{geometry}
\setlength{\parskip}{0pt}
\begin{document}
"""

# Markdown heading depth -> LaTeX sectioning command (unnumbered).
HEADINGS = {1: r"\section*", 2: r"\subsection*", 3: r"\subsubsection*", 4: r"\paragraph*"}

LATEX_SPECIALS = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&",
    "#": r"\#", "%": r"\%", "_": r"\_", "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    # Characters LaTeX would set from its TS1 companion font, which Debian's
    # texlive-latex-base has only as bitmaps: taken from Type 1 fonts instead.
    "§": r"{\usefont{OMS}{cmsy}{m}{n}\char120}", "¹": r"\textsuperscript{1}",
    "²": r"\textsuperscript{2}", "¬": r"$\neg$",
}


def escape(text):
    return "".join(LATEX_SPECIALS.get(c, c) for c in text)


def inline(text):
    """Escapes text and turns note calls and emphasis into LaTeX."""
    out = []
    pos = 0
    pattern = re.compile(r"\[\^(\w+)\]|\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_")
    for m in pattern.finditer(text):
        out.append(escape(text[pos:m.start()]))
        if m.group(1):
            out.append(r"\textsuperscript{%s}" % escape(m.group(1)))
        elif m.group(2):
            out.append(r"\textbf{%s}" % escape(m.group(2)))
        else:
            out.append(r"\emph{%s}" % escape(m.group(3) or m.group(4)))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


NOTE_LINE = re.compile(r"^\^(\w+)\^?\s+(.*)$")
HEADING_LINE = re.compile(r"^(#{1,6})\s+(.*)$")


def convert(markdown):
    """Markdown of the control texts -> LaTeX body."""
    body = []
    paragraph = []
    quote = []

    def flush():
        if paragraph:
            body.append(inline(" ".join(paragraph)) + "\n")
            paragraph.clear()
        if quote:
            body.append("\\begin{quote}\n" + inline(" ".join(quote)) + "\n\\end{quote}\n")
            quote.clear()

    for raw in markdown.splitlines():
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        heading = HEADING_LINE.match(line)
        note = NOTE_LINE.match(line)
        if heading:
            flush()
            depth = min(len(heading.group(1)), 4)
            body.append("%s{%s}\n" % (HEADINGS[depth], inline(heading.group(2))))
        elif re.fullmatch(r"-{3,}|\*{3,}", line.strip()):
            flush()
            body.append("\\medskip\\noindent\\rule{0.3\\textwidth}{0.4pt}\\par\n")
        elif note:
            flush()
            body.append("{\\footnotesize\\noindent\\textsuperscript{%s} %s\\par}\n"
                        % (escape(note.group(1)), inline(note.group(2))))
        elif line.startswith(">"):
            if paragraph:
                flush()
            quote.append(line.lstrip(">").strip())
        else:
            if quote:
                flush()
            paragraph.append(line.strip())
    flush()
    return "\n".join(body)


def render(markdown_path, out_dir, work):
    name = os.path.splitext(os.path.basename(markdown_path))[0]
    with open(markdown_path, encoding="utf-8") as f:
        tex = PREAMBLE + convert(f.read()) + "\\end{document}\n"
    tex_path = os.path.join(work, name + ".tex")
    with open(tex_path, "w", encoding="utf-8") as f:
        f.write(tex)
    result = subprocess.run(
        ["pdflatex", "-interaction=batchmode", "-halt-on-error", name + ".tex"],
        cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if result.returncode != 0:
        with open(os.path.join(work, name + ".log"), encoding="latin-1") as log:
            tail = log.read()[-1500:]
        sys.exit("render_controls: pdflatex failed on %s:\n%s" % (markdown_path, tail))
    # Moved in under a temporary name, so a test never reads half a PDF.
    temporary = os.path.join(out_dir, "." + name + ".pdf.tmp")
    shutil.move(os.path.join(work, name + ".pdf"), temporary)
    os.replace(temporary, os.path.join(out_dir, name + ".pdf"))


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: render_controls.py OUTDIR [CONTROLS_DIR]")
    here = os.path.dirname(os.path.abspath(__file__))
    source = sys.argv[2] if len(sys.argv) == 3 else os.path.join(
        here, "..", "..", "..", "shared", "data", "real", "texts", "controls")
    if not os.path.isdir(source):
        sys.exit("render_controls: no such directory: %s" % source)
    if shutil.which("pdflatex") is None:
        sys.exit("render_controls: pdflatex is not installed (texlive-latex-base)")
    os.makedirs(sys.argv[1], exist_ok=True)
    texts = sorted(p for p in os.listdir(source) if p.endswith(".md"))
    if not texts:
        sys.exit("render_controls: no .md files in %s" % source)
    with tempfile.TemporaryDirectory() as work:
        for text in texts:
            render(os.path.join(source, text), sys.argv[1], work)


if __name__ == "__main__":
    main()
