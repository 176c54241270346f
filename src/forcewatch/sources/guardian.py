"""The Guardian, "The Counted": people killed by police in the US in 2015 and 2016.
https://www.theguardian.com/us-news/ng-interactive/2015/jun/01/the-counted-police-killings-us-database

The date comes in three columns (month name, day, year); an impossible
combination such as February 30 quarantines the row.
"""

from __future__ import annotations

import pandas as pd

from ..readers import RawTable
from .base import ImportContext, Layout, column, ident, map_code, omap, parse_age, parse_date
from .common_extra import AGENCY_SEP_AND, keep_list, split_keeping, unless
from .names import name_columns

LICENCE = ("The Guardian: credit the Guardian and link to "
           "http://www.theguardian.com/thecounted (no formal licence)")


def date_text(month: pd.Series, day: pd.Series, year: pd.Series) -> pd.Series:
    """'January', '1', '2015' -> 'January 1, 2015' (None when all three are blank)."""
    def one(m: str | None, d: str | None, y: str | None) -> str | None:
        if m is None and d is None and y is None:
            return None
        return f"{m or ''} {d or ''}, {y or ''}".strip()

    return pd.Series([one(m, d, y) for m, d, y in zip(month, day, year)], dtype=object)


class Guardian(Layout):
    name = "guardian"
    source = "guardian"
    licence = LICENCE
    required = frozenset({"uid", "name", "raceethnicity", "month", "day", "year",
                          "classification", "lawenforcementagency", "armed"})

    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        out = name_columns(column(table, "name"))
        out["source_id"] = ident(column(table, "uid"))
        out["age_raw"] = column(table, "age")
        out["age"] = parse_age(ctx, out["age_raw"])
        out["gender_raw"] = column(table, "gender")
        out["gender"] = map_code(ctx, out["gender_raw"], "gender", "gender")
        out["race_raw"] = column(table, "raceethnicity")
        out["race"] = map_code(ctx, out["race_raw"], "raceethnicity", "race")
        out["date_raw"] = date_text(column(table, "month"), column(table, "day"),
                                    column(table, "year"))
        out["date"] = parse_date(ctx, out["date_raw"], ["%B %d, %Y"])
        out["address"] = unless(column(table, "streetaddress"), ["unknown"])
        out["city"] = column(table, "city")
        out["state"] = column(table, "state")
        out["agencies_raw"] = column(table, "lawenforcementagency")
        out["agencies"] = split_keeping(unless(out["agencies_raw"], ["unknown"]), AGENCY_SEP_AND,
                                        keep_list(ctx, "agency_names_with_separators"))
        out["cause_raw"] = column(table, "classification")
        out["causes"] = map_code(ctx, out["cause_raw"], "classification", "cause")
        out["armed_raw"] = column(table, "armed")
        out["weapon_raw"] = out["armed_raw"]
        arm = map_code(ctx, out["armed_raw"], "armed", "armed")
        out["armed"] = omap(arm, lambda m: m["armed"] if m else None)
        out["weapons"] = omap(arm, lambda m: (m["weapons"] or None) if m else None)
        return pd.DataFrame(out)


LAYOUTS = [Guardian]
