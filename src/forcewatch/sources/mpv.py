"""Mapping Police Violence (Campaign Zero): the full download workbook, incident
sheet '2013-2020 Police Killings'.  https://mappingpoliceviolence.org

The workbook's three other sheets (killings by PD, by state, of Black men) are
summaries; their headers match no layout, so the build skips them.
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
    split_list,
    zip5,
)
from .common_extra import AGENCY_SEP, keep_list, refine_armed, split_keeping
from .names import name_columns

LICENCE = "Mapping Police Violence / Campaign Zero (no licence text published with the data)"
WEAPON = "Alleged Weapon (Source: WaPo and Review of Cases Not Included in WaPo Database)"
#: an FBI ORI: state + 7 characters (a few MPV entries are one character short; kept)
_ORI = re.compile(r"^[A-Z]{2}[A-Z0-9]{5,7}$")
_ORI_SEP = re.compile(r"[,;]")
_URL_SEP = re.compile(r"[;\s]+")
_PAREN = re.compile(r"\([^)]*\)")
_OFFICER_SEP = re.compile(r"\s*(?:,|;|\band\b)\s*", re.I)


def disposition(official: pd.Series, charges: pd.Series) -> pd.Series:
    """'Official disposition' and 'Criminal Charges?' in one text."""
    def one(d: str | None, c: str | None) -> str | None:
        if c is None:
            return d
        return f"{d} | Criminal charges: {c}" if d else f"Criminal charges: {c}"

    return pd.Series([one(d, c) for d, c in zip(official, charges)], dtype=object)


def officer_names(s: pd.Series) -> pd.Series:
    """'Chad Lewis (fired weapon), Brandon Silva and Jo Roe' -> three names."""
    return split_list(omap(s, lambda v: None if v is None else _PAREN.sub(" ", v)), _OFFICER_SEP)


class Mpv(Layout):
    name = "mpv"
    source = "mpv"
    licence = LICENCE
    required = frozenset({"victim's name", "date of incident (month/day/year)", "mpv id",
                          "armed/unarmed status", "agency responsible for death"})

    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        out = name_columns(column(table, "Victim's name"))
        out["source_id"] = ident(column(table, "MPV ID"))
        out["mpv_id"] = out["source_id"]
        out["wapo_id"] = ident(column(table, "WaPo ID (If included in WaPo database)"))
        out["fe_id"] = ident(column(table, "Fatal Encounters ID"))
        out["age_raw"] = column(table, "Victim's age")
        out["age"] = parse_age(ctx, out["age_raw"])
        out["gender_raw"] = column(table, "Victim's gender")
        out["gender"] = map_code(ctx, out["gender_raw"], "gender", "gender")
        out["race_raw"] = column(table, "Victim's race")
        out["race"] = map_code(ctx, out["race_raw"], "race", "race")
        # calamine gives date cells as ISO text; typed-in dates stay m/d/Y
        out["date_raw"] = column(table, "Date of Incident (month/day/year)")
        out["date"] = parse_date(ctx, out["date_raw"],
                                 ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%m/%d/%Y"])
        out["address"] = column(table, "Street Address of Incident")
        out["city"] = column(table, "City")
        out["state"] = column(table, "State")
        out["zip"] = zip5(column(table, "Zipcode"))
        out["county"] = column(table, "County")
        out["agencies_raw"] = column(table, "Agency responsible for death")
        out["agencies"] = split_keeping(out["agencies_raw"], AGENCY_SEP,
                                        keep_list(ctx, "agency_names_with_commas"))
        # 'Not Found/No Agency ORI', 'U.S. Marshals', 'FBI', ... are not ORI codes
        oris = split_list(column(table, "ORI Agency Identifier (if available)"), _ORI_SEP)
        out["agency_oris"] = omap(oris, lambda v: ([o for o in v if _ORI.match(o)] or None)
                                  if v else None)
        out["cause_raw"] = column(table, "Cause of death")
        out["causes"] = map_multi(ctx, out["cause_raw"], "cause_of_death", "cause", ",")
        out["description"] = column(
            table, "A brief description of the circumstances surrounding the death")
        out["disposition"] = disposition(
            column(table, "Official disposition of death (justified or other)"),
            column(table, "Criminal Charges?"))
        out["urls"] = split_list(
            column(table, "Link to news article or photo of official document"), _URL_SEP)
        out["mental_illness_raw"] = column(table, "Symptoms of mental illness?")
        out["mental_illness"] = map_code(ctx, out["mental_illness_raw"], "mental_illness",
                                         "mental_illness")
        out["armed_raw"] = column(table, "Armed/Unarmed Status")
        armed = map_code(ctx, out["armed_raw"], "armed_status", "armed")
        out["weapon_raw"] = column(table, WEAPON)
        weapons = map_code(ctx, out["weapon_raw"], "alleged_weapon", "weapons")
        out["weapons"] = omap(weapons, lambda w: w or None)
        out["armed"] = refine_armed(armed, out["weapons"])
        out["threat_raw"] = column(table, "Alleged Threat Level (Source: WaPo)")
        out["threat"] = map_code(ctx, out["threat_raw"], "threat_level", "threat")
        out["flee_raw"] = column(table, "Fleeing (Source: WaPo)")
        out["flee"] = map_code(ctx, out["flee_raw"], "fleeing", "flee")
        out["body_camera_raw"] = column(table, "Body Camera (Source: WaPo)")
        out["body_camera"] = map_code(ctx, out["body_camera_raw"], "body_camera", "body_camera")
        out["off_duty"] = map_code(ctx, column(table, "Off-Duty Killing?"), "off_duty", "off_duty")
        out["officer_names"] = officer_names(column(table, "Names of Officers Involved (DRAFT)"))
        return pd.DataFrame(out)


LAYOUTS = [Mpv]
