"""The kind of a document, from its title, as the last scope a money figure that no label names falls back on.

A figure's own line, its item, its label lines and its headings say what it is first (roles.py, scope.py). Where none
of them does, the document's kind still may: a citizens' guide to a benefit (`奨学金貸与制度について`, `児童手当制度の
改正`: a title naming what a resident receives, and no budget label) states the benefit's sizes under a heading that
names the amount given (`【貸付金額】`, `■支給月額`) with no label beside each figure (`• 自宅通学(月額) 15,000円以内`).
Those figures are the benefit's sizes per recipient: `support` (GUIDE: grant sizes per recipient, caps). A heading
that names what the resident pays or earns (`■所得制限限度額`, `■保険料額`, `■貸付金の返還額`) gives nothing.
The deck's kind is read from its title or its first short lines (`火災等見舞金のご案内`, under a site's name), and a guide's
table of sizes needs no heading (`全焼世帯 40,000円`, `| 20ミリメートル | 1,980円 |`: benefit_row): what a deck is about
decides the money nothing on its own line names (issue 21: bench/results/issue21_deck_roles.md).

The words are data (roles.json document_kinds, given_verbs). The kind is read once per deck (`kind`), published on the
outline's title node (its `labels`: `document:benefit_guide`, shown on the review page's outline) and kept as the
figure's `role_source` (`kind:benefit_guide`), so a reader sees why the figure got its role.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from . import outline as ol
from .labels import BUDGET_ROLES, LineInfo, label_role

BENEFIT_GUIDE = "benefit_guide"
EVALUATION = "evaluation"
#: how a figure's role reads when the document's kind gave it
SOURCE = "kind:" + BENEFIT_GUIDE
EVALUATED = "kind:" + EVALUATION
ROW_SOURCE = SOURCE + ":row"
#: a title is a short line
_TITLE_MAX = 40
#: how a role was left open (nothing said it, or a label line above only)
_OPEN = ("fallback", "under")
#: what stands between a fiscal year and the figure it labels alone (`2013年度の約3.3兆円`, `2022年度には約6.1兆円`)
_YEAR_OF = re.compile(r"\s*(?:の|は|には|に|で|が|:|：)?\s*(?:約|およそ|概ね)?\s*")
#: how far before a figure its year is looked for
_YEAR_REACH = 16
#: how far back a figure's sentence is read for a budget it names
_SENTENCE_REACH = 200


@lru_cache(maxsize=1)
def _benefit() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The nouns of what a resident is given (given_verbs and the guide's own nouns) and a heading naming its amount."""
    roles = load("roles")
    kind = roles["document_kinds"][BENEFIT_GUIDE]
    nouns = tuple(dict.fromkeys((*roles["given_verbs"], *kind["title_nouns"])))
    alternatives = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    return nouns, re.compile(f"(?:{alternatives}){kind['amount_after_noun']}")


def read(outline: ol.Outline, infos: Sequence[LineInfo], doc_label: tuple[str, int] | None) -> str | None:
    """The document's kind (`kind`), published on its outline's title."""
    found = kind(outline, infos, doc_label)
    if found is not None:
        publish(outline, found)
    return found


def apply(m: Mention, chain: Sequence[ol.Node], infos: Sequence[LineInfo], found: str | None, rows: list[Mention]) -> None:
    """The last fallback before `other`: in a benefit guide, a money figure nothing else named, under a heading that names
    the amount given, is the benefit's size; one on a row of the guide's table of sizes is kept in `rows` (`give_rows`)."""
    if found == BENEFIT_GUIDE and m.role == "other" and m.role_source in _OPEN and benefit_size(chain, infos):
        m.role, m.role_source = "support", SOURCE
    elif found == BENEFIT_GUIDE and m.role == "other" and m.role_source in _OPEN and benefit_row(infos[m.line_index], m) \
            and not _other_heading(chain, infos) and not _other_label_above(infos, m.line_index):
        rows.append(m)
    elif found == EVALUATION and m.role in (*BUDGET_ROLES, "other") and not _budget_named(infos[m.line_index], m) \
            and not _year_settled(infos[m.line_index], m):
        # a project's life cost, an estimate over its years: no year's money, no budget (fiscal_scope.py keeps it yearless)
        m.role, m.fy, m.role_source = "other", None, EVALUATED


