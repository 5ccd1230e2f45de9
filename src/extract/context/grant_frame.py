"""Whether a figure that no label names is a grant's size: its FRAME says so, not a word near it (issue 21).

`support` is a grant size per recipient, a cap, a rate, a per-unit amount, a grant's floor, or a figure whose own clause
names a grant's amount (`助成額`, `支援額`: support_own), or what a giving verb gives (`世帯に3万円を支給`). A programme's
name that holds a grant's word (`子育て支援事業 1,200万円`, `…補助金 N千円`, `中小企業支援に5億円を計上`) frames the
programme's cost: not a grant. Precedence: the figure's
own frame (roles.py labels, then here), then the scope's kind for items and appropriations (scope.py), then other.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from ..rules.tokens import tokens
from ..word_lists import per_recipient
from ..word_lists import per_unit as per_unit_words
from .award_lists import award_row, done_otherwise, grant_amount_word, grants_just_above, names_loan, names_revenue, new_section_above
from .ceiling_lists import amounts_by_start
from .cost_estimates import cost_before
from .cost_floors import eligible_item_floor
from .grant_words import cap_after, names_own
from .labels import SLASH_UNIT, LineInfo, label_role, resident_share, support_hints
from .list_labels import LABEL_LINE_MAX, budget_cell, budget_header, cap_column, capped_rows_hint, headed_by_cap, hint_near, unrelieved_rows
from .scheme_money import condition_bound, fund_stock, loan_ceiling, own_outlay, paid_charge

_SUM_SIGN = re.compile(r"円\s*[=＝]")
_SUM_HEAD = re.compile(r"\s*[(（]\s*(?:合計|総計|計)\s*[)）]")


def closes_group(info: LineInfo) -> bool:
    """A sum line (`計`, `合計`, `総計` before its figure) ends the group of lines above it."""
    head = info.norm[:info.amounts[0].start].strip(" |｜:：　")
    return head in ("計", "合計", "総計")


#: how far before a figure (characters of its clause) a grant's word is read
_SUPPORT_REACH = 16


def _names_programme(clause: str) -> bool:
    """The words before the figure name a measure (`…に対する支援`, `…支援事業`): the figure is its cost, not a grant."""
    return re.search(r"(?:に対する|への|の)?支援(?:事業|策|制度)?\s*[:：]?\s*$", clause) is not None and \
        re.search(r"(?:支援額|支援規模|上限|当たり|あたり)", clause) is None




def _grant_label(text: str) -> bool:
    """A label line that frames the figures under it as grants: a header of its own (`支援タイプ`, `補助上限額`), or a line
    with a grant's amount, cap, rate or per-unit words (`支援額`, `1件当たり`); a line of prose that merely names a kind of
    programme (`…統合型校務支援システムの導入`) frames none, nor a line naming money received (`見舞金の受入状況`)."""
    text = text.strip(" |｜　")
    if names_revenue(text) or text.rstrip(" :：)）").endswith(tuple(load("roles")["fund_names"])):
        return False  # (`スポーツ大会出場助成基金` over its balances: a fund's name, no grant's frame)
    header = len(text) <= LABEL_LINE_MAX and "。" not in text
    return header or any(w in text for w in load("roles")["support_own"])


#: how far around a scale's figure (characters of its sentence) its grant's word is read
_SCALE_REACH = 40


def _support_scale(info: LineInfo, m: Mention) -> bool:
    """A support's scale (GUIDE: 支援規模, 事業規模 are `support`) written after its figure in a sentence on a grant
    (`資金繰り支援のため、…40億円規模の融資枠`, `20兆円規模の先行投資支援`); not a budget's scale (`5億円規模の補正予算`)."""
    after = info.norm[m.end:m.end + _SCALE_REACH]
    if not after.lstrip().startswith(tuple(load("roles")["scale_after"])):
        return False
    clause_after = re.split(r"[。、，,]", after)[0]
    if label_role(clause_after) is not None or any(w in clause_after for w in load("roles")["budget_clause"]):
        return False
    before = info.norm[max(0, m.start - _SCALE_REACH):m.start].split("。")[-1]
    return any(h in before + clause_after for h in support_hints())


#: what ends an open bracketed note before a figure (its close, or a sentence's end)
_NOTE_BREAKS = ")）。"
#: how far before a figure its note's bracket and the giving verb before it may stand (notes of sizes are short)
_NOTE_REACH = 200


