"""Prefect artifacts per run: the decks and their statuses, the rows held back, and a summary linking the
report and the output folder, read back from the Prefect API of a local server."""
from __future__ import annotations

import json
from pathlib import Path
from uuid import UUID

import pytest

from deck_to_data_flows.artifacts import (
    DECKS_KEY,
    HELD_BACK_KEY,
    HELD_BACK_SHOWN,
    SUMMARY_KEY,
    deck_table,
    held_back_table,
    summary_markdown,
)
from extract.model import RunOutcome

#: a text deck whose checks hold three rows back (a percent out of range; a budget 10^5 times its
#: previous-year figure, with that figure) while the rest of it publishes
ODD_DECK = ("海外特別研究員事業\n令和６年度予算額 72億円（前年度予算額 71億円）\n達成率 202450%\n研究員 120人 3年間\n"
            "令和6年度予算額 1,950,000億円（前年度予算額 1,878百万円）\n")


def _outcome(tmp_path: Path, decks: list[dict], run: dict | None = None) -> RunOutcome:
    return RunOutcome(str(tmp_path / "out"), decks, {}, [], str(tmp_path / "out" / "reports" / "index.html"), [], run or {})


def _deck(doc: str, status: str, error: str | None = None, **more: object) -> dict:
    return {"doc": doc, "file": f"{doc}.pdf", "status": status, "error": error, "pages": 3, "mentions": 10,
            "action": "extracted", **more}


def test_deck_table_counts_each_decks_held_back_rows_and_gives_one_line_of_reason(tmp_path):
    outcome = _outcome(tmp_path, [_deck("a", "published"), _deck("b", "failed", "unreadable PDF\ntraceback …"),
                                  _deck("c", "removed", action="removed", mentions=0)])
    held = [{"doc": "a", "seq": 1}, {"doc": "a", "seq": 2}, {"doc": "z", "seq": 0}]
    rows = deck_table(outcome, held)
    assert [(r["deck"], r["status"], r["held_back"], r["reason"]) for r in rows] == [
        ("a.pdf", "published", 2, ""), ("b.pdf", "failed", 0, "unreadable PDF"), ("c.pdf", "removed", 0, "")]


@pytest.mark.parametrize("n", [0, 3, HELD_BACK_SHOWN + 7])
def test_held_back_table_is_capped_and_keeps_its_columns(n):
    rows = held_back_table([{"doc": "d", "seq": i, "text": "1%", "extra": "x"} for i in range(n)])
    assert len(rows) == min(n, HELD_BACK_SHOWN)
    assert all("extra" not in r and r["doc"] == "d" for r in rows)


def test_summary_links_the_report_and_the_folder_and_lists_the_problems(tmp_path):
    outcome = _outcome(tmp_path, [_deck("a", "published"), _deck("b|c", "quarantined", "failed expectations: x | y")],
                       run={"run_id": "r1"})
    text = summary_markdown(outcome, [{"doc": "a"}])
    assert f"({(tmp_path / 'out' / 'reports' / 'index.html').resolve().as_uri()})" in text
    assert f"({(tmp_path / 'out').resolve().as_uri()})" in text
    assert "2 (1 published, 1 quarantined)" in text and "held back by validation: 1" in text
    assert "| b\\|c.pdf | quarantined | failed expectations: x \\| y |" in text
    assert "a.pdf" not in text.split("| deck |")[1]  # only the decks that need a look


def test_summary_of_a_run_with_nothing_new(tmp_path):
    text = summary_markdown(_outcome(tmp_path, [_deck("a", "published", action="unchanged")]), [])
    assert "Nothing new to publish" in text and "0 extracted" in text and "| deck |" not in text


def _artifacts(flow_run_id: UUID) -> dict[str, object]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
    return {a.key: a for a in found}


def _data(artifact) -> object:
    return json.loads(artifact.data) if isinstance(artifact.data, str) and artifact.type == "table" else artifact.data


@pytest.mark.slow
def test_a_flow_run_shows_its_artifacts_in_the_prefect_api(prefect_harness, tmp_path):
    from deck_to_data_flows.extract_decks import extract_decks

    raw, out = tmp_path / "raw", tmp_path / "output"
    raw.mkdir()
    (raw / "odd_2024-05-09.txt").write_text(ODD_DECK, encoding="utf-8")
    (raw / "broken.pdf").write_bytes(b"%PDF-1.7\n%%EOF garbage")
    outcome = extract_decks({"raw": raw, "out_dir": out, "settle_seconds": 0})
    found = _artifacts(UUID(outcome.run["run_id"]))
    assert set(found) == {DECKS_KEY, HELD_BACK_KEY, SUMMARY_KEY}
    assert {a.key: a.type for a in found.values()} == {DECKS_KEY: "table", HELD_BACK_KEY: "table", SUMMARY_KEY: "markdown"}

    decks = {r["deck"]: r for r in _data(found[DECKS_KEY])}
    assert decks["broken.pdf"]["status"] == "failed" and decks["broken.pdf"]["reason"].startswith("unreadable PDF")
    assert decks["odd_2024-05-09.txt"]["status"] == "published" and decks["odd_2024-05-09.txt"]["held_back"] == 3
    held = _data(found[HELD_BACK_KEY])
    assert sorted(r["text"] for r in held) == ["1,878百万円", "1,950,000億円", "202450%"]
    summary = str(found[SUMMARY_KEY].data)
    assert (out / "reports" / "index.html").resolve().as_uri() in summary and out.resolve().as_uri() in summary

    # a second run with nothing to do still says so in the UI, under the same keys
    again = extract_decks({"raw": raw, "out_dir": out, "settle_seconds": 0})
    assert not again.run
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        summaries = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[SUMMARY_KEY])))
    assert len(summaries) == 2 and any("Nothing new to publish" in str(a.data) for a in summaries)

