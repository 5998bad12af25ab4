#!/usr/bin/env python3
"""Checks the hand-written case-vignette gold against the Document text.

The gold files (tests/gold/vignettes/NAME.tsv) mark each case vignette by the
first 40 characters of its first and of its last sentence, and each passage
that looks like a vignette but is not by the first 40 characters of its first
sentence. Those anchors are only worth anything while they match the Document
text that glossator produces, so this script runs
`GLOSSATOR text samples/pdfs/NAME.pdf` and verifies, for each sample:

  - every line is a comment, blank, or a well-formed row:
        vignette<TAB>FIRST<TAB>LAST<TAB>PERSON
        not<TAB>KIND<TAB>START   (KIND: generalisation|hypothetical|anecdote|statistics)
  - every FIRST, LAST and START occurs in the Document text, rows in text order
    (so a string that occurs twice, as on a slide build, is matched in turn);
  - each anchor is the first 40 characters of a sentence (or the whole line or
    sentence when shorter, trailing spaces trimmed) and starts a sentence;
  - each LAST comes at or after its FIRST, and no row starts inside a vignette;
  - the `# counts: vignette=V generalisation=G hypothetical=H anecdote=A
    statistics=S` comment agrees with the rows.

It also checks the structure of the held-out set heldout.txt (no binary needed):
comment lines only at the top, `=== vignette` / `=== not KIND` headers, one
line per paragraph, single blank lines between paragraphs, the counts comment,
at least 24 vignettes and 24 not-vignettes with at least 6 of each KIND, and
that no passage opening occurs in the sample readings (the set is independent).

Usage: check_gold.py [--glossator BIN] [--repo DIR] [--no-heldout] [NAME ...]
Exit status 0 when everything named passes, 1 otherwise; problems are printed
as FILE:LINE: message.
"""

import argparse
import os
import re
import subprocess
import sys

SAMPLES = ["slides", "working-paper", "article", "column"]
KINDS = ["generalisation", "hypothetical", "anecdote", "statistics"]
ANCHOR_LENGTH = 40
# Characters after which a new sentence may start (ignoring spaces).
SENTENCE_END = set(".?!:;\"”’)\n")
COUNTS_RE = re.compile(r"^#\s*counts:\s*(.*)$")
HELDOUT_MIN_VIGNETTES = 24
HELDOUT_MIN_NOTS = 24
HELDOUT_MIN_PER_KIND = 6


def parse_counts(body):
    """`vignette=4 generalisation=7 ...` -> dict, or None when malformed."""
    counts = {}
    for item in body.split():
        key, sep, value = item.partition("=")
        if not sep or not value.isdigit():
            return None
        counts[key] = int(value)
    return counts


