"""Know Systemic Racism (KSR, Stanford): African Americans killed in encounters
with California law enforcement, 1968-2023.
https://github.com/ckw-stanford/ca-fatalencounters-data

Fatal Encounters rows plus Washington Post v2 records, each with 'fe id' and
'wapo id' (gold cross-database links).  Names come in parts (first, middle,
last, suffix); where the parts are blank the full name is parsed.  Two dates
are before 2000 (1968, 1982): they are real and kept.
"""

from __future__ import annotations

import re
from functools import partial

import pandas as pd

from ..readers import RawTable
from .base import (
    ImportContext,
    Layout,
    column,
    combine_lists,
    ident,
    map_code,
    omap,
    parse_age,
    parse_date,
    parse_float,
    split_list,
    to_list,
    zip5,
)
from .common_extra import first_of
from .fe import force_columns, intended_force
from .names import name_columns

LICENCE = ("Know Systemic Racism (Williams, Coleman, Colmenares 2023, doi:10.25740/yp736bs8569): "
           "cite; Fatal Encounters and Washington Post terms apply")
_URL_SEP = re.compile(r"[;\s]+")


def lat_lon(ctx: ImportContext, s: pd.Series) -> tuple[pd.Series, pd.Series]:
    """'37.73, -122.18' -> (latitude, longitude)."""
    parts = omap(s, lambda v: [p.strip() for p in v.split(",")] if v else None)
    lat = omap(parts, lambda p: p[0] if p else None)
    lon = omap(parts, lambda p: p[1] if p and len(p) > 1 else None)
    return (parse_float(ctx, lat, "latitude", -90, 90),
            parse_float(ctx, lon, "longitude", -180, 180))


class Ksr(Layout):
    name = "ksr"
    source = "ksr"
    licence = LICENCE
    required = frozenset({"ksr id", "full name", "fe id", "wapo id", "manner of death",
                          "date of death (yyyy-mm-dd)"})

    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        c = partial(column, table)
        out = name_columns(c("full name"))
        first, middle, last, suffix = c("first name"), c("middle name"), c("last name"), c("suffix")
        given = first.notna() | last.notna()  # parts given: use them, else keep the parsed ones
        for col, part in (("first_name", first), ("middle_name", middle), ("last_name", last),
                          ("name_suffix", suffix)):
            out[col] = pd.Series([p if g else q for g, p, q in zip(given, part, out[col])],
                                 dtype=object)
        out["source_id"] = ident(c("ksr id"))
        out["fe_id"] = ident(c("fe id"))
        out["wapo_id"] = ident(c("wapo id"))
        out["age_raw"] = c("age")
        out["age"] = parse_age(ctx, out["age_raw"])
        out["gender_raw"] = c("gender")
        out["gender"] = map_code(ctx, out["gender_raw"], "gender", "gender")
        out["race_raw"] = c("race")
        out["race"] = map_code(ctx, out["race_raw"], "race", "race")
        out["date_raw"] = c("date of death (YYYY-MM-DD)")
        out["date"] = parse_date(ctx, out["date_raw"], ["%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d"])
        out["address"] = c("street address")
        out["city"] = c("city")
        out["state"] = c("state")
        out["zip"] = zip5(c("zip code"))
        out["county"] = c("county")
        out["latitude"], out["longitude"] = lat_lon(ctx, c("lat_lon"))
        leas = [c("lea"), c("lea 2"), c("lea 3")]
        out["agencies"] = combine_lists(*(to_list(s) for s in leas))
        out["agencies_raw"] = pd.Series(
            ["; ".join(x for x in t if x) or None for t in zip(*leas)], dtype=object)
        out["cause_raw"] = c("manner of death")
        out["causes"] = map_code(ctx, out["cause_raw"], "manner_of_death", "cause")
        out.update(force_columns(ctx, c("armed/unarmed"), c("alleged weapon"),
                                 c("aggressive physical movement"), c("fleeing/Not fleeing")))
        out["mental_illness_raw"] = first_of(
            c("mental illness"),
            c("Foreknowledge of mental illness? INTERNAL USE, NOT FOR ANALYSIS"))
        out["mental_illness"] = map_code(ctx, out["mental_illness_raw"], "mental_illness",
                                         "mental_illness")
        out.update(intended_force(ctx, c("Intended use of force (Developing)")))
        out["description"] = c("Brief description")
        out["disposition"] = c("Dispositions/Exclusions INTERNAL USE, NOT FOR ANALYSIS")
        out["urls"] = combine_lists(*(split_list(c(n), _URL_SEP) for n in (
            "Supporting document link", "Additional supporting document",
            "archived supporting link")))
        return pd.DataFrame(out)


LAYOUTS = [Ksr]
