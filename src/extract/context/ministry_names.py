"""The ministry over a block of programmes: a government-wide compilation lists each ministry's programmes under a line
that names the ministry and nothing else (`【内閣府】`, `■ 総務省`, `２．文部科学省関係`, `（国土交通省所管）`). A programme's own
label box (`【文】…事業`, `…事業（経済産業省）`: context/line_parts.py) wins; the block's ministry fills the figures that name
none, up to the next such line or the page's end. Only in a deck with blocks of two ministries or more: a single ministry's
name alone on a line is the issuer's (the `decks` table's), no block."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo
from .line_parts import ministry, national_bodies

#: what a ministry's block line may hold around the name: list marks, a number, a box (and a word saying whose share)
_AROUND = r"[\s\u3000■□◆◇●○◎▼▽・\-－―]*(?:第?[0-9０-９]{1,2}[.．、）)]?|[(（][0-9０-９]{1,2}[)）]|[①-⑳])?[\s\u3000]*"
@lru_cache(maxsize=1)
def _block_line() -> re.Pattern[str]:
    # the words after a ministry's name that make its block (`文部科学省関係`, `…所管`, `…計上分`: outline.json ministry_share)
    share = "(?:" + "|".join(map(re.escape, sorted(load("outline")["ministry_share"], key=len, reverse=True))) + ")?"
    return re.compile(rf"^{_AROUND}(?P<box>[【［\[(（]?)(?P<name>[^【】［］\[\]()（）\s\u3000]{{1,12}}?){share}"
                      rf"(?P<close>[】］\])）]?)[\s\u3000]*$")


def _full_name(name: str) -> str | None:
    """A national ministry's or agency's full name as written (`総務省`, `こども家庭庁`, `国税庁`: outline.json ministries' values
    and national_bodies, an allow-list), or the press's short form (`国交省`, `文科省`: a ministries key with the full name's
    last kanji) expanded, else None: a local body's department (`教育委員会`, `教育庁`, `警視庁`) is none."""
    if name and all(p in national_bodies() for p in name.split("・")):
        return name  # (`A・B`: a shared programme)
    short = load("outline")["ministries"].get(name) if len(name) >= 3 else None
    return str(short) if short and str(short).endswith(name[-1]) else None


def _block(text: str) -> tuple[bool, str | None]:
    """(whether the line is a block's line: a box alone, `【各府省共通】` too; the ministry it names, if any)."""
    found = _block_line().match(text)
    if found is None or bool(found.group("box")) != bool(found.group("close")):
        return False, None
    name = found.group("name")
    if found.group("box") and name in load("outline")["label_words"]:
        return False, None  # `【新規】` on its own line: the label box of the item under it, no block
    if found.group("box"):
        return True, _full_name(ministry(f"【{name}】") or name)
    return _full_name(name) is not None, _full_name(name)


def block_ministry(text: str) -> str | None:
    """The ministry a line names and nothing else; an abbreviation (`文`, `厚労`) only in a box (`【文】`), a full name
    (`総務省`, `国税庁`: _full_name) boxed or not."""
    return _block(text)[1]


#: the words a ministry's subtotal line sets between the name and its figure (`文部科学省 計 9,780億円`)
_SUBTOTAL = re.compile(r"[\s\u3000:：|｜]*(?:小計|合計|計)?[\s\u3000:：|｜]*$")


def _subtotal_ministry(info: LineInfo) -> str | None:
    """The ministry a line names before its figures and nothing else but a total's word (`文部科学省 計 9,780億円`): the line
    heads that ministry's block as a ministry's line does."""
    if not info.amounts or info.amounts[0].start > _ROW_HEAD:
        return None
    head = info.norm[:info.amounts[0].start]
    tail = _SUBTOTAL.search(head)
    return block_ministry(head[:tail.start()].strip()) if tail is not None else None


