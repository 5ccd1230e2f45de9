"""What is not a mention, as small named filters. Each says why with one positive and one negative example."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..dictionary import eras, load, stopwords
from .engine import Candidate
from .fragments import alternation


@dataclass(frozen=True)
class Filter:
    name: str
    kinds: tuple[str, ...]
    #: regex that must match the text just before the candidate (anchored at its end)
    before: str | None = None
    #: regex that must match the text just after the candidate (anchored at its start)
    after: str | None = None

    def rejects(self, text: str, c: Candidate) -> bool:
        if self.kinds and c.kind not in self.kinds:
            return False
        if self.before is not None and _ending(self.before).search(text[max(0, c.start - 12):c.start]):
            return True
        return self.after is not None and _compiled(self.after).match(text[c.end:c.end + 12]) is not None


@lru_cache(maxsize=64)
def _ending(before: str) -> re.Pattern[str]:
    """A filter's `before` anchored at the end, compiled once (not built and looked up per candidate)."""
    return re.compile("(?:" + before + r")\Z")


@lru_cache(maxsize=64)
def _compiled(after: str) -> re.Pattern[str]:
    return re.compile(after)


ALL = ("amount", "duration", "count", "percent", "rank")
#: a dot leader or a rule between a table of contents' title and its page number
_LEADER = r"(?:\.{2,}|・{2,}|-{3,}|_{3,})\s?"

