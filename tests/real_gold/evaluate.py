#!/usr/bin/env python3
"""Glossator's concepts and vignettes measured against the real-PDF gold.

Runs the real `glossator annotate` on the PDFs of ../shared/data/real/pdfs/
that the gold of tests/gold/real/concepts and tests/gold/real/vignettes
covers, and prints recall and precision per text and overall (the READMEs
beside the gold say what the rows mean). It fails only when a gold file does
not parse, when a gold row does not point at text that is on its page of the
PDF, or when glossator fails: the figures are printed, not asserted yet.

Usage: evaluate.py --glossator BIN --plugin-dir DIR [--shared DIR] [--keep DIR]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CONCEPT_GOLD = os.path.join(REPO, "tests", "gold", "real", "concepts", "concepts.tsv")
VIGNETTE_GOLD_DIR = os.path.join(REPO, "tests", "gold", "real", "vignettes")
THESAURUS = os.path.join(REPO, "plugins", "concepts", "data", "thesaurus.xml")
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# Issue 14's matching rule: a predicted vignette finds a gold one when it
# covers at least this share of the gold span ...
VIGNETTE_MIN_COVERAGE = 0.80
# ... and starts no more than this many sentences from the gold start.
VIGNETTE_START_TOLERANCE_SENTENCES = 1
# A predicted vignette fuses two patients when it covers at least this share
# of each of two gold vignettes about different patients.
FUSION_MIN_SHARE = 0.20


SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


class GoldError(Exception):
    pass


# ---------------------------------------------------------------- words ---

HYPHENS = "-\u2010\u2011\u00ad"
WORD = re.compile(r"[^\W_]+(?:[" + HYPHENS + r"][^\W_]+)*")


def words(text):
    """Whole words as (key, start, end): lower case, NFKC (ligatures), hyphens
    dropped, so that a word broken at a line end and the same word printed
    whole compare equal."""
    out = []
    for m in WORD.finditer(text):
        key = unicodedata.normalize("NFKC", m.group(0)).lower()
        for h in HYPHENS:
            key = key.replace(h, "")
        out.append((key, m.start(), m.end()))
    return out


def keys(text):
    return [w[0] for w in words(text)]


def find_all(seq, sub):
    n = len(sub)
    if n == 0:
        return []
    return [i for i in range(len(seq) - n + 1) if seq[i:i + n] == sub]


def label_key(label):
    s = unicodedata.normalize("NFKC", label).lower()
    return re.sub(r"[^0-9a-z]", "", s)


# ------------------------------------------------------------ gold files ---

def read_tsv(path, columns):
    """Rows of a gold TSV as dicts; '#' lines are comments; the first other
    line is the header and must name `columns`."""
    rows, comments, header = [], [], None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            if line.startswith("#"):
                comments.append(line[1:].strip())
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                if header != columns:
                    raise GoldError(f"{path}:{n}: header {header} is not {columns}")
                continue
            if len(fields) != len(columns):
                raise GoldError(f"{path}:{n}: {len(fields)} fields, {len(columns)} expected")
            row = dict(zip(columns, fields))
            row["_line"] = f"{os.path.basename(path)}:{n}"
            rows.append(row)
    if header is None:
        raise GoldError(f"{path}: no header line")
    return rows, comments


CONCEPT_COLUMNS = ["pdf", "page", "surface", "occurrence", "concept", "note"]
VIGNETTE_COLUMNS = ["id", "kind", "category", "patient", "person_keys", "start_page", "first",
                    "end_page", "last", "returns_to", "note"]


def read_concept_gold():
    rows, comments = read_tsv(CONCEPT_GOLD, CONCEPT_COLUMNS)
    exhaustive, held_out = set(), set()
    for c in comments:
        if c.startswith("exhaustive:"):
            exhaustive.update(c.split(":", 1)[1].split())
        if c.startswith("held out:"):
            held_out.update(c.split(":", 1)[1].split())
    for r in rows:
        try:
            r["page"] = int(r["page"])
            r["occurrence"] = int(r["occurrence"])
        except ValueError:
            raise GoldError(f"{r['_line']}: page and occurrence must be numbers")
        if r["page"] < 1 or r["occurrence"] < 1 or not r["surface"] or not r["concept"]:
            raise GoldError(f"{r['_line']}: empty or out-of-range field")
    if not exhaustive:
        raise GoldError(f"{CONCEPT_GOLD}: no '# exhaustive:' line")
    return rows, exhaustive, held_out


def read_vignette_gold():
    gold = {}
    for name in sorted(os.listdir(VIGNETTE_GOLD_DIR)):
        if not name.endswith(".tsv"):
            continue
        rows, _ = read_tsv(os.path.join(VIGNETTE_GOLD_DIR, name), VIGNETTE_COLUMNS)
        ids = set()
        for r in rows:
            if r["kind"] not in ("vignette", "not-case"):
                raise GoldError(f"{r['_line']}: kind must be vignette or not-case")
            if r["id"] in ids:
                raise GoldError(f"{r['_line']}: duplicate id {r['id']}")
            ids.add(r["id"])
            try:
                r["start_page"] = int(r["start_page"])
                r["end_page"] = int(r["end_page"])
            except ValueError:
                raise GoldError(f"{r['_line']}: pages must be numbers")
            if r["end_page"] < r["start_page"] or not r["first"] or not r["last"]:
                raise GoldError(f"{r['_line']}: bad pages or empty anchors")
            if r["kind"] == "vignette" and not r["person_keys"]:
                raise GoldError(f"{r['_line']}: a vignette needs person_keys")
        for r in rows:
            if r["returns_to"] and r["returns_to"] not in ids:
                raise GoldError(f"{r['_line']}: returns_to {r['returns_to']} is no id")
        gold[name[:-4] + ".pdf"] = rows
    return gold


def check_against_pdf(pdf, concept_rows, vignette_rows):
    """Every gold row points at text on its page of the PDF (pdftotext's
    words): the gold is wrong, not the tagger, when this fails."""
    exe = shutil.which("pdftotext")
    if exe is None:
        print(f"  (pdftotext not found: gold of {os.path.basename(pdf)} not checked against the PDF)")
        return
    text = subprocess.run([exe, pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    pages = [keys(p) for p in text.split("\f")]
    for r in concept_rows:
        if r["page"] > len(pages):
            raise GoldError(f"{r['_line']}: page {r['page']} beyond the PDF")
        if len(find_all(pages[r["page"] - 1], keys(r["surface"]))) < r["occurrence"]:
            raise GoldError(f"{r['_line']}: '{r['surface']}' occurs fewer than {r['occurrence']} "
                            f"times on page {r['page']}")
    for r in vignette_rows:
        for page, anchor in ((r["start_page"], r["first"]), (r["end_page"], r["last"])):
            if page > len(pages) or not find_all(pages[page - 1], keys(anchor)):
                raise GoldError(f"{r['_line']}: '{anchor}' not on page {page}")


# --------------------------------------------------------------- the TEI ---

class Stream:
    """The running text of a TEI document's <text>, in document order, with
    the page of every character, the spans of elements, and where the
    annotations fall."""

    def __init__(self, path):
        root = ET.parse(path).getroot()
        self.chars = []          # the text
        self.page_of = []        # page of each character
        self.in_note = []        # inside a <note>
        self.in_bibl = []        # inside a reference list
        self.ids = {}            # xml:id -> (start, end)
        self.terms = []          # (start, end, ref, cert)
        self.segs = []           # (start, end) of <seg type="vignette">
        self.persons = []        # (start, end, text) of <rs type="person">
        self.notes = []          # (start, end, n) of <note>
        self.categories = {}     # category id -> set of label keys
        self._page = 1
        for cat in root.iter(TEI + "category"):
            labels = set()
            desc = cat.find(TEI + "catDesc")
            if desc is not None:
                for t in desc.findall(TEI + "term"):
                    labels.add(label_key("".join(t.itertext())))
            self.categories[cat.get(XML_ID)] = labels
        text = root.find(TEI + "text")
        if text is None:
            raise RuntimeError(f"{path}: no <text>")
        self._walk(text, False, False)
        self.text = "".join(self.chars)
        self.words = words(self.text)
        self.note_page = [self._mark_page(s, n) for s, _, n in self.notes]
        self.spans = []
        for span in root.iter(TEI + "span"):
            if span.get("type") != "vignette":
                continue
            a = self.ids.get((span.get("from") or "").lstrip("#"))
            b = self.ids.get((span.get("to") or "").lstrip("#"))
            if a and b:
                self.spans.append((a[0], b[1]))

    def _append(self, s, note, bibl):
        for ch in s:
            self.chars.append(ch)
            self.page_of.append(self._page)
            self.in_note.append(note)
            self.in_bibl.append(bibl)

    def _walk(self, el, note, bibl):
        tag = el.tag.replace(TEI, "")
        if tag == "pb":
            try:
                self._page = int(el.get("n"))
            except (TypeError, ValueError):
                pass
        if tag == "standOff":
            return
        note = note or tag == "note"
        bibl = bibl or tag in ("listBibl", "bibl", "biblStruct")
        start = len(self.chars)
        # Blocks are set apart so that words of two blocks never run together.
        if tag in ("p", "head", "item", "note", "bibl", "cell", "docTitle", "titlePart", "byline",
                   "docAuthor", "lg", "l", "quote", "label"):
            self._append(" ", note, bibl)
        if el.text:
            self._append(el.text, note, bibl)
        for child in el:
            self._walk(child, note, bibl)
            if child.tail:
                self._append(child.tail, note, bibl)
        end = len(self.chars)
        if el.get(XML_ID):
            self.ids[el.get(XML_ID)] = (start, end)
        if tag == "term" and el.get("ref"):
            self.terms.append((start, end, el.get("ref").lstrip("#"), el.get("cert") or "1"))
        if tag == "seg" and el.get("type") == "vignette":
            self.segs.append((start, end))
        if tag == "note" and not (len(self.notes) and self.notes[-1][0] <= start < self.notes[-1][1]):
            self.notes.append((start, end, el.get("n") or ""))
        if tag == "rs" and el.get("type") == "person":
            self.persons.append((start, end, "".join(el.itertext())))

    # How far before a note its reference mark may be: Glossator places a note
    # at the end of the paragraph that holds its mark, which may run on to
    # the next page; a paragraph is rarely longer than this.
    MARK_SEARCH_CHARS = 8000

    def _mark_page(self, note_start, n):
        """The page a footnote is printed on: the page of its reference mark
        (the note's number right after a word or a stop, "charged4",
        "treatment. 1"), searched backwards from the note in the body text;
        the note's own page when no mark is found."""
        if n.isdigit():
            lo = max(0, note_start - self.MARK_SEARCH_CHARS)
            body = "".join(c if not self.in_note[lo + i] else " "
                           for i, c in enumerate(self.text[lo:note_start]))
            body = body.translate(SUPERSCRIPT_DIGITS)
            mark = re.compile(r"(?:[^\W\d_]|[.,;:!?”’\"')\]])\s?\^?" + n + r"(?!\d)")
            found = list(mark.finditer(body))
            if found:
                return self.page_of[lo + found[-1].end() - 1]
        return self.page_of[note_start]

    def page_words(self, page):
        """The words of a page in the gold's reading order: the body first,
        then the notes whose marks are on the page."""
        body, notes = [], []
        for w in self.words:
            if self.in_note[w[1]]:
                k = next(i for i, (s, e, _) in enumerate(self.notes) if s <= w[1] < e)
                if self.note_page[k] == page:
                    notes.append(w)
            elif self.page_of[w[1]] == page:
                body.append(w)
        return body + notes

    def vignettes(self):
        return sorted(self.segs + self.spans)


