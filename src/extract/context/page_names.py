"""Programme names a one-programme page states around its figure, read where the page's text was flattened onto one line
(a transcript site's dump, a PR sheet's text layer):

- a name right before the budget label that heads the figure, its sheet's boxes around it (`Page 1: …の事業概要 (PR資料)
  コンテンツグローバル需要創出促進事業 令和2年度第3次補正予算案額 401.3億円 商務情報政策局…課`): the words after the last
  bracket, colon or stop before the label, where they end as a programme's name;
- the deck's title over a figure no item names (or names by a part of the title), where the figure's line is the title's
  page flattened (the line opens with the title's words: `子宮頸がん等ワクチン接種 緊急促進臨時特例交付金(仮称) <概要> …
  約1,085億円(国費) 所要額`), and the title is a programme's name (programs.strong): a one-programme sheet's figure is its
  programme's; a label line's figure a few lines under the title likewise (document_programme).
Each reads a window before one figure, or the title once: linear."""
from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Line, Mention
from . import outline as ol
from . import programs as progs
from .labels import LineInfo, label_role

#: how far before the figure its label and name are read
_REACH = 80
#: what closes the words before a name on a flattened sheet: a bracket's close, a colon, a stop, a label box's close
_BEFORE_NAME = re.compile(r".*[)）】」:：。]")
#: how many of the outline's first nodes the document's title is looked for in (it is built from the deck's first lines)
_TITLE_AMONG = 64


def _title(tree: ol.Outline) -> ol.Node | None:
    """The document's title node, if any, among the outline's first nodes (asked for every figure: never a whole scan)."""
    return next((n for n in itertools.islice(tree.nodes, _TITLE_AMONG) if n.kind == "title"), None)


#: spaces, dropped when a line is compared with the title (a dump spaces a title's words apart)
_SPACES = re.compile(r"[\s\u3000]+")


@lru_cache(maxsize=1)
def _label_rest() -> re.Pattern[str]:
    """What may follow a label's kind word to the figure (programs.json label_rest, brackets, colons, spaces)."""
    words = "|".join(re.escape(w) for w in sorted(load("programs")["label_rest"], key=len, reverse=True))
    return re.compile(rf"(?:{words}|[()（）:：\s\u3000])*")


def label_led(info: LineInfo, m: Mention) -> str | None:
    """The programme named right before the budget label that heads figure `m` (module docstring)."""
    fys = [f for f in info.fiscal_years if m.start - _REACH <= f.start < m.start]
    if not fys:
        return None
    f = fys[-1]
    label = info.norm[f.start:m.start].strip(" \u3000:：約")
    found = label_role(label)
    if found is None or not _label_rest().fullmatch(label[found[1]:]):
        return None  # no budget label, or words after it (`…予算額 うち国費`)
    before = info.norm[max(0, f.start - _REACH):f.start]
    cut = _BEFORE_NAME.match(before)
    name = progs.clean_name(before[cut.end():] if cut else before).strip()
    return name if progs.strong(name) and progs.is_name(name) and not progs.referring(name) else None


def titled_line(tree: ol.Outline, lines: Sequence[Line], i: int) -> str | None:
    """The deck's title where line `i` is its page flattened (opens with the title's words) and the title names one
    programme (module docstring)."""
    node = _title(tree)
    if node is None or node.line_index == i:
        return None
    title = _SPACES.sub("", node.text)
    if len(title) < 4 or not _SPACES.sub("", lines[i].text[:len(node.text) * 2]).startswith(title):
        return None
    name = progs.clean_name(node.text)
    return name if progs.strong(name) and progs.is_name(name) else None


def title_whole(tree: ol.Outline, lines: Sequence[Line], i: int, name: str | None) -> str | None:
    """A name that is a part of the title of the page line `i` flattens (`再エネ推進交付金` of `地域脱炭素移行・再エネ推進交付金
    <概要> … 約350億円`): the title, the programme's whole name; else the name."""
    if not name:
        return name
    title = titled_line(tree, lines, i)
    return title if title is not None and name in title else name


#: how many lines under the document's title a label line it names may stand
_UNDER_TITLE = 12


def document_programme(tree: ol.Outline, lines: Sequence[Line], i: int, label_line: bool) -> str | None:
    """The document's title where it is one programme's name (`地域公共交通確保維持改善事業` over `■事業の概要` / `令和8年度予算額
    82億円`): the sheet's programme, for a label line's figure no nearer title names, on the title's slide (a page number
    line between ends it) a few lines under it (`label_line`: figure `i`'s line is a label line alone); else, the title of
    the page line `i` flattens (titled_line)."""
    return (_over_label(tree, lines, i) if label_line else None) or titled_line(tree, lines, i)


def _over_label(tree: ol.Outline, lines: Sequence[Line], i: int) -> str | None:
    node = _title(tree)
    if node is None or not 0 <= i - node.line_index <= _UNDER_TITLE or lines[node.line_index].page != lines[i].page \
            or any(progs.ends_slide(lines[k].text) for k in range(node.line_index + 1, i)):
        return None
    name = progs.clean_name(node.text)
    return name if progs.strong(name) and progs.is_name(name) else None
