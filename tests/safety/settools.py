"""Shared validator and agreement figures for the labelled safety sets (stdlib only).

Every set's ``validate.py`` / ``agreement.py`` (and ``train/t?_agreement.py``) is a thin
wrapper that names its files, its id prefix and the options particular to it, then calls
one of the four entry points here:

``validate_messages`` (v2..v8 ``messages.jsonl``): every line a JSON object with exactly
the keys id, text, label, tier, also, lang, form, split, note; ids ``<prefix>NNNN``, unique
and numbered 0001, 0002, ... in file order; text, form and note non-empty strings; form one
word (``max_form_len``: at most so many characters); no two texts the same after case and
whitespace folding; a known label; a risk label (suicide, self_harm, eating_disorder,
third_party) with tier acute|elevated, any other with tier none; ``also`` a list of distinct
known labels, never ``none`` nor the main label; a known lang; split ``test``; a ``none``
note starting "Hard negative:" or "Ordinary question.", and those two openings on no other
label; ``max_keyword_share``: at most that share of suicide messages say
suicide/suicidal/kill myself.

``validate_conversations`` (conv*, tconv1 ``conversations.jsonl``): keys id, turns, lang,
form, note; ids ``<prefix>NN``, unique and numbered in file order; lang one of ``langs``,
or with ``lang_pairs`` two different known codes joined by "-"; form and note non-empty;
3-6 turns, each exactly text + expect (+ tier for crisis and helper), a known expect, tier
elevated|acute where due; non-empty turn texts, none repeated anywhere in the set; the
memory rule: after a crisis turn every later turn is crisis with a tier at least as high;
after a helper turn every later turn is helper with a tier at least as high, or crisis.
``--texts FILE`` also checks a texts-only file (id + turn texts) against the conversations.

Both print counts, then the problems found, and return 1 if there are any (0 otherwise).

``message_agreement`` / ``conversation_agreement``: the writer's file against a blind
second reader's: Cohen's kappa and observed agreement on label (expect), on risk vs not,
on tier where both say risk, and a few more cuts; a confusion table; every disagreement.
``--json`` prints the same figures as JSON. Exit 1 if the two files do not line up.

A new set adds ``validate.py`` (and ``agreement.py`` once it has a second reader), e.g.::

    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from settools import validate_messages

    if __name__ == "__main__":
        sys.exit(validate_messages(Path(__file__).with_name("messages.jsonl"), "v9-"))
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any

Row = dict[str, Any]

RISK_LABELS = ("suicide", "self_harm", "eating_disorder", "third_party")
LABELS = (*RISK_LABELS, "research", "history", "medication", "red_flag", "none")
SHORT = {
    "suicide": "sui",
    "self_harm": "sh",
    "eating_disorder": "ed",
    "third_party": "3p",
    "research": "res",
    "history": "hist",
    "medication": "med",
    "red_flag": "rf",
    "none": "none",
}
RISK_TIERS = ("acute", "elevated")
LANGS = ("en", "es", "fr", "de", "pt", "it")
MESSAGE_KEYS = frozenset({"id", "text", "label", "tier", "also", "lang", "form", "split", "note"})
NONE_NOTES = ("Hard negative:", "Ordinary question.")
KEYWORD_RE = re.compile(r"suicid|kill(ing)? myself", re.IGNORECASE)

EXPECTS = (
    "crisis",
    "helper",
    "answer",
    "answer_with_resource",
    "caution",
    "red_flag",
    "medication",
)
TIERED = ("crisis", "helper")
TIER_RANK = {"elevated": 1, "acute": 2}
CONVERSATION_KEYS = frozenset({"id", "turns", "lang", "form", "note"})


# ---------------------------------------------------------------- shared helpers


def fold(text: str) -> str:
    """A text as compared for duplicates: case and runs of whitespace folded."""
    return " ".join(text.casefold().split())


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def read_rows(path: Path, errors: list[str]) -> list[tuple[int, Row]]:
    """(line number, object) for every line; blank, non-JSON and non-object lines are errors."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON ({exc})")
            continue
        if not isinstance(obj, dict):
            errors.append(f"line {n}: not a JSON object")
            continue
        rows.append((n, obj))
    return rows


