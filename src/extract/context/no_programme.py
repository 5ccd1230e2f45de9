"""Budget figures with no programme that owns them: kept in amounts, marked `total_of`, never a budgets row.

A budgets row needs a programme that owns its figure (GUIDE's totals convention; the budgets READMEs: accounts, class
totals, aggregates and revenue are no programmes). After every naming rule, a figure is no programme's where:

- **its name is a class of expenditure by kind** (`人件費`, `物件費`: 性質別) in a deck that breaks its expenditure down by
  kind (two or more such classes with their figures): a class of the account, no programme;
- **its name is an account's** (`国民健康保険事業`, `介護保険特別会計`, `下水道事業会計`): the account's total;
- **it is a row of a table of classes** (`| 款項 | 予定額 |`: an enterprise's 款 and 項) or its name is an enterprise's class
  (`水道事業収益`, `営業費用`, `建設改良費`);
- **its name is a financing source or an expenditure class**: what a local account's revenue side lists (`一般財源`,
  `自主財源`, `繰入金`, `村債`, `県支出金`) or a class of expenditure by purpose, the account's own headings in every
  municipality's budget (`総務費`, `土木費`: 地方自治法施行規則's 款), or any class a budget book numbers as such
  (`２款 総務費`, `３項 児童福祉費`, `１目 一般管理費`); the class sums the programmes under it;
- **it is the headline's figure**: a text deck's first line, a headline with no full stop, that names a budget
  (`●町の補正予算案が公表 過去最大の12億円`, `市が26億円補正案発表`) over a text that states smaller budgets: the figure
  is the whole budget the headline reports, unless the headline names a programme (programs.json suffixes);
- **its page is a statement of balances**: a PDF page titled by a balance (`基金現在高調`, `…残高一覧`): its figures are
  what a fund holds, no money appropriated;
- **it is a rate**: a price per head or per unit that its sentence sets before it (`市民1人当たりの予算額:44.8万円`,
  `給食費は1食あたり、小学校360円、中学校390円`) or a unit's value it multiplies (`助成券(2,000円×5枚)`): a term of a
  programme or a measure of the budget, no appropriation;
- **it is revenue or a side's total by its sentence**: a financing source as its clause's subject (`町税が8億円`), a
  sentence on the revenue side (`歳入では、…`), or a side as its name (`歳出 412億円`);
- **it is a package's pillar**: a quoted slogan it is given to (`「物価高への対応」には3兆3897億円`) unless the quote names a
  programme, or a group its name gives examples of (`物価高対策や医療従事者の賃上げといった生活安全保障に約94億円`);
- **it is an expense in a list of expenses**: a name that ends as an expense (outline.json breakdown_words: `委託料`,
  `利用料`) joined by a list conjunction to another figure of its sentence (`…委託料62,437千円及びガバメントクラウド利用料等
  57,078千円を計上`: a budget book's description of its row's programme): a part of that programme's cost;
- **its own words call it an aggregate** or an allotment: the budget a field's programmes add up to, or a nation's whole
  (`政府のAI関連予算1,640億円`, `約1,650億円のAI関連予算`, `…の国家予算`); a sum another body allots (`市への配分額は44億円`,
  `交付見込額は…`): the receiver's revenue or the giver's share of a programme, no programme's budget.
- **it is a pillar numbered by a Roman numeral** over measures numbered 1., 2., … with smaller budgets of their own
  (`Ⅰ 防災・減災、国土強靱化の推進 3,210億円` over `1. 流域治水対策の推進 1,250億円`): the pillar sums its measures;
- **its line is a budget's label alone**, no rule named a programme for it and named measures follow it (`補正予算額
  1,280億円` over the measures that add up to it): the whole the document reports (a one-programme sheet's label line,
  `要求額:9,596千円`, is that programme's figure); or it is marked as a reference (`（参考）令和6年度補正予算額`) under the
  document's items at their level, none larger (context/label_wholes.py, as the headline's figure above is).
Words are data (totals.json no_programme).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..dictionary import load
from ..model import Line, Mention
from .accounts import account_name
from .companions import earlier_companion
from .label_wholes import ITEM_ROLES, ITEMS_REACH, headline_whole, items_follow, reference_whole
from .labels import BUDGET_ROLES, SLASH_UNIT, LineInfo, label_patterns, label_role
from .programs import class_rank, strong
from .prose_wholes import aggregate_part, aggregate_topic

#: how long a page's title line may be
_PAGE_TITLE = 24
#: how far before or after its figure an aggregate's word is read
_REACH = 16


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    return dict(load("totals")["no_programme"])


@lru_cache(maxsize=1)
def _book_class() -> re.Pattern[str]:
    """A book's or a bill's class heading: its number (`２款`, `第4項`) and rank (programs.class_rank), then its name."""
    return re.compile(rf"^\s*{class_rank()}\s+\S")


@lru_cache(maxsize=1)
def _aggregate() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(map(re.escape, _words()["aggregates"]))
    either = "|".join(map(re.escape, (*_words()["aggregates"], *_words()["allotted"])))
    note = r"(?:[(（][^()（）]{1,8}[)）])?"  # `配分額（見込み）`
    before = re.compile(rf"(?:{either})(?:費|額)?[ \u3000]*{note}[ \u3000]*(?:は|が|:|：)?[ \u3000]*約?[ \u3000]*$")
    after = re.compile(rf"[)）]?\s*の[^、，,。]{{0,{_REACH}}}?(?:{words})")
    return before, after


#: a bullet set between spaces inside a line: a flattened list's items run together
_FLAT_BULLET = re.compile(r"[ \u3000][-‐－・][ \u3000]")


def core_name(name: str) -> str:
    name = _FLAT_BULLET.split(name)[-1]  # `職員退職手当の皆増など - 物件費`: a flattened list's next item after a note
    return re.sub(r"^[\W\d_]+|[\W_]+$", "", re.sub(r"[\s\u3000]+", "", name))


#: a `|` table's separator row under its header
_SEPARATOR = re.compile(r"^[\s\u3000]*[|｜][\s\u3000:：\-|｜]+$")


def _class_table(infos: Sequence[LineInfo], i: int) -> bool:
    """Line i is a row of a `|` table whose first column is headed by a class's rank (`| 款項 | 予定額 |`, `| 科目 | … |`):
    its rows are the account's classes, never programmes (totals.json class_headers ranks, accounts). The header is the nearest row above
    that has the separator under it."""
    k = i - 1
    while k >= 1 and infos[k].norm.lstrip().startswith(("|", "｜")):
        if _SEPARATOR.match(infos[k].norm):
            first = re.split(r"[|｜]", infos[k - 1].norm.strip().strip("|｜"))[0]
            heads = _words()["class_headers"]
            return re.sub(r"[\s\u3000]+", "", first) in (*heads["ranks"], *heads["accounts"])
        k -= 1
    return False


def _by_kind(infos: Sequence[LineInfo]) -> bool:
    """The deck breaks its expenditure down by kind: two or more classes by kind (`人件費 52億円`, `| 物件費 | 32億円 |`) each
    set right before a figure. One alone is an item (`人件費を計上しました(26億円)`: a supplementary's pay rise)."""
    found = re.compile("(" + "|".join(map(re.escape, _words()["nature_classes"])) + r")[\s\u3000:：|｜]*[0-9０-９△▲+＋]")
    return len({x.group(1) for info in infos for x in found.finditer(info.norm)}) >= 2


def financing_or_class(name: str | None) -> bool:
    """The name is a financing source (its end: `…財源`, `繰入金`, `…債`), an expenditure class (`総務費`) as a whole, or a
    frame that programmes' requests fill (`優先課題推進枠`, `特別要望枠`: totals.json frame_ends)."""
    if not name:
        return False
    if _book_class().match(name):
        return True  # `２款 総務費`, `３項 児童福祉費`: a budget book's 款, 項 or 目, a class by law, never a programme
    core = core_name(name)
    if account_name(core):
        return True  # `国民健康保険事業 44億円`, `介護保険特別会計 38億円`: an account listed by its name, its total
    if core in _words()["enterprise_classes"] or core.endswith(tuple(_words()["enterprise_class_ends"])):
        return True  # an enterprise account's 款 or 項 (`水道事業収益`, `営業費用`, `建設改良費`)
    return core in _words()["expenditure_classes"] or core in _words()["revenue_classes"] \
        or core.endswith((*_words()["financing_ends"], *_words()["frame_ends"]))  # (`優先課題推進枠`: a request's frame)


def _balance_pages(lines: Sequence[Line]) -> set[int]:
    """PDF pages whose first line, a short title, names a balance (`基 金 現 在 高 調`, `５．基金現在高調`)."""
    pages: set[int] = set()
    seen: set[int] = set()
    for line in lines:
        if line.page is None or line.page in seen or not line.text.strip():
            continue
        seen.add(line.page)
        title = re.sub(r"[\s\u3000]+", "", line.text).rstrip("）)】]")
        # the title IS a statement of balances (`基金現在高調`, `地方債残高の状況`), not a title that mentions one
        # (`基金積立金と残高の見込み`, `残高照会システム更新事業`)
        if len(title) <= _PAGE_TITLE and title.endswith(tuple(_words()["balance_titles"])) \
                and not any(w in title for w in _words()["not_balance"]):
            pages.add(line.page)
    return pages


def aggregate(info: LineInfo, m: Mention) -> bool:
    """Its words call it an aggregate of a field or a nation (`AI関連予算費1,640億`, `1,650億円のAI関連予算`, aggregate_topic), or
    it is one of the parts such an aggregate before it adds up from (aggregate_part)."""
    before, after = _aggregate()
    return before.search(info.norm[max(0, m.start - _REACH):m.start]) is not None \
        or after.match(info.norm, m.end) is not None or aggregate_topic(info, m) or aggregate_part(info, m)


#: how far before a figure its sentence is read (a bounded look: each figure's reading stays linear on a long line)
_SENTENCE_REACH = 120


def sentence_start(info: LineInfo, m: Mention) -> int:
    """Where the figure's sentence begins, within _SENTENCE_REACH characters before it."""
    low = max(0, m.start - _SENTENCE_REACH)
    return max(low, info.norm.rfind("。", low, m.start) + 1)


def amounts_between(info: LineInfo, start: int, end: int) -> list[Mention]:
    """The line's amounts that begin in [start, end), found by bisection on their ends (amounts are in line order)."""
    ends = info.amount_ends
    k = bisect.bisect_left(ends, start)
    return [a for a in info.amounts[k:] if a.start < end and a.start >= start][:_SENTENCE_REACH]


#: what may stand between a per-unit word and its rate: a noun's `の` and a list of the units' rates (`、小学校360円、中学校`),
#: no particle or verb that makes the figure an appropriation for a rate (`1人当たり10万円を支給する事業 5,000万円`); rate()
#: asks further that no bracket closes and no figure but a listed rate stands between
_RATE_GAP = re.compile(r"[^をにでがはもと。]*")
#: a count the figure is multiplied by, or a unit after a slash (`2,000円×5枚`, `5万円/kWh`, `3万円/台`; not `500万円/年`)
_TIMES = re.compile(r"[ \u3000]*(?:[×✕xX][ \u3000]*[0-9０-９]|" + SLASH_UNIT + ")")


def per_unit(text: str, m: Mention) -> bool:
    """A count it is multiplied by or a unit after a slash right after the figure (`2,000円×5枚`, `5万円/kWh`)."""
    return _TIMES.match(text, m.end) is not None


def rate(info: LineInfo, m: Mention) -> bool:
    """The figure is a rate: a per-unit word before it in its sentence with only a noun or a list of rates between
    (roles.json prose per_head), a count it is multiplied by right after it, or a unit after a slash."""
    if per_unit(info.norm, m):
        return True
    start = sentence_start(info, m)
    sentence = info.norm[start:m.start]
    at = max((sentence.rfind(w) + len(w) for w in load("roles")["prose"]["per_head"] if w in sentence), default=-1)
    if at < 0 or _RATE_GAP.fullmatch(sentence[at:]) is None or any(c in sentence[at:] for c in ")）]】"):
        return False  # `(1人あたり自己負担2,000円) 450万円`: the bracket closes the term, the programme's figure follows
    # the first figure after the per-unit word, or one of a list of rates (`1食あたり、小学校360円、中学校390円`)
    between = amounts_between(info, start + at, m.start)
    return all(info.norm[a.end:a.end + 1] in "、，," for a in between)


@lru_cache(maxsize=1)
def _joined() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A list conjunction right after a figure (the next item follows), and one right after the figure before (this
    figure's item follows it, no other figure between)."""
    conj = "|".join(map(re.escape, sorted(load("programs")["name_phrase"]["list_conjunctions"], key=len, reverse=True)))
    return re.compile(rf"[ \u3000]*(?:{conj})"), re.compile(rf"円[ \u3000]*(?:{conj})[^。円]*$")


def listed_expense(info: LineInfo, m: Mention) -> bool:
    """The figure is an expense of a list of expenses: its name ends as an expense and a list conjunction joins it to
    another figure of its sentence (before or after it)."""
    # the name a rule gave, else the words before the figure (`…標準化に係る委託料62,437千円及び…`: no rule named it)
    name = (m.program or re.split(r"[、。]", info.norm[max(0, m.start - _REACH):m.start])[-1]).rstrip("等 \u3000")
    if not name.endswith(tuple(load("outline")["breakdown_words"]) + tuple(_words()["expense_ends"])):
        return False
    after, before = _joined()
    sentence = info.norm[sentence_start(info, m):m.start]
    return after.match(info.norm, m.end) is not None or before.search(sentence) is not None


def revenue_or_side(info: LineInfo, m: Mention) -> bool:
    """The figure is revenue or a side's total: its clause's subject is a financing source (`町税が8億円、地方交付税が22億円`),
    its sentence last turned to the revenue side before it (`歳入では、…`: roles.json prose revenue_topics), or its name is a
    side (`歳出 412億円`: roles.json side_headings)."""
    if m.program and core_name(m.program) in load("roles")["side_headings"]:
        return True
    ends = info.amount_ends
    before = bisect.bisect_right(ends, m.start)
    start = max(sentence_start(info, m), ends[before - 1] if before else 0)
    subject = _SUBJECT.search(info.norm[start:m.start])
    if subject is not None and financing_or_class(subject.group(1)):
        return True
    topic = _TOPIC.search(info.norm[start:m.start])
    if topic is not None and _enterprise_side(topic.group(1)):
        return True  # `…施設の管理に関わる収益的支出は、49億円`
    # the last side the sentence turned to before the figure (`歳入は町税が増え、歳出では町道整備に3億円`: the spending side)
    sentence = info.norm[sentence_start(info, m):m.start]
    turns = _side_turn().findall(sentence)
    return bool(turns) and (turns[-1] in load("roles")["prose"]["revenue_topics"] or turns[-1].startswith("歳入"))


@lru_cache(maxsize=1)
def _side_turn() -> re.Pattern[str]:
    """A sentence turning to a side (`歳入は`, `歳出では`, `財源は`: roles.json revenue_topics and side_headings)."""
    sides = sorted({*load("roles")["prose"]["revenue_topics"], *load("roles")["side_headings"]}, key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, sides)) + ")(?:では|は)")


