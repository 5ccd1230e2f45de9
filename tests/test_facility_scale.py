"""A building's 事業規模 is its estimated cost, other (issue 21; fresh19a call 1; context/clause_roles.py, roles.json
facility_scale), while a support package's 事業規模 stays support (GUIDE). Paraphrases of other issuers' facility news, and
the package near misses."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


@pytest.mark.parametrize("lines, text, role", [
    (("新庁舎建設の検討状況", "市は新庁舎の事業規模を40~45億円と見込んでいる。"), "40~45億円", "other"),
    (("新病院整備について", "町は新病院の事業規模は約80億円になるとの試算を示した。"), "80億円", "other"),
    (("総合体育館の建て替え", "県は体育館の事業規模を120億円程度と想定する。"), "120億円", "other"),
    # near misses: a package's scale stays support
    (("政府、総合経済対策を閣議決定", "経済対策の事業規模は39兆円となる。"), "39兆円", "support"),
    (("令和7年度補正予算の概要", "防災・減災対策の事業規模は15兆円程度とする。"), "15兆円", "support"),
])
def test_a_buildings_scale_is_its_cost(lines, text, role):
    found = amounts_by_text(*lines)
    assert found[text].role == role, {k: v.role for k, v in found.items()}
