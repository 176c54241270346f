"""Evaluation of news extraction on real text (issue 4, must-have 3): the command line.

The harness is the package :mod:`forcewatch.news.evaluation`; its public names are
importable from here too (``from forcewatch.news import evaluate as E; E.run(...)``).

Run::

    python -m forcewatch.news.evaluate --split dev --examples 20
    python -m forcewatch.news.evaluate --split all --out benchmarks/results/news_eval.json
    python -m forcewatch.news.evaluate --split all --mode description \
        --out benchmarks/results/news_eval_description.json

See docs/news-evaluation.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from . import evaluation
from .evaluation import *  # noqa: F403 - the public API of the package, importable from here as before

__all__ = [*evaluation.__all__, "main"]


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m forcewatch.news.evaluate",
                                description="Evaluate news extraction on MPV / KSR descriptions "
                                            "(see docs/news-evaluation.md).")
    p.add_argument("--split", choices=[*evaluation.SPLITS, "all"], default="heldout")
    p.add_argument("--out", type=Path, help="write the metrics as JSON here")
    p.add_argument("--mirror", type=Path, help="data folder (default: FORCEWATCH_MIRROR, else ../shared/data)")
    p.add_argument("--store", type=Path, help="read the set from this built store instead of building one")
    p.add_argument("--examples", type=int, default=0, help="error examples per field (dev split only)")
    p.add_argument("--jobs", type=int, default=1, help="extractor processes (default 1)")
    p.add_argument("--negatives", type=Path, help="folder of negative texts (default: the fixtures)")
    p.add_argument("--mode", choices=evaluation.MODES, default="article",
                   help="article: read each text as any news article (default); description: tell the "
                        "extractor each text is known to be about a police killing")
    p.add_argument("--check", action="store_true", help="exit 1 when a held-out bar fails")
    a = p.parse_args(argv)
    res = evaluation.run(a.split, a.out, a.mirror, a.store, a.examples, jobs=a.jobs,
                         negatives=a.negatives if a.negatives else "default", mode=a.mode)
    held = res["splits"].get("heldout", {}).get("bars", [])
    return 1 if a.check and any(b["pass"] is False for b in held) else 0


if __name__ == "__main__":
    sys.exit(main())