#: a clause's subject right before its figure (`、町税が8億円`), and a topic set apart by a comma (`…収益的支出は、49億円`)
_SUBJECT = re.compile(r"([^\s\u3000、，,。]{2,20}?)(?:が|は|も)[ \u3000]*約?[ \u3000]*$")
_TOPIC = re.compile(r"([^\s\u3000、，,。]{2,20}?)(?:が|は|も)[、，,]?[ \u3000]*約?[ \u3000]*$")


def _enterprise_side(subject: str) -> bool:
    """The subject is an enterprise account's side or 款 with the words that describe it before (`事業の運営や施設の管理に関わる
    収益的支出`): its total, no programme's."""
    return core_name(subject).endswith(tuple(_words()["enterprise_classes"]))


#: list marks and numbering before a line's label (`○`, `・`, `(1)`, `1.`)
_MARKS = re.compile(r"^[\s\u3000]*(?:[○◯●・◆◇■□▶▷*\-]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．])?[\s\u3000]*")


def label_line(info: LineInfo, m: Mention) -> bool:
    """The figure is its line's first and the words before it are a budget's label alone (`補正予算額 1,280億円`,
    `令和8年度当初予算額 252億円`): a line that names no work."""
    if bisect.bisect_right(info.amount_ends, m.start):
        return False  # another figure stands before it: the line is a row of figures, read by the table rules
    head = info.norm[:m.start]  # (read only for a line's first figure: a long line stays linear)
    core = re.sub(r"[\s\u3000:：]+", "", head[_MARKS.match(head).end():])  # type: ignore[union-attr]
    return bool(core) and not label_patterns().part.sub("", core)


