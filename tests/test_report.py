"""The report: Data Docs and a self-contained summary page, checked in headless Chromium."""
from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
import tempfile

import pytest

from extract import run as pipeline
from extract.options import RunOptions

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def render_dom(path) -> str:
    """The page's DOM after Chromium loaded and ran it (headless, offline, throwaway profile)."""
    profile = tempfile.mkdtemp(prefix="chromium-")
    try:
        out = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--dump-dom", path.as_uri()],
            capture_output=True, text=True, timeout=120, check=True)
        return out.stdout
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def report(tmp_path_factory, sample_deck_path, slides_pdf):
    out = tmp_path_factory.mktemp("out")
    good = pipeline.extract_deck_file(sample_deck_path)
    pdf = pipeline.extract_deck_file(slides_pdf)
    bad = copy.deepcopy(pdf)
    bad.doc, bad.file = "slides_broken_sum", "slides_broken_sum.pdf"
    for m in bad.records:  # min > max everywhere: most rows fail, a deck-level failure (one row would be held back)
        m.update({"doc": bad.doc, "min": 5, "max": 1})
    broken = tmp_path_factory.mktemp("raw") / "corrupt.pdf"
    broken.write_bytes(b"%PDF-1.4 truncated")
    outcome = pipeline.finish([good, pdf, bad, pipeline.extract_deck_file(broken)], RunOptions(out_dir=out))
    return out, outcome


def test_outcome_statuses(report):
    _, outcome = report
    assert {d["doc"]: d["status"] for d in outcome.decks} == {
        "mext_intl_2024-05-09": "published", "slides_2024-05-09": "published",
        "slides_broken_sum": "quarantined", "corrupt": "failed"}
    assert not outcome.all_published


def test_summary_page_is_self_contained_with_a_budget_chart(report):
    out, _ = report
    page = (out / "reports" / "index.html").read_text(encoding="utf-8")
    assert "<svg" in page and "this fiscal year" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "no external assets"
    assert "<link" not in page and "<script src" not in page
    assert (out / "reports" / "gx" / "index.html").exists()
    for link in re.findall(r"href=\"(gx/[^\"]+)\"", page):
        assert (out / "reports" / link).exists(), link


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="Chromium not installed (make test installs it)")
def test_summary_page_renders_in_chromium(report):
    assert CHROMIUM, "make test installs Debian's chromium; it is missing"
    out, outcome = report
    dom = render_dom(out / "reports" / "index.html")
    for doc in ("mext_intl_2024-05-09", "slides_2024-05-09", "slides_broken_sum", "corrupt"):
        assert doc in dom
    assert "2 published" in dom and "1 quarantined" in dom and "1 failed" in dom
    mentions = outcome.validation["mext_intl_2024-05-09"]["mentions"]
    assert f"{mentions['passed']} passed, 0 failed" in dom
    assert "error: mentions._min_le_max: an interval's ends are ordered" in dom
    assert dom.count("<svg") >= 2  # a budget chart per deck with budgets
