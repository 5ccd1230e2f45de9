from kinds import amt, cnt, date, trap, traps

DOC = "tsubame_kankokyokai_h28_soukai"
# 一般社団法人燕市観光協会's first 通常総会 as a local news site reports it (kenoh.com, 2016-05-25 by its address):
# `今年度の事業計画と収支予算(収入42,031,000円・支出43,473,273円・前期繰越収支差額1,442,273円)`, then the new year's
# spending by 事業: `観光イベント開催事業が…1720万7650円`, `受託事業が…810万円`, `観光プロモーション事業が142万円`,
# `産業体験等開催事業が50万1千円`, `他団体連携事業が…15万円`, `観光資源活用事業が7万円`, `燕市観光協会運営費が
# 1602万4623円`. Each 事業's figure is its budget of the year (a row each; the 運営費 is the body's running account: a
# row too, as an account's own budget). The text names no year (`今年度`, `25日`, `昨年7月`: the address's date is no
# part of it): fy null on every figure (GUIDE: a deck that names no year leaves fy null), the rows `fy_alt: [2016]`
# (the article's date in its address: fresh/, fresh6a, fresh11b). The year-less `25日` and `昨年7月` take the article's
# date from its address (2016-05-25; 昨年 → 2015-07; the anchor word no part of the text: fresh3, fresh10a, fresh11c;
# changed by the blind audit, the annotator had left them out). Traps: the whole revenue and spending budget
# (the body's totals, every 事業 summed) and the carry-over (other). `第1回` an ordinal; `午後1時半` a clock time.
B, O = "budget", "other"
R_TOT = "the body's whole budget (every 事業 and account summed), not a programme's"
M = [
    date(1, "25日", "2016-05-25"),
    date(2, "7月", "2015-07"), cnt(2, "57人", 57, "人"), cnt(2, "22人", 22, "人"), cnt(2, "27人", 27, "人"),
    trap(amt(2, "42,031,000円", 42031000), "収支予算 収入", R_TOT),
    trap(amt(2, "43,473,273円", 43473273), "収支予算 支出", R_TOT),
    trap(amt(2, "1,442,273円", 1442273, role=O), "前期繰越収支差額", "the carry-over from the year before, not a budget"),
    amt(3, "1720万7650円", 17207650), amt(3, "810万円", 8100000), amt(3, "142万円", 1420000),
    amt(3, "50万1千円", 501000), amt(3, "15万円", 150000), amt(3, "7万円", 70000), amt(3, "1602万4623円", 16024623),
]
MIN = "一般社団法人燕市観光協会"
W = "`新年度の支出は、…事業が…N円`: a 事業's spending in the year's 収支予算 decided by the 総会"


def _row(text: str, yen: int, program: str, aliases: list | None = None, why: str = W) -> dict:
    return dict(line=3, text=text, budget_yen=yen, fy=None, fy_alt=[2016], program=program, aliases=aliases or [],
                role=B, ministry=MIN, why=why)


ROWS = [
    _row("1720万7650円", 17207650, "観光イベント開催事業", ["つばめ桜まつり", "酒呑童子行列"]),
    _row("810万円", 8100000, "受託事業", ["つばめ観光交流連携事業", "つばめ「おもてなし力」アップ事業"]),
    _row("142万円", 1420000, "観光プロモーション事業"),
    _row("50万1千円", 501000, "産業体験等開催事業"),
    _row("15万円", 150000, "他団体連携事業", ["八王寺白藤保存育成事業", "萬灯紹介広告事業"]),
    _row("7万円", 70000, "観光資源活用事業"),
    _row("1602万4623円", 16024623, "燕市観光協会運営費", [], W + " (the body's running account)"),
]
NOT_ROWS = traps(M)