# ------------------------------------------------------------ concepts ---

def thesaurus_ids():
    """label key -> category ids, from the repository's thesaurus."""
    ids = {}
    root = ET.parse(THESAURUS).getroot()
    for cat in root.iter(TEI + "category"):
        desc = cat.find(TEI + "catDesc")
        if desc is None:
            continue
        for t in desc.findall(TEI + "term"):
            ids.setdefault(label_key("".join(t.itertext())), set()).add(cat.get(XML_ID))
    return ids


def concept_matches(label, ref, stream, thesaurus):
    key = label_key(label)
    return key in stream.categories.get(ref, set()) or ref in thesaurus.get(key, set())


def evaluate_concepts(pdf, rows, exhaustive, stream, thesaurus, report):
    found = missed = unmapped = 0
    none_tagged = none_total = 0
    misses = []
    located = []
    page_cache = {}
    for r in rows:
        page = r["page"]
        if page not in page_cache:
            page_cache[page] = stream.page_words(page)
        pw = page_cache[page]
        occ = find_all([w[0] for w in pw], keys(r["surface"]))
        if len(occ) < r["occurrence"]:
            span = None
        else:
            i = occ[r["occurrence"] - 1]
            span = (pw[i][1], pw[i + len(keys(r["surface"])) - 1][2])
            located.append((r, span))
        overlapping = [] if span is None else [
            (j, t) for j, t in enumerate(stream.terms) if t[0] < span[1] and span[0] < t[1]]
        if r["concept"] == "NONE":
            none_total += 1
            if overlapping:
                none_tagged += 1
                report.append(f"    NONE tagged: p.{page} '{r['surface']}' #{r['occurrence']} as "
                              f"{', '.join(t[2] for _, t in overlapping)}")
            continue
        if label_key(r["concept"]) not in thesaurus:
            unmapped += 1
        hit = [j for j, t in overlapping if concept_matches(r["concept"], t[2], stream, thesaurus)]
        if hit:
            found += 1
        else:
            missed += 1
            why = "not in the TEI text" if span is None else (
                "tagged " + ", ".join(t[2] for _, t in overlapping) if overlapping else "untagged")
            misses.append(f"p.{page} '{r['surface']}' #{r['occurrence']} = {r['concept']} ({why})")
    result = {"gold": found + missed, "found": found, "unmapped": unmapped,
              "none_total": none_total, "none_tagged": none_tagged}
    if pdf in exhaustive:
        # Every tag outside the reference lists is judged: right when it
        # overlaps a gold mention of its own concept.
        gold_spans = [(s, e, r["concept"]) for r, (s, e) in located if r["concept"] != "NONE"]
        in_scope = [t for t in stream.terms if not stream.in_bibl[t[0]]]
        right = 0
        wrong_list = []
        judged = []  # (cert, right)
        for s, e, ref, cert in in_scope:
            ok = any(a < e and s < b and concept_matches(c, ref, stream, thesaurus)
                     for a, b, c in gold_spans)
            judged.append((float(cert), ok))
            if ok:
                right += 1
            else:
                wrong_list.append(f"p.{stream.page_of[s]} '{stream.text[s:e]}' as {ref} "
                                  f"(cert {cert})")
        result.update(tags=len(in_scope), right=right, wrong_list=wrong_list, judged=judged,
                      bibl_tags=len(stream.terms) - len(in_scope))
    result["misses"] = misses
    return result


