#!/usr/bin/env python3
"""Agreement between two readers of the held-out judged set (stdlib only).

    python3 tests/judged/heldout/agreement.py FIRST.jsonl SECOND.jsonl [--corpus DIR] [--json OUT]

Each reader's file has rows {"id","q","grades":[{"phrase","grade","file"}],"note"}.
Per question, the unit compared is a corpus sentence graded by at least one reader
(the union of graded sentences; a sentence neither reader listed is left out, so
the many 0-0 pairs do not inflate the figures). Two graded items (of either reader)
are the same sentence when they name the same file and one phrase contains the other
(whitespace-normalised, either direction) or both phrases fall in the same sentence of
a plain stdlib sentence split of the article body (the metadata header removed).
A reader's grade for a unit is the highest grade they gave to an item in it; a unit
the reader did not list is 0.

Figures: Cohen's kappa with quadratic weights on 0/1/2 over the union (the brief's
measure; linear weights and the all-sentences variant with 0-0 pairs are printed for
comparison with GUIDELINES.md), the Jaccard overlap of the sentences graded >= 1 and of
those graded 2, per question and overall, and every disagreement, largest first.
"""
import argparse, json, os, re, signal, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
SPLIT = re.compile(r'(?<=[.!?])["”’]?\d*\s+(?=[A-Z“"(0-9])')


def norm(t):
    return re.sub(r'\s+', ' ', t).strip()


def body(path):
    t = open(path, encoding='utf-8').read()
    if t.startswith('---'):
        t = t[t.index('\n---', 3) + 4:]
    return t


def split_sentences(text):
    out = []
    for line in text.split('\n'):
        s = re.sub(r'^(•|-)\s+', '', line.strip())
        for p in SPLIT.split(s):
            p = p.strip()
            if p:
                out.append(norm(p))
    return out


class Corpus:
    def __init__(self, d):
        self.text, self.spans, self.sents = {}, {}, {}
        for fn in sorted(os.listdir(d)):
            if not fn.endswith('.txt'):
                continue
            nb = norm(body(os.path.join(d, fn)))
            sents, spans, pos = split_sentences(body(os.path.join(d, fn))), [], 0
            for s in sents:
                i = nb.find(s, pos)
                if i < 0:
                    i = pos
                spans.append((i, i + len(s)))
                pos = i + len(s)
            self.text[fn], self.spans[fn], self.sents[fn] = nb, spans, sents

    def locate(self, fn, phrase):
        """index of the sentence the phrase starts in (None if not found)"""
        nb = self.text.get(fn)
        if nb is None:
            return None
        i = nb.find(norm(phrase))
        if i < 0:
            return None
        for k, (a, b) in enumerate(self.spans[fn]):
            if a <= i < b or (i < a):
                return k
        return None


def load(path):
    rows = {}
    for line in open(path, encoding='utf-8'):
        if line.strip():
            d = json.loads(line)
            rows[d['id']] = d
    return rows


def kappa(pairs, weight):
    cats = (0, 1, 2)
    n = len(pairs)
    if n == 0:
        return float('nan')
    w = (lambda i, j: ((i - j) / 2) ** 2) if weight == 'quadratic' else (lambda i, j: abs(i - j) / 2)
    obs = defaultdict(float)
    ra, rb = defaultdict(float), defaultdict(float)
    for a, b in pairs:
        obs[a, b] += 1
        ra[a] += 1
        rb[b] += 1
    do = sum(w(i, j) * obs[i, j] for i in cats for j in cats) / n
    de = sum(w(i, j) * ra[i] * rb[j] for i in cats for j in cats) / (n * n)
    return 1 - do / de if de else float('nan')


