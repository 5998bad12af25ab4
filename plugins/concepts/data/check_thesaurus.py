#!/usr/bin/env python3
"""Check a Glossator concepts thesaurus (TEI <taxonomy>) for the rules in README.md.

Usage:
  check_thesaurus.py [THESAURUS.xml] [--min N] [--text FILE ...]

Exit status 0 when the file is valid, 1 otherwise. With --text, also lists each
single-word label found in FILE (by a crude stem), and whether an ambiguous
label would be accepted by its context rule, so that everyday senses can be
eyeballed. Uses only the standard library.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
SCHOOLS = {
    "classical psychoanalysis", "ego psychology", "object relations", "self psychology",
    "relational psychoanalysis", "interpersonal psychoanalysis", "relational-cultural theory",
    "attachment theory", "trauma theory", "ethics and the frame", "general psychotherapy",
}
ID_RE = re.compile(r"^c\.[a-z0-9]+(-[a-z0-9]+)*$")
CUE_RE = re.compile(r"^[a-z][a-z'-]*$")
# Words found near almost every mention in clinical prose, whatever the sense of
# the word beside them: as context cues they confirm nothing (issue 13). A rule
# must cue on words that belong to the sense it is meant to keep.
WEAK_CUES = {
    "patient", "patients", "client", "clients", "therapist", "therapists", "analyst", "analysts",
    "analysand", "analysands", "therapy", "therapies", "therapeutic", "treatment", "treatments",
    "session", "sessions", "clinical", "clinician", "clinicians", "clinic", "analysis", "analytic",
    "psychoanalysis", "psychoanalytic", "psychotherapy", "psychotherapist", "freud", "case", "cases",
}


def norm_label(label):
    """Fold case and compound spelling (hyphen, space, none) the way the matcher does."""
    return re.sub(r"[\s\-‐‑–]+", "", label.lower())


def check(path, min_count):
    errors = []
    warnings = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return [f"not well-formed XML: {e}"], [], {}
    if root.tag != TEI + "taxonomy":
        errors.append(f"root is {root.tag}, expected TEI taxonomy")
    cats = root.findall(TEI + "category")
    ids = {}
    labels = {}
    info = {}
    for cat in cats:
        cid = cat.get(XML_ID)
        where = cid or "(category without xml:id)"
        if not cid or not ID_RE.match(cid):
            errors.append(f"{where}: id must be c. + lowercase words joined by '-'")
        if cid in ids:
            errors.append(f"{where}: duplicate id")
        ids[cid] = cat
        if [c for c in cat if c.tag != TEI + "catDesc"] or len(cat.findall(TEI + "catDesc")) != 1:
            errors.append(f"{where}: a category holds exactly one catDesc and nothing else")
        desc = cat.find(TEI + "catDesc")
        if desc is None:
            continue
        children = list(desc)
        terms = desc.findall(TEI + "term")
        if not children or children[0].tag != TEI + "term" or children[0].get("type") is not None:
            errors.append(f"{where}: the first child must be the preferred term (a term without type)")
        prefs = [t for t in terms if t.get("type") is None]
        if len(prefs) != 1:
            errors.append(f"{where}: exactly one preferred term expected, found {len(prefs)}")
        for t in terms:
            if t.get("type") not in (None, "alt"):
                errors.append(f"{where}: term type must be absent or 'alt', not {t.get('type')!r}")
            if t.get("subtype") not in (None, "ambiguous"):
                errors.append(f"{where}: term subtype must be absent or 'ambiguous'")
        ambiguous = []
        for t in terms:
            text = (t.text or "").strip()
            if not text:
                errors.append(f"{where}: empty term")
                continue
            if text != text.lower():
                errors.append(f"{where}: label {text!r} must be lowercase")
            if t.get("subtype") == "ambiguous":
                ambiguous.append(text)
            key = norm_label(text)
            if key in labels and labels[key] != cid:
                errors.append(f"{where}: label {text!r} also in {labels[key]}")
            elif key in labels:
                errors.append(f"{where}: label {text!r} listed twice")
            labels[key] = cid
        glosses = desc.findall(TEI + "gloss")
        if len(glosses) != 1 or not (glosses[0].text or "").strip():
            errors.append(f"{where}: exactly one non-empty gloss expected")
        schools = [(n.text or "").strip() for n in desc.findall(TEI + "name") if n.get("type") == "school"]
        if not schools:
            errors.append(f"{where}: at least one school expected")
        for s in schools:
            if s not in SCHOOLS:
                errors.append(f"{where}: unknown school {s!r}")
        for p in desc.findall(TEI + "persName"):
            if p.get("type") != "theorist" or not (p.text or "").strip():
                errors.append(f"{where}: persName must be type='theorist' and not empty")
        broader = [p for p in desc.findall(TEI + "ptr") if p.get("type") == "broader"]
        if len(broader) > 1:
            errors.append(f"{where}: at most one broader concept")
        all_rules = [n for n in desc.findall(TEI + "note")
                     if n.get("type") == "rule" and n.get("subtype") == "context"]
        rules = [n for n in all_rules if not n.get("target")]
        # A rule with a target is one label's own (the term's xml:id).
        term_ids = {t.get(XML_ID): (t.text or "").strip() for t in terms if t.get(XML_ID)}
        own_rule_labels = set()
        for n in all_rules:
            if n.get("target"):
                tid = n.get("target").lstrip("#")
                if tid not in term_ids:
                    errors.append(f"{where}: rule target {n.get('target')!r} is no term of the category")
                else:
                    own_rule_labels.add(term_ids[tid])
        rule = None
        if len(rules) > 1:
            errors.append(f"{where}: at most one context rule without a target")
        own = {crude_stem((t.text or "").strip()) for t in terms
               if len((t.text or "").split()) == 1}
        for r in all_rules:
            try:
                window = int(r.get("n", ""))
            except ValueError:
                window = 0
            cues = (r.text or "").split()
            if window <= 0:
                errors.append(f"{where}: context rule needs a positive window n")
            if not cues:
                errors.append(f"{where}: context rule has no cues")
            for cue in cues:
                if not CUE_RE.match(cue):
                    errors.append(f"{where}: cue {cue!r} must be one lowercase word")
                elif cue in WEAK_CUES:
                    errors.append(f"{where}: cue {cue!r} is in every clinical text; cue on the sense")
                elif crude_stem(cue) in own:
                    errors.append(f"{where}: cue {cue!r} is the category's own label")
            if r in rules:
                rule = (window, cues)
        if rule is None and [a for a in ambiguous if a not in own_rule_labels]:
            errors.append(f"{where}: ambiguous labels {ambiguous} but no context rule")
        if rule and not ambiguous:
            warnings.append(f"{where}: context rule but no ambiguous label")
        info[cid] = {"terms": terms, "rule": rule, "broader": broader, "schools": schools}
    for cid, i in info.items():
        for p in i["broader"]:
            target = p.get("target", "")
            if not target.startswith("#") or target[1:] not in ids:
                errors.append(f"{cid}: broader target {target!r} does not exist")
            elif target[1:] == cid:
                errors.append(f"{cid}: broader concept is itself")
    # broader cycles
    parent = {cid: i["broader"][0].get("target", "")[1:] for cid, i in info.items() if i["broader"]}
    for cid in parent:
        seen, cur = set(), cid
        while cur in parent:
            if cur in seen:
                errors.append(f"{cid}: cycle in broader links")
                break
            seen.add(cur)
            cur = parent[cur]
    if len(cats) < min_count:
        errors.append(f"only {len(cats)} concepts, expected at least {min_count}")
    return errors, warnings, info


def crude_stem(word):
    """A rough suffix stripper, only for eyeballing --text hits (not the plugin's stemmer)."""
    w = word.lower()
    for suf in ("isations", "izations", "isation", "ization", "ations", "ation", "ments", "ment",
                "ences", "ence", "ances", "ance", "ings", "ing", "ies", "ied", "es", "ed", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def scan(info, text_path):
    words = re.findall(r"[A-Za-z][A-Za-z']*", open(text_path, encoding="utf-8").read())
    stems = [crude_stem(w) for w in words]
    for cid, i in sorted(info.items()):
        for t in i["terms"]:
            label = (t.text or "").strip()
            if " " in label or "-" in label:
                continue
            ls = crude_stem(label)
            amb = t.get("subtype") == "ambiguous"
            for k, s in enumerate(stems):
                if s != ls:
                    continue
                verdict = "plain"
                if amb:
                    window, cues = i["rule"] if i["rule"] else (0, [])
                    cue_stems = {crude_stem(c) for c in cues}
                    lo, hi = max(0, k - window), min(len(stems), k + window + 1)
                    found = [words[j] for j in range(lo, hi) if j != k and stems[j] in cue_stems]
                    verdict = "ACCEPT " + ",".join(found) if found else "reject"
                ctx = " ".join(words[max(0, k - 8): k + 9])
                print(f"{cid}\t{label}\t{verdict}\t... {ctx} ...")


def main(argv):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "thesaurus.xml")
    min_count = 1200  # issue 13; a user file is checked with --min 1
    texts = []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--min":
            min_count = int(args.pop(0))
        elif a == "--text":
            texts.append(args.pop(0))
        else:
            path = a
    errors, warnings, info = check(path, min_count)
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    for e in errors:
        print("error:", e, file=sys.stderr)
    if not errors:
        counts = {}
        for i in info.values():
            for s in i["schools"]:
                counts[s] = counts.get(s, 0) + 1
        print(f"{path}: {len(info)} concepts ok", file=sys.stderr)
        for s in sorted(counts):
            print(f"  {s}: {counts[s]}", file=sys.stderr)
    for t in texts:
        scan(info, t)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
