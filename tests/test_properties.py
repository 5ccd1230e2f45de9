"""Property tests for the rules on arbitrary and adversarial text: no exception, no super-linear
regex time, text found in its source, ordered intervals, the same rows every time."""
from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import mentions

# text that looks like deck text: digits (ASCII, full-width, kanji), units, waves, brackets, eras, noise
PIECES = ["0", "1", "9", "１", "２", "０", ",", ".", "．", "，", "億", "万", "千", "百", "兆", "円", "年", "年度", "月", "日",
          "か月", "週間", "人", "件", "か国", "%", "％", "割", "位", "以上", "以内", "最大", "約", "程度", "～", "〜", "~",
          "-", "－", "（", "）", "(", ")", "令和", "平成", "R", "H", "第", "/", "：", " ", "予算額", "前年度", "補正",
          "▲", "+", "数", "十", "三", "〇", "の", "課題", "・", "\u3000", "案", "G", "P"]
deckish = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
anything = st.text(max_size=200)


def extract(*texts: str):
    return mentions(*texts)


def check(texts: tuple[str, ...]) -> None:
    ms = extract(*texts)
    for m in ms:
        assert m.text and m.text in texts[m.line - 1], (m.text, texts[m.line - 1])
        if m.min is not None and m.max is not None:
            assert m.min <= m.max, (m.text, m.min, m.max)
    again = extract(*texts)
    assert [m.record() for m in ms] == [m.record() for m in again]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(deckish, min_size=1, max_size=4))
def test_deck_like_text(texts):
    check(tuple(texts))


@settings(max_examples=300, deadline=None)
@given(st.lists(anything, min_size=1, max_size=3))
def test_any_unicode(texts):
    check(tuple(texts))


def _seconds(text: str) -> float:
    """CPU seconds of this process: a ratio of two of them holds on a loaded machine, wall seconds do not."""
    t = time.process_time()
    extract(text)
    return time.process_time() - t


def test_adversarial_lines_take_linear_time():
    """Long runs that make backtracking regexes explode: 10x the length may cost ~10x, not 100x."""
    patterns = ["〜", "1", "1,", "１〜", "年", "1年", "億", "1億", "約", " ", "令和1", "(", "1~", "の"]
    for p in patterns:
        small, big = p * 2_000, p * 20_000
        t_small = max(_seconds(small), 1e-3)
        t_big = _seconds(big)
        assert t_big < 40 * t_small + 0.5, (p, t_small, t_big)


def test_a_100k_character_line():
    """A 100k-character budget line is read whole, in time linear in its length: ten times the line may cost
    ~10x the CPU of a tenth of it, never the square (no wall-clock limit: the suite runs on loaded machines)."""
    unit = "令和6年度予算額（案） 19億円（前年度予算額 19億円）"
    line, tenth = (unit * 4000)[:100_000], (unit * 400)[:10_000]
    t_tenth = max(_seconds(tenth), 1e-3)
    t = time.process_time()
    ms = extract(line)
    t_line = time.process_time() - t
    assert t_line < 30 * t_tenth + 1.0, (t_tenth, t_line)
    assert len(ms) > 1000
    assert len(ms) >= 9 * len(extract(tenth))
