"""The `deck_quantities` spaCy component: the run's own extraction on a spaCy Doc, found through the
package's entry point, on a plain `spacy.blank("ja")` and on the project's own Sudachi pipeline."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import tomllib

import pytest
import spacy

from extract.context.programs import pipeline
from extract.ingest import read_deck
from extract.mentions import extract_deck
from extract.spacy_quantities import EXTENSIONS, FACTORY, SPANS_KEY, quantities

from .conftest import ROOT

TEXT = "令和6年度予算額 19億円（前年度予算額 18億円）\n海外特別研究員事業 3年間 10件 50%以上 約1,200人"


def _rows(doc, key=SPANS_KEY):
    return [(s.text, s.label_, s._.min, s._.max, s._.unit, tuple(s._.qualifiers or ()), s._.role, s._.fy, s._.line)
            for s in doc.spans[key]]


@pytest.fixture(scope="module")
def blank():
    import extract.spacy_quantities  # noqa: F401  (registers the factory; the entry point test checks discovery)

    nlp = spacy.blank("ja")
    nlp.add_pipe(FACTORY)
    return nlp


def test_spans_carry_the_normalized_values(blank):
    rows = _rows(blank(TEXT))
    assert ("19億円", "amount", 1_900_000_000, 1_900_000_000, "yen", (), "budget", 2024, 1) in rows
    assert ("18億円", "amount", 1_800_000_000, 1_800_000_000, "yen", (), "previous_budget", 2023, 1) in rows
    assert ("3年間", "duration", 3, 3, "year", (), None, None, 2) in rows
    assert ("50%", "percent", 50, None, "percent", ("at_least",), None, None, 2) in rows
    assert any(r[1] == "count" and r[2] == 1200 for r in rows)


@pytest.mark.parametrize("text", ["", "\n\n", "予算はありません", "abc def", "第一章 はじめに"])
def test_text_without_quantities_gives_an_empty_group(blank, text):
    doc = blank(text)
    assert list(doc.spans[SPANS_KEY]) == []


@pytest.mark.parametrize("text", [
    TEXT,
    "平成３０年度補正予算 1,234百万円\r\n（うち 5億円）",  # CRLF lines, full-width digits
    "  \u3000前年度 12万円～15万円\n2024年5月9日から３か月",
])
def test_each_span_is_its_mention_as_written(blank, text):
    doc = blank(text)
    spans = list(doc.spans[SPANS_KEY])
    found = quantities(text)
    assert len(spans) == len(found) > 0
    for span, (a, b, record) in zip(spans, found):
        assert span._.written == text[a:b] == record["text"]
        assert span.start_char <= a and b <= span.end_char  # widened to whole tokens at most
        assert {k: getattr(span._, k) for k in EXTENSIONS if k != "written"} == {k: record.get(k) for k in EXTENSIONS
                                                                             if k != "written"}


def test_the_component_finds_what_the_run_finds_in_a_deck(sample_deck_path):
    text = sample_deck_path.read_text(encoding="utf-8")
    run_rows = [m.record() for m in extract_deck(read_deck(sample_deck_path))]
    mine = quantities(text, doc_name=sample_deck_path.stem)
    assert [r for _, _, r in mine] == run_rows
    lines = text.split("\n")
    for a, b, r in mine:  # and each offset points at the mention on its line
        assert text[a:b] == r["text"] and r["text"] in lines[r["line"] - 1]


def test_a_spans_key_and_deck_year_from_the_config(blank):
    nlp = spacy.blank("ja")
    nlp.add_pipe(FACTORY, config={"spans_key": "q", "deck_year": 2019})
    doc = nlp("４月10～11日に開催")
    (span,) = doc.spans["q"]
    assert span.label_ == "date" and span._.min == "2019-04-10" and span._.max == "2019-04-11"
    assert SPANS_KEY not in doc.spans


def test_on_the_projects_own_pipeline():
    # the project's pipeline (Sudachi split mode C) is per thread: this thread's copy is the test's alone
    got: dict[str, object] = {}

    def work() -> None:
        nlp, _ = pipeline()
        nlp.add_pipe(FACTORY)
        got["rows"] = _rows(nlp(TEXT))
        got["tokens"] = [t.text for t in nlp(TEXT)]

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert got["rows"] == _rows_blank()
    assert "予算額" in got["tokens"]  # split mode C: the project's tokenizer, not the default one


def _rows_blank():
    nlp = spacy.blank("ja")
    nlp.add_pipe(FACTORY)
    return _rows(nlp(TEXT))


def test_a_pipeline_with_the_component_saves_and_loads(blank, tmp_path):
    blank.to_disk(tmp_path / "nlp")
    again = spacy.load(tmp_path / "nlp")
    assert again.pipe_names == [FACTORY] and _rows(again(TEXT)) == _rows(blank(TEXT))


@pytest.mark.slow
def test_spacy_finds_the_factory_through_the_entry_point(tmp_path):
    """A fresh interpreter that never imports our module: spaCy loads it from the `spacy_factories` entry
    point declared in pyproject.toml (here as an installed distribution's metadata would carry it)."""
    eps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["entry-points"]
    dist = tmp_path / "deck_to_data_entry_points-0.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: deck-to-data-entry-points\nVersion: 0.0\n")
    (dist / "entry_points.txt").write_text(
        "[spacy_factories]\n" + "".join(f"{k} = {v}\n" for k, v in eps["spacy_factories"].items()))
    code = textwrap.dedent(f"""
        import sys, spacy
        nlp = spacy.blank("ja")
        assert "extract.spacy_quantities" in sys.modules, "not loaded through the entry point"
        nlp.add_pipe({FACTORY!r})
        doc = nlp("予算 19億円")
        print([(s.text, s._.max) for s in doc.spans[{SPANS_KEY!r}]])
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT / "src"), str(ROOT)])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[('19億円', 1900000000)]"


def test_the_readmes_spacy_example_gives_what_it_says():
    import ast

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(b.split("```", 1)[0] for b in text.split("```python\n")[1:] if "deck_quantities" in b.split("```", 1)[0])
    code, _, said = block.partition("\n# ")
    *setup, last = code.strip().splitlines()
    scope: dict[str, object] = {}
    exec("\n".join(setup), scope)
    expected = ast.literal_eval(" ".join(line.lstrip("# ").strip() for line in ("# " + said).splitlines()))
    assert eval(last, scope) == expected
