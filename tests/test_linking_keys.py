"""The programme names' keys kept between runs (`linking/keys.py`, issue 25): the same keys and the same
programmes as deriving them, the kept file used only when it is whole and written by the same rules, and
derived again (then rewritten) when it is missing, damaged, edited or foreign."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from extract.linking import acronym_of, exact_key, program_tables, rule_keys, spelling_key
from extract.linking.keys import NameKeys

GOLD = Path(__file__).parent / "data" / "gold" / "budgets"

#: names of several shapes: spaces and widths, brackets of every kind, acronyms, a fiscal year first,
#: spelling variants and folded endings, a bullet, kana with a dash
NAMES = ["〇〇事業 12", "ＡＢＣ 事業", "国際共同研究プログラム（SATREPS）", "SATREPS", "WPI",
         "防災関係経費（防災情報通信設備整備事業費）", "防災情報通信設備整備事業費", "令和2年度 道路整備事業費等",
         "X事業（県単公共）", "X事業", "子ども・子育て支援事業", "子ども子育て支援事業", "○ 港湾整備事業",
         "デジタル‐トランスフォーメーション推進事業", "国直轄工事費負担金（第３号ふ頭岸壁改良事業費）"]


def _gold() -> list[dict]:
    return [json.loads(line) for f in sorted(GOLD.glob("*.jsonl")) for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _same(a: object, b: object) -> None:
    assert isinstance(a, type(b))
    pa, pb = a.frames(), b.frames()  # type: ignore[attr-defined]
    for name in pa:
        pd.testing.assert_frame_equal(pa[name], pb[name])
    assert a.pairs == b.pairs  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", NAMES)
def test_keys_are_the_rules_keys(name: str, tmp_path: Path) -> None:
    path = tmp_path / "names.json"
    first = NameKeys(path)
    want = (exact_key(name), spelling_key(name), acronym_of(name), rule_keys(name))
    assert first.of(name) == want and first.derived == 1
    first.save()
    kept = NameKeys(path)
    assert kept.of(name) == want and kept.derived == 0  # read back as derived: tuples, None, bools


def test_programmes_the_same_with_kept_keys(tmp_path: Path) -> None:
    rows = _gold()
    plain = program_tables(rows)
    path = tmp_path / "names.json"
    first = NameKeys(path)
    _same(program_tables(rows, keys=first), plain)
    first.save()
    kept = NameKeys(path)
    _same(program_tables(rows, keys=kept), plain)
    assert first.derived > 0 and kept.derived == 0
    before = path.stat().st_mtime_ns
    kept.save()  # the same names: nothing to write
    assert path.stat().st_mtime_ns == before


def test_the_file_holds_this_runs_names_only(tmp_path: Path) -> None:
    path = tmp_path / "names.json"
    k = NameKeys(path)
    for n in NAMES:
        k.of(n)
    k.save()
    fewer = NameKeys(path)
    fewer.of(NAMES[0])
    fewer.save()  # the names of this run: the file shrinks to them
    assert set(json.loads(path.read_bytes().split(b"\n", 1)[1])) == {NAMES[0]}


def _spoil_body(path: Path) -> None:
    head, body = path.read_bytes().split(b"\n", 1)
    path.write_bytes(head + b"\n" + body.replace("事業".encode(), "施設".encode(), 1))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-20])


def _foreign(path: Path) -> None:
    head, body = path.read_bytes().split(b"\n", 1)
    meta = json.loads(head)
    path.write_bytes(json.dumps({**meta, "signature": "0" * 16}).encode() + b"\n" + body)


def _bad_entry(path: Path) -> None:
    """An entry of another shape, the file's hash made to match: that entry is derived again."""
    from extract.linking.keys import _digest

    head, body = path.read_bytes().split(b"\n", 1)
    names = json.loads(body)
    names[next(iter(names))] = ["x", 3, None, []]
    body = json.dumps(names, ensure_ascii=False).encode()
    path.write_bytes(json.dumps({**json.loads(head), "digest": _digest(body)}).encode() + b"\n" + body)


@pytest.mark.parametrize("spoil", [
    lambda p: p.unlink(),
    lambda p: p.write_text("not json", encoding="utf-8"),
    lambda p: p.write_bytes(b""),
    lambda p: p.write_text('{"signature": 1}\n[]', encoding="utf-8"),
    _spoil_body, _truncate, _foreign, _bad_entry,
], ids=["missing", "not_json", "empty", "not_ours", "edited", "cut_short", "other_rules", "bad_entry"])
def test_a_damaged_file_is_derived_again(spoil: object, tmp_path: Path) -> None:
    rows = _gold()
    plain = program_tables(rows)
    path = tmp_path / "names.json"
    k = NameKeys(path)
    program_tables(rows, keys=k)
    k.save()
    spoil(path)  # type: ignore[operator]
    again = NameKeys(path)
    _same(program_tables(rows, keys=again), plain)
    assert again.derived > 0
    again.save()  # rewritten whole: the next run reads it
    last = NameKeys(path)
    _same(program_tables(rows, keys=last), plain)
    assert last.derived == 0


def test_no_path_keeps_nothing(tmp_path: Path) -> None:
    k = NameKeys(None)
    program_tables(_gold(), keys=k)
    k.save()
    assert list(tmp_path.iterdir()) == []
