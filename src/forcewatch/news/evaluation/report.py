"""Reporting the news evaluation: the rich table and error examples on the console, the JSON
file, and :func:`run`, which builds the set, scores each split and reports it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from .dataset import NEGATIVES_DIR, SOURCES, SPLITS, build_set, load_negatives, set_summary
from .extractor import Extractor
from .scoring import FIELDS, jsonable, score

ROW_LABELS = (("detection", "victims detected (all rows)"),
              ("detection_death_stated", "victims detected (text says a death)"),
              ("detection_police_death_stated", "victims detected (text says a death and police)"),
              ("right_victim", "right victim named (text names them)"),
              *((k, v[0]) for k, v in FIELDS.items()))


def _cell(m: Mapping[str, Any] | None) -> str:
    if not m or not m.get("n"):
        return "-"
    return f"{m['accuracy']:.1%} ({m['n']:,})"


def print_table(res: Mapping[str, Any], split: str, console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    bars = {b["bar"]: b for b in res["bars"]}
    bar_of = {"detection": "detection", "age": "age", "cause": "cause", "city": "city", "state": "state"}
    t = Table(title=f"News extraction, {split} split, {res.get('mode', 'article')} mode (accuracy, rows scored)")
    t.add_column("metric")
    for c in ("MPV", "KSR", "all"):
        t.add_column(c, justify="right")
    t.add_column("bar", justify="right")
    t.add_column("pass")
    m = res["metrics"]
    t.add_row("rows (distinct texts)", *(f"{m[s]['rows']:,} ({m[s]['texts']:,})" for s in (*SOURCES, "all")),
              "", "")
    for key, label in ROW_LABELS:
        b = bars.get(bar_of.get(key, ""))
        t.add_row(label, *(_cell(m[s][key]) for s in (*SOURCES, "all")),
                  f"{b['op']} {b['threshold']:.0%}" if b else "", _pass(b))
    for key, label in (("false_victims_named", "named false victims on positives"),
                       ("extra_victims", "all extra victims on positives")):
        t.add_row(label, *(f"{m[s][key]['count']:,} / {m[s]['victims_returned']:,}" for s in (*SOURCES, "all")),
                  "", "")
    neg = res.get("negatives")
    if neg:
        t.add_row("false victims on negatives (texts with any)", "", "",
                  f"{neg['false_victims']} ({neg['texts_with_false_victims']}/{neg['texts']} texts)", "", "")
        t.add_row("expected victims found in mixed negatives", "", "",
                  f"{neg['expected_found']} / {neg['expected_victims']}", "", "")
    fv = res["false_victims"]
    b = bars.get("false_victims")
    rate = "-" if fv["rate"] is None else f"{fv['rate']:.2%}"
    t.add_row("false victims / victims returned", "", "", f"{rate} ({fv['false']}/{fv['returned']})",
              f"< {b['threshold']:.0%}", _pass(b))
    console.print(t)
    e = res["extraction"]
    console.print(f"extractor: {e['texts']:,} texts in {e['seconds']} s "
                  f"({e['texts_per_second']} texts/s, {e['jobs']} job(s)); errors: {e['errors'] or 'none'}")


def _pass(b: Mapping[str, Any] | None) -> str:
    if not b:
        return ""
    return {True: "[green]pass[/]", False: "[red]FAIL[/]", None: "-"}[b["pass"]]


def print_examples(ex: Mapping[str, list], console=None) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = console or Console()
    for key, items in ex.items():
        if not items:
            continue
        console.rule(f"DEV errors: {key}")
        for it in items:
            extra = {k: v for k, v in it.items() if k not in ("text", "record_id")}
            console.print(f"[bold]{escape(str(it['record_id']))}[/] {escape(json.dumps(extra, default=str))}",
                          highlight=False)
            console.print(f"  {it['text']}", markup=False, highlight=False)


def run(split: str = "heldout", out: str | Path | None = None, mirror: str | Path | None = None,
        store: str | Path | None = None, examples: int = 0, *, jobs: int = 1,
        extractor: Extractor | None = None, negatives: Any = "default", quiet: bool = False,
        data: pd.DataFrame | None = None, mode: str = "article") -> dict[str, Any]:
    """Evaluate on `split` ("dev", "heldout" or "all"), print the table, write JSON to `out`.

    The set is read from `store` if given, else built from `mirror` (default mirror if
    neither).  `examples` error examples per field are shown for DEV only, never for the
    held-out split.  `negatives`: "default" (tests/fixtures/news/eval_negatives), a
    folder, a list from load_negatives, or None.  `mode`: "article" or "description" (see
    :func:`~forcewatch.news.evaluation.score`).
    """
    if split not in (*SPLITS, "all"):
        raise ValueError(f"split must be dev, heldout or all, not {split!r}")
    from rich.console import Console

    console = Console(quiet=quiet)
    if not console.is_terminal:
        console.width = max(console.width, 132)
    df = data if data is not None else build_set(store if store is not None else mirror)
    if isinstance(negatives, str) and negatives == "default":
        negs = load_negatives() if NEGATIVES_DIR.is_dir() else []
    elif isinstance(negatives, (str, Path)):
        negs = load_negatives(negatives)
    else:
        negs = list(negatives or [])
    result: dict[str, Any] = {"generated": dt.datetime.now().isoformat(timespec="seconds"),
                              "mode": mode, "set": set_summary(df), "splits": {}}
    for sp in (SPLITS if split == "all" else (split,)):
        k = examples if sp == "dev" else 0
        if sp == "heldout" and examples:
            console.print("[yellow]examples are shown for the dev split only; held-out: aggregates only[/]")
        res = score(df[df["split"] == sp], extractor, negatives=negs, jobs=jobs, examples=k, mode=mode)
        result["splits"][sp] = res
        print_table(res, sp, console)
        if k and res.get("examples"):
            print_examples(res["examples"], console)
            neg_fail = (res.get("negatives") or {}).get("failures")
            if neg_fail:
                console.rule("negatives with false or missed victims (hand-written texts)")
                for f in neg_fail:
                    console.print(json.dumps(f), markup=False, highlight=False)
    if out:
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(jsonable(result), indent=1, default=str) + "\n", "utf-8")
        console.print(f"written {out}")
    return result
