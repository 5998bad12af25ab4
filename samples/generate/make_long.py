#!/usr/bin/python3
"""Renders a long (300+ page) reading through LibreOffice Writer.

    make_long.py --out samples/pdfs --expected samples/expected

The working paper (samples/readings/working-paper.txt) blown up into a book:
its cover, title page and abstract once, then its body repeated as numbered
chapters ("Chapter 1", "Chapter 2", ...; each starts a new page and its section
headings become level-2 headings), then its reference list once. Laid out and
rendered exactly as make_working_paper.py does (same styles, running header,
page numbers), to DIR/long-paper.pdf, with EXPECTED/long-paper.txt.
"""

import copy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_working_paper as wp  # noqa: E402
import markup  # noqa: E402
import producers  # noqa: E402

NAME = "long-paper"
MIN_PAGES = 300
FIRST_GUESS = 31  # chapters; about ten pages each


def long_reading(paper, chapters):
    """A Reading: paper's front matter, `chapters` copies of its body, its references."""
    front = [r for r in paper.regions if r.name in ("cover", "titlepage", "abstract")]
    body = [b for r in paper.regions if r.name == "body" for b in r.blocks]
    back = [r for r in paper.regions if r.name == "references"]
    regions = [copy.deepcopy(r) for r in front]
    for n in range(1, chapters + 1):
        blocks = [markup.Block("h1", ["Chapter %d" % n])]
        for b in body:
            kind = "h2" if b.kind == "h1" else b.kind
            blocks.append(markup.Block(kind, list(b.lines)))
        regions.append(markup.Region("chapter", blocks))
    regions.extend(copy.deepcopy(r) for r in back)
    return markup.Reading(dict(paper.meta), regions)


def main():
    args = producers.arguments(__doc__.splitlines()[0])
    paper = markup.parse(wp.READING)
    pdf = os.path.join(args.out, NAME + ".pdf")
    chapters = FIRST_GUESS
    while True:
        reading = long_reading(paper, chapters)
        wp.render(wp.build_fodt(reading, page_break_regions=("chapter", "references")), pdf)
        pages = wp.count_pages(pdf)
        if pages >= MIN_PAGES:
            break
        # Too short (other fonts, other metrics): add chapters in proportion.
        chapters = chapters * MIN_PAGES // max(pages, 1) + 2
    markup.write_expected(reading, os.path.join(args.expected, NAME + ".txt"))
    print("make_long: %s (%d chapters, %d pages, %.1f MB)"
          % (pdf, chapters, pages, os.path.getsize(pdf) / 1e6))


if __name__ == "__main__":
    main()