FILTERS: tuple[Filter, ...] = (
    # Numbers inside names and codes: G7, P35, COVID-19, TOP10%論文 are not mentions; 「30%」 is.
    Filter("code_or_name", ALL, before=r"[A-Za-z]-?"),
    # Ordinals: 第2次, 第６回, 第6期 are not counts; 「6回」 is. A rank is an ordinal already: 第2位 is rank 2.
    Filter("ordinal", ("count", "duration", "amount", "percent"), before=r"第\s?"),
    # A decimal place (`小数第二位を四捨五入`, `小数点以下第1位`) is no rank, though a rank after 第 is one.
    Filter("decimal_place", ALL, before=r"小数点?(?:以下)?\s?第\s?"),
    # Ordinals of time and items: 13回目, 2年目, 3つ目 are not; 「13回」 is.
    Filter("ordinal_suffix", ("count", "duration"), after=r"目"),
    # Ages: ０歳６か月 is an age, not a duration; 「6か月」 is.
    Filter("age", ("duration",), before=r"歳\s?"),
    # Page references: 17ページ / 図1 are not; 「17件」 is.
    Filter("page_ref", ALL, after=r"ページ|頁"),
    # Figure and table labels: 図２ 大学における…, 表3 (発表2件 is a count: 表 ends a word there).
    Filter("figure_ref", ALL, before=r"(?<![\u4e00-\u9fff])(?:図表|図|表)\s?"),
    # 6 年(度), 6年 度: a fiscal year's 年 with its 度 set apart (rotated labels), no 6-year span; 「6年 5月」 is a date.
    Filter("year_of_fiscal_year", ("duration",), after=r"\s?\(\s?度|\s+度"),
    # Per-unit denominators: 1社あたり, 10人につき, 1人1回当たり divide (a rate), not count; 「10人、3社」 counts.
    # So do a rate's time units: 1時間あたり利用料金, 1年あたり100,000円 (the amount's per); 「1年間」 is a span.
    # Also past a bracket or an alternative unit (1契約(1メーター)につき, 1個または1束あたり); (a line ending in につ may
    # go on with いて: 2施設につ⏎いて counts).
    Filter("per_unit", ("count", "duration"),
           after=r"\s?[)）]?\s?(?:(?:または|又は|もしくは|や|・)?\s?[0-9]+\s?\S{1,2}\s?)?"
                 r"(?:当\s?た\s?り|あ\s?た\s?り|当\s?り|に\s?つ\s?き)"),
    # A use a fee is charged for: 1回使用の料金, 1回利用の料金 price one use; 「1回使用した」 counts.
    Filter("per_use_price", ("count",), after=r"\s?(?:使用|利用)\s?の\s?(?:料金|使用料|利用料)"),
    # A price's period or unit: 24時間毎に100円, 1回ごとに50円 are rates (the amount's per); 「3年ごとに見直し」 is a span.
    Filter("rate_period", ("count", "duration"), after=r"\s?(?:毎|ごと)\s?に?\s?[0-9][0-9,]*\s?円"),
    # ... and the second count is that rate's numerator: the 1台 of 1人1台端末
    Filter("per_unit_numerator", ("count",), before=r"(?<![\d.,])[1一]\s?[人社者名校]"),
    # A table of contents' page number after its dot leader (…… NFKC: ......), fused with the next column's
    # word: `はじめに……3事業者の取組` is page 3; 「計3事業者」 counts.
    # Document labels: 参考資料１参照, 参考３ 校務…, 別紙2 are no counts; 「1件」 is.
    Filter("doc_label", ALL, before=r"(?:資料|参考|別紙|別添|別表|様式|付録)\s?"),
    # A note's number: ※2 ブラウザで…, ※1 東京都を除く refer to a footnote; 「計2件」 counts (an amount after ※ is a figure).
    Filter("note_mark", ("count", "rank"), before=r"※\s?"),
    # A sub-number of a circled list mark: ①-2リスクベース認証 is item 1-2; 「①2件」 counts.
    Filter("list_sub_number", ALL, before=r"[\u2460-\u2473\u3251-\u325f\u2776-\u2793]\s?-\s?"),
    # (an amount or percent after a leader is a list item's figure, `・事業名…519万円`: a page number has no unit)
    # (and so is a count with a known counter, `当財団枠…64名`, `実績…37団体`: rules/filters.py toc_count)
    Filter("toc_page", ("duration", "rank"), before=_LEADER),
    # A URL's percent-encoding: %e6%88%b8 holds 88%, but a byte escaped after %XX% is no share; 「伸び率88%」 and
    # a chart's run of cells 「9割未満16%9割以上84%」 are.
    Filter("url_escape", ("percent",), before=r"%[0-9A-Fa-f]{2}%[0-9A-Fa-f]?"),
    # Densities and other per-area or per-length rates: 300人/km2, 5件/ha are no counts; 「300人/年」 is a rate of people.
    Filter("density", ("count", "amount"), after=r"\s?/\s?(?:k?m\b|k?m[2²]|ha\b|平方|㎡)"),  # km² as written, or folded to km2
    # A bulletin's issue: 広報えびな 2015年1月15日号, 令和6年5月1日号 name an issue (GUIDE: edition labels like
    # 令和4年版 are no dates), and so do their year and month alone, or with the part of the month a bulletin issued
    # by ten days names (2016年10月中旬号); 「2015年1月15日に発行」 is a date.
    Filter("issue_label", ("date",), after=r"(?:\s?\d{1,2}\s?月)?(?:\s?\d{1,2}\s?日)?(?:\s?[上中下]旬)?\s?号"),
    # A chart's axis of bracketed years, (2015)(2020) (2025)…: bare year columns (GUIDE), no citations;
    # 「文部科学省(2021)」 is one.
    Filter("bracketed_year_axis", ("date",), before=r"\(\s?(?:19|20)\d{2}\s?\)\s?\(\s?",
           after=r"\s?\)\s?\(\s?(?:19|20)\d{2}\s?\)"),
)


_OPENS, _CLOSES = "「『", "」』"


@lru_cache(maxsize=1)
def _citation() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, stopwords("citation")["markers"])))


#: a clause break inside a quote (、 or a comma that groups no digits): quoted speech, which a title never holds
_CLAUSE_BREAK = re.compile(r"[、，]|,(?!\d{3})")
_TITLE = 80  # how far a cited title may reach around a number in it
_CITED = 400  # how far before a number a citation's marker may stand