# ------------------------------------------------------------ vignettes ---

SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def sentence_starts(text):
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


def sentence_index(starts, pos):
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def locate(stream, anchor, page, first):
    """Where a gold anchor lies in the TEI text: the start of a first-sentence
    anchor, the end of a last-sentence anchor; on its page if it occurs there,
    else anywhere (the page may be off by one in the TEI)."""
    all_words = stream.words
    ks = [w[0] for w in all_words]
    a = keys(anchor)
    hits = find_all(ks, a)
    if not hits:
        return None
    on_page = [i for i in hits if stream.page_of[all_words[i][1]] == page]
    i = (on_page or hits)[0]
    return all_words[i][1] if first else all_words[i + len(a) - 1][2]


def person_right(person, keys_field):
    p = label_key(person)
    return any(label_key(k) and label_key(k) in p for k in keys_field.split("|"))


def evaluate_vignettes(rows, stream, report):
    starts = sentence_starts(stream.text)
    gold = []
    for r in rows:
        s = locate(stream, r["first"], r["start_page"], True)
        e = locate(stream, r["last"], r["end_page"], False)
        if s is None or e is None or e <= s:
            report.append(f"    {r['id']}: anchors not found in the TEI text")
            s = e = None
        gold.append((r, s, e))
    predicted = stream.vignettes()
    res = {"gold": 0, "found": 0, "person_right": 0, "predicted": len(predicted), "pred_right": 0,
           "fused": 0, "on_not_case": 0, "not_case": 0}
    matched_pred = set()
    for r, s, e in gold:
        if r["kind"] != "vignette":
            continue
        res["gold"] += 1
        best = None
        if s is not None:
            for j, (ps, pe) in enumerate(predicted):
                cover = max(0, min(pe, e) - max(ps, s)) / (e - s)
                close = abs(sentence_index(starts, ps) - sentence_index(starts, s)) \
                    <= VIGNETTE_START_TOLERANCE_SENTENCES
                if cover >= VIGNETTE_MIN_COVERAGE and close:
                    best = j
                    break
        if best is None:
            near = ""
            if s is not None and predicted:
                j = max(range(len(predicted)), key=lambda k: max(
                    0, min(predicted[k][1], e) - max(predicted[k][0], s)))
                ps, pe = predicted[j]
                cover = max(0, min(pe, e) - max(ps, s)) / (e - s)
                if cover > 0:
                    near = (f": the nearest prediction covers {cover:.2f} and starts "
                            f"{sentence_index(starts, ps) - sentence_index(starts, s):+d} sentences off")
            report.append(f"    missed {r['id']} ({r['patient']}){near}")
            continue
        res["found"] += 1
        matched_pred.add(best)
        ps, pe = predicted[best]
        names = [p[2] for p in stream.persons if ps <= p[0] < pe]
        if names and person_right(names[0], r["person_keys"]):
            res["person_right"] += 1
        else:
            report.append(f"    {r['id']}: person {names[0] if names else '(none)'!r}, "
                          f"gold {r['patient']!r}")
    res["pred_right"] = len(matched_pred)
    for j, (ps, pe) in enumerate(predicted):
        patients = set()
        for r, s, e in gold:
            if r["kind"] == "vignette" and s is not None:
                if max(0, min(pe, e) - max(ps, s)) / (e - s) >= FUSION_MIN_SHARE:
                    patients.add(r["patient"])
        if len(patients) > 1:
            res["fused"] += 1
            report.append(f"    fused: prediction on p.{stream.page_of[ps]} covers "
                          + "; ".join(sorted(patients)))
        if j not in matched_pred:
            report.append(f"    unmatched prediction p.{stream.page_of[ps]}-"
                          f"{stream.page_of[max(ps, pe - 1)]}: {stream.text[ps:ps + 70]!r}")
    for r, s, e in gold:
        if r["kind"] != "not-case" or s is None:
            continue
        res["not_case"] += 1
        if any(ps < e and s < pe for ps, pe in predicted):
            res["on_not_case"] += 1
    return res