def units(corpus, r1, r2):
    """list of (file, sentence_text, grade1, grade2, phrase1, phrase2) for one question"""
    items = []
    for who, row in ((0, r1), (1, r2)):
        for g in (row or {}).get('grades', []):
            items.append((who, g['file'], norm(g['phrase']), int(g['grade']),
                          corpus.locate(g['file'], g['phrase'])))
    parent = list(range(len(items)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            a, b = items[i], items[j]
            if a[1] != b[1]:
                continue
            if a[2] in b[2] or b[2] in a[2] or (a[4] is not None and a[4] == b[4]):
                parent[find(i)] = find(j)
    groups = defaultdict(list)
    for i, it in enumerate(items):
        groups[find(i)].append(it)
    out = []
    for its in groups.values():
        g = [0, 0]
        ph = ['', '']
        for who, fn, p, gr, loc in its:
            if gr >= g[who]:
                g[who], ph[who] = gr, p
        fn = its[0][1]
        loc = next((x[4] for x in its if x[4] is not None), None)
        sent = corpus.sents[fn][loc] if loc is not None and fn in corpus.sents else its[0][2]
        out.append((fn, sent, g[0], g[1], ph[0], ph[1], f'{fn[:3]}.{loc}'))
    return out


def jacc(a, b):
    u = a | b
    return len(a & b) / len(u) if u else 1.0


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument('first')
    ap.add_argument('second')
    ap.add_argument('--corpus', default=os.path.join(ROOT, 'corpus'))
    ap.add_argument('--json', help='write per-unit data here')
    a = ap.parse_args(argv)
    corpus = Corpus(a.corpus)
    f1, f2 = load(a.first), load(a.second)
    ids = [i for i in f1 if i in f2]
    only = sorted(set(f1) ^ set(f2))
    all_pairs, dump, per_q = [], [], []
    rel_inter = rel_union = key_inter = key_union = 0
    total_sents = sum(len(s) for s in corpus.sents.values())
    for qid in ids:
        us = units(corpus, f1[qid], f2[qid])
        pairs = [(u[2], u[3]) for u in us]
        all_pairs += pairs
        r1 = {k for k, u in enumerate(us) if u[2] >= 1}
        r2 = {k for k, u in enumerate(us) if u[3] >= 1}
        k1 = {k for k, u in enumerate(us) if u[2] == 2}
        k2 = {k for k, u in enumerate(us) if u[3] == 2}
        rel_inter += len(r1 & r2); rel_union += len(r1 | r2)
        key_inter += len(k1 & k2); key_union += len(k1 | k2)
        per_q.append((qid, len(us), kappa(pairs, 'quadratic'), jacc(r1, r2), jacc(k1, k2),
                      len(r1), len(r2), len(k1), len(k2)))
        for u in us:
            dump.append({'id': qid, 'q': f1[qid].get('q', ''), 'file': u[0], 'sentence_no': u[6], 'sentence': u[1],
                         'first': u[2], 'second': u[3], 'phrase_first': u[4], 'phrase_second': u[5]})
    n = len(all_pairs)
    zeros = total_sents * len(ids) - n
    padded = all_pairs + [(0, 0)] * zeros
    print(f'questions compared: {len(ids)}' + (f' (in one file only: {only})' if only else ''))
    print(f'units (union of graded sentences): {n}')
    print(f'quadratic-weighted kappa (union): {kappa(all_pairs, "quadratic"):.3f}')
    print(f'linear-weighted kappa (union): {kappa(all_pairs, "linear"):.3f}')
    print(f'quadratic-weighted kappa (all {total_sents} sentences x {len(ids)} questions, 0-0 included): '
          f'{kappa(padded, "quadratic"):.3f}')
    print(f'overlap of sentences graded >=1 (Jaccard): {rel_inter}/{rel_union} = {rel_inter / rel_union:.3f}'
          if rel_union else 'no relevant sentences')
    print(f'overlap of sentences graded 2 (Jaccard): {key_inter}/{key_union} = {key_inter / key_union:.3f}'
          if key_union else 'no key sentences')
    conf = defaultdict(int)
    for p in all_pairs:
        conf[p] += 1
    print('confusion (first x second): ' + ', '.join(f'{i}/{j}:{conf[i, j]}' for i in (0, 1, 2) for j in (0, 1, 2) if (i, j) != (0, 0)))
    print('\nper question: id units kappa_q jacc>=1 jacc2 rel1 rel2 key1 key2')
    for r in per_q:
        print(f'{r[0]:10s} {r[1]:3d} {r[2]:6.2f} {r[3]:5.2f} {r[4]:5.2f} {r[5]:3d} {r[6]:3d} {r[7]:3d} {r[8]:3d}')
    print('\ndisagreements (first/second):')
    for d in sorted(dump, key=lambda d: (-abs(d['first'] - d['second']), d['id'])):
        if d['first'] != d['second']:
            print(f"{d['id']} {d['first']}/{d['second']} [{d['sentence_no']}] {d['sentence'][:110]}")
    if a.json:
        with open(a.json, 'w', encoding='utf-8') as o:
            json.dump(dump, o, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    if hasattr(signal, 'SIGPIPE'):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
