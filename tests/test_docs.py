"""Docs checked against the code: the generated reference docs must be current,
and every mapping file must only target shared-vocabulary values."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from forcewatch import docgen
from forcewatch.sources import LAYOUTS
from forcewatch.sources.base import load_vocab, shared_vocabularies

DOCS = Path(__file__).resolve().parents[1] / "docs"

#: mapping columns -> the vocabulary their canonical values belong to
TARGETS = {"gender": "gender", "race": "race", "armed": "armed", "weapons": "weapon",
           "threat": "threat", "flee": "flee", "mental_illness": "mental_illness",
           "causes": "cause", "cause": "cause", "location_precision": "location_precision"}


@pytest.mark.parametrize("name", sorted(docgen.DOCS))
def test_generated_docs_are_current(name):
    assert (DOCS / name).read_text("utf-8") == docgen.DOCS[name](), (
        f"docs/{name} is stale: run `python -m forcewatch.docgen docs/`")


def test_every_layout_has_a_documented_mapping_or_needs_none():
    names = {f.name[:-5] for f in resources.files("forcewatch.vocab").iterdir()
             if f.name.endswith(".yaml")}
    for lay in LAYOUTS:
        if lay.kind == "records":
            assert lay.name in names or lay.name.startswith("fe"), lay.name


def _values(v):
    if isinstance(v, dict):
        for k, x in v.items():
            yield from ((k, y) for _, y in _values(x))
    elif isinstance(v, list):
        for x in v:
            yield (None, x)
    else:
        yield (None, v)


def test_mapping_targets_exist_in_shared_vocabularies():
    vocab = shared_vocabularies()
    allvals = {code for codes in vocab.values() for code in codes}
    for f in resources.files("forcewatch.vocab").iterdir():
        if not f.name.endswith(".yaml") or f.name == "vocabularies.yaml":
            continue
        for column, table in load_vocab(f.name[:-5]).items():
            if not isinstance(table, dict):
                continue
            for raw, target in table.items():
                if isinstance(target, dict):
                    for field, val in target.items():
                        vals = val if isinstance(val, list) else [val]
                        allowed = set(vocab[TARGETS[field]]) if field in TARGETS else allvals
                        for x in vals:
                            assert x is None or x in allowed, (f.name, column, raw, x)
                elif isinstance(target, (str, list)):
                    vals = target if isinstance(target, list) else [target]
                    for x in vals:
                        assert x in allvals, (f.name, column, raw, x)
