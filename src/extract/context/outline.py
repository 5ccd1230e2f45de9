"""The outline of a deck: its title, headings, items, label lines and body, each a node with a level and a parent, so
that a figure's role, fiscal year and programme can be taken from the scopes it stands in.

A line is cut into segments first: on PDFs where the characters jump to another row or leave a wide gap (a slide's text line
often holds two columns), and before a label box or a bullet after a space or a closing bracket (`（文：約２億円） ・次`). Each a node:

- `title`: the document's title (text decks: its first line; PDFs: the largest type atop page 1), `page_title` on later pages;
- `heading`: a heading marker (`第１`, `１．`, `（１）`, `①`, `■`, `【…】` alone), or on PDFs a type clearly larger than the page's body;
- `item`: a bullet (`○`, `・`) or a label box that opens it (`【総】`, `【新】`);
- `label`: a line that names a fiscal year and a budget word and states no figure (`令和４年度補正予算額`);
- `body`: anything else; on PDFs a line that wraps an item's name is a `body` node marked `cont`.

A marker's level is the order in which the deck first uses it (the way nested lists are read): a marker seen again closes
the deeper ones opened since (a hollow `◇` after a filled `◆`: a level down). Markers and words: dictionary/outline.json.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..dictionary import load
from ..model import Line
from .cell_lines import heads_figure, link_tag
from .labels import legend
from .line_parts import FIGURE_TAIL, NAMEISH, Box, clean_name, ministry, segment_box, segments, strip_markers

__all__ = ["Box", "Node", "Outline", "Span", "build", "clean_name", "ministry", "segments"]


@dataclass(frozen=True)
class Span:
    """A mention's place in its line, as the outline needs it."""

    start: int  # raw offsets in the line's text
    end: int
    kind: str


@dataclass
class Node:
    seq: int
    line_index: int
    start: int  # the segment's span in its line's text
    end: int
    page: int | None
    line: int | None
    kind: str
    marker: str | None
    text: str
    name: str
    labels: tuple[str, ...] = ()
    ministry: str | None = None
    level: int = 0
    parent: int | None = None
    box: Box | None = None
    size: float = 0.0
    figures: int = 0  # amount mentions in the segment
    cont: bool = False  # wraps the name of its parent item onto another line
    children: list[int] = field(default_factory=list)

    def row(self, doc: str) -> dict[str, Any]:
        return {"doc": doc, "seq": self.seq, "page": self.page, "line": self.line, "level": self.level,
                "kind": self.kind, "marker": self.marker, "text": self.text, "name": self.name or None,
                "labels": "|".join(self.labels) or None, "ministry": self.ministry, "parent": self.parent,
                "x0": round(self.box[0], 1) if self.box else None, "top": round(self.box[1], 1) if self.box else None,
                "size": round(self.size, 1) if self.box else None}


