#!/usr/bin/env python3
"""Coverage of the thesaurus against the two checklists of issue 13.

Usage:
  coverage.py [--shared DIR] [--thesaurus FILE] [--exclusions FILE] [--markdown] [--fail-on-missing]

The checklists are PEP's search thesaurus (comma-separated groups of related
terms) and MeSH 2017 tree F (TreeNumber, DescriptorUI, Term), both in
DIR/data/real/vocab/ (DIR defaults to ../shared beside the repository). Every
distinct term is counted once, as one of:

  label     a label of the thesaurus, after the matcher's folding of case and
            compound spelling, a regular plural, MeSH's inverted order
            ("Psychotherapy, Group") and its qualifiers ("(Psychology)");
  concept   listed in the exclusions file as "=c.ID": the concept is in the
            thesaurus under a more specific label (PEP's "bound" is bound energy);
  excluded  listed in the exclusions file with a reason that starts with
            "too general", "not a concept" or "out of field";
  missing   none of these.

The exclusions file is TSV: checklist (pep or mesh), term, reason. A MeSH row
may name a tree number instead of a term (F01.145.236), or a tree number
ending in "*", which covers every row of that subtree that is not a label
(animal behaviour, sensory physiology).
Exit status: 0, or 1 with --fail-on-missing when a term is missing, 2 when an
input is malformed or the thesaurus or exclusions file is absent (with the file
named), 77 (the CTest skip code) when the checklists' folder is absent, as it
is in a checkout without ../shared.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
REASONS = ("too general", "not a concept", "out of field")
SKIPPED = 77  # CTest's SKIP_RETURN_CODE in data/CMakeLists.txt
TREE_RE = re.compile(r"^F\d\d(\.\d{3})*\*?$")
QUALIFIERS = {"psychology", "psychological", "psychologic", "psychiatric", "psychiatry"}
HERE = os.path.dirname(os.path.abspath(__file__))


def fold(text):
    """Case and compound spelling folded the way the matcher folds labels."""
    return re.sub(r"[\s\-‐‑–/]+", "", text.lower())


def singulars(word):
    """The regular singulars a plural could come from (the matcher inflects these)."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out


def variants(term):
    """Spellings of a checklist term to try against the labels."""
    t = term.lower().strip()
    t = re.sub(r"\s*\((psychology|psychiatric|psychiatry|psychotherapy)\)", "", t)
    forms = {t}
    parts = [p.strip() for p in t.split(",")]
    if len(parts) > 1:
        forms.add(" ".join(reversed(parts)))
        forms.add(" ".join(parts[1:] + parts[:1]))
        # MeSH's discipline qualifiers: "Repression, Psychology" is repression.
        kept = [p for p in parts if p not in QUALIFIERS]
        if kept and len(kept) < len(parts):
            forms.add(" ".join(reversed(kept)))
    out = set()
    for f in forms:
        f = re.sub(r"\s*\([^)]*\)", "", f).strip()
        words = f.split()
        if not words:
            continue
        for last in singulars(words[-1]):
            out.add(fold(" ".join(words[:-1] + [last])))
    return out


def fail(message):
    print(f"coverage.py: {message}", file=sys.stderr)
    sys.exit(2)


def load_labels(path):
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        fail(f"{path}: {e}")
    labels, ids = {}, set()
    for cat in root.iter(TEI + "category"):
        cid = cat.get(XML_ID)
        ids.add(cid)
        for term in cat.iter(TEI + "term"):
            labels[fold(term.text or "")] = cid
    return labels, ids


def load_pep(path):
    terms = []
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                for t in line.strip().split(","):
                    t = t.strip()
                    if t and t not in terms:
                        terms.append(t)
    except OSError as e:
        fail(f"{path}: {e}")
    return [(t, None) for t in terms]


def load_mesh(path):
    terms = {}
    try:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                fields = line.rstrip("\n").split("\t")
                if len(fields) != 3:
                    fail(f"{path}:{number}: expected TreeNumber, DescriptorUI, Term")
                terms.setdefault(fields[2], []).append(fields[0])
    except OSError as e:
        fail(f"{path}: {e}")
    return list(terms.items())


