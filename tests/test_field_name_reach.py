"""A request sheet's name field names the figures of its sheet, however far below (issue 21, mentions/naming.py
_field_name): `事業名:` alone on its line holds the name on the next line, and the 要求額 stands some thirty lines under
it (a prefecture's budget-compilation sheets, a city's request sheets). Near misses: a table header that starts with the
field's word, and a figure beyond the field's reach."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

_FILLER = [f"臨時的任用職員 {k}.0人" for k in range(1, 20)]


@pytest.mark.parametrize("head, name", [
    (["予算編成過程の公開", "令和元年度予算", "生活環境部", "当初予算 一般事業(公共事業以外)", "事業名:", "電源立地地域整備費"],
     "電源立地地域整備費"),
    (["令和6年度当初予算要求状況", "事業名：", "地域公共交通確保維持事業", "担当課 交通政策課"], "地域公共交通確保維持事業"),
    (["平成30年度予算要求", "細事業名:", "漁港施設機能保全事業費(20180311)"], "漁港施設機能保全事業費"),
])
def test_a_name_field_names_its_sheets_far_figure(head, name):
    found = amounts_by_text(*head, *_FILLER, "要求額:", "70,949千円", "(前年度予算額 73,536千円)")
    assert (found["70,949千円"].role, found["70,949千円"].program) == ("budget", name)


def test_near_miss_a_figure_beyond_the_fields_reach_takes_no_name_from_it():
    found = amounts_by_text("令和元年度予算", "事業名:", "電源立地地域整備費", *(_FILLER * 3), "要求額:", "70,949千円")
    assert found["70,949千円"].program != "電源立地地域整備費"
