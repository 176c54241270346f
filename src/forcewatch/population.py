"""Census population tables (placeholder until the population loaders land)."""

from __future__ import annotations

from typing import Iterable

from .sources.base import Layout

LAYOUTS: list[type[Layout]] = []


def detect(header: Iterable[str]) -> type[Layout] | None:
    header = list(header)
    hits = [lay for lay in LAYOUTS if lay.matches(header)]
    return max(hits, key=lambda lay: len(lay.required)) if hits else None


def write(con, tables) -> None:
    return None