def in_quoted_title(text: str, c: Candidate) -> bool:
    """A year inside a quoted title or named issue is no date: 「令和2年度…調査報告書」, 「２０２５年の崖」;
    「2025年」 alone, or a date after the quote, is. On a source citation line every number inside a
    quoted title belongs to the cited headline (出典：「創業1年で企業価値300億円」(日経)). (Other kinds look
    in bounded windows: a long line has thousands of them.)"""
    dated = c.kind in ("date", "fiscal_year")
    lo, hi = (0, len(text)) if dated else (max(0, c.start - _TITLE), c.end + _TITLE)
    before = text[lo:c.start]
    i = max(before.rfind(q) for q in _OPENS)
    if i < 0 or any(q in before[i:] for q in _CLOSES):
        return False
    i += lo
    j = min((k for k in (text.find(q, c.end, hi) for q in _CLOSES) if k >= 0), default=-1)
    cited = _citation().search(text, max(0, c.start - _CITED), c.start) is not None
    if not dated and (j < 0 or not cited):
        return False
    if j >= 0 and "。" in text[i:j]:
        return False  # 「…時代が終わりを告げ、平成30年代という新しい年代が幕を開けた。」: a quoted sentence, no title
    if j >= 0 and not cited and _CLAUSE_BREAK.search(text, i, j):
        return False  # 「来年10月の引き上げを延期し、…」: quoted speech (a cited headline may hold a comma: 「…AI、…」)
    return j >= 0 and (c.start > i + 1 or j > c.end)  # some title words beside the year


_NAME_ON = re.compile(r"\s?[\u4e00-\u9fff\u30a1-\u30fa]")


def cited_report_year(text: str, c: Candidate) -> bool:
    """On a source line, a year glued to the name after it is part of the cited report's name (`資料： 令和２年度
    商取引・サービス環境の適正化に係る事業`), as a year inside a quoted title is; `資料：…調査（2023年６月）` is a date."""
    return (c.kind in ("date", "fiscal_year") and _NAME_ON.match(text, c.end) is not None
            and "月" not in text[c.start:c.end]  # a report's name holds a year, not a month: （2024年2月公表） is a date
            and _citation().search(text, max(0, c.start - 40), c.start) is not None)


@lru_cache(maxsize=1)
def _era_before() -> re.Pattern[str]:
    names = [n for n in eras() if not n.isascii()]  # one-letter abbreviations: see code_or_name
    return re.compile("(?:" + "|".join(map(re.escape, names)) + r")\s?\Z")


@lru_cache(maxsize=1)
def _era_names() -> frozenset[str]:
    """The era names written out (one-letter abbreviations left out), once: era_head asks per line."""
    return frozenset(n for n in eras() if not n.isascii())


@lru_cache(maxsize=1)
def _era_end() -> re.Pattern[str]:
    names = [n for n in eras() if not n.isascii()]
    return re.compile("(?:" + "|".join(map(re.escape, names)) + r")\Z")


def reset() -> None:
    _era_before.cache_clear()
    _era_year_listed.cache_clear()
    _era_end.cache_clear()
    _era_names.cache_clear()
    _citation.cache_clear()
    _amount_name.cache_clear()
    _label_before.cache_clear()
    _per_one_words.cache_clear()
    _recurring_list.cache_clear()


# what of an era name may stand on the number's own line: nothing, or its tail standing as a word (`成 28 年`)
_ERA_TAIL = re.compile(r"\s(\S?)\s?\Z")


def era_name_split(text: str, c: Candidate, above: str) -> bool:
    """A number whose era name the line break (or a column of vertical text) split off is an era year, never
    a duration or count: `（平` + next line `成 28 年）`, `令` / `和` / `６ 年`. `above` holds the last
    non-space characters of the lines above on the same page."""
    if c.kind not in ("duration", "count") or not above:
        return False
    head = text[c.start - 4:c.start] if c.start >= 4 else " " + text[:c.start]
    m = _ERA_TAIL.search(head)
    if m is not None and not m.group(1) and text[:c.start].strip():
        return False  # no era character before it and words before it on its line: `…以降 52 期`, no split era
    return m is not None and _era_end().search(above + m.group(1)) is not None


_YEAR_ON = re.compile(r"\d{1,2}年")


def era_head(text: str, below: str = "") -> bool:
    """`令和`, `平 成`: an era name alone, as a line break leaves it before its year (`令和` / `８年度`). One character
    (`令` / `和５年`) is too little to tell by itself: a column of vertical text reads on for lines; it starts a
    mention only where the line `below` holds the rest of the name and the year (`令` / `和 ６ 年` / `度`, a chart's
    vertical label)."""
    t = "".join(text.split())
    names = _era_names()
    if len(t) == 1 and below:
        rest = "".join(below.split())
        return any(n.startswith(t) and len(n) >= 2 and rest.startswith(n[1:]) and _YEAR_ON.match(rest, len(n) - 1) is not None
                   for n in names)
    return len(t) >= 2 and t in names


