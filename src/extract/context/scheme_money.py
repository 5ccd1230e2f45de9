"""Money in a scheme that its own kind makes a grant or no grant, whatever grant's words stand near it (issue 21, roles28:
bench/results/issue21_roles28.md).

- **What residents pay** (`paid_charge`): a figure whose paragraph names a charge before it (`介護保険料は全国平均で月額
  4160円`) is what citizens pay, no grant, though a sum per month alone reads as a grant's size; so is the level of a charge
  named right after the figure (`月4500円の給食費全額を公費で負担`: roles30), though the sentence covers it.
- **What a fund holds or moves** (`fund_stock`): a balance or a drawdown (`基金取崩し(繰入)は49億円`, `年度末残高は、83億円`)
  is the issuer's own stock or transfer, no grant.
- **A condition's upper bound** (`condition_bound`): `1,000万円以下で…場合は` is a threshold, no grant.
- **What the issuer pays its people and contractors** (`own_outlay`, roles30): `費用弁償 日額1,500円`, `現地調査委託費
  2,687,000円`, `駅長の報酬180万円(月額15万円×12か月)` are the issuer's own outlay, no grant, though a sum per day reads as a
  grant's size and a row under a grant's row is chained as one.
- **A borrower's ceiling** (`loan_ceiling`): `融資限度額 2,000万円`, `1中小企業者8,000万円以内` is a cap per business, a grant's
  kind of figure (GUIDE: caps are support; the fresh20a call).

Each is read by grant_frame.reads_like_support (the fallback's grant test), so the figure's own label, read earlier
(roles.py), still wins; the giving verb test (grant_frame.given) is passed in, as grant_frame imports this module.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..word_lists import names_balance, per_recipient
from .labels import LineInfo

#: grant_frame.given: the figure is what a giving verb gives (`…に3万円を支給`)
Gives = Callable[[LineInfo, Mention], bool]

def paid_charge(info: LineInfo, m: Mention, given: Gives) -> bool:
    """The figure's paragraph names, before it, a charge residents pay (roles.json prices.paid_topics: `介護保険料は全国平均で
    月額4160円`, `保険料基準額を月額6300円とし`, `保険料が最も高いのは大阪市で7927円`): what citizens pay, no grant, unless the
    figure's own sentence gives or relieves (`保険料の一部を月額2,000円まで助成`, `基本料金を減免`, `…に5,000円を支給`;
    fresh20d's premiums read as grants)."""
    r = load("roles")
    prices = r["prices"]  # paid_reach: how far back on its line (a paragraph of prose) a charge's name is read
    if _charge_after().match(info.norm, m.end) is not None:
        return not given(info, m)  # `月4500円の給食費全額を公費で負担`: the charge's level, though the sentence covers it
    if not any(w in info.norm[max(0, m.start - prices["paid_reach"]):m.start] for w in prices["paid_topics"]):
        return False
    sentence = info.norm[info.sentence_start(m.start):info.sentence_end(m.end)]
    return not given(info, m) and not any(w in sentence for w in (*r["relief_words"], *r["support_hints"]))


@lru_cache(maxsize=1)
def _charge_after() -> re.Pattern[str]:
    """A charge named right after the figure, or after the parallel list of figures it opens (roles.json prices.paid_after)."""
    prices = load("roles")["prices"]
    words = "|".join(map(re.escape, (*prices["paid_topics"], *prices["paid_after"])))
    return re.compile(prices["paid_after_list"] + prices["paid_after_tail"].replace("WORDS", words))


def fund_stock(info: LineInfo, m: Mention, given: Gives) -> bool:
    """The figure's sentence right before it names a balance or a fund's move (roles.json fund_moves, balance_words:
    `年度末残高は、83億円`, `基金取崩し(繰入)は49億円`, `残高13億円全額を取り崩します`): the issuer's own stock or transfer,
    no grant, unless its own verb gives it (`基金を取り崩して1世帯3万円を支給`)."""
    r = load("roles")
    before = _before(info, m, r["fund_moves_reach"])
    return (names_balance(before) or any(w in before for w in r["fund_moves"])) and not given(info, m)


def own_outlay(info: LineInfo, m: Mention, given: Gives) -> bool:
    """The figure's own label, right before it, names what the issuer pays its people or contractors (roles.json own_outlays:
    `日当 3,000円`, `宿泊料 甲地方 13,100円`, `業務委託費(495千円)`, `物品購入費(4品:2,810千円)`), or it is the bracketed
    breakdown of such an outlay's figure (`報酬180万円(月額15万円×12か月)`): no grant, unless it is capped (`報酬 1日1万2500円
    以内`: what the public pays at most) or given (`…に日当として3,000円を支給`)."""
    r = load("roles")
    before = info.norm[max(info.clause_start(m.start), m.start - _OUTLAY_REACH):m.start]
    words = "|".join(map(re.escape, r["own_outlays"]))
    named = re.search(f"(?:{words}){r['own_outlay_tail']}", before) or re.search(f"(?:{words}){r['own_outlay_bracket']}", before)
    return named is not None and _CAPPED.match(info.norm, m.end) is None and not given(info, m)


#: how far back the outlay's name is read (`駅長の報酬180万円(月額`)
_OUTLAY_REACH = 24


#: what caps a borrower's amount right after it (`8,000万円以内`, `9,000万円まで`)
_CAPPED = re.compile(r"\s*(?:以内|まで|迄)")


def loan_ceiling(info: LineInfo, m: Mention) -> bool:
    """A borrower's ceiling in a loan scheme (roles.json loan_ceiling): a loan's or a guarantee's ceiling named right before
    the figure (`融資限度額四千万円`, `保証限度額 | 8億8,000万円`), or one borrower right before a capped figure
    (`1中小企業者8,000万円以内`, `1組合1億円まで`: a cap per business, a loan's or a grant's); not the body's own borrowing
    (`一時借入金の限度額`) nor a budget's debt limit; nor a lending frame's whole (`融資枠の限度額は総額100億円`: totals) nor
    a figure that is a budget itself (`予算額 5億円`: budget_figure; a borrower's ceiling `（予算の範囲内で融資）` stays)."""
    words = load("roles")["loan_ceiling"]
    kind = _line_kind(info)
    before = _before(info, m, words["reach"])  # reach: `限度額は特別小口(保証人なし)が500万円`
    if kind == "excluded" or re.search(words["budget_figure"], before) is not None:
        return False
    named = next((w for w in words["words"] if w in before), None)
    if named is not None and (named != "限度額" or kind == "loan"):
        return not any(w in before for w in words["totals"])
    return re.search(words["per_borrower"], before) is not None and _CAPPED.match(info.norm, m.end) is not None


def _line_kind(info: LineInfo) -> str:
    """`excluded` for a line naming the body's own borrowing or a budget's debt, `loan` for one naming a loan, else "" (once
    per line: a long line's every figure asks)."""
    kind = info.memo.get("loan_line")
    if not isinstance(kind, str):
        words = load("roles")["loan_ceiling"]
        kind = "excluded" if any(w in info.norm for w in words["not_line"]) \
            else "loan" if any(w in info.norm for w in words["line_words"]) else ""
        info.memo["loan_line"] = kind
    return kind


def condition_bound(info: LineInfo, m: Mention) -> bool:
    """The figure bounds a condition from above (roles.json condition_after: `1,000万円以下で特別小口保証に付する場合は不要`,
    `10万円未満の場合は`): a threshold, no grant's size, though the rows above it are a scheme's caps; not a grant's cap
    (`補助金の額は1件10万円以下で、予算の範囲内で交付します`)."""
    found = _condition_after().match(info.norm, m.end)
    return found is not None and not _grant_cap(info, m, found.end())


def _grant_cap(info: LineInfo, m: Mention, end: int) -> bool:
    """A bound `N円以下で、…` that caps a grant (roles.json condition_cap): no `場合` follows it in its sentence, and its
    clause names the grant's amount (`補助金の額は`, `交付額は`, `上限`), or the sentence goes on to give (given_verbs) what
    one recipient gets (`1件`, `1人あたり`) with no other subject bounded (`年収が…以下で、…支給`: a condition)."""
    r = load("roles")
    cap = r["condition_cap"]
    if cap["case"] in info.norm[m.end:info.sentence_end(m.end)]:
        return False
    clause = re.split(r"[。、,，;；]", _before(info, m, cap["reach"]))[-1]
    if re.search(cap["amount"], clause) is not None:
        return True
    gives = any(w in info.norm[end:info.sentence_end(m.end)] for w in r["given_verbs"])
    return gives and any(w in clause for w in per_recipient()) and re.search(cap["subject"], clause) is None


def _before(info: LineInfo, m: Mention, reach: int) -> str:
    """The figure's sentence before it, after the figure before it, at most `reach` characters."""
    return info.norm[max(info.sentence_start(m.start), info.end_before(m.start), m.start - reach):m.start]


@lru_cache(maxsize=1)
def _condition_after() -> re.Pattern[str]:
    return re.compile(load("roles")["condition_after"])
