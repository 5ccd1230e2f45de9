"""Issue 21 (roles30): the support <-> other errors of the blind-time outputs, sorted by what the money MEANS (who pays
whom, per what), counted by round; and the flips a tree's output makes against another's on those two roles.

usage:
    python bench/role_categories30.py [--bt /tmp/bt] [-v]        # the category table (rounds each category occurs in)
    python bench/role_categories30.py --flips OLD NEW [-v]      # the role flips NEW makes against OLD, by round (roles29's)
A category is read from the deck text around each wrongly-roled amount (its sentence, the 200 characters before it,
its line's label): a text approximation for counting only, checked by reading the listing (-v).
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from role_categories29 import ROUNDS, _rows, flips  # noqa: E402  (flips: roles29's, per round, every role)

#: gold support read as other: (name, words before the figure in its clause, words right after it)
SUPPORT_CATS = [
    ("given_to_named_recipient", None,
     r"\s*[)）]?\s*を\s*[^、。を]{1,20}?に(?:対して|対し)?\s*(?:支給|給付|配布|交付|助成|補助|拠出|贈与|供与)"),
    ("cap", r"限度額|上限|限度と|を限度|最大", r"\s*(?:以内|(?<!これ)まで|を上限|を限度|を超える(?:場合|とき)は)"),
    ("voucher_or_discount", r"商品券|クーポン|プレミアム|値引|割引|減免", r"\s*(?:分|相当)|.{0,12}(?:値引|割引)"),
    ("eligibility_threshold", None, r"\s*(?:以上|を超え|超)"),
    ("rate_per_recipient", r"[1１一]\s*(?:人|日|世帯|件|台|回|冊|平方メートル|㎡|kWh|か月|ヵ月|ヶ月|ヘクタール)"
                           r"(?:当たり|当り|あたり|につき)?\s*$|"
                           r"人当たり|当たり|当り|あたり|につき|日額|月額|年額|単価|各日について", r"\s*(?:/人|/kWh|×)|.{0,8}を乗じ"),
    ("benefit_row", r"世帯|者\s|児|給付|手当|祝い?金|奨励|見舞|弔慰|奨学", None),
    ("allocation_news", r"交付金|助成金|助成額|補助金|供与|拠出|支援|配分|寄付|交付額|党", None),
]
#: gold other read as support
OTHER_CATS = [
    ("own_pay_or_contract", r"報酬|給与|賃金|日当|費用弁償|宿泊料|旅費|委託料|委託費|購入費|歳出", None),
    ("charge_level_named_after", None, r".{0,24}?の\s*[^、。]{0,8}?(?:保険料|料金|使用料|利用料|保育料|給食費|課税|運営費)"),
    ("fund_or_balance", r"基金|残高|取崩|取り崩|積立|積み立", None),
    ("charge_paid", r"保険料|料金|手数料|使用料|利用料|[^補]税|授業料|給食費|運賃|/枚|負担", r"\s*/枚"),
    ("money_received", r"交付額|国から|財源|国庫補助|交付金・補助金|補助額|寄附|収入|受領|支援金|歳入", None),
    ("own_cost_or_estimate", r"費|建設|査定|整備|処理|コスト", None),
    ("scheme_total_or_use", r"交付金|助成|補助", None),
]


def category(gold: str, line: str, start: int, end: int) -> str:
    """The category of one support<->other error (module docstring): the first whose words stand in the figure's clause
    before it (its 80 characters) or right after it."""
    before = line[max(line.rfind("。", 0, start) + 1, start - 80):start]
    before = re.split(r"[、，,]", before)[-1] if gold == "other" else before
    for name, words_before, words_after in (SUPPORT_CATS if gold == "support" else OTHER_CATS):
        if words_before and re.search(words_before, before) or words_after and re.match(words_after, line[end:]):
            return name
    return "rest_prose" if "。" in line or len(line.strip()) > 40 else "rest_row"


def count(folder: Path, verbose: bool) -> None:
    by_round: dict[str, collections.Counter[str]] = {}
    for rnd, *sets in ROUNDS:
        cats: collections.Counter[str] = collections.Counter()
        for s in sets:
            for g, p, line, start, end in _rows(folder, s):
                pred = (p or {}).get("role") or "none"
                if {g["role"], pred} != {"support", "other"}:
                    continue
                cat = f"{g['role']}>{pred}:" + category(g["role"], line, start, end)
                cats[cat] += 1
                if verbose:
                    print("   ", s, g["doc"][:26], cat, "|", line[max(0, start - 50):start + 20])
        by_round[rnd] = cats
    names = sorted({c for cats in by_round.values() for c in cats})
    print(f"\n{folder}: support<->other errors by category and round\n")
    print("| category | " + " | ".join(f"{r} ({s[0][5:]})" for r, *s in ROUNDS) + " | all | rounds |")
    print("|---" * (len(ROUNDS) + 3) + "|")
    for c in names:
        row = [by_round[r][c] for r, *_s in ROUNDS]
        print(f"| {c} | " + " | ".join(map(str, row)) + f" | {sum(row)} | {sum(1 for x in row if x)} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bt", default="/tmp/bt")
    ap.add_argument("--flips", nargs=2, metavar=("OLD", "NEW"))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    if a.flips:
        flips(Path(a.flips[0]), Path(a.flips[1]), a.v)
    else:
        count(Path(a.bt), a.v)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
