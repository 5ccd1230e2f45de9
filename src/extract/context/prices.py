"""Prices and unit values inside a programme list's descriptions (a local budget summary's `・…を補助します` lines): what one
unit costs or is worth, not the programme's budget (GUIDE: grant sizes and caps are `support`; fees, prices and other
rates `other`).

- **A unit value times a count** (`助成券(2,000円×5枚)`, `1万円×3回`) and **a price per unit of consumption**
  (`給食費は1食あたり、小学校360円`, `1回当たり500円`; the unit is a thing consumed, roles.json prices.unit_counters; a grant
  per recipient, `1人当たり`, is not read here): in a sentence that gives a grant (a support word, `補助`, `助成`, or a giving
  verb: `1泊あたり最大5,000円を助成`) the grant per unit, `support`; elsewhere a price, `other`.
- **The budget per resident** (`市民1人当たりの予算額:44.8万円`, `県民一人あたりの予算規模`): a resident per-head word and
  a budget's word before the figure, `other` (read by prose_roles.per_inhabitant).
- **A statistic per head** (`[納税額(町税)]1人当たり:11万円・1世帯当たり:25万円`): a figure right after a per-head label
  with a colon, on a line that names a cost, a tax or the budget (roles.json prices.per_head_stats) and no grant, `other`
  (`出産祝金 1人当たり:5万円` is a grant's size).
- **A charge by its label** (`参加者負担金 1人3万円`, `参加費 1人500円`, `利用料1回300円`; roles.json prices.fee_labels):
  what each participant pays, `other`.
- **A fee the recipient pays** (`副食費は月4,800円`, `保護者負担を月2,000円に減免`): a per-period figure whose clause names
  the charge (`…費は`, `…料は`, `負担を`; roles.json prices.fee_before), `other`; in a sentence that gives a grant
  (`遠距離通学費は月額5,000円を上限に補助`) the grant's cap, `support`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .grant_frame import given
from .labels import LineInfo

_CLAUSE_END = re.compile(r"[。、，,；;]")
@lru_cache(maxsize=1)
def _fee_label() -> re.Pattern[str]:
    """A charge's label with its unit right before the figure (`参加費 1人`, `利用料1回`; roles.json prices.fee_labels)."""
    labels = "|".join(re.escape(w) for w in load("roles")["prices"]["fee_labels"])
    unit = r"(?:(?:1|１|一)\s*(?:人|回|食|枚|泊|日)\s*(?:当たり|あたり|につき)?)?"
    return re.compile(rf"(?:{labels})\s*[:：]?\s*{unit}\s*(?:月額|年額)?\s*約?\s*$")


#: a per-head label closing right before its figure (`1人当たり:`, `1世帯あたり：`)
_PER_HEAD_LABEL = re.compile(r"(?:1|１|一)\s*(?:人|世帯)\s*(?:当たり|あたり)\s*[:：]\s*$")
_LABEL_REACH = 12
#: how a role was left to the scope, the label above or the fallback: only such figures are read (their own label wins)
LEFT = ("scope", "fallback", "under")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = load("roles")["prices"]
    counters = "|".join(re.escape(c) for c in words["unit_counters"])
    times = re.compile(rf"\s*[×xX✕]\s*[0-9０-９]+\s*(?:{counters})")
    per_unit = re.compile(rf"(?:1|１|一)\s*(?:{counters})\s*(?:当たり|あたり|につき)")
    fee = re.compile("(?:" + "|".join(words["fee_before"]) + r")\s*(?:月額|年額|月|年)?\s*$")
    return times, per_unit, fee


@lru_cache(maxsize=1)
def _cap_topic_pattern() -> re.Pattern[str]:
    caps = "|".join(re.escape(w) for w in load("roles")["cap_terms"]["caps"])
    return re.compile(rf"(?:{caps})\s*(?:は|:|：)")


def _cap_topic(sentence: str) -> bool:
    """The sentence before the figure makes a cap its topic (`上限額は1人1泊当たり1万4千円`, `…減免の上限額は、…授業料が70万円
    (年額)`): a grant's cap per unit, no price; not a charge's cap (`駐車料金は1回500円、上限は1日1,000円`: a fee's word before it)."""
    found = _cap_topic_pattern().search(sentence)
    words = load("roles")["prices"]
    return found is not None and not any(w in sentence[:found.start()] for w in (*words["fee_labels"], *words["fee_before"]))


def _gives(info: LineInfo, start: int, whole: str) -> bool:
    """Whether the sentence starting at `start` gives a grant (`…を助成`, `商品券(1,000円×10枚)を配布`): read once a
    sentence, as a bulleted line holds thousands of figures in one sentence."""
    seen = info.memo.setdefault("price_gives", {})
    assert isinstance(seen, dict)
    if start not in seen:
        # (a discount's or a waiver's word is no gift here: `保護者負担を月2,000円に減免` names the charge that remains)
        seen[start] = any(h in whole for h in (*load("roles")["support_hints"], *load("roles")["given_verbs"]))
    return bool(seen[start])


