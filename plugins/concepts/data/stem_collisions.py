#!/usr/bin/env python3
"""List single-word labels whose Snowball stem also takes other words of some texts.

Usage:
  stem_collisions.py TEXT [TEXT ...] [--thesaurus FILE] [--min N]

The matcher stems labels and text with libstemmer's English (Snowball)
stemmer, which folds derived words together: 'mindfulness' and 'mind',
'conversion' and 'conversation', 'thirdness' and 'thirdly'. For each label,
this prints the words of the TEXTs (plain text, Markdown or TEI; tags are
dropped) that share its stem without being the label with a regular ending,
and are not in the category's exclude rule, when they occur at least N times
(default 2). Run it on prose from other fields and add an exclude rule, make
the label ambiguous, or drop it. Needs libstemmer (libstemmer0d), which the
plugin links; otherwise the standard library only.
"""
import collections
import ctypes
import ctypes.util
import os
import re
import sys
import xml.etree.ElementTree as ET

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
HERE = os.path.dirname(os.path.abspath(__file__))


class Snowball:
    def __init__(self):
        name = ctypes.util.find_library("stemmer") or "libstemmer.so.0d"
        try:
            lib = ctypes.CDLL(name)
        except OSError as e:
            sys.exit(f"stem_collisions.py: cannot load libstemmer ({e})")
        lib.sb_stemmer_new.restype = ctypes.c_void_p
        lib.sb_stemmer_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        lib.sb_stemmer_stem.restype = ctypes.c_void_p
        lib.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.sb_stemmer_length.argtypes = [ctypes.c_void_p]
        self.lib, self.cache = lib, {}
        self.stemmer = lib.sb_stemmer_new(b"english", None)

    def stem(self, word):
        if word not in self.cache:
            b = word.encode()
            p = self.lib.sb_stemmer_stem(self.stemmer, b, len(b))
            n = self.lib.sb_stemmer_length(self.stemmer)
            self.cache[word] = ctypes.string_at(p, n).decode(errors="replace")
        return self.cache[word]


def regular_form(label, word):
    """The label itself with a regular inflection, which the matcher should take."""
    if re.fullmatch(re.escape(label) + r"(s|es|'s|d|ed|ing)?", word):
        return True
    return (label.endswith("y") and word == label[:-1] + "ies") or (
        label.endswith("e") and word == label[:-1] + "ing")


def main(argv):
    thesaurus, minimum, texts = os.path.join(HERE, "thesaurus.xml"), 2, []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--thesaurus" and args:
            thesaurus = args.pop(0)
        elif a == "--min" and args:
            minimum = int(args.pop(0))
        else:
            texts.append(a)
    if not texts:
        sys.exit(__doc__)
    snowball = Snowball()
    words = collections.Counter()
    for path in texts:
        try:
            text = re.sub(r"<[^>]+>", " ", open(path, encoding="utf-8").read())
        except OSError as e:
            sys.exit(f"stem_collisions.py: {path}: {e}")
        words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z']*", text))
    by_stem = collections.defaultdict(collections.Counter)
    for w, n in words.items():
        by_stem[snowball.stem(w)][w] += n
    rows = []
    for cat in ET.parse(thesaurus).getroot().iter(TEI + "category"):
        excluded = set()
        for note in cat.iter(TEI + "note"):
            if note.get("subtype") == "exclude":
                excluded |= set((note.text or "").split())
        for term in cat.iter(TEI + "term"):
            label = (term.text or "").strip().lower()
            if not label or " " in label or "-" in label:
                continue
            others = {w: n for w, n in by_stem.get(snowball.stem(label), {}).items()
                      if w not in excluded and not regular_form(label, w)}
            if sum(others.values()) >= minimum:
                kind = "ambiguous" if term.get("subtype") == "ambiguous" else "plain"
                top = ", ".join(f"{w} {n}" for w, n in collections.Counter(others).most_common(5))
                rows.append((sum(others.values()), cat.get(XML_ID), label, kind, top))
    for total, cid, label, kind, top in sorted(rows, reverse=True):
        print(f"{total:5}  {cid}  {label!r} ({kind}): {top}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
