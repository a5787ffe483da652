#!/usr/bin/env python3
"""Scores `isc scan` against hand-annotated real texts, kept outside the repository.

A set is a directory of texts as they arrived (`*.txt`) and a `truth.json` written by hand from
the texts alone, before any output of `isc` was read:

    [{"file": "pp-179.txt",
      "docs": [{"body": "PP", "number": "179", "year": 2018,
                "title": "ITU's role in child online protection",
                "title_themes": ["child-online-protection"],
                "coordination": false,
                "citations": [{"body": "WTDC", "number": "67", "year": 2010}]}]}]

`body` is PP, WTSA, WTDC, RA, WRC or Council (null where the text does not say), `number` a
string (`9-5` for ITU-R), `year` this edition's year, `title_themes` the themes the title alone
names, `coordination` whether the operative part calls for coordination among the Sectors (null
without an operative part), `citations` every other resolution cited. A draft's identity is the
resolution it modifies, its year the conference it is put to.

What the annotator leaves out, as the parser must: front matter (a cover, a foreword, a table of
contents or a list of resolutions, a copyright notice) gives no document, title or citation; a
running header or footer (`Res. 174`, `- 12 -`) is no citation; a mention of the document's own
resolution in another edition is the document naming itself, not a citation; a proposal's
introduction (its reasons, its agenda item) is not the resolution's text; Recommendations,
Questions, Decisions and resolutions of the United Nations are no citations. A page opening
inside a resolution is a document of its own, with null body, number and year where the text
does not say them. A file is held out when the first
hex digit of the SHA-1 of its name is 0 to 4, or when its set holds a file named `HELD-OUT` (a
set built to be held out whole); held-out texts are never opened, only scored.

A title list is a TSV (`body number year lang title themes`, a header line first, themes
comma-separated): each title is read alone under a heading and its themes compared.

    python3 scripts/realcheck.py score SET... [--part tune|heldout|all] [--layouts] [--show] [--latin]
    python3 scripts/realcheck.py invariance SET... [--part ...] [--show]
    python3 scripts/realcheck.py titles LIST.tsv [--part ...] [--show]

`--isc PATH` names the binary (target/release/isc by default); `--layouts` and `invariance` lay
each text out anew with `target/release/examples/layout` (`cargo build --release -p isc-synth
--example layout`). `--show` lists the misses of the tuning part, never of the held-out one.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

LAYOUT = "target/release/examples/layout"


def held_out(name):
    return hashlib.sha1(name.encode()).hexdigest()[0] in "01234"


def in_part(name, part, whole_set_held_out=False):
    return part == "all" or (part == "heldout") == (whole_set_held_out or held_out(name))


def norm(text):
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def scan(isc, path, text=None):
    if text is not None:
        path2 = os.path.join(tempfile.mkdtemp(), os.path.basename(path))
        with open(path2, "w", encoding="utf-8") as f:
            f.write(text)
        path = path2
    out = subprocess.run([isc, "scan", "--format", "jsonl", path], capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def laid_out(path, layout):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    return subprocess.run([LAYOUT, layout, "7"], input=text, capture_output=True, text=True).stdout


def identity(doc):
    """The document's body and number, or for a draft the resolution it modifies."""
    i = doc.get("id") or (doc.get("draft") or {}).get("modifies")
    return (i.get("body"), i.get("number")) if i else (None, None)


def year(doc):
    """The year of the document's edition: its identity's, a draft's, or the issuing clause's
    where the heading is not in the text."""
    if doc.get("id"):
        edition = doc["id"].get("edition")
    else:
        edition = (doc.get("draft") or doc.get("issued_by") or {}).get("edition")
    return (edition or {}).get("year")


def same_id(doc, want):
    body, number = identity(doc)
    return number == want["number"] and want["body"] in (None, body)


