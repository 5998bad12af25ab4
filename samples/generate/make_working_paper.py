#!/usr/bin/python3
"""Renders the working-paper sample through LibreOffice Writer.

    make_working_paper.py --out samples/pdfs --expected samples/expected

Parses samples/readings/working-paper.txt (see markup.py), writes it as a Flat
ODT (.fodt) and has LibreOffice export it to DIR/working-paper.pdf; writes the
expected text to EXPECTED/working-paper.txt.

Layout, as a real working-paper series would set it: US Letter portrait,
Liberation Serif 11pt, body justified with automatic hyphenation (en-US,
patterns from Debian's hyphen-en-us), bold larger headings, references with a
hanging indent. The cover and the title page sit on pages of their own with no
running header or footer; every later page has the running header
(@running-header) and the page number in the footer. Paragraphs flow freely
across page breaks.

make_long.py imports this module (build_fodt, render, count_pages).
"""

import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import markup
import producers  # noqa: E402

READING = os.path.join(HERE, "..", "readings", "working-paper.txt")
NAME = "working-paper"

# Regions laid out on pages of their own, without running header/footer.
FRONT_REGIONS = ("cover", "titlepage")

_SPEAKER = re.compile(r"^[A-Z][A-Za-z.' -]{1,30}: ")

_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <dc:title>{title}</dc:title>
 <meta:initial-creator>{author}</meta:initial-creator>
 <dc:creator>{author}</dc:creator>
 <dc:language>en-US</dc:language>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"
  style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
"""

# Text properties shared by every hyphenated paragraph style.
_HYPH = ('fo:hyphenate="true" fo:hyphenation-remain-char-count="3" '
         'fo:hyphenation-push-char-count="3"')
_NOHYPH = 'fo:hyphenate="false"'

_STYLES = """<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt"
   fo:language="en" fo:country="US" {nohyph}/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"
  style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:text-align="justify" style:justify-single-word="false"
   fo:text-indent="0.25in" fo:margin-top="0in" fo:margin-bottom="0.05in"
   fo:line-height="118%" fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties {hyph}/>
 </style:style>
 <style:style style:name="First_20_paragraph" style:display-name="First paragraph"
  style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:text-indent="0in"/>
 </style:style>
 <style:style style:name="Speech" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-left="0.25in" fo:text-indent="-0.25in"
   fo:margin-bottom="0.08in"/>
 </style:style>
 <style:style style:name="Abstract" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-left="0.4in" fo:margin-right="0.4in" fo:text-indent="0in"/>
  <style:text-properties fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
  style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">
  <style:paragraph-properties fo:margin-top="0.22in" fo:margin-bottom="0.1in"
   fo:keep-with-next="always" fo:text-align="start"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold" {nohyph}/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
  style:parent-style-name="Standard" style:default-outline-level="2" style:class="text">
  <style:paragraph-properties fo:margin-top="0.16in" fo:margin-bottom="0.07in"
   fo:keep-with-next="always" fo:text-align="start"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" {nohyph}/>
 </style:style>
 <style:style style:name="Abstract_20_Heading" style:display-name="Abstract Heading"
  style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.1in"/>
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="Reference" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-left="0.4in"
   fo:text-indent="-0.4in" fo:margin-bottom="0.06in" fo:line-height="112%"/>
  <style:text-properties fo:font-size="10.5pt" {hyph}/>
 </style:style>
 <style:style style:name="List_20_Item" style:display-name="List Item" style:family="paragraph"
  style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-left="0.5in" fo:text-indent="-0.2in"/>
 </style:style>
 <style:style style:name="Cover_20_Title" style:display-name="Cover Title" style:family="paragraph"
  style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="1.2in" fo:margin-bottom="0.3in"/>
  <style:text-properties fo:font-size="28pt" fo:font-weight="bold" {nohyph}/>
 </style:style>
 <style:style style:name="Cover_20_Line" style:display-name="Cover Line" style:family="paragraph"
  style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.14in"
   fo:margin-left="0.5in" fo:margin-right="0.5in"/>
  <style:text-properties fo:font-size="13pt" {nohyph}/>
 </style:style>
 <style:style style:name="Cover_20_Note" style:display-name="Cover Note" style:family="paragraph"
  style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.1in"
   fo:margin-left="0.3in" fo:margin-right="0.3in"/>
  <style:text-properties fo:font-size="9.5pt" {hyph}/>
 </style:style>
 <style:style style:name="Title_20_Main" style:display-name="Title Main" style:family="paragraph"
  style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="1.6in" fo:margin-bottom="0.35in"
   fo:margin-left="0.3in" fo:margin-right="0.3in"/>
  <style:text-properties fo:font-size="18pt" fo:font-weight="bold" {nohyph}/>
 </style:style>
 <style:style style:name="Title_20_Line" style:display-name="Title Line" style:family="paragraph"
  style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.6in"/>
  <style:text-properties fo:font-size="13pt" {nohyph}/>
 </style:style>
 <style:style style:name="Title_20_Heading" style:display-name="Title Heading" style:family="paragraph"
  style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="start" fo:margin-top="0.2in" fo:margin-bottom="0.08in"
   fo:margin-left="0.5in" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="11pt" fo:font-weight="bold" {nohyph}/>
 </style:style>
 <style:style style:name="Title_20_Note" style:display-name="Title Note" style:family="paragraph"
  style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.1in"
   fo:margin-left="0.5in" fo:margin-right="0.5in"/>
  <style:text-properties fo:font-size="10pt" {hyph}/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"
  style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="9pt" fo:font-style="italic" {nohyph}/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"
  style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="10pt" {nohyph}/>
 </style:style>
 <style:style style:name="Emphasis" style:family="text">
  <style:text-properties fo:font-style="italic"/>
 </style:style>
