"""A programme page's year stated once, as the programme's budget or its call (issue 21, session 26, years33).

- A sentence whose subject is the deck's own programme (`本事業は`, `本事業の実施については`, `この補助金は`) and that names
  the one budget it rests on (`令和7年度政府補正予算案に基づいた`, `令和8年度予算の成立が前提`) gives the programme's figures
  that budget's year, wherever it stands (a page's closing notes, after the caps). Near misses: a period in dates
  (`本事業は、令和7年4月1日から…の期間`), a start year naming no budget (`令和2年度から実施`), two budget years, another
  subject (`国の令和7年度補正予算に基づく別の事業`).
- A lead-in sentence that opens the applications of a programme named with its year (`令和6年度○○支援事業は受付を開始します`)
  is a call, as `募集` is: that year is the deck's. Near misses: the opening without a year on its line (`受付開始 :
  令和6年4月1日より` is a date), a year that names no programme's call (`令和6年度の実績を報告します`).
Lines written for these tests in other issuers' wording (a town's farm grant, a city's housing grant, a fishery's)."""
from __future__ import annotations

import pytest

from extract.context.fiscal_document import programme_year
from extract.context.labels import LineInfo

from .helpers import mentions


def _fy(lines: tuple[str, ...], text: str) -> int | None:
    found = [m.fy for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert len(found) == 1, found
    return found[0]


_CAPS = ("担い手の経営発展に必要な機械の導入を支援します。", "○補助上限:個人800万円、法人1,600万円",
         "募集締め切り 令和7年12月22日(月)まで", "②直近(令和6年分)の所得が確認できる書類")  # (dates: no one year runs)


@pytest.mark.parametrize("lines, text, fy", [
    # the programme's own budget, stated after its caps
    ((*_CAPS, "①本事業は令和7年度政府補正予算案に基づいたものであるため、内容が変更される場合があります。"), "800万円", 2025),
    ((*_CAPS, "本事業の実施については、令和8年度予算の成立が前提となります。"), "1,600万円", 2026),
    ((_CAPS[0], _CAPS[1], "募集締め切り 平成30年12月21日(金)まで", "※この補助金は、平成30年度当初予算により実施します。"),
     "800万円", 2018),
    (("本事業は令和6年度補正予算を財源とします。", "補助金の額は1件あたり50万円を上限とします。",
      "申請期限 令和7年1月31日まで。平成28年度からの合計で10件を上限とします。"), "50万円", 2024),
    # near misses: a period in dates, a start naming no budget
    ((*_CAPS, "本事業は、令和7年4月1日から令和12年3月31日までの期間となります。"), "800万円", None),
    ((*_CAPS, "本事業は令和2年度から実施しています。"), "800万円", None),
])
def test_the_programmes_own_budget_year(lines, text, fy):
    assert _fy(lines, text) == fy


def _infos(*texts: str) -> list[LineInfo]:
    return [LineInfo(t, [m for m in mentions(t, deck_year=None) if m.kind in ("fiscal_year", "amount")]) for t in texts]


@pytest.mark.parametrize("line, year", [
    ("本事業は令和7年度政府補正予算案に基づいたものであるため、内容が変更される場合があります。", 2025),
    ("なお、本事業の実施については、令和8年度予算の成立が前提となります。", 2026),
    # near misses (the deck's other lines may still give a year by other rules; this one gives none): two budgets,
    # another subject, the year a comparison's base, a start, the subject too far before the year
    ("本事業は令和6年度補正予算及び令和7年度当初予算に基づくものです。", None),
    ("国の令和7年度補正予算に基づく別の事業もあります。", None),
    ("本事業の予算は令和6年度予算に比べ増額となりました。", None),
    ("本事業は令和2年度から実施しています。", None),
    ("本事業は、地域の担い手の経営発展と農業用機械の導入を総合的に支援するもので、国の令和7年度補正予算とは別の町単独の事業です。", None),
])
def test_programme_year_alone(line, year):
    assert programme_year(_infos("○補助上限:個人800万円", line)) == year


_OPENING = ("住宅リフォーム費用の一部を補助します", "市では、居住環境の質の向上を支援します。")
_HISTORY = ("注意点", "令和2年度より、令和元年度までの利用実績に関わらず、改めて本制度の利用が可能です。",
            "なお、令和2年度以降に利用実績のある方は、補助限度額20万円に達するまで再度申請できます。", "実施期間",
            "交付申請の受付開始 : 令和6年4月 1日より", "実績報告の提出期限 : 令和7年3月21日まで",
            "  • 工事完了後、実績報告書の提出が必要です。", "  • 予算の執行状況により申請の受付ができない場合があります。",
            "予算額等")


@pytest.mark.parametrize("lines, text, fy", [
    # a call opening the applications of the year's programme
    ((*_OPENING, "令和6年度住宅リフォーム支援事業は受付を開始します", *_HISTORY, "予算額", "70,000千円"), "70,000千円", 2024),
    ((*_OPENING, "令和7年度省エネ家電購入補助金の受付を開始しました。", *_HISTORY, "補助限度額は5万円です。"), "5万円", 2025),
    ((*_OPENING, "平成29年度の申請受付中です。", "平成27年度より、平成26年度までの利用に関わらず申請できます。", "予算額", "3,000千円"),
     "3,000千円", 2017),
    # near misses: the opening's day only, a year's report, no year at all
    ((*_OPENING, "交付申請の受付開始 : 令和6年4月1日より", *_HISTORY, "予算額", "70,000千円"), "70,000千円", None),
    ((*_OPENING, "令和6年度の実績を報告します", *_HISTORY, "予算額", "70,000千円"), "70,000千円", None),
    ((*_OPENING, "住宅リフォーム支援事業は受付を開始します", *_HISTORY, "予算額", "70,000千円"), "70,000千円", None),
])
def test_a_call_opening_applications(lines, text, fy):
    assert _fy(lines, text) == fy


_CAP = "補助額：対象経費の3分の1（上限50万円）"


@pytest.mark.parametrize("call, fy", [
    # an ended call's year beside the opening (a bracketed aside or a clause saying it is over) dates nothing (rev29)
    ("空き家改修補助金の受付を開始しました（令和6年度の受付は終了しています）。", None),
    ("生ごみ処理機購入補助金の受付を開始しました(令和5年度分は締め切りました)", None),
    ("耐震診断補助金の受付を開始しました。令和6年度の受付は終了しました。", None),
    ("令和6年度の受付は締切りましたが、耐震診断補助金の受付を開始しました。", None),
    ("耐震診断補助金の受付を開始しました【令和6年度の申請受付は終了】", None),
    ("耐震診断補助金の受付を開始しました（令和6年度に申請した方も対象です）", None),
    # near misses, the call's own year still dates the deck: beside an ended year, a label holding the year alone,
    # an ended word in another clause
    ("令和7年度空き家改修補助金の受付を開始しました（令和6年度の受付は終了しています）。", 2025),
    ("令和6年度の受付は終了しました。令和7年度分の受付を開始しました。", 2025),
    ("【令和7年度】空き家改修補助金の受付を開始しました", 2025),
    ("空き家改修補助金（令和7年度分）の受付を開始しました", 2025),
    ("令和7年度空き家改修補助金の受付を開始しました。終了日は予算の上限に達した日です。", 2025),
])
def test_an_ended_calls_year_dates_nothing(call, fy):
    assert _fy(("空き家改修補助金について", call, _CAP), "50万円") == fy
