"""`liftqa` command line: `ask`, `ingest`. Errors become a message and an exit code, never a
traceback (set LIFTQA_DEBUG=1 to see one). Heavy libraries load only when a command needs
them, so `--help` and bad input answer at once."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liftqa.config import Settings, set_offline_env
from liftqa.errors import ConfigError, LiftQAError
from liftqa.text import printable

if TYPE_CHECKING:
    from liftqa.app.service import Service


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="liftqa",
        description="Evidence-grounded answers about strength training and mental health, "
        "quoted verbatim from the articles in corpus/.",
    )
    parser.add_argument("--corpus", type=Path, help="article folder (default: corpus/)")
    parser.add_argument("--index", type=Path, help="index folder (default: .liftqa/)")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer a question from the articles")
    ask.add_argument("question", help="the question, in quotes")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    ask.add_argument(
        "--markdown", action="store_true", help="print the answer as a Markdown document"
    )
    ingest = sub.add_parser("ingest", help="(re)build the index from the corpus folder")
    ingest.add_argument("--rebuild", action="store_true", help="drop the index and rebuild it")
    ev = sub.add_parser(
        "eval",
        help="score answers on a question set (dev.jsonl, judged, safety or conversation format)",
    )
    ev.add_argument(
        "file",
        type=Path,
        help="JSONL: {id, kind, q, expect_any}; judged sets {id, persona, type, q, grades}; "
        "safety sets {id, label, tier, text}; "
        "conversation sets {id, turns: [{text, expect, tier}]}",
    )
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    for flag, help_text in [
        ("--min-hit", "expected-phrase hit rate"),
        ("--min-verbatim", "share of answers whose quotes are all verbatim"),
        ("--min-disclaimer", "share of answers with the disclaimer"),
        ("--min-crisis-recall", "share of crisis questions answered as crisis"),
        ("--min-abstention", "abstention accuracy"),
        ("--min-citation", "citation precision (statement → its quote → retrieved)"),
    ]:
        ev.add_argument(flag, type=float, help=f"fail (exit 1) below this {help_text}")
    ev.add_argument("--max-false-alarms", type=int, help="fail above this many crisis alarms")
    for flag, help_text in [
        ("--min-p1", "share of answers whose quote [1] is relevant"),
        ("--min-p1-key", "share of answers whose quote [1] is key evidence"),
        ("--min-key", "share of answers quoting some key evidence"),
        ("--min-prec", "mean share of an answer's quotes that are relevant"),
        ("--min-ndcg5", "mean nDCG over quotes [1]-[5]"),
    ]:
        ev.add_argument(flag, type=float, help=f"judged sets: fail below this {help_text}")
    ev.add_argument(
        "--gate-personas",
        action="store_true",
        help="judged sets: apply the judged gates to each persona as well as overall",
    )
    ev.add_argument(
        "--split", help="safety sets: only messages of this split (calib, test); default all"
    )
    for flag, help_text in [
        ("--min-risk-recall", "share of risk messages given the crisis route"),
        ("--min-acute-recall", "share of acute messages given the crisis route"),
        ("--max-false-alarm-rate", "share of non-risk messages given the crisis route (max)"),
    ]:
        ev.add_argument(flag, type=float, help=f"safety sets: fail below/above this {help_text}")
    refs = sub.add_parser(
        "refs",
        help="search the studies the articles cite (author, year, title words, topic, DOI)",
    )
    refs.add_argument("query", nargs="*", help="what to look for (nothing: every work)")
    refs.add_argument("--json", action="store_true", help="print the works as JSON")
    refs.add_argument("--contexts", action="store_true", help="show the citing sentences")
    refs.add_argument("--limit", type=int, default=20, help="most works to show (default 20)")
    refs.add_argument(
        "--export",
        choices=["bibtex", "ris", "csl-json"],
        help="write the works found in a reference-manager format",
    )
    refs.add_argument("--out", type=Path, help="file to write the export to (default: stdout)")
    refs.add_argument(
        "--map",
        type=Path,
        metavar="OUT.svg|OUT.html",
        help="draw the citation map (articles and the works they cite) to an SVG or HTML file",
    )
    fb = sub.add_parser(
        "feedback", help="list the feedback given on quotes in the chat (stored locally)"
    )
    fb.add_argument("action", nargs="?", choices=["list", "export"], default="list")
    fb.add_argument(
        "--judged", action="store_true", help="export as judged evaluation lines (JSONL)"
    )
    fb.add_argument("--out", type=Path, help="file to write the export to (default: stdout)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    set_offline_env()
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env(corpus_dir=args.corpus, index_dir=args.index)
        if args.command == "ask":
            return _ask(settings, args.question, as_json=args.json, as_markdown=args.markdown)
        if args.command == "refs":
            return _refs(settings, args)
        if args.command == "eval":
            return _eval(settings, args)
        if args.command == "feedback":
            return _feedback(settings, args)
        return _ingest(settings, rebuild=args.rebuild)
    except LiftQAError as err:
        _print_error(err)
        return err.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `liftqa ask … | head`: the reader left, nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        if os.environ.get("LIFTQA_DEBUG"):
            raise
        print(
            f"error: unexpected failure: {exc.__class__.__name__}: {printable(str(exc))}",
            file=sys.stderr,
        )
        print("hint: run again with LIFTQA_DEBUG=1 and report the traceback", file=sys.stderr)
        return 1


def _print_error(err: LiftQAError) -> None:
    from liftqa.answer.safety import DISCLAIMER

    print(f"error: {printable(err.message)}", file=sys.stderr)
    if err.hint:
        print(f"hint: {printable(err.hint)}", file=sys.stderr)
    print(f"\n{DISCLAIMER}", file=sys.stderr)


def make_service(settings: Settings) -> Service:
    """The service, with a progress bar on stderr for ingests."""
    from liftqa.app.service import build_service, serve_questions_here

    serve_questions_here()  # the CLI's process is its own
    return build_service(settings, progress=_progress_bar)


def _progress_bar(total: int) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc="embedding", unit="unit", file=sys.stderr, leave=False)


def _ask(settings: Settings, question: str, *, as_json: bool, as_markdown: bool = False) -> int:
    from liftqa.answer.question import validate_question

    if not _is_crisis(question):  # bad input answers before any model loads; risk never waits
        validate_question(question, settings.answer.max_question_chars)
    service = make_service(settings)
    report = service.ensure_index() if not _is_crisis(question) else None
    if report is not None:
        print(report.summary(), file=sys.stderr)
    if service.last_update_error is not None:
        err = service.last_update_error
        print(
            f"warning: the index could not be updated ({printable(str(err))}); "
            "answering from the index as it is",
            file=sys.stderr,
        )
    answer = service.ask(question)
    if as_json:
        json.dump(answer.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif as_markdown:
        from liftqa.answer.render import export_markdown

        _out(export_markdown(answer), end="")
    else:
        from liftqa.answer.render import terminal

        _out(terminal(answer), end="")
    return 0


def _out(text: str, end: str = "\n") -> None:
    """Text for the terminal: names, titles and quotes come from files, so their control
    characters (ANSI escapes, carriage returns, bidi overrides) are shown, not obeyed."""
    sys.stdout.write(printable(text, keep="\n") + end)


def _is_crisis(question: str) -> bool:
    from liftqa.answer.safety import check

    return check(question).blocks_retrieval


def _ingest(settings: Settings, *, rebuild: bool) -> int:
    report = make_service(settings).ingest(rebuild=rebuild)
    _out(report.summary())
    return 1 if report.errors and not report.articles else 0


GATES = {
    "min_hit": ("hit_rate", ">="),
    "min_verbatim": ("verbatim_rate", ">="),
    "min_disclaimer": ("disclaimer_rate", ">="),
    "min_crisis_recall": ("crisis_recall", ">="),
    "min_abstention": ("abstention_accuracy", ">="),
    "min_citation": ("citation_precision", ">="),
    "max_false_alarms": ("crisis_false_alarms", "<="),
}


SAFETY_GATES = {
    "min_risk_recall": ("risk_recall", ">="),
    "min_acute_recall": ("acute_recall", ">="),
    "max_false_alarm_rate": ("false_alarm_rate", "<="),
}


def _read_rows(path: Path) -> list[Any]:
    """The rows of a JSONL set, or ConfigError saying why it cannot be read."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc


def _eval_safety(settings: Settings, args: argparse.Namespace) -> int:
    from liftqa.app.evaluate import safety_figures

    items = _read_rows(args.file)
    if args.split:
        items = [i for i in items if i.get("split") == args.split]
    if not items:
        raise ConfigError(
            f"{args.file} holds no messages" + (f" in split {args.split}" if args.split else "")
        )
    asker = make_service(settings).asker
    figures = safety_figures(items, lambda text: asker.safety_check(text, []))
    return _report(args, figures, _missed_gates(args, SAFETY_GATES, figures), _print_safety)


def _eval_conversations(settings: Settings, args: argparse.Namespace) -> int:
    from liftqa.app.evaluate import conversation_figures

    convs = _read_rows(args.file)
    if not convs:
        raise ConfigError(f"{args.file} holds no conversations")
    asker = make_service(settings).asker
    figures = conversation_figures(convs, asker.safety_check)
    return _report(args, figures, _missed_gates(args, SAFETY_GATES, figures), _print_safety)


def _print_safety(figures: dict[str, Any]) -> None:
    lists = ("missed", "wrong_route")
    for key, value in figures.items():
        if key not in lists:
            print(f"{key:<32} {value}")
    for key in lists:
        if key in figures:
            print(f"{key:<32} {len(figures[key])}: {' '.join(figures[key])}")