#: a Roman numeral opening a line (`Ⅰ 防災・減災…`, NFKC `I`, `II`, `IV`), and an Arabic number or circled one (`1.`, `(2)`, `③`)
_ROMAN = re.compile(r"^[\s\u3000]*[IVX]{1,4}[\s\u3000.．、]")
_ARABIC = re.compile(r"^[\s\u3000]*(?:[0-9０-９]{1,2}[.．)）\s\u3000]|[(（][0-9０-９]{1,2}[)）]|[①-⑳])")


def _roman_group(infos: Sequence[LineInfo], i: int, m: Mention) -> bool:
    """The figure of a line numbered by a Roman numeral over lines numbered 1., 2., … that state smaller budgets of their
    own (`Ⅰ 防災・減災、国土強靱化の推進 3,210億円` over `1. 流域治水対策の推進 1,250億円`): the pillar sums its measures."""
    info = infos[i]
    if not _ROMAN.match(info.norm) or info.amounts[0] is not m or not isinstance(m.max, (int, float)):
        return False
    for below in infos[i + 1:i + 1 + ITEMS_REACH]:
        if _ROMAN.match(below.norm):
            return False
        if _ARABIC.match(below.norm) and any(a.role in ITEM_ROLES and isinstance(a.max, (int, float)) and a.max < m.max
                                             for a in below.amounts):
            return True
    return False


