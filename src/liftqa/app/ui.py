"""The Gradio app: chat with checkable quotes, references for clinicians, the library.

The only module that imports gradio. It displays what the `Service` returns, with no logic
of its own: answer text comes from `liftqa.answer.render`, the rest from the answer's
fields. Everything from users and from the corpus is shown as text: it is HTML-escaped (and
Markdown-escaped in the chat) before it reaches the page, so a `<script>` or an
`<img onerror>` in a question or an article never runs, and nothing external loads.
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import os
import shutil
import sys
import tempfile
import threading
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liftqa.answer.render import (
    export_markdown,
    markdown,
    md_escape,
)
from liftqa.answer.safety import DISCLAIMER
from liftqa.app.views import (
    CSS,
    HIGHLIGHT_ID,
    REF_HEADERS,
    article_html,
    contexts_html,
    crisis_html,
    disclaimer_html,
    evidence_head_html,
    library_html,
    quote_html,
    reference_rows,
    snapshot_fields,
)
from liftqa.config import Settings, set_offline_env
from liftqa.errors import IndexUnavailableError, InputError, LiftQAError

if TYPE_CHECKING:
    import gradio as gr

    from liftqa.answer.library import Library
    from liftqa.answer.model import Answer, Quote
    from liftqa.app.service import Service

EXAMPLES = (
    "Does strength training help with depression?",
    "How does lifting help with anxiety?",
    "How many different exercises should a program include?",
    "Does strength training have side effects?",
    "What is the DOI of the Gordon 2018 meta-analysis?",
)
FEEDBACK_BUTTONS = (
    ("helpful", "helpful"),
    ("doesnt_support", "doesn't support the statement"),
    ("wrong_study", "wrong study"),
    ("unclear", "unclear"),
)
PUBLIC_API = frozenset({"ask", "refs"})
UNEXPECTED = (
    "Something went wrong on our side while answering; your question is still in the box, "
    "please try again."
)

SCROLL_JS = (
    "() => { const el = document.getElementById('" + HIGHLIGHT_ID + "');"
    " if (el) { el.scrollIntoView({block: 'center'}); } }"
)

# A click on a work in the map writes its id into the hidden #map-pick box, whose change
# shows the work. Plotly re-creates its plot on updates, so the handler is re-attached.
MAP_CLICK_JS = """() => {
  const bind = () => {
    const plot = document.querySelector('#ref-map .js-plotly-plot');
    if (plot && plot.on && !plot.__lqBound) {
      plot.__lqBound = true;
      plot.on('plotly_click', (ev) => {
        const id = ev && ev.points && ev.points[0] && ev.points[0].customdata;
        const box = document.querySelector('#map-pick textarea, #map-pick input');
        if (!id || !box) { return; }
        box.value = id;
        box.dispatchEvent(new Event('input', {bubbles: true}));
        box.dispatchEvent(new Event('change', {bubbles: true}));
      });
    }
  };
  bind();
  setInterval(bind, 700);
}"""

# --- handlers ------------------------------------------------------------------------------


@dataclass
class QuoteRef:
    n: int
    article_id: str
    start: int
    end: int


class App:
    """The UI's handlers: each calls the liftqa Service and formats the result."""

    def __init__(self, service: Service, exports: ExportFolder | None = None) -> None:
        self.service = service
        self.exports = exports or ExportFolder()

    def library(self) -> Library:
        return self.service.library()

    def respond(
        self, message: str, chat: list[dict[str, str]] | None, questions: list[str] | None
    ) -> Iterator[tuple[list[dict[str, str]], list[str], list[dict[str, Any]], str, str, str]]:
        """→ (streamed) chat, questions so far, quotes of this answer, evidence HTML, crisis
        banner, and an empty question box. With a chat model configured, its verified
        sentences appear one by one."""
        for update, _answer in self._respond(message, chat, questions):
            yield update

    def respond_page(
        self, message: str, chat: list[dict[str, str]] | None, questions: list[str] | None
    ) -> Iterator[tuple[Any, ...]]:
        """What the page shows: `respond`'s updates, then the answer as a Markdown file to
        download (none when there is no answer)."""
        last: tuple[tuple[Any, ...], Answer | None] | None = None
        for last in self._respond(message, chat, questions):
            yield (*last[0], None)
        if last is not None and last[1] is not None:
            yield (*last[0], str(self.export_answer(last[1])))

    def export_answer(self, answer: Answer) -> Path:
        """The answer as Markdown (question, quotes with sources, references, disclaimer)."""
        return self.exports.write(export_markdown(answer), "md", stem="liftqa-answer")

    def _respond(
        self, message: str, chat: list[dict[str, str]] | None, questions: list[str] | None
    ) -> Iterator[tuple[tuple[Any, ...], Answer | None]]:
        chat = _chat_messages(chat)
        limit = self.service.settings.app.max_history
        questions = [q for q in (questions or []) if isinstance(q, str)][-limit:]
        message = message if isinstance(message, str) else ""
        try:
            stream = self.service.ask_stream(message, questions)  # it enforces the limits
            answer = next(stream)
        except Exception as exc:  # the question stays in the box; the page never breaks
            yield _failed(chat, questions, message, exc), None
            return
        chat += [
            {"role": "user", "content": md_escape(message)},
            {"role": "assistant", "content": ""},
        ]
        quotes = [
            {
                "n": q.n,
                "article_id": q.article_id,
                "start": q.start,
                "end": q.end,
                "html": quote_html(q),
                "question": answer.question,
                "text": q.text,
                "works": list(q.work_ids),
                "fields": fields,
            }
            for q, fields in zip(answer.quotes, self.snapshot_buttons(answer.quotes), strict=True)
        ]
        asked = [*questions, answer.question][-limit:]
        current = answer
        chat[-1] = {"role": "assistant", "content": markdown(current)}
        yield (chat, asked, quotes, evidence_head_html(current), crisis_html(current), ""), current
        try:
            for current in stream:
                chat[-1] = {"role": "assistant", "content": markdown(current)}
                update = (
                    chat,
                    asked,
                    quotes,
                    evidence_head_html(current),
                    crisis_html(current),
                    "",
                )
                yield update, current
        except Exception as exc:  # the extractive answer already shown stays
            _log_unexpected(exc)

    def snapshot_buttons(self, quotes: Sequence[Quote]) -> list[list[dict[str, Any]]]:
        """Per quote, the "Show in article" targets of the study snapshots beside it: each
        field (trials, participants, duration …) of each work it cites that has a snapshot,
        given once per answer, beside the first quote citing the work."""
        library, seen = self.library(), set[str]()
        out: list[list[dict[str, Any]]] = []
        for q in quotes:
            new = [w for w in q.works if w.id not in seen]
            seen.update(w.id for w in new)
            out.append(
                [
                    {**field, "name": f"{work.short} {field['name']}"}
                    for work in new
                    for field in snapshot_fields(work.id, library)
                ]
            )
        return out

    def give_feedback(self, item: dict[str, Any], verdict: str) -> str:
        """Store one judgement of a quote (locally, under the index folder)."""
        from liftqa.app.feedback import VERDICT_LABELS, VERDICTS, Feedback, FeedbackStore

        if verdict not in VERDICTS:
            return "Unknown feedback."
        try:
            FeedbackStore(self.service.settings.index.index_dir).add(
                Feedback(
                    question=str(item.get("question", "")),
                    n=int(item["n"]),
                    article_id=str(item["article_id"]),
                    start=int(item["start"]),
                    end=int(item["end"]),
                    quote=str(item.get("text", "")),
                    verdict=verdict,
                    works=tuple(str(w) for w in item.get("works", [])),
                )
            )
        except LiftQAError as err:
            return f"Feedback not saved: {err.message}."
        return (
            f"Thank you: [{item['n']}] marked “{VERDICT_LABELS[verdict]}” (stored on this machine)."
        )

    def show_in_article(self, article_id: str, start: int, end: int) -> str:
        return article_html(self.library(), article_id, int(start), int(end))

    def search_refs(self, query: str) -> tuple[list[list[Any]], list[str], str | None, str | None]:
        """→ table rows, the work ids shown, and BibTeX / RIS files of those works."""
        from liftqa.references.export import export

        query = query if isinstance(query, str) else ""
        limit = self.service.settings.app.max_query_chars
        works = self.service.bibliography().search(query[:limit], limit=50)
        bib = self.exports.write(export(works, "bibtex"), "bib")
        ris = self.exports.write(export(works, "ris"), "ris")
        return reference_rows(works, self.library()), [w.id for w in works], str(bib), str(ris)

    def show_contexts(self, work_ids: list[str], row: int) -> str:
        library = self.library()
        if not (0 <= row < len(work_ids)) or work_ids[row] not in library.bibliography.works:
            return "<p>Choose a study in the table.</p>"
        return contexts_html(library.bibliography.works[work_ids[row]], library)

    def show_work(self, work_id: str) -> tuple[str, list[dict[str, Any]]]:
        """A work chosen in the table or on the map: where it is cited, its snapshot and
        checks, and its snapshot fields for the "Show in article" buttons."""
        library = self.library()
        work = library.bibliography.works.get(work_id if isinstance(work_id, str) else "")
        if work is None:
            return "<p>Choose a study in the table or on the map.</p>", []
        return contexts_html(work, library), snapshot_fields(work.id, library)

    def citation_map(self) -> Any:
        """The citation map as a plotly figure (articles ↔ works)."""
        from liftqa.references.citation_map import map_figure

        return map_figure(self.service.bibliography())

    def article_choices(self) -> list[tuple[str, str]]:
        lib = self.library()
        return sorted(((a.title, a.id) for a in lib.articles.values()), key=lambda t: t[0])

    def show_library(self, article_id: str | None) -> str:
        return library_html(self.library(), article_id)

    # --- the API (gradio_client) ---------------------------------------------------------

    def api_ask(self, question: str, history: list[str] | None = None) -> dict[str, Any]:
        """Answer a question from the articles; `history` = earlier questions (optional)."""
        try:
            return self.service.ask(question, self._history(history)).to_dict()
        except LiftQAError as err:
            return {"error": err.message, "hint": err.hint, "disclaimer": DISCLAIMER}
        except Exception as exc:
            _log_unexpected(exc)
            return {"error": UNEXPECTED, "hint": "", "disclaimer": DISCLAIMER}

    def _history(self, history: object) -> list[str]:
        """The API's `history`, checked: a list of strings, of which the most recent
        `max_history` are read."""
        if history is None:
            return []
        limit = self.service.settings.app.max_history
        if not isinstance(history, list) or not all(isinstance(q, str) for q in history):
            raise InputError(
                "history must be a list of earlier questions (strings)",
                hint='for example ["Does lifting help depression?"], or leave it out',
            )
        # The most recent questions, as the chat keeps them; none is refused for its length:
        # a risk disclosed in a long earlier message must still keep the resources first.
        return history[-limit:]

    def api_refs(self, query: str) -> list[dict[str, Any]]:
        """Search the works the articles cite (author, year, title words, topic, DOI)."""
        import gradio as gr

        limit = self.service.settings.app.max_query_chars
        if query is not None and not isinstance(query, str):
            raise gr.Error("query must be text (author, year, title words, topic or DOI)")
        if query is not None and len(query) > limit:
            raise gr.Error(f"query is longer than {limit} characters; shorten it")
        try:
            bibliography = self.service.bibliography()
            works = bibliography.search(query or "", limit=50)
        except LiftQAError as err:
            raise gr.Error(f"{err.message} ({err.hint})" if err.hint else err.message) from err
        return [bibliography.work_record(w) for w in works]