@dataclass
class Outline:
    nodes: list[Node]
    by_line: dict[int, list[int]]
    #: the nodes of each page in order, built on first use (`on_page`)
    pages: dict[int | None, list[Node]] | None = field(default=None, repr=False, compare=False)
    #: each line's segment starts in order (`at` bisects them: a bulleted line holds thousands)
    starts: dict[int, list[int]] = field(default_factory=dict, repr=False, compare=False)
    bases: dict[int, tuple[list[int], list[int | None]]] = field(default_factory=dict, repr=False, compare=False)  # basis_years.py

    def on_page(self, page: int | None) -> list[Node]:
        """The page's nodes in order: a figure looks only at its own page (a 600-page book has 30,000 nodes)."""
        if self.pages is None:
            self.pages = {}
            for m in self.nodes:
                self.pages.setdefault(m.page, []).append(m)
        return self.pages.get(page, [])

    def at(self, line_index: int, pos: int) -> Node | None:
        """The node holding character `pos` of line `line_index` (else the line's last node)."""
        ks = self.by_line.get(line_index)
        if not ks:
            return None
        i = bisect.bisect_right(self.starts[line_index], pos) - 1  # a line's segments are in order, never overlap
        return self.nodes[ks[i]] if i >= 0 and pos < self.nodes[ks[i]].end else self.nodes[ks[-1]]

    def parent(self, n: Node) -> Node | None:
        return self.nodes[n.parent] if n.parent is not None else None

    def chain(self, n: Node) -> list[Node]:
        """The node and its ancestors, innermost first."""
        out = [n]
        while out[-1].parent is not None:
            out.append(self.nodes[out[-1].parent])
        return out

    def item_of(self, n: Node) -> Node:
        """A wrapped line stands for the item it continues."""
        while n.cont and n.parent is not None:
            n = self.nodes[n.parent]
        return n

    def full_name(self, n: Node) -> str:
        """An item's name with the lines it wraps onto."""
        n = self.item_of(n)
        parts = [n.name] + [self.nodes[c].name for c in n.children if self.nodes[c].cont]
        return "".join(p for p in parts if p)

    def owner(self, line_index: int, pos: int) -> Node | None:
        """The node a figure belongs to: the segment it stands in when that names something; else (a figure
        alone) on PDFs the item whose figure bracket it is, or the named segment to its left on the same
        row; in a text deck the named line right above it that has no figure of its own."""
        n = self.at(line_index, pos)
        if n is None:
            return None
        if n.cont:
            return self.item_of(n)
        if n.name or n.kind in ("title", "page_title"):
            return n
        if n.box is not None:
            if n.ministry:  # a figure bracket naming a ministry (`（経：約１０億円）`) closes the item above it
                return self._above(n) or self._left_of(n)
            return self._left_of(n) or self._above(n)
        k = self.by_line[n.line_index][0] - 1  # the last node of the line before (a line's nodes are contiguous)
        if k > 0 and self.nodes[k - 1].line_index == self.nodes[k].line_index and link_tag(self.nodes[k].text):
            k -= 1  # `1.…交付金 [PDF 390KB]`: the name before the attachment's link (cell_lines.py)
        if k >= 0 and self.nodes[k].name and not self.nodes[k].figures and self.nodes[k].kind in ("item", "heading"):
            return self.item_of(self.nodes[k])
        if k >= 0 and self.nodes[k].kind == "body" and heads_figure(self.nodes[k], n, self.nodes[k - 1] if k else None):
            return self.nodes[k]  # `○○事業費( 総 務 課 )` then `5,304 千円`: the name line heads its figure
        return None

    def _left_of(self, n: Node) -> Node | None:
        assert n.box is not None
        x0, top, _, bottom = n.box
        best: tuple[float, Node] | None = None
        for m in self.on_page(n.page):
            if m.box is None or not (m.name or m.cont) or m is n:
                continue
            h = min(bottom - top, m.box[3] - m.box[1])
            if min(bottom, m.box[3]) - max(top, m.box[1]) <= 0.4 * h or m.box[2] > x0 + 2:
                continue
            d = x0 - m.box[2]
            if best is None or d < best[0]:
                best = (d, m)
        return self.item_of(best[1]) if best else None

    def _above(self, n: Node) -> Node | None:
        """A figure bracket printed under its item's name (`（経：約１０億円）`): the item right above it."""
        assert n.box is not None
        x0, top, _, _ = n.box
        best: tuple[float, Node] | None = None
        for m in self.on_page(n.page):
            if m.box is None or not (m.name or m.cont) or m is n:
                continue
            gap = top - m.box[3]
            if not (-1 <= gap <= 1.5 * max(n.size, 1.0)) or not (m.box[0] - 2 <= x0 <= m.box[2]):
                continue
            if best is None or gap < best[0]:
                best = (gap, m)
        return self.item_of(best[1]) if best else None

    def rows(self, doc: str) -> list[dict[str, Any]]:
        return [n.row(doc) for n in self.nodes]



# -- building ---------------------------------------------------------------------------------------------

_DOC_NUMBER = re.compile(r"^(?:[（(]?(?:資料|別紙|参考|別添)[\s　]*[0-9０-９\-－−ー‐の]*[）)]?|[0-9０-９]{1,3})$")
_SENTENCE = re.compile(r"[。]|です|ます")