def document_text(glossator, pdf):
    result = subprocess.run([glossator, "text", pdf], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{pdf}: glossator text failed: {result.stderr.strip()}")
    return result.stdout


def anchor_problem(text, pos, anchor):
    """Why `anchor` at `pos` is not a sentence's first 40 characters, or None."""
    expected = text[pos:pos + ANCHOR_LENGTH].split("\n")[0].rstrip()
    if expected != anchor:
        return f"is not the first {ANCHOR_LENGTH} characters from there (expected {expected!r})"
    before = pos - 1
    while before >= 0 and text[before] == " ":
        before -= 1
    if before >= 0 and before == pos - 1 and text[before] != "\n":
        return "starts inside a word"
    if before >= 0 and text[before] not in SENTENCE_END:
        return f"does not start a sentence (preceded by {text[max(0, before - 20):pos]!r})"
    return None


def read_rows(gold_path, bad):
    """Parses a gold file into (rows, declared counts); rows are dicts."""
    rows = []
    declared = None
    with open(gold_path, encoding="utf-8") as gold:
        for line_no, raw in enumerate(gold, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                match = COUNTS_RE.match(line)
                if match:
                    declared = parse_counts(match.group(1))
                    if declared is None:
                        bad(line_no, "malformed counts comment")
                continue
            fields = line.split("\t")
            if fields[0] == "vignette" and len(fields) == 4:
                row = {"type": "vignette", "first": fields[1], "last": fields[2],
                       "person": fields[3]}
                anchors = [fields[1], fields[2]]
                if not fields[3].strip():
                    bad(line_no, "empty PERSON (write - when the text gives none)")
            elif fields[0] == "not" and len(fields) == 3:
                row = {"type": "not", "kind": fields[1], "first": fields[2]}
                anchors = [fields[2]]
                if fields[1] not in KINDS:
                    bad(line_no, f"unknown KIND {fields[1]!r} (one of {', '.join(KINDS)})")
            else:
                bad(line_no, "expected `vignette FIRST LAST PERSON` or `not KIND START`, "
                    "tab-separated")
                continue
            for anchor in anchors:
                if not anchor or anchor != anchor.strip():
                    bad(line_no, f"anchor {anchor!r} is empty or has surrounding spaces")
                elif len(anchor) > ANCHOR_LENGTH:
                    bad(line_no, f"anchor {anchor!r} is longer than {ANCHOR_LENGTH} characters")
            row["line"] = line_no
            rows.append(row)
    return rows, declared


def check_sample(gold_path, text):
    problems = []

    def bad(line_no, message):
        problems.append(f"{gold_path}:{line_no}: {message}")

    rows, declared = read_rows(gold_path, bad)
    actual = {"vignette": sum(row["type"] == "vignette" for row in rows)}
    for kind in KINDS:
        actual[kind] = sum(row.get("kind") == kind for row in rows)
    if declared is None:
        bad(0, "missing `# counts: vignette=V generalisation=G hypothetical=H anecdote=A "
            "statistics=S` comment")
    elif declared != actual:
        bad(0, f"counts comment says {declared}, rows give {actual}")

    cursor = 0  # rows must appear in text order; the next row starts at or after this
    for row in rows:
        line_no = row["line"]
        pos = text.find(row["first"], cursor)
        if pos < 0:
            where = "occurs only before the previous row" if row["first"] in text else \
                "does not occur in the Document text"
            bad(line_no, f"{row['first']!r} {where}")
            continue
        problem = anchor_problem(text, pos, row["first"])
        if problem:
            bad(line_no, f"{row['first']!r} {problem}")
        cursor = pos + 1
        if row["type"] != "vignette":
            continue
        last_pos = text.find(row["last"], pos)
        if last_pos < 0:
            where = "occurs only before FIRST" if row["last"] in text else \
                "does not occur in the Document text"
            bad(line_no, f"LAST {row['last']!r} {where}")
            continue
        problem = anchor_problem(text, last_pos, row["last"])
        if problem:
            bad(line_no, f"LAST {row['last']!r} {problem}")
        # The next row may not start inside this vignette.
        cursor = last_pos + 1
    return problems, actual


def check_heldout(path, readings_dir):
    problems = []

    def bad(line_no, message):
        problems.append(f"{path}:{line_no}: {message}")

    passages = []  # dicts: type, kind, line, paragraphs
    with open(path, encoding="utf-8") as heldout:
        lines = heldout.read().split("\n")
    header_re = re.compile(r"^=== (vignette|not (\S+))$")
    declared = None
    current = None
    previous_blank = False
    for line_no, line in enumerate(lines, 1):
        if line.startswith("#"):
            if passages or current:
                bad(line_no, "comment lines are allowed only at the top of the file")
                continue
            match = COUNTS_RE.match(line)
            if match:
                declared = parse_counts(match.group(1))
                if declared is None:
                    bad(line_no, "malformed counts comment")
            continue
        if line.startswith("==="):
            match = header_re.match(line)
            if not match:
                bad(line_no, f"bad header {line!r}: `=== vignette` or `=== not KIND`")
                current = None
                continue
            kind = match.group(2)
            if kind is not None and kind not in KINDS:
                bad(line_no, f"unknown KIND {kind!r} (one of {', '.join(KINDS)})")
            current = {"type": match.group(1).split()[0], "kind": kind, "line": line_no,
                       "paragraphs": []}
            passages.append(current)
            previous_blank = False
            continue
        if not line.strip():
            if current and current["paragraphs"] and previous_blank:
                bad(line_no, "more than one blank line inside a passage")
            previous_blank = True
            continue
        if current is None:
            bad(line_no, "text before the first `===` header")
            continue
        if current["paragraphs"] and not previous_blank:
            bad(line_no, "a paragraph must be one line; separate paragraphs by one blank line")
        if line != line.strip():
            bad(line_no, "leading or trailing spaces")
        current["paragraphs"].append(line)
        previous_blank = False

    counts = {"vignette": 0, "not": 0}
    counts.update({kind: 0 for kind in KINDS})
    seen = {}
    readings = ""
    if os.path.isdir(readings_dir):
        for name in sorted(os.listdir(readings_dir)):
            with open(os.path.join(readings_dir, name), encoding="utf-8") as reading:
                readings += reading.read()
    for passage in passages:
        if not passage["paragraphs"]:
            bad(passage["line"], "empty passage")
            continue
        counts[passage["type"]] += 1
        if passage["kind"] in counts:
            counts[passage["kind"]] += 1
        opening = passage["paragraphs"][0][:ANCHOR_LENGTH]
        if opening in seen:
            bad(passage["line"], f"same opening as the passage at line {seen[opening]}")
        seen[opening] = passage["line"]
        if opening in readings:
            bad(passage["line"], f"opening {opening!r} occurs in samples/readings")
    if declared is None:
        bad(1, "missing `# counts: vignette=V not=N generalisation=G ...` comment")
    elif declared != counts:
        bad(1, f"counts comment says {declared}, passages give {counts}")
    if counts["vignette"] < HELDOUT_MIN_VIGNETTES:
        bad(1, f"only {counts['vignette']} vignettes (need {HELDOUT_MIN_VIGNETTES})")
    if counts["not"] < HELDOUT_MIN_NOTS:
        bad(1, f"only {counts['not']} not-vignettes (need {HELDOUT_MIN_NOTS})")
    for kind in KINDS:
        if counts[kind] < HELDOUT_MIN_PER_KIND:
            bad(1, f"only {counts[kind]} `not {kind}` (need {HELDOUT_MIN_PER_KIND})")
    multi = sum(len(p["paragraphs"]) > 1 for p in passages if p["type"] == "vignette")
    return problems, counts, multi


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_repo = os.path.normpath(os.path.join(here, "..", "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", default=default_repo, help="repository root")
    parser.add_argument("--glossator", help="glossator binary (default REPO/build/core/glossator)")
    parser.add_argument("--no-heldout", action="store_true", help="skip heldout.txt")
    parser.add_argument("names", nargs="*", default=SAMPLES)
    args = parser.parse_args()
    glossator = args.glossator or os.path.join(args.repo, "build", "core", "glossator")
    gold_dir = os.path.join(args.repo, "tests", "gold", "vignettes")

    failed = False
    for name in args.names:
        gold_path = os.path.join(gold_dir, f"{name}.tsv")
        pdf = os.path.join(args.repo, "samples", "pdfs", f"{name}.pdf")
        try:
            text = document_text(glossator, pdf)
        except (OSError, RuntimeError) as error:
            print(f"{gold_path}:0: {error}")
            failed = True
            continue
        problems, counts = check_sample(gold_path, text)
        for problem in problems:
            print(problem)
        failed = failed or bool(problems)
        summary = " ".join(f"{key}={value}" for key, value in counts.items())
        print(f"{name}: {'ok' if not problems else 'FAILED'} ({summary})")

    if not args.no_heldout:
        heldout = os.path.join(gold_dir, "heldout.txt")
        problems, counts, multi = check_heldout(heldout,
                                                os.path.join(args.repo, "samples", "readings"))
        for problem in problems:
            print(problem)
        failed = failed or bool(problems)
        summary = " ".join(f"{key}={value}" for key, value in counts.items())
        print(f"heldout: {'ok' if not problems else 'FAILED'} ({summary}, "
              f"multi-paragraph vignettes={multi})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