def _chat_messages(chat: object) -> list[dict[str, Any]]:
    """The chat the page sends back, checked: a list of {role, content} messages whose
    content is text, or Gradio's list of text parts."""
    if not isinstance(chat, list):
        return []
    return [
        {"role": m["role"], "content": m["content"]}
        for m in chat
        if isinstance(m, dict) and m.get("role") in ("user", "assistant") and _is_text(m)
    ]


def _is_text(message: dict[str, Any]) -> bool:
    content = message.get("content")
    if isinstance(content, str):
        return True
    return isinstance(content, list) and all(
        isinstance(p, dict) and p.get("type") == "text" and isinstance(p.get("text"), str)
        for p in content
    )


def _sentence(hint: str) -> str:
    """A hint ("shorten it to the question itself") as a sentence after another one."""
    hint = hint.strip()
    if not hint:
        return ""
    return hint[0].upper() + hint[1:] + ("" if hint.endswith((".", "?", "!", "”", '"')) else ".")


def _failed(
    chat: list[dict[str, Any]], questions: list[str], message: str, exc: Exception
) -> tuple[list[dict[str, Any]], list[str], list[dict[str, Any]], str, str, str]:
    """What the chat shows when a question cannot be answered: why and what to do, the
    disclaimer; the question stays in the box."""
    if isinstance(exc, InputError):  # echo at most 500 characters of bad input
        shown, text = message[:500], f"{md_escape(exc.message)} {md_escape(_sentence(exc.hint))}"
    elif isinstance(exc, LiftQAError):
        hint = f" {md_escape(_sentence(exc.hint))}" if exc.hint else ""
        shown, text = message, f"liftqa cannot answer right now: {md_escape(exc.message)}.{hint}"
        if isinstance(exc, IndexUnavailableError):
            print(f"liftqa: {exc}", file=sys.stderr)
    else:
        _log_unexpected(exc)
        shown, text = message, md_escape(UNEXPECTED)
    chat = [
        *chat,
        {"role": "user", "content": md_escape(shown) or "…"},
        {"role": "assistant", "content": f"{text}\n\n_{md_escape(DISCLAIMER)}_"},
    ]
    return chat, questions, [], evidence_head_html(None), "", message


