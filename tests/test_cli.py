"""The console script: `deck-to-data mentions DECK` prints JSON Lines; errors go to stderr with an exit code."""
from __future__ import annotations

import json

import pytest

from deck_to_data_flows.cli import main, parse_args
from extract.options import RunOptions, from_arguments

from .helpers import assert_scores_like_the_library


def test_mentions_prints_json_lines(capsys, sample_deck_path, sample_library_score):
    assert main(["mentions", str(sample_deck_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(l) for l in lines]
    assert_scores_like_the_library(records, sample_library_score)
    assert records[0]["text"] == "令和６年５月９日" and records[0]["line"] == 6


def test_mentions_on_a_bad_deck_says_why(capsys, tmp_path):
    p = tmp_path / "x.pdf"
    p.write_text("not a pdf")
    assert main(["mentions", str(p)]) == 2
    assert "not a PDF" in capsys.readouterr().err


def test_run_arguments_default_to_raw_and_output():
    opts = from_arguments(parse_args(["run"]))
    assert (str(opts.raw), str(opts.out_dir)) == ("raw", "output")
    assert opts == RunOptions()  # every default written once, in RunOptions
    opts = from_arguments(parse_args(["run", "decks", "--out", "tables", "--deck-timeout", "5", "--dask-local", "2"]))
    assert (str(opts.raw), str(opts.out_dir), opts.deck_timeout, opts.dask_local) == ("decks", "tables", 5.0, 2)


@pytest.mark.parametrize("argv, why", [
    (["run", "--deck-timeout", "0"], "deck_timeout"),
    (["run", "--lock-timeout", "-1"], "lock_timeout"),
    (["run", "--dask-local", "2", "--dask-address", "tcp://127.0.0.1:8786"], "not both"),
])
def test_invalid_options_are_refused_with_their_name(capsys, argv, why):
    assert main(argv) == 2
    assert why in capsys.readouterr().err


def test_options_resolve_from_a_dict_and_refuse_unknown_names():
    assert RunOptions.resolve({"raw": "decks", "settle_seconds": 0}).raw.name == "decks"
    with pytest.raises(ValueError, match="unknown run options: bogus"):
        RunOptions.resolve({"bogus": 1})
