"""The Prefect flow itself, end to end into a temp folder: a text deck, a PDF deck and a corrupt file."""
from __future__ import annotations

import csv
import json
import shutil

import pytest


@pytest.mark.slow
def test_flow_publishes_good_decks_and_reports_the_bad_one(prefect_harness, tmp_path, sample_deck_path, slides_pdf):
    from flows.extract_decks import extract_decks

    raw, out = tmp_path / "raw", tmp_path / "output"
    raw.mkdir()
    shutil.copy(sample_deck_path, raw)
    shutil.copy(slides_pdf, raw)
    (raw / "broken.pdf").write_bytes(b"%PDF-1.7\n%%EOF garbage")
    summary = extract_decks(raw_dir=raw, out_dir=out)
    assert (out / "reports" / "index.html").exists()

    status = {d["doc"]: d["status"] for d in summary.decks}
    assert status == {"mext_intl_2024-05-09": "published", "slides_2024-05-09": "published", "broken": "failed"}
    assert not summary.all_published
    for name in ("mentions", "amounts", "budgets", "decks"):
        assert (out / f"{name}.csv").exists() and (out / f"{name}.json").exists()
    mentions = json.loads((out / "mentions.json").read_text(encoding="utf-8"))
    assert {m["doc"] for m in mentions} == {"mext_intl_2024-05-09", "slides_2024-05-09"}
    with open(out / "mentions.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["doc", "kind", "page", "line", "text", "min", "max", "unit", "qualifiers", "per",
                             "role", "fy", "program", "context", "seq"]
    assert len(rows) == len(mentions)
    pdf_budget = [m for m in mentions if m["doc"] == "slides_2024-05-09" and m["role"] == "budget"]
    assert {(m["page"], m["max"], m["fy"]) for m in pdf_budget} == {(2, 1_100_000_000, 2024), (3, 7_200_000_000, 2024)}
    decks = {d["doc"]: d for d in json.loads((out / "decks.json").read_text(encoding="utf-8"))}
    assert decks["broken"]["error"].startswith("unreadable PDF")
    assert decks["mext_intl_2024-05-09"]["mentions"] == 296