def read(info: LineInfo, m: Mention) -> str | None:
    """`support` or `other` for a unit value, a price or a fee (module docstring), else None; a figure left `other` is read
    for a voucher's face value only."""
    if voucher_value(info, m) or voucher_issue(info, m) or _spent(info, m, "voucher_spend"):
        return "support"  # `2000円分のクーポンを1000円で販売`: what each holder receives; `発行総額4億円`: what they receive in all
    if _spent(info, m, "voucher_sale"):
        return "other"  # `商品券を1セット1万円で販売`: what the buyer pays
    if m.role == "other":
        return None
    times, per_unit, fee = _patterns()
    start, end = info.sentence_start(m.start), info.sentence_end(m.end)
    sentence = info.norm[start:m.start]
    # a unit's value, a price or a fee in a sentence that gives a grant (`1泊あたり最大5,000円を助成`, `…月額5,000円を上限
    # に補助`) is the grant's size per unit
    whole = info.norm[start:end]
    unit = "support" if given(info, m) or _gives(info, start, whole) or _cap_topic(sentence) else "other"
    own = info.norm[max(start, info.end_before(m.start)):m.start]  # (a bracket's `1回あたり1,500円` is not the figure after it)
    if times.match(info.norm, m.end) or per_unit.search(own):
        return unit
    if m.per in ("month", "year", "day") and fee.search(_CLAUSE_END.split(info.norm[:m.start])[-1]):
        return unit
    if _fee_label().search(info.norm[max(0, m.start - _LABEL_REACH - 8):m.start]):
        return "other"  # `参加者負担金 1人3万円`, `参加費 1人500円`: what each participant pays
    if unit == "other" and re.search(load("roles")["resident_per_head"] + r"\s*(?:当たり|あたり)\s*[:：]?\s*約?\s*$",
                                     sentence[-40:]):  # (its label is right before it: a bounded tail, not the sentence)
        return "other"  # `村民1人あたり 約186万円`: a statistic per resident, no grant
    if _PER_HEAD_LABEL.search(info.norm[max(0, m.start - _LABEL_REACH):m.start]) and not info.support_hint \
            and not given(info, m) and any(w in info.norm[:m.start] for w in load("roles")["prices"]["per_head_stats"]):
        return "other"  # `[使用する費用(一般会計)]1人当たり:176万円・1世帯当たり:386万円`: a statistic per head, no grant
    return None


@lru_cache(maxsize=1)
def _voucher() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A voucher's face value after a figure, a voucher's word, a voucher programme's issue label before a figure."""
    p = load("roles")["prices"]
    nouns = f"(?:{p['voucher_nouns']})"
    return re.compile(p["voucher_value"] + nouns), re.compile(nouns), re.compile(p["voucher_issue"])


#: how far before its issue's figure a voucher's word is read (`…商品券を発行する。(発行総額:24億円)`)
_ISSUE_REACH = 60


def voucher_issue(info: LineInfo, m: Mention) -> bool:
    """The figure states a voucher programme's issue in all (`プレミアム商品券は、発行総額4億2千万円で`; roles.json
    prices.voucher_issue) with a voucher's word before it on its line: its 事業規模, support; not a bond's issue (`市債発行額`)."""
    _, nouns, issue = _voucher()
    return issue.search(info.norm, max(0, m.start - _LABEL_REACH), m.start) is not None \
        and nouns.search(info.norm, max(0, m.start - _ISSUE_REACH), m.start) is not None


#: how far back a figure's clause is read for a total's word (`発行総額4億2千万円分の商品券`: the whole issue, no one's value)
_TOTAL_REACH = 12


def voucher_value(info: LineInfo, m: Mention) -> bool:
    """The figure is a voucher's face value (`2000円分のクーポンを1000円で販売`, `5000円分の割引クーポンがあたる`, `1万円相当の
    商品券`; roles.json prices.voucher_value): what each holder receives, a grant's size (GUIDE: support); the price the
    holder pays is no voucher's value, nor a total of the issue (`総額N円分の商品券`: roles.json total_labels)."""
    found = _voucher()[0].match(info.norm, m.end)
    if found is None:
        return False
    clause = _CLAUSE_END.split(info.norm[max(0, m.start - _TOTAL_REACH):m.start])[-1]
    rest = info.norm[found.end():].split("。", 1)[0]  # `…商品券の寄贈を受けた`: the body's own vouchers, no holder's
    words = load("roles")
    return not any(w in clause for w in words["total_labels"]) and not any(w in rest for w in words["prices"]["voucher_kept"])


@lru_cache(maxsize=2)
def _after(key: str) -> re.Pattern[str]:
    return re.compile(load("roles")["prices"][key])


def _spent(info: LineInfo, m: Mention, key: str) -> bool:
    """A voucher's face value (`1万円の買い物が可能`, `1万3千円分が使える`: roles.json prices.voucher_spend) or its price
    (`1セット1万円で販売`: prices.voucher_sale), by the words right after the figure, in a sentence naming a voucher."""
    if _after(key).match(info.norm, m.end) is None:
        return False
    return _voucher()[1].search(info.norm[info.sentence_start(m.start):info.sentence_end(m.end)]) is not None


def per_resident(before: str) -> bool:
    """The words before a figure state the budget per resident (`市民1人当たりの予算額`): a resident's per-head word, a
    per-head word and a budget's word (roles.json resident_per_head, prose.per_head, level_topics)."""
    words = load("roles")
    head = re.search(words["resident_per_head"], before) is not None or _HOUSEHOLD.search(before) is not None
    return head and any(p in before for p in words["prose"]["per_head"]) and any(t in before for t in words["level_topics"])


#: a household as the unit of a per-head statistic (`1世帯当たりの予算額`)
_HOUSEHOLD = re.compile(r"(?:1|１|一)\s*世帯")
