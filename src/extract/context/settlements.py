"""A settled figure is no budget (GUIDE; fresh3's call: `令和5年度の決算` reports settled totals and settled costs, `other`;
the initial budget it started from stays `budget`).

A figure a budget reading reached (by its scope, a label above, its line's label) whose own clause names a settlement or
an actual result, or whose sentence takes one as its topic (roles.json settlement_words: `前年度実績 5億円`, `決算額 48億円`,
`決算の状況ですが、一般会計の歳出総額は39億円`), and whose sentence names no budget (`…の予算でスタート`, `決算見込みを踏まえ、
令和6年度予算は120億円`) is `other`."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..dictionary import load
from ..model import Mention
from ..word_lists import names_balance
from . import outline as ol
from .labels import BUDGET_ROLES, LineInfo, label_role
from .petitions import petition_deck, petitioned
from .request_verbs import reserve_named
from .stage_marks import pattern

_CLAUSES = re.compile(r"[、，,]")
#: the sentence's topic ends its first clause (`決算の状況ですが、`, `決算では、`)
_TOPIC_END = re.compile(r"(?:は|では|ですが|について|によると)\s*$")
#: the sentence's topic inside its first clause (`経常損益では3億円の黒字となりましたが、`)
_TOPIC_IN = re.compile(r"では|については|は")


def settled(info: LineInfo, m: Mention) -> bool:
    """The budget figure's own clause names a settlement (`前年度実績 4億円`), or its sentence takes one as its topic
    (`決算の状況ですが、…歳出総額は39億円`), and the sentence names no budget before it (module docstring). A settlement
    merely mentioned (`前年度の実績を踏まえ、…に5億円を計上`) settles nothing."""
    if m.role not in BUDGET_ROLES:
        return False
    sentence = _own_item(info.norm[info.norm.rfind("。", 0, m.start) + 1:m.start])
    if "予算" in sentence:
        return False
    clauses = _CLAUSES.split(sentence)
    if len(clauses) > 2 and clauses[0].strip() in load("programs")["name_phrase"]["lead_adverbs"]:
        clauses = clauses[1:]  # `また、当年度損益については、…`: the topic follows the sentence's adverb
    words = load("roles")["settlement_words"]
    topic = len(clauses) > 1 and _TOPIC_END.search(clauses[0]) is not None
    # (or a result as its topic: `当年度損益については、…黒字となり、前年度(234億円)に比べ`; roles.json balance_words), ending
    # its first clause or inside it (`経常損益では3億円の黒字となりましたが、…前年度(3億5,900万円)に比べ`)
    inner = _TOPIC_IN.search(clauses[0]) if len(clauses) > 1 else None
    return any(w in clauses[-1] or topic and w in clauses[0] for w in words) or topic and names_balance(clauses[0]) \
        or inner is not None and names_balance(clauses[0][:inner.start()])


def _own_item(sentence: str) -> str:
    """The sentence from the last item of a list flattened with spaced hyphens on (`…令和5年度実績による増 - 国庫支出金 48億円`:
    the next item; fiscal_scope.json item_break, the year pass's reading of the same break)."""
    if "-" not in sentence and "－" not in sentence:
        return sentence
    breaks = list(re.finditer(load("fiscal_scope")["item_break"], sentence))
    return sentence[breaks[-1].end():] if breaks else sentence


def apply(m: Mention, info: LineInfo, infos: Sequence[LineInfo]) -> None:
    """Make a budget figure that is no budget of the issuer's `other`: a settled one (module docstring), or one the issuer
    asks the state for (context/petitions.py: its sentence, or the deck's title, is such a request), or a statistic of the
    economy by its own label."""
    if settled(info, m):
        m.role, m.role_source = "other", "settled"
    elif m.role in BUDGET_ROLES and (petitioned(info, m) or petition_deck(infos)):
        m.role, m.role_source = "other", "petition"
    elif m.role in BUDGET_ROLES and _executed(info, m):
        m.role, m.role_source = "other", "executed"  # `予算の35.2%に当たる25億円が支出されています`: spent, no budget
    elif m.role in BUDGET_ROLES and _statistic(info, m):
        m.role, m.role_source = "other", "statistic"  # `観光消費額 約320億円`: the economy's money, no budget
    elif m.role in BUDGET_ROLES and pattern("fund_stock_after").match(info.norm, m.end) is not None:
        m.role, m.fy, m.role_source = "other", None, "balance"  # `約2260億円の財政調整基金から…取り崩す`: a fund's stock
    elif m.role in BUDGET_ROLES and pattern("fund_drawn_after").match(info.norm, m.end) is not None:
        m.role, m.role_source = "other", "drawdown"  # `53.1億円の財政調整基金を一般会計に戻して`: a drawdown, its year kept
    elif m.role in BUDGET_ROLES and _multi_year(info, m):
        m.role, m.role_source = "other", "whole_cost"  # `総事業費12億円のうち、…3億円`: a multi-year cost, the year's part


def under_year(m: Mention, info: LineInfo, infos: Sequence[LineInfo]) -> None:
    """A figure under a heading that states a year but no budget (`■令和6年度の財政調整基金残高(見込)`): a stock is `other`
    (`■ 市債残高 令和6年度末見込 120億円`), and so is what its own sentence settles (apply: `◆令和4年度決算の概要` …
    `前年度決算剰余金の…6億3千万円を積み立て`)."""
    if m.role in BUDGET_ROLES and balance(info, m):
        m.role, m.role_source = "other", "balance"
    apply(m, info, infos)


#: the particle that makes the figure the subject or object of the verb right after it, and a word of time between
_EXECUTED = r"\s*(?:余り?|程度)?\s*(?:が|を|は)?\s*(?:既に|すでに|これまでに)?\s*(?:{})"


def _executed(info: LineInfo, m: Mention) -> bool:
    """The verb right after the figure executes the budget (roles.json executed_verbs: `…25億円が支出されています`, `12億円を
    執行済み`): money spent or received in the year, no budget (a settlement's figure); on a line that names the budget's
    reserve in its sentence (roles.json prose.budget_reserves: `予備費から…農家の支援にも60億円を支出した`), the reserve's use, decided."""
    verbs = "|".join(re.escape(v) for v in load("roles")["executed_verbs"])
    return re.compile(_EXECUTED.format(verbs)).match(info.norm, m.end) is not None \
        and not reserve_named(info, m)


def _statistic(info: LineInfo, m: Mention) -> bool:
    """The figure's own label names a statistic of the economy (roles.json statistic_labels: `観光消費額`, `製造品出荷額`), or
    a target of one (statistic_targets: `消費目標`)."""
    prev_end = info.end_before(m.start)
    label = re.sub(r"[\s　:：約]|[はが]\s*$", "", _CLAUSES.split(info.norm[prev_end:m.start])[-1])
    stats = tuple(load("roles")["statistic_labels"])
    if label.endswith(stats):
        return True
    # a target of such a statistic (`訪日外国人旅行者の消費目標5兆円`, `輸出目標1兆円`): the statistic's stem and a target word
    stem = next((label[:-len(t)] for t in load("roles")["statistic_targets"] if label.endswith(t)), None)
    return stem is not None and any(stem.endswith(w.removesuffix("額").removesuffix("高")) for w in stats if len(w) > 2)


#: the whole a part is taken from (`34億円のうちの8億円`, `12億円のうち、令和7年度分として3億円`)
_WHOLE_OF = re.compile(r"\s*(?:程度|余り?)?\s*の\s*うち\s*(?:の)?")


def _multi_year(info: LineInfo, m: Mention) -> bool:
    """A multi-year cost (fresh6b's call: `秋篠宮邸の改修費、約34億円のうちの8億8000万円` is `other`, the part the row): a
    figure whose own label names a whole project's cost (roles.json whole_cost_labels: `総事業費`, `全体事業費`; or a total over
    a period of years, whole_cost_period: `(令和8年度～令和10年度 総額38億円)`), or one followed by `のうち` and another figure
    of its sentence."""
    prev_end = info.end_before(m.start)
    # the label's own sentence only (`2012年度から新設された。12年度の予算枠は総額104億円`: a start, no period's total)
    label = re.sub(r"[\s　:：約(（]", "", _CLAUSES.split(info.norm[prev_end:m.start])[-1].split("。")[-1])
    if label.endswith(tuple(load("roles")["whole_cost_labels"])):
        return True
    period = load("roles")["whole_cost_period"]  # `12億円(令和8年度～令和10年度 総額38億円)`: the period's whole cost
    if label.endswith(tuple(period["labels"])) and re.search(period["period"], label):
        return True
    end = info.sentence_end(m.end)
    if _WHOLE_OF.match(info.norm, m.end) is None or not any(m.end < a.start < end for a in info.amounts):
        return False
    # not the year's budget split into parts (`予算額12億円のうち国庫補助4億円`, `一般会計予算は、412億円のうち…`)
    sentence = info.norm[info.sentence_start(m.start):m.start]
    topic = _CLAUSES.split(sentence)[0]
    named = label_role(_CLAUSES.split(sentence)[-1]) is not None or any(a in label for a in load("roles")["accounts"])
    return not named and not (topic.endswith("は") and not topic.endswith(("には", "では")) and label_role(topic) is not None)


def settled_scope(info: LineInfo, chain: list[ol.Node]) -> bool:
    """The figure's scope is a settlement (`令和5年度決算の概要`); read once per line and scope, as a node's text may be
    the whole long line (asked once per figure it was quadratic)."""
    key = "settled:" + ",".join(str(id(n)) for n in chain)
    got = info.memo.get(key)
    if got is None:
        got = info.memo[key] = any(w in n.text for n in chain for w in load("roles")["settlement_words"])
    return bool(got)


#: how far back a figure's clause is read for a balance's word (a flattened table's header stands a row away)
_BALANCE_REACH = 120


def balance(info: LineInfo, m: Mention) -> bool:
    """A balance (`財政調整基金残高`, `市債残高`, `国債発行残高は…538兆円`) named in the figure's clause before it: a stock held
    or owed at a date, not money appropriated (fresh and fresh2 calls: fund and debt balances are `other`)."""
    parts = re.split(r"[。、，]|(?<![0-9]),", info.norm[max(0, m.start - _BALANCE_REACH):m.start])  # not `9,576`; or the topic
    # (`市債残高は、…末で420億円`: the topic before; not a programme's name holding the word, `…損益改善支援事業`)
    return names_balance(parts[-1]) or len(parts) > 1 and parts[-2].endswith("は") and names_balance(parts[-2])


#: the particle that joins a label to its figure (`残事業費は181億円`, `全体事業費が223億円から`)
_LABEL_PARTICLE = re.compile(r"(?:は|が|も|を|で|の|として)$")


#: how long a line above may be to be the label of a figure that opens its own line (a table one cell a line)
_CELL_LABEL = 16


def project_whole(info: LineInfo, m: Mention, above: LineInfo | None = None) -> bool:
    """The figure's own label names a project's whole cost over its years, the cost still to spend or a cost-benefit
    present value (fiscal_scope.json project_whole: `残事業費は181億円`, `総便益440億円`): no year's money. A figure alone at
    the start of its line takes the short line above with no figure as its label (`全体事業費` / `958億円`: one cell a line)."""
    label = re.sub(r"[\s　:：約(（]", "", _CLAUSES.split(info.norm[info.end_before(m.start):m.start])[-1])
    if not label and above is not None and not above.amounts and len(above.norm.strip()) <= _CELL_LABEL:
        label = re.sub(r"[\s　:：約(（]", "", above.norm)
    scope = load("fiscal_scope")
    word = next((w for w in scope["project_whole"] if _LABEL_PARTICLE.sub("", label).endswith(w)), None)
    paired = scope["project_whole_paired"]
    # `総費用` alone is an enterprise's or an event's cost of a year: a whole-life cost only beside its benefit
    return word is not None and (word not in paired["words"] or any(w in info.norm for w in paired["beside"]))
