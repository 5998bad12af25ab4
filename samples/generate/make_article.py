#!/usr/bin/python3
"""Renders samples/readings/article.txt as a two-column journal article through pdflatex.

The title, authors and abstract span both columns; the body is set in two justified,
hyphenated columns of 10pt Computer Modern (so fi/fl ligatures appear); the reference
list has hanging indents.  Every page but the first carries a running header with the
page number (`@running` in the reading); the first page has neither.

Regions of the reading:
  titlepage   `# title`, then one paragraph per author line (authors, affiliation)
  abstract    `## Abstract`, then its paragraphs
  body        `# Section` headings and paragraphs
  references  `# References`, then one paragraph per entry

    make_article.py --out DIR --expected DIR
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import markup
import producers  # noqa: E402

NAME = "article"
READING = os.path.join(HERE, "..", "readings", NAME + ".txt")

_SPECIALS = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
# Typographic characters of the reading and their LaTeX input.
_TYPO = {
    "\u201c": "``",
    "\u201d": "''",
    "\u2018": "`",
    "\u2019": "'",
    "\u2014": "---",
    "\u2013": "--",
    "\u00a0": "~",
}
_QUOTES = "\u201c\u201d\u2018\u2019"


def tex_plain(text):
    """Escapes one run of plain text for LaTeX."""
    out = []
    prev = ""
    for ch in text:
        if ch in _QUOTES and prev in _QUOTES:
            out.append("{}")  # keeps ’” from becoming the ligature ''' (”’)
        if ch in _SPECIALS:
            out.append(_SPECIALS[ch])
        elif ch in _TYPO:
            out.append(_TYPO[ch])
        elif ord(ch) > 127:
            raise SystemExit(f"make_article: no LaTeX for {ch!r} (U+{ord(ch):04X})")
        else:
            out.append(ch)
        prev = ch
    s = "".join(out)
    # Inter-word, not inter-sentence, space after abbreviations; no break after p./pp.
    s = re.sub(r"\bal\. ", r"al.\\ ", s)
    s = re.sub(r"\b(pp?)\. (?=\d)", r"\1.~", s)
    return s


def tex(text):
    """LaTeX for a block's text, `*italics*` included."""
    return "".join(
        r"\textit{%s}" % tex_plain(seg) if italic else tex_plain(seg)
        for seg, italic in markup.italic_runs(text)
    )


def only(region_list, name):
    if len(region_list) != 1:
        raise SystemExit(f"{READING}: needs exactly one '::: {name}' region")
    return region_list[0]


def latex(reading):
    title_region = only(reading.region("titlepage"), "titlepage")
    title = [b for b in title_region.blocks if b.kind == "h1"]
    author_lines = [b for b in title_region.blocks if b.kind == "p"]
    if len(title) != 1 or not author_lines:
        raise SystemExit(f"{READING}: titlepage needs '# title' and author lines")
    abstract = only(reading.region("abstract"), "abstract")
    abstract_paras = [b for b in abstract.blocks if b.kind == "p"]
    running = tex(reading.meta.get("running", ""))

    out = [
        r"\documentclass[a4paper,twocolumn,10pt]{article}",
        r"\pagestyle{myheadings}",
        r"\markboth{%s}{%s}" % (running, running),
        r"\title{%s}" % tex(title[0].text),
        r"\author{%s}" % r" \\ ".join(tex(b.text) for b in author_lines),
        r"\date{}",
        r"\setlength{\emergencystretch}{1.5em}",
        r"\raggedbottom",
        r"\begin{document}",
        r"\makeatletter",
        r"\twocolumn[\begin{@twocolumnfalse}",
        r"\maketitle",
        r"\begin{abstract}",
        "\n\n".join(tex(b.text) for b in abstract_paras),
        r"\end{abstract}",
        r"\vspace{1.5em}",
        r"\end{@twocolumnfalse}]",
        r"\makeatother",
        r"\thispagestyle{empty}",
        "",
    ]
    for region in reading.region("body"):
        for b in region.blocks:
            if b.kind in ("h1", "h2"):
                cmd = "section" if b.kind == "h1" else "subsection"
                out.append(r"\%s*{%s}" % (cmd, tex(b.text)))
            elif b.kind == "p":
                out.append(tex(b.text))
            else:
                raise SystemExit(f"{READING}: body cannot hold a {b.kind} block")
            out.append("")
    for region in reading.region("references"):
        for b in region.blocks:
            if b.kind == "h1":
                out.append(r"\section*{%s}" % tex(b.text))
                out.append(r"\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}")
            elif b.kind == "p":
                out.append(r"\hangindent=1.5em\hangafter=1 " + tex(b.text) + r"\par")
            else:
                raise SystemExit(f"{READING}: references cannot hold a {b.kind} block")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def main():
    args = producers.arguments(__doc__.splitlines()[0])

    reading = markup.parse(READING)
    work = tempfile.mkdtemp(prefix="glossator-article-")
    try:
        with open(os.path.join(work, NAME + ".tex"), "w", encoding="ascii") as f:
            f.write(latex(reading))
        env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", FORCE_SOURCE_DATE="1")
        for _ in range(2):  # the second run is a formality: no cross-references
            r = subprocess.run(
                ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", NAME + ".tex"],
                cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            )
            if r.returncode != 0:
                sys.stderr.write(r.stdout.decode("utf-8", "replace")[-3000:])
                raise SystemExit("make_article: pdflatex failed")
        with open(os.path.join(work, NAME + ".log"), encoding="latin-1") as f:
            log = f.read()
        for m in re.finditer(r"^Overfull \\hbox.*$", log, re.M):
            sys.stderr.write(f"make_article: warning: {m.group(0)}\n")
        shutil.move(os.path.join(work, NAME + ".pdf"), os.path.join(args.out, NAME + ".pdf"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    markup.write_expected(reading, os.path.join(args.expected, NAME + ".txt"))


if __name__ == "__main__":
    main()