def block_ministries(infos: Sequence[LineInfo], pages: Sequence[int | None]) -> list[str | None]:
    """Per line, the ministry of the block it stands in (None outside any, and everywhere in a deck of one ministry's
    blocks); one pass over the deck."""
    out: list[str | None] = []
    current: str | None = None
    page: int | None = None
    for info, p in zip(infos, pages):
        if p != page:
            current, page = None, p
        if not info.mentions and info.norm.strip():
            block, found = _block(info.norm.strip())
            current = found if block else current  # (`【各府省共通】`: a box of no ministry closes the block)
        elif (found := _subtotal_ministry(info)) is not None:
            current = found
        out.append(current)
    return out if len({m for m in out if m}) >= 2 else [None] * len(out)


#: a ministry's full name opening a name, set apart by a space or a table's bar (`文部科学省 学校給食費…事業`)
_LEAD = re.compile(r"^[\s\u3000|｜]*(?P<name>[^\s\u3000|｜]{2,12})[\s\u3000|｜]+(?=\S{2})")


def lead_ministry(name: str) -> tuple[str | None, str]:
    """(the ministry, the rest) of a name that opens with a ministry's full name set apart (a compilation's ministry column
    read into the row's name: `厚生労働省 保育人材確保対策事業`); (None, the name) otherwise (`文部科学省の…`, `国土交通省関係
    予算`: a name that reads on)."""
    found = _LEAD.match(name)
    if found is None or _full_name(found.group("name")) is None:
        return None, name
    return found.group("name"), name[found.end():].strip()


#: a bracket closing a name (`…整備事業(国土交通省)`, `…事業【文部科学省】`): a row label's ministry column read into it
_TAIL = re.compile(r"[\s\u3000]*(?P<box>[(（【［\[][^()（）【】［］\[\]]{1,16}[)）】］\]])[\s\u3000]*$")


def tail_ministry(name: str) -> tuple[str | None, str]:
    """(the ministry, the rest) of a name that closes with a bracket naming a national ministry or body and nothing else
    (a white paper's table row `交通安全施設等の整備(国土交通省)`, `…推進事業（文部科学省・厚生労働省）`); (None, the name)
    otherwise: a bracket that is part of the name (`…事業（SATREPS）`, `…(仮称)`) or names a local body or an office."""
    found = _TAIL.search(name)
    if found is None or found.start() == 0:
        return None, name
    # a full name only (`国土交通省`, the press's `国交省`): a one-kanji short form in a bracket (`（財）`, `（外）`) is no
    # ministry after a name
    named = _full_name(found.group("box")[1:-1].strip())
    if named is None:
        return None, name
    return named, name[:found.start()].rstrip()


#: a table row's cells before a figure
_BARS = re.compile(r"[|｜]")
#: how far into a row its label cells (a ministry's column) may reach
_ROW_HEAD = 60


def row_ministry(text: str, start: int) -> str | None:
    """The ministry a `|` row's cell before the figure names alone (a compilation's `府省名` column), else None."""
    head = text[:min(start, _ROW_HEAD)]  # the row's first cells (a long line is read once, not up to each figure)
    if "|" not in head and "｜" not in head:
        return None
    return next((found for cell in _BARS.split(head) if (found := block_ministry(cell.strip()))), None)


#: a box right after a figure (`…事業 …… 18億円【経済産業省】`, `… 5億円（内閣府）`)
_BOX_AFTER = re.compile(r"[\s\u3000]*(?P<box>【[^【】]{1,12}】|[［\[][^［］\[\]]{1,12}[］\]]|[(（][^()（）]{1,12}[)）])")


def after_ministry(text: str, end: int) -> str | None:
    """The ministry a box right after the figure names (a compilation that sets the label after the amount), else None."""
    found = _BOX_AFTER.match(text, end)
    if found is None:
        return None
    box = found.group("box")
    return _full_name(ministry(box) or "") or _full_name(box[1:-1].strip())


def named_ministry(name: str) -> str | None:
    """The ministry a programme's name is and nothing else (`内閣府`, `【総務省】`, the press's `文科省`, `厚労省`: _full_name),
    else None: a list that gives each ministry its figure
    (`▽内閣府295億円▽文科省3523億円`) states each ministry's total, no programme's row."""
    return block_ministry(name.strip(" \u3000|｜・▽▼◇◆■□○●"))


