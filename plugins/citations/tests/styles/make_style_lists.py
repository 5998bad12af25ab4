#!/usr/bin/env python3
"""Renders one reference list in six styles, with a hanging indent and numbered, as PDFs.

    make_style_lists.py OUT_DIR

Every work below is invented for these tests (names, titles, journals, publishers); none is
copied from a published list. The same twelve works are written in APA, Chicago author-date,
Chicago notes-bibliography, MLA, Harvard and Vancouver, and each list is set by pdflatex twice:
flush left with a hanging indent and no space between entries (`STYLE-hanging.pdf`; Vancouver
is only ever numbered, so it has none), and numbered (`STYLE-numbered.pdf`: "1." for the
author styles, "[1]" for Vancouver). Before the list, a short paragraph cites works the way the
style does (numbered lists: "[2]", "[3, 5-7]").

Beside each PDF, `STYLE-LAYOUT.entries` holds the first 24 characters of each entry as set, one
a line: the test (tests/style_lists_test.cc) asserts that the real PDF path splits the list
into exactly these entries. The works are chosen to be hard to split: a particle ("van
Oosterhout", "de la Fuente"), a corporate author, an entry "in press", an author list long
enough to wrap, editors, a title that starts with a number.

Requires pdflatex (texlive-latex-base). The PDFs are committed; run this again only to change
the lists.
"""

import os
import shutil
import subprocess
import sys
import tempfile

# family, given (full), initials
PEOPLE = {
    "halloran": ("Halloran", "Ruth M.", "R. M."),
    "quist": ("Quist", "Bertil", "B."),
    "oosterhout": ("van Oosterhout", "Lieke", "L."),
    "fuente": ("de la Fuente", "Marisol", "M."),
    "brekke": ("Brekke", "Jonas", "J."),
    "okonjo": ("Okonjo", "Adaeze", "A."),
    "tessaro": ("Tessaro", "Paola", "P."),
    "castellan": ("Castellan", "Ines", "I."),
    "abernathy": ("Abernathy", "Lowell K.", "L. K."),
    "coyle": ("Coyle", "Theresa", "T."),
    "marsh": ("Marsh", "Duncan", "D."),
    "ilse": ("Ilse", "Berta", "B."),
    "farrow": ("Farrow", "Miriam", "M."),
    "nakagawa": ("Nakagawa", "Kenji", "K."),
    "pellegrino": ("Pellegrino", "Anna", "A."),
    "sorensen": ("Sorensen", "Ulf", "U."),
    "wexler": ("Wexler", "Hannah", "H."),
    "drummond": ("Drummond", "Neil", "N."),
    "lindqvist": ("Lindqvist", "Stina", "S."),
    "achebe": ("Achterberg", "Femke", "F."),
}

ORG = "Society for Clinical Listening"

# kind, authors, year, title, container, volume, issue, pages, extra
WORKS = [
    dict(kind="article", authors=["abernathy", "coyle"], year="1991",
         title="Ruptures in the working alliance and how they mend",
         journal="Journal of Process Studies", volume="12", issue="3", pages="201-219"),
    dict(kind="book", authors=["brekke"], year="1988", title="Stalemate: Notes on the stuck treatment",
         place="Hartford, CT", publisher="Merrow & Lyle"),
    dict(kind="article", authors=["oosterhout", "quist"], year="2004",
         title="Silence as a reply in brief therapy", journal="Quarterly Review of Listening",
         volume="25", issue="4", pages="554-573"),
    dict(kind="chapter", authors=["castellan"], year="1983", title="The analyst's chair",
         editors=["farrow", "ilse"], book="Rooms of the clinic", pages="20-55",
         place="Leeds", publisher="Harrow Press"),
    dict(kind="article", authors=["fuente"], year="2011",
         title="Waiting rooms and the first hour of care", journal="Clinical Dialogue",
         volume="8", issue="2", pages="33-49"),
    dict(kind="report", authors=[ORG], year="2019",
         title="Guidelines for supervision in training clinics", place="Bristol",
         publisher="Society for Clinical Listening"),
    dict(kind="article", authors=["halloran", "tessaro", "okonjo", "marsh", "nakagawa",
                                  "pellegrino", "sorensen"], year="2016",
         title="Holding and its failures across seven training clinics",
         journal="Journal of Process Studies", volume="37", issue="1", pages="1-22"),
    dict(kind="article", authors=["okonjo"], year="in press",
         title="Dreams reported in the second year of treatment",
         journal="Clinical Dialogue", volume="", issue="", pages=""),
    dict(kind="book", authors=["tessaro"], year="1987", title="A second holding",
         place="Turin", publisher="Edizioni Lanterna"),
    dict(kind="article", authors=["wexler", "drummond"], year="2008",
         title="12 sessions: Counting time in short-term work",
         journal="Quarterly Review of Listening", volume="19", issue="2", pages="101-118"),
    dict(kind="article", authors=["lindqvist"], year="1999",
         title="The consulting room as a place of weather", journal="Northern Clinical Letters",
         volume="4", issue="1", pages="5-28"),
    dict(kind="book", authors=["achebe", "farrow"], year="2021",
         title="Listening after the pandemic", place="Utrecht", publisher="Kade Uitgevers"),
]

