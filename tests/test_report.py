"""The report: Data Docs and a self-contained summary page, checked in headless Chromium."""
from __future__ import annotations

import copy
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading

import pytest

from extract import run as pipeline
from extract.options import RunOptions

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


#: what Chromium asks for on its own, even for an empty page (clock, updates, accounts): not the page's
CHROMIUM_OWN = re.compile(r"^(clients\d\.google\.com|update\.googleapis\.com|accounts\.google\.com|"
                          r"[\w-]+\.gvt1\.com|optimizationguide-pa\.googleapis\.com)$")


class ProxyTrap:
    """A proxy that answers nothing and notes the host of every request: whatever Chromium fetches for
    the page (other than file: and data:) comes here."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.port, self.hosts, self.stop = self.sock.getsockname()[1], [], False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            conn.settimeout(10)
            try:
                data = conn.recv(4096)
                # a connection closed before it asked for anything (Chromium's speculative preconnect to its proxy)
                # fetched nothing; one that stays silent or sends an unreadable request line counts as a request
                if data:
                    first = data.split(b"\r\n")[0].decode("latin-1").split()
                    target = first[1] if len(first) > 1 else "?"
                    self.hosts.append(re.sub(r"^\w+://", "", target).split("/")[0].split(":")[0])
            except OSError:
                self.hosts.append("?")
            conn.close()

    def page_requests(self) -> list[str]:
        return [h for h in self.hosts if not CHROMIUM_OWN.match(h)]

    def close(self) -> None:
        self.stop = True
        self.thread.join()
        self.sock.close()


def render_dom(path, screenshot=None) -> str:
    """The page's DOM after Chromium loaded and ran it (headless, offline, throwaway profile, every
    request sent to a trap that must see none); with `screenshot`, also a PNG of the page there."""
    profile = tempfile.mkdtemp(prefix="chromium-")
    trap = ProxyTrap()
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--proxy-server=http://127.0.0.1:{trap.port}", "--proxy-bypass-list=<-loopback>",
             f"--user-data-dir={profile}"]
    try:
        out = subprocess.run(flags + ["--dump-dom", path.as_uri()], capture_output=True, text=True, timeout=120,
                             check=True)
        if screenshot is not None:
            subprocess.run(flags + ["--window-size=1300,4000", f"--screenshot={screenshot}", path.as_uri()],
                           capture_output=True, timeout=120, check=True)
        assert trap.page_requests() == [], "the page made requests"
        return out.stdout
    finally:
        trap.close()
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
    outcome = pipeline.finish([good, pdf, bad, pipeline.extract_deck_file(broken)],
                              RunOptions(raw=slides_pdf.parent, out_dir=out))
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
    assert "<svg" in page and "this year" in page and "previous year" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "no external assets"
    assert "<link" not in page and "<script src" not in page
    assert (out / "reports" / "gx" / "index.html").exists()
    for link in re.findall(r"href=\"(gx/[^\"]+)\"", page):
        assert (out / "reports" / link).exists(), link


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (make test installs it)")
def test_the_request_trap_sees_an_external_image(tmp_path):
    page = tmp_path / "leaky.html"
    page.write_text("<html><body><img src='http://assets.example.org/x.png'></body></html>")
    with pytest.raises(AssertionError, match="made requests"):
        render_dom(page)


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="Chromium not installed (make test installs it)")
def test_summary_page_renders_in_chromium(report, tmp_path):
    assert CHROMIUM, "make test installs Debian's chromium; it is missing"
    out, outcome = report
    dom = render_dom(out / "reports" / "index.html", screenshot=tmp_path / "report.png")
    assert (tmp_path / "report.png").stat().st_size > 10_000
    for doc in ("mext_intl_2024-05-09", "slides_2024-05-09", "slides_broken_sum", "corrupt"):
        assert doc in dom
    assert "2 published" in dom and "1 quarantined" in dom and "1 failed" in dom
    mentions = outcome.validation["mext_intl_2024-05-09"]["mentions"]
    assert f"{mentions['passed']} passed, 0 failed" in dom
    assert "error: mentions._min_le_max: an interval's ends are ordered" in dom
    assert dom.count("<svg") >= 2  # a budget chart per deck with budgets
    # the budgets as an analyst checks them: programme, year, figure, previous, change, source line
    assert "戦略的国際共同研究プログラム（SICORP）" in dom and "令和6年度予算額（案）11億円" in dom
    assert "(no programme named)" in dom and "(unnamed" not in dom
    assert dom.count('src="data:image/jpeg;base64,') == 2  # the PDF deck's two figures, outlined
    assert "line 1128" in dom and "p. 3" in dom


def _budget_row(**kw):
    row = {"doc": "d", "program": None, "fy": 2024, "budget_yen": 7_726_000_000, "previous_budget_yen": 7_704_000_000,
           "change_pct": 0.29, "page": None, "line": 12, "text": "7,726百万円", "previous_text": "7,704百万円"}
    return {**row, **kw}


@pytest.mark.parametrize("program, shown", [
    (None, "(no programme named)"), ("", "(no programme named)"), ("(unnamed, line 12)", "(no programme named)"),
    ("病児保育事業費補助金", "病児保育事業費補助金"),
])
def test_a_programme_named_nowhere_is_shown_as_such(program, shown):
    from extract.report.page import budget_chart_svg, budget_rows, summary_html

    rows = budget_rows([_budget_row(program=program)],
                       [{"doc": "d", "kind": "amount", "role": "budget", "page": None, "line": 12, "text": "7,726百万円",
                         "context": "○ 予算額 7,726百万円（7,704百万円）"}])
    page = summary_html([{"doc": "d", "file": "d.txt", "status": "published", "action": "extracted"}], {}, [], rows)
    assert shown in page and shown in budget_chart_svg(rows)
    assert "○ 予算額 7,726百万円（7,704百万円）" in page and "line 12" in page
    assert "77.26億円" in page and "+0.3%" in page
    if program is None:
        assert "line 12" in budget_chart_svg(rows)  # an unnamed figure is told apart by where it stands


def test_held_back_rows_are_listed_with_their_source_and_the_table_may_be_absent():
    from extract.report.page import summary_html

    decks = [{"doc": "d", "file": "d.pdf", "status": "quarantined", "action": "extracted", "error": "failed expectations"}]
    held = [{"doc": "d", "table": "amounts", "key": "d:17", "text": "5億円", "page": 4, "line": None,
             "expectation": "amounts._min_le_max", "observed": "min 5e8 > max 1", "reason": "an interval's ends are ordered"}]
    page = summary_html(decks, {}, [], [], held_back=held)
    assert "Rows held back by validation (1)" in page
    for text in ("amounts._min_le_max", "5億円", "p. 4", "min 5e8 &gt; max 1", "an interval's ends are ordered".replace("'", "&#x27;")):
        assert text in page, text
    assert "held back" not in summary_html(decks, {}, [], []).split("<h2>Decks")[1].split("</tr>")[1]  # no table: "-"
