"""One small chart per programme over the fiscal years it has figures for (the `budget_history` table),
as inline SVG text: text stays text (the browser's fonts draw it), charts are cached by their data."""
from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pandas as pd

from ..fileio import write_atomic


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
    rows = history[history["program_id"] == program_id].sort_values(["role", "fy"])
    if rows["fy"].nunique() < 2:
        return ""
    if cache is not None:
        key = hashlib.sha256(rows.to_json(orient="records", force_ascii=False).encode()).hexdigest()[:20]
        hit = cache / f"history-{key}.svg"
        if hit.is_file():
            return hit.read_text(encoding="utf-8")
        svg = history_chart_svg(history, program_id)
        cache.mkdir(parents=True, exist_ok=True)
        write_atomic(hit, svg.encode("utf-8"))
        return svg
    import logging
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    div, unit = _scale([float(v) for v in rows["budget_yen"]])
    name = rows["program"].dropna().iloc[0] if rows["program"].notna().any() else program_id
    years = sorted(int(y) for y in rows["fy"].unique())
    with warnings.catch_warnings(), matplotlib.rc_context({"svg.fonttype": "none", "font.size": 8}):
        warnings.simplefilter("ignore")  # missing CJK glyph metrics are harmless: the browser draws the text
        fig, ax = plt.subplots(figsize=(4.2, 2.2))
        for role, color in (("budget", "#1f5fa8"), ("supplementary_budget", "#c06000")):
            r = rows[rows["role"] == role]
            if r.empty:
                continue
            xs, ys = [int(v) for v in r["fy"]], [float(v) / div for v in r["budget_yen"]]
            ax.plot(xs, ys, color=color, label="budget" if role == "budget" else "supplementary")
            own = [s == "budget" for s in r["stated_as"]]
            ax.scatter([x for x, o in zip(xs, own) if o], [y for y, o in zip(ys, own) if o], color=color, zorder=3)
            ax.scatter([x for x, o in zip(xs, own) if not o], [y for y, o in zip(ys, own) if not o],
                       facecolors="white", edgecolors=color, zorder=3)
            for x, y, v in zip(xs, ys, r["cross_deck"]):
                if v == "differ":
                    ax.annotate("decks differ", (x, y), textcoords="offset points", xytext=(4, 6), color="#b00020")
        ax.set_xticks(years, [f"FY{y}" for y in years])
        ax.set_ylabel(unit)
        ax.set_ylim(0, max(float(v) for v in rows["budget_yen"]) / div * 1.18)
        if (rows["stated_as"] != "budget").any():
            fig.text(0.98, 0.96, "○ a later deck's 前年度 figure", fontsize=7, va="top", ha="right", color="#555")
        fig.text(0.02, 0.96, str(name)[:40], fontsize=9, va="top")  # a figure text: no title layout pass
        ax.yaxis.set_major_locator(MaxNLocator(4))
        ax.margins(x=0.15)
        if rows["role"].nunique() > 1:
            ax.legend(loc="lower right")
        fig.subplots_adjust(left=0.16, right=0.97, top=0.86, bottom=0.14)  # fixed: tight_layout costs 4x
        buf = io.StringIO()
        fig.savefig(buf, format="svg")
        plt.close(fig)
    svg = buf.getvalue()
    return svg[svg.index("<svg"):]


def history_charts(history: pd.DataFrame, cache: Path | None = None) -> list[tuple[str, str, str]]:
    """(program_id, programme name, SVG) for every programme with two or more fiscal years."""
    out = []
    for pid in charted_programs(history):
        rows = history[history["program_id"] == pid]
        name = str(rows["program"].dropna().iloc[0]) if rows["program"].notna().any() else pid
        svg = history_chart_svg(history, pid, cache)
        if svg:
            out.append((pid, name, svg))
    return out
