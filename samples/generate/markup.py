"""The small markup our sample readings are written in, and their expected text.

Every sample reading under samples/readings/ is one `.txt` file in this markup.
Each genre's generator (samples/generate/*.py) turns the parsed reading into the
input of a real producer (LibreOffice, pdflatex, Chromium); `expected_text`
turns the same parse into the text Glossator must extract from the PDF, so the
expected text comes from the source, never from Glossator's own output.

The markup:
  % comment                  ignored
  @key: value                metadata for the generator (title, running header...)
  ::: region                 starts a region (cover, titlepage, body, references,
                             slide, byline, ...); it ends where the next one starts
  # text / ## text           a heading, level 1 or 2
  - text                     a list item (the dash is layout, not text)
  blank line                 ends a paragraph; the lines of a paragraph are joined
                             by spaces, except in a `slide` region, where every
                             line stays a line of its own
  *text*                     italics: the asterisks are markup, not text
  • text                     a bullet before a block is a list marker, not text
                             (Glossator sets it aside as layout)

Expected text: blocks in reading order separated by one blank line; a slide is
one block whose lines are separated by newlines.
"""

import dataclasses
import re
import sys

_ITALIC = re.compile(r"\*([^*]+)\*")


@dataclasses.dataclass
class Block:
    kind: str  # "h1", "h2", "p", "li", "lines"
    lines: list  # source lines; "p"/"li"/"h*" have their lines joined by spaces

    @property
    def text(self):
        """The block's text with italics markup still in place."""
        if self.kind == "lines":
            return "\n".join(self.lines)
        return " ".join(self.lines)

    @property
    def plain(self):
        """The block's text as a reader sees it: no markup."""
        text = strip_italics(self.text)
        return text[2:] if text.startswith("• ") else text


@dataclasses.dataclass
class Region:
    name: str
    blocks: list


@dataclasses.dataclass
class Reading:
    meta: dict
    regions: list

    def region(self, name):
        return [r for r in self.regions if r.name == name]


def strip_italics(text):
    return _ITALIC.sub(r"\1", text)


def italic_runs(text):
    """Splits text into (segment, is_italic) pairs."""
    runs, pos = [], 0
    for m in _ITALIC.finditer(text):
        if m.start() > pos:
            runs.append((text[pos : m.start()], False))
        runs.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        runs.append((text[pos:], False))
    return runs


def parse(path):
    meta, regions = {}, []
    region = None
    block = None

    def close_block():
        nonlocal block
        if block is not None and region is not None:
            region.blocks.append(block)
        block = None

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n").rstrip()
            if line.startswith("%"):
                continue
            if line.startswith("@") and ":" in line and region is None:
                key, value = line[1:].split(":", 1)
                meta[key.strip()] = value.strip()
                continue
            if line.startswith(":::"):
                close_block()
                region = Region(line[3:].strip(), [])
                regions.append(region)
                continue
            if region is None:
                if line:
                    raise SystemExit(f"{path}: text before the first ':::' region: {line!r}")
                continue
            if not line:
                close_block()
                continue
            if line.startswith("## "):
                close_block()
                region.blocks.append(Block("h2", [line[3:].strip()]))
            elif line.startswith("# "):
                close_block()
                region.blocks.append(Block("h1", [line[2:].strip()]))
            elif line.startswith("- ") and region.name != "slide":
                close_block()
                block = Block("li", [line[2:].strip()])
            elif region.name == "slide":
                if block is None:
                    block = Block("lines", [])
                block.lines.append(line.strip())
            else:
                if block is None:
                    block = Block("p", [])
                block.lines.append(line.strip())
    close_block()
    return Reading(meta, regions)


def expected_text(reading):
    parts = []
    for region in reading.regions:
        for block in region.blocks:
            parts.append(block.plain)
    return "\n\n".join(parts) + "\n"


def write_expected(reading, out_path):
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(expected_text(reading))


if __name__ == "__main__":
    # python3 markup.py READING.txt  prints the expected text of one reading.
    sys.stdout.write(expected_text(parse(sys.argv[1])))
