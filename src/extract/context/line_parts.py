"""The parts of one outline line: where it is cut into segments, the marker and label boxes that open a
segment, the ministry a label box or figure bracket names, and the segment's name (context/outline.py).
Markers and label words are data (dictionary/outline.json)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..charsets import any_of
from ..dictionary import load, words
from ..model import Box, Line

# -- words ------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _markers() -> tuple[list[tuple[str, re.Pattern[str]]], list[tuple[str, re.Pattern[str]]]]:
    d = load("outline")
    heads = [(k, re.compile(r"\s*(?:" + v + r")\s*")) for k, v in words(d["headings"]).items()]
    items = [(k, re.compile(r"\s*(?:" + v + r")\s*")) for k, v in words(d["items"]).items()]
    return heads, items


@lru_cache(maxsize=1)
def _any_marker() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One regex per table matching where any of its markers would: most segments open with none, and one
    test then saves trying each marker in turn."""
    d = load("outline")
    heads, items = (r"\s*(?:" + "|".join(f"(?:{v})" for v in words(d[t]).values()) + ")" for t in ("headings", "items"))
    return re.compile(heads), re.compile(items)


@lru_cache(maxsize=1)
def _label_box() -> re.Pattern[str]:
    """The label boxes (outline.json label_box), and a ministry's full name in round brackets (`（経済産業省）`, longer
    than the short boxes a round bracket is read as): the ministries the abbreviations expand to, no other bracket."""
    full = "(?:" + "|".join(map(re.escape, sorted(national_bodies(), key=len, reverse=True))) + ")"
    return re.compile(load("outline")["label_box"] + rf"|[（(]{full}(?:[・、]{full})*[）)]")  # (`（こども家庭庁・文部科学省）`: joint)


@lru_cache(maxsize=1)
def national_bodies() -> frozenset[str]:
    """The national bodies' full names (outline.json ministries' values and national_bodies)."""
    d = load("outline")
    return frozenset({str(v) for v in d["ministries"].values()} | set(d["national_bodies"]))


@lru_cache(maxsize=1)
def _brackets() -> re.Pattern[str]:
    return any_of(load("outline")["name_brackets"])


def _no_bracket(text: str) -> bool:
    return _brackets().search(text) is None


@lru_cache(maxsize=1)
def _ministry_figure() -> re.Pattern[str]:
    return re.compile(load("outline")["ministry_figure"])


def ministry(label: str) -> str | None:
    """A label box's ministry, expanded: `【総】` -> 総務省, `内（金）` -> 内閣府（金融庁）, `文部科学省` as is."""
    inner = label.strip()
    if len(inner) >= 2 and inner[0] + inner[-1] in ("【】", "［］", "[]", "（）", "()"):
        inner = inner[1:-1]
    inner = inner.strip()
    abbr = load("outline")["ministries"]
    m = re.fullmatch(r"([^（）()]+)[（(]([^（）()]+)[）)]", inner)
    if m:
        a, b = ministry(m.group(1)), ministry(m.group(2))
        return f"{a}（{b}）" if a and b else None
    if inner in abbr:
        return str(abbr[inner])
    if inner in national_bodies():
        return inner  # (`こども家庭庁`: a name the pattern's kanji do not cover)
    joint = re.split(r"[・、]", inner)
    if len(joint) > 1 and all(p in national_bodies() for p in joint):
        return "・".join(joint)  # `（こども家庭庁・文部科学省）`: a programme two ministries share
    return None  # (`【教育委員会】`, `【教育庁】`: a local body's department, a label box but no ministry: _is_label)


def box_alone(text: str) -> bool:
    """The text is one label box and nothing else (`【新規】`, `［拡充］`, `【厚生労働省】`): a slide's box on its own line."""
    inner = text.strip()
    return len(inner) >= 3 and inner[0] + inner[-1] in ("【】", "［］", "[]") and _is_label(inner)


