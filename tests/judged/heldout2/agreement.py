"""Agreement between two readers of a judged set (stdlib only).

    python3 tests/judged/heldout2/agreement.py \
        tests/judged/heldout2/questions.jsonl tests/judged/heldout2/second_reader.jsonl [--list]

Per question the unit is the UNION of the sentences either reader graded. A phrase of
reader A and a phrase of reader B denote the same sentence when they name the same file
and one phrase contains the other (either direction). Because two readers often quote
different stretches of the same sentence (one starts at a list label such as "Gym
anxiety: Begin with ...", the other after it), a second rule also matches two phrases
that fall inside the same sentence of the article as split by `split_sentences` below
(a stdlib approximation of liftqa's parser: one sentence per heading / list item /
lead-in line, prose split after . ! ? before a capital, no split after common
abbreviations or inside "Label: text" items). The report says how many pairs each rule
matched. A sentence graded by one reader only counts 0 for the other.

Figures:
  * Cohen's kappa with QUADRATIC weights on grades 0/1/2 over the union (the headline
    figure asked for); linear weights too (the figure GUIDELINES.md names);
  * the same two kappas over every (question, sentence) pair of the corpus (sentences
    nobody graded count 0/0), which is the guidelines' population and is much higher
    because of the many agreed zeros;
  * overlap (Jaccard) of the sentences graded >= 1, and of the sentences graded 2.
`--list` prints every disagreement (2 vs 0, 2 vs 1, 1 vs 0) with both phrases.
"""

import itertools
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "corpus"

ABBREV = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|vs|e\.g|i\.e|et al|U\.S|approx|No|St)\.)$")


def article_body(path):
    text = Path(path).read_text(encoding="utf-8")
    if text.startswith("---"):
        end = text.index("\n---", 3)
        text = text[end + 4 :]
    return text


def split_sentences(body):
    """Return a list of (start, end) character spans, one per sentence."""
    spans = []
    pos = 0
    for line in body.split("\n"):
        start_line = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        offset = start_line + line.index(stripped)
        # candidate cut points: after . ! ? (optionally followed by a closing quote or
        # glued citation digits) when whitespace and a capital / quote / digit follow
        cuts = [0]
        for m in re.finditer(r"[.!?][”\"’)]?\d*(?=\s+[A-Z“\"(\d])", stripped):
            head = stripped[: m.start() + 1]
            if ABBREV.search(head):
                continue
            cuts.append(m.end())
        cuts.append(len(stripped))
        for a, b in itertools.pairwise(cuts):
            seg = stripped[a:b]
            lead = len(seg) - len(seg.lstrip())
            seg = seg.strip()
            if seg:
                spans.append((offset + a + lead, offset + a + lead + len(seg)))
    return spans


class Corpus:
    def __init__(self, root=CORPUS):
        self.bodies = {}
        self.spans = {}
        for name in sorted(p.name for p in Path(root).iterdir()):
            if name.endswith(".txt"):
                body = article_body(Path(root) / name)
                self.bodies[name] = body
                self.spans[name] = split_sentences(body)

    def norm(self, s):
        return re.sub(r"\s+", " ", s).strip()

    def sentence_of(self, file, phrase):
        """Index of the sentence holding the phrase, or None if not found once."""
        body = self.bodies.get(file)
        if body is None:
            return None
        flat = re.sub(r"\s+", " ", body)
        ph = self.norm(phrase)
        i = flat.find(ph)
        if i < 0 or flat.find(ph, i + 1) >= 0:
            return None
        # map the flattened offset back to the original body
        j = k = 0
        orig = None
        while j < len(body):
            if k == i:
                orig = j
                break
            if body[j].isspace():
                while j < len(body) and body[j].isspace():
                    j += 1
                k += 1
            else:
                j += 1
                k += 1
        if orig is None:
            return None
        # the phrase ends inside the same sentence?
        for n, (a, b) in enumerate(self.spans[file]):
            if a <= orig < b:
                return n
        return None

    def n_sentences(self):
        return sum(len(v) for v in self.spans.values())


def load(path):
    rows = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line:
            r = json.loads(line)
            rows[r["id"]] = r
    return rows


def weighted_kappa(pairs, weight, k=3):
    """pairs: list of (a, b) grades in 0..k-1; weight(i, j) = disagreement weight."""
    n = len(pairs)
    if n == 0:
        return float("nan")
    obs = [[0] * k for _ in range(k)]
    for a, b in pairs:
        obs[a][b] += 1
    ra = [sum(obs[i]) for i in range(k)]
    rb = [sum(obs[i][j] for i in range(k)) for j in range(k)]
    do = sum(weight(i, j) * obs[i][j] for i in range(k) for j in range(k)) / n
    de = sum(weight(i, j) * ra[i] * rb[j] for i in range(k) for j in range(k)) / (n * n)
    return 1 - do / de if de else float("nan")


def quad(i, j):
    return (i - j) ** 2 / 4.0


def lin(i, j):
    return abs(i - j) / 2.0