def _unnamed(m: Mention) -> bool:
    """No rule named a programme for the figure, or only a title that is a budget's (`概算要求の概要`, `観光立国推進予算の
    概要`: what the document is, no programme)."""
    return not m.program or label_role(m.program) is not None and not strong(m.program)


def _programme_title(infos: Sequence[LineInfo]) -> bool:
    """The document's title, its year aside, is a programme's name (`令和8年度 再生可能エネルギー導入加速化事業`): a sheet of
    that programme, whose label line states its figure."""
    title = next((info.norm.strip() for info in infos if info.norm.strip()), "")
    name = re.sub(load("program_names")["year_prefix"], "", title).strip(" \u3000")
    return strong(name)


def pillar(info: LineInfo, m: Mention) -> bool:
    """The figure is a package's pillar: given to a quoted slogan that names no programme, or to a group its name sets
    examples before (totals.json no_programme group_words, pillar_topic)."""
    if m.program and any(w in m.program for w in _words()["group_words"]):
        return True
    quoted = re.search(_words()["pillar_topic"], info.norm[max(0, m.start - 60):m.start])
    return quoted is not None and not strong(quoted.group(1))


def apply(lines: Sequence[Line], infos: Sequence[LineInfo]) -> None:
    """Mark every budget figure that no programme owns (see the module's docstring) `total_of` what it is."""
    balances: set[int] | None = None
    by_kind: bool | None = None
    for i, info in enumerate(infos):
        for m in info.amounts:
            if m.role not in BUDGET_ROLES or m.role == "previous_budget" or m.total_of:
                continue
            if balances is None:
                balances = _balance_pages(lines)
            if financing_or_class(m.program) or _class_table(infos, i):
                m.total_of = m.program or "(class)"
                continue
            if by_kind is None:
                by_kind = _by_kind(infos)
            if by_kind and m.program and core_name(m.program) in _words()["nature_classes"]:
                m.total_of = m.program
            elif lines[i].page in balances:
                m.total_of = "(balance)"
            elif headline_whole(lines, infos, i, m):
                m.total_of = "(headline)"
            elif aggregate(info, m):
                m.total_of = "(aggregate)"
            elif revenue_or_side(info, m):
                m.total_of = "(revenue or side)"
            elif pillar(info, m):
                m.total_of = "(pillar)"
            elif listed_expense(info, m):
                m.total_of = "(breakdown)"
            elif rate(info, m):
                m.total_of = "(rate)"
            elif earlier_companion(info, m):
                m.total_of = "(earlier year beside it)"
            elif _roman_group(infos, i, m):
                m.total_of = "(group)"
            elif _unnamed(m) and label_line(info, m) and items_follow(infos, i, m) and not _programme_title(infos):
                m.total_of = "(label)"
            elif reference_whole(infos, i, m):
                m.total_of = "(reference)"
