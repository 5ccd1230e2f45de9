"""Score the library (no Prefect) on the held-out real decks: amount role, fy and F1, and the budgets table.

usage: python bench/score_heldout.py [--set heldout|fresh|fresh2|...|fresh10a|fresh10b|dev10c] [--misses N]
       [--json OUT] [--keep DIR] [--docs dev|held|NAME,NAME...] [--as-of YYYY-MM-DD]

`--as-of`: the reference date a deck that writes no year is dated against by its weekdays (as a run's --as-of;
default: today).

`--set fresh` scores the second blind set instead (tests/data/decks/fresh, see its SOURCES.md): its gold
(tests/data/gold/fresh/) holds every quantity mention of every kind, so every predicted kind is scored there
(per-kind F1 and value accuracy, and amount role/fy), with the budgets rows and traps of gold/fresh_budgets/.
`--set fresh2` scores the third blind set the same way (tests/data/decks/fresh2, gold/fresh2/, gold/fresh2_budgets/).
`--set fresh3` scores the fourth blind set the same way (tests/data/decks/fresh3, gold/fresh3/, gold/fresh3_budgets/).
`--set fresh4` scores the fifth blind set the same way (tests/data/decks/fresh4, gold/fresh4/, gold/fresh4_budgets/).
`--set fresh5a` scores the sixth blind set's local-government half (tests/data/decks/fresh5a, gold/fresh5a/, gold/fresh5a_budgets/).
`--set fresh5b` scores its national and non-government half the same way
(tests/data/decks/fresh5b, gold/fresh5b/, gold/fresh5b_budgets/).
`--set fresh5c` scores the third annotator's blind set of the sixth round, local and national issuers mixed
(tests/data/decks/fresh5c, gold/fresh5c/, gold/fresh5c_budgets/).
`--set fresh6b` scores a blind set of one shape, national programme decks (budget plans and requests with programme
lists, grant pages of incorporated administrative agencies) (tests/data/decks/fresh6b, gold/fresh6b/, gold/fresh6b_budgets/).
`--set fresh6c` scores a blind set of the seventh round made by shape: supplementary budgets and settlements
(tests/data/decks/fresh6c, gold/fresh6c/, gold/fresh6c_budgets/).
`--set fresh7a` scores a blind set of the eighth round, one shape: initial-budget summaries of cities, special wards,
designated cities and prefectures (tests/data/decks/fresh7a, gold/fresh7a/, gold/fresh7a_budgets/).
`--set fresh7b` scores a blind set of the eighth round: towns', villages' and 組合's initial-budget summaries (decks/fresh7b).
`--set fresh8a` scores a blind set of the ninth round: national ministries' and agencies' budget summaries (decks/fresh8a).
`--set fresh8b` scores a blind set of the ninth round: local governments' supplementary budgets (decks/fresh8b).
`--set fresh9a` scores a blind set of the tenth round: government-wide thematic budget compilations (decks/fresh9a).
`--set fresh9b` scores a blind set of the tenth round: local budget compilations and programme sheets (decks/fresh9b).
`--set fresh10a` scores a blind set of the eleventh round: grant and subsidy programme outlines and calls (decks/fresh10a).
`--set fresh10b` scores a blind set of the eleventh round: national one-programme-per-page PR sheets (decks/fresh10b).
`--set fresh11a` scores a blind set of the twelfth round: agency budget plans, execution and fund reports (decks/fresh11a).
`--set fresh11b` scores a blind set of the twelfth round: budgets stated in prose: speeches, minutes, news (decks/fresh11b).
`--set fresh11c` scores a blind set of the twelfth round: announcements of one programme's award, contract or launch (decks/fresh11c).
`--set fresh12a` scores a blind set of the thirteenth round: council and study-group slide materials (decks/fresh12a).
`--set fresh12b` scores a blind set of the thirteenth round: citizens' benefit and service guides (decks/fresh12b).
`--set fresh12c` scores a blind set of the thirteenth round: assembly budget bills, decisions and their reports (decks/fresh12c).
`--set fresh12d` scores a blind set of the thirteenth round: white papers' measures and fields told with their money (decks/fresh12d).
`--set fresh13a` scores a blind set of the fourteenth round: audit reports, money found, checked and returned (decks/fresh13a).
`--set fresh13b` scores a blind set of the fourteenth round: fiscal outlooks and multi-year plans, money by future year (decks/fresh13b).
`--set fresh13c` scores a blind set of the fourteenth round: local public enterprises' budgets, settlements and tariffs (decks/fresh13c).
`--set fresh13d` scores a blind set of the fourteenth round: public bodies' budgets and plans outside government accounts (decks/fresh13d).
`--set fresh14a` scores a blind set of the fifteenth round: assembly and Diet minutes on budgets, questions and answers (decks/fresh14a).
`--set fresh14b` scores a blind set of the fifteenth round: independent agencies' and national universities' money pages (decks/fresh14b).
`--set fresh14c` scores a blind set of the fifteenth round: procurement and contract results, bids and contract prices (decks/fresh14c).
`--set fresh14d` scores a blind set of the 15th round: half-year fiscal condition and budget execution of local bodies (decks/fresh14d).
`--set fresh15a` scores a blind set of the 16th round: ODA loan and grant agreements, contributions and ODA budget pages (decks/fresh15a).
`--set fresh15b` scores a blind set of the 16th round: grant decisions and award results, who got how much (decks/fresh15b).
`--set fresh15c` scores a blind set of the 16th round: personnel and pay disclosures of local bodies (decks/fresh15c).
`--set fresh16a` scores a blind set of the 17th round: public works project evaluations, 再評価 / 事後評価 pages (decks/fresh16a).
`--set fresh16b` scores a blind set of the 17th round: disaster damage and recovery money (decks/fresh16b).
`--set fresh16c` scores a blind set of the 17th round: an event's hosting costs and their sharing (decks/fresh16c).
`--set fresh17a` scores a blind set of the 18th round: regional revitalisation grant plans and effect verification (decks/fresh17a).
`--set fresh17b` scores a blind set of the 18th round: facility management plans and renewal-cost estimates (decks/fresh17b).
`--set fresh17c` scores a blind set of the 18th round: hometown-tax donations (ふるさと納税) and their uses (decks/fresh17c).
`--set fresh17d` scores a blind set of the 18th round: assembly reports of the budgets passed (decks/fresh17d).
`--set fresh17e` scores a blind set of the 18th round: administrative and fiscal reform plans' effects (decks/fresh17e).
`--set fresh18a` scores a blind set of the 19th round: economic and price-relief packages and their money (decks/fresh18a).
`--set fresh18b` scores a blind set of the 19th round: per-unit relief subsidies and price-relief benefits (decks/fresh18b).
`--set fresh18c` scores a blind set of the 19th round: local governments' fund reports (基金残高, 積立, 取崩し; decks/fresh18c).
`--set fresh18d` scores a blind set of the 19th round: PFI / PPP announcements, VFM evaluations and awards (decks/fresh18d).
`--set fresh18e` scores a blind set of the 19th round: tax reform outlines and tax revenue estimates (decks/fresh18e).
`--set fresh19a` scores a blind set of the 20th round: public facility construction projects' costs and financing (decks/fresh19a).
`--set fresh19b` scores a blind set of the 20th round: public fee and charge revisions (使用料, 手数料; decks/fresh19b).
`--set fresh19c` scores a blind set of the 20th round: political funds, party subsidies and election expense
disclosures (decks/fresh19c).
`--set fresh19d` scores a blind set of the 20th round: economic ripple-effect and tourism consumption estimates (decks/fresh19d).
`--set fresh20a` scores a blind set of the 21st round: prefectural and municipal small-business loan schemes (制度融資) (decks/fresh20a).
`--set fresh20b` scores a blind set of the 21st round: local governments' debt and bond pages (地方債, 市債, 公債費 ratios;
decks/fresh20b).
`--set fresh20c` scores a blind set of the 21st round: designated-manager (指定管理者) selections, calls and facility
outsourcing fees (decks/fresh20c).
`--set fresh20d` scores a blind set of the 21st round: long-term care insurance plans and premiums of municipalities (decks/fresh20d).
`--set fresh21a` scores a blind set of the 22nd round: municipal and prefectural administrative evaluations (事務事業評価,
行政評価, 施策評価, 事業仕分け; decks/fresh21a).
`--set fresh21b` scores a blind set of the 22nd round: local governments' financial statements under the unified standard
(統一的な基準 財務書類) and their plain-language summaries (decks/fresh21b).
`--set fresh21c` scores a blind set of the 22nd round: community bus and demand-responsive transport costs, fares and
riders (decks/fresh21c).
`--set fresh21d` scores a blind set of the 22nd round: local tax collection results and arrears (市税・県税の収納率, 滞納繰越額,
滞納処分; decks/fresh21d).
`--set fresh22a` scores a blind set of the 23rd round: business location incentives of prefectures and municipalities
(企業立地奨励金, 雇用奨励金, 本社機能移転の補助: rates, caps per company, employment and investment thresholds; decks/fresh22a).
`--set fresh22b` scores a blind set of the 23rd round: municipalities' and prefectures' disclosures of how the forest
environment transfer tax was used (森林環境譲与税の使途・活用状況の公表; decks/fresh22b).
`--set fresh22d` scores a blind set of the 23rd round: municipalities' free school lunches and child medical care (学校給食費の
無償化, 子ども医療費助成の拡充; decks/fresh22d).
`--set fresh22c` scores a blind set of the 23rd round: local governments' reports on the business conditions of their
third-sector corporations and invested bodies (第三セクター等・出資法人の経営状況, 経営評価, 経営健全化方針; decks/fresh22c).
`--set fresh23b` scores a blind set of the 24th round: boards of education's budget summaries as reported for towns and
cities (教育費, 教育関係の主な事業 `▽name=N万円`, 新規事業; decks/fresh23b).
`--set fresh23c` scores a blind set of the 24th round: municipalities' agriculture, forestry and fisheries subsidy pages
(農林水産業の補助事業・支援制度: caps, unit grants per area or head, thresholds, periods; decks/fresh23c).
`--set fresh23d` scores a blind set of the 24th round: municipalities' reports on their funds (基金の状況, 基金残高, 積立・取崩し,
運用利子, ふるさと応援基金の活用; decks/fresh23d).
`--set fresh23a` scores a blind set of the 24th round: national ministries' and agencies' summaries of subsidy calls
(公募要領の概要, 公募のお知らせ: grant ranges and caps per project, call budgets, windows; decks/fresh23a).
`--set fresh24b` scores a blind set of the 25th round: prefectures' initial budget press summaries (一般会計 総額, 前年度比,
主な事業 with their amounts; decks/fresh24b).
`--set fresh24c` scores a blind set of the 25th round: municipalities' supplementary budget summaries (補正予算(第N号)の概要,
主な内容: items with their amounts, totals after, revenues; decks/fresh24c).
`--set fresh24a` scores a blind set of the 25th round: national ministries' and agencies' budget requests and budget
summaries (概算要求, 予算案の概要: programmes `N億円(前年度N億円)`, totals, classes, 補正 parts; decks/fresh24a).
`--set fresh24d` scores a blind set of the 25th round: municipalities' household subsidy pages (太陽光発電・蓄電池, 省エネ家電,
エアコン, 給湯: unit grants and caps per household, the year's budget, grants offered, windows; decks/fresh24d).
`--set fresh25a` scores a blind set of the 26th round: national programme pages, one programme a page (事業概要, programme
press and explanations: the programme's budget, caps and grants per applicant, periods, counts; decks/fresh25a).
`--set fresh25b` scores a blind set of the 26th round: local governments' budget speeches and statements in prose (知事・市長の
予算案提案説明, 記者会見の予算説明: accounts' budgets and supplementaries in sentences, revenues, a few items; decks/fresh25b).
`--set fresh26a` scores a blind set of the 27th round: national ministries' and agencies' budget request summaries (概算要求の
概要 / ポイント: totals, classes, programmes' requests, previous years, 事項要求, increases; decks/fresh26a).
`--set fresh26b` scores a blind set of the 27th round: budget tables flattened into text with a unit header (単位:千円 / 百万円:
会計別・款別予算額調, 主要事業, 予算の概要 of local governments and national bodies; the cells bare, totals in prose; decks/fresh26b).
`--set fresh27a` scores a blind set of the 28th round: national ministries' and agencies' SUPPLEMENTARY budget summaries (補正予算の概要,
the trade press's 補正予算案 reports: ministry totals, 公共 / 非公共 classes, groupings, items with 億円 figures; decks/fresh27a).
`--set fresh27b` scores a blind set of the 28th round: prefectures' and cities' one-programme sheets (鳥取県's budget database, 大阪府's
compilation sheets, a city's 主な事業 page: 事業費 by stage, 前年度, 財源内訳, 人件費 / トータルコスト, 積算 lines; decks/fresh27b).
`--set dev10c` scores a development set: grant and subsidy programme outlines and calls (decks/dev10c).

`--docs dev` / `--docs held` score one half of the split recorded in tests/data/gold/heldout_budgets/README.md
(rules may be written against the dev half only; the held half is scored once, at the end).

The decks are tests/data/decks/heldout/*.txt (see its SOURCES.md); their gold was written blind, by people
who never saw the project's output on them: amounts in tests/data/gold/heldout_amounts/ (amount mentions only,
so only predicted amounts are scored), budgets rows in tests/data/gold/heldout_budgets/ with the traps
(`<doc>.not_rows.jsonl`: totals, previous-year totals, breakdowns, grant sizes) that must not become rows.
Keep the rules honest: do not tune rules on these decks; run this to measure, not to look for fixes.
The library runs as bench/score_all.py runs it (read_deck, extract_deck, tables_of); the mentions and budgets
tables are written as CSV to a temporary folder (or --keep DIR) and scored with tests/data/eval/score.py and
tests/data/eval/score_budgets.py.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import io
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: whose library reads the decks: this tree's, or another tree's (`SCORE_CODE=DIR`: a branch scored on sets it lacks)
CODE = Path(os.environ.get("SCORE_CODE") or ROOT)
sys.path[:0] = [str(CODE / "src"), str(ROOT)]

from extract.ingest import read_deck
from extract.mentions import extract_deck
from extract.tables import tables_of

DATA = ROOT / "tests" / "data"
DECKS = DATA / "decks" / "heldout"
AMOUNTS = DATA / "gold" / "heldout_amounts"
BUDGETS = DATA / "gold" / "heldout_budgets"

#: the blind sets: decks, mention gold, budgets gold, and whether the mention gold holds every kind (fresh)
#: or amounts only (heldout, where only predicted amounts are scored)
SETS = {"heldout": (DECKS, AMOUNTS, BUDGETS, False),
        "fresh": (DATA / "decks" / "fresh", DATA / "gold" / "fresh", DATA / "gold" / "fresh_budgets", True),
        "fresh2": (DATA / "decks" / "fresh2", DATA / "gold" / "fresh2", DATA / "gold" / "fresh2_budgets", True),
        "fresh3": (DATA / "decks" / "fresh3", DATA / "gold" / "fresh3", DATA / "gold" / "fresh3_budgets", True),
        "fresh4": (DATA / "decks" / "fresh4", DATA / "gold" / "fresh4", DATA / "gold" / "fresh4_budgets", True),
        "fresh5a": (DATA / "decks" / "fresh5a", DATA / "gold" / "fresh5a", DATA / "gold" / "fresh5a_budgets", True),
        "fresh5b": (DATA / "decks" / "fresh5b", DATA / "gold" / "fresh5b", DATA / "gold" / "fresh5b_budgets", True),
        "fresh5c": (DATA / "decks" / "fresh5c", DATA / "gold" / "fresh5c", DATA / "gold" / "fresh5c_budgets", True),
        "fresh6a": (DATA / "decks" / "fresh6a", DATA / "gold" / "fresh6a", DATA / "gold" / "fresh6a_budgets", True),
        "fresh6b": (DATA / "decks" / "fresh6b", DATA / "gold" / "fresh6b", DATA / "gold" / "fresh6b_budgets", True),
        "fresh6c": (DATA / "decks" / "fresh6c", DATA / "gold" / "fresh6c", DATA / "gold" / "fresh6c_budgets", True),
        "fresh7a": (DATA / "decks" / "fresh7a", DATA / "gold" / "fresh7a", DATA / "gold" / "fresh7a_budgets", True),
        "fresh7b": (DATA / "decks" / "fresh7b", DATA / "gold" / "fresh7b", DATA / "gold" / "fresh7b_budgets", True),
        "fresh8a": (DATA / "decks" / "fresh8a", DATA / "gold" / "fresh8a", DATA / "gold" / "fresh8a_budgets", True),
        "fresh8b": (DATA / "decks" / "fresh8b", DATA / "gold" / "fresh8b", DATA / "gold" / "fresh8b_budgets", True),
        "fresh9a": (DATA / "decks" / "fresh9a", DATA / "gold" / "fresh9a", DATA / "gold" / "fresh9a_budgets", True),
        "fresh9b": (DATA / "decks" / "fresh9b", DATA / "gold" / "fresh9b", DATA / "gold" / "fresh9b_budgets", True),
        "fresh10a": (DATA / "decks" / "fresh10a", DATA / "gold" / "fresh10a", DATA / "gold" / "fresh10a_budgets", True),
        "fresh10b": (DATA / "decks" / "fresh10b", DATA / "gold" / "fresh10b", DATA / "gold" / "fresh10b_budgets", True),
        "fresh11a": (DATA / "decks" / "fresh11a", DATA / "gold" / "fresh11a", DATA / "gold" / "fresh11a_budgets", True),
        "fresh11b": (DATA / "decks" / "fresh11b", DATA / "gold" / "fresh11b", DATA / "gold" / "fresh11b_budgets", True),
        "fresh11c": (DATA / "decks" / "fresh11c", DATA / "gold" / "fresh11c", DATA / "gold" / "fresh11c_budgets", True),
        "fresh12a": (DATA / "decks" / "fresh12a", DATA / "gold" / "fresh12a", DATA / "gold" / "fresh12a_budgets", True),
        "fresh12b": (DATA / "decks" / "fresh12b", DATA / "gold" / "fresh12b", DATA / "gold" / "fresh12b_budgets", True),
        "fresh12c": (DATA / "decks" / "fresh12c", DATA / "gold" / "fresh12c", DATA / "gold" / "fresh12c_budgets", True),
        "fresh12d": (DATA / "decks" / "fresh12d", DATA / "gold" / "fresh12d", DATA / "gold" / "fresh12d_budgets", True),
        "fresh13a": (DATA / "decks" / "fresh13a", DATA / "gold" / "fresh13a", DATA / "gold" / "fresh13a_budgets", True),
        "fresh13b": (DATA / "decks" / "fresh13b", DATA / "gold" / "fresh13b", DATA / "gold" / "fresh13b_budgets", True),
        "fresh13c": (DATA / "decks" / "fresh13c", DATA / "gold" / "fresh13c", DATA / "gold" / "fresh13c_budgets", True),
        "fresh13d": (DATA / "decks" / "fresh13d", DATA / "gold" / "fresh13d", DATA / "gold" / "fresh13d_budgets", True),
        "fresh14a": (DATA / "decks" / "fresh14a", DATA / "gold" / "fresh14a", DATA / "gold" / "fresh14a_budgets", True),
        "fresh14b": (DATA / "decks" / "fresh14b", DATA / "gold" / "fresh14b", DATA / "gold" / "fresh14b_budgets", True),
        "fresh14c": (DATA / "decks" / "fresh14c", DATA / "gold" / "fresh14c", DATA / "gold" / "fresh14c_budgets", True),
        "fresh14d": (DATA / "decks" / "fresh14d", DATA / "gold" / "fresh14d", DATA / "gold" / "fresh14d_budgets", True),
        "fresh15a": (DATA / "decks" / "fresh15a", DATA / "gold" / "fresh15a", DATA / "gold" / "fresh15a_budgets", True),
        "fresh15b": (DATA / "decks" / "fresh15b", DATA / "gold" / "fresh15b", DATA / "gold" / "fresh15b_budgets", True),
        "fresh15c": (DATA / "decks" / "fresh15c", DATA / "gold" / "fresh15c", DATA / "gold" / "fresh15c_budgets", True),
        "fresh16a": (DATA / "decks" / "fresh16a", DATA / "gold" / "fresh16a", DATA / "gold" / "fresh16a_budgets", True),
        "fresh16b": (DATA / "decks" / "fresh16b", DATA / "gold" / "fresh16b", DATA / "gold" / "fresh16b_budgets", True),
        "fresh16c": (DATA / "decks" / "fresh16c", DATA / "gold" / "fresh16c", DATA / "gold" / "fresh16c_budgets", True),
        "fresh17a": (DATA / "decks" / "fresh17a", DATA / "gold" / "fresh17a", DATA / "gold" / "fresh17a_budgets", True),
        "fresh17b": (DATA / "decks" / "fresh17b", DATA / "gold" / "fresh17b", DATA / "gold" / "fresh17b_budgets", True),
        "fresh17c": (DATA / "decks" / "fresh17c", DATA / "gold" / "fresh17c", DATA / "gold" / "fresh17c_budgets", True),
        "fresh17d": (DATA / "decks" / "fresh17d", DATA / "gold" / "fresh17d", DATA / "gold" / "fresh17d_budgets", True),
        "fresh17e": (DATA / "decks" / "fresh17e", DATA / "gold" / "fresh17e", DATA / "gold" / "fresh17e_budgets", True),
        "fresh18a": (DATA / "decks" / "fresh18a", DATA / "gold" / "fresh18a", DATA / "gold" / "fresh18a_budgets", True),
        "fresh18b": (DATA / "decks" / "fresh18b", DATA / "gold" / "fresh18b", DATA / "gold" / "fresh18b_budgets", True),
        "fresh18c": (DATA / "decks" / "fresh18c", DATA / "gold" / "fresh18c", DATA / "gold" / "fresh18c_budgets", True),
        "fresh18d": (DATA / "decks" / "fresh18d", DATA / "gold" / "fresh18d", DATA / "gold" / "fresh18d_budgets", True),
        "fresh18e": (DATA / "decks" / "fresh18e", DATA / "gold" / "fresh18e", DATA / "gold" / "fresh18e_budgets", True),
        "fresh19a": (DATA / "decks" / "fresh19a", DATA / "gold" / "fresh19a", DATA / "gold" / "fresh19a_budgets", True),
        "fresh19b": (DATA / "decks" / "fresh19b", DATA / "gold" / "fresh19b", DATA / "gold" / "fresh19b_budgets", True),
        "fresh19c": (DATA / "decks" / "fresh19c", DATA / "gold" / "fresh19c", DATA / "gold" / "fresh19c_budgets", True),
        "fresh19d": (DATA / "decks" / "fresh19d", DATA / "gold" / "fresh19d", DATA / "gold" / "fresh19d_budgets", True),
        "fresh20a": (DATA / "decks" / "fresh20a", DATA / "gold" / "fresh20a", DATA / "gold" / "fresh20a_budgets", True),
        "fresh20b": (DATA / "decks" / "fresh20b", DATA / "gold" / "fresh20b", DATA / "gold" / "fresh20b_budgets", True),
        "fresh20c": (DATA / "decks" / "fresh20c", DATA / "gold" / "fresh20c", DATA / "gold" / "fresh20c_budgets", True),
        "fresh20d": (DATA / "decks" / "fresh20d", DATA / "gold" / "fresh20d", DATA / "gold" / "fresh20d_budgets", True),
        "fresh21a": (DATA / "decks" / "fresh21a", DATA / "gold" / "fresh21a", DATA / "gold" / "fresh21a_budgets", True),
        "fresh21b": (DATA / "decks" / "fresh21b", DATA / "gold" / "fresh21b", DATA / "gold" / "fresh21b_budgets", True),
        "fresh21c": (DATA / "decks" / "fresh21c", DATA / "gold" / "fresh21c", DATA / "gold" / "fresh21c_budgets", True),
        "fresh21d": (DATA / "decks" / "fresh21d", DATA / "gold" / "fresh21d", DATA / "gold" / "fresh21d_budgets", True),
        "fresh22a": (DATA / "decks" / "fresh22a", DATA / "gold" / "fresh22a", DATA / "gold" / "fresh22a_budgets", True),
        "fresh22b": (DATA / "decks" / "fresh22b", DATA / "gold" / "fresh22b", DATA / "gold" / "fresh22b_budgets", True),
        "fresh22d": (DATA / "decks" / "fresh22d", DATA / "gold" / "fresh22d", DATA / "gold" / "fresh22d_budgets", True),
        "fresh22c": (DATA / "decks" / "fresh22c", DATA / "gold" / "fresh22c", DATA / "gold" / "fresh22c_budgets", True),
        "fresh23b": (DATA / "decks" / "fresh23b", DATA / "gold" / "fresh23b", DATA / "gold" / "fresh23b_budgets", True),
        "fresh23c": (DATA / "decks" / "fresh23c", DATA / "gold" / "fresh23c", DATA / "gold" / "fresh23c_budgets", True),
        "fresh23d": (DATA / "decks" / "fresh23d", DATA / "gold" / "fresh23d", DATA / "gold" / "fresh23d_budgets", True),
        "fresh23a": (DATA / "decks" / "fresh23a", DATA / "gold" / "fresh23a", DATA / "gold" / "fresh23a_budgets", True),
        "fresh24b": (DATA / "decks" / "fresh24b", DATA / "gold" / "fresh24b", DATA / "gold" / "fresh24b_budgets", True),
        "fresh24c": (DATA / "decks" / "fresh24c", DATA / "gold" / "fresh24c", DATA / "gold" / "fresh24c_budgets", True),
        "fresh24a": (DATA / "decks" / "fresh24a", DATA / "gold" / "fresh24a", DATA / "gold" / "fresh24a_budgets", True),
        "fresh24d": (DATA / "decks" / "fresh24d", DATA / "gold" / "fresh24d", DATA / "gold" / "fresh24d_budgets", True),
        "fresh25a": (DATA / "decks" / "fresh25a", DATA / "gold" / "fresh25a", DATA / "gold" / "fresh25a_budgets", True),
        "fresh25b": (DATA / "decks" / "fresh25b", DATA / "gold" / "fresh25b", DATA / "gold" / "fresh25b_budgets", True),
        "fresh26a": (DATA / "decks" / "fresh26a", DATA / "gold" / "fresh26a", DATA / "gold" / "fresh26a_budgets", True),
        "fresh26b": (DATA / "decks" / "fresh26b", DATA / "gold" / "fresh26b", DATA / "gold" / "fresh26b_budgets", True),
        "fresh27a": (DATA / "decks" / "fresh27a", DATA / "gold" / "fresh27a", DATA / "gold" / "fresh27a_budgets", True),
        "fresh27b": (DATA / "decks" / "fresh27b", DATA / "gold" / "fresh27b", DATA / "gold" / "fresh27b_budgets", True),
        "dev10c": (DATA / "decks" / "dev10c", DATA / "gold" / "dev10c", DATA / "gold" / "dev10c_budgets", True)}

#: the split of the held-out decks (see tests/data/gold/heldout_budgets/README.md): rules may be looked at and
#: written against DEV only; HELD stays unseen and is scored once at the end
DEV = ("chiba_pref_r2_6gatsu_hosei", "kyotanabe_r2_hosei1_gaiyo", "toyoake_r6_tosho_yosan", "mof_r6_naikaku_yosan_point",
       "aioi_r6_shisei_hoshin", "sakura_r2_hosei_gian1", "osaka_pref_r3_toshi_kogawa", "tokyo_r7_yosan_yokyu")
HELD = ("ozaki_kengi_r4_12gatsu_hosei", "kakamigahara_r6_tosho_juten", "tsuruga_h23_tosho_jigyo_gaiyo",
        "mext_r7_gaisan_shuyo_jiko_p23", "mof_r7_yosan_hosoku_setsumei", "kumagaya_mayor_h30_tosho_blog",
        "shizuoka_pref_r6_kankei_gian", "akita_pref_hosei_tsuika_teian")


def doc_set(spec: str | None) -> set[str] | None:
    """`dev`, `held` or a comma-separated list of deck names; None scores every deck."""
    if not spec:
        return None
    return set({"dev": DEV, "held": HELD}.get(spec, tuple(x.strip() for x in spec.split(",") if x.strip())))


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, DATA / "eval" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _jsonl(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(s) for p in paths for s in p.read_text(encoding="utf-8").splitlines() if s.strip()]


def write_tables(out: Path, docs: set[str] | None = None, decks: Path = DECKS,
                 as_of: dt.date | None = None) -> tuple[Path, Path, Path]:
    """Run the library on every held-out deck and write its mentions and budgets tables as CSV.

    The mentions go out as JSON Lines too (as bench/score_all.py publishes them), for score.py: its CSV reader
    takes qualifiers as JSON or `a|b`, not the Python list a DataFrame's CSV holds.
    """
    recs = [m.record() for d in sorted(decks.glob("*.txt"))
            if docs is None or d.stem in docs for m in extract_deck(read_deck(d), as_of)]
    t = tables_of(recs)
    mentions, budgets, mentions_jsonl = out / "mentions.csv", out / "budgets.csv", out / "mentions.jsonl"
    t["mentions"].to_csv(mentions, index=False)
    t["budgets"].to_csv(budgets, index=False)
    df = t["mentions"].astype(object)
    df = df.where(df.notna(), None)
    mentions_jsonl.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in df.to_dict("records")),
                              encoding="utf-8")
    return mentions, budgets, mentions_jsonl


def score_amounts(mentions_jsonl: Path, docs: set[str] | None = None, gold_dir: Path = AMOUNTS,
                  all_kinds: bool = False) -> tuple[dict[str, Any], dict[str, Any], list[tuple[dict[str, Any], dict[str, Any]]],
                                            list[dict[str, Any]], list[dict[str, Any]]]:
    score = _module("score")
    gold = _jsonl(sorted(f for f in gold_dir.glob("*.jsonl") if docs is None or f.stem in docs))
    pred = [p for p in score.load(str(mentions_jsonl))
            if (all_kinds or p.get("kind") == "amount") and (docs is None or p.get("doc") in docs)]
    res, pairs = score.score(gold, pred)
    per_doc = {}
    for doc in sorted({g["doc"] for g in gold}):
        r, _ = score.score([g for g in gold if g["doc"] == doc], [p for p in pred if p.get("doc") == doc])
        per_doc[doc] = r
    return res, per_doc, pairs, gold, pred


def _gold_dir(out: Path, docs: set[str] | None, budgets: Path = BUDGETS) -> Path:
    """The budgets gold of the chosen decks (all of it when no choice), copied to a folder of its own."""
    if docs is None:
        return budgets
    d = out / "budgets_gold"
    d.mkdir(exist_ok=True)
    for f in budgets.glob("*.jsonl"):
        if f.name.split(".")[0] in docs:
            shutil.copy(f, d / f.name)
    return d


def score_budget_rows(mentions: Path, budgets: Path, gold: Path = BUDGETS) -> dict[str, Any]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        _module("score_budgets").main([str(gold), str(budgets), "--mentions", str(mentions), "--json"])
    return json.loads(buf.getvalue())  # type: ignore[no-any-return]


def traps_taken(budgets: Path, gold: Path = BUDGETS) -> list[dict[str, Any]]:
    """Predicted budgets rows that sit on a not_rows figure (same doc, line and value).

    Where a gold row shares that key (大阪府's sheet: the 要求額 trap and the 査定額 row on one line), the first
    predicted rows up to the number of gold rows of the key are the gold ones; only the rest are traps.
    """
    sb = _module("score_budgets")
    traps = {(t["doc"], t["line"], t["value_yen"]): t for t in _jsonl(sorted(gold.glob("*.not_rows.jsonl")))}
    allowed: dict[tuple[Any, ...], int] = {}
    for g in _jsonl(sorted(f for f in gold.glob("*.jsonl") if not f.name.endswith(".not_rows.jsonl"))):
        key = (g["doc"], g["line"], g["budget_yen"])
        allowed[key] = allowed.get(key, 0) + 1
    taken = []
    for p in sb.read_csv(budgets):
        key = (p.get("doc"), sb.to_int(p.get("line")), sb.to_int(p.get("budget_yen")))
        t = traps.get(key)
        if t is not None and allowed.get(key, 0) > 0:
            allowed[key] -= 1
        elif t is not None:
            taken.append({"doc": t["doc"], "line": t["line"], "text": t["text"], "what": t["what"],
                          "pred_program": p.get("program"), "pred_role": p.get("role")})
    return taken


def _attr(s: dict[str, Any], field: str) -> str:
    v = s.get("amount_attributes", {}).get(field)
    return f"{v:5.3f}" if v is not None else "  -  "


def print_kinds(res: dict[str, Any], per_doc: dict[str, Any]) -> None:
    """Per-kind detection and value scores of a set whose gold holds every kind (fresh), then every kind per deck."""
    print("every kind (fresh gold: all mentions)")
    print(f"{'kind':12} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6} {'value':>6}")
    for k, v in res.items():
        if k != "amount_attributes":
            print(f"{k:12} {v['gold']:5} {v['pred']:5} {v['matched']:5} {v['precision']:6.3f} {v['recall']:6.3f} "
                  f"{v['f1']:6.3f} {v['value_acc']:6.3f}")
    print("amount attributes:", json.dumps(res.get("amount_attributes", {})))
    print(f"\n{'doc (all kinds)':36} {'gold':>5} {'pred':>5} {'match':>5} {'F1':>6} {'value':>6}")
    for doc, s in per_doc.items():
        v = s.get("all", {"gold": 0, "pred": 0, "matched": 0, "f1": 0.0, "value_acc": 0.0})
        print(f"{doc:36} {v['gold']:5} {v['pred']:5} {v['matched']:5} {v['f1']:6.3f} {v['value_acc']:6.3f}")
    print()


def print_report(res: dict[str, Any], per_doc: dict[str, Any], bud: dict[str, Any], traps: list[dict[str, Any]]) -> None:
    print("amounts (blind gold)")
    print(f"{'doc':32} {'gold':>4} {'pred':>4} {'match':>5} {'F1':>6} {'value':>6} {'role':>5} {'fy':>5}")
    for doc, s in [*per_doc.items(), ("ALL", res)]:
        a = s.get("amount", {"gold": 0, "pred": 0, "matched": 0, "f1": 0.0, "value_acc": 0.0})
        print(f"{doc:32} {a['gold']:4} {a['pred']:4} {a['matched']:5} {a['f1']:6.3f} {a['value_acc']:6.3f} "
              f"{_attr(s, 'role')} {_attr(s, 'fy')}")
    print("\nbudgets table (held-out gold rows; ambiguous rows included)")
    print(f"{'doc':32} {'gold':>4} {'pred':>4} {'match':>5} {'rec%':>6} {'prec%':>6} {'prev%':>6} {'prog%':>6} {'exact%':>6}")
    for doc, s in [*bud["per_doc"].items(), ("ALL", bud["all"])]:
        def f(v: Any) -> str:
            return f"{v:6.1f}" if isinstance(v, (int, float)) else f"{'n/a':>6}"
        print(f"{doc:32} {s['gold_rows']:4} {s['pred_rows']:4} {s['matched']:5} {f(s['recall'])} {f(s['precision'])} "
              f"{f(s['previous_accuracy'])} {f(s['program_accuracy'])} {f(s['program_exact_accuracy'])}")
    reasons = bud["all"].get("recall_miss_reasons") or {}
    if reasons:
        print("why gold rows are missing: " + ", ".join(f"{k} {v}" for k, v in reasons.items()))
    print(f"traps taken (predicted rows on a not_rows figure): {len(traps)}")


def print_misses(pairs: list[tuple[dict[str, Any], dict[str, Any]]], gold: list[dict[str, Any]], pred: list[dict[str, Any]],
                 bud: dict[str, Any], traps: list[dict[str, Any]], n: int) -> None:
    got_g = {id(g) for g, _ in pairs}
    got_p = {id(p) for _, p in pairs}
    for g in [g for g in gold if id(g) not in got_g][:n]:
        print("MISS ", g["doc"], g["line"], g["kind"], g["text"])
    for p in [p for p in pred if id(p) not in got_p][:n]:
        print("FALSE", p.get("doc"), p.get("line"), p.get("kind"), p.get("text"))
    for field in ("role", "fy"):
        wrong = [(g, p) for g, p in pairs if g.get(field) not in (None, "") and str(g.get(field)) != str(p.get(field))]
        for g, p in wrong[:n]:
            print(f"ATTR {field}", g["doc"], g["line"], g["text"], g.get(field), "!=", p.get(field))
    for kind, rows in bud["all"]["misses"].items():
        for x in rows[:n]:
            print(f"BUDGETS {kind}", json.dumps(x, ensure_ascii=False, default=str))
    for t in traps[:n]:
        print("TRAP", json.dumps(t, ensure_ascii=False))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", type=int, default=0, help="print at most N misses of each sort")
    ap.add_argument("--json", type=Path, help="also write the scores as JSON here")
    ap.add_argument("--keep", type=Path, help="write the CSVs here instead of a temporary folder")
    ap.add_argument("--docs", help="dev, held, or deck names separated by commas (default: every deck)")
    ap.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date.today(),
                    help="the run's reference date for years only weekdays give (default: today)")
    ap.add_argument("--set", dest="set_name", choices=sorted(SETS), default="heldout",
                    help="which blind set: heldout (amount gold, default), fresh ... fresh5c (every kind)")
    a = ap.parse_args()
    docs = doc_set(a.docs)
    decks, mention_gold, budgets_gold, all_kinds = SETS[a.set_name]
    with tempfile.TemporaryDirectory() as td:
        out = a.keep or Path(td)
        out.mkdir(parents=True, exist_ok=True)
        mentions, budgets, mentions_jsonl = write_tables(out, docs, decks, a.as_of)
        res, per_doc, pairs, gold, pred = score_amounts(mentions_jsonl, docs, mention_gold, all_kinds)
        gold_dir = _gold_dir(out, docs, budgets_gold)
        bud = score_budget_rows(mentions, budgets, gold_dir)
        traps = traps_taken(budgets, gold_dir)
    if all_kinds:
        print_kinds(res, per_doc)
    print_report(res, per_doc, bud, traps)
    if a.misses:
        print_misses(pairs, gold, pred, bud, traps, a.misses)
    if a.json:
        out_json = {"amounts": {"all": res, "per_doc": per_doc},
                    "budgets": {"all": {k: v for k, v in bud["all"].items() if k != "misses"},
                                "per_doc": {d: {k: v for k, v in s.items() if k != "misses"} for d, s in bud["per_doc"].items()}},
                    "traps_taken": traps}
        a.json.write_text(json.dumps(out_json, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