def match(truth, docs):
    """Each annotated document's scanned one: same number and body, else same title."""
    used, res = set(), {}
    for ti, t in enumerate(truth):
        for di, d in enumerate(docs):
            if di not in used and t["number"] is not None and same_id(d, t):
                res[ti] = d
                used.add(di)
                break
    for ti, t in enumerate(truth):
        for di, d in enumerate(docs):
            if ti not in res and di not in used and t.get("title") and norm(d.get("title")) == norm(t["title"]):
                res[ti] = d
                used.add(di)
    # The rest in order: a document the text names by neither number nor title (a page that
    # opens inside a resolution) is the scanned one left in the same order.
    left = [di for di in range(len(docs)) if di not in used]
    for ti, di in zip([ti for ti in range(len(truth)) if ti not in res], left):
        res[ti] = docs[di]
    return res


def score_file(counts, misses, name, truth, docs):
    found = match(truth, docs)
    for ti, t in enumerate(truth):
        d = found.get(ti)
        if t["number"] is not None:
            ok = d is not None and same_id(d, t)
            counts["id_n"] += 1
            counts["id_ok"] += ok
            if not ok:
                misses.append(f"  id {name}: want {t['body']} {t['number']}, read {[identity(x) for x in docs]}")
        if t["year"] is not None:
            counts["year_n"] += 1
            counts["year_ok"] += d is not None and year(d) == t["year"]
        if t.get("title"):
            ok = d is not None and norm(d.get("title")) == norm(t["title"])
            counts["title_n"] += 1
            counts["title_ok"] += ok
            if not ok:
                misses.append(f"  title {name}: want {t['title']!r}, read {d and d.get('title')!r}")
        themes = {x["id"] for x in (d or {}).get("themes", [])}
        for theme in t.get("title_themes") or []:
            counts["theme_n"] += 1
            counts["theme_ok"] += theme in themes
            if theme not in themes:
                misses.append(f"  theme {name}: want {theme}, read {sorted(themes)}")
        if t.get("coordination") is not None:
            ok = d is not None and bool(d.get("calls_for_coordination")) == t["coordination"]
            counts["coord_n"] += 1
            counts["coord_ok"] += ok
            if not ok:
                misses.append(f"  coordination {name}: want {t['coordination']}")
    want = {(c["body"], c["number"], c["year"]) for t in truth for c in t.get("citations", [])}
    got = {(c.get("body"), c.get("number"), (c.get("edition") or {}).get("year")) for d in docs for c in d.get("citations", [])}

    def hit(g, w):
        return w[0] in (None, g[0]) and g[1] == w[1] and (w[2] is None or g[2] == w[2])

    counts["cit_want"] += len(want)
    counts["cit_got"] += len(got)
    counts["cit_found"] += sum(1 for w in want if any(hit(g, w) for g in got))
    counts["cit_right"] += sum(1 for g in got if any(hit(g, w) for w in want))
    misses += [f"  citation missed {name}: {w}" for w in want if not any(hit(g, w) for g in got)]
    misses += [f"  citation extra {name}: {g}" for g in got if not any(hit(g, w) for w in want)]


def report(label, c):
    precision = c["cit_right"] / c["cit_got"] if c["cit_got"] else 1.0
    recall = c["cit_found"] / c["cit_want"] if c["cit_want"] else 1.0
    print(
        f"{label}: identities {c['id_ok']}/{c['id_n']}, years {c['year_ok']}/{c['year_n']}, "
        f"titles {c['title_ok']}/{c['title_n']}, title themes {c['theme_ok']}/{c['theme_n']}, "
        f"coordination {c['coord_ok']}/{c['coord_n']}, citations P {precision:.3f} R {recall:.3f} "
        f"({c['cit_want']})"
    )


def entries(sets, part):
    for s in sets:
        whole = os.path.exists(os.path.join(s, "HELD-OUT"))
        with open(os.path.join(s, "truth.json"), encoding="utf-8") as f:
            for entry in json.load(f):
                if in_part(entry["file"], part, whole):
                    yield s, entry


def latin(path):
    """Whether the text's letters are mostly Latin (English, French, Spanish), not Chinese,
    Arabic or Cyrillic: four in five at least."""
    with open(path, encoding="utf-8", errors="replace") as f:
        letters = [c for c in f.read() if c.isalpha()]
    return not letters or sum(unicodedata.name(c, "").startswith("LATIN") for c in letters) >= 0.8 * len(letters)