def _sizes_after_grant(info: LineInfo, m: Mention) -> bool:
    """A bracketed note right after a sentence that gives money states the grant's sizes (`…支援給付金を給付する。
    (中小企業20万円、個人事業主10万円)`)."""
    # a bounded window: a search over the whole prefix made every figure of a long line cost the line's length
    before = info.norm[max(0, m.start - _NOTE_REACH):m.start]
    opened = max(before.rfind("("), before.rfind("（"))
    if opened < 0 or any(c in before[opened + 1:] for c in _NOTE_BREAKS):
        return False
    sentence = before[:opened].rstrip()
    return sentence.endswith("。") and sentence[:-1].endswith(tuple(load("roles")["grant_verbs"]))



def _expense_name(text: str) -> bool:
    """A programme's or an expense's name (`障害者自立支援給付費 |`), not a grant's label (`研究費`, `補助上限額`)."""
    name = text.strip(" |｜　:：")
    return name.endswith(tuple(load("roles")["expense_name_ends"])) and label_role(name) is None



def project_floor(info: LineInfo, m: Mention) -> bool:
    """A floor of the applicant's project (`生産等設備取得額が「1,000万円以上」`, `投下固定資産総額が1億円以上`, `補助対象事業費の
    下限`): the size of the project a grant takes (GUIDE: 事業規模 is support), not a statistic of the applicant
    (`研究費受入額が…以上`, `年商…`). The clause before the figure names the project's cost (roles.json project_size)."""
    clause = own_clause(info, m)
    prev = info.end_before(m.start)
    if prev and _VARIANT.fullmatch(info.norm[prev:m.start]):  # `1億円(中小企業者:3千万円)以上`: the first figure's clause
        k = bisect_left(info.amount_ends, prev)
        if k < len(info.amounts) and info.amounts[k].end == prev:
            clause = own_clause(info, info.amounts[k])  # (`設備投資費用が1億円(中小企業者は3,000万円)以上`)
    words = load("roles")["project_size"]
    label = _LABEL_TAIL.sub("", clause).replace("の額", "額")  # (`新たに取得する固定資産の額が`: 固定資産額)
    head = _LABEL_TAIL.sub("", info.norm[max(prev, m.start - _NOTED_REACH):m.start])
    if (note := _NOTE_TAIL.search(head)) is not None:  # (`工事費用(消費税…を除く)が5万円以上`: the note says what the cost
        clause = re.split(r"[。、,，;；]", head[:note.start()])[-1][-_SUPPORT_REACH:]  # leaves out; the label is before it)
        label = _LABEL_TAIL.sub("", clause).replace("の額", "額")
    if label.endswith(tuple(words["ends"])) and not statistic(clause):
        return True
    after = _FLOOR_AFTER.match(info.norm, m.end)
    return after is not None and info.norm[after.end():after.end() + 6].startswith(tuple(words["after"]))


#: what may follow a floor's label before its figure (`…費が`, `…の合計が`, `…の総額は`)
_LABEL_TAIL = re.compile(r"(?:\s*(?:の合計|の総額)?\s*(?:が|は|の|[:：「『])\s*)+$")
#: a bracketed note closing a floor's label (`工事費用(消費税及び地方消費税に相当する額を除く)`)
_NOTE_TAIL = re.compile(r"\s*[(（][^()（）]{1,40}[)）]$")
#: how far back a floor's label and its note are read
_NOTED_REACH = 60
#: a floor written before the project it bounds (`3,000万円以上の`, `500万円を超える`)
_FLOOR_AFTER = re.compile(r"\s*(?:以上|超|を超える|を上回る)\s*の?\s*")


#: words that make a figure a total over many recipients, not one grant's size
_WHOLE = ("総額", "累計", "合計", "総計")
#: how far back in its sentence the count of recipients a total is over is read
_MANY_REACH = 60


def _total_of_many(info: LineInfo, m: Mention, clause: str) -> bool:
    """A total over a count of recipients stated before it in its sentence (`昨年度は45件、総額1億8,000万円を交付しました`), not
    one grant's cap or size (`総額で500万円までを補助上限額`, `助成総額:約6億円`: no count)."""
    if not any(w in clause for w in _WHOLE):
        return False
    starts = info.memo.get("count_starts")
    if not isinstance(starts, list):
        starts = info.memo["count_starts"] = sorted(x.start for x in info.mentions if x.kind == "count")
    lo = max(info.sentence_start(m.start), m.start - _MANY_REACH)
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < m.start

