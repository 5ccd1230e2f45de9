"""The Prefect flow itself, end to end into a temp folder: a text deck, a PDF deck and a corrupt file."""
from __future__ import annotations

import csv
import json
import shutil

import pytest

from extract.ingest import read_deck
from extract.mentions import extract_deck

from .helpers import assert_scores_like_the_library


@pytest.mark.slow
def test_flow_publishes_good_decks_and_reports_the_bad_one(prefect_harness, tmp_path, sample_deck_path, slides_pdf,
                                                           sample_library_score):
    from deck_to_data_flows.extract_decks import extract_decks

    raw, out = tmp_path / "raw", tmp_path / "output"
    raw.mkdir()
    shutil.copy(sample_deck_path, raw)
    shutil.copy(slides_pdf, raw)
    (raw / "broken.pdf").write_bytes(b"%PDF-1.7\n%%EOF garbage")
    summary = extract_decks({"raw": raw, "out_dir": out, "settle_seconds": 0})
    assert (out / "reports" / "index.html").exists()

    status = {d["doc"]: d["status"] for d in summary.decks if d["action"] == "extracted"}
    assert status == {"mext_intl_2024-05-09": "published", "slides_2024-05-09": "published", "broken": "failed"}
    assert not summary.all_published
    for name in ("mentions", "amounts", "budgets", "decks"):
        assert (out / f"{name}.csv").exists() and (out / f"{name}.json").exists()
    mentions = json.loads((out / "mentions.json").read_text(encoding="utf-8"))
    assert {m["doc"] for m in mentions} == {"mext_intl_2024-05-09", "slides_2024-05-09"}
    with open(out / "mentions.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    from extract.schema import TABLES

    assert list(rows[0]) == [c.name for c in TABLES["mentions"].columns]  # the column dictionary, in its order
    assert list(rows[0])[:20] == ["doc", "kind", "page", "line", "text", "min", "max", "unit", "qualifiers", "per",
                                  "role", "fy", "program", "context", "seq", "x0", "top", "x1", "bottom", "parent"]
    assert len(rows) == len(mentions)
    pdf_budget = [m for m in mentions if m["doc"] == "slides_2024-05-09" and m["role"] == "budget"]
    assert {(m["page"], m["max"], m["fy"]) for m in pdf_budget} == {(2, 1_100_000_000, 2024), (3, 7_200_000_000, 2024)}
    decks = {d["doc"]: d for d in json.loads((out / "decks.json").read_text(encoding="utf-8"))}
    assert decks["broken"]["error"].startswith("unreadable PDF")
    mext = [m for m in mentions if m["doc"] == "mext_intl_2024-05-09"]
    assert decks["mext_intl_2024-05-09"]["mentions"] == len(mext)
    assert_scores_like_the_library(mext, sample_library_score)


def _tables(out):
    keep = {}
    for name in ("mentions", "amounts", "durations", "counts", "budgets"):
        keep[name] = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
    keep["decks"] = [{k: v for k, v in d.items() if k != "extracted_at"}
                     for d in json.loads((out / "decks.json").read_text(encoding="utf-8"))]
    return keep


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_tables_as_the_local_run(prefect_harness, tmp_path, sample_deck_path, slides_pdf,
                                                                   monkeypatch):
    from deck_to_data_flows.extract_decks import extract_decks

    monkeypatch.setenv("DASK_TEMPORARY_DIRECTORY", str(tmp_path / "dask"))
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(sample_deck_path, raw)
    shutil.copy(slides_pdf, raw)
    local = extract_decks({"raw": raw, "out_dir": tmp_path / "local", "settle_seconds": 0})
    dask = extract_decks({"raw": raw, "out_dir": tmp_path / "dask_out", "settle_seconds": 0, "dask_local": 2})
    assert local.all_published and dask.all_published
    assert _tables(tmp_path / "local") == _tables(tmp_path / "dask_out")


@pytest.mark.slow
def test_two_runs_at_once_do_not_corrupt_the_output(prefect_harness, tmp_path, sample_deck_path, slides_pdf, sample_library_score):
    import os
    import subprocess
    import sys

    from prefect.settings import PREFECT_API_URL

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(sample_deck_path, raw)
    shutil.copy(slides_pdf, raw)
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    cmd = [sys.executable, "-m", "deck_to_data_flows.cli", "run", str(raw), "--out", str(out), "--settle-seconds", "0"]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    runs = json.loads((out / "runs.json").read_text(encoding="utf-8"))
    # one extracted both decks; the other waited for the lock, found nothing to do and published nothing
    assert len(runs) == 1 and runs[0]["decks_new"] == 2
    assert sum("Nothing new to publish" in o for o in outputs) == 1, outputs
    from frictionless import validate

    assert validate(str(out / "datapackage.json")).valid
    mentions = json.loads((out / "mentions.json").read_text(encoding="utf-8"))
    assert_scores_like_the_library(mentions, sample_library_score)  # the sample deck once, as the library finds it
    slides = [m for m in mentions if m["doc"] == "slides_2024-05-09"]
    assert len(mentions) == sample_library_score["all"]["pred"] + len(slides)
    assert len(slides) == len(extract_deck(read_deck(slides_pdf))) > 0
    hidden = (".lock", ".generations", ".cache", ".state",  # .state/last_check.json: when nothing was to do
              ".deck-to-data-output")  # the marker that makes the folder an output folder of extract
    assert not [p.name for p in out.iterdir() if p.name.startswith(".") and p.name not in hidden]
    assert len(list((out / ".generations").iterdir())) == 1  # the no-op run wrote no generation