# ----------------------------------------------------------------- main ---

def ratio(a, b):
    return f"{a / b:.3f}" if b else "n/a"


def annotate(glossator, plugin_dir, pdf, out_dir):
    out = os.path.join(out_dir, os.path.basename(pdf)[:-4] + ".xml")
    proc = subprocess.run([glossator, "annotate", pdf, "-o", out, "--plugin-dir", plugin_dir],
                          capture_output=True, text=True)
    if proc.returncode != 0 or not os.path.exists(out):
        raise RuntimeError(f"glossator annotate {pdf} failed ({proc.returncode}): {proc.stderr}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--glossator", required=True)
    ap.add_argument("--plugin-dir", required=True)
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    ap.add_argument("--keep", help="keep the TEI files in this folder")
    ap.add_argument("--verbose", action="store_true", help="list every miss and wrong tag")
    ap.add_argument("--reliability", action="store_true",
                    help="print the precision of the concept tags per @cert value")
    args = ap.parse_args()
    pdf_dir = os.path.join(args.shared, "data", "real", "pdfs")
    if not os.path.isdir(pdf_dir):
        print(f"no real PDFs at {pdf_dir}: nothing to evaluate", file=sys.stderr)
        return 77  # ctest's SKIP_RETURN_CODE

    try:
        concept_rows, exhaustive, held_out = read_concept_gold()
        vignette_gold = read_vignette_gold()
    except GoldError as e:
        print(f"gold does not parse: {e}", file=sys.stderr)
        return 1
    pdfs = sorted({r["pdf"] for r in concept_rows} | set(vignette_gold) | exhaustive)
    thesaurus = thesaurus_ids()
    out_dir = args.keep or tempfile.mkdtemp(prefix="glossator-real-gold-")
    os.makedirs(out_dir, exist_ok=True)
    def concept_totals():
        return {"gold": 0, "found": 0, "tags": 0, "right": 0, "unmapped": 0,
                "none_total": 0, "none_tagged": 0}
    c_tot = concept_totals()
    c_split = {"tuning": concept_totals(), "held out": concept_totals()}
    judged = []
    v_tot = {"gold": 0, "found": 0, "person_right": 0, "predicted": 0, "pred_right": 0,
             "fused": 0, "on_not_case": 0, "not_case": 0}
    try:
        for name in pdfs:
            pdf = os.path.join(pdf_dir, name)
            rows = [r for r in concept_rows if r["pdf"] == name]
            try:
                check_against_pdf(pdf, rows, vignette_gold.get(name, []))
            except GoldError as e:
                print(f"gold does not match the PDF: {e}", file=sys.stderr)
                return 1
            stream = Stream(annotate(args.glossator, args.plugin_dir, pdf, out_dir))
            report = []
            c = evaluate_concepts(name, rows, exhaustive, stream, thesaurus, report)
            line = (f"concepts  {name:42s} recall {ratio(c['found'], c['gold'])} "
                    f"({c['found']}/{c['gold']})")
            if "tags" in c:
                line += (f"  precision {ratio(c['right'], c['tags'])} ({c['right']}/{c['tags']}"
                         f" tags; {c['bibl_tags']} more in reference lists)")
            line += f"  NONE tagged {c['none_tagged']}/{c['none_total']}"
            if c["unmapped"]:
                line += f"  ({c['unmapped']} gold labels not in the thesaurus)"
            print(line)
            part = c_split["held out" if name in held_out else "tuning"]
            for tot in (c_tot, part):
                for k in ("gold", "found", "unmapped", "none_total", "none_tagged"):
                    tot[k] += c[k]
                if "tags" in c:
                    tot["tags"] += c["tags"]
                    tot["right"] += c["right"]
            judged += c.get("judged", [])
            for w in c.get("wrong_list", []):
                print("    wrong tag " + w)
            if args.verbose:
                for m in c["misses"]:
                    print("    miss " + m)
            if name in vignette_gold:
                v = evaluate_vignettes(vignette_gold[name], stream, report)
                print(f"vignettes {name:42s} recall {ratio(v['found'], v['gold'])} "
                      f"({v['found']}/{v['gold']})  precision {ratio(v['pred_right'], v['predicted'])} "
                      f"({v['pred_right']}/{v['predicted']})  fused {v['fused']}  person right "
                      f"{ratio(v['person_right'], v['found'])}  on not-case passages "
                      f"{v['on_not_case']}/{v['not_case']}")
                for k in v_tot:
                    v_tot[k] += v[k]
            for line in report:
                print(line)
    finally:
        if not args.keep:
            shutil.rmtree(out_dir, ignore_errors=True)
    print(f"concepts  overall recall {ratio(c_tot['found'], c_tot['gold'])} "
          f"({c_tot['found']}/{c_tot['gold']}), precision on the exhaustive texts "
          f"{ratio(c_tot['right'], c_tot['tags'])} ({c_tot['right']}/{c_tot['tags']}), "
          f"NONE tagged {c_tot['none_tagged']}/{c_tot['none_total']}, "
          f"gold labels not in the thesaurus {c_tot['unmapped']}")
    for part, tot in c_split.items():
        names = sorted(n for n in pdfs if (n in held_out) == (part == "held out")
                       and any(r["pdf"] == n for r in concept_rows) | (n in exhaustive))
        print(f"concepts  {part:8s} recall {ratio(tot['found'], tot['gold'])} "
              f"({tot['found']}/{tot['gold']}), precision {ratio(tot['right'], tot['tags'])} "
              f"({tot['right']}/{tot['tags']}): {' '.join(names)}")
    if args.reliability:
        # Precision per @cert value on the exhaustive texts (every tag judged).
        print("concepts  reliability (exhaustive texts): cert band  tags  right  precision")
        edges = [1.0001, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.0]
        for hi, lo in zip(edges, edges[1:]):
            band = [ok for c, ok in judged if lo <= c < hi]
            if band:
                print(f"          [{lo:.2f}, {min(hi, 1.0):.2f}{']' if hi > 1 else ')'} "
                      f"{len(band):5d} {sum(band):6d}  {ratio(sum(band), len(band))}")
    print(f"vignettes overall recall {ratio(v_tot['found'], v_tot['gold'])} "
          f"({v_tot['found']}/{v_tot['gold']}), precision "
          f"{ratio(v_tot['pred_right'], v_tot['predicted'])} ({v_tot['pred_right']}/"
          f"{v_tot['predicted']}), patients fused {v_tot['fused']}, person right "
          f"{ratio(v_tot['person_right'], v_tot['found'])}, predictions on not-case passages "
          f"{v_tot['on_not_case']}/{v_tot['not_case']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