#: a bracketed variant right after a figure, for another kind of applicant (`(中小企業者:`, `（中小企業者は`)
_VARIANT = re.compile(r"\s*[(（][^()（）、。]{0,12}")


def statistic(clause: str) -> bool:
    """The figure's own label is a statistic of the applicant or the economy (`年商10億円未満`, `売上高が1億円以上`): no
    grant's size. The word labels the figure (only a particle between), not a word inside a recipient's name
    (`低所得世帯に3万円`)."""
    return _statistic_label().search(clause) is not None


@lru_cache(maxsize=1)
def _statistic_label() -> re.Pattern[str]:
    roles = load("roles")
    words = "|".join(re.escape(w) for w in sorted((*roles["statistic_labels"], *roles["applicant_capital"]), key=len, reverse=True))
    return re.compile(rf"(?:{words})\s*(?:が|は|の|で|[:：])?\s*(?:約|概ね|年間)?\s*$")


def _open_size(m: Mention) -> bool:
    """A range, a cap or a sum a year (`年額約3～5億円`, `50万円未満`): a grant's size under a grant's word; no band (`30億円台`)."""
    width = int(m.max - m.min + 1) if m.min is not None and m.max is not None else 1  # a band: N億..N億9999万9999円
    return m.per == "year" or "at_most" in m.qualifiers or width > 1 and not (str(width).rstrip("0") == "1" and not m.min % width)


@lru_cache(maxsize=1)
def _given_pattern() -> re.Pattern[str]:
    words = load("roles")
    verbs = "|".join(re.escape(v) for v in words["given_verbs"])
    # the verb, not a noun that begins with it (`…円を交付税及び譲与税配付金特別会計に繰り入れる`); `交付予定` still gives
    nouns = "|".join(re.escape(t) for t in words["given_verb_noun_tails"])
    adverbs = "|".join(re.escape(a) for a in words["given_adverbs"])
    received = "|".join(re.escape(r) for r in words["given_received"])
    objects = "|".join(re.escape(v) for v in words["given_object_verbs"])
    as_ = "|".join(re.escape(v) for v in words["given_object_as"])
    recipient = words["given_recipient"]  # (`78億円を10党に交付`: the recipient between the object and its verb; not
    asked = words["given_recipient_asked"]  # `1億円を県に補助申請`: money the issuer asks for)
    # (`…円を本市に交付するよう要望`, `…円の交付を要請`: the giving verb asked of another government, no grant made)
    requested = "|".join(re.escape(w) for w in words["given_requested"])
    # (`(およそ40億円) を拠出`: the yen in brackets after a foreign currency's figure; `…円が採択された`: passive; `2億円助成`: a
    # headline's verbal noun; `政党交付金78億円を10党に交付`, `1ha当り45,000円(上限5,000千円)を森林組合に補助`: the recipient
    # between; `(約150億円) を提供`: the money itself the object, not `500円の弁当を提供`; not `…円の交付を受けた`:
    # money received; `約5億円を緊急無償資金協力として提供`: what the money is given as may stand between)
    return re.compile(rf"(?:\s*[*＊]?\s*[)）]?\s*(?:分)?(?:の[^、。を]{{0,10}}?)?(?:を|の|が)\s*(?:{adverbs})?\s*(?:{verbs})(?!{nouns})"
                      rf"|\s*(?:[(（][^()（）]{{0,20}}[)）])?\s*[)）]?\s*を\s*(?:{recipient})\s*(?:{adverbs})?\s*(?:{verbs})"
                      rf"(?!{nouns}|{asked})(?![^、。]{{0,6}}?(?:{received}))"
                      rf"|\s*[*＊]?\s*[)）]?\s*を\s*(?:[^、。を]{{1,14}}?(?:{as_})\s*)?(?:{adverbs})?\s*(?:{objects})(?!{nouns})"
                      rf"|(?:{verbs})(?=$|[、。,，\s!！]|し|す|さ))(?![^、。]{{0,6}}?(?:{received}))"
                      rf"(?![^、。]{{0,6}}?(?:{requested}))")


