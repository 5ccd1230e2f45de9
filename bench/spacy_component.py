"""The extraction's speed on the MEXT sample deck three ways, against pyNormalizeNumExp on the same text:
the run's `extract_deck`, the spaCy component's `quantities()` (the same extraction, offsets added), and a
whole spaCy pipeline (`spacy.blank("ja")` + `deck_quantities`: Sudachi's tokenizing is spaCy's cost,
paid by whoever runs spaCy anyway).

usage: python bench/spacy_component.py [--reference-python .venv-bench/bin/python]   -> prints JSON
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
SAMPLE = ROOT / "raw" / "mext_intl_2024-05-09.txt"
CHUNK_BYTES = 40_000  # Sudachi takes at most 49,149 bytes per Doc


def best(fn, repeat: int = 5) -> float:
    out = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out = min(out, time.perf_counter() - t)
    return out


def chunks(text: str) -> list[str]:
    out, cur = [], ""
    for line in text.split("\n"):
        if cur and len((cur + line).encode("utf-8")) > CHUNK_BYTES:
            out.append(cur.rstrip("\n"))
            cur = ""
        cur += line + "\n"
    return out + ([cur.rstrip("\n")] if cur else [])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reference-python", default=None)
    a = ap.parse_args()
    import spacy

    from extract.context.programs import pipeline
    from extract.ingest import read_deck
    from extract.mentions import extract_deck
    from extract.spacy_quantities import FACTORY, quantities

    deck = read_deck(SAMPLE)
    text = SAMPLE.read_text(encoding="utf-8")
    pipeline()
    nlp = spacy.blank("ja")
    nlp.add_pipe(FACTORY)
    parts = chunks(text)
    res = {"text": SAMPLE.name, "chars": len(text),
           "extract_deck_s": round(best(lambda: extract_deck(deck)), 4),
           "component_quantities_s": round(best(lambda: quantities(text, doc_name=SAMPLE.stem)), 4),
           "spacy_pipeline_s": round(best(lambda: list(nlp.pipe(parts)), 3), 4),
           "spacy_tokenizer_only_s": round(best(lambda: [nlp.make_doc(p) for p in parts], 3), 4)}
    if a.reference_python:
        dest = Path(tempfile.mkdtemp()) / "nne.jsonl"
        runs = []
        for _ in range(3):
            proc = subprocess.run([a.reference_python, str(ROOT / "bench" / "reference_tools.py"), "nne", str(SAMPLE),
                                   str(dest)], capture_output=True, text=True, timeout=1800, check=True)
            runs.append(json.loads(proc.stdout.strip().splitlines()[-1])["seconds"])
        res["nne_s"] = round(min(runs), 4)
        for k in ("extract_deck_s", "component_quantities_s", "spacy_pipeline_s"):
            res[f"nne_over_{k[:-2]}"] = round(res["nne_s"] / res[k], 1)
    print(json.dumps(res, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
