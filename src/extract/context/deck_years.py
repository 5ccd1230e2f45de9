"""A figure's year from the deck's other figures (context/fiscal_scope.py), where no scope gave one: the year the deck
states where it writes the same figure again, the one year all of a text deck's budget figures are stated for, and the
newer year of the one comparison table of a deck whose text states no year of its own; last, the one year a deck's
opening lines write as money's (`2003年度の助成金の配分額を発表した`), for its figures still left with none (opening)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..dictionary import load
from ..model import Mention
from ..word_lists import per_unit
from . import status_dates
from .fiscal_marks import comparison_base, event_date, single, span_end, span_start, words
from .fiscal_marks import written as written_year
from .labels import LineInfo

#: how many of a deck's first lines are its opening (a title, a headline, a lead sentence): chosen leave-one-round-out on
#: the blind-time outputs of nine rounds (bench/results/issue21_fy_fallback.md; three lines reach a section's years)
_OPENING = 2
#: more fiscal years than this on an opening line: a list or table of years, not a title naming one
_OPENING_YEARS = 4
#: how far before a figure a year labels it (`（2030年度実績）12件`)
_LABEL_REACH = 6

#: a figure this precise (significant digits) is one figure wherever the deck writes it, not a coincidence
_PRECISE = 4


def _precise(m: Mention) -> bool:
    return m.min is not None and m.min == m.max and len(str(int(m.min)).rstrip("0")) >= _PRECISE


def figures_year(infos: list[LineInfo]) -> int | None:
    """A text deck whose title, lead-in and labels state no year, but whose budget figures are all stated for one year
    (`合計 令和5年度 79億5,109万円`, the year before as `令和4年度`, last year's) and that writes no other year: that year
    is the document's, for its figures no scope gave one (`●一般廃棄物処理施設整備事業 2億7,664万円`)."""
    years = {int(a.fy) for info in infos for a in info.amounts if a.role in ("budget", "supplementary_budget") and a.fy is not None}
    if len(years) != 1:
        return None
    year = years.pop()
    written = {y for info in infos for f in info.fiscal_years if (y := single(f)) is not None and written_year(f)}
    return year if written <= {year, year - 1} else None  # (other years too: a plan, a settlement, two years' requests)


def restated(infos: list[LineInfo], blocked: set[int]) -> None:
    """A figure no scope gave a year takes the year the deck states where it writes the same figure again (`予算総額は
    79億5,109万円で…` and the table's `合計 令和5年度 79億5,109万円`): one figure, one year."""
    years: dict[int, set[int]] = {}
    for info in infos:
        for a in info.amounts:
            if a.fy is not None and _precise(a):
                years.setdefault(int(a.min), set()).add(int(a.fy))
    for info in infos:
        for a in info.amounts:
            if a.fy is None and id(a) not in blocked and _precise(a) and len(found := years.get(int(a.min), set())) == 1:
                a.fy = next(iter(found))


def undated(infos: list[LineInfo], blocked: set[int]) -> None:
    """A text deck with no year of its own: its budget figures' one year, else its comparison table's (compared_year), for
    its figures no scope gave one (the year before for a previous year's)."""
    year, compared = figures_year(infos), False
    if year is None:
        year, compared = (compared_year(infos) if _money_table(infos) else None), True
    if year is None:
        return
    span_total = re.compile(rf"(?:{load('totals')['span_total']})[^。]*$")
    for info in infos:
        for a in info.amounts:
            if a.fy is None and id(a) not in blocked and not (compared and span_total.search(info.norm, 0, a.start)):
                a.fy = year - 1 if a.role == "previous_budget" else year  # (`今後40年間の…320億円`: a span's total, no year's)


def _money_table(infos: list[LineInfo]) -> bool:
    """The comparison table's rows (the lines after its header up to a sentence) hold money or bare figures, not another
    kind's (`| 施設数 | 128施設 | 125施設 | ▲3施設 |`: a count of facilities dates no money figure of the prose)."""
    rows = [i for i, info in enumerate(infos) if len(info.fiscal_years) >= 2 and not info.amounts]
    for info in infos[rows[0] + 1:] if rows else []:
        if "。" in info.norm:
            break
        if any(m.kind not in _CELL_KINDS for m in info.mentions):
            return False
    return True


#: what a money table's row may hold besides money (its change's rate, a row's year)
_CELL_KINDS = ("amount", "percent", "fiscal_year", "date")


def compared_year(infos: list[LineInfo]) -> int | None:
    """The year of a deck whose prose states none but whose table compares it with the years before (`| 項目 | 平成30年度 |
    平成29年度 | 比較 | 伸び率 |`: a settled account's prose above it tells the newer column's figures): a header line of
    consecutive written years and a change's column (totals.json column_kinds), no figure on it, and every year the deck
    writes on such a line. A deck that writes a year elsewhere (a sentence's, a heading's) is dated by it, not here."""
    changes = [w for w, k in load("totals")["column_kinds"].items() if k == "change"]
    headers: set[int] = set()
    for info in infos:
        if not info.fiscal_years:
            continue
        years = sorted({y for f in info.fiscal_years if (y := single(f)) is not None and written_year(f)})
        if info.amounts or len(years) < 2 or len(years) != len(info.fiscal_years) or years[-1] - years[0] != len(years) - 1 \
                or not any(w in info.norm[info.fiscal_years[-1].end:] for w in changes):
            return None  # (a year outside such a header: the deck states it, the scope passes read it)
        headers.add(years[-1])
    return headers.pop() if len(headers) == 1 else None


def opening_year(infos: list[LineInfo]) -> int | None:
    """The one fiscal year a deck's opening lines write, where its words name money of that year (`都議会の2017年度分の
    政務活動費が公開されました`, `2003年度の助成金の配分額を発表した`: fiscal_scope.json opening_money_after), not as a
    comparison base or a span's end (`令和4年度と比べ`, `令和2〜8年度`); two years there, or a span: none. A year of
    activities or an event (`2021年度の活動を振り返った`) names no money; a year right before a figure of its line labels
    that figure (`採択件数（2030年度実績）12件`: a result's), not the deck. A business year named by its closing month
    (`北海道信用保証協会の2014年3月期は、…`) is a year of accounts, money's by nature (business_years)."""
    money = re.compile(load("fiscal_scope")["opening_money_after"])
    years: set[int] = set()
    named = False
    for info in infos[:_OPENING]:
        if len(info.fiscal_years) > _OPENING_YEARS:
            return None  # a table's or a list's line of years, no title or lead naming one year (and linear on long lines)
        for f in info.fiscal_years:
            if comparison_base(info, f) or span_start(info, f) or span_end(info, f) or f.min != f.max:
                return None
            if (y := single(f)) is not None and written_year(f) and not _labels_figure(info, f) and not event_date(info, f):
                years.add(y)
                named = named or money.match(info.norm, f.end) is not None
        business = business_years(info)
        years, named = years | business, named or bool(business)
    return years.pop() if len(years) == 1 and named else None


def business_years(info: LineInfo) -> set[int]:
    """The fiscal years of the business years a line names by the month they end (`2014年3月期`, `令和6年3月期決算`: a
    company's accounts, the fiscal year that ends then, 2014年3月期 -> FY2013; fiscal_scope.json business_year_after),
    not a comparison base (`13年3月期比`)."""
    after = re.compile(load("fiscal_scope")["business_year_after"])
    return {y for d in info.mentions if d.kind == "date" and after.match(info.norm, d.end) is not None
            and (y := status_dates.fiscal_of(d)) is not None}


def own_business_year(info: LineInfo, m: Mention) -> int | None:
    """The fiscal year of the business year the figure's own sentence names before it, the nearest (`2027年3月期の営業収益は
    43億円を見込む`: FY2026; `…の2025年3月期決算は、売上高12億円、当期純利益3,200万円`: both FY2024), nearer than a
    title's or an opening's year; else None (a comparison base `13年3月期比`, a business year of another sentence)."""
    if "期" not in info.norm:
        return None  # (the common line names no business year: stays cheap)
    start = info.norm.rfind("。", 0, m.start) + 1
    after = re.compile(load("fiscal_scope")["business_year_after"])
    named = [d for d in info.mentions if d.kind == "date" and start <= d.start and d.end <= m.start
             and after.match(info.norm, d.end) is not None]
    return status_dates.fiscal_of(max(named, key=lambda d: d.start)) if named else None


def own_day_year(info: LineInfo, start: int, m: Mention) -> int | None:
    """The fiscal year a day the figure's own words name gives it: a business year its sentence names (own_business_year),
    else the day its own clause (from `start`) states it as of (`令和4年3月31日の残高は82.8億円`: FY2021;
    context/status_dates.py own_year), nearer than a scope's or the deck's budget year."""
    business = own_business_year(info, m)
    return business if business is not None else status_dates.own_year(info, start, m.start)


def _labels_figure(info: LineInfo, f: Mention) -> bool:
    return any(m.kind not in ("fiscal_year", "date") and 0 <= m.start - f.end <= _LABEL_REACH for m in info.mentions)


def opening(infos: list[LineInfo], blocked: set[int], head: Callable[[LineInfo, Mention], int]) -> None:
    """The last fallback: a figure every scope left with no year (and none on purpose: a span, a sum over years, a project's
    whole cost) takes the year of the deck's opening lines where they name money of that year (opening_year), the year
    before for a previous year's. A rate or a unit price (`毎月15万円`, `1kWhあたり 7.0円`, `一人あたりの経費は300円`: a per,
    a per-unit word) stays with none, and so does a figure whose own words (from `head`) name a previous year (`昨年度は…
    600万円`: the passes that read its words did not settle which year's), or a later year's, a fee, an average, a future
    plan or a target (`来年度は3,000万円`, `参加費は500円`, `全国の…平均は`, `…基金を目指します`: _not_the_openings). Below a
    line that writes a later year (a plan, a carry-over's use) no figure takes it."""
    year = opening_year(infos)
    if year is None:
        return
    previous, rates, own_not, after_not = words().previous, per_unit(), *_not_the_openings()
    for i, info in enumerate(infos):
        if i >= _OPENING and any(y > year and written_year(f) and not comparison_base(info, f)
                                 for f in info.fiscal_years if (y := single(f)) is not None):
            return  # (`残りの3500万円は令和7年度の改修工事に充てます`: a later year's plans; the figures below, whose?)
        for a in info.amounts:
            if a.fy is None and id(a) not in blocked and a.per is None:
                own, end = info.norm[head(info, a):a.start], info.norm.find("。", a.end)
                after = info.norm[a.end:end if end >= 0 else len(info.norm)]
                if not previous.search(own) and not any(w in own for w in rates + own_not) \
                        and not any(w in after for w in after_not):
                    a.fy = year - 1 if a.role == "previous_budget" else year


def _not_the_openings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a figure that no opening's year dates (fiscal_scope.json opening_not): a fee someone pays, an
    average of others, a future plan, a later year (before it); a target (after it in its sentence)."""
    d = load("fiscal_scope")["opening_not"]
    later = [w for w, k in load("anchors")["fiscal"].items() if k > 0]
    return tuple(d["own"] + load("roles")["prices"]["fee_labels"] + later), tuple(d["after"])