def given(info: LineInfo, m: Mention) -> bool:
    """The figure is what a giving verb gives its recipients (`世帯に3万円を支給`, `5000円の商品券の配布`), or a size listed
    in parallel before the one it gives (`第1子5万円、第2子10万円、第3子以降20万円を支給`)."""
    if _given_pattern().match(info.norm, m.end) is not None:
        return not _received_passive(info, m)
    starts, ordered = amounts_by_start(info)
    k = bisect_left(starts, m.end)  # the amounts after the figure, found by bisection: a long line stays linear
    later = ordered[k:k + _PARALLEL]
    end = m.end
    for a in later:
        if not parallel_gap(info.norm[end:a.start]):
            return False
        if _given_pattern().match(info.norm, a.end) is not None:
            return True
        end = a.end
    return False


_PASSIVE = re.compile(r"\s*[)）]?\s*が\s*[^、。を]{0,6}?さ?れ")  # (`7割(16億円)が交付される`: its bracket closed first)


def _received_passive(info: LineInfo, m: Mention) -> bool:
    """A passive gift the issuer received (`国の臨時交付金として3,000万円が交付され、基金に積み立てた`): the figure named as
    what it came as, its clause naming the issuer's revenue (`交付税措置で7割(16億1千万円)が交付される`: award_revenue_words),
    or banked in the sentence after; a grant decided for its recipients (`…87億円が採択された`) is given."""
    if _PASSIVE.match(info.norm, m.end) is None:
        return False
    words = load("roles")
    end = m.start  # (the words before the figure, blanks stripped, read in place: a copy of the line's head per figure
    while end and info.norm[end - 1].isspace():  # made a long line quadratic)
        end -= 1
    after = info.norm[m.end:info.sentence_end(m.end)]
    seps = _separators(info)
    k = bisect_left(seps, end)
    clause = info.norm[seps[k - 1] + 1 if k else 0:end]  # (`交付税措置で7割(16億円)が交付される`: the issuer's revenue, received)
    return info.norm.endswith(tuple(words["given_passive_as"]), 0, end) or names_revenue(clause) \
        or any(w in after for w in words["given_passive_received"])


def _separators(info: LineInfo) -> list[int]:
    """Where the line's `、。,，` stand, in order (computed once per line): the clause before a figure, by bisection."""
    got = info.memo.get("grant_frame.separators")
    if got is None:
        got = info.memo["grant_frame.separators"] = [i for i, c in enumerate(info.norm) if c in "、。,，"]
    return got  # type: ignore[return-value]


#: how many sizes a parallel list before its giving verb holds at most, and what stands between two of them (a comma and the
#: next recipient's short label; or the list's close, `など、…90法人に総額`, before the sum it gives: fresh14b's shares)
_PARALLEL = 6
_PARALLEL_GAP = re.compile(r"\s*[、,，]\s*[^、。,，円]{0,12}|\s*(?:など|等)\s*[、,，][^、。円]{0,40}?に\s*(?:総額|合計|計)?\s*")
#: a longer recipient's label between two sizes (`、2回目(出産後)子ども1人あたり`): read by its parts of speech
_LONG_GAP = re.compile(r"\s*[、,，]\s*([^、。,，円]{13,30})")


def parallel_gap(gap: str) -> bool:
    """What stands between two sizes listed in parallel: a comma and the next recipient's label, a noun phrase (Sudachi:
    nouns, suffixes, numerals, brackets and `の`, no verb, adjective or other particle: `、第3子以降`,
    `、2回目(出産後)子ども1人あたり`; not `、対象となる世帯には`, a clause of its own)."""
    if _PARALLEL_GAP.fullmatch(gap):
        return True
    long = _LONG_GAP.fullmatch(gap)
    return long is not None and all(_NOUN_PHRASE.match(pos) or word == "の" for word, pos in tokens(long.group(1).strip()))


_NOUN_PHRASE = re.compile(r"名詞|接尾辞|接頭辞|補助記号|空白")


