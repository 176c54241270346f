"""Source adapters. Each layout is recognised from its header, not its file name.

Adding a source means adding one module here with its :class:`Layout` classes,
one mapping file per layout in ``vocab/``, and listing the classes in LAYOUTS.
"""

from __future__ import annotations

from typing import Iterable

from .base import Layout
from .wapo import WapoV1, WapoV2, WapoV2Agencies

LAYOUTS: list[type[Layout]] = [WapoV1, WapoV2, WapoV2Agencies]

for _mod in ("mpv", "guardian", "fe", "ksr"):
    try:  # adapters are added one module at a time
        _m = __import__(f"{__name__}.{_mod}", fromlist=["LAYOUTS"])
        LAYOUTS.extend(_m.LAYOUTS)
    except ModuleNotFoundError as _exc:
        if _exc.name != f"{__name__}.{_mod}":
            raise


def detect(header: Iterable[str]) -> type[Layout] | None:
    """The most specific layout whose required columns are all in `header`."""
    header = list(header)
    hits = [lay for lay in LAYOUTS if lay.matches(header)]
    if not hits:
        return None
    return max(hits, key=lambda lay: len(lay.required))


def layout_by_name(name: str) -> type[Layout]:
    for lay in LAYOUTS:
        if lay.name == name:
            return lay
    raise KeyError(name)
