"""One small chart per programme over the fiscal years it has figures for (the `budget_history` table),
as inline SVG text: text stays text (the browser's fonts draw it), charts are cached by their data."""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pandas as pd

from ..fileio import write_atomic
from ..housekeeping import touch, used
from .cached import CachedFile


def _scale(values: list[float]) -> tuple[float, str]:
    top = max(values) if values else 0.0
    if top >= 1e9:
        return 1e8, "億円"
    if top >= 1e7:
        return 1e6, "百万円"
    return 1e3, "千円"


def charted_programs(history: pd.DataFrame) -> list[str]:
    """The programmes with figures in two or more fiscal years (one role at least), in table order."""
    if history.empty:
        return []
    years = history.groupby(["program_id", "role"])["fy"].nunique()
    keep = {str(key[0]) for key, n in years.items() if isinstance(key, tuple) and n >= 2}
    return [pid for pid in dict.fromkeys(history["program_id"]) if pid in keep]


def history_chart_svg(history: pd.DataFrame, program_id: str, cache: Path | None = None) -> str:
    """The programme's figure per fiscal year (a line per role: budget, supplementary budget), with each
    year's figure as its own year's deck states it (filled) or only as a later deck's previous-year
    figure (hollow); a year where the decks disagree is marked. Empty when it has fewer than two years."""
    return _chart(history[history["program_id"] == program_id].sort_values(["role", "fy"]), program_id, cache)


def _chart(rows: pd.DataFrame, program_id: str, cache: Path | None, key: str | None = None) -> str:
    """`history_chart_svg` of one programme's rows, already sorted by role and fiscal year; `key`: the cache's
    name for these rows when the caller has one (`history_charts` hashes the whole table at once)."""
    if rows["fy"].nunique() < 2:
        return ""
    if cache is not None:
        key = key or hashlib.sha256(rows.to_json(orient="records", force_ascii=False).encode()).hexdigest()[:20]
        hit = cache / f"history-{key}.svg"
        if hit.is_file():
            touch(hit)  # used: kept by the cache's pruning
            return hit.read_text(encoding="utf-8")
        svg = _draw(rows, program_id)
        cache.mkdir(parents=True, exist_ok=True)
        write_atomic(hit, svg.encode("utf-8"))
        return svg
    return _draw(rows, program_id)


_W, _H, _L, _R, _T, _B = 420, 200, 56, 14, 30, 28  # size and margins, in px
_COLORS = {"budget": "#1f5fa8", "supplementary_budget": "#c06000"}


def _draw(rows: pd.DataFrame, program_id: str) -> str:
    """The chart as SVG drawn by hand (a few dozen elements: fast enough for hundreds of programmes)."""
    from html import escape

    div, unit = _scale([float(v) for v in rows["budget_yen"]])
    name = str(rows["program"].dropna().iloc[0]) if rows["program"].notna().any() else program_id
    years = sorted(int(y) for y in rows["fy"].unique())
    top = max(float(v) for v in rows["budget_yen"]) / div * 1.18 or 1.0

    def x(fy: int) -> float:
        return _L + (years.index(fy) + 0.5) * (_W - _L - _R) / len(years)

    def y(v: float) -> float:
        return _H - _B - v / top * (_H - _T - _B)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{_W}" height="{_H}" viewBox="0 0 {_W} {_H}" '
           f'role="img" aria-label="{escape(name)}: figure per fiscal year">',
           f'<text x="4" y="16" font-size="12">{escape(name[:40])}</text>',
           f'<text x="4" y="{_T + 4}" font-size="10" fill="#555">{unit}</text>',
           f'<line x1="{_L}" y1="{_H - _B}" x2="{_W - _R}" y2="{_H - _B}" stroke="#999"/>']
    for fy in years:
        out.append(f'<text x="{x(fy):.1f}" y="{_H - 8}" font-size="10" text-anchor="middle">FY{fy}</text>')
    for role, color in _COLORS.items():
        r = rows[rows["role"] == role]
        if r.empty:
            continue
        pts = [(x(int(f)), y(float(v) / div), float(v) / div, s, c)
               for f, v, s, c in zip(r["fy"], r["budget_yen"], r["stated_as"], r["cross_deck"])]
        out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" '
                   f'points="{" ".join(f"{px:.1f},{py:.1f}" for px, py, *_ in pts)}"/>')
        for px, py, v, stated, cross in pts:
            fill = color if stated == "budget" else "white"  # hollow: only a later deck's 前年度 figure
            out.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="4" fill="{fill}" stroke="{color}" stroke-width="1.5"/>')
            out.append(f'<text x="{px:.1f}" y="{py - 8:.1f}" font-size="10" text-anchor="middle">{v:,.1f}</text>')
            if cross == "differ":
                out.append(f'<text x="{px + 6:.1f}" y="{py + 14:.1f}" font-size="10" fill="#b00020">decks differ</text>')
    if (rows["stated_as"] != "budget").any():
        out.append(f'<text x="{_W - 4}" y="16" font-size="9" text-anchor="end" fill="#555">'
                   "○ a later deck's 前年度 figure</text>")
    if rows["role"].nunique() > 1:
        out.append(f'<text x="{_W - 4}" y="28" font-size="9" text-anchor="end" fill="#c06000">— supplementary</text>')
    out.append("</svg>")
    return "".join(out)


class CachedSvg(CachedFile):
    """A cached chart's SVG text, read from its file only when the page draws it."""

    __slots__ = ()


def history_charts(history: pd.DataFrame, cache: Path | None = None) -> list[tuple[str, str, str | CachedSvg]]:
    """(program_id, programme name, SVG) for every programme with two or more fiscal years; a chart found in
    the `cache` is given as its file (`CachedSvg`), read when its text is asked for."""
    out = []
    # one pass to split the table by programme (filtering the whole table once per programme was
    # quadratic in the number of decks); each group keeps the table's row order, so the charts are the same
    # and one sort of the whole table by role and year (stable: within a programme the same order as
    # sorting its rows alone), not a sort per programme
    charted = charted_programs(history)
    if not charted:
        return []
    ordered = history.sort_values(["role", "fy"]).reset_index(drop=True)
    positions = {str(pid): idx for pid, idx in ordered.groupby("program_id", sort=False).indices.items()}
    # each programme's name: its first programme name in that order (one pass, not a filter per programme)
    names = {str(k): str(v) for k, v in ordered.groupby("program_id", sort=False)["program"].first().items() if pd.notna(v)}
    # the cache's key of a programme's chart from a hash of each row, taken once over the whole table (a
    # text dump of each programme's rows cost more than drawing its chart: a run with 1,000 programmes);
    # a cached chart is read without building its programme's rows
    hashes = pd.util.hash_pandas_object(ordered.astype(str), index=False).to_numpy()
    now, folder = time.time(), os.fspath(cache) if cache is not None else ""
    for pid in charted:
        idx = positions[pid]
        key = "h" + hashlib.blake2b(hashes[idx].tobytes() + pid.encode(), digest_size=10).hexdigest()
        name = f"history-{key}.svg"
        # one stat of the cached chart (touched at most once a day), its Path made only when it is used
        size = used(os.path.join(folder, name), now) if cache is not None else None
        svg: str | CachedSvg
        if size is not None and cache is not None:
            svg = CachedSvg(cache / name) if size else ""  # read only when the page draws it (a programmes part copied reads none)
        else:
            svg = _chart(ordered.iloc[idx], pid, cache, key)
        if svg:
            out.append((pid, names.get(pid, pid), svg))
    return out
