"""The citation map: articles on the left, the works they cite on the right, a line for
each article–work pair (solid: cited in the text; dotted: only listed), works coloured by
evidence type and sized by how often they are cited. Drawn with plotly (imported only here,
only when a map is drawn); each work's point carries its id, so a click can select it.
Static SVG goes through kaleido, which drives the system's Chromium offline."""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from liftqa.errors import ConfigError
from liftqa.references.bibliography import Bibliography
from liftqa.references.works import UNLISTED, Work, evidence_label

EVIDENCE_COLOURS = {
    "meta-analysis": "#1b7837",
    "systematic review": "#5aae61",
    "randomized controlled trial": "#2166ac",
    "review": "#92c5de",
    "observational": "#e08214",
    "book": "#8073ac",
    "report/survey": "#b2abd2",
    "unknown": "#999999",
    UNLISTED: "#d6604d",
}
ARTICLE_COLOUR = "#333333"


def _text(value: str) -> str:
    """Corpus text for plotly, which reads a few HTML tags (<a href>, <b>) in labels: every
    tag is escaped, so a title cannot become a link or markup in the map."""
    return html.escape(value, quote=False)


def _key(work: Work) -> str:
    return work.evidence if work.listed else UNLISTED


def article_labels(bibliography: Bibliography) -> dict[str, str]:
    """ "Mahmood 2025" per article (family name and year); the title when unknown."""
    out = {}
    for article_id, prov in bibliography.provenance.items():
        who = prov.author.split(",")[0].split()[-1] if prov.author not in ("", "unknown") else ""
        year = (prov.date or "")[:4]
        out[article_id] = " ".join(x for x in (who.title(), year) if x) or prov.title[:30]
    return out


def map_figure(bibliography: Bibliography, labels: Mapping[str, str] | None = None) -> Any:
    """A plotly Figure of the map. `labels`: article id → a short label."""
    import plotly.graph_objects as go

    names = labels if labels is not None else article_labels(bibliography)
    works = sorted(
        bibliography.works.values(),
        key=lambda w: (list(EVIDENCE_COLOURS).index(_key(w)), w.short.lower()),
    )
    articles = sorted(names)
    n_rows = max(len(works), 1)
    art_y = {
        a: (i + 0.5) * n_rows / max(len(articles), 1) for i, a in enumerate(reversed(articles))
    }
    work_y = {w.id: float(len(works) - i) - 0.5 for i, w in enumerate(works)}
    fig = go.Figure()
    for style, dash in (("cited", "solid"), ("listed", "dot")):
        xs: list[float | None] = []
        ys: list[float | None] = []
        for w in works:
            targets = (
                w.cited_in
                if style == "cited"
                else tuple(a for a in w.listed_in if a not in w.cited_in)
            )
            for a in targets:
                if a in art_y:
                    xs += [0.0, 1.0, None]
                    ys += [art_y[a], work_y[w.id], None]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": "#bbbbbb", "width": 1, "dash": dash},
                hoverinfo="skip",
                name="cited in the text" if style == "cited" else "listed, not cited",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=[0.0] * len(articles),
            y=[art_y[a] for a in articles],
            mode="markers+text",
            marker={"size": 16, "color": ARTICLE_COLOUR, "symbol": "square"},
            text=[_text(names[a]) for a in articles],
            textposition="middle left",
            cliponaxis=False,
            hovertext=[_text(names[a]) for a in articles],
            hoverinfo="text",
            name="article",
        )
    )
    for key, colour in EVIDENCE_COLOURS.items():
        group = [w for w in works if _key(w) == key]
        if not group:
            continue
        fig.add_trace(
            go.Scatter(
                x=[1.0] * len(group),
                y=[work_y[w.id] for w in group],
                mode="markers+text",
                marker={
                    "size": [10 + 4 * len(w.contexts) for w in group],
                    "color": colour,
                    "line": {"width": 1, "color": "#333333"},
                },
                text=[_text(w.short) for w in group],
                textposition="middle right",
                cliponaxis=False,
                customdata=[w.id for w in group],
                hovertext=[
                    _text(
                        f"{w.short}: {evidence_label(w) if w.listed else UNLISTED}; "
                        f"cited {len(w.contexts)} times"
                    )
                    for w in group
                ],
                hoverinfo="text",
                name=key,
            )
        )
    fig.update_layout(
        width=900,
        height=max(420, 26 * n_rows) + 120,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"visible": False, "range": [-0.75, 2.1], "fixedrange": True},
        yaxis={"visible": False, "range": [-0.5, n_rows + 0.5], "fixedrange": True},
        plot_bgcolor="white",
        legend={"orientation": "h", "y": -0.02, "x": 0},
        clickmode="event",
        dragmode=False,
    )
    return fig


def write_map(fig: Any, out: Path) -> None:
    """`.html`: a self-contained page (plotly.js inline, nothing loaded from outside);
    `.svg`: a static picture through kaleido and the system's Chromium."""
    suffix = out.suffix.lower()
    if suffix not in {".svg", ".html"}:
        raise ConfigError(f"cannot draw a map as {out.name}", hint="name the file .svg or .html")
    try:
        if suffix == ".html":
            fig.write_html(str(out), include_plotlyjs=True, full_html=True)
            return
        fig.write_image(str(out), format="svg")
    except OSError as exc:
        raise ConfigError(f"cannot write {out} ({exc.strerror or exc})") from exc
    except Exception as exc:  # kaleido without a Chromium to drive
        raise ConfigError(
            f"cannot draw {out.name} as SVG ({exc.__class__.__name__}: {exc})",
            hint="SVG needs Chromium (apt-get install chromium); or write the map as .html",
        ) from exc
