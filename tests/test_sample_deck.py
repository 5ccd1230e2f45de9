"""The sample deck end to end through the library, scored with the project's scorer against its gold."""
from __future__ import annotations

import json

import pytest

from extract.ingest import read_deck
from extract.mentions import extract_deck

from .conftest import SAMPLE_GOLD, load_scorer


@pytest.fixture(scope="module")
def scores(sample_deck_path):
    pred = [m.record() for m in extract_deck(read_deck(sample_deck_path))]
    gold = [json.loads(l) for l in SAMPLE_GOLD.read_text(encoding="utf-8").splitlines() if l.strip()]
    result, _ = load_scorer().score(gold, pred)
    return result


@pytest.mark.parametrize("kind", ["amount", "duration", "count", "percent", "rank", "fiscal_year", "date"])
def test_every_kind_detected_and_normalized(scores, kind):
    assert scores[kind]["f1"] >= 0.97, scores[kind]
    assert scores[kind]["value_acc"] >= 0.99, scores[kind]


@pytest.mark.parametrize("attr", ["role", "per", "fy", "qualifiers"])
def test_amount_attributes(scores, attr):
    assert scores["amount_attributes"][attr] >= 0.95, scores["amount_attributes"]


def test_programmes_attributed(sample_deck_path):
    ms = [m for m in extract_deck(read_deck(sample_deck_path)) if m.kind == "amount"]
    by_text = {(m.line, m.text): m.program for m in ms}
    assert by_text[(1269, "2,527百万円")] == "海外特別研究員事業"
    assert by_text[(819, "9.2億円")] == "医療分野国際科学技術共同研究開発推進事業"
    assert by_text[(573, "30百万円~50百万円")] == "コンソーシアム共同研究タイプ"
