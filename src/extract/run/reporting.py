"""The report stage: the review page of what will be published."""
from __future__ import annotations

import logging
import os
import select
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..ingest.page_readers import aside
from ..model import DeckResult
from ..options import RunOptions
from ..publish.generations import Published
from ..publish.merge import merge_outline
from ..sandbox import read_passwords
from ..tables import tables_of
from .merging import Merged, Validated

log = logging.getLogger("extract")
#: where the report stage writes the page for the publish stage to move into the new generation
STAGED_PAGE = ("report", "index.html")


def report(merged: Merged, validated: Validated, options: RunOptions, prev: Published | None = None,
           passwords: dict[str, str] | None = None) -> Path:
    """The review page (`reports/index.html`) of what will be published, written to a file under the output
    folder's cache (its path is returned; `publish` moves it into the generation): per deck its
    budgets with their source lines and, for PDFs, pictures of the page around each figure (drawn from
    the deck files in `options.raw`, cached under `<out>/.cache/figures`), and the rows held back.
    `prev` is the published generation and `passwords` the decks' (each read once by the run)."""
    from ..outdir import real_dir
    from ..report.deck_rows import ROWS_FILE, RowCache
    from ..report.figures import source_pictures, table_figures, table_pictures
    from ..report.history import history_charts
    from ..report.page import budget_rows, figures_of, page_parts
    from ..report.stream import write_page

    if merged.programs is not None:
        # the linker's rows are that frame's rows (`tables.rows_of`): read as they are, not out of the frame again
        budgets: list[dict[str, Any]] = merged.programs.budgets
    else:
        frame = (merged.frames or tables_of(merged.records))["budgets"]
        budgets = [{str(k): v for k, v in r.items()} for r in frame.to_dict("records")]
    rows = budget_rows(budgets, merged.records)
    raw = options.raw_folder
    files = {d["doc"]: (raw / str(d["file"]), d.get("sha256")) for d in merged.deck_rows if d.get("file")}
    if passwords is None:
        passwords = read_passwords(options.passwords_path()).passwords
    out_dir = Path(options.out_dir)
    fresh = {str(d["doc"]) for d in merged.shown if d.get("action") == "extracted"}  # read by this run: drawn first
    pictures = source_pictures(figures_of(rows), files, real_dir(out_dir, ".cache", "figures"), passwords, fresh=fresh)
    histories = history_charts(merged.programs.budget_history, real_dir(out_dir, ".cache", "charts")) \
        if merged.programs is not None else []
    outlines: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for o in merge_outline(validated.results, prev if prev is not None else Published(out_dir), merged.removed):
        outlines[o["doc"]].append(o)
    grids = table_pictures(table_figures(merged.cells), files, out_dir / ".cache" / "figures", passwords, fresh=fresh)
    shots: dict[str, list[tuple[str, Any]]] = {}
    for f, uri in sorted(grids.items(), key=lambda kv: (kv[0].doc, kv[0].page, kv[0].table)):
        shots.setdefault(f.doc, []).append((f"page {f.page}, table {f.table}: {len(f.cells)} numbers", uri))
    staged = real_dir(out_dir, ".cache", STAGED_PAGE[0]) / STAGED_PAGE[1]
    row_cache = RowCache(staged.parent / ROWS_FILE)  # the decks table's rows of unchanged decks, as last rendered
    parts = page_parts(merged.shown, merged.validation, validated.tables, rows, merged.decks_check,
                       held_back=list(merged.held_back), pictures=pictures, histories=histories,
                       cross_deck=merged.cross_deck_findings, outlines=outlines, table_pictures=shots, row_cache=row_cache)
    last = prev if prev is not None else Published(out_dir)
    # the sections of decks whose section is unchanged are copied from the published page (report/stream.py)
    write_page(staged, parts, last.dir / "reports" / "index.html")
    row_cache.save()
    return staged


def _draw_figures(results: list[DeckResult], options: RunOptions, passwords: dict[str, str],
                  stop: Callable[[], bool]) -> None:
    """The source pictures of the budget figures of this run's decks (their rows as read, before validation:
    what the report will want of them, give or take a held-back row) drawn into the picture cache."""
    from ..outdir import real_dir
    from ..report.figures import source_pictures
    from ..report.page import budget_rows, figures_of
    from ..tables import rows_of, table_rows
    from .merging import with_cell_budget_rows

    records = [m for r in results for m in r.records]
    budgets = with_cell_budget_rows(rows_of(table_rows(records)["budgets"], "budgets"),
                                    [b for r in results for b in r.cell_budgets])
    files = {r.doc: (options.raw_folder / r.file, r.sha256) for r in results if r.file}
    source_pictures(figures_of(budget_rows(budgets, records)), files, real_dir(Path(options.out_dir), ".cache", "figures"),
                    passwords, fresh={r.doc for r in results}, stop=stop)


def draw_ahead(results: list[DeckResult], options: RunOptions, passwords: dict[str, str] | None,
               cores: int) -> Callable[[], None]:
    """Start drawing the report's source pictures of this run's decks into the picture cache, in a forked
    process, while the run validates and merges on one core; the report, started once this is stopped,
    finds them there and draws only the rest (the same pictures: drawn from the same bytes, each cached
    by deck, page and box). Returns what stops it, after the picture being drawn. Without a second
    core (`aside`) nothing is started: the report draws them all, as before."""
    wake, stop_at = os.pipe()

    def draw() -> None:
        os.close(stop_at)
        log.disabled = True  # (this process only) a picture that cannot be drawn: the report says so
        got = passwords if passwords is not None else read_passwords(options.passwords_path()).passwords
        _draw_figures(results, options, got, lambda: bool(select.select([wake], [], [], 0)[0]))

    try:
        started = aside(draw, cores)
    except BaseException:  # (a fork that failed: neither end of the pipe is left open)
        os.close(wake)
        os.close(stop_at)
        raise
    os.close(wake)
    if not started.forked:
        started.stop()
        os.close(stop_at)
        return lambda: None

    def stop() -> None:
        os.close(stop_at)  # the drawing process sees the pipe closed before its next picture
        if not started.ready(_STOP_SECONDS):
            log.warning("drawing the source pictures ahead did not stop within %s s: ended", _STOP_SECONDS)
            started.stop()  # (a picture stuck in its drawing must not hold the run: the report draws what is missing)
            return
        try:
            started()
        except Exception:  # noqa: BLE001 - pictures are a convenience: the report draws what is missing
            log.warning("drawing the source pictures ahead failed", exc_info=True)
    return stop


#: how long the run waits for the drawing process to end once told to stop (it stops before its next picture)
_STOP_SECONDS = 60
