"""The extract stage: each deck of a plan read and extracted in its own limited child process (or one
Dask task per deck), the results in plan order."""
from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from functools import partial
from pathlib import Path
from typing import Any

from ..context.charts import ChartReading
from ..ingest import read_deck_file, sha256_checked
from ..ingest.discover import DeckFile, Skipped, discover
from ..ingest.guard import with_password_warning
from ..ingest.page_readers import RUN
from ..linking.names import issuer_of
from ..mentions import chart_reading, extract_deck_beside
from ..model import Deck, DeckError, DeckResult, Mention, Status
from ..options import RunOptions
from ..sandbox import Limits, run_limited
from .collector import fewer_collections
from .preload import warm_sandbox

log = logging.getLogger("extract")
#: one record per deck as it finishes (event=deck_done, its fields in `extra`), as the flow sends them
progress = logging.getLogger("extract.progress")


def _links(mentions: list[Mention]) -> list[tuple[int, list[int]]]:
    index = {id(m): i for i, m in enumerate(mentions)}
    groups: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.total is not None and id(m.total) in index:
            groups[index[id(m.total)]].append(i)
    return [(t, parts) for t, parts in sorted(groups.items()) if len(parts) >= 2]


#: the share of a deck's time limit OCR of its scanned pages may take (pages past it are left image-only)
OCR_SHARE = 0.7


def process_deck(deck: DeckFile, password: str | None, max_text_mb: float,
                 ocr_seconds: float | None = None, page_workers: int = 1, as_of: dt.date | None = None) -> DeckResult:
    """Everything done for one deck: read it, find its mentions, build its records. Runs in the deck's
    child process, so the deck's time and memory limits cover all of it (a one-line deck with 25,000
    amounts is stopped like a slow PDF). `page_workers`: processes a PDF's pages may be read by; `as_of`: the
    run's reference date (a year only weekdays give). The collector's passes are made rarer meanwhile
    (collector.py): a long PDF's lines and tables are millions of objects that every full pass would walk again."""
    with fewer_collections():
        return _process_deck(deck, password, max_text_mb, ocr_seconds, page_workers, as_of)


def _process_deck(deck: DeckFile, password: str | None, max_text_mb: float, ocr_seconds: float | None,
                  page_workers: int, as_of: dt.date | None) -> DeckResult:
    d = read_deck_file(deck, password, max_text_mb, ocr_seconds, page_workers)
    # the chart labels and the table cells need the deck's lines and tables only: with a second core they are
    # read beside the line rules, in a forked process (the same results, see mentions/line_shares.py: a long deck's
    # later lines are read by the rules there first); a deck too short for page readers is not worth a fork
    workers = page_workers if (d.pages or 0) >= 2 * RUN else 1
    mentions, tree, (_, cells) = extract_deck_beside(d, as_of, partial(_charts_and_cells, d), workers)
    result = DeckResult(d.doc, d.file or deck.file, d.sha256, d.source_type, d.pages, len(d.lines),
                        [m.record() for m in mentions], _links(mentions),
                        pages_without_text=list(d.pages_without_text), encoding=d.encoding,
                        issuer=issuer_of([line.text for line in d.lines[:20]]), notes=list(d.notes),
                        outline=tree.rows(d.doc))
    read_cells(result, d, cells)
    return result


Cells = tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]


def _charts_and_cells(deck: Deck) -> tuple[ChartReading | None, Cells]:
    return chart_reading(deck), table_cells(deck)


def table_cells(deck: Deck) -> Cells:
    """The deck's table cells, the cells held back (a table whose sums do not hold is held back whole), and
    the budgets rows of its programme rows."""
    from ..cells import cell_budget_records, grid_cells, held_back_cells

    title = " ".join(line.text for line in deck.lines[:5])
    kept, held = held_back_cells(grid_cells(deck.doc, deck.tables))
    return kept, held, cell_budget_records(kept, title)


def read_cells(result: DeckResult, deck: Deck, cells: Cells | None = None) -> None:
    """The deck's table cells and cell budgets (`table_cells`, unless given) into `result`, and its
    category heading figures marked among its records."""
    from ..cells import mark_heading_totals

    mark_heading_totals(result.records, deck.tables)  # `１款 市税 46,460,600千円`: a category's total, no programme
    result.cells, result.cells_held, result.cell_budgets = cells if cells is not None else table_cells(deck)


def as_deck_file(deck: DeckFile | Path) -> DeckFile | Skipped:
    """A deck given by path (tests, one-off calls): discovered on its own, in its folder."""
    if isinstance(deck, DeckFile):
        return deck
    found = discover(Path(deck), settle_seconds=0)
    return found.decks[0] if found.decks else found.skipped[0]


def _sha256_or_none(deck: DeckFile) -> str | None:
    """The hash of a deck that could not be extracted (its file as seen), when it can be read at all."""
    try:
        return sha256_checked(deck.path, deck.root)[0]
    except DeckError:
        return None