def build(lines: Sequence[Line], spans: Sequence[Sequence[Span]]) -> Outline:
    """The deck's outline; `spans[i]` are the mentions found on line i (their raw offsets and kinds)."""
    nodes: list[Node] = []
    by_line: dict[int, list[int]] = {}
    starts: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        ordered = sorted(spans[i], key=lambda s: s.start)
        keys = [s.start for s in ordered]
        for a, b in segments(line):
            text = line.text[a:b]
            # the segment's own mentions, found by bisection: a bulleted line has thousands of segments and figures
            here = ordered[bisect.bisect_left(keys, a):bisect.bisect_left(keys, b)]
            figs = [(max(s.start, a) - a, min(s.end, b) - a) for s in here if s.kind == "amount"] if here else []
            marker, kind, rest, labels = strip_markers(text)
            marker = _indented(marker, kind, text, line, a)
            off = len(text) - len(rest)
            name, more, mini = clean_name(rest, [(x - off, y - off) for x, y in figs if x >= off] if figs else [])
            labels += more
            min_label = next((mm for lb in labels if (mm := ministry(lb))), None) if labels else None
            name = FIGURE_TAIL.sub("", name).strip()
            if not NAMEISH.search(name):
                name = ""
            box, size = segment_box(line, a, b)
            fys = [s for s in here if s.kind == "fiscal_year"] if here else []
            if kind == "body" and fys and not figs and len(text) <= 60 and _budget_word(text) and not legend(text):
                kind, marker = "label", "label"
            node = Node(len(nodes), i, a, b, line.page, line.line, kind, marker, text.strip(), name,
                        tuple(labels), min_label or mini, box=box, size=size, figures=len(figs))
            if kind == "body" and labels and min_label:
                node.kind, node.marker = "item", "label"
            by_line.setdefault(i, []).append(node.seq)
            starts.setdefault(i, []).append(a)
            nodes.append(node)
    _titles(nodes, lines)
    _large_headings(nodes)
    _continuations(nodes)
    _levels(nodes)
    return Outline(nodes, by_line, starts=starts)


def _indented(marker: str | None, kind: str, text: str, line: Line, a: int) -> str | None:
    """A text deck's bullet indented further is a list nested one level deeper (`  • 防衛庁 …` then `    • …対策 …`):
    its indentation is part of its marker type, so each depth is a level of its own."""
    if marker is None or kind != "item" or line.boxes is not None or line.text[:a].strip(" \t\u3000"):
        return marker  # PDFs nest by position; only a line's first segment is indented
    lead = line.text[:a] + text
    indent = len(lead) - len(lead.lstrip(" \t\u3000"))
    return f"{marker}@{indent}" if indent else marker


@lru_cache(maxsize=1)
def _budget_words() -> tuple[str, ...]:
    return tuple(w for w in load("roles")["labels"] if "予算" in w or "要求" in w)


def _budget_word(text: str) -> bool:
    return any(w in text for w in _budget_words())


