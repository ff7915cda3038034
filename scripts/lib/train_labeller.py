#!/usr/bin/env python3
"""Trains the anonymiser's learned token labeller from rows made by `praatmaat-bench labeller-rows`.

    train_labeller.py ROWS HANDWRITTEN_FILES SOURCES WEIGHTS_OUT META_OUT

ROWS: one candidate token a line: text number, file number, tag, rule tag, hashed features.
Files numbered below HANDWRITTEN_FILES are hand-written; the rest are generated. SOURCES has,
per generated text, the number of the hand-written text it was made from (or -1), so that a
text and its copies are always on the same side of a fold.

The model is multinomial logistic regression with L2, fitted with L-BFGS. The L2 strength,
whether it looks at ordinary words that a list also has as a name, the threshold for adding a
name and the threshold for keeping a name the rules found on weak evidence are chosen by 5-fold
cross-validation over the hand-written texts (generated texts are always in the training part):
the choice with the highest F2 over every word, rules and model together (recall weighs four
times as much as precision: a name left in is worse than a word taken out, but a model that
takes out everything reads nothing). No held-out text is ever read here.
"""
import json
import sys
import time

import numpy as np
from scipy import optimize, sparse

FEATURES = 1 << 18
TAGS = 4
BETA = 2.0
LAMBDAS = [0.3, 1.0, 3.0]
FOLDS = 5


def read(path):
    texts, files, tags, rules, candidacy, rows, cols = [], [], [], [], [], [], []
    per_file = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# texts per file:"):
                per_file = [int(c) for c in line.split(":")[1].split()]
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 6:
                continue
            texts.append(int(parts[0]))
            files.append(int(parts[1]))
            tags.append(int(parts[2]))
            rules.append(int(parts[3]))
            candidacy.append(int(parts[4]))
            feats = [int(x) for x in parts[5].split()]
            rows.extend([len(tags) - 1] * len(feats))
            cols.extend(feats)
    x = sparse.csr_matrix((np.ones(len(cols), dtype=np.float64), (rows, cols)), shape=(len(tags), FEATURES))
    x.data[:] = 1.0
    return (np.array(texts), np.array(files), np.array(tags), np.array(rules), np.array(candidacy), x, per_file)


def fit(x, y, lam):
    n = x.shape[0]
    onehot = np.zeros((n, TAGS))
    onehot[np.arange(n), y] = 1.0
    # Rare tags weigh as much as the common one in total, so names are not drowned out.
    counts = np.bincount(y, minlength=TAGS).astype(float)
    weight = (n / (TAGS * np.maximum(counts, 1)))[y]
    weight = np.sqrt(weight)

    def loss(w):
        w = w.reshape(FEATURES, TAGS)
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        ll = -(weight * np.log(np.maximum((p * onehot).sum(axis=1), 1e-12))).sum()
        grad = x.T @ ((p - onehot) * weight[:, None])
        return ll + 0.5 * lam * (w * w).sum(), (np.asarray(grad) + lam * w).ravel()

    result = optimize.minimize(loss, np.zeros(FEATURES * TAGS), jac=True, method="L-BFGS-B",
                               options={"maxiter": 300})
    return result.x.reshape(FEATURES, TAGS)


def probabilities(x, w):
    z = x @ w
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def scores(entity, tags, rules, candidacy, add, keep, broad):
    """Token recall and precision of rules and model together over every word of the held
    part, the precision of what the model adds, and the rules' recall alone. Rule tags 1-3 are
    strong evidence; 5-7 weak evidence the model keeps (at `keep`) or drops; other tokens the
    model may tag (at `add`) when it looks at them: candidacy 2 always, 1 only when `broad`."""
    gold = tags != 0
    strong = (rules >= 1) & (rules <= 3)
    weak = rules >= 5
    looks = (candidacy == 2) | ((candidacy == 1) & broad)
    model = ((entity >= add) & looks & (rules == 0)) | ((entity >= keep) & weak)
    found = strong | model
    recall = (found & gold).sum() / max(gold.sum(), 1)
    precision = (found & gold).sum() / max(found.sum(), 1)
    added = (model & ~weak).sum()
    precision_added = (model & ~weak & gold).sum() / added if added else 1.0
    rules_recall = ((rules != 0) & gold).sum() / max(gold.sum(), 1)
    return recall, precision, precision_added, rules_recall, int(added)


