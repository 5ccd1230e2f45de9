"""An incremental run gives the same published bytes as a run from scratch over the same input (issue 25):
whatever changed (a deck's figure, a deck added, a deck removed), every table's CSV, JSON and Parquet file,
its rows in DuckDB and its sheet of the workbook after the incremental run equal those of a first run over
the changed input, but for what records the runs
themselves (`runs`, `changes`, and in `decks` the times and the rows of decks gone since an earlier run)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extract import run as pipeline
from extract.model import DeckResult
from extract.options import RunOptions
from extract.publish.generations import Published, published_dir
from extract.run import merge_cells

SMALL = ("令和６年度 予算のポイント {i}\n〇〇事業{i} 令和6年度予算額 {a}億円（前年度予算額 {b}億円）\n"
         "支援期間 3年間、採択件数 {c}件、補助率 1/2\n")
#: what only says when and by which run a table was written
RUN_TABLES = {"runs", "changes"}
DECK_TIMES = ("extracted_at",)


def run_once(raw: Path, out: Path) -> None:
    plan = pipeline.plan_run(RunOptions(raw=raw, out_dir=out, settle_seconds=0))
    results = [pipeline.extract_deck_file(p) for p in plan.process]
    pipeline.finish(results, RunOptions(raw=raw, out_dir=out), plan)


def published(out: Path) -> dict[str, bytes]:
    """Every table file of the published generation, `decks` without its times."""
    folder = published_dir(out)
    files = {}
    for p in sorted(folder.iterdir()):
        table = p.name.split(".")[0].removesuffix("_excel")
        if p.suffix not in (".csv", ".json") or table in RUN_TABLES or p.name == "segments.json" \
                or p.name in ("manifest.json", "datapackage.json"):
            continue
        if table == "decks":
            if p.name == "decks.json":
                rows = json.loads(p.read_text(encoding="utf-8"))
                files[p.name] = json.dumps([{k: v for k, v in r.items() if k not in DECK_TIMES} for r in rows
                                            if r["status"] != "removed"]).encode()
            continue
        files[p.name] = p.read_bytes()
    return {**files, **parquet_and_duckdb(folder), **workbook_sheets(folder)}


def parquet_and_duckdb(folder: Path) -> dict[str, bytes]:
    """Each table's Parquet file, and its rows as the DuckDB file holds them (but those of the run tables,
    and `decks`, whose rows say when each deck was read)."""
    import duckdb

    out = {p.name: p.read_bytes() for p in sorted(folder.glob("*.parquet")) if p.stem not in RUN_TABLES | {"decks"}}
    con = duckdb.connect(str(folder / "decks.duckdb"), read_only=True)
    try:
        for (name,) in con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall():
            if name not in RUN_TABLES | {"decks"}:
                out[f"duckdb:{name}"] = repr(con.execute(f'SELECT * FROM "{name}"').fetchall()).encode()
    finally:
        con.close()
    return out


def workbook_sheets(folder: Path) -> dict[str, bytes]:
    """Each table's sheet of `tables.xlsx`, uncompressed (the workbook's other members carry its date)."""
    import re
    import zipfile

    with zipfile.ZipFile(folder / "tables.xlsx") as z:
        names = re.findall(r'<sheet name="([^"]+)"', z.read("xl/workbook.xml").decode("utf-8"))
        return {f"xlsx:{name}": z.read(f"xl/worksheets/sheet{i}.xml") for i, name in enumerate(names, 1)
                if name not in RUN_TABLES | {"decks"}}


def change_figure(raw: Path) -> None:
    p = raw / "deck_1_2024-05-09.txt"
    p.write_text(p.read_text(encoding="utf-8").replace("億円（", "億5千万円（", 1), encoding="utf-8")


def add_deck(raw: Path) -> None:
    (raw / "deck_15_2024-05-09.txt").write_text(SMALL.format(i=15, a=40, b=30, c=9), encoding="utf-8")


def remove_deck(raw: Path) -> None:
    (raw / "deck_2_2024-05-09.txt").unlink()


@pytest.mark.slow
@pytest.mark.parametrize("change", [change_figure, add_deck, remove_deck], ids=["changed", "added", "removed"])
def test_an_incremental_run_publishes_what_a_first_run_over_the_same_input_does(tmp_path, sample_deck_path, change):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(sample_deck_path, raw / "deck_0_2024-05-09.txt")
    for i in range(1, 4):
        (raw / f"deck_{i}_2024-05-09.txt").write_text(SMALL.format(i=i, a=10 + i, b=9 + i, c=5 + i), encoding="utf-8")
    run_once(raw, tmp_path / "incremental")
    change(raw)
    run_once(raw, tmp_path / "incremental")
    run_once(raw, tmp_path / "scratch")
    got, want = published(tmp_path / "incremental"), published(tmp_path / "scratch")
    assert sorted(got) == sorted(want) and {"mentions.csv", "mentions.parquet", "duckdb:mentions", "xlsx:mentions"} <= set(got)
    assert {name for name in want if got[name] != want[name]} == set()


def cell(doc: str, seq: int) -> dict[str, object]:
    return {"doc": doc, "seq": seq}


def deck(doc: str, cells: list[dict[str, object]]) -> DeckResult:
    return DeckResult(doc, f"{doc}.pdf", "0" * 64, "pdf", 1, 1, [], status="published", cells=cells,
                      cell_budgets=[{"doc": doc, "origin": "cell", "seq": c["seq"]} for c in cells])


@pytest.mark.parametrize("results,removed,want", [
    ([deck("b", [cell("b", 5)])], [], [("a", 0), ("b", 5), ("c", 0)]),
    ([deck("ab", [cell("ab", 0), cell("ab", 1)])], [], [("a", 0), ("ab", 0), ("ab", 1), ("b", 0), ("b", 1), ("c", 0)]),
    ([], ["b"], [("a", 0), ("c", 0)]),
    ([deck("a", [])], [], [("b", 0), ("b", 1), ("c", 0)]),
], ids=["changed", "added", "removed", "emptied"])
def test_cells_of_a_deck_read_again_keep_their_place_among_the_kept_decks(tmp_path, results, removed, want):
    prev = [cell("a", 0), cell("b", 0), cell("b", 1), cell("c", 0)]
    (tmp_path / "cells.json").write_text(json.dumps(prev), encoding="utf-8")
    (tmp_path / "budgets.json").write_text(json.dumps([{**c, "origin": "cell"} for c in prev]), encoding="utf-8")
    cells, budgets = merge_cells(results, Published(tmp_path), removed)
    assert [(c["doc"], c["seq"]) for c in cells] == want
    assert [(b["doc"], b["seq"]) for b in budgets] == want