def ends_with_era_name(text: str) -> bool:
    return _era_end().search(text) is not None


def after_era_name(text: str, c: Candidate) -> bool:
    """A number right after an era name is an era year (平成27年産業連関表), never a duration or count; so is a year
    listed after an era year (平成11年と12年は, H11年、12年の: the same era's, no span)."""
    if c.kind not in ("duration", "count"):
        return False
    return _era_before().search(text, max(0, c.start - 4), c.start) is not None or (
        c.kind == "duration" and _era_year_listed().search(text, max(0, c.start - 16), c.start) is not None)


@lru_cache(maxsize=1)
def _era_year_listed() -> re.Pattern[str]:
    """An era year (written out or abbreviated: 平成11年, H11年) and a joiner of a list (anchors.json
    month_list_joiners) ending the text."""
    joiners = "|".join(map(re.escape, load("anchors")["month_list_joiners"]))
    # (the era names as written, unspaced: fragments.era() also reads a letter-spaced title's `令 和`)
    return re.compile(rf"(?<![A-Za-z]){alternation(eras())}\s?\d{{1,2}}\s?年\s?(?:{joiners})\s?\Z")


_GLUED_NUMBER = re.compile(r"[0-9一二三四五六七八九十]")


def per_one(text: str, c: Candidate) -> bool:
    """One of a unit glued to a second count is a rate's denominator: 1人1台端末 (one device per person);
    「10人20社」 and 「1人、3台」 are counts. So is one after a residents' word that a share or a yen figure follows
    (市民1人の借金: per capita; _per_capita_after) or before に対する (1団体に対する助成額)."""
    if c.kind != "count" or c.parsed.min != 1 or c.parsed.max != 1:
        return False
    return (_GLUED_NUMBER.match(text, c.end) is not None or text.startswith(_per_one_words()[1], c.end)
            or (text[max(0, c.start - 4):c.start].rstrip().endswith(_per_one_words()[0]) and _per_capita_after(text, c.end)))


_PER_CAPITA_AFTER = re.compile(r"\s?[のに)]|.*?\d\s?円")


def _per_capita_after(text: str, end: int) -> bool:
    """A resident's one is per capita when what follows divides by it: its share (`市民1人の借金`, `町民1人に使われる
    お金`, `(町民1人)` after a cost) or a figure in yen after it (`市民1人が納めた税金…115,954円`); `市民1人が重傷を負った`
    counts the one."""
    return _PER_CAPITA_AFTER.match(text, end) is not None


@lru_cache(maxsize=1)
def _per_one_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The residents' words before a one (per capita) and the words after one that make it a denominator."""
    return tuple(stopwords("count")["per_capita_before"]), tuple(stopwords("count")["per_one_after"])


#: the rest of a list of months after one of them (`・10月・2月`, `、4月、6月`)
_MORE_MONTHS = r"(?:\s?[、,・]\s?\d{1,2}\s?月)*"
_YEAR_OPENS_LIST = re.compile(r"年\s?(?:\d{1,2}\s?月\s?[、,・]\s?)+\Z")


@lru_cache(maxsize=1)
def _recurring_list() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = alternation(stopwords("date")["recurring_list_before"])
    return (re.compile(rf"{before}\s?\((?:\s?\d{{1,2}}\s?月\s?[、,・])*\s?\Z"),
            re.compile(rf"{_MORE_MONTHS}\s?の\s?年\s?\d{{1,2}}\s?回"))


def recurring_month_list(text: str, c: Candidate) -> bool:
    """A year-less month in a list of a recurring schedule is every year's, no date: 偶数月(2月、4月、6月…),
    6月・10月・2月の年3回の支給 (stopwords.json date recurring_list_before); 「6月に開催し、年2回」 keeps its date."""
    if c.kind != "date" or "年" in text[c.start:c.end]:
        return False
    before, after = _recurring_list()
    if before.search(text, max(0, c.start - 40), c.start) is not None:
        return True
    # (a list a written year opens is that year's: 令和6年6月・10月の年2回)
    return after.match(text, c.end) is not None and _YEAR_OPENS_LIST.search(text, max(0, c.start - 40), c.start) is None


