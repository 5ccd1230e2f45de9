"""The publish stage: a complete new generation written beside the published one, then switched to."""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from ..fileio import write_unflushed
from ..housekeeping import prune_daily
from ..ingest.page_readers import Aside, aside
from ..model import DeckResult, RunOutcome, Status
from ..options import RunOptions
from ..publish.generations import Published, commit, link_tree, new_generation
from ..publish.writer import write_tables
from ..state import MANIFEST, Plan, load_manifest, save_manifest, with_seen_stat
from ..version import run_version
from .merging import Merged, Validated


def next_manifest(manifest: dict[str, dict[str, Any]], plan: Plan, results: list[DeckResult],
                  suites_dir: Path, as_of: str | None = None) -> dict[str, dict[str, Any]]:
    """The manifest after this run: processed decks with their fingerprint, version and status, and the run's
    as-of date they were extracted against (`as_of`: a year only weekdays give is the latest not after it)."""
    out = with_seen_stat(manifest, plan)  # unchanged decks whose file was copied or touched: not hashed again
    version = run_version(suites_dir)
    for r in results:
        fp = plan.fingerprints.get(r.doc)
        if r.status == Status.WAITING:
            continue  # changed while it was read: the next run reads it again, whatever its stat says
        if fp is not None:
            # the hash of the bytes extracted (the file may have changed after it was planned)
            out[r.doc] = {**fp, "sha256": r.sha256 or fp.get("sha256"), "version": version, "status": r.status,
                          "validation": r.validation, "as_of": as_of}
    for doc in plan.removed:
        out[doc] = {**out.get(doc, {}), "status": Status.REMOVED.value}
    return out


def _put_page(page: Path | str, reports: Path) -> None:
    """The review page into the generation's `reports/`: a file written by the report stage is moved there
    (with its sections' index, `report/stream.py`), a text is written."""
    from ..report.stream import SECTIONS_FILE

    if isinstance(page, str):
        write_unflushed(reports / "index.html", page.encode("utf-8"))
        return
    reports.mkdir(parents=True, exist_ok=True)
    index = page.parent / SECTIONS_FILE
    if index.is_file():
        os.replace(index, reports / SECTIONS_FILE)
    os.replace(page, reports / "index.html")


def _beside_cores(merged: Merged, options: RunOptions) -> int:
    """The cores the workbook and the Data Docs may be written with (beside the other tables): one for an
    output as large as the report is made here for (`REPORT_BESIDE_BELOW`): a fork walking every kept deck's
    rows would copy most of the run's heap while the tables are written."""
    from . import REPORT_BESIDE_BELOW

    return options.pool_size if len(merged.deck_rows) < REPORT_BESIDE_BELOW else 1


#: the Data Docs' folder of pages named by their run: the build of a later run never writes one again
DOCS_PER_RUN = "validations"


def carry_docs(prev_docs: Path, docs: Path) -> None:
    """The earlier runs' Data Docs into this generation: their validation pages as hard links, and a copy
    of every other file (the index, the static files, the suites' pages), which GX's build writes again in
    place: through a link it would rewrite the published generation's file."""
    link_tree(prev_docs / DOCS_PER_RUN, docs / DOCS_PER_RUN)
    if prev_docs.is_dir():
        shutil.copytree(prev_docs, docs, dirs_exist_ok=True,
                        ignore=lambda folder, names: [DOCS_PER_RUN] if Path(folder) == prev_docs else [])


def publish(merged: Merged, validated: Validated, page: Path | str | Callable[[], Path | str], options: RunOptions,
            plan: Plan | None, prev: Published | None = None) -> RunOutcome:
    """Write a complete new generation (tables in every format, quarantined decks, manifest, Data Docs,
    the report) and switch `output/current` to it in one step; on any error the published generation
    (`prev`, by default the output folder's current one) stays as it was. `page`: the report's file (moved
    into the generation with its sections' index) or its HTML text, or a call that gives either (the report
    written beside: asked for once the tables are written; its error fails the run like any other)."""
    out_dir = Path(options.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    prev = prev if prev is not None else Published(out_dir)
    gen = new_generation(out_dir)
    docs: Aside[Path] | None = None
    try:
        carry_docs(prev.dir / "reports" / "gx", gen / "reports" / "gx")  # earlier decks' Data Docs pages stay
        # the Data Docs are rendered beside the tables when the run has a second core (a forked process), but
        # here for an output as large as the report is made here for: the fork counted the run's heap again
        # in the tree's summed RSS (405 MB of 929 at 5,100 decks) and copied the pages it touched
        docs = aside(partial(validated.validator.build_docs, gen / "reports" / "gx"), _beside_cores(merged, options))
        paths = write_tables(merged.records, merged.deck_rows, validated.results, gen, merged.run,
                             merged.removed, prev, extra=merged.extra_frames(), tables=merged.frames or None,
                             held_back=merged.held_back, cores=_beside_cores(merged, options))
        if plan is not None:
            manifest = next_manifest(plan.manifest, plan, validated.results, options.suites, options.as_of)
            # the entries this run left as the plan read them: their lines copied from the file it read
            kept = {doc for doc, e in manifest.items() if e == plan.manifest.get(doc)}
            save_manifest(gen, manifest, prev.dir / MANIFEST, kept)
        else:
            save_manifest(gen, load_manifest(prev.dir))
        docs()  # rendered (here, or waited for)
        _put_page(page() if callable(page) else page, gen / "reports")
        commit(out_dir, gen)
        prune_daily(out_dir)  # pictures and charts no report used for weeks (looked for once a day)
    except BaseException:
        for started in (docs, page):  # what still writes (into the generation) is stopped before it goes
            if isinstance(started, Aside):
                started.stop()
        shutil.rmtree(gen, ignore_errors=True)  # the published generation is untouched
        raise
    return RunOutcome(str(out_dir), merged.shown, merged.validation, validated.tables,
                      str(out_dir / "reports" / "index.html"), [str(p) for p in paths], merged.run)
