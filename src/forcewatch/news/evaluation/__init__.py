"""Evaluation of news extraction on real text (issue 4, must-have 3).

The evaluation set is built at run time from the store (``records`` of the sources
``mpv`` and ``ksr``): each row's ``description`` is news-derived text, and the same
row holds the gold values, already mapped to the shared vocabularies by the
importers.  Nothing is copied into the repository.

* **Split** by incident date: DEV before 2020-04-01 (may be used for tuning),
  HELD-OUT from 2020-04-01 on (never used for tuning; only aggregates are shown).
  A DEV row that shares its text, Fatal Encounters id, Washington Post id or MPV id
  with a held-out row is left out of DEV, so no death is on both sides.
* **"Text states the field"**: a field is scored on a row only when its text states
  the gold value, by a transparent rule per field; the cue lists are data
  (``news/data/eval_cues.yaml``).
* **Negatives**: hand-written texts with no victim killed by police (or with one
  named victim among officials and relatives), ``tests/fixtures/news/eval_negatives``.

Modules: ``dataset`` (the set, its split, the negatives), ``names`` (name matching),
``states`` (the "states" rules), ``extractor`` (running the extractor), ``scoring``
(metrics, bars, error examples), ``report`` (table, JSON, :func:`run`).

Run::

    python -m forcewatch.news.evaluate --split dev --examples 20
    python -m forcewatch.news.evaluate --split all --out benchmarks/results/news_eval.json

See docs/news-evaluation.md.
"""

from .dataset import (
    CUTOFF,
    GOLD_COLUMNS,
    NEGATIVES_DIR,
    NOT_POLICE_FORCE,
    PUBLISHED_LAG_DAYS,
    REPO,
    SOURCES,
    SPLITS,
    annotate,
    build_set,
    default_mirror,
    load_negatives,
    set_summary,
    split_of,
)
from .extractor import MODES, Extractor, KnownPoliceDeath, for_mode, run_extractor
from .names import fold, lower_plain, name_tokens, names_match
from .report import ROW_LABELS, print_examples, print_table, run
from .scoring import AGENCY_MIN_RATIO, BARS, EXCERPT_CHARS, FIELDS, check_bars, field_results, score, score_negatives
from .states import STATES_COLUMNS, Rules, cues, rules, states_row

__all__ = ["AGENCY_MIN_RATIO", "BARS", "CUTOFF", "EXCERPT_CHARS", "FIELDS", "GOLD_COLUMNS", "MODES", "NEGATIVES_DIR",
           "NOT_POLICE_FORCE",
           "PUBLISHED_LAG_DAYS", "REPO", "ROW_LABELS", "SOURCES", "SPLITS", "STATES_COLUMNS", "Extractor",
           "KnownPoliceDeath", "Rules", "for_mode",
           "annotate", "build_set", "check_bars", "cues", "default_mirror", "field_results", "fold",
           "load_negatives", "lower_plain", "name_tokens", "names_match", "print_examples", "print_table", "rules",
           "run", "run_extractor", "score", "score_negatives", "set_summary", "split_of", "states_row"]