def extract_deck_file(deck: DeckFile | Path, limits: Limits | None = None, page_workers: int = 1) -> DeckResult:
    """Read and extract one deck in a child process under `limits`; a deck that cannot be read comes
    back `failed`, `skipped`, `encrypted` or `no_text_layer` with its reason. `page_workers`: processes
    a long PDF's pages may be read by (cores no other deck is waiting for; the same result for any number)."""
    limits = limits or Limits()
    found = as_deck_file(deck)
    if isinstance(found, Skipped):
        return DeckResult(found.doc, found.file, None, Path(found.file).suffix.lower().lstrip("."), None, 0, [],
                          status=found.status, error=found.reason)
    source_type = Path(found.file).suffix.lower().lstrip(".")
    warm_sandbox()
    try:
        return run_limited(process_deck, (found, limits.password_for(found.file), limits.max_text_mb,
                                          limits.timeout * OCR_SHARE, page_workers, limits.as_of), limits,
                           label=found.file)
    except DeckError as e:
        e = with_password_warning(e, limits)
        log.error("%s: %s", found.file, e.reason)
        return DeckResult(found.doc, found.file, _sha256_or_none(found), source_type, None, 0, [], status=e.status,
                          error=e.reason)
    except Exception as e:  # a bug or an unforeseen input must not stop the other decks
        log.exception("%s: extraction failed", found.file)
        return DeckResult(found.doc, found.file, None, source_type, None, 0, [], status=Status.FAILED.value,
                          error=f"extraction failed: {type(e).__name__}: {e}")


def _deck_done(deck: DeckFile, result: DeckResult, done: int, total: int,
               on_done: Callable[[DeckResult], None] | None) -> None:
    progress.info("deck_done", extra={"event": "deck_done", "deck": deck.file, "pages": result.pages,
                                      "mentions": len(result.records), "error": result.error,
                                      "done": done, "total": total})
    if on_done is not None:
        on_done(result)


def extract_all(decks: Sequence[DeckFile], limits: Limits, options: RunOptions,
                on_done: Callable[[DeckResult], None] | None = None) -> list[DeckResult]:
    """Every deck of a plan, each in its own limited child process, `options.pool_size` at a time (or one
    task per deck on Dask: `dask_address`, `dask_local`). Progress as each deck finishes (`on_done`, and
    the `extract.progress` log); the results come back in the order of `decks`, so what is published
    does not depend on the worker count or on which deck finished first."""
    decks = list(decks)
    if not decks:
        return []
    if options.dask_address or options.dask_local:
        return _extract_on_dask(decks, limits, options, on_done)
    workers = min(options.pool_size, len(decks))
    cores = _Cores(options.pool_size, len(decks))
    if workers == 1:
        results = []
        for i, d in enumerate(decks, 1):
            results.append(cores.extract(d, limits))
            _deck_done(d, results[-1], i, len(decks), on_done)
        return results
    warm_sandbox([d.file for d in decks])
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="deck") as pool:
        # each thread only waits on its deck's child process: the reading happens there, on its own core;
        # the largest decks first, so the last deck to finish is a short one (results stay in plan order)
        largest_first = sorted(range(len(decks)), key=lambda i: -decks[i].size)
        futures = {pool.submit(cores.extract, decks[i], limits): i for i in largest_first}
        out: list[DeckResult | None] = [None] * len(decks)
        for n, f in enumerate(as_completed(futures), 1):
            i = futures[f]
            out[i] = f.result()
            _deck_done(decks[i], f.result(), n, len(decks), on_done)
    return [r for r in out if r is not None]


class _Cores:
    """The run's cores shared out as decks start: a deck started when fewer decks than cores are left
    (a budget book alone, the last decks of a run) reads its pages with the cores no deck is waiting for."""

    def __init__(self, cores: int, decks: int) -> None:
        self.cores, self.waiting, self.reading = cores, decks, 0
        self.lock = threading.Lock()

    def extract(self, deck: DeckFile, limits: Limits) -> DeckResult:
        with self.lock:
            self.waiting -= 1
            spare = self.cores - self.reading - self.waiting
            self.reading += 1
        try:
            return extract_deck_file(deck, limits, page_workers=max(1, spare))
        finally:
            with self.lock:
                self.reading -= 1


def _extract_on_dask(decks: list[DeckFile], limits: Limits, options: RunOptions,
                     on_done: Callable[[DeckResult], None] | None) -> list[DeckResult]:
    """One Dask task per deck (coarse on purpose: a task costs ~250 ms there), gathered in plan order."""
    from distributed import Client, LocalCluster
    from distributed import as_completed as dask_completed

    cluster = None
    if options.dask_local:
        cluster = LocalCluster(n_workers=options.dask_local, threads_per_worker=1, processes=True,
                               dashboard_address=None)
    try:
        with Client(cluster if cluster is not None else options.dask_address) as client:
            futures = client.map(extract_deck_file, decks, limits=limits, pure=False)
            index = {f.key: i for i, f in enumerate(futures)}
            for n, f in enumerate(dask_completed(futures), 1):
                _deck_done(decks[index[f.key]], f.result(), n, len(decks), on_done)
            return [f.result() for f in futures]
    finally:
        if cluster is not None:
            cluster.close()


def mark_duplicate_names(results: list[DeckResult]) -> None:
    """Two files with one stem (`a.pdf`, `a.txt`) would share a `doc`: the later one fails, named."""
    seen: dict[str, str] = {}
    for r in results:
        if r.doc in seen and r.status != Status.FAILED:
            r.status, r.error, r.records = Status.FAILED.value, f"another deck has the same name: {seen[r.doc]}", []
        seen.setdefault(r.doc, r.file)