def own_frame(info: LineInfo, m: Mention) -> bool:
    """The figure's own words frame it as a grant: a per-unit amount (`1課題あたり`), a grant's amount, cap or rate word in
    its clause before it (`補助上限 50万円`, `1件当たり 100万円`, `助成額 300万円`), or a cap it is (`20万円を上限に…補助`);
    never a threshold (`…以上`) nor a cost's estimate."""
    if "at_least" in m.qualifiers:
        return False
    clause = own_clause(info, m)
    if m.per is not None and m.per != "year" or per_unit(info, m) or cap_after(info, m) or _per_one().search(clause):
        return True
    framed = names_own(clause) or grant_amount(info, m, clause)
    return framed and not (statistic(clause) or cost_before(info.norm, m.start, m.end))


@lru_cache(maxsize=1)
def _per_one() -> re.Pattern[str]:
    """One unit and a per-unit word closing the clause right before the figure (`1kWhにつき`, `1契約あたり`: word_lists.per_unit),
    not a topic's `…につきましては` nor a figure's own count (`12件につき`)."""
    return re.compile(r"(?<![0-9０-９.])[1１一]\s*[^\d、。\s]{1,6}?(?:" + "|".join(map(re.escape, per_unit_words())) + r")\s*$")


def _capped_per_one(info: LineInfo, m: Mention) -> bool:
    """A cap word closes the figure's clause and a bracket right after it says the cap is per one project or recipient
    (`上限1,500万円（1課題・1年度あたり）`)."""
    return names_own(own_clause(info, m)) and _per_one_after().match(info.norm, m.end) is not None


@lru_cache(maxsize=1)
def _per_one_after() -> re.Pattern[str]:
    return re.compile(r"\s*[(（]\s*[1１一][^()（）]{0,12}?(?:" + "|".join(map(re.escape, per_unit_words())) + r")\s*[)）]")


#: an arithmetic operator and a rate right after the figure (`300百万円 × 4/15`): the base a grant is computed from
_OPERAND = re.compile(r"\s*[×xX＊*]\s*[0-9０-９]")


def grant_amount(info: LineInfo, m: Mention, clause: str, operand: bool = True) -> bool:
    """The clause names a grant's amount by any compound of a giving noun and an amount (`県補助総額:80百万円`), or (`operand`)
    the figure is the base of the grant's calculation (`(300百万円 × 4/15)`)."""
    return grant_amount_word(clause) or operand and _OPERAND.match(info.norm, m.end) is not None


#: a unit after a slash right after the figure (`5万円/kWh`, `29,000円／基`): the amount per unit
_PER_UNIT = re.compile(r"\s*" + SLASH_UNIT)


def _worked_sum(info: LineInfo) -> bool:
    """The line writes a sum out (`…7,964円=ご請求額18,370円`); once per line, as every figure of a long line asks."""
    found = info.memo.get("worked_sum")
    if not isinstance(found, bool):
        found = info.memo["worked_sum"] = _SUM_SIGN.search(info.norm) is not None
    return found


def per_unit(info: LineInfo, m: Mention) -> bool:
    """The figure is an amount per unit of what it pays for (`蓄電システム 5万円/kWh`), written with a slash after it, no rate
    per period (those are `per`): a grant's unit size where a grant frames it (GUIDE: per-unit amounts are support), a
    price elsewhere (context/prices.py)."""
    return m.per is None and _PER_UNIT.match(info.norm, m.end) is not None


def own_clause(info: LineInfo, m: Mention) -> str:
    """The figure's clause before it, after the figure before it (`・空き家改修補助金(1件あたり上限50万円) 150万円`: the cap
    is the bracket's, the programme's figure has no words of its own)."""
    prev_end = info.end_before(m.start)
    return re.split(r"[。、,，;；]", info.norm[max(prev_end, m.start - _SUPPORT_REACH):m.start])[-1]