def check_ids(rows: Sequence[tuple[str, Any]], prefix: str, digits: int) -> list[str]:
    """Ids well formed (prefix + digits), unique, and numbered 1, 2, ... in file order."""
    errors = []
    pattern = re.compile(re.escape(prefix) + r"\d{" + str(digits) + "}")
    seen: set[Any] = set()
    for where, rid in rows:
        if not isinstance(rid, str) or not pattern.fullmatch(rid):
            errors.append(f"{where}: malformed id {rid!r} (want {prefix}{'N' * digits})")
        elif rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid if isinstance(rid, str) else repr(rid))
    if not errors:
        want = [f"{prefix}{i:0{digits}d}" for i in range(1, len(rows) + 1)]
        got = [rid for _, rid in rows]
        if got != want:
            first = next(i for i, (a, b) in enumerate(zip(got, want, strict=True)) if a != b)
            errors.append(
                f"ids are not {want[0]}..{want[-1]} in file order "
                f"(position {first + 1}: {got[first]!r}, expected {want[first]})"
            )
    return errors


def report(errors: list[str]) -> int:
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


def args_and_flags(argv: Sequence[str] | None) -> tuple[list[str], list[str]]:
    args = list(sys.argv[1:] if argv is None else argv)
    return [a for a in args if not a.startswith("--")], [a for a in args if a.startswith("--")]


# ---------------------------------------------------------------- message sets


def check_message(
    where: str, r: Row, langs: Sequence[str], max_form_len: int | None, split: str = "test"
) -> list[str]:
    """The per-message checks (everything but ids and duplicate texts); `split`: "test" for a
    measuring set, "tune" for one the rules are written from."""
    errors = []
    if set(r) != MESSAGE_KEYS:
        errors.append(f"{where}: keys {sorted(set(r) ^ MESSAGE_KEYS)} missing or extra")
    for key in ("text", "form", "note"):
        if not isinstance(r.get(key), str) or not r[key].strip():
            errors.append(f"{where}: empty or non-string {key}")
    form = r.get("form")
    if isinstance(form, str) and form.strip() and len(form.split()) != 1:
        errors.append(f"{where}: form must be one word, got {form!r}")
    if isinstance(form, str) and max_form_len is not None and len(form) > max_form_len:
        errors.append(f"{where}: form longer than {max_form_len} characters: {form!r}")
    label, tier = r.get("label"), r.get("tier")
    if label not in LABELS:
        errors.append(f"{where}: bad label {label!r}")
        if tier not in (*RISK_TIERS, "none"):
            errors.append(f"{where}: bad tier {tier!r}")
    elif label in RISK_LABELS and tier not in RISK_TIERS:
        errors.append(f"{where}: risk label {label} needs tier acute|elevated, got {tier!r}")
    elif label not in RISK_LABELS and tier != "none":
        errors.append(f"{where}: non-risk label {label} needs tier 'none', got {tier!r}")
    also = r.get("also")
    if not isinstance(also, list):
        errors.append(f"{where}: also must be a list, got {also!r}")
    else:
        for a in also:
            if a not in LABELS or a == "none":
                errors.append(f"{where}: bad also value {a!r}")
            elif a == label:
                errors.append(f"{where}: also repeats the main label {a}")
        if len({json.dumps(a) for a in also}) != len(also):
            errors.append(f"{where}: repeated value in also {also!r}")
    if r.get("lang") not in langs:
        errors.append(f"{where}: bad lang {r.get('lang')!r}")
    if r.get("split") != split:
        errors.append(f"{where}: split must be {split!r}, got {r.get('split')!r}")
    note = r.get("note")
    if isinstance(note, str) and note.strip():
        if label == "none" and not note.startswith(NONE_NOTES):
            errors.append(
                f"{where}: a none note must start 'Hard negative:' or 'Ordinary question.'"
            )
        if label != "none" and note.startswith(NONE_NOTES):
            errors.append(f"{where}: a 'Hard negative:'/'Ordinary question.' note on label {label}")
    return errors


