#!/usr/bin/python3
"""Renders one reading (samples/readings/article.txt) as two PDFs whose extracted
text differs the way a re-made course reader differs, for the edit carry-over
tests (tests/integration/editors_corrections_test.cc):

  article-one-column.pdf     one column, 10pt, wide text block: long lines
  article-moved.pdf          the reading as a course reader reprints it: two
                             columns, 11pt, narrow margins (other line breaks
                             and hyphenations), a cover page inserted before
                             it, American spelling (organizes for organises),
                             "and" for "&", and the closing paragraph left out
                             (an abridgement: the edits there are orphaned)

The reading's text is the sample's own (written for this repository); the cover
page's is written here.  Needs pdflatex (texlive-latex-base).

    make_pair.py OUT_DIR
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATE = os.path.join(HERE, "..", "..", "..", "..", "samples", "generate")
sys.path.insert(0, os.path.abspath(GENERATE))
import make_article  # noqa: E402
import markup  # noqa: E402

COVER = r"""\thispagestyle{empty}
\begin{center}\Large Course Reader: Clinical Process, Week Three\end{center}
\vspace{2em}
This reader gathers the set texts for the third week of the seminar. Read the
article below before the session and bring one question about the vignette it
discusses. Page numbers in the seminar refer to this reader.
\clearpage
"""


def one_column(tex):
    return tex.replace(r"\documentclass[a4paper,twocolumn,10pt]{article}",
                       r"\documentclass[a4paper,10pt]{article}" "\n"
                       r"\usepackage[margin=2cm]{geometry}")


# The reprint's spelling, word for word (only words the reading has).
AMERICAN = {"organises": "organizes", "idealising": "idealizing", "idealised": "idealized",
            "criticised": "criticized", "apologise": "apologize", "recognised": "recognized",
            "unrecognised": "unrecognized"}
# The first words of the paragraph the abridged reprint leaves out.
OMITTED = "For students, this is both"


def moved(tex):
    for british, american in AMERICAN.items():
        tex = re.sub(r"\b%s\b" % british, american, tex)
    tex = tex.replace(r" \& ", " and ")
    start = tex.index(OMITTED)
    tex = tex[:start] + tex[tex.index("\n\n", start) + 2:]
    tex = tex.replace(r"\documentclass[a4paper,twocolumn,10pt]{article}",
                      r"\documentclass[a4paper,twocolumn,11pt]{article}" "\n"
                      r"\usepackage[margin=1.6cm]{geometry}")
    return tex.replace(r"\begin{document}", r"\begin{document}" "\n" + COVER, 1)


def render(tex, out_path):
    work = tempfile.mkdtemp(prefix="glossator-pair-")
    try:
        with open(os.path.join(work, "r.tex"), "w", encoding="ascii") as f:
            f.write(tex)
        env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", FORCE_SOURCE_DATE="1")
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"],
                           cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if r.returncode != 0:
            sys.stderr.write(r.stdout.decode("utf-8", "replace")[-3000:])
            raise SystemExit("make_pair: pdflatex failed")
        shutil.move(os.path.join(work, "r.pdf"), out_path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    tex = make_article.latex(markup.parse(make_article.READING))
    render(one_column(tex), os.path.join(out, "article-one-column.pdf"))
    render(moved(tex), os.path.join(out, "article-moved.pdf"))


if __name__ == "__main__":
    main()
