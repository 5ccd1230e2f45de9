"""The review page of a run (`reports/index.html`): where an analyst checks what was published.

One self-contained file (inline CSS, charts as inline SVG drawn here, source pictures as `data:` URIs;
no script, no external request). For each deck: its status and checks, its budgets table (programme,
year, figure, previous, change, the source line with page/line and, for PDFs, a picture of the page
around the figure), a chart of this year beside the previous one, and the rows held back by validation
with their source. A figure whose programme the deck names nowhere is shown as such, never hidden.

The markup is in `report/templates/` (Jinja2, autoescaped): `page.html`, and `macros.html` for its parts,
which the functions here also render alone; the charts' SVG is drawn here. A section a deck gets beyond
these goes into its `sections` list in `summary_html`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import json
import math
import pickle
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .figures import Figure

NO_PROGRAMME = "(no programme named)"

_CSS = """
body{font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans CJK JP",sans-serif;margin:2rem;color:#222;max-width:1280px}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem;border-bottom:2px solid #ccc}h3{font-size:1.05rem;margin-top:1.5rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.88rem}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.published{color:#0a7a2f;font-weight:600}.quarantined,.no_text_layer{color:#b35c00;font-weight:600}
.failed,.encrypted,.skipped{color:#b00020;font-weight:600}.removed{color:#777}
.ok{background:#eaf7ee}.bad{background:#fdecea}.warn{background:#fff6e0}
.totals span{display:inline-block;margin-right:1.5rem;font-size:1.1rem}small,.muted{color:#666}ul{margin:.2rem 0}
.src{max-width:34rem}.src q{quotes:none;background:#f7f7f2;display:block;padding:.1rem .3rem;margin:.15rem 0}
.src img{display:block;max-width:100%;border:1px solid #ddd;margin-top:.3rem}
.noname{font-style:italic;color:#8a4b00}.up{color:#0a7a2f}.down{color:#b00020}
figure{margin:.5rem 0}svg text{font-family:inherit}
"""


def _e(v: Any) -> str:
    return html.escape("" if _missing(v) else str(v))


def _missing(v: Any) -> bool:
    kind = type(v)
    if kind is str:  # the common cases first, with the answer the general test gives (every budget cell of every deck)
        return v in _MISSING_TEXT
    if kind is int:
        return False
    return v is None or (isinstance(v, float) and math.isnan(v)) or str(v) in _MISSING_TEXT


_MISSING_TEXT = ("<NA>", "nan", "NaT")


def yen(v: Any) -> str:
    """1_100_000_000 -> '11億円'; 7_726_000_000 -> '77.26億円'; below 1億, in 円."""
    if _missing(v):
        return ""
    v = float(v)
    if abs(v) >= 1e8:
        return f"{v / 1e8:,.2f}".rstrip("0").rstrip(".") + "億円"
    return f"{v:,.0f}円"


def place(row: Mapping[str, Any]) -> str:
    """'p. 3' for a PDF, 'line 1128' for a text deck."""
    if not _missing(row.get("page")):
        return f"p. {int(row['page'])}" + (f", line {int(row['line'])}" if not _missing(row.get("line")) else "")
    return f"line {int(row['line'])}" if not _missing(row.get("line")) else ""


def programme(row: Mapping[str, Any]) -> str | None:
    """The programme as the deck names it; None where it names none."""
    p = row.get("program")
    if _missing(p) or not str(p).strip() or str(p).startswith("(unnamed"):
        return None
    return str(p)


# -- the rows shown ----------------------------------------------------------------------------------

_BUDGET_ROLES = ("budget", "supplementary_budget")


def budget_rows(budgets: Iterable[Mapping[str, Any]], records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The budgets table's rows with what the page shows beside them: the source line (`source`) and,
    for a PDF, the figure's box (`box`), from the budgets row itself or else from its mention."""
    index: dict[tuple[Any, ...], Mapping[str, Any]] = {}
    for r in records:
        if r.get("kind") == "amount" and r.get("role") in _BUDGET_ROLES:
            index.setdefault((r["doc"], r.get("page"), r.get("line"), r.get("text")), r)
    out = []
    for b in budgets:
        row = {k: (None if _missing(v) else v) for k, v in b.items()}
        m = index.get((row["doc"], row.get("page"), row.get("line"), row.get("text")), {})
        row["source"] = row.get("context") or row.get("source_text") or m.get("context") or row.get("text")
        box = [row.get(k) if row.get(k) is not None else m.get(k) for k in ("x0", "top", "x1", "bottom")]
        row["box"] = tuple(float(v) for v in box if v is not None) if None not in box else None
        out.append(row)
    return out


def figures_of(rows: list[dict[str, Any]]) -> list[Figure]:
    """The source pictures the page wants: one per budget row with a page and a box."""
    return [Figure(r["doc"], int(r["page"]), r["box"]) for r in rows if r.get("box") and r.get("page") is not None]


# -- the chart ---------------------------------------------------------------------------------------

def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def budget_chart_svg(rows: list[dict[str, Any]]) -> str:
    """Each figure this year (dark) beside the previous year's (light), in 億円, as inline SVG: one
    labelled pair of bars per row, the values written at the bars' ends, the legend above the bars."""
    rows = [r for r in rows if r.get("budget_yen") is not None]
    if not rows:
        return ""
    label_w, bar_w, value_w, row_h, top = 300, 520, 110, 34, 30
    vmax = max(max(float(r["budget_yen"]), float(r.get("previous_budget_yen") or 0)) for r in rows) or 1.0
    width, height = label_w + bar_w + value_w, top + row_h * len(rows) + 6
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'role="img" aria-label="budgets: this year beside the previous year" font-size="12">',
           f'<rect x="{label_w}" y="6" width="12" height="10" fill="#1f5fa8"/>'
           f'<text x="{label_w + 16}" y="15">this year</text>'
           f'<rect x="{label_w + 100}" y="6" width="12" height="10" fill="#9fb7d6"/>'
           f'<text x="{label_w + 116}" y="15">previous year</text>'
           f'<text x="{width - 4}" y="15" text-anchor="end" fill="#666">億円</text>']
    for i, r in enumerate(rows):
        y = top + i * row_h
        name = programme(r)
        label = _clip(name, 22) if name else NO_PROGRAMME
        sub = " · ".join(x for x in (f"FY{int(r['fy'])}" if r.get("fy") is not None else "",
                                      str(r.get("role") or "").replace("supplementary_budget", "補正"),
                                      place(r) if not name else "") if x and x != "budget")
        style = "" if name else ' font-style="italic" fill="#8a4b00"'
        out.append(f'<text x="{label_w - 8}" y="{y + 13}" text-anchor="end"{style}><title>{_e(name or NO_PROGRAMME)}'
                   f'</title>{_e(label)}</text><text x="{label_w - 8}" y="{y + 26}" text-anchor="end" fill="#666" '
                   f'font-size="11">{_e(sub)}</text>')
        for j, (v, color) in enumerate(((r["budget_yen"], "#1f5fa8"), (r.get("previous_budget_yen"), "#9fb7d6"))):
            if v is None:
                continue
            w = max(1.0, float(v) / vmax * bar_w)
            out.append(f'<rect x="{label_w}" y="{y + 3 + j * 13}" width="{w:.1f}" height="12" fill="{color}">'
                       f'<title>{_e(yen(v))}</title></rect>'
                       f'<text x="{label_w + w + 4:.1f}" y="{y + 13 + j * 13}" font-size="11">'
                       f'{float(v) / 1e8:,.2f}</text>')
    out.append("</svg>")
    return "".join(out)


# -- the page ----------------------------------------------------------------------------------------
# The markup is in templates/page.html (Jinja2, autoescaped); the functions below pick what it shows.

@lru_cache(maxsize=1)
def _env() -> Any:
    """The templates' environment, built on first use (nothing is loaded at import)."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("extract.report", "templates"), autoescape=True,
                             keep_trailing_newline=False, finalize=_escaped)
    env.filters.update(text=_text, yen=lambda v: "" if isinstance(v, jinja2.Undefined) else yen(v), place=place)
    env.globals.update(no_programme=NO_PROGRAMME)
    return env


def _escaped(v: Any) -> Any:
    """Every value the templates print, escaped as html.escape escapes it (the page's text is what it was
    before the templates); markup made here passes as it is."""
    import jinja2

    if hasattr(v, "__html__"):
        return v
    return _markup(html.escape("" if isinstance(v, jinja2.Undefined) else str(v)))


def _text(v: Any) -> str:
    """A cell's text: empty for a missing value (None, NaN, NA, a key the row does not have)."""
    import jinja2

    return "" if isinstance(v, jinja2.Undefined) or _missing(v) else str(v)


def _macros() -> Any:
    return _env().get_template("macros.html").module


def _markup(text: str) -> Any:
    """HTML made here (the charts' SVG, a section rendered on its own): not escaped again."""
    from markupsafe import Markup

    return Markup(text)


def _result(summary: Mapping[str, Any]) -> tuple[str, str]:
    """(css class, linked text) of one table's validation."""
    cls = "bad" if summary["failed"] else ("warn" if summary["warnings"] else "ok")
    return cls, str(_macros().result(summary))


def _cell(summary: Mapping[str, Any] | None) -> str:
    return str(_macros().cell(summary, _result(summary)[0] if summary else ""))


def _source(row: Mapping[str, Any], picture: str | None) -> str:
    return str(_macros().source(place(row), row, _markup(picture) if picture else None))


def _budgets_table(rows: list[dict[str, Any]], pictures: Mapping[Figure, str]) -> str:
    extra = [c for c in ("role", "account", "parent") if any(r.get(c) is not None for r in rows)]
    shown = []
    for r in rows:
        change = r.get("change_pct")
        cls = "" if change is None else (" up" if float(change) > 0 else " down" if float(change) < 0 else "")
        fig = Figure(r["doc"], int(r["page"]), r["box"]) if r.get("box") and r.get("page") is not None else None
        picture = pictures.get(fig) if fig else None
        shown.append({"row": r, "name": programme(r), "cls": cls, "previous": yen(r.get("previous_budget_yen")),
                      "change": "" if change is None else f"{float(change):+.1f}%", "where": place(r),
                      "picture": _markup(picture) if picture else None})
    return str(_macros().budgets_table(extra, shown))


_HELD_BACK_COLUMNS = ("table", "key", "text", "expectation", "observed", "reason")


def _held_back_table(rows: list[Mapping[str, Any]]) -> str:
    cols = [c for c in _HELD_BACK_COLUMNS if any(not _missing(r.get(c)) for r in rows)]
    return str(_macros().held_back_table(cols, rows))


def _programmes_section(histories: list[tuple[str, str, Any]], cross_deck: list[str]) -> str:
    """Programmes followed across decks: a small chart per programme with two or more fiscal years, and
    every place where one deck's previous-year figure disagrees with another deck's budget."""
    return str(_macros().programmes([(pid, name, _markup(str(svg))) for pid, name, svg in histories], cross_deck))


def summary_html(decks: list[dict[str, Any]], validation: Mapping[str, Mapping[str, Mapping[str, Any]]],
                 tables: list[str], budgets: list[dict[str, Any]], decks_check: Mapping[str, Any] | None = None,
                 held_back: list[Mapping[str, Any]] | None = None,
                 pictures: Mapping[Figure, Any] | None = None,
                 histories: list[tuple[str, str, str]] | None = None, cross_deck: list[str] | None = None,
                 outlines: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
                 table_pictures: Mapping[str, list[tuple[str, Any]]] | None = None) -> str:
    """The page: totals, a row per deck with each table's checks, then per deck its budgets (table,
    chart, sources) and its problems (failures, warnings, rows held back). `budgets` are
    `budget_rows(...)`; `held_back` the published `held_back` table's rows, when there is one. The same
    page `page_parts` gives in parts (what the run streams to its file)."""
    parts = page_parts(decks, validation, tables, budgets, decks_check, held_back, pictures, histories, cross_deck,
                       outlines, table_pictures)
    return parts.head + "".join(s.render() for s in parts.sections) + parts.tail


#: where the decks' sections go in the page's frame (page.html), put there by `page_parts`
_SECTIONS_MARK = "\x00deck-sections\x00"


@dataclass
class DeckSection:
    """One deck's section of the page, rendered only when asked (`render`): `key` hashes all it shows,
    so a section whose key an earlier page holds can be copied from that page (report/stream.py)."""

    doc: str
    key: str
    shown: tuple[Any, ...]  # `_section_view`'s arguments

    def render(self) -> str:
        return str(_macros().deck_section(_section_view(*self.shown)))


@dataclass
class PageParts:
    """The page as its frame (`head`, the decks' `sections` in order, `tail`): nothing of it held whole."""

    head: str
    sections: Iterator[DeckSection]
    tail: str


def page_parts(decks: list[dict[str, Any]], validation: Mapping[str, Mapping[str, Mapping[str, Any]]],
               tables: list[str], budgets: list[dict[str, Any]], decks_check: Mapping[str, Any] | None = None,
               held_back: list[Mapping[str, Any]] | None = None, pictures: Mapping[Figure, Any] | None = None,
               histories: list[tuple[str, str, Any]] | None = None, cross_deck: list[str] | None = None,
               outlines: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
               table_pictures: Mapping[str, list[tuple[str, Any]]] | None = None, row_cache: Any = None) -> PageParts:
    """`summary_html`'s page in parts; the arguments are `summary_html`'s. A picture may be a `str` or an
    object whose `str` is the URI and whose `token` names it (figures.CachedUri: read only when drawn).
    `row_cache` (`deck_rows.RowCache`): the decks table's rows of unchanged decks taken from it."""
    counts = {s: sum(d["status"] == s for d in decks) for s in dict.fromkeys(d["status"] for d in decks)}
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in budgets:
        by_doc.setdefault(str(r["doc"]), []).append(r)
    held: dict[str, list[Mapping[str, Any]]] = {}
    for h in held_back or []:
        held.setdefault(str(h.get("doc")), []).append(h)
    from .deck_rows import deck_rows as rows_of_decks
    from .deck_rows import programmes_part

    deck_rows = rows_of_decks(decks, validation, tables, {k: len(v) for k, v in by_doc.items()},
                              {k: len(v) for k, v in held.items()} if held_back is not None else None, row_cache)
    frame = str(_env().get_template("page.html").render(
        css=_markup(_CSS), generated=dt.datetime.now().isoformat(timespec="seconds"), counts=counts, tables=tables,
        deck_rows=deck_rows, decks_check=decks_check, decks_check_cls=_result(decks_check)[0] if decks_check else "",
        sections=_markup(_SECTIONS_MARK), programmes_html=_markup(programmes_part(histories or [], cross_deck or [], row_cache))))
    head, tail = frame.split(_SECTIONS_MARK, 1)
    sections = (_deck_section(d, by_doc.get(d["doc"], []), validation.get(d["doc"], {}), held.get(d["doc"], []),
                              (outlines or {}).get(d["doc"]) or [], (table_pictures or {}).get(d["doc"]) or [], pictures or {})
                for d in decks)
    return PageParts(head, sections, tail)


def _deck_section(d: dict[str, Any], rows: list[dict[str, Any]], v: Mapping[str, Mapping[str, Any]],
                  kept: list[Mapping[str, Any]], outline: Sequence[Mapping[str, Any]], shots: list[tuple[str, Any]],
                  pictures: Mapping[Figure, Any]) -> DeckSection:
    """One deck's section: what it shows, with a key over all of it (the pictures by their tokens)."""
    figs = [pictures.get(Figure(r["doc"], int(r["page"]), r["box"])) if r.get("box") and r.get("page") is not None
            else None for r in rows]
    # keyed on what it shows, as the next run reads it back (the manifest's checks sorted, the table's fields in
    # its order): not the deck's `action` (each kept deck's changes once), its fields by name, of its checks the lists shown
    shown = sorted((k, x) for k, x in d.items() if k != "action")
    checks = tuple(_listed(v, f) for f in ("failures", "warning_list"))
    key = section_key(shown, rows, checks, kept, outline, [(c, _token(u)) for c, u in shots], [_token(f) for f in figs])
    return DeckSection(str(d["doc"]), key, (d, rows, v, kept, outline, shots, pictures))


def _token(picture: Any) -> str | None:
    """What names a picture in a section's key: its cached file's name, else a hash of its URI."""
    if picture is None:
        return None
    token = getattr(picture, "token", None)
    return str(token) if token is not None else hashlib.blake2b(str(picture).encode(), digest_size=12).hexdigest()


@lru_cache(maxsize=1)
def _code_token() -> str:
    """A hash of what renders a section besides its data: the templates and this module's code."""
    from importlib import resources

    h = hashlib.blake2b(digest_size=12)
    for name in ("macros.html", "page.html"):
        h.update(resources.files("extract.report").joinpath("templates", name).read_bytes())
    for mod in ("page.py", "outline.py", "figures.py"):
        h.update(resources.files("extract.report").joinpath(mod).read_bytes())
    return h.hexdigest()


def section_key(*shown: Any) -> str:
    """A hash of everything a deck's section shows (and of the code that renders it). The data are
    serialized by pickle without its memo (`fast`: equal data give equal bytes whatever objects they
    share), five times cheaper than a JSON dump (issue 25: a key per deck and per decks-table row, every
    run); what pickle cannot take is dumped as JSON (anything else as its repr), as before."""
    h = hashlib.blake2b(_code_token().encode("utf-8"), digest_size=16)
    buf = io.BytesIO()
    try:
        pickler = pickle.Pickler(buf, protocol=5)
        pickler.fast = True  # no memo: the bytes depend on the values alone, not on which objects are shared
        pickler.dump(shown)
        h.update(b"p" + buf.getvalue())
    except (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError):
        h.update(b"j" + json.dumps(shown, ensure_ascii=False, default=repr, separators=(",", ":")).encode("utf-8"))
    return h.hexdigest()


def _listed(v: Mapping[str, Mapping[str, Any]], field: str) -> list[Any]:
    """A deck's checks' `field` lists, one after the other in the checks' order (as its section shows them)."""
    return [x for s in v.values() for x in s.get(field) or []]


def _section_view(d: dict[str, Any], rows: list[dict[str, Any]], v: Mapping[str, Mapping[str, Any]],
                  kept: list[Mapping[str, Any]], outline: Sequence[Mapping[str, Any]], shots: list[tuple[str, Any]],
                  pictures: Mapping[Figure, Any]) -> dict[str, Any]:
    """What the `deck_section` macro is given for one deck."""
    section: dict[str, Any] = {
        "deck": d, "rows": rows, "held_rows": kept,
        "failures": _listed(v, "failures"), "warnings": _listed(v, "warning_list"),
        "unnamed": sum(programme(r) is None for r in rows),
        "chart": _markup(budget_chart_svg(rows)) if rows else "",
        "table": _markup(_budgets_table(rows, pictures)) if rows else "",
        "held": _markup(_held_back_table(kept)) if kept else "",
        #: more HTML sections of this deck, shown after its held-back rows
        "sections": [],
    }
    if outline:
        from .outline import outline_section

        section["sections"].append(_markup(outline_section(outline)))
    if shots:  # the tables read (cells outlined), so a reader sees what was read
        section["sections"].append(_markup(f"<h3>Tables read ({len(shots)} shown)</h3>" + "".join(
            f"<figure><figcaption>{html.escape(cap)}</figcaption><img src='{html.escape(str(uri))}' alt='{html.escape(cap)}'></figure>"
            for cap, uri in shots)))
    return section
