"""What a scheduled job meets (issue 24): nothing of the user's is lost, and one bad deck never stops the
rest. One section per class of the issue; each test fails on the code before it and passes after."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deck_to_data_flows import cli
from extract import planner
from extract import run as pipeline
from extract.fileio import OUTPUT_MARKER
from extract.ingest.discover import discover
from extract.options import MIN_DECK_MEMORY_MB, RunOptions
from extract.outdir import OutputRefused, claim, real_dir
from extract.publish.generations import new_generation, published_dir, read_published
from extract.sandbox import Limits
from extract.state import RemovalRefused, output_lock
from extract.version import run_version
from tests.conftest import ROOT

OLD = time.time() - 3600  # a modification time well past any settling


def deck(raw: Path, name: str, text: str, mtime: float = OLD) -> Path:
    path = raw / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (mtime, mtime))
    return path


def opts(raw: Path, out: Path, **kw: object) -> RunOptions:
    return RunOptions(raw=raw, out_dir=out, settle_seconds=0, **kw)  # type: ignore[arg-type]


LINES = "令和6年度予算額 5億円\n（前年度予算額 4億円）\n支援期間 3年\n採択件数 10件\n達成率 80%\n"


def snapshot(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, bytes | str]:
    """Every path under `folder` with its bytes (files) or link target (links), but those under `skip`."""
    out: dict[str, bytes | str] = {}
    for p in sorted(folder.rglob("*")):
        rel = str(p.relative_to(folder))
        if rel.split("/")[0] in skip:
            continue
        out[rel] = os.readlink(p) if p.is_symlink() else p.read_bytes() if p.is_file() else "dir"
    return out


# -- 1. an output folder is empty or ours --------------------------------------------------------------

@pytest.mark.parametrize("case, words", [
    ("user_folder", "is not empty and was not made by extract"),
    ("input_itself", "is the input folder"),
    ("holds_input", "holds the input"),
    ("a_file", "is a file, not a folder"),
])
def test_an_output_folder_that_is_not_ours_is_refused_untouched(tmp_path, case, words):
    raw, out = tmp_path / "raw", tmp_path / "out"
    deck(raw, "a.txt", LINES)
    if case == "user_folder":
        deck(out, "reports/mine.txt", "the user's own report")
        deck(out, "quarantine/keep.pdf", "%PDF-1.4 a deck of the user's")
        deck(out, "manifest.json", "{}")
    elif case == "input_itself":
        out = raw
    elif case == "holds_input":
        out = tmp_path
    else:
        out.write_text("a file")
    before = snapshot(tmp_path)
    with pytest.raises(OutputRefused, match=words):
        pipeline.run(opts(raw, out))
    assert snapshot(tmp_path) == before  # nothing written, nothing deleted, no lock left
    assert cli.main(["run", str(raw), "--out", str(out), "-q"]) == cli.USAGE


@pytest.mark.parametrize("case", ["new", "empty", "marked", "written_before_the_marker"])
def test_an_output_folder_that_is_new_empty_or_ours_is_claimed(tmp_path, case):
    raw, out = tmp_path / "raw", tmp_path / "out"
    deck(raw, "a.txt", LINES)
    if case != "new":
        out.mkdir()
    if case == "marked":
        (out / OUTPUT_MARKER).write_text("{}")
        deck(out, "anything.csv", "ours")
    if case == "written_before_the_marker":
        (out / ".generations" / "20240101T000000-abcdef01").mkdir(parents=True)
        os.symlink(".generations/20240101T000000-abcdef01", out / "current")
    claim(out, raw)
    assert (out / OUTPUT_MARKER).is_file()


def test_an_output_folder_inside_the_input_is_not_read_as_input(tmp_path):
    raw = tmp_path / "raw"
    deck(raw, "a.txt", LINES)
    out = raw / "output"
    claim(out, raw)
    deck(out, "mentions.csv", "doc,kind\n")
    (out / ".lock").write_text("")
    found = discover(raw, settle_seconds=0)
    assert [d.file for d in found.decks] == ["a.txt"] and found.skipped == []
    deck(raw, "notes/output.txt", LINES)  # near miss: a folder of the user's named like ours is read
    assert [d.file for d in discover(raw, settle_seconds=0).decks] == ["a.txt", "notes/output.txt"]


# -- 2. an absurd number is held back, never an overflow -------------------------------------------------

ABSURD = {
    "amount_2_63": "予算額 99999999999999999999億円",
    "amount_just_over": f"事業費 {2**63 // 10000 + 1}万円",
    "count_5000_digits": "職員数 " + "9" * 5000 + "人",
    "percent_5000_digits": "達成率 " + "9" * 5000 + "%",
    "duration_400_digits": "期間 " + "9" * 400 + "年",
}


@pytest.fixture(scope="module")
def absurd_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("absurd")
    raw, out = base / "raw", base / "out"
    for name, line in ABSURD.items():
        deck(raw, f"{name}.txt", LINES + line + "\n")
    deck(raw, "near_miss.txt", LINES + f"事業費 {2**63 // 10000 - 1}万円\n")  # just under 2^63 yen
    outcome = pipeline.run(opts(raw, out))
    return out, {d["doc"]: d for d in outcome.decks}


@pytest.mark.parametrize("doc", sorted(ABSURD))
def test_a_value_no_table_can_hold_is_held_back_and_the_deck_published(absurd_run, doc):
    out, decks = absurd_run
    assert decks[doc]["status"] == "published", decks[doc]
    held = [h for h in read_published(out, "held_back") if h["doc"] == doc]
    assert [h["check"] for h in held] == ["_value_in_range"] and "2^63" in held[0]["reason"]
    assert {m["text"] for m in read_published(out, "mentions") if m["doc"] == doc} >= {"5億円", "3年"}
    assert (published_dir(out) / "mentions.parquet").is_file() and (published_dir(out) / "decks.duckdb").is_file()


def test_a_value_just_under_the_limit_goes_through_the_suites(absurd_run):
    out, decks = absurd_run
    assert decks["near_miss"]["status"] == "published"
    held = {h["check"] for h in read_published(out, "held_back") if h["doc"] == "near_miss"}
    # the amounts suite's plausibility bound, as for any figure; and the budgets suite's same bound where the
    # figure is also a budgets row (事業費 under the deck's 令和6年度予算額 lead-in is that budget's figure)
    assert {"yen_max", "yen_min"} <= held <= {"yen_max", "yen_min", "budget_yen"}


# -- 3. an input that is suddenly empty does not wipe what was published --------------------------------

@pytest.fixture(scope="module")
def three_published(tmp_path_factory):
    base = tmp_path_factory.mktemp("three")
    raw, out = base / "raw", base / "out"
    for n in "abc":
        deck(raw, f"{n}.txt", LINES)
    pipeline.run(opts(raw, out))
    return raw, out


@pytest.mark.parametrize("remove, allow, refused", [
    ("abc", False, True),   # an empty input (unmounted share)
    ("ab", False, True),    # more than half
    ("abc", True, False),   # on purpose
    ("a", False, False),    # near miss: one of three is an ordinary removal
])
def test_a_run_that_would_remove_most_decks_stops(three_published, tmp_path, remove, allow, refused):
    raw0, out0 = three_published
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(raw0, raw)
    shutil.copytree(out0, out, symlinks=True)
    for n in remove:
        (raw / f"{n}.txt").unlink()
    before = snapshot(out, skip=(".lock", ".state"))  # the run's own lock and last check may change
    if refused:
        with pytest.raises(RemovalRefused, match="--allow-removal"):
            planner.plan_run(opts(raw, out, allow_removal=allow))
        assert cli.main(["run", str(raw), "--out", str(out), "-q"]) == cli.REFUSED_REMOVAL
        assert snapshot(out, skip=(".lock", ".state")) == before
    else:
        assert sorted(planner.plan_run(opts(raw, out, allow_removal=allow)).removed) == sorted(remove)


def test_a_first_run_on_an_empty_folder_says_no_decks_found_at_once(tmp_path, capsys):
    (tmp_path / "raw").mkdir()
    started = time.monotonic()
    assert cli.main(["run", str(tmp_path / "raw"), "--out", str(tmp_path / "out")]) == cli.NOT_PUBLISHED
    assert time.monotonic() - started < 5 and "no decks found" in capsys.readouterr().err
    assert not (tmp_path / "out" / "current").exists()


# -- 4. links planted in the output folder are never followed --------------------------------------------

@pytest.mark.parametrize("name, target_is_dir", [
    (".generations", True), (".lock", False), (".state", True), (".cache", True), (OUTPUT_MARKER, False),
])
def test_a_link_planted_in_the_output_folder_is_refused(tmp_path, name, target_is_dir):
    raw, out, victim = tmp_path / "raw", tmp_path / "out", tmp_path / "victim"
    deck(raw, "a.txt", LINES)
    if target_is_dir:
        deck(victim, "sub/precious.txt", "keep me")
    else:
        deck(tmp_path, "victim", "keep me")
    claim(out, raw)
    if name == OUTPUT_MARKER:
        (out / OUTPUT_MARKER).unlink()
    os.symlink(victim, out / name)
    before = snapshot(victim) if target_is_dir else victim.read_bytes()
    with pytest.raises(OutputRefused, match="link"):
        pipeline.run(opts(raw, out))
    assert (snapshot(victim) if target_is_dir else victim.read_bytes()) == before


def test_writers_check_links_when_they_open_not_only_at_the_start(tmp_path):
    out, victim = tmp_path / "out", tmp_path / "victim"
    victim.mkdir()
    (tmp_path / "file").write_text("keep me")
    out.mkdir()
    os.symlink(tmp_path / "file", out / ".lock")
    with pytest.raises(OutputRefused), output_lock(out, timeout=1):
        pass
    assert (tmp_path / "file").read_text() == "keep me"
    os.symlink(victim, out / ".generations")
    with pytest.raises(OutputRefused):
        new_generation(out)
    with pytest.raises(OutputRefused):
        real_dir(out, ".generations")
    assert list(victim.iterdir()) == []
    os.symlink(victim, out / "current")  # `current` pointing outside our generations is not read
    assert published_dir(out) == out


# -- 5. a deck that changes while it is read is waiting, never published truncated -----------------------

@pytest.mark.parametrize("change", ["appended", "truncated", "same_size_other_bytes", None])
def test_a_deck_changed_after_it_was_planned_is_waiting(tmp_path, change):
    raw = tmp_path / "raw"
    path = deck(raw, "a.txt", LINES * 5)
    (planned,) = discover(raw, settle_seconds=0).decks
    data = path.read_bytes()
    if change == "appended":
        path.write_bytes(data + "予算額 9億円\n".encode())
    elif change == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif change == "same_size_other_bytes":
        path.write_bytes(data.replace("5億円".encode(), "6億円".encode()))
    os.utime(path, (OLD, OLD))  # the copier keeps the source's mtime (cp -p, rsync)
    result = pipeline.extract_deck_file(planned, Limits(timeout=60))
    if change in ("appended", "truncated"):
        assert result.status == "waiting" and "changed while it was read" in (result.error or "")
    else:  # near misses: the same bytes, or other bytes of the same size and mtime (hashed and extracted)
        assert result.status == "extracted" and result.sha256 is not None


def test_a_waiting_result_is_not_recorded_so_the_next_run_reads_it(tmp_path):
    raw = tmp_path / "raw"
    deck(raw, "a.txt", LINES)
    plan = planner.plan_run(opts(raw, tmp_path / "out"))
    (planned,) = plan.process
    w = pipeline.DeckResult("a", "a.txt", None, "txt", None, 0, [], status="waiting", error="changed")
    manifest = pipeline.next_manifest({}, plan, [w], RunOptions().suites)
    assert manifest == {}


def test_a_published_deck_that_changed_while_read_keeps_its_rows_and_shows_waiting(three_published, tmp_path):
    raw0, out0 = three_published
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(raw0, raw)
    shutil.copytree(out0, out, symlinks=True)
    deck(raw, "a.txt", LINES + "予算額 9億円\n")
    plan = planner.plan_run(opts(raw, out))
    before = [m for m in read_published(out, "mentions") if m["doc"] == "a"]
    w = pipeline.DeckResult("a", "a.txt", None, "txt", None, 0, [], status="waiting", error="changed while it was read")
    pipeline.finish([w], opts(raw, out), plan)
    rows = {d["doc"]: d for d in read_published(out, "decks")}
    assert rows["a"]["status"] == "waiting" and rows["a"]["mentions"] == len(before)  # not dropped from `decks`
    assert [m for m in read_published(out, "mentions") if m["doc"] == "a"] == before
    assert [d.doc for d in planner.plan_run(opts(raw, out)).process] == ["a"]  # read again by the next run


# -- 6. a file replaced by one of the same size and mtime is read again ----------------------------------

@pytest.mark.parametrize("how, verify, changed", [
    ("renamed_over", False, True),       # another inode
    ("rewritten_in_place", False, True),  # the same inode, another ctime
    ("untouched", False, False),          # near miss
    ("manifest_disagrees", False, False),  # stat matches: trusted without --verify ...
    ("manifest_disagrees", True, True),    # ... and hashed with it
])
def test_a_replaced_deck_with_the_same_size_and_mtime_is_read_again(tmp_path, how, verify, changed):
    raw, out = tmp_path / "raw", tmp_path / "out"
    path = deck(raw, "a.txt", LINES)
    first = planner.plan_run(opts(raw, out))
    version = run_version(RunOptions().suites)
    manifest = {"a": {**first.fingerprints["a"], "version": version, "status": "published"}}
    other = LINES.replace("5億円", "6億円")
    time.sleep(0.01)
    if how == "renamed_over":
        deck(raw, "tmp.part", other).rename(path)
    elif how == "rewritten_in_place":
        path.write_text(other, encoding="utf-8")
    if how in ("renamed_over", "rewritten_in_place"):
        os.utime(path, (OLD, OLD))
    if how == "manifest_disagrees":
        manifest["a"]["sha256"] = "0" * 64
    from extract.state import plan as make_plan

    p = make_plan(discover(raw, settle_seconds=0), manifest, version, verify=verify,
                  limits=planner.run_limits(opts(raw, out)))
    assert (p.kinds["a"] == "changed") == changed, p.kinds


# -- 7. failed decks are retried when their limits change; waiting decks say so --------------------------

@pytest.fixture(scope="module")
def failed_on_a_limit(tmp_path_factory):
    base = tmp_path_factory.mktemp("failed")
    raw, out = base / "raw", base / "out"
    deck(raw, "big.txt", LINES * 400)  # ~40 KB
    deck(raw, "small.txt", LINES)
    outcome = pipeline.run(opts(raw, out, max_text_mb=0.01))
    return raw, out, {d["doc"]: d for d in outcome.decks}


def test_a_failure_names_the_flag(failed_on_a_limit):
    _, _, decks = failed_on_a_limit
    assert decks["big"]["status"] == "failed" and "--max-text-mb" in decks["big"]["error"]


@pytest.mark.parametrize("change, retried", [
    ({"max_text_mb": 1.0}, True),
    ({"retry_failed": True}, True),
    ({"deck_timeout": 600.0}, True),
    ({}, False),  # near miss: nothing changed, it stays failed without a new run
])
def test_a_failed_deck_is_retried_when_its_limits_change(failed_on_a_limit, change, retried):
    raw, out, _ = failed_on_a_limit
    p = planner.plan_run(opts(raw, out, **{"max_text_mb": 0.01, **change}))
    assert ([d.doc for d in p.process] == ["big"]) == retried and "small" in p.unchanged
    assert p.kinds["big"] == ("retry" if retried else "unchanged")


def test_a_published_deck_being_rewritten_is_shown_waiting_with_when(failed_on_a_limit, tmp_path, capsys):
    raw0, out0, _ = failed_on_a_limit
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(raw0, raw)
    shutil.copytree(out0, out, symlinks=True)
    os.utime(raw / "small.txt")  # modified just now
    p = planner.plan_run(RunOptions(raw=raw, out_dir=out, settle_seconds=30, max_text_mb=0.01))
    assert p.settling == ["small"]
    outcome = planner.unchanged_outcome(RunOptions(raw=raw, out_dir=out), p)
    small = next(d for d in outcome.decks if d["doc"] == "small")
    assert small["status"] == "waiting" and "read by the first run after" in small["error"]
    assert cli.exit_code(outcome) == cli.NOT_PUBLISHED
    out_console, _ = cli.consoles()
    cli.print_summary(out_console, outcome, nothing_new=True)
    shown = capsys.readouterr().out
    assert "1 deck waiting" in shown and "Nothing new" not in shown and "waiting (settling)" not in shown


# -- 8. runs publish only when something changed; one folder state, one exit code -----------------------

def test_a_file_that_appears_later_is_recorded_and_then_nothing_is_published(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    deck(raw, "a.txt", LINES)
    first = pipeline.run(opts(raw, out))
    deck(raw, "notes.odt", "not a deck")
    assert not planner.nothing_to_do(planner.plan_run(opts(raw, out)), out)
    second = pipeline.run(opts(raw, out))
    assert {d["doc"]: d["status"] for d in read_published(out, "decks")} == {"a": "published", "notes.odt": "skipped"}
    p = planner.plan_run(opts(raw, out))
    assert planner.nothing_to_do(p, out)  # the next tick publishes nothing
    again = planner.unchanged_outcome(opts(raw, out), p)
    assert cli.exit_code(first) == cli.exit_code(second) == cli.exit_code(again) == cli.OK


def test_one_folder_state_gives_one_exit_code(failed_on_a_limit):
    raw, out, decks = failed_on_a_limit
    published = pipeline.RunOutcome(str(out), list(decks.values()), {}, [], None, [])
    p = planner.plan_run(opts(raw, out, max_text_mb=0.01))
    assert planner.nothing_to_do(p, out)
    assert cli.exit_code(planner.unchanged_outcome(opts(raw, out), p)) == cli.exit_code(published) == cli.NOT_PUBLISHED


# -- 10. limits and messages ---------------------------------------------------------------------------

@pytest.mark.parametrize("mb, ok", [(512, False), (768, False), (MIN_DECK_MEMORY_MB - 1, False),
                                    (MIN_DECK_MEMORY_MB, True), (2048, True)])
def test_deck_memory_below_what_a_deck_needs_is_refused_at_start(tmp_path, capsys, mb, ok):
    if ok:
        assert RunOptions(deck_memory_mb=mb).deck_memory_mb == mb
        return
    with pytest.raises(ValueError, match=f"at least {MIN_DECK_MEMORY_MB}"):
        RunOptions(deck_memory_mb=mb)
    assert cli.main(["run", str(tmp_path), "--out", str(tmp_path / "o"), "--deck-memory-mb", str(mb)]) == cli.USAGE
    assert "--deck-memory-mb" in capsys.readouterr().err


def test_an_input_folder_whose_name_is_not_utf8_travels_as_parameters(tmp_path):
    import orjson  # what Prefect encodes flow parameters with

    raw = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/\x8e\x91\x97\xbf"))
    raw.mkdir()
    params = json.loads(orjson.dumps(RunOptions(raw=raw, out_dir=tmp_path / "out").to_params()))
    assert RunOptions.resolve(params).raw == raw.resolve()
    assert RunOptions.resolve(RunOptions(raw=tmp_path).to_params()).raw == tmp_path.resolve()  # near miss: plain


def test_blank_separator_pages_are_not_image_only(tmp_path):
    from tests.fixtures.pdfs import make_blank_separators, make_image_pages

    blank = pipeline.extract_deck_file(make_blank_separators(tmp_path / "blank.pdf"), Limits(timeout=120))
    assert blank.status == "extracted" and blank.pages == 4 and blank.pages_without_text == []
    scanned = pipeline.extract_deck_file(make_image_pages(tmp_path / "scan.pdf", 1, 1), Limits(timeout=120))
    assert scanned.pages_without_text == [2]  # near miss: a picture without text is still image-only


def _busy_port() -> tuple[socket.socket, int]:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen()
    return s, s.getsockname()[1]


@pytest.mark.parametrize("case, words", [
    ("busy_port", "is in use"),
    ("bad_cron", "is not a valid cron schedule"),
    ("out_is_a_file", "is a file, not a folder"),
])
def test_serve_says_what_is_wrong_in_one_line(tmp_path, capfd, monkeypatch, case, words):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    raw, out = tmp_path / "raw", tmp_path / "out"
    deck(raw, "a.txt", LINES)
    sock, port = _busy_port()
    free = socket.socket()
    free.bind(("127.0.0.1", 0))
    free_port = free.getsockname()[1]
    free.close()
    args = ["serve", str(raw), "--out", str(out), "--port", str(port if case == "busy_port" else free_port)]
    if case == "bad_cron":
        args += ["--cron", "61 * * * *"]
    if case == "out_is_a_file":
        out.write_text("a file")
    try:
        assert cli.main(args) == cli.USAGE
    finally:
        sock.close()
    err = capfd.readouterr().err
    assert words in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_messages_are_not_cut_at_80_columns_in_a_pipe(capsys, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    reason = "a reason long enough to be cut at eighty columns, " * 4 + "END"
    outcome = pipeline.RunOutcome("out", [{"doc": "d", "file": "d.pdf", "status": "failed", "error": reason,
                                           "pages": None, "mentions": 0, "action": "extracted"}], {}, [], "r.html", [])
    out, _ = cli.consoles()
    cli.print_summary(out, outcome)
    assert "END" in capsys.readouterr().out


@pytest.mark.parametrize("pages, per_page, timeout, fails", [
    (100, 0.05, 1.0, False),  # 100 pages earn 5 s: a 3 s deck passes a 1 s floor
    (2, 0.05, 1.0, True),     # near miss: 2 pages earn 0.1 s, the 1 s floor stops it
])
def test_the_time_limit_grows_with_the_pages(pages, per_page, timeout, fails):
    from extract.model import DeckError
    from extract.sandbox import run_limited
    from tests.sandbox_helpers import slow_pages

    limits = Limits(timeout=timeout, per_page=per_page)
    if fails:
        with pytest.raises(DeckError, match="--deck-timeout"):
            run_limited(slow_pages, (pages, 3.0), limits)
    else:
        assert run_limited(slow_pages, (pages, 3.0), limits) == pages
    assert "--deck-seconds-per-page" in Limits(timeout=1, per_page=1).timeout_reason(600)


@pytest.mark.slow
@pytest.mark.parametrize("after", [6, 12])  # seconds after the plan: Prefect starting; a deck being read
def test_ctrl_c_ends_a_run_at_once_with_130(tmp_path, after):
    raw, out = tmp_path / "raw", tmp_path / "out"
    deck(raw, "slow.txt", "予算額 1億円 " * 25_000)  # a one-line deck that takes a long time
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "PREFECT_HOME": str(tmp_path / "prefect")}
    proc = subprocess.Popen([sys.executable, "-m", "deck_to_data_flows.cli", "run", str(raw), "--out", str(out)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (out / ".lock").exists():
        time.sleep(0.5)
    time.sleep(after)
    sent = time.monotonic()
    os.killpg(proc.pid, 2)  # as Ctrl-C in a terminal: to the whole process group (Prefect's server too)
    try:
        out_text, err = proc.communicate(timeout=15)
    finally:
        proc.kill()
    took = time.monotonic() - sent
    assert (proc.returncode, took < 10, "interrupted" in err) == (130, True, True), (took, err[-2000:], out_text[-2000:])


# -- 11. housekeeping ----------------------------------------------------------------------------------

def test_the_cache_loses_what_no_report_used_for_weeks(tmp_path):
    from extract.housekeeping import CACHE_KEEP_DAYS, prune_cache

    out, victim = tmp_path / "out", tmp_path / "victim"
    old, new = deck(out, ".cache/figures/old.jpg", "x"), deck(out, ".cache/charts/new.svg", "x", mtime=time.time())
    os.utime(old, (time.time() - (CACHE_KEEP_DAYS + 1) * 86400,) * 2)
    assert prune_cache(out) == 1 and not old.exists() and new.exists()
    deck(victim, "old.jpg", "keep me", mtime=0)
    shutil.rmtree(out / ".cache")
    os.symlink(victim, out / ".cache")  # a link is never followed
    assert prune_cache(out) == 0 and (victim / "old.jpg").exists()


def test_a_dependency_upgrade_changes_the_rule_version():
    from extract.version import dependency_versions, rule_version, version_of

    deps = dependency_versions()
    assert all(v != "-" for v in deps.values()) and {"pdfplumber", "SudachiDict-core", "SudachiPy"} <= set(deps)
    root = ROOT / "src" / "extract"
    assert rule_version() == version_of(root, deps)
    for name in ("pdfplumber", "SudachiDict-core", "SudachiPy"):
        assert version_of(root, {**deps, name: "999"}) != rule_version()


def test_the_local_prefect_server_prunes_its_history(tmp_path):
    from deck_to_data_flows.serve import HISTORY_DAYS, server_env

    env = server_env(tmp_path)
    code = ("from prefect.settings import get_current_settings as g; v = g().server.services.db_vacuum; "
            "print(sorted(v.enabled_vacuum_types), v.retention_period.days, g().server.events.retention_period.days)")
    got = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert got.stdout.split("]")[0] + "]" == "['events', 'flow_runs', 'orphans']", got.stderr[-500:]
    assert got.stdout.split("]")[1].split() == [str(HISTORY_DAYS), str(HISTORY_DAYS)]