def reads_like_support(lines: list[LineInfo], i: int, m: Mention, above) -> bool:  # type: ignore[no-untyped-def]
    if loan_ceiling(lines[i], m):
        return True  # `融資限度額 2,000万円`: a borrower's ceiling, a cap (before the loan check: `…円借款` is a loan between governments)
    if m.text.lstrip()[:1] in "+＋" or names_loan(lines, i, above) or unrelieved_rows(lines, i, above) \
            or paid_charge(lines[i], m, given) or fund_stock(lines[i], m, given) or condition_bound(lines[i], m) \
            or own_outlay(lines[i], m, given):
        return False  # +30円: a margin over something, not a grant; `…を限度とする円借款`: a loan, no grant; charges not waived;
        # the issuer's own pay or contract (`日当 3,000円`)
    clause = re.split(r"[。、,，;；]", lines[i].norm[max(0, m.start - _SUPPORT_REACH):m.start])[-1]
    floor = lines[i].support_hint and any(w in clause for w in load("roles")["support_floor"])
    if "at_least" in m.qualifiers or floor:
        # `1件当たり1,000万円以上`: a threshold of a statistic's band, never a grant's size; a grant's floor
        # (`交付額の上限は…、下限は原則50万円`) or the floor of the project it takes (`設備取得額が1,000万円以上`) is one
        return floor or (project_floor(lines[i], m) or eligible_item_floor(lines, i, m, above)) and hint_near(lines, i, above)
    if statistic(clause) or _total_of_many(lines[i], m, clause) or cost_before(lines[i].norm, m.start, m.end) \
            or resident_share(clause) and not given(lines[i], m):  # `市民一人当たり7万1千円増加` (not `…3万円を給付`): per head
        return False  # `年商10億円未満`: the applicant's sales; `45件、総額1億8,000万円を交付`: a total given to many; a cost's estimate
    if m.per is not None and m.per != "year":
        return not new_section_above(lines, i, above)  # a grant per project or per project-year (`1課題あたり500万円`)
    if _open_size(m) and (hint_near(lines, i, above) or capped_rows_hint(lines, i, above) or _capped_per_one(lines[i], m)):
        return True  # a range, cap or yearly sum under a grant's word (`補助上限額` heading `100万円～1,000万円`), or a cap per
        # project (`委託費：上限1,500万円（1課題・1年度あたり）`: a research commission's cap, not a contract's price)
    # a grant's frame: its sizes noted after a giving sentence, a support's scale, a grant's amount/cap/rate word in the
    # figure's own clause (`補助上限 500万円`, `1件当たり支援額 1千万円`) under a grant's word, the object of a giving verb,
    # or a grant's header of its own right above; a grant's word merely near the figure (`子育て支援事業 1,200万円`,
    # `中小企業支援に5億円を計上`) makes no grant. The clause is cut from a bounded window: linear on long lines.
    if _sizes_after_grant(lines[i], m) or _support_scale(lines[i], m) or own_frame(lines[i], m) and hint_near(lines, i, above) \
            and not _names_programme(clause):
        return True
    if given(lines[i], m):
        return True
    for j in above(i, 1):
        if lines[j].support_hint and not lines[j].amounts and _grant_label(lines[j].norm) and not _names_programme(clause) \
                and not _expense_name(lines[j].norm) and (not budget_header(lines[j].norm) or cap_column(lines[j].norm, lines[i], m)):
            return True
    if headed_by_cap(lines, i, above) and not _names_programme(clause):
        return True  # a row of a list or table whose label names the grant's amount or cap
    # a row of a list or table whose earlier rows are grants (not the sum closing it: `合計 120億円`, nor a budget column's
    # cell under a header that names one: `| 事業名 | 補助上限額 | 予算額 |`)
    if award_row(lines, i, m, above):
        return True  # a row of a list of grants made (`助成実績累計額(都道府県別)` over `北海道` / `79億7,300万円`), its sum too
    if closes_group(lines[i]) or _SUM_HEAD.match(lines[i].norm) or budget_cell(lines, i, m, above):
        return False
    # (a worked sum, `水道料金10,406円+下水道使用料7,964円=ご請求額18,370円`, is a bill's calculation, no row of the list above)
    return not done_otherwise(lines[i], m) and not _worked_sum(lines[i]) and grants_just_above(lines, i, above)


def per_recipient_grant(info: LineInfo, m: Mention) -> bool:
    """A grant per recipient written in prose (`対象児童ひとりあたり1万円を支給する`): a per-head word directly
    before the figure (`当たり`, `あたり`, `1人につき`) in its clause."""
    if "at_least" in m.qualifiers:
        return False  # a threshold (`1件当たり1,000万円以上`), not a grant
    before = info.norm[info.clause_start(m.start):m.start].rstrip()
    return any(before.endswith(w) for w in per_recipient()) and not cost_before(info.norm, m.start, m.end)  # (`建設費は最大N円`)