def fbeta(recall, precision):
    b2 = BETA * BETA
    return (1 + b2) * precision * recall / max(b2 * precision + recall, 1e-12)


def main():
    rows, handwritten_files, sources, weights_out, meta_out = sys.argv[1:6]
    handwritten_files = int(handwritten_files)
    began = time.time()
    texts, files, tags, rules, candidacy, x, per_file = read(rows)
    hand = files < handwritten_files
    hand_texts = np.unique(texts[hand])
    rng = np.random.default_rng(2026)
    order = rng.permutation(hand_texts)
    fold_of = {t: i % FOLDS for i, t in enumerate(order)}
    # Generated texts come after every hand-written one.
    first_generated = sum(per_file[:handwritten_files])
    made_from = [int(l) for l in open(sources, encoding="utf-8").read().split()]
    fold = np.array([fold_of.get(t, -1) for t in texts])
    # The fold a generated copy must stay out of: its source's.
    copy_of = np.array([
        fold_of.get(made_from[t - first_generated], -1) if not h and 0 <= t - first_generated < len(made_from) else -1
        for t, h in zip(texts, hand)
    ])
    # The model learns from the tokens it may look at; recall is counted over every word.
    learnable = candidacy >= 1
    best = None
    report = []
    grid = [round(float(t), 2) for t in np.arange(0.10, 0.96, 0.05)]
    for lam in LAMBDAS:
        entity = np.zeros(len(tags))
        for k in range(FOLDS):
            train = (fold != k) & (copy_of != k) & learnable
            test = fold == k
            w = fit(x[train], tags[train], lam)
            entity[test] = 1 - probabilities(x[test], w)[:, 0]
        held = fold >= 0
        for broad in (False, True):
            for add in grid:
                for keep in grid:
                    recall, precision, precision_added, rules_recall, added = scores(
                        entity[held], tags[held], rules[held], candidacy[held], add, keep, broad)
                    row = {"lambda": lam, "broad": broad, "threshold": add, "keep": keep,
                           "recall": round(float(recall), 4), "precision": round(float(precision), 4),
                           "precision_added": round(float(precision_added), 4),
                           "rules_recall": round(float(rules_recall), 4), "added": added}
                    row["f2"] = round(float(fbeta(recall, precision)), 4)
                    report.append(row)
                    if best is None or row["f2"] > best["f2"] + 1e-9:
                        best = row
        print(f"lambda {lam}: done after {time.time() - began:.0f} s", file=sys.stderr)
    print(f"chosen by cross-validation: {best}")
    w = fit(x[learnable], tags[learnable], best["lambda"]).astype("<f4")
    with open(weights_out, "wb") as f:
        f.write(b"PMTL" + bytes([2, 1 if best["broad"] else 0, 0, 0]))
        f.write(np.array([best["threshold"], best["keep"]], dtype="<f4").tobytes())
        f.write(w.tobytes())
    meta = {
        "model": "multinomial logistic regression, L2, hashed features (2^18), tags: none, person, location, institution",
        "chosen": best,
        "criterion": f"F{BETA:g} of token recall and precision, rules and model together",
        "folds": FOLDS,
        "handwritten_texts": int(len(hand_texts)),
        "tokens": int(len(tags)),
        "tokens_per_tag": [int(c) for c in np.bincount(tags, minlength=TAGS)],
        # The best row per (lambda, broad): the whole grid is too long to keep.
        "cross_validation": [max((r for r in report if r["lambda"] == lam and r["broad"] == b), key=lambda r: r["f2"])
                             for lam in LAMBDAS for b in (False, True)],
    }
    with open(meta_out, "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")
    print(f"weights written to {weights_out} in {time.time() - began:.0f} s")


if __name__ == "__main__":
    main()