def load_exclusions(path, ids):
    rows = {"pep": {}, "mesh": {}}
    subtrees = []
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as e:
        fail(f"{path}: {e}")
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        where = f"{path}:{number}"
        if len(fields) != 3 or fields[0] not in rows:
            fail(f"{where}: expected checklist (pep|mesh), term, reason")
        checklist, term, reason = fields
        if reason.startswith("="):
            if reason[1:] not in ids:
                fail(f"{where}: {reason[1:]} is not a concept of the thesaurus")
        elif not reason.startswith(REASONS):
            fail(f"{where}: the reason must start with one of {', '.join(REASONS)} or be =c.ID")
        if checklist == "mesh" and TREE_RE.match(term):
            subtrees.append((term, reason))
        else:
            if term in rows[checklist]:
                fail(f"{where}: {term!r} listed twice")
            rows[checklist][term] = reason
    return rows, subtrees


def classify(terms, labels, rows, subtrees):
    result = []
    for term, numbers in terms:
        hit = next((labels[v] for v in variants(term) if v in labels), None)
        if hit:
            result.append((term, "label", hit))
            continue
        reason = rows.get(term)
        if reason is None and numbers:
            for tree, r in subtrees:
                prefix = tree.rstrip("*")
                if any(n == prefix or (tree.endswith("*") and n.startswith(prefix + "."))
                       for n in numbers):
                    reason = r
                    break
        if reason is None:
            result.append((term, "missing", ""))
        elif reason.startswith("="):
            result.append((term, "concept", reason[1:]))
        else:
            result.append((term, "excluded", reason))
    return result


def table(name, result, markdown):
    counts = {"label": 0, "concept": 0, "missing": 0}
    by_reason = {r: 0 for r in REASONS}
    for _, kind, detail in result:
        if kind == "excluded":
            by_reason[next(r for r in REASONS if detail.startswith(r))] += 1
        else:
            counts[kind] += 1
    rows = [("in the thesaurus as a label", counts["label"]),
            ("in the thesaurus under a more specific label", counts["concept"])]
    rows += [(f"excluded: {r}", by_reason[r]) for r in REASONS]
    rows += [("missing", counts["missing"]), ("terms", len(result))]
    if markdown:
        print(f"| {name} | terms |\n|---|---:|")
        for label, n in rows:
            print(f"| {label} | {n} |")
        print()
    else:
        print(name)
        for label, n in rows:
            print(f"  {label:48} {n:5}")
    for term, kind, _ in result:
        if kind == "missing":
            print(f"  missing: {term}")


def main(argv):
    shared = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
    thesaurus = os.path.join(HERE, "thesaurus.xml")
    exclusions = os.path.join(HERE, "checklist-exclusions.tsv")
    markdown = fail_on_missing = False
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--shared" and args:
            shared = args.pop(0)
        elif a == "--thesaurus" and args:
            thesaurus = args.pop(0)
        elif a == "--exclusions" and args:
            exclusions = args.pop(0)
        elif a == "--markdown":
            markdown = True
        elif a == "--fail-on-missing":
            fail_on_missing = True
        else:
            fail(f"unknown argument {a!r}; see the usage at the top of {__file__}")
    vocab = os.path.join(shared, "data", "real", "vocab")
    if not os.path.isdir(vocab):
        print(f"coverage.py: skipped: no checklists in {vocab} (the shared folder is absent)",
              file=sys.stderr)
        return SKIPPED
    labels, ids = load_labels(thesaurus)
    rows, subtrees = load_exclusions(exclusions, ids)
    missing = 0
    for name, key, terms in (
            ("PEP search thesaurus (pep-solr-thesaurus.txt)", "pep",
             load_pep(os.path.join(vocab, "pep-solr-thesaurus.txt"))),
            ("MeSH 2017 tree F (mesh2017-F.tsv)", "mesh",
             load_mesh(os.path.join(vocab, "mesh2017-F.tsv")))):
        result = classify(terms, labels, rows[key], subtrees if key == "mesh" else [])
        for term, kind, _ in result:
            if kind == "label" and term in rows[key]:
                print(f"coverage.py: warning: {key} {term!r} is a label now; its exclusion row can go",
                      file=sys.stderr)
        table(name, result, markdown)
        missing += sum(1 for _, kind, _ in result if kind == "missing")
    return 1 if fail_on_missing and missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
