"""The Washington Post "Fatal Force" database: v1 and v2 layouts and the v2
agencies companion file.  https://github.com/washingtonpost/data-police-shootings
"""

from __future__ import annotations

import re

import pandas as pd

from ..readers import RawTable
from .base import (
    ImportContext,
    Layout,
    column,
    ident,
    map_code,
    map_multi,
    omap,
    parse_age,
    parse_date,
    parse_float,
)
from .names import name_columns

LICENCE = "CC BY-NC-SA 4.0 (The Washington Post)"
_SEMI = re.compile(r";")


def _common(table: RawTable, ctx: ImportContext) -> dict[str, pd.Series]:
    out = name_columns(column(table, "name"))
    out["source_id"] = ident(column(table, "id"))
    out["wapo_id"] = out["source_id"]
    out["age_raw"] = column(table, "age")
    out["age"] = parse_age(ctx, out["age_raw"])
    out["gender_raw"] = column(table, "gender")
    out["gender"] = map_code(ctx, out["gender_raw"], "gender", "gender")
    out["race_raw"] = column(table, "race")
    out["race"] = map_multi(ctx, out["race_raw"], "race", "race", _SEMI)
    out["date_raw"] = column(table, "date")
    out["date"] = parse_date(ctx, out["date_raw"], ["%Y-%m-%d"])
    out["city"] = column(table, "city")
    out["state"] = column(table, "state")
    out["latitude"] = parse_float(ctx, column(table, "latitude"), "latitude", -90, 90)
    out["longitude"] = parse_float(ctx, column(table, "longitude"), "longitude", -180, 180)
    out["body_camera_raw"] = column(table, "body_camera")
    out["body_camera"] = map_code(ctx, out["body_camera_raw"], "body_camera", "body_camera")
    return out


class WapoV1(Layout):
    name = "wapo_v1"
    source = "wapo"
    licence = LICENCE
    required = frozenset({"id", "name", "date", "manner_of_death", "armed", "threat_level",
                          "signs_of_mental_illness"})

    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        out = _common(table, ctx)
        out["cause_raw"] = column(table, "manner_of_death")
        out["causes"] = map_code(ctx, out["cause_raw"], "manner_of_death", "cause")
        out["armed_raw"] = column(table, "armed")
        out["weapon_raw"] = out["armed_raw"]
        arm = map_code(ctx, out["armed_raw"], "armed", "armed")
        out["armed"] = omap(arm, lambda m: m["armed"] if m else None)
        out["weapons"] = omap(arm, lambda m: (m["weapons"] or None) if m else None)
        out["threat_raw"] = column(table, "threat_level")
        out["threat"] = map_code(ctx, out["threat_raw"], "threat_level", "threat")
        out["flee_raw"] = column(table, "flee")
        out["flee"] = map_code(ctx, out["flee_raw"], "flee", "flee")
        out["mental_illness_raw"] = column(table, "signs_of_mental_illness")
        out["mental_illness"] = map_code(ctx, out["mental_illness_raw"],
                                         "signs_of_mental_illness", "mental_illness")
        out["location_precision"] = map_code(ctx, column(table, "is_geocoding_exact"),
                                             "is_geocoding_exact", "location_precision")
        return pd.DataFrame(out)


def _armed_status(weapons: list[str] | None) -> str | None:
    if not weapons:
        return None
    if weapons == ["unarmed"] or weapons == ["undetermined"]:
        return weapons[0]
    real = [w for w in weapons if w not in ("unarmed", "undetermined")]
    if real == ["replica"]:
        return "replica"
    if real == ["vehicle"]:
        return "vehicle"
    return "armed"


class WapoV2(Layout):
    name = "wapo_v2"
    source = "wapo"
    licence = LICENCE
    required = frozenset({"id", "date", "threat_type", "flee_status", "armed_with",
                          "agency_ids"})

    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        out = _common(table, ctx)
        out["county"] = column(table, "county")
        out["causes"] = pd.Series([["gunshot"]] * len(table), dtype=object)
        out["armed_raw"] = column(table, "armed_with")
        out["weapon_raw"] = out["armed_raw"]
        parts = map_multi(ctx, out["armed_raw"], "armed_with", "armed", _SEMI)
        out["armed"] = omap(parts, _armed_status)
        out["weapons"] = omap(parts, lambda p: [w for w in p if w not in ("unarmed", "undetermined")]
                              or None if p else None)
        out["threat_raw"] = column(table, "threat_type")
        out["threat"] = map_code(ctx, out["threat_raw"], "threat_type", "threat")
        out["flee_raw"] = column(table, "flee_status")
        out["flee"] = map_code(ctx, out["flee_raw"], "flee_status", "flee")
        out["mental_illness_raw"] = column(table, "was_mental_illness_related")
        out["mental_illness"] = map_code(ctx, out["mental_illness_raw"],
                                         "was_mental_illness_related", "mental_illness")
        out["location_precision"] = map_code(ctx, column(table, "location_precision"),
                                             "location_precision", "location_precision")
        ids = column(table, "agency_ids")
        out["agencies_raw"] = ids
        agencies: dict[str, tuple[str, str | None]] = ctx.aux.get("wapo_agencies", {})
        names, oris, missing = [], [], []
        for v in ids:
            n, o, miss = [], [], False
            for a in (v or "").split(";"):
                a = a.strip()
                if not a:
                    continue
                if a in agencies:
                    nm, ori = agencies[a]
                    n.append(nm)
                    o.extend(x for x in (ori or "").split(";") if x.strip())
                else:
                    n.append(f"agency #{a}")
                    miss = True
            names.append(n or None)
            oris.append(o or None)
            missing.append(miss)
        out["agencies"] = pd.Series(names, dtype=object)
        out["agency_oris"] = pd.Series(oris, dtype=object)
        if agencies:
            ctx.warn(pd.Series(missing), "agency_ids", ids,
                     lambda v: f"agency id(s) {v!r} not in the agencies file; kept as ids")
        elif ids.notna().any():
            ctx.warn(pd.Series([i == 0 for i in range(len(ids))]), "agency_ids", ids,
                     "no WaPo agencies file found beside this file: agencies kept as ids only")
        return pd.DataFrame(out)


class WapoV2Agencies(Layout):
    """Companion table: agency id -> name, type, state, ORI codes."""

    name = "wapo_v2_agencies"
    source = "wapo"
    kind = "aux"
    licence = LICENCE
    required = frozenset({"id", "name", "type", "state", "oricodes", "total_shootings"})

    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        return pd.DataFrame({
            "agency_id": ident(column(table, "id")),
            "name": column(table, "name"),
            "type": column(table, "type"),
            "state": column(table, "state"),
            "oricodes": column(table, "oricodes"),
            "total_shootings": pd.to_numeric(column(table, "total_shootings"), errors="coerce"),
        })
