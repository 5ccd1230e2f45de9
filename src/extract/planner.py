"""The planner: what a run has to do, from the input and the published manifest, found out cheaply
(the standard library and our state module only: no pandas, no Great Expectations, no Prefect), and
when no deck is new, changed, re-extracted by newer rules or removed, publish nothing.

Such a run writes no new generation and no `runs` row (a served deployment checking every 30 s would
otherwise add thousands a day); it only overwrites one small file, `<out>/.state/last_check.json`,
saying when the folder was last checked and what was found.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .fileio import write_atomic
from .ingest.discover import discover
from .model import RunOutcome, Status
from .options import RunOptions
from .publish.generations import Published, published_dir, read_published
from .state import Plan, check_removal, limits_of, load_manifest, plan
from .version import run_version

LAST_CHECK = Path(".state") / "last_check.json"


def plan_run(options: RunOptions, prev: Published | None = None) -> Plan:
    """What an incremental run has to do, from the input (a deck or a folder) and the manifest of the
    published generation (`prev`: the run's, read once). Raises `InputError` when the input does not exist."""
    found = discover(options.raw, settle_seconds=options.settle_seconds)
    manifest = load_manifest(prev.dir if prev is not None else options.out_dir)
    p = plan(found, manifest, run_version(options.suites), verify=options.verify, retry_failed=options.retry_failed,
             limits=run_limits(options))
    check_removal(p, manifest, options.max_removed_share, options.allow_removal)
    return p


def run_limits(options: RunOptions) -> dict[str, Any]:
    """The per-deck limits of this run, as recorded in the manifest."""
    return limits_of(options.deck_timeout, options.deck_seconds_per_page, options.deck_memory_mb, options.max_text_mb,
                     options.deck_wall_factor)


def without_work(options: RunOptions, p: Plan, checked_at: str, prev: Published | None = None
                 ) -> tuple[str, RunOutcome] | None:
    """The outcome of a run that publishes nothing, and why: `nothing_to_do` (recorded in
    `last_check.json`) or `nothing_found` (a first run over an input without decks); None when the run
    has work. The one place both the library's run and the CLI's early check decide it; `prev` is the
    published generation as the run reads it (once)."""
    prev = prev if prev is not None else Published(options.out_dir)
    if nothing_to_do(p, prev):
        record_check(options, p, checked_at)
        return "nothing_to_do", unchanged_outcome(options, p, prev)
    if nothing_found(p, prev):
        return "nothing_found", unchanged_outcome(options, p, prev)
    return None


def nothing_found(p: Plan, out_dir: Path | Published) -> bool:
    """A first run over an input with no deck and no other file in it: say so at once."""
    return not (p.process or p.unchanged or p.removed or p.skipped or p.settling) and not has_published(out_dir)


def has_published(out_dir: Path | Published) -> bool:
    """A generation has been published (an empty output folder always gets a first one)."""
    folder = out_dir.dir if isinstance(out_dir, Published) else published_dir(Path(out_dir))
    return (folder / "decks.json").is_file()


def nothing_to_do(p: Plan, out_dir: Path | Published) -> bool:
    """No deck to extract and none removed, every unread path already published with the same status
    and reason (and none gone), and something published already."""
    if p.process or p.removed or not has_published(out_dir):
        return False
    published = {d["doc"]: d for d in read_published(out_dir, "decks")}
    now = {s.doc for s in p.skipped}
    if any(d.get("status") in (Status.SKIPPED, Status.WAITING) and doc not in now for doc, d in published.items()):
        return False  # a path reported before is gone: its row must go
    # a waiting file's reason says how long ago it was modified: only its status counts
    return all((published.get(s.doc) or {}).get("status") == s.status
               and (s.status == Status.WAITING or (published.get(s.doc) or {}).get("error") == s.reason) for s in p.skipped)


def record_check(options: RunOptions, p: Plan, checked_at: str) -> None:
    """Overwrite `<out>/.state/last_check.json` (one small file, never appended to)."""
    body = {"checked_at": checked_at, "raw": str(Path(options.raw).resolve()), "result": "nothing to do",
            "decks_unchanged": len(p.unchanged), "decks_settling": sorted(p.settling)}
    from .outdir import real_dir

    real_dir(Path(options.out_dir), LAST_CHECK.parent.name)
    write_atomic(Path(options.out_dir) / LAST_CHECK, json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8"))


def waiting_row(row: dict[str, Any], p: Plan) -> dict[str, Any]:
    """A published deck whose file is being rewritten is shown as `waiting`, with when it is read (its
    published rows stay until then), not as published."""
    why = p.settling_reasons.get(row["doc"])
    if row["doc"] not in p.settling:
        return row
    return {**row, "action": "settling", "status": Status.WAITING.value,
            "error": (why or "being rewritten") + " (its rows published before stay until then)"}


def unchanged_outcome(options: RunOptions, p: Plan, prev: Published | None = None) -> RunOutcome:
    """The outcome of a run with nothing to do: the published decks as they are."""
    out_dir = Path(options.out_dir)
    published = prev if prev is not None else Published(out_dir)
    manifest = p.manifest
    unread = {s.doc: s for s in p.skipped}
    unchanged = set(p.unchanged)  # (a list: looked up once per published deck, quadratic at 5,000)
    decks = [waiting_row({**d, "action": "unchanged" if d["doc"] in unchanged else
                          "not read" if d["doc"] in unread else "kept"}, p) for d in read_published(published, "decks")]
    validation = {doc: v.get("validation") or {} for doc, v in manifest.items()}
    tables = sorted({t for v in validation.values() for t in v})
    return RunOutcome(str(out_dir), decks, validation, tables, str(out_dir / "reports" / "index.html"), [], {})
