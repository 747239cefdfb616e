#!/usr/bin/env python3
"""Scores the engine on PolNeAR (Newell et al., 2018), which lives on your machine, never here.

    python3 scripts/polnear.py PATH/TO/PolNeAR [--split dev] [--explore target/release/explore]
                               [--limit N] [--misses N]

PolNeAR's `data/SPLIT/text/NAME.txt` are news articles; `data/SPLIT/attributions/NAME_ANN.ann`
are brat files marking each attribution's Source, Cue and Content, with character offsets.
Where a text has several annotators' files, the first by name is used.

Scoring, relation level, by overlap:
* a gold attribution is one with a Source and a Content;
* an engine attribution (`explore analyze`) matches a gold one when its content overlaps the
  gold content and its source span, or any mention of its actor, overlaps the gold source;
* precision is the share of engine attributions that match some gold one, recall the share
  of gold attributions that some engine attribution matches, F1 their harmonic mean.

It also prints a passage-level figure closer to what a reader sees: among the engine's
sentence passages whose text lies mostly (over half) inside one gold Content, the share whose
speakers include an actor with a mention overlapping that attribution's Source.

Only the Python standard library is needed. Nothing is written.
"""

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict


def parse_ann(path):
    """The gold attributions of one brat file: [(source (start, end), content [(s, e)])]."""
    spans = {}
    events = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            fields = line.rstrip("\n").split("\t")
            if not fields or not fields[0]:
                continue
            if fields[0].startswith("T") and len(fields) >= 2:
                label, _, offsets = fields[1].partition(" ")
                pieces = []
                for piece in offsets.split(";"):
                    start, end = piece.split()
                    pieces.append((int(start), int(end)))
                spans[fields[0]] = (label, pieces)
            elif fields[0].startswith("E") and len(fields) >= 2:
                roles = defaultdict(list)
                for arg in fields[1].split():
                    role, _, ref = arg.partition(":")
                    roles[role.rstrip("0123456789")].append(ref)
                events.append(roles)
    gold = []
    for roles in events:
        sources = [p for ref in roles.get("Source", []) for p in spans[ref][1]]
        contents = [p for ref in roles.get("Content", []) for p in spans[ref][1]]
        if sources and contents:
            gold.append((sources, contents))
    return gold


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def any_overlap(xs, ys):
    return any(overlaps(x, y) for x in xs for y in ys)


def char_offsets(text):
    """A map from UTF-8 byte offsets to character offsets, for the engine's byte spans."""
    table = {}
    byte = 0
    for index, char in enumerate(text):
        table[byte] = index
        byte += len(char.encode("utf-8"))
    table[byte] = len(text)
    return table


def analyze(explore, path):
    out = subprocess.run([explore, "analyze", path], capture_output=True, check=True)
    return json.loads(out.stdout)


def score_article(text, gold, analysis):
    chars = char_offsets(text)
    span = lambda pair: (chars[pair[0]], chars[pair[1]])  # noqa: E731
    mentions = {a["id"]: [span(m) for m in a["mentions"]] for a in analysis["actors"]}
    predicted = []
    for attribution in analysis["attributions"]:
        sources = list(mentions.get(attribution["actor"], []))
        if attribution.get("source"):
            sources.append(span(attribution["source"]))
        predicted.append((sources, [span(c) for c in attribution["content"]]))

    def matches(p, g):
        return any_overlap(p[1], g[1]) and any_overlap(p[0], g[0])

    true_pred = sum(1 for p in predicted if any(matches(p, g) for g in gold))
    true_gold = sum(1 for g in gold if any(matches(p, g) for p in predicted))

    covered = right = 0
    for passage in analysis["passages"]:
        if passage["kind"] != "sentence":
            continue
        start, end = span(passage["span"])
        length = max(1, end - start)
        for sources, contents in gold:
            inside = sum(max(0, min(end, e) - max(start, s)) for s, e in contents)
            if inside * 2 > length:
                covered += 1
                if any(any_overlap(mentions.get(a, []), sources) for a in passage["speakers"]):
                    right += 1
                break
    return len(predicted), true_pred, len(gold), true_gold, covered, right


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", help="a PolNeAR checkout (with data/SPLIT/text)")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--explore", default="target/release/explore")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N texts")
    parser.add_argument("--misses", type=int, default=0, help="print N articles' worst recall")
    args = parser.parse_args()

    text_dir = os.path.join(args.polnear, "data", args.split, "text")
    ann_dir = os.path.join(args.polnear, "data", args.split, "attributions")
    annotations = sorted(os.listdir(ann_dir))
    names = sorted(n[: -len(".txt")] for n in os.listdir(text_dir) if n.endswith(".txt"))
    if args.limit:
        names = names[: args.limit]
    totals = [0] * 6
    per_article = []
    for name in names:
        files = [a for a in annotations if a.startswith(name + "_") and a.endswith(".ann")]
        if not files:
            continue
        text_path = os.path.join(text_dir, name + ".txt")
        with open(text_path, encoding="utf-8", newline="") as file:
            text = file.read()
        gold = parse_ann(os.path.join(ann_dir, files[0]))
        figures = score_article(text, gold, analyze(args.explore, text_path))
        totals = [t + f for t, f in zip(totals, figures)]
        per_article.append((name, figures))

    n_pred, true_pred, n_gold, true_gold, covered, right = totals
    precision = true_pred / n_pred if n_pred else 0.0
    recall = true_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"PolNeAR {args.split}: {len(per_article)} articles, {n_gold} gold attributions, "
          f"{n_pred} engine attributions")
    print(f"  precision {precision:.3f} ({true_pred}/{n_pred})  recall {recall:.3f} "
          f"({true_gold}/{n_gold})  F1 {f1:.3f}")
    share = right / covered if covered else 0.0
    print(f"  attributed sentences with the right speaker {share:.3f} ({right}/{covered})")
    if args.misses:
        worst = sorted(per_article, key=lambda item: item[1][3] / max(1, item[1][2]))
        for name, (np_, tp, ng, tg, cov, ok) in worst[: args.misses]:
            print(f"  {name}: recall {tg}/{ng}, precision {tp}/{np_}, sentences {ok}/{cov}")


if __name__ == "__main__":
    sys.exit(main())