STYLES = ["apa", "chicago-ad", "chicago-nb", "mla", "harvard", "vancouver"]


def person(key):
    return PEOPLE[key] if key in PEOPLE else (key, "", "")


def names(work, style):
    """The author part as the style prints it (without the final punctuation)."""
    people = [person(a) for a in work["authors"]]
    org = [p for p in people if not p[1]]
    if org:
        return people[0][0]
    if style == "apa":
        parts = ["%s, %s" % (f, i) for f, _, i in people]
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + ", & " + parts[-1]
    if style == "harvard":
        parts = ["%s, %s" % (f, i) for f, _, i in people]
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    if style == "vancouver":
        return ", ".join("%s %s" % (f, i.replace(".", "").replace(" ", "")) for f, _, i in people)
    # Chicago and MLA: the first inverted, the others in order; MLA: "et al." beyond two.
    first = "%s, %s" % (people[0][0], people[0][1])
    rest = ["%s %s" % (g, f) for f, g, _ in people[1:]]
    if style == "mla" and len(people) > 2:
        return first + ", et al"
    if not rest:
        return first
    if len(rest) == 1:
        return first + ", and " + rest[0]
    return first + ", " + ", ".join(rest[:-1]) + ", and " + rest[-1]


def editors(work, style):
    people = [person(e) for e in work["editors"]]
    if style in ("apa", "harvard"):
        return " & ".join("%s %s" % (i, f) for f, _, i in people) if style == "apa" else \
            " and ".join("%s %s" % (i, f) for f, _, i in people)
    if style == "vancouver":
        return ", ".join("%s %s" % (f, i.replace(".", "").replace(" ", "")) for f, _, i in people)
    return " and ".join("%s %s" % (g, f) for f, g, _ in people)


def end(s):
    return s if s.endswith((".", "?", "!")) else s + "."


def entry(work, style):
    """One entry in one style, as LaTeX-safe plain text (no italics: the test reads text)."""
    k, y = work["kind"], work["year"]
    a = names(work, style)
    year_apa = "(%s)" % y
    t = work["title"]
    if style == "apa":
        head = "%s %s. " % (end(a) if not a.endswith(".") else a, year_apa)
        if k == "article":
            tail = "%s, %s(%s), %s." % (work["journal"], work["volume"], work["issue"],
                                        work["pages"]) if work["volume"] else work["journal"] + "."
            return head + end(t) + " " + tail
        if k == "chapter":
            return head + "%s. In %s (Eds.), %s (pp. %s). %s: %s." % (
                t, editors(work, style), work["book"], work["pages"], work["place"],
                work["publisher"])
        return head + "%s. %s: %s." % (t, work["place"], work["publisher"])
    if style == "harvard":
        head = "%s %s " % (a, year_apa)
        if k == "article":
            if not work["volume"]:
                return head + "'%s', %s." % (t, work["journal"])
            return head + "'%s', %s, %s(%s), pp. %s." % (t, work["journal"], work["volume"],
                                                       work["issue"], work["pages"])
        if k == "chapter":
            return head + "'%s', in %s (eds.) %s. %s: %s, pp. %s." % (
                t, editors(work, style), work["book"], work["place"], work["publisher"],
                work["pages"])
        return head + "%s. %s: %s." % (t, work["place"], work["publisher"])
    if style == "vancouver":
        head = "%s. " % a
        if k == "article":
            if not work["volume"]:
                return head + "%s. %s. In press." % (t, work["journal"])
            return head + "%s. %s. %s;%s(%s):%s." % (t, work["journal"], y, work["volume"],
                                                     work["issue"], work["pages"])
        if k == "chapter":
            return head + "%s. In: %s, editors. %s. %s: %s; %s. p. %s." % (
                t, editors(work, style), work["book"], work["place"], work["publisher"], y,
                work["pages"])
        return head + "%s. %s: %s; %s." % (t, work["place"], work["publisher"], y)
    q = "``%s''" % end(t)
    if style == "chicago-ad":
        head = "%s. %s. " % (a, y.capitalize() if y == "in press" else y)
        if k == "article":
            if not work["volume"]:
                return head + "%s %s." % (q, work["journal"])
            return head + "%s %s %s (%s): %s." % (q, work["journal"], work["volume"],
                                                  work["issue"], work["pages"])
        if k == "chapter":
            return head + "%s In %s, edited by %s, %s. %s: %s." % (
                q, work["book"], editors(work, style), work["pages"], work["place"],
                work["publisher"])
        return head + "%s. %s: %s." % (t, work["place"], work["publisher"])
    if style == "chicago-nb":
        head = "%s. " % a
        if k == "article":
            if not work["volume"]:
                return head + "%s %s (forthcoming)." % (q, work["journal"])
            return head + "%s %s %s, no. %s (%s): %s." % (q, work["journal"], work["volume"],
                                                          work["issue"], y, work["pages"])
        if k == "chapter":
            return head + "%s In %s, edited by %s, %s. %s: %s, %s." % (
                q, work["book"], editors(work, style), work["pages"], work["place"],
                work["publisher"], y)
        return head + "%s. %s: %s, %s." % (t, work["place"], work["publisher"], y)
    if style == "mla":
        head = "%s. " % a
        if k == "article":
            if not work["volume"]:
                return head + "%s %s, forthcoming." % (q, work["journal"])
            return head + "%s %s, vol. %s, no. %s, %s, pp. %s." % (
                q, work["journal"], work["volume"], work["issue"], y, work["pages"])
        if k == "chapter":
            return head + "%s %s, edited by %s, %s, %s, pp. %s." % (
                q, work["book"], editors(work, style), work["publisher"], y, work["pages"])
        return head + "%s. %s, %s." % (t, work["publisher"], y)
    raise ValueError(style)