def score(args):
    chosen = list(entries(args.paths, args.part))
    if args.latin:
        chosen = [(s, e) for s, e in chosen if latin(os.path.join(s, e["file"]))]
    for layout in ["plain"] + (["flat", "paged", "wrapped"] if args.layouts else []):
        counts, misses = Counter(), []
        for s, entry in chosen:
            path = os.path.join(s, entry["file"])
            text = None if layout == "plain" else laid_out(path, layout)
            score_file(counts, misses, entry["file"], entry["docs"], scan(args.isc, path, text))
        report(f"{layout} [{args.part}, {len(chosen)} files]", counts)
        if args.show and args.part != "heldout":
            print("\n".join(misses))


def invariance(args):
    def key(d):
        i = d.get("id") or (d.get("draft") or {}).get("modifies")
        return (i["body"], i["number"], (i.get("edition") or {}).get("year")) if i else None

    def cited(docs):
        return {(c["body"], c["number"], (c.get("edition") or {}).get("year")) for d in docs for c in d["citations"]}

    chosen = list(entries(args.paths, args.part))
    for layout in ("flat", "paged", "wrapped"):
        ids = kept_ids = cits = kept_cits = 0
        for s, entry in chosen:
            path = os.path.join(s, entry["file"])
            base, got = scan(args.isc, path), scan(args.isc, path, laid_out(path, layout))
            want_ids = [key(d) for d in base if key(d)]
            got_ids = [key(d) for d in got if key(d)]
            ids += len(want_ids)
            kept_ids += sum(1 for i in want_ids if i in got_ids)
            cits += len(cited(base))
            kept_cits += len(cited(base) & cited(got))
            if args.show and args.part != "heldout" and (set(want_ids) - set(got_ids) or cited(base) - cited(got)):
                print(f"  {layout} {entry['file']}: {want_ids} -> {got_ids}; lost {sorted(cited(base) - cited(got))}")
        print(f"{layout} [{args.part}]: identities {kept_ids}/{ids}, citations {kept_cits}/{cits}")


def titles(args):
    word = {"en": "RESOLUTION", "fr": "RÉSOLUTION", "es": "RESOLUCIÓN"}
    directory = tempfile.mkdtemp()
    kept = []
    with open(args.paths[0], encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    for n, row in enumerate(rows):
        _body, number, _year, lang, title, themes = (row + [""] * 6)[:6]
        if not in_part(title, args.part) or not title:
            continue
        with open(os.path.join(directory, f"{n:05}.txt"), "w", encoding="utf-8") as f:
            f.write(f"{word.get(lang, 'RESOLUTION')} {number or '1'}\n\n{title}\n")
        kept.append((n, title, {t for t in themes.split(",") if t}))
    out = subprocess.run([args.isc, "scan", "--format", "jsonl", directory], capture_output=True, text=True).stdout
    read = {}
    for line in out.splitlines():
        doc = json.loads(line)
        read[int(os.path.basename(doc["source"])[:5])] = {
            t["id"] for t in doc["themes"] if any(e["part"] == "title" for e in t["evidence"])
        }
    right = wrong = missed = 0
    for n, title, want in kept:
        got = read.get(n, set())
        right, wrong, missed = right + len(got & want), wrong + len(got - want), missed + len(want - got)
        if args.show and args.part != "heldout" and got != want:
            print(f"  {title!r}: want {sorted(want)}, read {sorted(got)}")
    recall = right / (right + missed) if right + missed else 1.0
    precision = right / (right + wrong) if right + wrong else 1.0
    print(f"titles [{args.part}, {len(kept)}]: recall {recall:.3f} ({right}/{right + missed}), precision {precision:.3f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["score", "invariance", "titles"])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--part", choices=["tune", "heldout", "all"], default="all")
    parser.add_argument("--layouts", action="store_true")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--latin", action="store_true", help="score only texts in Latin letters (English, French, Spanish)")
    parser.add_argument("--isc", default="target/release/isc")
    args = parser.parse_args()
    {"score": score, "invariance": invariance, "titles": titles}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