#: a clause's subject (`文部科学省が最大の`, `防衛省は`) and the owner or subject right before the figure (`最大は国土交通省の`,
#: `令和6年度予算案では観光庁が`)
_SUBJECT = re.compile(r"^[\s\u3000]*([^、，,。\s\u3000がはの]{2,12}?)(?:が|は)")
_OWNER = re.compile(r"([^、，,。\s\u3000がはのでにを]{2,12})(?:の|が|は)$")


def ministry_subject(clause: str) -> str | None:
    """The ministry a sentence's clause before a figure makes its subject or owner (`文部科学省が最大の598億円`, `最大は国土
    交通省の3兆6601億円`): a figure no work names is then that ministry's budget, no programme's row. None otherwise."""
    clause = clause.strip(" \u3000約")
    found = [f.group(1) for f in (_SUBJECT.match(clause), _OWNER.search(clause)) if f is not None]
    return next((whole for name in found if (whole := named_ministry(name)) is not None), None)


#: how far back a figure's sentence is read (a window: linear on long lines), and the marks that close a clause
_SENTENCE_REACH = 120
_CLAUSE_MARK = re.compile(r"[、，,。；;]")
def ministry_figure(info: LineInfo, m: Mention) -> str | None:
    """The ministry whose budget a sentence's unnamed figure is, its clause's subject or owner (`文部科学省が最大の598億円`,
    `観光庁が670億円を計上`: ministry_names.ministry_subject): no work is named, so no programme's row, whatever title is
    near. None otherwise."""
    start = info.norm.rfind("。", max(0, m.start - _SENTENCE_REACH), m.start) + 1
    before = info.norm[max(start, m.start - _SENTENCE_REACH):m.start]
    return ministry_subject(_CLAUSE_MARK.split(before)[-1])


def ministry_total(text: str, start: int) -> str | None:
    """The ministry whose total the figure is: the words before it on its line name a ministry alone, with a total's word or
    a table's bars at most (`文部科学省 計 9,780億円`, `| 国土交通省 | 3兆8,200億円 |`): a ministry's sum of its programmes,
    no programme's row. None otherwise."""
    if start > _ROW_HEAD:
        return None  # a ministry's name and a total's word are short: a figure far into its line has more before it
    head = text[:start].strip(" \u3000|｜")
    tail = _SUBTOTAL.search(head)
    return block_ministry(head[:tail.start()].strip(" \u3000|｜")) if tail is not None and head else None


#: how many of a page's first non-blank lines may hold its bureau box
_BUREAU_LINES = 8


@lru_cache(maxsize=1)
def _bureau_line() -> re.Pattern[str]:
    """A ministry's name, then its offices set apart (`国土交通省 総合政策局 地域交通課`, `厚生労働省 医政局`), nothing else."""
    office = "|".join(map(re.escape, load("outline")["office_ends"]))
    return re.compile(rf"^[\s\u3000]*(?P<name>[^\s\u3000]{{2,12}})(?:[\s\u3000]+[^\s\u3000]{{1,16}}?(?:{office}))+[\s\u3000]*$")


def bureau_ministries(infos: Sequence[LineInfo], pages: Sequence[int | None]) -> dict[int | None, str]:
    """Per page (the whole deck for a text: page None), the ministry its bureau box names among its first lines: the
    ministry of a one-programme sheet (a PR sheet of a request: `国土交通省 総合政策局 地域交通課` under its title). A page
    whose top names two ministries gives none (a compilation). One pass over the deck."""
    found: dict[int | None, set[str]] = {}
    seen: dict[int | None, int] = {}
    for info, page in zip(infos, pages):
        if not info.norm.strip() or seen.get(page, 0) >= _BUREAU_LINES:
            continue
        seen[page] = seen.get(page, 0) + 1
        box = _bureau_line().match(info.norm) if not info.mentions else None
        if box is not None and (full := _full_name(box.group("name"))) is not None:
            found.setdefault(page, set()).add(full)
    return {page: next(iter(names)) for page, names in found.items() if len(names) == 1}
