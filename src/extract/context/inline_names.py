"""Names written right before a figure in the ways no item or prose rule reads (an item inline in a sentence,
`▽name:N円`, is named by context/inline_items.marked_item_name, the reader its role comes from):

- a programme that owns the figure after `の` (`主な事業は、認定こども園建設事業の8億円です`);
- an unmarked line that opens with a programme's name, its label boxes after it (`若者定住家賃補助事業 【新規】 840万円
  (月額上限2万円を最長3年間)`): the terms in the bracket after the figure keep it from reading as an item line;
- a name broken over a line (`うち青年就農給` then `付金 122億円`): a fragment too short to be a name that one word of
  the words closing the line above continues (Sudachi reads the join as one word across the break);
- a line that is a budget's label alone under a boxed work (`【浄水場更新事業】総事業費:120億円（…）` then `令和8年度事業費:
  8億円`): the work's figure for the year;
- a budget's label closing a paragraph its programme opens (`外国人留学生受入促進事業 外国人留学生の…を展開する。` then
  `予算額(1,000千円)`; `海外派遣事業` over lines that describe it, the last `…を育成する。予算額(2,012千円)`): the
  paragraph's figure.
Each name says it is a programme (programs.strong: a programme word at its end)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Mention
from .labels import LineInfo, label_patterns
from .line_parts import box_alone, clean_name, ministry
from .name_phrase import figure_label
from .no_programme import label_line
from .programs import _token_tags, is_name, strong

#: an item's name is short
_NAME_MAX = 60


#: a programme's name right before the figure it owns (`…建設事業の8億円`)
_OWNER = re.compile(r"(?:^|[、，,。\s])([^、，,。\s「」『』()（）]{2,40})の[ \u3000]*約?[ \u3000]*$")


def owner_before(info: LineInfo, m: Mention) -> str | None:
    """The programme that owns the figure after `の` (`認定こども園建設事業の8億円`), else None."""
    found = _OWNER.search(info.norm[max(0, m.start - _NAME_MAX):m.start])
    name = found.group(1) if found is not None else ""
    topic = name.rsplit("は", 1)[-1]  # (`目玉は防災行政無線デジタル化事業の1億円`: the topic's word is no part of it)
    name = topic if len(topic) >= 2 and strong(topic) else name
    return name if strong(name) and is_name(name) else None


def line_head(info: LineInfo, m: Mention) -> str | None:
    """The programme an unmarked line opens with, the figure its first (`…補助事業 【新規】 840万円 (…)`), else None."""
    if not info.amounts or info.amounts[0] is not m:
        return None
    name = clean_name(info.norm[:m.start], [])[0].strip(" \u3000:：")
    return name if strong(name) and is_name(name) else None


#: a work's name boxed at the start of its line (`【浄水場更新事業】総事業費:…`)
_BOXED = re.compile(r"^[\s\u3000]*【([^【】]{2,40})】")


def boxed_above(infos: Sequence[LineInfo], i: int, m: Mention) -> str | None:
    """The boxed work on the line above a label line (`【浄水場更新事業】…` over `令和8年度事業費:8億円`), else None."""
    if not infos[i].amounts or infos[i].amounts[0] is not m:
        return None  # (a line's first figure only: its head is read once, a long line stays linear)
    head = infos[i].norm[:m.start].strip()
    if not (label_line(infos[i], m) or head and figure_label(head)):
        return None  # (`令和8年度事業費:`: the year's figure of the work above)
    k = _above(infos, i)
    found = _BOXED.match(infos[k].norm) if k is not None else None
    name = found.group(1).strip() if found is not None else _under_box(infos, k)
    return name if strong(name) and is_name(name) else None


def _above(infos: Sequence[LineInfo], i: int) -> int | None:
    """The nearest line above line i that holds any text."""
    return next((k for k in range(i - 1, -1, -1) if infos[k].norm.strip()), None)


def _under_box(infos: Sequence[LineInfo], k: int | None) -> str:
    """Line k's name where it is a name alone (no figure) right under a label box alone (`【新規】` / `重層的支援体制構築推進
    事業` over `令和7年度予算額 18億円`: the slide's box stands on its own line over the programme's name), else ''. Not
    under a ministry's box (`【文部科学省】`): the sheet's naming reads that name and peels the box into its ministry."""
    if k is None or infos[k].mentions:
        return ""
    j = _above(infos, k)
    box = infos[j].norm if j is not None else ""
    return infos[k].norm.strip() if box_alone(box) and ministry(box) is None else ""


#: how many lines a paragraph whose label closes it may run (a programme's name, then its description)
_PARAGRAPH = 4


def _label_closes(info: LineInfo, m: Mention) -> bool:
    """The figure is its line's first and its sentence's words before it are a budget's label alone (`…。予算額(`)."""
    if not info.amounts or info.amounts[0] is not m:
        return False  # (a line's first figure only: a long line stays linear)
    core = re.sub(r"[\s\u3000:：(（【]+", "", info.norm[:m.start].rsplit("。", 1)[-1])
    return bool(core) and not label_patterns().part.sub("", core)


def paragraph_head(infos: Sequence[LineInfo], i: int, m: Mention) -> str | None:
    """The programme whose name opens the paragraph a budget's label closes (`海外派遣事業` then its description, then
    `…。予算額(2,012千円)`): the head of the nearest line up to _PARAGRAPH lines above, no figure between and a full stop
    of the description before the label, else None."""
    if not _label_closes(infos[i], m):
        return None
    described = "。" in infos[i].norm[:m.start]
    for k in range(i, max(-1, i - _PARAGRAPH - 1), -1):
        if k < i and infos[k].amounts:
            return None  # another figure's paragraph
        described = described or k < i and "。" in infos[k].norm
        head = clean_name(infos[k].norm.strip().split(maxsplit=1)[0] if infos[k].norm.strip() else "", [])[0]
        if strong(head) and is_name(head):
            # a paragraph that describes the work (a full stop before the label); a sheet's name line right over its label
            # line (`GIGAスクール…事業` / `令和8年度概算要求額 12億円`) is the title's, named with its ministry by the title rules
            return head if described else None
    return None


#: how long a name's fragment on the figure's line may be (a longer head is a name of its own)
_FRAGMENT = 3
#: a share's word before the name it breaks down (`うち青年就農給付金`)
_SHARE = re.compile(r"^(?:うち|内)")


def broken_name(infos: Sequence[LineInfo], i: int, name: str) -> str:
    """The whole of a name the line break cut (`付金` under `うち青年就農給` -> `青年就農給付金`), else the name as given."""
    info = infos[i]
    if i == 0 or not info.norm.lstrip().startswith(name):
        return name
    if len(name) > _FRAGMENT:
        return _wrapped_phrase(infos[i - 1], name)
    above = infos[i - 1]
    tail = re.split(r"[\s\u3000、。，,:：・]", above.norm.rstrip())[-1]
    head = _SHARE.sub("", tail)
    whole = head + name
    if above.amounts or len(head) < 2 or not is_name(whole):
        return name
    at = 0  # the break falls inside one of the joined words' tokens (Sudachi): one word the line break cut in two
    for surface, _ in _token_tags(whole):
        if at < len(head) < at + len(surface):
            return whole
        at += len(surface)
    return name


#: the particles that tie the words closing a line to the next line's (`…介護の` / `実施拠点となる…`, `…育成や` / `…`)
_TYING = ("の", "や")
#: the clause the words closing a line open: back to its last comma, stop, topic or quote
_LAST_CLAUSE = re.compile(r"[^、，,。「」『』]*$")
#: the longest the phrase a wrapped line adds may be
_WRAP_MAX = 40


def _wrapped_phrase(above: LineInfo, name: str) -> str:
    """A name a newspaper's fixed-width wrap cut after a particle that ties it to the next line (`在宅医療を担う人材の育成や
    在宅医療・介護の` over `実施拠点となる基盤の整備などに百二十七億円`, `四億円弱、被災した子どもの心のケアの` over `態勢強化に十二
    億円`): the above line's last clause joined to the name, where the line ends with `の`/`や` (Sudachi: a particle) and
    holds no figure in that clause; else the name."""
    text = above.norm[-2 * _WRAP_MAX:].rstrip()  # the line's end only (a long line stays linear)
    if not text.endswith(_TYING) or text.endswith("。"):
        return name
    clause = _LAST_CLAUSE.search(text)
    head = clause.group().strip() if clause is not None else ""
    start = len(text) - len(head)
    if not 2 <= len(head) <= _WRAP_MAX or any(a.start >= start for a in above.amounts):
        return name
    if not _token_tags(head)[-1][1].startswith("助詞") or "は" in _token_tags(head)[-1][0]:
        return name
    return head + name
