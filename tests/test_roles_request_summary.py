"""A ministry's budget REQUEST summary in prose (issue 21, session 27's fresh26a shape): the ways its sentences state the
request's figures. A request's headline names the figure as the request (`5400億円余の概算要求`: roles.py _LABEL_AFTER);
an appropriation `…に` may hold an approximation's word before its figure (`…経費におよそ25億円、…`: prose_roles
appropriated, the programme named without it), and objects listed with `を、` share the sentence's verb
(`…に10億円余りを、それぞれ盛り込んでいます`: prose_totals._governs); a figure `the same as` last year's budget
(`19年度当初予算と同額の3215億円を計上`) is the request's, the year's label only the comparison's base (fiscal_scope.json
sameness_after_label); a comparison written `…と比較すると、N円、M%の増` or `…と比してN円…の増` is a change (roles.json
change_before). Lines made up in several issuers' styles; near misses keep their reading."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text as _found

_LEAD = "国土交通省は来年度予算の概算要求をまとめた。"


@pytest.mark.parametrize("line, figure", [
    ("観光庁 1200億円余の概算要求", "1200億円"),
    ("こども家庭庁、総額4兆3000億円の概算要求", "4兆3000億円"),
    ("林野庁は約3,100億円の概算要求をまとめた。", "3,100億円"),
])
def test_a_figure_named_as_the_request_is_its_budget(line: str, figure: str) -> None:
    assert _found(line, _LEAD)[figure].role == "budget"


@pytest.mark.parametrize("line, figure", [
    ("市の負担は3億円の概算要求比で1割の減となる。", "3億円"),  # a comparison's base (`…概算要求比`)
    ("事業費3億円の概算要求のうち、国費分は未定。", "3億円"),  # (`…のうち`: a part of the request follows)
])
def test_near_misses_name_no_request(line: str, figure: str) -> None:
    assert _found("市民会館の改修", line)[figure].role != "budget"


@pytest.mark.parametrize("line, first, second, name", [
    ("このほか、人材の育成のための経費におよそ25億円、システムの運用に関する経費に10億円余りを、それぞれ盛り込んでいます。",
     "25億円", "10億円", "人材の育成のための経費"),
    ("また、港湾の耐震化に概ね40億円、航路の浚渫に12億円を、それぞれ計上した。", "40億円", "12億円", "港湾の耐震化"),
])
def test_approximated_and_shared_verb_items_are_budget_rows(line: str, first: str, second: str, name: str) -> None:
    found = _found(_LEAD, line)
    assert found[first].role == "budget" and found[second].role == "budget"
    assert found[first].program == name


def test_an_approximation_before_a_date_target_is_no_appropriation() -> None:
    assert _found(_LEAD, "来年度におよそ5億円を繰り越す。")["5億円"].role != "budget"


@pytest.mark.parametrize("line, figure", [
    ("「水田活用の直接支払交付金」は、19年度当初予算と同額の3215億円を計上。", "3215億円"),
    ("「港湾整備事業」は、令和6年度予算と同じ210億円を要求した。", "210億円"),
])
def test_a_figure_the_same_as_last_years_is_the_request(line: str, figure: str) -> None:
    m = _found("農林水産省は8月30日、2020年度予算概算要求を財務省に提出した。", line)[figure]
    assert m.role == "budget" and m.fy != 2019 and m.fy != 2024


def test_last_years_budget_itself_stays_previous() -> None:
    m = _found("農林水産省は8月30日、2020年度予算概算要求を財務省に提出した。", "19年度当初予算額は3000億円だった。")["3000億円"]
    assert m.role == "previous_budget"


@pytest.mark.parametrize("line, change", [
    ("上記に係る平成19年度当初予算額2兆2,330億円と比較すると、4,052億円、18.1%の増", "4,052億円"),
    ("従来ベースの総額は2兆4,834億円であり、前年度当初予算額と比して3,884億円、18.5%の増となる。", "3,884億円"),
])
def test_a_comparison_then_an_increase_is_a_change(line: str, change: str) -> None:
    found = _found("平成20年度環境保全経費概算要求額について", line)
    assert found[change].role == "other"


@pytest.mark.parametrize("line, figure, whole", [
    ("観光庁 1200億円余の概算要求", "1200億円", True),  # the request as a whole: no programme's row
    ("こども家庭庁、総額4兆3000億円の概算要求", "4兆3000億円", True),
    ("約1,650億円のAI関連予算を計上した。", "1,650億円", False),  # a budget named by its work: still a programme's
])
def test_the_whole_request_named_after_its_figure_is_a_total(line: str, figure: str, whole: bool) -> None:
    total = _found(line, _LEAD)[figure].total_of
    assert bool(total) if whole else total != "概算要求"  # (`観光庁`: a body's whole request is its total already)
