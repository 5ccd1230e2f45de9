"""The workbook written beside the other tables (issue 25): with a second core `publish_all` forks a process
that writes `tables.xlsx` from the typed tables while this one writes the CSV, JSON, Parquet and DuckDB
files. Every file is the same bytes as with one core (written here, one after the other), on a first
publication and on the next ones, which copy the unchanged decks' rows from the last workbook. Each
publication here is made in a fresh process: a test process has threads of its own, so it never forks."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.test_workers import ROOT

#: three generations by `publish_all` with the cores given; `where.json` the process each workbook was written in
PUBLISH = """
import json, os, sys
from pathlib import Path
import extract.publish.formats as formats
from tests.test_workbook_reuse import PROGRAMMES, _amounts, _with_programmes

out, cores = Path(sys.argv[1]), int(sys.argv[2])
written = formats.publish_workbook
def recorded(*args, **kwargs):
    Path(out / f"pid_{len(list(out.glob('pid_*')))}").write_text(str(os.getpid()))
    return written(*args, **kwargs)
formats.publish_workbook = recorded
steps = [({"a": 2, "b": 3, "c": 1}, PROGRAMMES, 1e9),                 # a first publication
         ({"a": 2, "b": 4, "c": 1, "d": 2}, PROGRAMMES, 1e9),         # a deck grew, one added: the rest copied
         ({"b": 4, "c": 1, "d": 2}, [*PROGRAMMES, "新規事業"], 2e9)]    # every figure and a programme changed
prev = None
for i, (decks, names, value) in enumerate(steps):
    gen = out / f"g{i}"
    gen.mkdir()
    formats.publish_all(gen, _with_programmes(_amounts(decks, value), names), prev=prev, cores=cores)
    prev = gen
(out / "where.json").write_text(json.dumps({"run": os.getpid(),
                                            "book": [int(p.read_text()) for p in sorted(out.glob("pid_*"))]}))
"""


def _publish(out: Path, cores: int) -> dict[str, object]:
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", PUBLISH, str(out), str(cores)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    got: dict[str, object] = json.loads((out / "where.json").read_text())
    return got


def _files(gen: Path) -> dict[str, bytes]:
    """Every file of a generation; the workbook member by member (its properties hold the time it was
    written), DuckDB's file left out (its blocks differ from one write to the next: its tables are the
    Parquet files' rows)."""
    files = {}
    for p in sorted(gen.iterdir()):
        if p.name == "tables.xlsx":
            with zipfile.ZipFile(p) as z:
                files.update({f"xlsx:{n}": z.read(n) for n in z.namelist() if n != "docProps/core.xml"})
        elif p.name != "decks.duckdb":
            files[p.name] = p.read_bytes()
    return files


def test_a_workbook_written_beside_is_the_same_bytes_as_one_written_here(tmp_path):
    one, two = _publish(tmp_path / "one", 1), _publish(tmp_path / "two", 2)
    assert one["book"] == [one["run"]] * 3, "one core: every workbook written here"
    assert len(two["book"]) == 3 and two["run"] not in two["book"], "two cores: each written by a forked process"
    for i in range(3):
        a, b = _files(tmp_path / "one" / f"g{i}"), _files(tmp_path / "two" / f"g{i}")
        assert "segments.json" in a and any(n.startswith("xlsx:xl/worksheets/") for n in a)
        # the workbook's index, kept from the fork: its size is each workbook's own (core.xml's time of writing
        # deflates to a length of its own), the rest the same
        index_a, index_b = (json.loads(files.pop("segments.json")) for files in (a, b))
        for index, side in ((index_a, "one"), (index_b, "two")):
            assert index["tables.xlsx"].pop("file_size") == (tmp_path / side / f"g{i}" / "tables.xlsx").stat().st_size
        assert index_a == index_b, f"generation {i}: segments index"
        assert a == b, f"generation {i}"