def give_rows(rows: Sequence[Mention]) -> None:
    """A benefit guide's rows of sizes (`apply`) still open after the deck's table and shape passes (a column's budget,
    a `国費/事業費` pair) are the benefit's sizes: `support`, read as the deck's kind gave them."""
    for m in rows:
        if m.role == "other" and m.role_source in _OPEN:
            m.role, m.role_source = "support", ROW_SOURCE


def _budget_named(info: LineInfo, m: Mention) -> bool:
    """The figure's own sentence names a budget before it (`令和6年度予算に5億円を計上`) or a year's budget act (`令和5年度補正で
    8億円を措置`, `令和7年度当初に…を計上`: budget_acts): a budget even in an evaluation."""
    start = max(0, m.start - _SENTENCE_REACH)  # (a window: a long line stays linear)
    sentence = info.norm[info.norm.rfind("。", start, m.start) + 1 or start:m.start]
    words = load("roles")["document_kinds"][EVALUATION]
    return any(w in sentence for w in words["budget_words"]) or re.search(words["budget_acts"], sentence) is not None


def _year_settled(info: LineInfo, m: Mention) -> bool:
    """The figure's own label is a year's settlement or spending (`令和4年度決算 1,240万円`, `令和4年度の執行額　21億円`:
    roles.json assessment executed): one year's money, which keeps its year even in an evaluation."""
    years = info.years_starting(max(0, m.start - _YEAR_REACH), m.start)
    if not years:
        return False
    between = re.sub(r"[\s　:：約]|^の|は$", "", info.norm[years[-1].end:m.start])
    return between in load("roles")["assessment"]["executed"]


def evaluation(infos: Sequence[LineInfo]) -> bool:
    """The document is a public works project's evaluation (a 再評価 / 事後評価 sheet, an evaluation committee's material or
    its report): an evaluation word near the start of one of its first lines, and no budget word on that line nor on a
    line above it (`令和7年度 当初予算案の概要` then `公共事業評価の結果を踏まえ、…`: a budget's lead mentioning an evaluation)."""
    words = load("roles")["document_kinds"][EVALUATION]
    for t in [info.norm[:words["title_reach"]] for info in infos if info.norm.strip()][:words["title_lines"]]:
        for w in words["not_title_words"]:  # a local programme's evaluation sheet (事務事業評価): its years' budgets
            t = t.replace(w, "")
        if any(w in t for w in words["budget_words"]):
            return False
        if any(w in t for w in words["title_words"]):
            return True
    return False


def kind(outline: ol.Outline, infos: Sequence[LineInfo], doc_label: tuple[str, int] | None) -> str | None:
    """EVALUATION for a project's evaluation (`evaluation`); BENEFIT_GUIDE when the document's title names a benefit a
    resident receives and no budget label scopes the document; None otherwise."""
    if evaluation(infos):
        return EVALUATION
    if doc_label is not None:
        return None  # a budget document (`児童手当給付事業 令和6年度予算`): its label scopes its figures
    guide = load("roles")["document_kinds"][BENEFIT_GUIDE]
    for title in _titles(outline, infos, guide["title_lines"]):
        if (label_role(title) or ("",))[0] in BUDGET_ROLES or any(w in title for w in guide["not_title_words"]):
            return None  # (`令和7年度 奨学金貸付事業 当初予算`: a budget's title, whether or not its year reads as its label)
        # the title names a benefit as a noun (`児童手当`, `奨学金`), not only a giving verb (`普通交付税の交付額の決定`, a
        # revenue; `補助事業の実績報告`), and its recipients are residents, not the body's own people (`職員の特殊勤務手当`)
        if any(w in title for w in guide["own_people"]):
            return None
        if any(n in title for n in guide["title_nouns"]):
            return BENEFIT_GUIDE
    return None


def _titles(outline: ol.Outline, infos: Sequence[LineInfo], lines: int) -> list[str]:
    """The deck's title and its first short lines (a page's name, then the scheme's: `災害見舞金のご案内`), at most `lines` of
    them: where a deck says what it is about. A long line is prose, a line with a figure a row (`…貸付規模 4兆円`): no title."""
    found = [n.text.strip() for n in outline.nodes if n.kind == "title"][:1]
    found += [info.norm.strip() for info in [i for i in infos if i.norm.strip()][:lines] if not info.amounts]
    # an item of a list, a note or a glossary's entry (`・補助金等…国庫支出金など`): a legend of the figures, no title
    legend = re.compile(load("roles")["document_kinds"][BENEFIT_GUIDE]["not_title_line"])
    return [t for t in dict.fromkeys(found) if t and len(t) <= _TITLE_MAX and not legend.search(t)]