def _is_label(box: str) -> bool:
    inner = box.strip()
    if len(inner) >= 2 and inner[0] + inner[-1] in ("【】", "［］", "[]", "（）", "()"):
        inner = inner[1:-1].strip()
    # a body's box (`【教育委員会】`, `【教育庁】` alike: outline.json ministry_name) is a label, its ministry only if national
    return inner in load("outline")["label_words"] or ministry(box) is not None \
        or re.match(load("outline")["ministry_name"], inner) is not None


# -- segments ---------------------------------------------------------------------------------------------

_SPLIT_BEFORE = re.compile(r"(?<=[\s　）)】])(?=【|・|･|［|\[)|(?<=[）)])(?=[・･])|(?<=[）)]\s)(?=[-－‐―]\s)")
# every cut stands before one of these: one scan for them spares most lines the lookbehinds at each position
_SPLIT_CHARS = re.compile(r"[【・･［\[\-－‐―]")


def _geometric_cuts(line: Line) -> list[int]:
    """Where a PDF line's characters jump to another row, go back left, or leave a gap wider than a character."""
    cuts: list[int] = []
    prev: Box | None = None
    gap_start: int | None = None
    for i, b in enumerate(line.boxes or ()):
        if b is None or line.text[i].isspace():
            if gap_start is None:
                gap_start = i
            continue
        if prev is not None:
            h0, h1 = prev[3] - prev[1], b[3] - b[1]
            h, low = max(h0, h1, 1.0), max(min(h0, h1), 1.0)
            gap = b[0] - prev[2]
            if abs(b[1] - prev[1]) > 0.5 * h or b[0] < prev[0] - 1 or gap > 1.2 * low \
                    or (gap > 0.5 * low and abs(h0 - h1) > 0.15 * h):
                cuts.append(gap_start if gap_start is not None else i)
        prev, gap_start = b, None
    return cuts


def segments(line: Line) -> list[tuple[int, int]]:
    """The (start, end) spans a line is cut into (spaces at the ends left out)."""
    text = line.text
    if not line.boxes and _SPLIT_CHARS.search(text) is None:  # no cut: the line is one segment
        s, e = len(text) - len(text.lstrip()), len(text.rstrip())
        return [(s, e)] if e > s else []
    cuts = {0, len(text)}
    if line.boxes:
        cuts.update(_geometric_cuts(line))
    if _SPLIT_CHARS.search(text):  # the cuts' lookbehinds tried only before those characters, not at every position
        cuts.update(p for m in _SPLIT_CHARS.finditer(text) if _SPLIT_BEFORE.match(text, p := m.start()))
    out = []
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:]):
        seg = text[a:b]
        s = a + len(seg) - len(seg.lstrip())
        e = b - (len(seg) - len(seg.rstrip()))
        if e > s:
            out.append((s, e))
    return out


