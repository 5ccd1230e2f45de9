"""Items written inline in a sentence, each behind its own mark and named before a colon (`項目別では、…。次いで、▽…観測
システムの高度化:7億2,200万円、▽…地殻変動監視の推進:2億8,500万円、などとなっている。`): a news article flattening a
bulleted list into one paragraph. Under a budget scope each is a budget item of the scope's kind, as the same items on
lines of their own are (GUIDE: an amount in a budget document's item line is a budget figure of the scope's kind).

The mark (roles.json label_parts.inline_marks) opens the figure's clause, a colon closes the name right before the
figure; a name with a grant's size or cap word (`補助上限:`) is no item's budget.

A numbered list run into a sentence that wraps over lines (the trade press's `防災・減災対策等の推進では①災害復旧等事業(農地・
林道・漁港等の災害` / `復旧)158億円、②農業農村整備事業(…)` / `50億円、③治山事業(…)49億円、…などが盛り込まれている。`): each
figure closes the clause its number opens, the name and its bracketed note between; a list has two numbers at least."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo

#: an item's name is short
_NAME_MAX = 60


@lru_cache(maxsize=2)
def _item(equated: bool = False) -> re.Pattern[str]:
    marks = re.escape(load("roles")["label_parts"]["inline_marks"])
    # the mark opens the clause, or follows the list's topic (`主な事業は◇漁港の機能強化:30億円、…`); `equated`: an `=` closes
    # the name too, and the state's own share may be said before its figure (`▽風水害…への対策=国費1兆5400億円`,
    # roles.json cost_bases.public)
    # (`=3984億円(6480億円)▽…`: after the item before it, its figure's bracket closed)
    opens, ends, basis = "[、，,。\\s]", "[:：]", ""
    if equated:
        opens, ends = "[、，,。\\s)）]", "[:：=＝]"
        basis = "(?:" + "|".join(map(re.escape, load("roles")["cost_bases"]["public"])) + ")?"
    return re.compile(rf"(?:^|{opens}|(?<=は))[{marks}]\s*([^、，,。={marks}]{{2,{_NAME_MAX}}}?)\s*{ends}\s*{basis}\s*約?\s*$")


def marked_item(info: LineInfo, m: Mention) -> bool:
    """The figure closes an inline item `▽name:N円` of its sentence (module docstring)."""
    return marked_item_name(info, m, equated=False) is not None


def marked_item_name(info: LineInfo, m: Mention, equated: bool = True) -> str | None:
    """The name of the inline item `▽name:N円` the figure closes (`漁港の機能強化`), else None; a name with a grant's size or
    cap word (`補助上限:`) names no item. `equated`: an item written `▽name=N円` names its figure too (only its name is
    read so: its role stays the colon's)."""
    found = _item(equated).search(info.norm[max(0, m.start - _NAME_MAX - 8):m.start])
    if found is None or any(w in found.group(1) for w in load("roles")["support_own"]):
        return None
    return found.group(1).strip()


@lru_cache(maxsize=1)
def _leader() -> re.Pattern[str]:
    # a name, then a dot leader (`・・・・`, `……`, `....`) running to its figure, as a list of contents prints it
    return re.compile(rf"(?:^|[、，,。\s)）・])([^、，,。\s・.()（）][^、，,。・.]{{1,{_NAME_MAX}}}?)\s*(?:[・.]\s*){{2,}}\s*約?\s*$")


def leader_item(info: LineInfo, m: Mention) -> bool:
    """The figure closes a dot-leader item (`出会い応援事業・・・・・・502 万円`, `道路維持補修事業……1,200万円`): a list of
    the year's items printed like a table of contents, each name led to its figure; a name with a grant's size or cap word
    (`補助上限額……50万円`) is no item's budget."""
    found = _leader().search(info.norm[max(0, m.start - _NAME_MAX - 40):m.start])
    return found is not None and not any(w in found.group(1) for w in load("roles")["support_own"])


#: an inline list's numbers: circled, or bracketed digits
_NUMBER = "[①-⑳]|[(（][0-9０-９]{1,2}[)）]"
#: the number opens the figure's clause after a comma or the topic's `では` (a sentence's list; not an outline flattened onto
#: one line, `第1 … (1)水素の普及 800億円 (2)水素市場 3兆円`: inline_outline.py), its name runs to the figure
_NUMBERED = re.compile(rf"(?:[、，,]|では|には)(?:{_NUMBER})\s*([^、，,。①-⑳]{{2,{_NAME_MAX + 20}}}?)\s*約?\s*$")
#: how many lines above the figure a wrapped item may start on
_WRAP_LINES = 2


def numbered_item(infos: Sequence[LineInfo], i: int, m: Mention) -> bool:
    """The figure closes a numbered item of a list run into a sentence (`…では①name(note)158億円、②name…`, module docstring):
    its clause, read back over wrapped lines, opens with a number, and the sentence holds another."""
    text = infos[i].norm[:m.start]
    for k in range(1, _WRAP_LINES + 1):  # (the sentence back over the lines it wraps from)
        if i - k < 0 or "。" in text:
            break
        text = infos[i - k].norm.strip() + text.lstrip()
    found = _NUMBERED.search(text[-(_NAME_MAX + 40):])
    if found is None or any(w in found.group(1) for w in load("roles")["support_own"]) or re.search(r"[0-9０-９]円", found.group(1)):
        return False
    rest = infos[i].norm[m.end:m.end + 200].split("。")[0]
    return len(re.findall(_NUMBER, text.split("。")[-1] + rest)) >= 2
