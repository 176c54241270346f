"""Fatal Encounters (D. Brian Burghart, https://fatalencounters.org): every death in
an encounter with US law enforcement since 2000.

Three layouts:

* ``fe`` - the official FE spreadsheet, 2016-2019 ("Subject's name", 'Cause of
  death', ...) and 2020-2021 ('Name', 'Highest level of force', 'Armed/Unarmed',
  ...) headers, read through header aliases by one adapter;
* ``fe_form`` - the oldest official layout, the Google-Form responses sheet
  (2013-2014: 'Timestamp', "Subject's name", ..., 8 unnamed trailing columns,
  the first holding a record number such as '1.1');
* ``fe_name_list`` - slanglab's derived list {date, city, name, name_org}
  (Keith et al., EMNLP 2017): names, dates and cities only.

Every FE export carries a separator row, 'Items below this row have not been
fact-checked.' (dated 12/31/1999 or 2100-12-31): it is not a death and is
quarantined with that reason.
"""

from __future__ import annotations

import re
from functools import partial

import pandas as pd

from ..readers import RawTable
from .base import (
    ImportContext,
    Layout,
    blank_to_none,
    column,
    ident,
    map_code,
    omap,
    parse_age,
    parse_date,
    parse_float,
    split_list,
    zip5,
)
from .common_extra import AGENCY_SEP, keep_list, key_or_prefix, refine_armed, split_keeping
from .names import name_columns

LICENCE = "Fatal Encounters (D. Brian Burghart, fatalencounters.org): credit requested"
DATE_FORMATS = ["%m/%d/%Y", "%B %d, %Y", "%b %d, %Y", "%Y-%m-%d"]
MARKER = re.compile(r"items below this row have not been fact-?checked", re.I)
MARKER_DATES = frozenset({"12/31/1999", "2100-12-31", "12/31/2100", "December 31, 1999"})
MARKER_REASON = ("Fatal Encounters marker row 'Items below this row have not been "
                 "fact-checked': a spreadsheet separator, not a death")
_URL_SEP = re.compile(r"[;\s]+")


def quarantine_marker(ctx: ImportContext, out: dict[str, pd.Series]) -> None:
    """Quarantine FE's separator row; its date is dropped so the marker is the only reason."""
    name, date_raw = out["name_raw"], out["date_raw"]
    mask = pd.Series([bool(n and MARKER.search(n)) or
                      (d in MARKER_DATES and (n is None or n.casefold().startswith("items")))
                      for n, d in zip(name, date_raw)], index=name.index)
    ctx.quarantine(mask, "name", name, MARKER_REASON)
    out["date"] = pd.Series([None if m else d for m, d in zip(mask, out["date"])], dtype=object,
                            index=name.index)


def coded(ctx: ImportContext, s: pd.Series, column_name: str, fieldname: str) -> pd.Series:
    """map_code, for a column some layouts lack (then there is nothing to map)."""
    if s.isna().all():
        return s
    return map_code(ctx, s, column_name, fieldname)


def force_columns(ctx: ImportContext, armed: pd.Series, weapon: pd.Series, threat: pd.Series,
                  flee: pd.Series) -> dict[str, pd.Series]:
    """FE's 'Armed/Unarmed', 'Alleged weapon', 'Aggressive physical movement' and
    'Fleeing/Not fleeing' (also used by the KSR file, which carries FE's columns)."""
    out = {"armed_raw": armed, "weapon_raw": weapon, "threat_raw": threat, "flee_raw": flee}
    status = coded(ctx, armed, "armed_unarmed", "armed")
    if weapon.notna().any():
        weapon = key_or_prefix(ctx, weapon, "alleged_weapon")
    out["weapons"] = omap(coded(ctx, weapon, "alleged_weapon", "weapons"), lambda w: w or None)
    out["armed"] = refine_armed(status, out["weapons"])
    out["threat"] = coded(ctx, threat, "aggressive_physical_movement", "threat")
    out["flee"] = coded(ctx, flee, "fleeing", "flee")
    return out


def intended_force(ctx: ImportContext, raw: pd.Series) -> dict[str, pd.Series]:
    """FE's 'Intended use of force (Developing)' (also in the KSR file)."""
    return {"intended_force_raw": raw,
            "intended_force": coded(ctx, raw, "intended_use_of_force", "intended_force")}