def sort_key(work):
    return person(work["authors"][0])[0].lower().replace("van ", "").replace("de la ", "")


def tex_escape(s):
    return s.replace("&", r"\&").replace("%", r"\%").replace("_", r"\_")


def plain(s):
    """The entry as the PDF's text shows it (LaTeX quotes become curly ones)."""
    return s.replace("``", "\u201c").replace("''", "\u201d").replace("'", "\u2019")


PROSE = {
    "author": ("This short text stands before the list. It discusses ruptures and silences "
               "in brief work, and the rooms where such work is done; its citations are "
               "written the way the style asks."),
    "numbered": ("This short text stands before the list and cites it by number: ruptures "
                 "and their repair [2], silence as a reply [3, 5--7], and the chair of the "
                 "analyst (4)."),
}


def document(style, layout):
    works = sorted(WORKS, key=sort_key) if style != "vancouver" else WORKS
    entries = [entry(w, style) for w in works]
    out = [r"\documentclass[11pt]{article}", r"\input{glyphtounicode}\pdfgentounicode=1",
           r"\usepackage[a4paper,margin=3cm]{geometry}", r"\pagestyle{empty}",
           r"\begin{document}", r"\section*{A note on listening}",
           PROSE["numbered" if layout == "numbered" else "author"], "",
           r"\section*{%s}" % ("Works Cited" if style == "mla" else
                               "Bibliography" if style == "chicago-nb" else "References")]
    if layout == "hanging":
        out.append(r"\setlength{\parindent}{0pt}\setlength{\parskip}{0pt}")
        for e in entries:
            out.append(r"\hangindent=2em\hangafter=1 " + tex_escape(e) + r"\par")
    else:
        out.append(r"\begin{list}{}{\setlength{\itemsep}{0pt}\setlength{\parsep}{0pt}"
                   r"\setlength{\leftmargin}{2.5em}\setlength{\labelwidth}{2em}}")
        for n, e in enumerate(entries, 1):
            shown = "[%d]" % n if style == "vancouver" else "%d." % n
            out.append(r"\item[%s] %s" % (shown, tex_escape(e)))
        out.append(r"\end{list}")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n", [plain(e)[:24] for e in entries]


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    if not shutil.which("pdflatex"):
        raise SystemExit("make_style_lists: pdflatex not found (apt-get install texlive-latex-base)")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", FORCE_SOURCE_DATE="1")
    for style in STYLES:
        for layout in ("hanging", "numbered"):
            if style == "vancouver" and layout == "hanging":
                continue
            name = "%s-%s" % (style, layout)
            tex, starts = document(style, layout)
            with tempfile.TemporaryDirectory(prefix="glossator-styles-") as work:
                with open(os.path.join(work, name + ".tex"), "w", encoding="ascii") as f:
                    f.write(tex)
                r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                                    name + ".tex"], cwd=work, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT)
                if r.returncode != 0:
                    sys.stderr.write(r.stdout.decode("utf-8", "replace")[-3000:])
                    raise SystemExit("make_style_lists: pdflatex failed on " + name)
                shutil.move(os.path.join(work, name + ".pdf"), os.path.join(out_dir, name + ".pdf"))
            with open(os.path.join(out_dir, name + ".entries"), "w", encoding="utf-8") as f:
                f.write("\n".join(starts) + "\n")


if __name__ == "__main__":
    main()
