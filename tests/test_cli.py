"""The console script: `extract mentions DECK` prints JSON Lines; errors go to stderr with an exit code."""
from __future__ import annotations

import json

from extract.cli import main, parse_args


def test_mentions_prints_json_lines(capsys, sample_deck_path):
    assert main(["mentions", str(sample_deck_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(l) for l in lines]
    assert len(records) == 296
    assert records[0]["text"] == "令和６年５月９日" and records[0]["line"] == 6


def test_mentions_on_a_bad_deck_says_why(capsys, tmp_path):
    p = tmp_path / "x.pdf"
    p.write_text("not a pdf")
    assert main(["mentions", str(p)]) == 2
    assert "not a PDF" in capsys.readouterr().err


def test_run_arguments_default_to_raw_and_output():
    args = parse_args(["run"])
    assert (str(args.raw_dir), str(args.out_dir)) == ("raw", "output")
    args = parse_args(["run", "decks", "--out", "tables"])
    assert (str(args.raw_dir), str(args.out_dir)) == ("decks", "tables")