class FeSheet(Layout):
    """The official FE spreadsheet (2016-2019 and 2020-2021 headers)."""

    name = "fe"
    source = "fe"
    licence = LICENCE
    required = frozenset({"unique id", "date of injury resulting in death (month/day/year)",
                          "location of death (city)", "location of death (zip code)"})

    def ids(self, table: RawTable) -> tuple[pd.Series, pd.Series]:
        """(source_id, fe_id): FE's 'Unique ID' is both."""
        uid = ident(column(table, "Unique ID"))
        return uid, uid

    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        c = partial(column, table)
        out = name_columns(c("Name", "Subject's name"))
        out["source_id"], out["fe_id"] = self.ids(table)
        out["age_raw"] = c("Age", "Subject's age")
        out["age"] = parse_age(ctx, out["age_raw"])
        out["gender_raw"] = c("Gender", "Subject's gender")
        out["gender"] = coded(ctx, out["gender_raw"], "gender", "gender")
        out["race_raw"] = c("Race", "Subject's race")
        out["race"] = coded(ctx, out["race_raw"], "race", "race")
        out["date_raw"] = c("Date of injury resulting in death (month/day/year)")
        out["date"] = parse_date(ctx, out["date_raw"], DATE_FORMATS)
        out["address"] = c("Location of injury (address)")
        out["city"] = c("Location of death (city)")
        out["state"] = c("State", "Location of death (state)")
        out["zip"] = zip5(c("Location of death (zip code)"))
        out["county"] = c("Location of death (county)")
        out["latitude"] = parse_float(ctx, c("Latitude"), "latitude", -90, 90)
        out["longitude"] = parse_float(ctx, c("Longitude"), "longitude", -180, 180)
        out["agencies_raw"] = c("Agency or agencies involved", "Agency responsible for death")
        out["agencies"] = split_keeping(out["agencies_raw"], AGENCY_SEP,
                                        keep_list(ctx, "agency_names_with_commas"))
        out["cause_raw"] = c("Highest level of force", "Cause of death")
        out["causes"] = coded(ctx, out["cause_raw"], "cause", "cause")
        out.update(force_columns(ctx, c("Armed/Unarmed"), c("Alleged weapon"),
                                 c("Aggressive physical movement"), c("Fleeing/Not fleeing")))
        out["mental_illness_raw"] = c(
            "Foreknowledge of mental illness? INTERNAL USE, NOT FOR ANALYSIS",
            "Symptoms of mental illness? INTERNAL USE, NOT FOR ANALYSIS",
            "Symptoms of mental illness?")
        out["mental_illness"] = coded(ctx, out["mental_illness_raw"], "mental_illness",
                                      "mental_illness")
        out.update(intended_force(ctx, c("Intended use of force (Developing)")))
        out["description"] = c("Brief description",
                               "A brief description of the circumstances surrounding the death")
        out["disposition"] = c("Dispositions/Exclusions INTERNAL USE, NOT FOR ANALYSIS",
                               "Official disposition of death (justified or other)")
        out["urls"] = split_list(c("Supporting document link",
                                   "Link to news article or photo of official document"),
                                 _URL_SEP)
        quarantine_marker(ctx, out)
        return pd.DataFrame(out)


class FeForm(FeSheet):
    """The oldest official layout (Google-Form responses, 2013-2014)."""

    name = "fe_form"
    required = frozenset({"timestamp", "subject's name",
                          "date of injury resulting in death (month/day/year)",
                          "unique identifier/submitted by"})
    forbidden = frozenset({"unique id"})

    def ids(self, table: RawTable) -> tuple[pd.Series, pd.Series]:
        """The record number ('1.1') in the first unnamed trailing column; it is
        not an FE 'Unique ID', so fe_id stays NULL."""
        none = pd.Series([None] * len(table), dtype=object)
        blank = [k for h, k in zip(table.header, table.keys) if not h.strip()]
        if not blank:
            return none, none
        return blank_to_none(pd.Series(table.columns[blank[0]], dtype=object)), none


class FeNameList(Layout):
    """slanglab's derived FE list (JSON Lines): {date, city, name, name_org}."""

    name = "fe_name_list"
    source = "fe"
    licence = LICENCE + "; list derived by Keith et al. (EMNLP 2017)"
    required = frozenset({"date", "city", "name", "name_org"})

    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        out = name_columns(column(table, "name_org"))  # 'name' is a shortened form
        out["source_id"] = pd.Series([None] * len(table), dtype=object)
        out["date_raw"] = column(table, "date")
        out["date"] = parse_date(ctx, out["date_raw"], ["%Y-%m-%d"])
        out["city"] = column(table, "city")
        quarantine_marker(ctx, out)
        return pd.DataFrame(out)


LAYOUTS = [FeSheet, FeForm, FeNameList]