def _titles(nodes: list[Node], lines: Sequence[Line]) -> None:
    if not nodes:
        return
    if nodes[0].box is None:  # a text deck: its first line that is not a document number
        for k, n in enumerate(nodes[:4]):
            if _DOC_NUMBER.match(n.text) or n.figures:
                continue
            if n.kind in ("body", "label") and len(n.text) <= 80:
                n.kind, n.marker = "title", None
                nxt = nodes[k + 1] if k + 1 < len(nodes) else None
                if nxt is not None and re.fullmatch(r"[（(【].*[）)】]", nxt.text) and not nxt.figures:
                    nxt.kind = "title"
            break
        return
    pages: dict[int | None, list[Node]] = {}
    for n in nodes:
        pages.setdefault(n.page, []).append(n)
    first = min((p for p in pages if p is not None), default=None)
    for page, ns in pages.items():
        boxed = [n for n in ns if n.box is not None]
        if not boxed:
            continue
        top0 = min(n.box[1] for n in boxed)  # type: ignore[index]
        bottom = max(n.box[3] for n in boxed)  # type: ignore[index]
        body = sorted(n.size for n in boxed)[len(boxed) // 2]
        cands = [n for n in boxed if n.box[1] <= top0 + (bottom - top0) / 4 and not n.figures  # type: ignore[index]
                 and n.size >= 1.2 * body and n.kind in ("body", "heading", "label")]
        if not cands:
            continue
        big = max(cands, key=lambda n: (n.size, -n.box[1]))  # type: ignore[index]
        kind = "title" if page == first else "page_title"
        for n in boxed:
            if n is big or (not n.figures and n.size >= 0.6 * big.size and _same_row(n, big) and n.kind in ("body", "heading", "label")):
                n.kind, n.marker = kind, None


def _same_row(a: Node, b: Node) -> bool:
    assert a.box is not None and b.box is not None
    h = min(a.box[3] - a.box[1], b.box[3] - b.box[1])
    return min(a.box[3], b.box[3]) - max(a.box[1], b.box[1]) > 0.3 * h


def _large_headings(nodes: list[Node]) -> None:
    """PDFs: an unmarked short line set clearly larger than the page's body is a heading."""
    pages: dict[int | None, list[Node]] = {}
    for n in nodes:
        if n.box is not None:
            pages.setdefault(n.page, []).append(n)
    for ns in pages.values():
        body = sorted(n.size for n in ns)[len(ns) // 2]
        for n in ns:
            if n.kind == "body" and n.name and n.size >= 1.15 * body and len(n.text) <= 40 and not _SENTENCE.search(n.text):
                n.kind, n.marker = "heading", "large"


def _continuations(nodes: list[Node]) -> None:
    """PDFs: an unmarked line right under an item, indented to its text, in the same type, wraps its name."""
    items: dict[int | None, list[Node]] = {}  # by page, in order; then the lines found to wrap, in order
    for m in nodes:
        if m.kind == "item" and m.box is not None:
            items.setdefault(m.page, []).append(m)
    if not items:
        return
    wraps: dict[int | None, list[Node]] = {}
    for n in nodes:
        if n.kind != "body" or n.box is None or not n.name or len(n.text) > 60 or _SENTENCE.search(n.text):
            continue
        best: tuple[float, Node] | None = None
        for it in items.get(n.page, []) + wraps.get(n.page, []):
            if it.box is None or it is n or it.seq == n.seq:
                continue
            size = max(it.size, n.size)
            gap = n.box[1] - it.box[1]
            if not (0.5 * size <= gap <= 1.8 * size) or abs(it.size - n.size) > 0.2 * size:
                continue
            if not (it.box[0] - 2 <= n.box[0] <= it.box[0] + 4 * size):
                continue
            if best is None or gap < best[0]:
                best = (gap, it)
        if best is not None:
            owner = best[1]
            while owner.cont and owner.parent is not None:
                owner = nodes[owner.parent]
            conts = [c for c in owner.children if nodes[c].cont]
            if len(conts) >= 3:
                continue
            n.cont, n.parent = True, owner.seq
            wraps.setdefault(n.page, []).append(n)
            owner.children.append(n.seq)
            if n.ministry and not owner.ministry:
                owner.ministry = n.ministry


def _rank(order: list[str], n: Node) -> tuple[int, int]:
    """Headings rank above items and label lines whatever the order they come in; within each, first use."""
    return (0 if n.kind == "heading" else 1, order.index(n.marker or ""))


def _attach(n: Node, parent: Node | None) -> None:
    n.parent = parent.seq if parent else None
    n.level = parent.level + 1 if parent else 0
    if parent is not None:
        parent.children.append(n.seq)


def _levels(nodes: list[Node]) -> None:
    """Parents and levels: titles on top, each marker type one level (in the order the deck first uses it),
    body lines under the innermost open heading or item."""
    order: list[str] = []
    hollow, filled = str(load("outline")["hollow_marks"]), False  # (`◇…` after a `◆…`: a level down; before any, one type)
    base: Node | None = None  # the document title (its first part)
    page_title: Node | None = None
    stack: list[Node] = []
    page: object = object()
    for n in nodes:
        if n.page != page:
            page, page_title = n.page, None
            stack = [base] if base is not None else []
        if n.cont:
            n.level = nodes[n.parent].level + 1 if n.parent is not None else 1
            continue
        if n.kind == "title":
            if base is None:
                base, stack = n, [n]
            else:
                _attach(n, base)  # the title's other parts (`（令和７年度 補正予算）`)
            continue
        if n.kind == "page_title":
            if page_title is None:
                stack = [base] if base is not None else []
                _attach(n, base)
                page_title = n
                stack.append(n)
            else:
                _attach(n, page_title)
            continue
        if n.kind in ("heading", "item", "label") and n.marker:
            filled = filled or n.marker == "square" and n.text[:1] not in hollow
            n.marker = "hollow" if filled and n.marker == "square" and n.text[:1] in hollow else n.marker
            if n.marker not in order:
                order.append(n.marker)
            rank = _rank(order, n)
            while stack and stack[-1].marker in order and _rank(order, stack[-1]) >= rank:
                stack.pop()
            _attach(n, stack[-1] if stack else None)
            stack.append(n)
            continue
        _attach(n, stack[-1] if stack else None)
