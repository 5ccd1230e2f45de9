"""Size check of `make lint`: functions over 60 lines and files over 400 lines in src/extract and deck_to_data_flows.

The offenders of the day the check came in are listed in tools/sizes_baseline.txt; that list may only
shrink. A new offender fails the check; an offender that got short enough is reported so its line can go
(`python tools/sizes.py --prune` drops those lines, and never adds one).

    python tools/sizes.py            # report, exit 1 on a new offender
    python tools/sizes.py --prune    # also rewrite the baseline without the offenders that are fixed
"""
from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("src/extract", "deck_to_data_flows")
MAX_FUNCTION_LINES = 60
MAX_FILE_LINES = 400
BASELINE = ROOT / "tools" / "sizes_baseline.txt"


def functions(tree: ast.AST, prefix: str = "") -> Iterator[tuple[str, int]]:
    """(qualified name, lines from `def` to the last line of the body) of every function, nested ones too."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            name = prefix + node.name
            yield name, (node.end_lineno or node.lineno) - node.lineno + 1
            yield from functions(node, name + ".")
        elif isinstance(node, ast.ClassDef):
            yield from functions(node, prefix + node.name + ".")
        else:
            yield from functions(node, prefix)


def offenders(root: Path = ROOT) -> dict[str, int]:
    """`path` (a file) or `path::name` (a function) -> its length in lines, for every one over its limit."""
    found: dict[str, int] = {}
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            text = path.read_text(encoding="utf-8")
            if (n := len(text.splitlines())) > MAX_FILE_LINES:
                found[rel] = n
            for name, n in functions(ast.parse(text, filename=rel)):
                if n > MAX_FUNCTION_LINES:
                    found[f"{rel}::{name}"] = max(n, found.get(f"{rel}::{name}", 0))
    return found


def read_baseline(path: Path = BASELINE) -> list[str]:
    if not path.exists():
        return []
    return [line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.split("#")[0].strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prune", action="store_true", help="drop fixed offenders from the baseline (never adds one)")
    args = parser.parse_args(argv)
    now = offenders()
    baseline = read_baseline()
    new = sorted(set(now) - set(baseline))
    fixed = [key for key in baseline if key not in now]
    files = sum("::" not in key for key in now)
    print(f"sizes: {len(now) - files} functions over {MAX_FUNCTION_LINES} lines, {files} files over {MAX_FILE_LINES} lines"
          f" ({len(now) - len(new)} known in {BASELINE.relative_to(ROOT)})")
    for key in sorted(now, key=lambda k: -now[k]):
        print(f"  {now[key]:5d}  {key}{'   <- NEW' if key in new else ''}")
    if fixed:
        print(f"fixed, no longer over the limit (`python tools/sizes.py --prune` drops them): {', '.join(fixed)}")
        if args.prune:
            kept = [line for line in BASELINE.read_text(encoding="utf-8").splitlines()
                    if line.split("#")[0].strip() not in fixed]
            BASELINE.write_text("\n".join(kept) + "\n", encoding="utf-8")
    if new:
        print(f"new offenders: split them (functions <= {MAX_FUNCTION_LINES} lines, files <= {MAX_FILE_LINES}); "
              "the baseline only shrinks", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