def validate_messages(
    default: Path,
    prefix: str,
    *,
    digits: int = 4,
    max_keyword_share: float | None = None,
    max_form_len: int | None = None,
    langs: Sequence[str] = LANGS,
    argv: Sequence[str] | None = None,
    split: str = "test",
) -> int:
    """Check a message set (usage: validate.py [messages.jsonl]); print counts; 1 on failure."""
    args, _ = args_and_flags(argv)
    path = Path(args[0]) if args else default
    errors: list[str] = []
    rows = read_rows(path, errors)
    errors += check_ids([(f"line {n}", r.get("id")) for n, r in rows], prefix, digits)
    first_of: dict[str, Any] = {}
    for n, r in rows:
        where = f"line {n} ({r.get('id')})"
        errors += check_message(where, r, langs, max_form_len, split)
        text = r.get("text")
        if isinstance(text, str) and text.strip():
            key = fold(text)
            if key in first_of:
                errors.append(f"{where}: duplicate text of {first_of[key]}")
            first_of.setdefault(key, r.get("id"))

    recs = [r for _, r in rows]
    total = len(recs)
    print(f"{path.name}: {total} messages")
    lt = Counter((r.get("label"), r.get("tier")) for r in recs)
    print("\nper label: total  acute  elevated  none")
    for label in sorted({*LABELS, *(str(r.get("label")) for r in recs)}):
        cells = [lt[(label, t)] for t in (*RISK_TIERS, "none")]
        print(
            f"  {label:16} {sum(c for (a, _), c in lt.items() if a == label):5d}"
            + "".join(f"{c:7d}" for c in cells)
        )
    tiers = Counter(str(r.get("tier")) for r in recs)
    print("per tier: " + ", ".join(f"{t} {c}" for t, c in sorted(tiers.items())))
    risk = [r for r in recs if r.get("label") in RISK_LABELS]
    acute = sum(r.get("tier") == "acute" for r in risk)
    print(f"risk: {len(risk)}, acute {acute} ({pct(acute, len(risk))})")
    none = [r for r in recs if r.get("label") == "none"]
    hard = sum(str(r.get("note", "")).startswith("Hard negative:") for r in none)
    ordinary = sum(str(r.get("note", "")).startswith("Ordinary question.") for r in none)
    print(f"none: {len(none)} (hard negatives {hard}, ordinary {ordinary})")
    langs_n = Counter(str(r.get("lang")) for r in recs)
    print("\nper lang:")
    for lang, c in sorted(langs_n.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {lang:4} {c:4d} ({pct(c, total)})")
    non_en = total - langs_n.get("en", 0)
    print(f"  non-English {non_en} ({pct(non_en, total)})")
    forms = Counter(str(r.get("form")) for r in recs)
    print(
        "per form: "
        + ", ".join(f"{f}={c}" for f, c in sorted(forms.items(), key=lambda x: (-x[1], x[0])))
    )
    also_lists = [r["also"] for r in recs if isinstance(r.get("also"), list)]
    per_also = Counter(str(a) for also in also_lists for a in also)
    print(
        f"with also: {sum(bool(a) for a in also_lists)} messages; per also label: "
        + ", ".join(f"{a}={c}" for a, c in sorted(per_also.items()))
    )
    sui = [r for r in recs if r.get("label") == "suicide"]
    kw = sum(bool(KEYWORD_RE.search(str(r.get("text", "")))) for r in sui)
    print(f"suicide messages saying suicide/suicidal/kill myself: {kw}/{len(sui)}")
    if max_keyword_share is not None and sui and kw > max_keyword_share * len(sui):
        errors.append(
            f"too many keyword suicide messages: {kw}/{len(sui)} (max {max_keyword_share:.0%})"
        )
    return report(errors)


# ---------------------------------------------------------------- conversation sets


def lang_ok(lang: object, langs: Sequence[str], lang_pairs: bool) -> bool:
    if lang in langs:
        return True
    if not lang_pairs or not isinstance(lang, str):
        return False
    parts = lang.split("-")
    return len(parts) == 2 and parts[0] != parts[1] and all(p in LANGS for p in parts)


def check_turns(cid: str, turns: list[Any]) -> list[str]:
    """Keys, expect and tier of each turn, and the memory rule across the turns."""
    errors = []
    crisis = 0  # highest crisis tier so far (0 = no crisis turn yet)
    helper = 0  # highest helper tier so far
    for i, t in enumerate(turns, 1):
        where = f"{cid} turn {i}"
        if not isinstance(t, dict):
            errors.append(f"{where}: not an object")
            continue
        exp, tier = t.get("expect"), t.get("tier")
        if exp not in EXPECTS:
            errors.append(f"{where}: unknown expect {exp!r}")
            continue
        want = {"text", "expect"} | ({"tier"} if exp in TIERED else set())
        if set(t) != want:
            errors.append(f"{where}: keys {sorted(t)} != {sorted(want)}")
        if not isinstance(t.get("text"), str) or not t["text"].strip():
            errors.append(f"{where}: empty text")
        if exp in TIERED and tier not in TIER_RANK:
            errors.append(f"{where}: {exp} needs tier elevated|acute, got {tier!r}")
            continue
        rank = TIER_RANK.get(str(tier), 0) if exp in TIERED else 0
        if crisis:
            if exp != "crisis":
                errors.append(
                    f"{where}: memory rule: after a crisis turn expect must stay crisis, got {exp}"
                )
            elif rank < crisis:
                errors.append(
                    f"{where}: memory rule: crisis tier {tier} below an earlier crisis turn"
                )
        elif helper:
            if exp not in TIERED:
                errors.append(
                    f"{where}: memory rule: after a helper turn expect must be helper or crisis,"
                    f" got {exp}"
                )
            elif exp == "helper" and rank < helper:
                errors.append(
                    f"{where}: memory rule: helper tier {tier} below an earlier helper turn"
                )
        if exp == "crisis":
            crisis = max(crisis, rank)
        elif exp == "helper":
            helper = max(helper, rank)
    return errors


def validate_conversations(
    default: Path,
    prefix: str,
    *,
    digits: int = 2,
    langs: Sequence[str] = LANGS,
    lang_pairs: bool = False,
    argv: Sequence[str] | None = None,
) -> int:
    """Check a conversation set (usage: validate.py [conversations.jsonl] [--texts FILE])."""
    raw = list(sys.argv[1:] if argv is None else argv)
    texts_path = None
    if "--texts" in raw:
        i = raw.index("--texts")
        if i + 1 >= len(raw):
            print("--texts needs a file")
            return 2
        texts_path = Path(raw[i + 1])
        del raw[i : i + 2]
    args, _ = args_and_flags(raw)
    path = Path(args[0]) if args else default
    errors: list[str] = []
    rows = read_rows(path, errors)
    errors += check_ids([(f"line {n}", c.get("id")) for n, c in rows], prefix, digits)
    first_of: dict[str, str] = {}
    per_expect: Counter[str] = Counter()
    per_tier: Counter[str] = Counter()
    per_lang: Counter[str] = Counter()
    per_form: Counter[str] = Counter()
    nturns = 0
    for n, c in rows:
        cid = str(c.get("id") or f"line {n}")
        if set(c) != CONVERSATION_KEYS:
            errors.append(f"{cid}: keys {sorted(c)} != {sorted(CONVERSATION_KEYS)}")
        if not lang_ok(c.get("lang"), langs, lang_pairs):
            errors.append(f"{cid}: bad lang {c.get('lang')!r}")
        for key in ("form", "note"):
            if not isinstance(c.get(key), str) or not c[key].strip():
                errors.append(f"{cid}: empty {key}")
        per_lang[str(c.get("lang"))] += 1
        per_form[str(c.get("form"))] += 1
        turns = c.get("turns")
        if not isinstance(turns, list) or not 3 <= len(turns) <= 6:
            errors.append(f"{cid}: turns must be a list of 3-6")
            continue
        errors += check_turns(cid, turns)
        for i, t in enumerate(turns, 1):
            if not isinstance(t, dict):
                continue
            nturns += 1
            exp = str(t.get("expect"))
            per_expect[exp] += 1
            if exp in TIERED:
                per_tier[f"{exp}/{t.get('tier')}"] += 1
            text = t.get("text")
            if isinstance(text, str) and text.strip():
                key = fold(text)
                if key in first_of:
                    errors.append(f"{cid} turn {i}: duplicate text (also {first_of[key]})")
                first_of.setdefault(key, f"{cid} turn {i}")

    if texts_path is not None:
        mine = [
            {
                "id": c.get("id"),
                "turns": [t.get("text") for t in c.get("turns") or [] if isinstance(t, dict)],
            }
            for _, c in rows
        ]
        theirs = [
            json.loads(x) for x in texts_path.read_text(encoding="utf-8").splitlines() if x.strip()
        ]
        if theirs != mine:
            errors.append(f"{texts_path}: does not match the conversations' ids/texts")
        else:
            print(f"texts file {texts_path}: matches ({len(theirs)} conversations)")

    print(f"{path.name}: {len(rows)} conversations, {nturns} turns")
    print("turns per expect:")
    for k in EXPECTS:
        print(f"  {k:22} {per_expect[k]}")
    print("turns per expect/tier:")
    for exp in TIERED:
        for tier in RISK_TIERS:
            print(f"  {exp + '/' + tier:22} {per_tier[f'{exp}/{tier}']}")
    print("conversations per lang: " + ", ".join(f"{k}={v}" for k, v in sorted(per_lang.items())))
    non_en = len(rows) - per_lang.get("en", 0)
    print(f"non-English or code-switched: {non_en}/{len(rows)}")
    print("conversations per form: " + ", ".join(f"{k}={v}" for k, v in sorted(per_form.items())))
    return report(errors)


# ---------------------------------------------------------------- agreement


def kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa for (first reader, second reader) pairs; None when there are none."""
    n = len(pairs)
    if n == 0:
        return None
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def figure(pairs: Sequence[tuple[Hashable, Hashable]]) -> dict[str, Any]:
    agree = sum(a == b for a, b in pairs)
    return {
        "n": len(pairs),
        "agree": agree,
        "observed": agree / len(pairs) if pairs else None,
        "kappa": kappa(pairs),
    }


def f3(x: float | None) -> str:
    return "undefined" if x is None else f"{x:.3f}"


def print_figures(res: dict[str, Any], names: Sequence[tuple[str, str]]) -> None:
    for key, name in names:
        f = res[key]
        share = f"{100 * f['agree'] / f['n']:.1f}%" if f["n"] else "-"
        print(
            f"{name:30} agree {f['agree']:4d}/{f['n']:<4d} ({share:>6})  "
            f"observed {f3(f['observed'])}  kappa {f3(f['kappa'])}"
        )


def confusion(
    pairs: Sequence[tuple[str, str]], order: Sequence[str], short: Callable[[str], str]
) -> None:
    """Rows = writer, columns = second reader; row and column sums."""
    conf = Counter(pairs)
    used = list(order) + sorted({x for p in conf for x in p} - set(order))
    w = max(6, *(len(short(x)) + 1 for x in used))
    print("\nconfusion (rows = writer, columns = second reader)")
    print(" " * w + "".join(f"{short(x):>{w}}" for x in used) + f"{'sum':>{w}}")
    for a in used:
        row = [conf[(a, b)] for b in used]
        print(f"{short(a):<{w}}" + "".join(f"{c:{w}d}" for c in row) + f"{sum(row):{w}d}")
    print(
        f"{'sum':<{w}}"
        + "".join(f"{sum(conf[(a, b)] for a in used):{w}d}" for b in used)
        + f"{len(pairs):{w}d}"
    )


def load_by_id(path: Path) -> dict[str, Row]:
    out: dict[str, Row] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["id"]] = row
    return out


def message_agreement(
    writer_default: Path, reader_default: Path, argv: Sequence[str] | None = None
) -> int:
    """Writer vs blind second reader on a message set (usage: [writer] [reader] [--json])."""
    args, flags = args_and_flags(argv)
    w = load_by_id(Path(args[0]) if args else writer_default)
    s = load_by_id(Path(args[1]) if len(args) > 1 else reader_default)
    if set(w) != set(s):
        print(
            f"id sets differ: only writer {sorted(set(w) - set(s))},"
            f" only reader {sorted(set(s) - set(w))}"
        )
        return 1
    ids = sorted(w)
    lab = [(w[i]["label"], s[i]["label"]) for i in ids]
    both = [i for i in ids if w[i]["label"] in RISK_LABELS and s[i]["label"] in RISK_LABELS]
    same = [i for i in both if w[i]["label"] == s[i]["label"]]
    flag = {*RISK_LABELS, "red_flag"}
    res: dict[str, Any] = {
        "n": len(ids),
        "label": figure(lab),
        "risk_vs_not": figure([(a in RISK_LABELS, b in RISK_LABELS) for a, b in lab]),
        "tier_both_risk": figure([(w[i]["tier"], s[i]["tier"]) for i in both]),
        "tier_both_same_label": figure([(w[i]["tier"], s[i]["tier"]) for i in same]),
        "acute_vs_not": figure([(w[i]["tier"] == "acute", s[i]["tier"] == "acute") for i in ids]),
        "risk_or_red_flag_vs_not": figure([(a in flag, b in flag) for a, b in lab]),
        "tier_all_items": figure([(w[i]["tier"], s[i]["tier"]) for i in ids]),
        "label_tier": figure(
            [((w[i]["label"], w[i]["tier"]), (s[i]["label"], s[i]["tier"])) for i in ids]
        ),
    }
    dis = []
    for i in ids:
        a, b = w[i], s[i]
        kinds = [k for k in ("label", "tier") if a[k] != b[k]]
        if kinds:
            kind = (
                "risk" if (a["label"] in RISK_LABELS) != (b["label"] in RISK_LABELS) else kinds[0]
            )
            dis.append(
                {
                    "id": i,
                    "kinds": kinds,
                    "kind": kind,
                    "writer": [a["label"], a["tier"], a.get("also", [])],
                    "reader": [b["label"], b["tier"], b.get("also", [])],
                    "text": a.get("text", ""),
                }
            )
    res["label_disagreements"] = [i for i in ids if w[i]["label"] != s[i]["label"]]
    res["tier_disagreements_same_label"] = [i for i in same if w[i]["tier"] != s[i]["tier"]]
    res["disagreements"] = dis
    also = [i for i in ids if sorted(w[i].get("also", [])) != sorted(s[i].get("also", []))]
    res["also_differs"] = also
    res["also_differs_same_label"] = [i for i in also if w[i]["label"] == s[i]["label"]]
    res["also_only_differs"] = [
        i for i in res["also_differs_same_label"] if w[i]["tier"] == s[i]["tier"]
    ]
    res["counts"] = {k: len(v) for k, v in res.items() if isinstance(v, list)}
    if "--json" in flags:
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return 0
    print(f"n = {len(ids)}")
    print_figures(
        res,
        [
            ("label", "label"),
            ("risk_vs_not", "risk vs not"),
            ("tier_both_risk", "tier (both risk)"),
            ("tier_both_same_label", "tier (both same risk label)"),
            ("acute_vs_not", "acute vs not"),
            ("risk_or_red_flag_vs_not", "risk or red_flag vs not"),
            ("tier_all_items", "tier (all items)"),
            ("label_tier", "label+tier"),
        ],
    )
    confusion(lab, LABELS, lambda x: SHORT.get(x, x))
    tc = Counter((w[i]["tier"], s[i]["tier"]) for i in both)
    print(
        "\ntier on items both call risk (rows = writer): "
        + ", ".join(f"{a}->{b} {tc[(a, b)]}" for a in RISK_TIERS for b in RISK_TIERS)
    )
    print(
        f"\nlabel disagreements {len(res['label_disagreements'])}, "
        f"tier disagreements with the same label {len(res['tier_disagreements_same_label'])}"
    )
    print(f"disagreements (label or tier): {len(dis)}")
    for d in dis:
        (wl, wt, wa), (rl, rt, ra) = d["writer"], d["reader"]
        print(
            f"  {d['id']}  {'+'.join(d['kinds']):10} [{d['kind']}]  writer {wl}/{wt} {wa}  "
            f"reader {rl}/{rt} {ra}  | {d['text'][:90]}"
        )
    print(
        f"\nalso differs on {len(also)} items ({len(res['also_differs_same_label'])} with the same "
        f"label, {len(res['also_only_differs'])} with the same label and tier); not counted as "
        "disagreements above"
    )
    for i in also:
        print(
            f"  {i}  writer {w[i]['label']} {w[i].get('also', [])}"
            f"  reader {s[i]['label']} {s[i].get('also', [])}"
        )
    return 0


def turn_label(t: Row) -> str:
    return f"{t['expect']}/{t['tier']}" if t.get("tier") else str(t["expect"])


def conversation_agreement(
    writer_default: Path, reader_default: Path, argv: Sequence[str] | None = None
) -> int:
    """Writer vs blind second reader, turn by turn (usage: [writer] [reader] [--json])."""
    args, flags = args_and_flags(argv)
    w = load_by_id(Path(args[0]) if args else writer_default)
    s = load_by_id(Path(args[1]) if len(args) > 1 else reader_default)
    if set(w) != set(s):
        print(f"id sets differ: {sorted(set(w) ^ set(s))}")
        return 1
    items: list[tuple[str, int, Row, Row]] = []
    for cid in sorted(w):
        wt, st = w[cid]["turns"], s[cid]["turns"]
        if len(wt) != len(st):
            print(f"{cid}: turn counts differ ({len(wt)} writer, {len(st)} reader)")
            return 1
        items += [(cid, i, a, b) for i, (a, b) in enumerate(zip(wt, st, strict=True), 1)]
    exp = [(a["expect"], b["expect"]) for *_, a, b in items]
    both = [(a, b) for *_, a, b in items if a["expect"] in TIERED and b["expect"] in TIERED]
    res: dict[str, Any] = {
        "conversations": len(w),
        "turns": len(items),
        "expect": figure(exp),
        "risk_vs_not": figure([(a in TIERED, b in TIERED) for a, b in exp]),
        "tier_both_risk": figure([(a.get("tier"), b.get("tier")) for a, b in both]),
        "expect_tier_both_risk": figure([(turn_label(a), turn_label(b)) for a, b in both]),
        "expect_tier": figure([(turn_label(a), turn_label(b)) for *_, a, b in items]),
        "disagreements": [
            {
                "id": cid,
                "turn": i,
                "writer": turn_label(a),
                "reader": turn_label(b),
                "text": a.get("text", ""),
                "reader_note": b.get("note", ""),
            }
            for cid, i, a, b in items
            if turn_label(a) != turn_label(b)
        ],
    }
    res["counts"] = {"disagreements": len(res["disagreements"])}
    if "--json" in flags:
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return 0
    print(f"turns: {len(items)} in {len(w)} conversations")
    print_figures(
        res,
        [
            ("expect", "expect"),
            ("risk_vs_not", "risk (crisis/helper) vs not"),
            ("tier_both_risk", "tier (both risk)"),
            ("expect_tier_both_risk", "expect/tier (both risk)"),
            ("expect_tier", "expect+tier (all turns)"),
        ],
    )
    confusion(exp, EXPECTS, lambda x: x.replace("answer_with_resource", "ans_w_res"))
    print(f"\ndisagreements (expect or tier): {len(res['disagreements'])}")
    for d in res["disagreements"]:
        note = f" (reader: {d['reader_note']})" if d["reader_note"] else ""
        print(
            f"  {d['id']}#{d['turn']}: writer {d['writer']:22} reader {d['reader']}{note}"
            f"  | {d['text'][:90]}"
        )
    return 0