def segment_box(line: Line, a: int, b: int) -> tuple[Box | None, float]:
    boxes = [bx for bx in (line.boxes or ())[a:b] if bx is not None]
    if not boxes:
        return None, 0.0
    hs = sorted(bx[3] - bx[1] for bx in boxes)
    return (min(bx[0] for bx in boxes), min(bx[1] for bx in boxes), max(bx[2] for bx in boxes),
            max(bx[3] for bx in boxes)), hs[len(hs) // 2]


# -- names ------------------------------------------------------------------------------------------------

_APPROX_END = re.compile(r"約\s*$")
_TRAIL = re.compile(r"[\s　:：、,，約<＜]+$")  # (`△ごみ収集費<4,039万円>`: a figure's opening angle bracket)
_TRAIL_CHARS = "　:：、,，約<＜"
# a text layer that draws an acronym's last letter after its closing bracket: `インフラ（HPC）Iの構築`
_STRAY_LETTER = re.compile(r"([（(])([A-Z]{2,})([）)])([A-Z])(?![A-Za-z\u30a0-\u30ff])")
_LEAD = re.compile(r"^[\s　:：、,，※]+")
_LEAD_CHARS = "　:：、,，※"


def _trail(text: str) -> str:
    """`_TRAIL` removed: a match ends the text, so only a text ending in one of its characters (or a space) holds one."""
    return _TRAIL.sub("", text) if text and (text[-1].isspace() or text[-1] in _TRAIL_CHARS) else text


def _lead(text: str) -> str:
    """`_LEAD` removed, tried only where the text starts with one of its characters."""
    return _LEAD.sub("", text) if text and (text[0].isspace() or text[0] in _LEAD_CHARS) else text


def strip_markers(text: str) -> tuple[str | None, str, str, list[str]]:
    """(marker type, kind, the text after markers and opening label boxes, the label boxes)."""
    heads, items = _markers()
    any_head, any_item = _any_marker()
    marker, kind, labels = None, "body", []
    rest = text
    for _ in range(4):
        m = None if _no_bracket(rest[:len(rest) - len(rest.lstrip()) + 1]) else _label_box().match(rest.lstrip())
        if m and _is_label(m.group()):
            labels.append(m.group())
            rest = rest.lstrip()[m.end():]
            if marker is None:
                marker, kind = "label", "item"
            continue
        if marker is None:
            for name, pat in (heads if any_head.match(rest) else ()):
                mm = pat.match(rest)
                if mm and (mm.end() < len(rest) or name == "bracket_head"):
                    marker, kind = name, "heading"
                    rest = rest[mm.end():] if name != "bracket_head" else rest.strip().strip("【】《》〈〉＜＞<>")
                    break
            else:
                for name, pat in (items if any_item.match(rest) else ()):
                    mm = pat.match(rest)
                    if mm and mm.end() < len(rest):
                        marker, kind = name, "item"
                        rest = rest[mm.end():]
                        break
            if marker is not None:
                continue
        break
    return marker, kind, rest, labels


@lru_cache(maxsize=1)
def _office() -> re.Pattern[str]:
    return office_bracket()


@lru_cache(maxsize=1)
def office_bracket() -> re.Pattern[str]:
    """A bracket naming the office in charge after a name (`…【企画政策課】`: outline.json office_bracket, its office_ends)."""
    d = load("outline")
    return re.compile(d["office_bracket"].replace("{office}", "|".join(map(re.escape, d["office_ends"]))))


def clean_name(text: str, figures: Sequence[tuple[int, int]]) -> tuple[str, list[str], str | None]:
    """A segment's name: up to its first figure (or the ministry bracket before it), without label boxes;
    also the label boxes found and the ministry a figure bracket names (`（文：約２億円）`)."""
    cut = min(len(text), *(a for a, _ in figures)) if figures else len(text)
    head = text[:cut]
    if _no_bracket(head):  # label boxes, a ministry's figure bracket and an office bracket each open with one
        return _lead(_trail(head) if figures else head).strip(), [], None
    found_ministry = None
    mf = _ministry_figure().search(_APPROX_END.sub("", head) if "約" in head else head)
    if mf:
        found_ministry = ministry(mf.group("abbr"))
        if found_ministry is not None:
            head = head[:mf.start()]
    labels = [m.group() for m in _label_box().finditer(head) if _is_label(m.group())]
    for lb in labels:
        head = head.replace(lb, "")
    if figures:
        head = _trail(head)
    if "(" in head or "（" in head:  # it needs a bracket (its repl template costs per call, even matching nothing)
        head = _STRAY_LETTER.sub(r"\1\2\4\3", head)
    head = _office().sub("", head)  # `( 総 務 課 )`: the office in charge, not the programme's name
    return _lead(head).strip(), labels, found_ministry


NAMEISH = re.compile(r"[^\W\d_]{2}")


@lru_cache(maxsize=1)
def _tails() -> re.Pattern[str]:
    return re.compile("^(?:" + "|".join(map(re.escape, load("outline")["figure_tails"])) + ")+")


class _Tail:
    def sub(self, repl: str, text: str) -> str:
        return _tails().sub(repl, text)


FIGURE_TAIL = _Tail()


@lru_cache(maxsize=1)
def _local_body() -> re.Pattern[str]:
    return re.compile(load("outline")["local_body"])


def local_body(name: str) -> bool:
    """The name is a local body's, a district in brackets at most (`鳥取市(佐治町)`, `三朝町`: outline.json local_body)."""
    return _local_body().fullmatch(name.strip()) is not None