def _report(
    args: argparse.Namespace,
    figures: dict[str, Any],
    missed: list[str],
    printer: Callable[[dict[str, Any]], None],
) -> int:
    """Figures as JSON or a table, the gates missed on stderr; exit 1 when one is missed."""
    if args.json:
        json.dump({**figures, "gates_missed": missed}, sys.stdout, indent=2)
        print()
    else:
        printer(figures)
    for line in missed:
        print(f"gate missed: {line}", file=sys.stderr)
    return 1 if missed else 0


JUDGED_GATES = {
    "min_p1": ("p1", ">="),
    "min_p1_key": ("p1_key", ">="),
    "min_key": ("key", ">="),
    "min_prec": ("prec", ">="),
    "min_ndcg5": ("ndcg5", ">="),
}


def _missed_gates(
    args: argparse.Namespace,
    gates: dict[str, tuple[str, str]],
    figures: dict[str, Any],
    label: str = "",
) -> list[str]:
    missed = []
    for option, (figure, op) in gates.items():
        gate, value = getattr(args, option), figures.get(figure)
        if gate is None or value is None:
            continue
        if (op == ">=" and value < gate) or (op == "<=" and value > gate):
            shown = round(value, 3) if isinstance(value, float) else value
            missed.append(f"{label}{figure} = {shown} (gate {op} {gate})")
    return missed


def _only_options(args: argparse.Namespace, kind: str, allowed: set[str]) -> None:
    """A gate that does not apply to this kind of set is an error, not a silent pass."""
    every = {*GATES, *SAFETY_GATES, *JUDGED_GATES, "split", "gate_personas"}
    given = sorted(o for o in every - allowed if getattr(args, o, None) not in (None, False))
    if given:
        flags = ", ".join("--" + o.replace("_", "-") for o in given)
        usable = ", ".join(sorted("--" + o.replace("_", "-") for o in allowed))
        raise ConfigError(
            f"{flags} do{'es' if len(given) == 1 else ''} not apply to {kind} ({args.file})",
            hint=f"options for {kind}: {usable}",
        )


def _eval_judged(settings: Settings, args: argparse.Namespace) -> int:
    from liftqa.app.judged import evaluate_judged, load_judged

    items = load_judged(args.file)
    if not items:
        raise ConfigError(f"{args.file} holds no questions")
    service = make_service(settings)
    library = service.library()
    service.ask("warm-up: strength training and mood")  # latency is measured warm
    report = evaluate_judged(items, service.ask, lambda a: library.articles[a].body)
    figures = report.figures()
    missed = _missed_gates(args, {**JUDGED_GATES, "min_verbatim": GATES["min_verbatim"]}, figures)
    if args.gate_personas:
        for persona, row in figures["by_persona"].items():
            missed += _missed_gates(args, JUDGED_GATES, row, f"{persona} ")
    return _report(args, figures, missed, _print_judged)


def _print_judged(figures: dict[str, Any]) -> None:
    from liftqa.app.judged import FIGURES

    header = f"{'':<16} {'n':>3} " + " ".join(f"{f:>7}" for f in FIGURES)
    print(header)

    def row(label: str, values: dict[str, Any], n: int) -> None:
        print(f"{label:<16} {n:>3} " + " ".join(f"{values[f]:>7.3f}" for f in FIGURES))

    row("overall", figures, figures["questions"])
    for title in ("by_persona", "by_type"):
        for label, values in figures[title].items():
            row(label or "(none)", values, values["n"])
    print()
    for key in ("abstained", "verbatim_rate", "latency_ms_median"):
        print(f"{key:<22} {figures[key]}")
    for w in figures["worst"]:
        _out(f"{'worst':<22} {w['id']} ndcg5={w['ndcg5']} grades={w['grades']} q={w['q']}")
        for quote in w["quotes"]:
            _out(f"{'':<22}   - {quote}")


def _eval(settings: Settings, args: argparse.Namespace) -> int:
    from liftqa.app.evaluate import evaluate, is_conversation_set, is_safety_set, load_items
    from liftqa.app.judged import is_judged_set

    try:
        if is_safety_set(args.file):
            _only_options(args, "a safety set", {*SAFETY_GATES, "split"})
            return _eval_safety(settings, args)
        if is_conversation_set(args.file):
            _only_options(args, "a conversation set", set(SAFETY_GATES))
            return _eval_conversations(settings, args)
        if is_judged_set(args.file):
            _only_options(args, "a judged set", {*JUDGED_GATES, "min_verbatim", "gate_personas"})
            return _eval_judged(settings, args)
    except (OSError, ValueError):
        pass  # load_items reports it

    _only_options(args, "a question set", set(GATES))
    items = load_items(args.file)
    if not items:
        raise ConfigError(f"{args.file} holds no questions")
    service = make_service(settings)
    library = service.library()
    service.ask("warm-up: strength training and mood")  # latency is measured warm
    report = evaluate(items, service.ask, lambda a: library.articles[a].body)
    figures = report.figures()
    return _report(args, figures, _missed_gates(args, GATES, figures), _print_figures)


