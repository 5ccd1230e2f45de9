"""The run's finish on two cores (issue 25): once the decks are merged, the report, the Great Expectations
Data Docs and the tables' workbook are written by forked processes while this process writes the other tables,
when the run has a second core and may fork (one thread). What is published is the same as with one core, where
everything runs here, one after the other; a report, Data Docs or workbook that fail fail the run (as does a
failure here while they are written), and leave no generation half-written and no process behind. Each run
here is a fresh process: a test process has threads of its own, so it never forks."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.ingest.page_readers import aside
from tests.test_workers import ROOT, published_files

#: a run in a fresh process; `where.json` records the process each stage ran in. the fifth argument makes that stage fail.
RUN = """
import json, os, sys, threading
from pathlib import Path
import extract.run as pipeline
from extract.options import RunOptions
from extract.validate.suites import Validator

raw, out, workers, where, broken = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]), sys.argv[5]
if len(sys.argv) > 6:
    pipeline.REPORT_BESIDE_BELOW = int(sys.argv[6])  # the output's size from which the report is made here
seen = {"run": os.getpid()}

def recorded(name, fn):
    def stage(*args, **kwargs):
        seen[name] = os.getpid()
        where.with_name(f"{name}.pid").write_text(str(os.getpid()))
        if name == broken:
            raise RuntimeError(f"{name} broke")
        return fn(*args, **kwargs)
    return stage

pipeline.report = recorded("report", pipeline.report)
Validator.build_docs = recorded("docs", Validator.build_docs)
import extract.run.publishing as publishing
publishing.write_tables = recorded("tables", publishing.write_tables)
import extract.publish.formats as formats
formats.publish_workbook = recorded("workbook", formats.publish_workbook)
formats.write_duckdb = recorded("duckdb", formats.write_duckdb)  # written here while the workbook is forked
try:
    pipeline.run(RunOptions(raw=raw, out_dir=out, workers=workers, settle_seconds=0))
except RuntimeError as e:
    children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text().split()
    me = Path(f"/proc/{os.getpid()}/cmdline").read_bytes()  # a fork runs our command line (the sandbox's do not)
    left = [int(c) for c in children if Path(f"/proc/{c}/cmdline").read_bytes() == me]
    where.write_text(json.dumps({"error": str(e), "children_left": left}))
    sys.exit(3)
for name in ("report", "docs", "workbook"):
    seen[name] = int(where.with_name(f"{name}.pid").read_text())
where.write_text(json.dumps(seen))
"""


def fresh_run(raw: Path, out: Path, workers: int, broken: str = "", beside_below: int | None = None
              ) -> tuple[int, dict[str, object]]:
    where = out.parent / f"{out.name}_where" / "where.json"
    where.parent.mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    extra = [] if beside_below is None else [str(beside_below)]
    done = subprocess.run([sys.executable, "-c", RUN, str(raw), str(out), str(workers), str(where), broken, *extra],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert where.is_file(), done.stderr[-2000:]
    return done.returncode, json.loads(where.read_text())


@pytest.fixture(scope="module")
def raw(tmp_path_factory, slides_pdf):
    """A PDF deck (pictures in the report) and a text deck."""
    folder = tmp_path_factory.mktemp("raw")
    (folder / "slides_2024-05-09.pdf").write_bytes(Path(slides_pdf).read_bytes())
    (folder / "mext_2024-05-09.txt").write_bytes((ROOT / "raw" / "mext_intl_2024-05-09.txt").read_bytes())
    old = time.time() - 3600
    for p in folder.iterdir():
        os.utime(p, (old, old))
    return folder


def report_files(out: Path) -> list[str]:
    return sorted(str(p.relative_to(out / "current" / "reports")) for p in (out / "current" / "reports").rglob("*")
                  if "validations" not in p.parts)  # Data Docs pages are named by the run's time


def test_two_cores_write_the_report_and_data_docs_beside_the_tables_and_publish_the_same(raw, tmp_path):
    code1, one = fresh_run(raw, tmp_path / "one", 1)
    code2, two = fresh_run(raw, tmp_path / "two", 2)
    assert (code1, code2) == (0, 0)
    assert one["report"] == one["docs"] == one["tables"] == one["workbook"] == one["run"], "one core: all in the run's process"
    assert two["tables"] == two["run"], "the tables are written in the run's process"
    assert len({two["run"], two["report"], two["docs"], two["workbook"]}) == 4, "two: forked beside"
    assert published_files(tmp_path / "two") == published_files(tmp_path / "one")
    assert report_files(tmp_path / "two") == report_files(tmp_path / "one")
    page = (tmp_path / "two" / "current" / "reports" / "index.html").read_text(encoding="utf-8")
    assert "data:image/jpeg;base64," in page, "the source pictures drawn by the forked report are in the page"


def test_a_large_output_makes_its_report_here_before_the_tables_and_publishes_the_same(raw, tmp_path):
    """From `REPORT_BESIDE_BELOW` decks in the output the report is not forked (a fork copies the pages of
    every kept deck's rows the report walks): made in the run's process, and so are the Data Docs (their fork
    counted the run's heap again in the tree's summed RSS)."""
    code1, one = fresh_run(raw, tmp_path / "one", 1)
    code2, two = fresh_run(raw, tmp_path / "two", 2, beside_below=2)  # two decks: at the limit
    assert (code1, code2) == (0, 0)
    assert two["report"] == two["tables"] == two["workbook"] == two["docs"] == two["run"], "all four here"
    assert published_files(tmp_path / "two") == published_files(tmp_path / "one")
    assert report_files(tmp_path / "two") == report_files(tmp_path / "one")
    code3, three = fresh_run(raw, tmp_path / "three", 2, beside_below=3)  # one deck short of it: forked
    assert code3 == 0 and len({three["run"], three["report"], three["docs"], three["workbook"]}) == 4


@pytest.mark.parametrize("broken", ["report", "docs", "tables", "workbook", "duckdb"])
@pytest.mark.parametrize("workers", [1, 2])
def test_a_failed_report_docs_or_tables_publish_nothing_and_leave_no_process(raw, tmp_path, broken, workers):
    code, got = fresh_run(raw, tmp_path / "out", workers, broken)
    assert code == 3 and got["error"] == f"{broken} broke"
    assert got["children_left"] == [], "a forked report, Data Docs or workbook process is stopped and reaped"
    assert not (tmp_path / "out" / "current").exists()
    generations = tmp_path / "out" / ".generations"
    assert not generations.exists() or list(generations.iterdir()) == [], "no half-written generation is left"


def test_stopped_work_is_never_done_and_forked_work_is_killed(tmp_path):
    ran: list[int] = []
    here = aside(lambda: ran.append(1), 1)
    here.stop()
    with pytest.raises(RuntimeError, match="stopped"):
        here()
    assert ran == []
    mark = tmp_path / "slow"
    forked = aside(lambda: time.sleep(30) or mark.write_text("done"), 2)  # forks only in a one-thread process
    forked.stop()
    assert not mark.exists()


def test_work_beside_gives_its_result_or_its_error_each_time_asked():
    twice = aside(lambda: [1, 2], 2)
    assert twice() == [1, 2] and twice() == [1, 2]
    broken = aside(lambda: 1 // 0, 2)
    for _ in range(2):
        with pytest.raises(ZeroDivisionError):
            broken()
