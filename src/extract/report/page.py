"""The review page of a run (`reports/index.html`): where an analyst checks what was published.

One self-contained file (inline CSS, charts as inline SVG drawn here, source pictures as `data:` URIs;
no script, no external request). For each deck: its status and checks, its budgets table (programme,
year, figure, previous, change, the source line with page/line and, for PDFs, a picture of the page
around the figure), a chart of this year beside the previous one, and the rows held back by validation
with their source. A figure whose programme the deck names nowhere is shown as such, never hidden.
"""
from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Iterable, Mapping
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
    return v is None or (isinstance(v, float) and math.isnan(v)) or str(v) in ("<NA>", "nan", "NaT")


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

def _result(summary: Mapping[str, Any]) -> tuple[str, str]:
    """(css class, linked text) of one table's validation."""
    cls = "bad" if summary["failed"] else ("warn" if summary["warnings"] else "ok")
    text = f"{summary['passed']} passed, {summary['failed']} failed"
    if summary["warnings"]:
        text += f", {summary['warnings']} warnings"
    link = f'<a href="gx/{html.escape(summary["docs_page"])}">{text}</a>' if summary.get("docs_page") else text
    return cls, f"{link}<br><small>{summary['rows']} rows</small>"


def _cell(summary: Mapping[str, Any] | None) -> str:
    if not summary:
        return "<td>-</td>"
    cls, body = _result(summary)
    return f'<td class="{cls}">{body}</td>'


def _source(row: Mapping[str, Any], picture: str | None) -> str:
    where = place(row)
    src = f"<small>{_e(where)}</small>" if where else ""
    if row.get("source"):
        src += f"<q>{_e(row['source'])}</q>"
    if picture:
        src += f'<img src="{picture}" alt="{_e(where)}: {_e(row.get("text"))}, outlined in red" loading="lazy">'
    return f"<td class='src'>{src}</td>"


def _budgets_table(rows: list[dict[str, Any]], pictures: Mapping[Figure, str]) -> str:
    extra = [c for c in ("role", "account", "parent") if any(r.get(c) is not None for r in rows)]
    out = ["<table class='budgets'><tr><th>programme</th><th>FY</th>" + "".join(f"<th>{c}</th>" for c in extra)
           + "<th>figure</th><th>previous year</th><th>change</th><th>source</th></tr>"]
    for r in rows:
        name = programme(r)
        prog = _e(name) if name else f"<span class='noname'>{NO_PROGRAMME}</span>"
        change = r.get("change_pct")
        cls = "" if change is None else (" up" if float(change) > 0 else " down" if float(change) < 0 else "")
        prev = yen(r.get("previous_budget_yen"))
        if prev and r.get("previous_text"):
            prev += f"<br><small>{_e(r['previous_text'])}</small>"
        fig = Figure(r["doc"], int(r["page"]), r["box"]) if r.get("box") and r.get("page") is not None else None
        out.append(f"<tr><td>{prog}</td><td>{_e(r.get('fy'))}</td>" + "".join(f"<td>{_e(r.get(c))}</td>" for c in extra)
                   + f"<td class='num' title='{_e(r.get('budget_yen'))} 円'>{yen(r.get('budget_yen'))}"
                   f"<br><small>{_e(r.get('text'))}</small></td><td class='num'>{prev}</td>"
                   f"<td class='num{cls}'>{'' if change is None else f'{float(change):+.1f}%'}</td>"
                   + _source(r, pictures.get(fig) if fig else None) + "</tr>")
    out.append("</table>")
    return "".join(out)


_HELD_BACK_COLUMNS = ("table", "key", "text", "expectation", "observed", "reason")


def _held_back_table(rows: list[Mapping[str, Any]]) -> str:
    cols = [c for c in _HELD_BACK_COLUMNS if any(not _missing(r.get(c)) for r in rows)]
    out = ["<table class='held-back'><tr>" + "".join(f"<th>{c}</th>" for c in cols) + "<th>where</th></tr>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{_e(r.get(c))}</td>" for c in cols) + f"<td>{_e(place(r))}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _programmes_section(histories: list[tuple[str, str, str]], cross_deck: list[str]) -> str:
    """Programmes followed across decks: a small chart per programme with two or more fiscal years, and
    every place where one deck's previous-year figure disagrees with another deck's budget."""
    e = html.escape
    out = ["<h2 id='programmes'>Programmes across decks</h2>"]
    if cross_deck:
        out.append(f"<h3>Decks that disagree ({len(cross_deck)})</h3><ul>"
                   + "".join(f"<li>{e(f)}</li>" for f in cross_deck) + "</ul>")
    else:
        out.append("<p class='muted'>No deck's previous-year figure disagrees with another deck's budget.</p>")
    if histories:
        out.append(f"<h3>Histories ({len(histories)} programmes with two or more fiscal years)</h3><div>")
        out += [f"<figure id='p-{e(pid)}' title='{e(name)}'>{svg}</figure>" for pid, name, svg in histories]
        out.append("</div>")
    return "\n".join(out)