def _print_figures(figures: dict[str, Any]) -> None:
    print(f"{'kind':<10} {'n':>3} {'passed':>7}")
    for kind, row in figures["by_kind"].items():
        print(f"{kind:<10} {row['n']:>3} {row['passed']:>7.0%}")
    print()
    for key, value in figures.items():
        if key != "by_kind":
            print(f"{key:<22} {value}")


def _emit(text: str, out: Path | None, what: str, suffix: str = "") -> None:
    """An export to the file `out` (saying what was written, on stderr) or to stdout."""
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {out} ({exc.strerror})") from exc
    print(f"wrote {what} to {out}{suffix}", file=sys.stderr)


def _feedback(settings: Settings, args: argparse.Namespace) -> int:
    from liftqa.app.feedback import VERDICT_LABELS, FeedbackStore, judged_lines

    items = FeedbackStore(settings.index.index_dir).all()
    if args.action == "export":
        if not args.judged:
            raise ConfigError("say which export: liftqa feedback export --judged")
        text = judged_lines(items)
        _emit(text, args.out, f"{text.count(chr(10))} judged lines")
        return 0
    if not items:
        _out(
            "No feedback yet: mark quotes in the chat as helpful, not supporting, wrong study "
            "or unclear."
        )
        return 0
    for item in items:
        _out(
            f"#{item.id} {item.created} {VERDICT_LABELS[item.verdict]}: [{item.n}] "
            f"{item.article_id} {item.start}–{item.end}"
        )
        _out(
            textwrap.fill(f"Q: {item.question}", 96, initial_indent="  ", subsequent_indent="     ")
        )
        _out(textwrap.fill(f"“{item.quote}”", 96, initial_indent="  ", subsequent_indent="   "))
    return 0


def _refs(settings: Settings, args: argparse.Namespace) -> int:
    from liftqa.references.export import export

    if args.limit < 1:
        raise ConfigError("--limit must be at least 1")
    query = " ".join(args.query)
    bibliography = make_service(settings).bibliography()
    if args.map:
        from liftqa.references.citation_map import map_figure, write_map

        write_map(map_figure(bibliography), args.map)
        print(
            f"wrote the citation map of {len(bibliography.works)} works to {args.map}",
            file=sys.stderr,
        )
        return 0
    works = bibliography.search(query, limit=args.limit)
    if args.export:
        _emit(export(works, args.export), args.out, f"{len(works)} works", f" ({args.export})")
        return 0
    if args.json:
        json.dump(
            [bibliography.work_record(w) for w in works],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        return 0
    if not works:
        _out(f"No cited work matches {query!r}.")
        return 0
    for work in works:
        in_raw = work.doi is not None and work.doi in work.raw  # printed once, with the entry
        _out(f"{work.short}: {work.summary(with_doi=not in_raw)}  [{work.id}]")
        if work.raw:
            _out(textwrap.fill(work.raw, 96, initial_indent="  ", subsequent_indent="  "))
        counts = [f"{a} ({sum(c.article_id == a for c in work.contexts)})" for a in work.cited_in]
        listed = ", ".join(work.listed_in) or "no reference list gives it"
        _out(f"  listed in: {listed}; cited in: {', '.join(counts) or 'none'}")
        facts = bibliography.snapshot(work.id).facts()
        if facts:
            _out(
                textwrap.fill(
                    "study snapshot: " + "; ".join(facts),
                    96,
                    initial_indent="  ",
                    subsequent_indent="    ",
                )
            )
        for check in bibliography.checks_for(work.id):
            _out(textwrap.fill(check.line, 96, initial_indent="  ⚠ ", subsequent_indent="    "))
        if args.contexts:
            for c in work.contexts:
                line = f"“{c.sentence}” ({c.article_id})"
                _out(textwrap.fill(line, 96, initial_indent="    > ", subsequent_indent="      "))
    if not query and bibliography.unresolved():
        _out("\nCited without a reference (no article lists these works):")
        repeats = Counter((link.text, link.article_id) for link in bibliography.unresolved())
        for (text, article_id), n in repeats.items():
            _out(f"  {text} ({article_id}{f', {n} times' if n > 1 else ''})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
