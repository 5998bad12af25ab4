#!/usr/bin/python3
"""Renders samples/readings/slides.txt as a lecture slide deck through LibreOffice Impress.

Writes a Flat ODP (.fodp) with one landscape page per `::: slide` region: a title
box, a body box (one paragraph per line, centred, capitals) and a separate slide
number box at the bottom right.  The boxes are written to the XML in a different
order on each slide, so nothing can rely on the order of the text in the PDF.
The slide numbers exist only here, never in the reading or the expected text.

    make_slides.py --out DIR --expected DIR
"""

import os
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import markup
import producers  # noqa: E402

NAME = "slides"
READING = os.path.join(HERE, "..", "readings", NAME + ".txt")

# Page and box geometry in centimetres (a 16:9 landscape slide).
PAGE_W, PAGE_H = 28.0, 15.75
TITLE_BOX = (1.5, 0.9, 25.0, 2.6)   # x, y, width, height
BODY_BOX = (1.5, 4.0, 25.0, 9.6)
NUMBER_BOX = (24.6, 14.3, 2.6, 1.0)

# The order the three boxes are written in, cycled over the slides.
BOX_ORDERS = [
    ("number", "body", "title"),
    ("body", "title", "number"),
    ("body", "number", "title"),
    ("title", "number", "body"),
    ("number", "title", "body"),
]

NS = """xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""""

STYLES = f"""
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"
   style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:automatic-styles>
  <style:page-layout style:name="PM1">
   <style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm"
    fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="{PAGE_W}cm"
    fo:page-height="{PAGE_H}cm" style:print-orientation="landscape"/>
  </style:page-layout>
  <style:style style:name="dp1" style:family="drawing-page">
   <style:drawing-page-properties draw:fill="solid" draw:fill-color="#ffffff"/>
  </style:style>
  <style:style style:name="grTitle" style:family="graphic">
   <style:graphic-properties draw:stroke="none" draw:fill="none"
    draw:textarea-horizontal-align="center" draw:textarea-vertical-align="middle"
    draw:auto-grow-height="false" draw:auto-grow-width="false" fo:wrap-option="no-wrap"
    fo:padding-top="0cm" fo:padding-bottom="0cm" fo:padding-left="0cm" fo:padding-right="0cm"/>
  </style:style>
  <style:style style:name="grBody" style:family="graphic">
   <style:graphic-properties draw:stroke="none" draw:fill="none"
    draw:textarea-horizontal-align="center" draw:textarea-vertical-align="top"
    draw:auto-grow-height="false" draw:auto-grow-width="false" fo:wrap-option="no-wrap"
    fo:padding-top="0.2cm" fo:padding-bottom="0cm" fo:padding-left="0cm" fo:padding-right="0cm"/>
  </style:style>
  <style:style style:name="grNumber" style:family="graphic">
   <style:graphic-properties draw:stroke="none" draw:fill="none"
    draw:textarea-horizontal-align="right" draw:textarea-vertical-align="bottom"
    draw:auto-grow-height="false" draw:auto-grow-width="false"
    fo:padding-top="0cm" fo:padding-bottom="0cm" fo:padding-left="0cm" fo:padding-right="0cm"/>
  </style:style>
  <style:style style:name="PTitle" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="32pt"
    fo:font-weight="bold" fo:color="#1f3a5f"/>
  </style:style>
  <style:style style:name="PBody" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0cm"
    fo:margin-bottom="0.45cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="22pt"
    fo:color="#222222"/>
  </style:style>
  <style:style style:name="PNumber" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt"
    fo:color="#777777"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Plain" style:page-layout-name="PM1" draw:style-name="dp1"/>
 </office:master-styles>
"""


def frame(style, box, paragraphs, para_style):
    x, y, w, h = box
    ps = "".join(
        f'<text:p text:style-name="{para_style}">{escape(p)}</text:p>' for p in paragraphs
    )
    return (
        f'    <draw:frame draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm"'
        f' svg:width="{w}cm" svg:height="{h}cm">\n'
        f"     <draw:text-box>{ps}</draw:text-box>\n    </draw:frame>\n"
    )


def slide_parts(region):
    """Returns (title, body lines) of one slide region."""
    titles = [b for b in region.blocks if b.kind == "h1"]
    bodies = [b for b in region.blocks if b.kind == "lines"]
    if len(titles) != 1 or len(bodies) != 1 or len(region.blocks) != 2:
        raise SystemExit(f"{READING}: a slide needs one '# TITLE' and one block of lines")
    lines = [markup.strip_italics(line) for line in bodies[0].lines]
    return titles[0].plain, lines


def fodp(reading):
    pages = []
    slides = reading.region("slide")
    for n, region in enumerate(slides, start=1):
        title, lines = slide_parts(region)
        boxes = {
            "title": frame("grTitle", TITLE_BOX, [title], "PTitle"),
            "body": frame("grBody", BODY_BOX, lines, "PBody"),
            "number": frame("grNumber", NUMBER_BOX, [str(n)], "PNumber"),
        }
        order = BOX_ORDERS[(n - 1) % len(BOX_ORDERS)]
        pages.append(
            f'   <draw:page draw:name="Slide{n}" draw:master-page-name="Plain"'
            f' draw:style-name="dp1">\n'
            + "".join(boxes[k] for k in order)
            + "   </draw:page>\n"
        )
    title = escape(reading.meta.get("title", ""))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document {NS}\n office:version=\"1.3\""
        ' office:mimetype="application/vnd.oasis.opendocument.presentation">\n'
        f" <office:meta><dc:title>{title}</dc:title></office:meta>\n"
        + STYLES
        + " <office:body>\n  <office:presentation>\n"
        + "".join(pages)
        + "  </office:presentation>\n </office:body>\n</office:document>\n"
    )


def main():
    args = producers.arguments(__doc__.splitlines()[0])

    reading = markup.parse(READING)
    producers.libreoffice_to_pdf(fodp(reading), ".fodp", os.path.join(args.out, NAME + ".pdf"))
    markup.write_expected(reading, os.path.join(args.expected, NAME + ".txt"))


if __name__ == "__main__":
    main()