# one digit standing as a token after another lone digit or point: `1 4 ％`, `５ ０ 万 円`, `2 0 2 4 年`
_LONE_DIGIT_BEFORE = re.compile(r"\s[\d.]\s\Z")
_LONE_DIGIT = re.compile(r"\d(?![\d.,])")


def spaced_digits(text: str, c: Candidate) -> bool:
    """Text of a rotated chart or table layer comes out one character a token (`4 3 7 3 . . 9 8 ％ ％`): a
    number of one digit right after another lone digit or point (`1 4 ％`, `0 2％`) is a scrap of some other
    number, never a mention; `3.1% 56.5% 35.3%`, `19億円 ２億円` and `1 位 2 位` (one number a token) stay."""
    if c.kind in ("date", "fiscal_year") or not _LONE_DIGIT.match(text, c.start):
        return False
    head = text[c.start - 3:c.start] if c.start >= 3 else " " + text[:c.start]
    return _LONE_DIGIT_BEFORE.search(head) is not None


@lru_cache(maxsize=1)
def _label_before() -> re.Pattern[str]:
    words = sorted(stopwords("labels")["before"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")\s?\Z")


def after_label(text: str, c: Candidate) -> bool:
    """The number of a label (stopwords.json labels): グループ１暗号資産, フェーズ2; 「2グループ」 counts."""
    return c.kind in ("count", "duration", "amount", "percent", "rank") and \
        _label_before().search(text, max(0, c.start - 12), c.start) is not None


@lru_cache(maxsize=1)
def _amount_name() -> re.Pattern[str]:
    return re.compile(r"\s?(?:" + "|".join(map(re.escape, stopwords("amount")["not_after"])) + ")")


def amount_in_name(text: str, c: Candidate) -> bool:
    """An amount that is part of a name: 100円ショップ, 100円均一 (stopwords.json amount.not_after); 「100円の値上げ」 is an amount."""
    return c.kind == "amount" and _amount_name().match(text, c.end) is not None


#: one ellipsis (`…`, NFKC `...`) between a list item's label and its figure: a contents page's leader runs longer
_ONE_ELLIPSIS = re.compile(r"(?<![.・])\.{3}\s?\Z")


def toc_count(text: str, c: Candidate) -> bool:
    """A number after a leader is a table of contents' page number (`はじめに……3` + the next entry's title), unless
    one ellipsis stands before it and a known counter after it: a list item's count (`当財団枠…64名`, `実績…37団体`)."""
    if c.kind != "count" or _ending(_LEADER).search(text, max(0, c.start - 12), c.start) is None:
        return False
    return c.pattern != "counter" or _ONE_ELLIPSIS.search(text, max(0, c.start - 6), c.start) is None


@lru_cache(maxsize=16)
def _of_kind(kind: str) -> tuple[tuple[re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    """The compiled (before, after) regexes of the FILTERS that apply to a kind, in their order."""
    return tuple((_ending(f.before) if f.before is not None else None, _compiled(f.after) if f.after is not None else None)
                 for f in FILTERS if not f.kinds or kind in f.kinds)


def _rejected(text: str, c: Candidate) -> bool:
    """`any(f.rejects(text, c) for f in FILTERS)`, with the kind's filters looked up and the text around the
    candidate sliced once (every candidate asks every filter)."""
    head, tail = text[max(0, c.start - 12):c.start], text[c.end:c.end + 12]
    for before, after in _of_kind(c.kind):
        if (before is not None and before.search(head)) or (after is not None and after.match(tail) is not None):
            return True
    return False


def keep(text: str, c: Candidate) -> bool:
    """False when any filter rejects the candidate."""
    return (not _rejected(text, c) and not in_quoted_title(text, c) and not after_era_name(text, c)
            and not per_one(text, c) and not spaced_digits(text, c) and not amount_in_name(text, c)
            and not after_label(text, c) and not cited_report_year(text, c) and not toc_count(text, c)
            and not recurring_month_list(text, c))
