#!/usr/bin/env python3
"""Show, talk by talk, where `gazette talks --format json` disagrees with a gold file
(speakers, affiliations, titles, cities). A companion to ../shared/tools/score_talks.py for
debugging the extractor: usage: diff_talks.py GOLD.json PRED.json"""
import json, os, sys, unicodedata, re

def norm(s):
    if not s: return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'").lower()
    return " ".join(re.sub(r"[^\w/+.'-]+", " ", s).split()).strip(" .,'-")

gold = json.load(open(sys.argv[1])); pred = json.load(open(sys.argv[2]))
by = {os.path.basename(r["source"]): r for r in pred["recaps"]}
for g in gold["recaps"]:
    p = by.get(g["file"], {"talks": []})
    for gt in g["talks"]:
        names = {norm(n) for n in gt["speakers"]}
        hit = next((t for t in p["talks"] if names & {norm(s["name"]) for s in t["speakers"]}), None)
        tag = "" if gt.get("required", True) else " (optional)"
        if hit is None:
            if gt.get("required", True): print(f"{g['file']}: MISSED {gt['speakers']}")
            continue
        problems = []
        for n, a in zip(gt["speakers"], gt.get("affiliations") or []):
            pa = next((s["affiliation"] for s in hit["speakers"] if norm(s["name"]) == norm(n)), None)
            if a and not (pa and (norm(a) in norm(pa) or norm(pa) in norm(a))): problems.append(f"affil {n}: want {a!r} got {pa!r}")
        if gt.get("title") and not hit.get("title") or (gt.get("title") and norm(gt["title"]) != norm(hit.get("title")) and norm(gt.get("title_translation")) != norm(hit.get("title"))):
            problems.append(f"title: want {gt['title']!r} got {hit.get('title')!r}")
        if problems: print(f"{g['file']}: {gt['speakers']}{tag}: " + "; ".join(problems))
