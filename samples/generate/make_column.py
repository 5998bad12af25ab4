#!/usr/bin/python3
"""Renders samples/readings/column.txt as a web column printed to PDF by headless Chromium.

Writes a small HTML page (a site-name bar, the title, a byline, the paragraphs,
then links and promotional lines) and prints it with Chromium's default header
and footer: the date and page title at the top of each page, the file URL and
`n/N` at the bottom.  Those are the running header and footer, not expected text.

Regions of the reading: site, header (`# title`), byline, body, promo (one
paragraph per line of the end matter).  Metadata: @title (the HTML <title>),
@host and @page (where the page is written under a temporary directory, so the
URL in the footer looks like a site's path).

    make_column.py --out DIR --expected DIR
"""

import html
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import markup
import producers  # noqa: E402

NAME = "column"
READING = os.path.join(HERE, "..", "readings", NAME + ".txt")

CSS = """
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #222; background: #fff;
       font-family: 'DejaVu Serif', 'Liberation Serif', serif; }
.site { background: #e9eef3; border-bottom: 3px solid #2d4a6b; padding: 14px 0; }
.site p { max-width: 620px; margin: 0 auto; font-family: 'DejaVu Sans', sans-serif;
          font-size: 20px; font-weight: bold; letter-spacing: 0.04em; color: #2d4a6b; }
main { max-width: 620px; margin: 0 auto; padding: 8px 0 24px; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 34px; line-height: 1.2;
     margin: 28px 0 10px; color: #111; }
.byline { font-family: 'DejaVu Sans', sans-serif; font-size: 14px; color: #666;
          margin: 0 0 28px; }
.body p { font-size: 17px; line-height: 1.7; margin: 0 0 1.1em; }
.promo { margin-top: 36px; border-top: 1px solid #ccc; padding-top: 18px;
         font-family: 'DejaVu Sans', sans-serif; font-size: 15px; }
.promo p { margin: 0 0 10px; }
.promo a { color: #2d4a6b; }
"""


def inline(text):
    """HTML for a block's text, `*italics*` as <em>."""
    return "".join(
        f"<em>{html.escape(seg)}</em>" if italic else html.escape(seg)
        for seg, italic in markup.italic_runs(text)
    )


def blocks(reading, name, kinds=("p",)):
    out = []
    for region in reading.region(name):
        for b in region.blocks:
            if b.kind not in kinds:
                raise SystemExit(f"{READING}: '::: {name}' cannot hold a {b.kind} block")
            out.append(b)
    if not out:
        raise SystemExit(f"{READING}: needs a '::: {name}' region with text")
    return out


def promo_line(b):
    """A promotional line as a link; `Related: Title` links only the title."""
    text = b.text
    if text.startswith("Related: "):
        return f'<p>Related: <a href="#related">{inline(text[len("Related: "):])}</a></p>'
    return f'<p><a href="#{html.escape(text.split()[0].lower())}">{inline(text)}</a></p>'


def page(reading):
    site = blocks(reading, "site")
    title = blocks(reading, "header", ("h1",))
    byline = blocks(reading, "byline")
    body = blocks(reading, "body")
    promo = blocks(reading, "promo")
    head_title = html.escape(f"{reading.meta.get('title', '')} | {reading.meta.get('site', '')}")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{head_title}</title>",
        f"<style>{CSS}</style></head><body>",
        '<header class="site">' + "".join(f"<p>{inline(b.text)}</p>" for b in site) + "</header>",
        "<main><article>",
        "".join(f"<h1>{inline(b.text)}</h1>" for b in title),
        "".join(f'<p class="byline">{inline(b.text)}</p>' for b in byline),
        '<div class="body">',
        "\n".join(f"<p>{inline(b.text)}</p>" for b in body),
        "</div></article>",
        '<aside class="promo">',
        "\n".join(promo_line(b) for b in promo),
        "</aside></main></body></html>",
    ]
    return "\n".join(parts) + "\n"


def main():
    args = producers.arguments(__doc__.splitlines()[0])

    reading = markup.parse(READING)
    work = tempfile.mkdtemp(prefix="glossator-column-")
    try:
        site_dir = os.path.join(work, reading.meta.get("host", "site"))
        html_path = os.path.join(site_dir, reading.meta.get("page", NAME + ".html"))
        os.makedirs(os.path.dirname(html_path), exist_ok=True)
        with open(html_path, "w", encoding="utf-8") as f:
            f.write(page(reading))
        profile = os.path.join(work, "chromium-profile")
        pdf = os.path.join(work, NAME + ".pdf")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", f"--print-to-pdf={pdf}",
             "file://" + html_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        if not os.path.exists(pdf):
            raise SystemExit("make_column: Chromium wrote no PDF")
        shutil.move(pdf, os.path.join(args.out, NAME + ".pdf"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    markup.write_expected(reading, os.path.join(args.expected, NAME + ".txt"))


if __name__ == "__main__":
    main()