def summary_html(decks: list[dict[str, Any]], validation: Mapping[str, Mapping[str, Mapping[str, Any]]],
                 tables: list[str], budgets: list[dict[str, Any]], decks_check: Mapping[str, Any] | None = None,
                 held_back: list[Mapping[str, Any]] | None = None,
                 pictures: Mapping[Figure, str] | None = None,
                 histories: list[tuple[str, str, str]] | None = None, cross_deck: list[str] | None = None,
                 table_pictures: Mapping[str, list[tuple[str, str]]] | None = None) -> str:
    """The page: totals, a row per deck with each table's checks, then per deck its budgets (table,
    chart, sources) and its problems (failures, warnings, rows held back). `budgets` are
    `budget_rows(...)`; `held_back` the published `held_back` table's rows, when there is one."""
    e = html.escape
    pictures = pictures or {}
    counts = {s: sum(d["status"] == s for d in decks) for s in dict.fromkeys(d["status"] for d in decks)}
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in budgets:
        by_doc.setdefault(str(r["doc"]), []).append(r)
    held: dict[str, list[Mapping[str, Any]]] = {}
    for h in held_back or []:
        held.setdefault(str(h.get("doc")), []).append(h)
    out = ["<!doctype html><html lang='ja'><head><meta charset='utf-8'>"
           "<meta name='viewport' content='width=device-width, initial-scale=1'><title>deck-to-data report</title>"
           f"<style>{_CSS}</style></head><body>",
           "<h1>deck-to-data: review of the published tables</h1>",
           f"<p><small>Generated {e(dt.datetime.now().isoformat(timespec='seconds'))}. "
           "Every check in full: <a href='gx/index.html'>Great Expectations Data Docs</a>.</small></p>",
           "<p class='totals'>" + "".join(f"<span class='{e(k)}'>{v} {e(k)}</span>" for k, v in counts.items()) + "</p>",
           "<h2>Decks</h2><table><tr><th>deck</th><th>this run</th><th>type</th><th>pages</th><th>mentions</th>"
           "<th>budget figures</th><th>held back</th><th>status</th>" + "".join(f"<th>{e(t)}</th>" for t in tables) + "</tr>"]
    for d in decks:
        v = validation.get(d["doc"], {})
        n_held = len(held.get(d["doc"], [])) if held_back is not None else "-"
        out.append(f"<tr><td><a href='#{e(d['doc'])}'>{e(d['doc'])}</a><br><small>{e(d.get('file') or '')}</small></td>"
                   f"<td>{e(d.get('action', ''))}</td><td>{e(str(d.get('source_type') or ''))}</td>"
                   f"<td class='num'>{d.get('pages') or '-'}</td><td class='num'>{d.get('mentions') or 0}</td>"
                   f"<td class='num'>{len(by_doc.get(d['doc'], []))}</td><td class='num'>{n_held}</td>"
                   f"<td class='{e(d['status'])}'>{e(d['status'])}</td>" + "".join(_cell(v.get(t)) for t in tables) + "</tr>")
    out.append("</table>")
    if decks_check:
        cls, body = _result(decks_check)
        out.append(f"<p class='{cls}'>decks table: {body}</p>")
    for d in decks:
        doc = d["doc"]
        rows, v, kept = by_doc.get(doc, []), validation.get(doc, {}), held.get(doc, [])
        out.append(f"<h2 id='{e(doc)}'>{e(doc)} <small class='{e(d['status'])}'>{e(d['status'])}</small></h2>"
                   f"<p><small>{e(d.get('file') or '')} · {e(str(d.get('source_type') or ''))} · "
                   f"{d.get('pages') or '-'} pages · {d.get('mentions') or 0} mentions</small></p>")
        if d.get("error"):
            out.append(f"<p class='failed'>{e(str(d['error']))}</p>")
        problems = [f"<li class='failed'>error: {e(x)}</li>" for s in v.values() for x in s.get("failures") or []]
        problems += [f"<li>warning: {e(x)}</li>" for s in v.values() for x in s.get("warning_list") or []]
        if problems:
            out.append("<h3>Checks that failed or warned</h3><ul>" + "".join(problems) + "</ul>")
        if rows:
            unnamed = sum(programme(r) is None for r in rows)
            note = f" · {unnamed} with {NO_PROGRAMME}" if unnamed else ""
            out.append(f"<h3>Budgets ({len(rows)} figures{note})</h3>"
                       f"<figure>{budget_chart_svg(rows)}</figure>{_budgets_table(rows, pictures)}")
        elif d["status"] != "removed":
            out.append("<p class='muted'>No budget figures.</p>")
        if kept:
            out.append(f"<h3>Rows held back by validation ({len(kept)})</h3>{_held_back_table(kept)}")
        shots = (table_pictures or {}).get(doc) or []
        if shots:  # the tables read (cells outlined), so a reader sees what was read
            out.append(f"<h3>Tables read ({len(shots)} shown)</h3>" + "".join(
                f"<figure><figcaption>{e(cap)}</figcaption><img src='{uri}' alt='{e(cap)}'></figure>" for cap, uri in shots))
    out.append(_programmes_section(histories or [], cross_deck or []))
    out.append("</body></html>")
    return "\n".join(out)
