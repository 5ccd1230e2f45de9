"""What a figure is, read from its own clause (issue 21, roles23b), in the wording of several issuers (a trade paper on
requests, a ministry's digest, a town's grant table, an embassy's note), each with the near misses that keep their reading:

- a programme's level after its rate of change (`…などの経費も120・3%増の824億円に伸びた`): the noun the rate's own particle
  links (`経費も`) names the figure, not a `の` earlier in the noun phrase (roles.json owned_figures_patterns.particle);
- money given as a contribution, the direct object of `提供` (`…1億1300万ドル(約150億円)を提供`): support, not a priced
  thing provided (roles.json given_object_verbs), what it is given as between (`…として提供`, given_object_as);
- a flattened cap table's later rows read the frame of its first row (list_labels.capped_rows_hint);
- a programme's level after its change is named by its topic (owned_figures.owned_name)."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

_REQUEST = "2019年度概算要求の国土強靱化関係予算"

LEVELS = [
    # a ministry's request by its expense noun, `も` / `は` before the rate, a `の` earlier in the noun phrase
    ((_REQUEST, "国土交通省が要求した河川の堤防強化などの経費も35・2%増の1,250億円に伸びた。"), "1,250億円", "budget"),
    ((_REQUEST, "農林水産省が求めたため池の改修などの事業費は同12・1%増の640億円となった。"), "640億円", "budget"),
    # near misses: a revenue's level and an expense class's level stay other
    ((_REQUEST, "市税収入も2・5%増の85億円となった。"), "85億円", "other"),
    ((_REQUEST, "人件費も1・2%増の40億円となった。"), "40億円", "other"),
]

GIFTS = [
    # a contribution: the yen in brackets after the dollars, the money itself the object of `提供`
    (("国際機関への貢献", "日本は、2020年以降、1 億 2000 万ドル (約 160 億円) を提供してきた。"), "160 億円", "support"),
    (("町のお知らせ", "県は被災地の復興基金に5億円を提供した。"), "5億円", "support"),
    # near misses: a priced thing provided, a price, a system's name, money received
    (("町のお知らせ", "同社は500円の弁当を提供している。"), "500円", "other"),
    (("町のお知らせ", "店は1杯300円のコーヒーの提供を始めた。"), "300円", "other"),
    (("町のお知らせ", "市は、1,200万円の情報提供システムを整備した。"), "1,200万円", "other"),
    (("町のお知らせ", "市は財団から5億円の提供を受けた。"), "5億円", "other"),
    # what the money is given as between it and the verb (fixr20): a ministry's aid, a bank's loan, still the object
    (("外務省報道発表", "政府は、地震の被災国に対し約3億円を緊急無償資金協力として提供することを決定した。"), "3億円", "support"),
    (("県の発表", "県は、被災事業者に総額20億円を無利子融資の形で提供する。"), "20億円", "support"),
    # near misses: a priced meal or a priced service provided as something stays other
    (("町のお知らせ", "市は600円の弁当を敬老の日の祝い膳として提供する。"), "600円", "other"),
    (("町のお知らせ", "市は、1回200円の乗合タクシーを地域の足として提供している。"), "200円", "other"),
]


@pytest.mark.parametrize("lines, figure, role", LEVELS + GIFTS)
def test_a_figures_clause_says_what_it_is(lines: tuple[str, ...], figure: str, role: str) -> None:
    assert amounts_by_text(*lines)[figure].role == role



#: a cap table flattened one cell a line: every row's cap reads the frame of the table's first row (list_labels.
#: capped_rows_hint), however far below the header; near misses: a ceiling's or a loan's cap table names no grant
CAPPED_ROWS = [
    (("メニュー", "補助上限額", "補助率", "対象経費", "空き家改修", "50万円", "1/2", "工事費", "家財処分", "10万円", "1/2",
      "運搬費", "耐震診断", "5万円", "定額", "診断費"), ["support", "support", "support"]),
    # a row's period cell (`2年以内`) is no cap header of its own
    (("創生推進交付金を活用した補助制度", "区分", "補助期間", "補助上限額", "①地域課題型", "3年以内", "300万円", "②広域連携型",
      "2年以内", "800万円", "③人材育成型", "1年以内", "200万円"), ["support", "support", "support"]),
    (("事項", "限度額", "期間", "庁舎清掃業務委託", "1,200万円", "令和7年度～9年度", "給食調理業務委託", "3,000万円",
      "令和7年度～9年度", "公用車リース", "800万円", "令和7年度～11年度"), ["other", "other", "other"]),
    (("区分", "融資限度額", "利率", "運転資金", "500万円", "1.2%", "設備資金", "1,000万円", "1.5%", "創業資金", "300万円", "1.0%"),
     ["other", "other", "other"]),
]


@pytest.mark.parametrize("lines, roles", CAPPED_ROWS)
def test_a_cap_tables_later_rows_read_its_first_rows_frame(lines: tuple[str, ...], roles: list[str]) -> None:
    assert [m.role for m in amounts_by_text(*lines).values()] == roles


#: a programme's level after its change, the change's own figure between (`…の整備が2・2億円増の5・7億円`): the programme
#: named as its topic names the level (owned_figures.owned_name, _name_before); near misses: a theme's sum, a class
LEVEL_NAMES = [
    ("予算では前年度から3・8億円増の40・8億円を要求。人件費等が0・7億円増の23・1億円、検査体制の整備が2・2億円増の5・7億円など。",
     "5・7億円", "budget", "検査体制の整備"),
    ("主な要求は、港湾施設の整備事業が12億円増の85億円、漁港の維持管理事業が3億円減の20億円となった。",
     "20億円", "budget", "漁港の維持管理事業"),
    # a relative clause opens the topic: the name is the noun phrase after its verb
    ("国土交通省が要求した河川の堤防強化などの経費も35・2%増の1,250億円に伸びた。", "1,250億円", "budget", "河川の堤防強化などの経費"),
    # a quoted programme as the topic: its name, not the words up to the figure
    ("観光庁の要求の内訳は、「受入環境の整備」が同91%増の162億円、「観光統計の整備」が同7%増の4億6千万円。", "4億6千万円", "budget",
     "観光統計の整備"),
    ("防衛省の宇宙領域関連経費は前年度比12%増の1,140億円。", "1,140億円", "budget", None),
    ("予算では前年度から3・8億円増の40・8億円を要求。人件費等が0・7億円増の23・1億円など。", "23・1億円", "other", None),
]


@pytest.mark.parametrize("line, figure, role, programme", LEVEL_NAMES)
def test_a_programmes_level_after_its_change_is_named_by_its_topic(line: str, figure: str, role: str,
                                                                   programme: str | None) -> None:
    m = amounts_by_text("令和8年度予算の概算要求", line)[figure]
    assert (m.role, m.program) == (role, programme)