</office:styles>
""".format(hyph=_HYPH, nohyph=_NOHYPH)

_PAGE = ('fo:page-width="8.5in" fo:page-height="11in" style:print-orientation="portrait" '
         'fo:margin-top="0.6in" fo:margin-bottom="0.6in" fo:margin-left="1.1in" '
         'fo:margin-right="1.1in"')

_AUTOMATIC = """<office:automatic-styles>
 <style:page-layout style:name="pmFront">
  <style:page-layout-properties {page}/>
 </style:page-layout>
 <style:page-layout style:name="pmMain">
  <style:page-layout-properties {page}/>
  <style:header-style>
   <style:header-footer-properties fo:min-height="0.2in" fo:margin-bottom="0.25in"/>
  </style:header-style>
  <style:footer-style>
   <style:header-footer-properties fo:min-height="0.2in" fo:margin-top="0.25in"/>
  </style:footer-style>
 </style:page-layout>
 {para_styles}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Front" style:page-layout-name="pmFront"/>
 <style:master-page style:name="Main" style:page-layout-name="pmMain">
  <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""


class _Doc:
    """Collects body paragraphs and the automatic styles that carry page breaks."""

    def __init__(self):
        self.paras = []
        self.auto_styles = {}

    def styled(self, parent, master=None, break_before=False):
        """An automatic style deriving from parent that starts a page (or not)."""
        if not master and not break_before:
            return parent
        key = (parent, master, break_before)
        if key not in self.auto_styles:
            name = "P%d" % (len(self.auto_styles) + 1)
            attrs = ' style:master-page-name="%s"' % master if master else ""
            props = '<style:paragraph-properties fo:break-before="page"/>' if break_before else ""
            self.auto_styles[key] = (
                name,
                '<style:style style:name="%s" style:family="paragraph" '
                'style:parent-style-name="%s"%s>%s</style:style>' % (name, parent, attrs, props))
        return self.auto_styles[key][0]

    def add(self, style, text, heading_level=None):
        body = inline(text)
        if heading_level:
            self.paras.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                              % (style, heading_level, body))
        else:
            self.paras.append('<text:p text:style-name="%s">%s</text:p>' % (style, body))


def inline(text):
    """Escapes text for XML and turns *italics* into spans."""
    out = []
    for segment, italic in markup.italic_runs(text):
        seg = escape(segment)
        out.append('<text:span text:style-name="Emphasis">%s</text:span>' % seg if italic else seg)
    return "".join(out)


def block_style(region, block, previous_kind):
    """The paragraph style (and heading level) for one block of a region."""
    kind, text = block.kind, block.text
    if region == "cover":
        if kind in ("h1", "h2"):
            return "Cover_20_Title", None
        return ("Cover_20_Note" if len(text) > 140 else "Cover_20_Line"), None
    if region == "titlepage":
        if kind == "h1":
            return "Title_20_Main", None
        if kind == "h2":
            return "Title_20_Heading", None
        return ("Title_20_Note" if len(text) > 140 else "Title_20_Line"), None
    if kind == "h1":
        if region == "abstract":
            return "Abstract_20_Heading", 1
        return "Heading_20_1", 1
    if kind == "h2":
        return "Heading_20_2", 2
    if kind == "li":
        return "List_20_Item", None
    if region == "abstract":
        return "Abstract", None
    if region == "references":
        return "Reference", None
    if _SPEAKER.match(markup.strip_italics(text)):
        return "Speech", None
    if previous_kind in ("h1", "h2", None):
        return "First_20_paragraph", None
    return "Text_20_body", None


def build_fodt(reading, page_break_regions=()):
    """Returns the Flat ODT text of a parsed reading.

    Front regions (cover, titlepage) each start a page of the header-less
    "Front" master; the first later region switches to the "Main" master
    (running header, page number). Regions named in page_break_regions also
    start a new page; everything else flows on.
    """
    doc = _Doc()
    main_started = False
    for region in reading.regions:
        previous = None
        for i, block in enumerate(region.blocks):
            style, level = block_style(region.name, block, previous)
            if i == 0:
                if region.name in FRONT_REGIONS:
                    style = doc.styled(style, master="Front")
                elif not main_started:
                    style = doc.styled(style, master="Main")
                    main_started = True
                elif region.name in page_break_regions:
                    style = doc.styled(style, break_before=True)
            doc.add(style, block.text, level)
            previous = block.kind
    meta = reading.meta
    head = _HEAD.format(title=escape(markup.strip_italics(meta.get("title", ""))),
                        author=escape(meta.get("author", "")))
    auto = _AUTOMATIC.format(page=_PAGE, header=escape(meta.get("running-header", "")),
                             para_styles="\n ".join(s for _, s in doc.auto_styles.values()))
    return (head + _STYLES + auto + "<office:body><office:text>\n"
            + "\n".join(doc.paras) + "\n</office:text></office:body></office:document>\n")


def render(fodt_text, pdf_path):
    """Exports fodt_text to pdf_path with LibreOffice."""
    producers.libreoffice_to_pdf(fodt_text, ".fodt", pdf_path)


def count_pages(pdf_path):
    """Page count of a LibreOffice PDF (its page objects are not in object streams)."""
    with open(pdf_path, "rb") as f:
        data = f.read()
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def main():
    args = producers.arguments(__doc__.splitlines()[0])
    reading = markup.parse(READING)
    pdf = os.path.join(args.out, NAME + ".pdf")
    render(build_fodt(reading), pdf)
    markup.write_expected(reading, os.path.join(args.expected, NAME + ".txt"))
    print("make_working_paper: %s (%d pages)" % (pdf, count_pages(pdf)))


if __name__ == "__main__":
    main()
