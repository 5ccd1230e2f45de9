"""The data-quality report: Great Expectations Data Docs plus one self-contained summary page
(`reports/index.html`: inline CSS, the budgets chart as inline SVG, no external assets)."""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
from pathlib import Path
from typing import Any

import pandas as pd

from ..fileio import write_atomic

_CSS = """
body{font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans CJK JP",sans-serif;margin:2rem;color:#222;max-width:1200px}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.published{color:#0a7a2f;font-weight:600}.quarantined{color:#b35c00;font-weight:600}
.failed{color:#b00020;font-weight:600}.ok{background:#eaf7ee}.bad{background:#fdecea}.warn{background:#fff6e0}
.totals span{display:inline-block;margin-right:1.5rem;font-size:1.1rem}small{color:#666}ul{margin:.2rem 0}
"""


def budget_chart_svg(budgets: pd.DataFrame, doc: str, cache: Path | None = None) -> str:
    """Each programme's budget this fiscal year beside the previous year's (億円), as inline SVG text.
    Charts are cached by their data (`cache`): an unchanged deck's chart is not drawn again."""
    if cache is not None:
        rows = budgets[budgets["doc"] == doc]
        key = hashlib.sha256(rows.to_json(orient="records", force_ascii=False).encode()).hexdigest()[:20]
        hit = cache / f"{key}.svg"
        if hit.is_file():
            return hit.read_text(encoding="utf-8")
        svg = budget_chart_svg(budgets, doc)
        cache.mkdir(parents=True, exist_ok=True)
        write_atomic(hit, svg.encode("utf-8"))
        return svg
    import matplotlib

    matplotlib.use("Agg")
    import logging

    import matplotlib.pyplot as plt

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    rows = budgets[budgets["doc"] == doc]
    if rows.empty:
        return ""
    # budgets rows may leave program and fy empty where the deck states none (schema 2.0.0)
    labels = [f"{str(p)[:28] if pd.notna(p) else '(no programme named)'} (FY{int(fy) if pd.notna(fy) else '?'})"
              for p, fy in zip(rows["program"], rows["fy"])]
    cur = [float(v) / 1e8 for v in rows["budget_yen"]]
    prev = [float(v) / 1e8 if pd.notna(v) else 0.0 for v in rows["previous_budget_yen"]]
    height = 0.5 * len(labels) + 1.2
    import warnings

    # text stays text in the SVG (the browser's fonts draw it), so missing CJK glyph metrics here are harmless
    with warnings.catch_warnings(), matplotlib.rc_context({"svg.fonttype": "none", "font.size": 9}):
        warnings.simplefilter("ignore")  # text stays text: the browser's fonts draw it
        fig, ax = plt.subplots(figsize=(9, height))
        y = range(len(labels))
        ax.barh([i + 0.2 for i in y], prev, height=0.4, label="previous year", color="#9fb7d6")
        ax.barh([i - 0.2 for i in y], cur, height=0.4, label="this fiscal year", color="#1f5fa8")
        ax.set_yticks(list(y), labels)
        ax.invert_yaxis()
        ax.set_xlabel("億円 (100 million yen)")
        ax.legend(loc="lower right")
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg")
        plt.close(fig)
    svg = buf.getvalue()
    return svg[svg.index("<svg"):]


def _result(summary: dict[str, Any]) -> tuple[str, str]:
    """(css class, linked text) of one table's validation."""
    cls = "bad" if summary["failed"] else ("warn" if summary["warnings"] else "ok")
    text = f"{summary['passed']} passed, {summary['failed']} failed"
    if summary["warnings"]:
        text += f", {summary['warnings']} warnings"
    link = f'<a href="gx/{html.escape(summary["docs_page"])}">{text}</a>' if summary.get("docs_page") else text
    return cls, f"{link}<br><small>{summary['rows']} rows</small>"


def _cell(summary: dict[str, Any] | None) -> str:
    if not summary:
        return "<td>-</td>"
    cls, body = _result(summary)
    return f'<td class="{cls}">{body}</td>'


def summary_html(decks: list[dict[str, Any]], validation: dict[str, dict[str, dict[str, Any]]],
                 tables: list[str], budgets: pd.DataFrame, decks_check: dict[str, Any] | None = None,
                 cache: Path | None = None) -> str:
    """The one-page summary: totals, a row per deck with each table's result, failures, budgets charts."""
    e = html.escape
    counts = {s: sum(d["status"] == s for d in decks) for s in ("published", "quarantined", "failed", "removed")}
    out = [f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>deck-to-data report</title>"
           f"<style>{_CSS}</style></head><body>",
           "<h1>deck-to-data: data-quality report</h1>",
           f"<p><small>Generated {e(dt.datetime.now().isoformat(timespec='seconds'))}. "
           f"Full results: <a href='gx/index.html'>Great Expectations Data Docs</a>.</small></p>",
           "<p class='totals'>" + "".join(f"<span class='{k}'>{v} {k}</span>" for k, v in counts.items()) + "</p>",
           "<h2>Decks</h2><table><tr><th>deck</th><th>this run</th><th>type</th><th>pages</th><th>mentions</th><th>status</th>"
           + "".join(f"<th>{e(t)}</th>" for t in tables) + "</tr>"]
    for d in decks:
        v = validation.get(d["doc"], {})
        out.append(f"<tr id='{e(d['doc'])}'><td>{e(d['doc'])}<br><small>{e(d.get('file') or '')}</small></td>"
                   f"<td>{e(d.get('action', ''))}</td>"
                   f"<td>{e(str(d.get('source_type') or ''))}</td><td>{d.get('pages') or '-'}</td>"
                   f"<td>{d.get('mentions') or 0}</td><td class='{e(d['status'])}'>{e(d['status'])}</td>"
                   + "".join(_cell(v.get(t)) for t in tables) + "</tr>")
    out.append("</table>")
    if decks_check:
        cls, body = _result(decks_check)
        out.append(f"<p class='{cls}'>decks table: {body}</p>")
    problems = [(d, validation.get(d["doc"], {})) for d in decks if d["status"] not in ("published", "removed")
                or any(s["warnings"] for s in validation.get(d["doc"], {}).values())]
    if problems:
        out.append("<h2>Failures and warnings</h2>")
        for d, v in problems:
            out.append(f"<h3>{e(d['doc'])} <span class='{e(d['status'])}'>{e(d['status'])}</span></h3><ul>")
            if d["status"] == "failed":
                out.append(f"<li class='failed'>{e(d.get('error') or '')}</li>")
            for s in v.values():
                out += [f"<li class='failed'>error: {e(x)}</li>" for x in s["failures"]]
                out += [f"<li>warning: {e(x)}</li>" for x in s["warning_list"]]
            out.append("</ul>")
    out.append("<h2>Budgets: this fiscal year beside the previous year</h2>")
    docs_with_budgets = [doc for doc in dict.fromkeys(budgets["doc"])] if len(budgets) else []
    if not docs_with_budgets:
        out.append("<p>No budget figures with a stated fiscal year.</p>")
    for doc in docs_with_budgets:
        out.append(f"<h3>{e(doc)}</h3><figure>{budget_chart_svg(budgets, doc, cache)}</figure>")
    out.append("</body></html>")
    return "\n".join(out)
