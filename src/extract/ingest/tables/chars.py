"""A page's chars as text: lines, letter-spaced text joined, pieces split at gaps, numbers as a cell
prints them, and the right edges numbers align on."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from ...model import Box

Char = dict[str, Any]

#: a number as a cell prints it, with its sign, brackets and a unit of a few characters after it
NUMBER = re.compile(r"[（(]?[△▲\-−－+＋]?\s?[0-9０-９][0-9０-９,，.．]*\s?"
                    r"(?:[千百万億兆円％%人件戸校台名回世帯団地所か箇ヶ㎡]{0,4})[)）]?(?:増|減)?")
DIGIT = re.compile(r"[0-9０-９]")
UNIT_CHARS = "千百万億兆円％%人件戸校台名回"


def cjk(ch: str) -> bool:
    return bool(ch) and all(unicodedata.east_asian_width(c) in ("W", "F") for c in ch)


def font_size(c: Char) -> float:
    return max(float(c["bottom"]) - float(c["top"]), 1.0)


def text_lines(chars: Sequence[Char]) -> list[list[Char]]:
    """Chars grouped into text lines (vertical overlap with the line's first char), each left to right."""
    lines: list[list[Char]] = []
    for c in sorted(chars, key=lambda c: (round(float(c["top"]), 1), float(c["x0"]))):
        mid = (float(c["top"]) + float(c["bottom"])) / 2
        for line in reversed(lines[-3:]):
            if float(line[0]["top"]) - 0.5 <= mid <= float(line[0]["bottom"]) + 0.5:
                line.append(c)
                break
        else:
            lines.append([c])
    return [sorted(line, key=lambda c: float(c["x0"])) for line in lines]


def line_text(chars: Sequence[Char]) -> str:
    """A line's text: letter-spaced Japanese joined (`補 正 額` -> 補正額), a space kept between two
    non-CJK words (`H 30`, `No. 5`) only where the gap is a word space."""
    out = ""
    prev: Char | None = None
    for c in chars:
        t = c.get("text") or ""
        if not t.strip():
            continue
        if prev is not None and out and not (cjk(out[-1]) or cjk(t[0])):
            gap = float(c["x0"]) - float(prev["x1"])
            if gap > 0.25 * font_size(c):
                out += " "
        out += t
        prev = c
    return out


def cell_text(chars: Sequence[Char]) -> str:
    """The text of a cell's chars: its lines top to bottom, joined without a break (wrapped text)."""
    parts = [line_text(line) for line in text_lines(chars)]
    out = ""
    for p in parts:
        if out and p and (not (cjk(out[-1]) or cjk(p[0])) or _UNIT_LINE.fullmatch(p) and not DIGIT.match(out[-1])):
            out += " "  # a unit on a line of its own under a label (`職員数` / `人`) stays a word apart
        out += p
    return out


_UNIT_LINE = re.compile(r"[(（]?(?:[千百万億兆]?円|人|件|％|%)[)）]?")


def chars_box(chars: Sequence[Char]) -> Box:
    return (round(min(float(c["x0"]) for c in chars), 1), round(min(float(c["top"]) for c in chars), 1),
            round(max(float(c["x1"]) for c in chars), 1), round(max(float(c["bottom"]) for c in chars), 1))


def is_number(text: str) -> bool:
    """A cell that is one number as printed (`1,234`, `△ 1.2`, `(33.5％)`, `2.7％増`, `68,310千円`)."""
    t = text.strip()
    return bool(t) and bool(DIGIT.search(t)) and NUMBER.fullmatch(t) is not None


def trailing_number(line: list[Char]) -> int | None:
    """Where the number that ends a line after a gap starts (`均等割 68,310`, `条例 10件`), or None."""
    end = len(line)
    while end > 0 and len(line) - end < 2 and line[end - 1]["text"] in UNIT_CHARS:
        end -= 1  # a counter or unit written after the number
    i = end
    while i > 0 and (DIGIT.match(line[i - 1]["text"]) or line[i - 1]["text"] in ",，.．"):
        i -= 1
    if i == end or i == 0:
        return None
    j = i
    if line[j - 1]["text"] in "△▲-−－" and j - 1 > 0:
        j -= 1
    if j == 0 or not line[j - 1]["text"].strip():
        return None
    gap = float(line[j]["x0"]) - float(line[j - 1]["x1"])
    before = line[j - 1]["text"]
    if gap < 0.6 * font_size(line[j]) or DIGIT.match(before):
        return None
    return j


def cluster(values: list[float], tol: float) -> list[float]:
    """Centres of 1-D clusters (values within `tol` of the cluster's last value)."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def nearest(centres: list[float], v: float, tol: float) -> int | None:
    best = min(range(len(centres)), key=lambda k: abs(centres[k] - v), default=None)
    return best if best is not None and abs(centres[best] - v) <= tol else None


def gap_pieces(line: list[Char]) -> list[list[Char]]:
    """A line split where the gap between two characters is wider than one font size, and between a
    label and the number after it (`予備費 10,000 （0.9％）`)."""
    out: list[list[Char]] = [[line[0]]]
    for a, b in zip(line, line[1:]):
        gap = float(b["x0"]) - float(a["x1"])
        starts_number = bool(DIGIT.match(b["text"]) or b["text"] in "△▲（(") and not DIGIT.match(a["text"]) \
            and a["text"] not in ",.，．△▲（(" and gap > 0.15 * font_size(b) \
            or b["text"] in "（(" and DIGIT.match(a["text"]) is not None  # `12,618（1.1％）`: two figures
        if gap > 1.0 * font_size(b) and not (cjk(a["text"]) and cjk(b["text"]) and gap < 2.0 * font_size(b)) or starts_number:
            out.append([b])
        else:
            out[-1].append(b)
    return out