def _log_unexpected(exc: BaseException) -> None:
    print("liftqa: unexpected failure while answering:", file=sys.stderr)
    traceback.print_exception(exc, file=sys.stderr)


class ExportFolder:
    """The reference exports the page offers for download: one folder for the app, files
    named by their content (the same search writes no new file), at most `keep` of them
    (the oldest go first), removed when the app exits."""

    def __init__(self, root: Path | None = None, keep: int = 64) -> None:
        self._root = root
        self.keep = keep
        self._lock = threading.Lock()

    @property
    def root(self) -> Path:
        with self._lock:
            if self._root is None:
                self._root = Path(tempfile.mkdtemp(prefix="liftqa-export-"))
                atexit.register(shutil.rmtree, self._root, True)
            self._root.mkdir(parents=True, exist_ok=True)
            return self._root

    def write(self, text: str, suffix: str, stem: str = "liftqa-references") -> Path:
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()[:16]
        folder = self.root / digest
        path = folder / f"{stem}.{suffix}"
        if not path.exists():
            folder.mkdir(exist_ok=True)
            partial = folder / f".{suffix}.partial"
            partial.write_bytes(data)
            partial.replace(path)
        os.utime(folder)  # the newest, whether written now or before
        self._prune()
        return path

    def _prune(self) -> None:
        folders = sorted(
            (p for p in self.root.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime
        )
        for old in folders[: max(0, len(folders) - self.keep)]:
            shutil.rmtree(old, ignore_errors=True)

    def files(self) -> list[Path]:
        return sorted(p for p in self.root.rglob("liftqa-*.*"))


# --- the page ------------------------------------------------------------------------------


def build(app: App) -> gr.Blocks:
    set_offline_env()  # before gradio loads: no analytics
    import gradio as gr

    # Gradio copies each download into its cache: files older than an hour go hourly.
    with gr.Blocks(
        title="liftqa — strength training and mental health", delete_cache=(3600, 3600)
    ) as demo:
        # The stable API first: Gradio names endpoints after functions, first come first
        # served, so nothing else can take "ask" or "refs".
        gr.api(app.api_ask, api_name="ask")  # type: ignore[attr-defined]
        gr.api(app.api_refs, api_name="refs")  # type: ignore[attr-defined]
        gr.Markdown(
            "# liftqa\nAnswers about strength training and mental health, built only from "
            "verbatim quotes of the articles in the library, each checkable in its article."
        )
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                questions = gr.State([])
                quotes = gr.State([])
                crisis = gr.HTML("", elem_id="crisis-banner")
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(
                            label="liftqa",
                            elem_id="chat",
                            height=460,
                            sanitize_html=True,
                            line_breaks=True,
                            buttons=[],
                        )
                        box = gr.Textbox(
                            label="Your question",
                            elem_id="question",
                            max_lines=4,  # no max_length: the browser would cut a message
                            # silently, and a crisis stated at its end would be lost; the
                            # service reads risk in all of it, then refuses what is too long
                            placeholder="Ask about lifting and depression, anxiety or confidence…",
                        )
                        with gr.Row():
                            send = gr.Button("Ask", variant="primary", elem_id="ask")
                            clear = gr.Button("New conversation", elem_id="clear")
                            answer_dl = gr.DownloadButton(
                                "Export answer (Markdown)", elem_id="dl-answer", size="sm"
                            )
                        with gr.Row(elem_id="examples"):
                            chips = [
                                gr.Button(q, size="sm", elem_classes=["chip"]) for q in EXAMPLES
                            ]
                    with gr.Column(scale=2):
                        gr.Markdown("### Evidence")
                        evidence = gr.HTML(evidence_head_html(None), elem_id="evidence")

                        @gr.render(inputs=quotes)  # type: ignore[untyped-decorator]
                        def quote_blocks(items: list[dict[str, Any]]) -> None:
                            for item in items:
                                with gr.Group(elem_classes=["lq-quote-item"]):
                                    gr.HTML(item["html"])
                                    button = gr.Button(
                                        f"Show [{item['n']}] in article",
                                        size="sm",
                                        elem_classes=["show-in-article"],
                                    )
                                    with gr.Row(elem_classes=["lq-fields"]):
                                        for field in item.get("fields", []):
                                            gr.Button(
                                                f"Show {field['name']} in article",
                                                size="sm",
                                                elem_classes=["show-field"],
                                            ).click(
                                                _opener(app, field),
                                                outputs=article_view,
                                                api_visibility="private",
                                            ).then(None, js=SCROLL_JS)
                                    with gr.Row(elem_classes=["lq-feedback"]):
                                        marks = [
                                            (
                                                verdict,
                                                gr.Button(
                                                    label,
                                                    size="sm",
                                                    elem_classes=["feedback", f"fb-{verdict}"],
                                                ),
                                            )
                                            for verdict, label in FEEDBACK_BUTTONS
                                        ]
                                    status = gr.Markdown("", elem_classes=["fb-status"])
                                button.click(
                                    _opener(app, item),
                                    outputs=article_view,
                                    api_visibility="private",
                                ).then(None, js=SCROLL_JS)
                                for verdict, mark in marks:
                                    mark.click(
                                        _marker(app, item, verdict),
                                        outputs=[status, *(m for _, m in marks)],
                                        api_visibility="private",
                                    )

                        gr.HTML(disclaimer_html(), elem_id="evidence-disclaimer")
                        article_view = gr.HTML("", elem_id="article-view")

                outputs = [chatbot, questions, quotes, evidence, crisis, box, answer_dl]
                box.submit(
                    app.respond_page, [box, chatbot, questions], outputs, api_visibility="private"
                )
                send.click(
                    app.respond_page, [box, chatbot, questions], outputs, api_visibility="private"
                )
                for chip, text in zip(chips, EXAMPLES, strict=True):
                    chip.click(
                        _example(app, text),
                        [chatbot, questions],
                        outputs,
                        api_visibility="private",
                    )
                # a new question closes the article view: its highlight was the last answer's
                for asked in (box.submit, send.click, *(chip.click for chip in chips)):
                    asked(_closed, None, article_view, api_visibility="private")
                clear.click(
                    lambda: ([], [], [], evidence_head_html(None), "", "", None, ""),
                    outputs=[*outputs, article_view],
                    api_visibility="private",
                )

            with gr.Tab("References", id="references"):
                gr.Markdown(
                    "The studies the articles cite, merged across articles. Search by author, "
                    "year, title words, topic or DOI; choose a row to see where it is cited."
                )
                with gr.Row():
                    ref_query = gr.Textbox(
                        label="Search", elem_id="ref-query", max_length=200, scale=4
                    )
                    ref_go = gr.Button("Search", elem_id="ref-search", scale=1)
                work_ids = gr.State([])
                table = gr.Dataframe(
                    headers=REF_HEADERS,
                    datatype=["str", "number", "str", "str", "str", "html", "str"],
                    interactive=False,
                    wrap=True,
                    elem_id="ref-table",
                )
                with gr.Row():
                    bib_dl = gr.DownloadButton("Download BibTeX", elem_id="dl-bibtex")
                    ris_dl = gr.DownloadButton("Download RIS", elem_id="dl-ris")
                gr.Markdown(
                    "**Citation map**: articles (left) and the works they cite (right), "
                    "coloured by evidence type, sized by how often cited. Click a work to see "
                    "its snapshot."
                )
                ref_map = gr.Plot(elem_id="ref-map", show_label=False)
                pick = gr.Textbox(elem_id="map-pick", show_label=False, container=False)
                contexts = gr.HTML("", elem_id="ref-contexts")
                fields = gr.State([])

                @gr.render(inputs=fields)  # type: ignore[untyped-decorator]
                def field_buttons(items: list[dict[str, Any]]) -> None:
                    with gr.Row():
                        for item in items:
                            gr.Button(
                                f"Show {item['name']} in article",
                                size="sm",
                                elem_classes=["show-field"],
                            ).click(
                                _opener(app, item), outputs=ref_article, api_visibility="private"
                            ).then(None, js=SCROLL_JS)

                ref_article = gr.HTML("", elem_id="ref-article")
                pick.change(app.show_work, pick, [contexts, fields], api_visibility="private")
                search_outputs = [table, work_ids, bib_dl, ris_dl]
                ref_go.click(app.search_refs, ref_query, search_outputs, api_visibility="private")
                ref_query.submit(
                    app.search_refs, ref_query, search_outputs, api_visibility="private"
                )

                def on_select(
                    ids: list[str], evt: gr.SelectData
                ) -> tuple[str, list[dict[str, Any]]]:
                    row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
                    row = int(row)
                    return app.show_work(ids[row] if 0 <= row < len(ids) else "")

                # Gradio finds the event-data parameter by its annotation: give it the class
                # itself, not the postponed string "gr.SelectData".
                on_select.__annotations__["evt"] = gr.SelectData
                table.select(on_select, work_ids, [contexts, fields], api_visibility="private")

            with gr.Tab("Library", id="library"):
                choices = app.article_choices()
                picker = gr.Dropdown(
                    choices=choices,
                    label="Article",
                    elem_id="lib-article",
                    value=choices[0][1] if choices else None,
                )
                lib_view = gr.HTML(
                    app.show_library(choices[0][1] if choices else None), elem_id="lib-view"
                )
                picker.change(app.show_library, picker, lib_view, api_visibility="private")

        demo.load(app.search_refs, ref_query, search_outputs, api_visibility="private")
        demo.load(app.citation_map, None, ref_map, api_visibility="private").then(
            None, js=MAP_CLICK_JS
        )
    blocks: gr.Blocks = demo
    return blocks


def _example(app: App, text: str) -> Any:
    """The click handler of one example chip: ask it, streaming like the Ask button."""

    def example_question(chat: Any, questions: Any) -> Iterator[Any]:
        yield from app.respond_page(text, chat, questions)

    return example_question


def feedback_buttons(chosen: str | None) -> list[dict[str, str]]:
    """Label and variant of each feedback button of a quote once `chosen` was clicked: the
    chosen one is marked (✓, primary) so the reader sees which judgement stands."""
    return [
        {
            "value": f"✓ {label}" if verdict == chosen else label,
            "variant": "primary" if verdict == chosen else "secondary",
        }
        for verdict, label in FEEDBACK_BUTTONS
    ]


def _marker(app: App, item: dict[str, Any], verdict: str) -> Any:
    """The click handler of one quote's feedback button: the status line, and the buttons
    with the clicked one marked (unmarked again when the judgement was not stored)."""

    def mark() -> list[Any]:
        import gradio as gr

        status = app.give_feedback(item, verdict)
        chosen = verdict if status.startswith("Thank you") else None
        return [
            status,
            *(
                gr.Button(
                    b["value"], variant="primary" if b["variant"] == "primary" else "secondary"
                )
                for b in feedback_buttons(chosen)
            ),
        ]

    return mark


def _closed() -> str:
    """The article view, closed."""
    return ""


def _opener(app: App, item: dict[str, Any]) -> Any:
    """The click handler of one quote's "Show in article" button."""
    return lambda: app.show_in_article(item["article_id"], item["start"], item["end"])


def theme() -> Any:
    import gradio as gr

    system = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"]
    return gr.themes.Default(font=system, font_mono=["ui-monospace", "monospace"])


def main(argv: Sequence[str] | None = None) -> int:
    set_offline_env()  # before gradio loads: no analytics
    parser = argparse.ArgumentParser(prog="app.py", description="Serve the liftqa chat app.")
    parser.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default 7860)")
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env(host=args.host, port=args.port)
        credentials = _credentials(settings)
        service = _start_service(settings)
        # Gradio's own cache (the downloads it serves) and our exports: one private folder,
        # removed at exit. Set before the Blocks exist: they read it when built.
        folder = Path(tempfile.mkdtemp(prefix="liftqa-app-"))
        atexit.register(shutil.rmtree, folder, True)
        os.environ["GRADIO_TEMP_DIR"] = str(folder / "gradio")
        demo = build(App(service, ExportFolder(folder / "exports")))
    except LiftQAError as err:
        print(
            f"error: {err.message}" + (f"\nhint: {err.hint}" if err.hint else ""), file=sys.stderr
        )
        return err.exit_code
    from starlette.middleware import Middleware

    from liftqa.app.guard import Guard

    def is_public(fn_index: int) -> bool:
        fn = demo.fns.get(fn_index)
        return fn is not None and fn.api_name in PUBLIC_API

    guard = Middleware(
        Guard,
        public_names=PUBLIC_API,
        is_public=is_public,
        max_body=settings.app.max_request_bytes,
    )
    demo.queue(default_concurrency_limit=settings.app.concurrency, max_size=settings.app.queue_size)
    demo.launch(
        auth=credentials,
        auth_message="liftqa: please log in.",
        server_name=settings.app.host,
        server_port=settings.app.port,
        share=False,
        show_error=False,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        enable_monitoring=False,
        footer_links=["api"],
        theme=theme(),
        css=CSS,
        max_file_size="1kb",  # liftqa takes no uploads (the guard refuses them anyway)
        app_kwargs={"middleware": [guard]},
    )
    return 0


def _credentials(settings: Settings) -> tuple[str, str] | None:
    if not settings.app.auth:
        return None
    user, sep, password = settings.app.auth.partition(":")
    if not sep or not user or not password:
        from liftqa.errors import ConfigError

        raise ConfigError("LIFTQA_AUTH must be user:password")
    return user, password


def _start_service(settings: Settings) -> Service:
    """The app's service: the index is built first only if there is none; otherwise the
    app starts at once and brings it up to date in the background, answering from the
    published generation meanwhile. If the index cannot be updated (a read-only folder,
    a full disk) the app serves the one it has."""
    from liftqa.app.cli import _progress_bar
    from liftqa.app.service import build_service, serve_questions_here

    serve_questions_here()  # the app's process is its own
    service = build_service(settings, progress=_progress_bar, ingest_in_background=True)
    print("Checking the index…", file=sys.stderr)
    report = service.ensure_index()
    if report is not None:
        print(report.summary(), file=sys.stderr)
    if service.last_update_error is not None:
        print(f"warning: {service.last_update_error}", file=sys.stderr)
    service.ask("strength training and mood")  # load the model before the first user
    return service
