"""`fileio.read_json`: the objects `json.loads` gives, whichever parser read them (issue 25: the last
generation's tables are read back by orjson where it can)."""
from __future__ import annotations

import json
import math
from typing import Any

import pytest

from extract import fileio
from extract.fileio import read_json
from extract.publish.generations import read_published
from extract.state import load_manifest


def _same(a: Any, b: Any) -> bool:
    """Equal with the same types and key order all the way down (NaN equal to NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b) and (not isinstance(a, float) or math.copysign(1, a) == math.copysign(1, b))


PARSED = [
    b'[{"doc": "a", "seq": 0, "min": 1.5, "max": null, "qualifiers": ["at_least"], "strict": true}]',
    '[{"doc": "令和6年度予算", "text": "１２億円", "x0": 10.25}]'.encode(),
    b'{"b": 1, "a": 2, "b": 3}',  # a key twice: the last, in the first one's place
    b'[1e5, 1E-3, -0.0, 0, -0, 10000000000000000000, 0.1, 1.7976931348623157e308, 5e-324]',
    b'[NaN, Infinity, -Infinity]',  # not JSON: json's
    b'[123456789012345678901234567890, -98765432109876543210]',  # over 64 bits: json's (orjson: floats)
    b'[18446744073709551616, -9223372036854775809, 100000000000000000000]',  # just outside orjson's integers
    b'[18446744073709551615, -9223372036854775808, 9999999999999999999]',  # just inside
    b'{"min": 123456789012345678901234, "text": "x"}',
    b'["12345678901234567890123", 1]',  # digits in text: json reads it, the same
    b'["a12345678901234567890123b", 18446744073709551615]',  # within a hash's hex digits: orjson's
    b'{"sha256": "ab012345678901234567890123456789ff", "ino": 1796684992770154302}',
    b'["x", "a123456789012345678901234", 123456789012345678901234]',  # a hex run, then a long integer
    b'[1,\n  -12345678901234567890]', b'{"a":123456789012345678901}',
    b'["\\ud800", "\\udc00x", "\\ud83d\\ude00"]',  # lone surrogates: json's
    b'[1e400, -1e400]',  # floats out of range: json's infinities
    b' \n\t{"a": []}\r\n ',
    b'"\\u0000\\u001f\\"\\\\\\/\\b\\f\\n\\r\\t"',
    b'{}', b'[]', b'null', b'0', b'"x"',
]

REFUSED = [
    b'', b'[', b'[1,]', b'[-0000000000000000000001]', b'[01]', b'{"a" 1}', b"{'a': 1}", b'[1] x',
    b'\xef\xbb\xbf[1]',  # a byte-order mark: json refuses it
    b'["\xff"]', b'["\xc3\x28"]',  # not UTF-8
    b'["a\nb"]',  # a control character in a string
]


@pytest.mark.parametrize("raw", PARSED)
def test_as_json_parses(raw: bytes) -> None:
    assert _same(read_json(raw), json.loads(raw.decode("utf-8")))


@pytest.mark.parametrize("raw", REFUSED)
def test_as_json_refuses(raw: bytes) -> None:
    with pytest.raises(ValueError):
        json.loads(raw.decode("utf-8"))
    with pytest.raises(ValueError):
        read_json(raw)


@pytest.mark.parametrize(("raw", "long"), [
    (b'[18446744073709551616]', True), (b'[18446744073709551615]', True), (b'[9999999999999999999]', False),
    (b'[-9223372036854775809]', True),
    (b'[-9223372036854775808]', True),  # a minus and 19 digits: json reads it, whichever it is
    (b'["a12345678901234567890123b"]', False), (b'["12345678901234567890123"]', False),
    (b'[" 12345678901234567890123"]', True),  # in a text, but after a space: counted (json reads it, the same)
    (b'["a123456789012345678901234", 123456789012345678901234]', True), (b'12345678901234567890', True),
    (b'{"a":\t12345678901234567890}', True), (b'[1234567890123456789.5]', False),
])
def test_long_integer(raw: bytes, long: bool) -> None:
    assert fileio._long_integer(raw) is long


def test_nested_deeper_than_either() -> None:
    deep = b"[" * 5000 + b"]" * 5000
    with pytest.raises(RecursionError):
        json.loads(deep.decode("utf-8"))
    with pytest.raises(RecursionError):
        read_json(deep)


@pytest.mark.parametrize("raw", PARSED[:4])
def test_without_orjson(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fileio, "orjson", None)
    assert _same(read_json(raw), json.loads(raw.decode("utf-8")))


def test_published_tables_and_manifest_read_as_json(tmp_path: Any) -> None:
    gen = tmp_path / "out" / ".generations" / "g1"
    gen.mkdir(parents=True)
    (tmp_path / "out" / "current").symlink_to(gen)
    rows = [{"doc": "d", "seq": i, "min": i / 3, "max": None, "context": "予算 \u2028 x", "fy": 2026 + i}
            for i in range(50)]
    (gen / "mentions.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    (gen / "decks.json").write_bytes(b'[{"doc": "d", "pages": NaN}]')
    (gen / "outline.json").write_bytes(b'[{"doc": "\xff"}]')  # not UTF-8: unreadable, as before
    (gen / "manifest.json").write_text(json.dumps({"decks": {"d": {"size": 3, "mtime": 1.25}}}), encoding="utf-8")
    out = tmp_path / "out"
    assert _same(read_published(out, "mentions"), rows)
    assert _same(read_published(out, "decks"), [{"doc": "d", "pages": float("nan")}])
    assert read_published(out, "outline") == []
    assert read_published(out, "cells") == []
    assert load_manifest(out) == {"d": {"size": 3, "mtime": 1.25}}
