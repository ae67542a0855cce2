"""Precision and recall of `onoma annotate` against the gold mention lists.

A predicted mention counts as correct when its exact surface and its resolved entity match a gold
row (up to that row's count); an ambiguous or wrongly resolved mention of a gold surface counts
against both precision and recall. Called by scripts/eval.
"""
import collections
import json
import os
import subprocess
import sys


def read_tsv(path):
    rows, columns = [], None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n").rstrip("\r")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if columns is None:
                columns = fields
                continue
            rows.append(dict(zip(columns, fields)))
    return rows


def entity_types(catalog_dir):
    types = {}
    for name in sorted(os.listdir(catalog_dir)):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(catalog_dir, name), encoding="utf-8") as handle:
            for line in handle:
                fields = line.rstrip("\n").split("\t")
                if len(fields) == 7 and not line.startswith("#") and fields[0] != "id":
                    types[fields[0]] = fields[1]
    return types


def main():
    onoma, articles, fixtures, catalog_dir = sys.argv[1:5]
    types = entity_types(catalog_dir)
    gold = collections.defaultdict(collections.Counter)  # (article, group) -> (surface, id) -> n
    for fixture, group in (("article_mentions.tsv", "persons"),
                           ("article_entities.tsv", "places/orgs")):
        for row in read_tsv(os.path.join(fixtures, fixture)):
            gold[(row["article"], group)][(row["surface"], row["entity"])] += int(row["count"])

    totals = collections.defaultdict(lambda: [0, 0, 0])  # group -> [correct, predicted, gold]
    print(f"{'article':28} {'group':12} {'precision':>9} {'recall':>7}  (correct/predicted/gold)")
    for article in sorted(os.listdir(articles)):
        path = os.path.join(articles, article)
        output = subprocess.run([onoma, "annotate", path], check=True, capture_output=True,
                                text=True).stdout
        predicted = collections.defaultdict(collections.Counter)
        for line in output.splitlines():
            mention = json.loads(line)
            ids = [mention["entity"]] if mention["entity"] else mention.get("candidates", [])
            kinds = {types.get(i, "other") for i in ids}
            group = "persons" if "person" in kinds else "places/orgs"
            entity = mention["entity"] or "(ambiguous)"
            predicted[group][(mention["text"], entity)] += 1
        for group in ("persons", "places/orgs"):
            expected = gold[(article, group)]
            got = predicted[group]
            correct = sum(min(n, expected[key]) for key, n in got.items())
            n_predicted, n_gold = sum(got.values()), sum(expected.values())
            for index, value in enumerate((correct, n_predicted, n_gold)):
                totals[group][index] += value
            precision = correct / n_predicted if n_predicted else 1.0
            recall = correct / n_gold if n_gold else 1.0
            print(f"{article:28} {group:12} {precision:9.3f} {recall:7.3f}  "
                  f"({correct}/{n_predicted}/{n_gold})")
            if "-v" in sys.argv:
                for key in sorted(set(got) | set(expected)):
                    if got[key] != expected[key]:
                        print(f"    {key[0]!r} -> {key[1]}: predicted {got[key]}, gold {expected[key]}")
    failed = False
    for group, (correct, n_predicted, n_gold) in totals.items():
        precision = correct / n_predicted if n_predicted else 1.0
        recall = correct / n_gold if n_gold else 1.0
        print(f"{'ALL':28} {group:12} {precision:9.3f} {recall:7.3f}  "
              f"({correct}/{n_predicted}/{n_gold})")
        # --require-persons: every person found and linked, none false. --require-all: the same
        # for places, organizations and the rest (the gate ctest applies).
        required = "--require-all" in sys.argv or (
            group == "persons" and "--require-persons" in sys.argv)
        if required and (precision < 1 or recall < 1):
            failed = True
    print(f"eval: {1 if not failed else 0} passed, {1 if failed else 0} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