def publish(outline: ol.Outline, found: str) -> None:
    """Note the document's kind on its title node (the `outline` table's `labels`): where a reader sees it."""
    title = next((n for n in outline.nodes if n.kind == "title"), None)
    if title is not None and not any(x.startswith("document:") for x in title.labels):
        title.labels = (*title.labels, f"document:{found}")


def benefit_row(info: LineInfo, m: Mention) -> bool:
    """In a benefit guide: a row of its table of sizes (`| 全焼、全壊世帯 | 50,000円 |`, `国公立大学 20,000円`, `2011 1,600,802,000円`):
    a short line and no sentence; its label names no charge, income, total, budget, threshold or fund (row_not_label:
    `水道料金`, `所得制限`, `合計`), no sum is worked out on it (`43万円+10万円×…`: row_not_line) and the figure is no change
    (`(前年度比▲260千円)`)."""
    guide = load("roles")["document_kinds"][BENEFIT_GUIDE]
    norm = info.norm
    # a bare number, a strip of figures (`6,000 6,100 万円 与 600 610 万円`: a worked example's cells), a threshold
    if "円" not in m.text or len(info.amounts) > 1 or "at_least" in m.qualifiers:
        return False
    if len(norm.strip()) > guide["row_max"] or "。" in norm or re.search(guide["row_not_line"], norm):
        return False
    label = norm[:m.start]
    return not (re.search(guide["row_not_label"], label) or _statistic(label) or re.search(guide["row_change_before"], label)
                or re.match(guide["row_change_after"], norm[m.end:]))


def _other_heading(chain: Sequence[ol.Node], infos: Sequence[LineInfo]) -> bool:
    """A heading or label line over the figure (below the deck's title) names what the resident pays, earns or has been
    paid (`■所得制限限度額`, `■貸付金の返還額`, `■給食費(月額)`, `■支給実績`): the rows under it are no benefit's sizes."""
    for n in chain:
        if n.kind in ("title", "page_title"):
            return False
        if not infos[n.line_index].amounts and _names_other(n.text):
            return True
    return False


def _other_label_above(infos: Sequence[LineInfo], i: int) -> bool:
    """The label line right over the figure's rows (the first line above without a figure) names a charge, an income or a
    result (`所得制限限度額` over `扶養親族0人 622万円`), where the outline read it as no heading."""
    for info in reversed(infos[max(0, i - _ROWS_REACH):i]):
        if info.norm.strip() and not info.amounts:
            return _names_other(info.norm)
    return False


def _names_other(text: str) -> bool:
    """A heading or a table's label line naming a charge, an income, a result or a statistic: no benefit's sizes under it."""
    guide = load("roles")["document_kinds"][BENEFIT_GUIDE]
    return re.search(f"{guide['row_not_label']}|{guide['heading_not']}", text) is not None or _statistic(text)


def _statistic(text: str) -> bool:
    """A statistic of the applicant or the economy, or its capital, named (`年間出荷額`, `出資金`: roles.json statistic_labels,
    applicant_capital): a table of those is no benefit's sizes."""
    roles = load("roles")
    return any(w in text for w in (*roles["statistic_labels"], *roles["applicant_capital"]))


#: how many rows above a figure its table's label line is looked for
_ROWS_REACH = 12


def names_amount_given(text: str) -> bool:
    """A heading that names the amount a resident is given (`【貸付金額】`, `■支給月額`, `給付金の額`)."""
    return _benefit()[1].search(text) is not None


def benefit_size(chain: Sequence[ol.Node], infos: Sequence[LineInfo]) -> bool:
    """In a benefit guide: the innermost heading over the figure (or a label line without figures between them) names
    the amount given. A heading that names anything else ends the search (`■所得制限限度額` over `622万円`)."""
    for n in chain:
        if infos[n.line_index].amounts:
            continue  # the figure's own line, or an item with figures of its own: not a heading over it
        if names_amount_given(n.text):
            return True
        if n.kind in ("heading", "title", "page_title"):
            return False
    return False


def year_labelled(info: LineInfo, m: Mention) -> bool:
    """The figure is labelled by a fiscal year alone, right before it: under a title that names a budget but no year
    (`少子化対策関係予算の推移`), that year's budget (a trend told year by year: scope.py)."""
    years = info.years_starting(max(0, m.start - _YEAR_REACH), m.start)
    return bool(years) and _YEAR_OF.fullmatch(info.norm[years[-1].end:m.start]) is not None