def match_question(corpus, ga, gb):
    """Return units [(file, phrase_a, grade_a, phrase_b, grade_b, rule)]."""
    ga = [dict(g, sid=corpus.sentence_of(g["file"], g["phrase"])) for g in ga]
    gb = [dict(g, sid=corpus.sentence_of(g["file"], g["phrase"])) for g in gb]
    used_b = set()
    units = []
    for a in ga:
        hit = None
        for rule in ("contain", "sentence"):
            for j, b in enumerate(gb):
                if j in used_b or b["file"] != a["file"]:
                    continue
                pa, pb = corpus.norm(a["phrase"]), corpus.norm(b["phrase"])
                if (rule == "contain" and (pa in pb or pb in pa)) or (
                    rule == "sentence" and a["sid"] is not None and a["sid"] == b["sid"]
                ):
                    hit = (j, rule)
                if hit:
                    break
            if hit:
                break
        if hit:
            j, rule = hit
            used_b.add(j)
            b = gb[j]
            units.append(
                (a["file"], a["phrase"], a["grade"], b["phrase"], b["grade"], rule, a["sid"])
            )
        else:
            units.append((a["file"], a["phrase"], a["grade"], None, 0, None, a["sid"]))
    for j, b in enumerate(gb):
        if j not in used_b:
            units.append((b["file"], None, 0, b["phrase"], b["grade"], None, b["sid"]))
    return units


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__)
        return 2
    corpus = Corpus()
    first, second = load(args[0]), load(args[1])
    ids = [i for i in first if i in second]
    missing = sorted(set(first) ^ set(second))
    pairs, per_q, rules, unmapped = [], [], {"contain": 0, "sentence": 0}, 0
    dis = []
    for qid in ids:
        units = match_question(corpus, first[qid]["grades"], second[qid]["grades"])
        qp = [(u[2], u[4]) for u in units]
        pairs += qp
        for u in units:
            if u[5]:
                rules[u[5]] += 1
            if u[6] is None:
                unmapped += 1
            if u[2] != u[4]:
                dis.append((qid, *u))
        rel_a = sum(1 for a, b in qp if a >= 1)
        rel_b = sum(1 for a, b in qp if b >= 1)
        both = sum(1 for a, b in qp if a >= 1 and b >= 1)
        key_u = sum(1 for a, b in qp if a == 2 or b == 2)
        key_b = sum(1 for a, b in qp if a == 2 and b == 2)
        per_q.append((qid, len(qp), rel_a, rel_b, both, key_b, key_u, weighted_kappa(qp, quad)))
    n_corpus = corpus.n_sentences() * len(ids)
    zeros = [(0, 0)] * (n_corpus - len(pairs))
    rel_union = sum(1 for a, b in pairs if a >= 1 or b >= 1)
    rel_both = sum(1 for a, b in pairs if a >= 1 and b >= 1)
    key_union = sum(1 for a, b in pairs if a == 2 or b == 2)
    key_both = sum(1 for a, b in pairs if a == 2 and b == 2)
    exact = sum(1 for a, b in pairs if a == b)
    from collections import Counter

    kinds = Counter(tuple(sorted((a, b), reverse=True)) for a, b in pairs if a != b)
    print(
        f"questions compared: {len(ids)}" + (f" (only in one file: {missing})" if missing else "")
    )
    print(
        f"graded units (union over questions): {len(pairs)}; "
        f"reader A {sum(1 for a, b in pairs if a)} graded, "
        f"reader B {sum(1 for a, b in pairs if b)} graded"
    )
    print(
        f"matched by containment {rules['contain']}, by same sentence {rules['sentence']}; "
        f"phrases not placed in one sentence by the splitter: {unmapped}"
    )
    print(f"quadratic-weighted kappa over the union: {weighted_kappa(pairs, quad):.3f}")
    print(f"linear-weighted kappa over the union:    {weighted_kappa(pairs, lin):.3f}")
    print(
        f"over all {n_corpus} (question, sentence) pairs: "
        f"quadratic {weighted_kappa(pairs + zeros, quad):.3f}, "
        f"linear {weighted_kappa(pairs + zeros, lin):.3f}"
    )
    print(
        f"overlap of sentences graded >=1 (Jaccard): {rel_both}/{rel_union} = "
        f"{rel_both / rel_union:.3f}"
    )
    print(
        f"overlap of sentences graded 2 (Jaccard):   {key_both}/{key_union} = "
        f"{key_both / key_union:.3f}"
    )
    print(
        f"exact agreement on the union: {exact}/{len(pairs)}; disagreements: "
        + ", ".join(f"{a} vs {b}: {n}" for (a, b), n in sorted(kinds.items(), reverse=True))
    )
    print("\nper question: id units A>=1 B>=1 both>=1 key(both/either) qwk")
    for qid, n, ra, rb, both, kb, ku, k in per_q:
        print(f"  {qid} {n:3d} {ra:3d} {rb:3d} {both:3d}   {kb}/{ku}   {k:.2f}")
    if "--list" in argv:
        print("\ndisagreements (A = first reader, B = second reader):")
        order = {(2, 0): 0, (0, 2): 0, (2, 1): 1, (1, 2): 1, (1, 0): 2, (0, 1): 2}
        for d in sorted(dis, key=lambda d: (order[(d[3], d[5])], d[0])):
            qid, f, pa, ga, pb, gb, _rule, _sid = d
            print(f"  {qid} {f[:3]} A={ga} B={gb} | A: {pa!r} | B: {pb!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
