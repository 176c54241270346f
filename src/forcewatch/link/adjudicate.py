"""Adjudication of the disputed WaPo<->MPV gold pairs (docs/linkage.md, "Adjudication").

A disputed pair is a false positive or false negative of a linked store's clusters against
the raw gold (MPV rows' `wapo_id`). `adjudication_rows(con)` lists them with both records'
fields and a candidate verdict from transparent rules on the records' own fields (name,
date, age, place, gender) — never the linker's probability. `REVIEW` holds the verdicts a
person changed after reading the rows; they override the rules (`decided_by = 'review'`).

    python -m forcewatch.link.adjudicate --store forcewatch.duckdb   # rewrites the CSV
"""

from __future__ import annotations

import argparse
from difflib import SequenceMatcher
from pathlib import Path

import duckdb
import pandas as pd

from forcewatch.link import evaluate as ev
from forcewatch.link.prepare import prepare

CSV = Path(__file__).resolve().parent.parent / "data" / "adjudication_wapo_mpv.csv"

COLUMNS = ["mpv_record_id", "wapo_record_id", "mpv_name", "mpv_date", "mpv_city", "mpv_state",
           "mpv_age", "mpv_gender", "mpv_wapo_id", "wapo_id", "wapo_name", "wapo_date",
           "wapo_city", "wapo_state", "wapo_age", "wapo_gender", "gold_says", "model_says",
           "verdict", "decided_by", "evidence"]

#: (mpv_record_id, wapo_record_id) -> (verdict, evidence): verdicts changed by reading the rows
_M = "mpv/2021-04-21/MPVDatasetDownload_2021-04-21.xlsx:2013-2020 Police Killings#"
_W = "wapo/2024-04-04/wapo_v2_fatal-police-shootings-data_2024-04-04.csv#"
REVIEW: dict[tuple[str, str], tuple[str, str]] = {
    (_M + "2190", _W + "4260"): ("same", "Review: WaPo 4705 is an unnamed man killed the same day in "
                                 "the same city (San Jose CA) as Efren Esquivel; MPV's wapo_id 5417 "
                                 "is Jason Larkin (Phoenix AZ), one of the ids rotated on 2019-05-04."),
    (_M + "2192", _W + "4264"): ("same", "Review: same full name with middle name (Jason Demarcus "
                                 "Larkin), same date and state; ages 37/35 and cities Gadsden/Phoenix "
                                 "differ slightly; MPV's wapo_id 4708 is Ethan Murray (rotated ids)."),
    (_M + "2193", _W + "4260"): ("different", "Review: Saoun Pol was killed in Stockton and is WaPo "
                                 "5416 (same name, age, date, city); WaPo 4705 is the unnamed San Jose "
                                 "man (Efren Esquivel)."),
    (_M + "2026", _W + "4411"): ("same", "Review: WaPo 4826 is an unnamed 61-year-old man, 2019-06-29, "
                                 "Denton County TX, which contains Lantana; WaPo 5455 is the named "
                                 "record of the same death (WaPo duplicate)."),
    (_M + "963", _W + "5364"): ("different", "Review: states differ (MPV Fontana CA, WaPo "
                                "Washington County OR)."),
    (_M + "334", _W + "5952"): ("unsure", "Review: first names differ (David/Daniel Alvarado Jr.); "
                                "same date and city, MPV has no age; MPV's wapo_id 6482 is not a WaPo "
                                "record."),
    (_M + "270", _W + "5928"): ("different", "Review: state, date and gender differ (MPV unnamed "
                                "man, Hemet CA, 2021-01-26; WaPo Helen Jones, female, Phoenix AZ, "
                                "2020-12-28)."),
    (_M + "180", _W + "6098"): ("same", "Review: same full name with middle name, date and city; "
                                "ages differ (38/27, likely a typo); MPV's wapo_id 6625 is not a WaPo "
                                "record."),
    (_M + "159", _W + "6118"): ("different", "Review: first names differ (David/Shannon Savela, two "
                                "people killed in one incident); each is linked to his own WaPo record "
                                "in another row."),
    (_M + "162", _W + "6119"): ("different", "Review: first names differ (Shannon/David Savela, two "
                                "people killed in one incident); each is linked to his own WaPo record "
                                "in another row."),
}


def _tokens(name: str | None) -> list[str]:
    return name.split() if isinstance(name, str) and name.strip() else []


def name_agreement(a: str | None, b: str | None) -> str:
    """'missing' | 'agree' | 'close' | 'differ' for two normalised full names."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return "missing"
    if ta == tb or set(ta) <= set(tb) or set(tb) <= set(ta) or (ta[0] == tb[0] and ta[-1] == tb[-1]):
        return "agree"
    if (ta[-1] == tb[-1] or SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio() >= 0.85
            or (ta[0] == tb[0] and SequenceMatcher(None, ta[-1], tb[-1]).ratio() >= 0.8)):
        return "close"
    return "differ"


def _desc(name, age, date, city, state, gender) -> str:
    n = f"'{name}'" if isinstance(name, str) and name else "(name withheld)"
    a = f"age {int(age)}" if pd.notna(age) else "age unknown"
    g = f", {gender}" if isinstance(gender, str) and gender else ""
    date = pd.Timestamp(date).date() if pd.notna(date) else "date unknown"
    return f"{n} ({a}{g}, {date}, {city or '?'} {state or '?'})"


def _rule(r: pd.Series) -> tuple[str, str]:
    """(verdict, rule name) from the two records' own fields."""
    names = name_agreement(r["n_m"], r["n_w"])
    dd = abs((pd.Timestamp(r["mpv_date"]) - pd.Timestamp(r["wapo_date"])).days) \
        if pd.notna(r["mpv_date"]) and pd.notna(r["wapo_date"]) else None
    same_state = r["mpv_state"] == r["wapo_state"]
    same_city = isinstance(r["mpv_city"], str) and isinstance(r["wapo_city"], str) \
        and r["mpv_city"].lower() == r["wapo_city"].lower()
    ages = (r["mpv_age"], r["wapo_age"])
    age_d = abs(ages[0] - ages[1]) if all(pd.notna(x) for x in ages) else None
    age_ok = age_d is None or age_d <= 1
    gender_ok = not (isinstance(r["mpv_gender"], str) and isinstance(r["wapo_gender"], str)
                     and r["mpv_gender"] != r["wapo_gender"])
    if names == "missing":
        if dd is not None and dd <= 1 and same_state and same_city and age_d == 0 and gender_ok:
            return "same", "rule: name withheld, date/place/age/gender agree"
        return "unsure", "rule: name withheld, other fields do not settle it"
    if names == "agree":
        if dd is not None and dd <= 1 and same_state and age_ok and gender_ok:
            return "same", "rule: name, date, state, age agree"
        if dd is not None and dd <= 31 and same_state and age_ok and gender_ok:
            return "same", "rule: name, state, age agree, date within a month"
        if (dd is None or dd > 31) and age_d is not None and age_d > 2:
            return "different", "rule: same name, date and age differ"
        return "unsure", "rule: same name, other fields disagree"
    if names == "close":
        if dd is not None and dd <= 1 and same_state and age_ok and gender_ok:
            return "same", "rule: similar name, date, state, age agree"
        return "unsure", "rule: similar name, other fields disagree"
    if dd is not None and dd <= 1 and same_city and age_d == 0 and gender_ok:
        return "unsure", "rule: names differ, all other fields agree"
    return "different", "rule: names differ"


def adjudication_rows(con: duckdb.DuckDBPyConnection, clusters: pd.DataFrame | None = None,
                      pairs: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per disputed WaPo<->MPV pair of a linked store, with a candidate verdict."""
    df = prepare(con)
    if clusters is None:
        clusters = con.execute("SELECT record_id, death_id FROM clusters").df()
    if pairs is None:
        pairs = con.execute("SELECT record_id_l, record_id_r, match_probability FROM link_pairs").df()
    dis = ev.disagreements(df, clusters, pairs, "wapo-mpv")
    raw = con.execute("""SELECT record_id, source, source_id, wapo_id, name, date, city, state,
                                age, gender FROM records_latest
                         WHERE source IN ('wapo', 'mpv')""").df()
    norm = df.set_index("unique_id")["full_name"]
    m = raw[raw.source == "mpv"].set_index("record_id")
    w = raw[raw.source == "wapo"].set_index("record_id")
    w_by_id = raw[raw.source == "wapo"].set_index("source_id")
    mpv_by_wapo = raw[(raw.source == "mpv") & raw.wapo_id.notna()].groupby("wapo_id")
    rows = []
    for d in dis.itertuples():
        mi, wi = d.id_b, d.id_a
        rm, rw = m.loc[mi], w.loc[wi]
        r = {"mpv_record_id": mi, "wapo_record_id": wi, "mpv_name": rm["name"],
             "mpv_date": rm["date"], "mpv_city": rm["city"], "mpv_state": rm["state"],
             "mpv_age": rm["age"], "mpv_gender": rm["gender"], "mpv_wapo_id": rm["wapo_id"],
             "wapo_id": rw["source_id"], "wapo_name": rw["name"], "wapo_date": rw["date"],
             "wapo_city": rw["city"], "wapo_state": rw["state"], "wapo_age": rw["age"],
             "wapo_gender": rw["gender"],
             "gold_says": "linked" if d.kind == "fn" else "not linked",
             "model_says": "linked" if d.kind == "fp" else "not linked",
             "n_m": norm.get(mi), "n_w": norm.get(wi)}
        r["verdict"], r["decided_by"] = _rule(pd.Series(r))
        md = _desc(rm["name"], rm["age"], rm["date"], rm["city"], rm["state"], rm["gender"])
        wd = _desc(rw["name"], rw["age"], rw["date"], rw["city"], rw["state"], rw["gender"])
        ev_txt = f"MPV row {md} has wapo_id {rm['wapo_id']}; WaPo id {rw['source_id']} is {wd}."
        if d.kind == "fp" and rm["wapo_id"] in w_by_id.index:
            o = w_by_id.loc[rm["wapo_id"]]
            ev_txt += (f" MPV's wapo_id {rm['wapo_id']} is "
                       f"{_desc(o['name'], o['age'], o['date'], o['city'], o['state'], o['gender'])}.")
        if d.kind == "fn" and rw["source_id"] in mpv_by_wapo.groups:
            others = mpv_by_wapo.get_group(rw["source_id"])
            others = others[others.record_id != mi]
            for o in others.head(2).itertuples():
                ev_txt += (f" Another MPV row with wapo_id {rw['source_id']}: "
                           f"{_desc(o.name, o.age, o.date, o.city, o.state, o.gender)}.")
        r["evidence"] = ev_txt
        rev = REVIEW.get((mi, wi))
        if rev:
            r["verdict"], r["evidence"] = rev[0], rev[1] + " " + ev_txt
            r["decided_by"] = "review"
        rows.append(r)
    out = pd.DataFrame(rows, columns=[*COLUMNS, "n_m", "n_w"])[COLUMNS]
    for c in ("mpv_date", "wapo_date"):
        out[c] = pd.to_datetime(out[c]).dt.strftime("%Y-%m-%d")
    out["mpv_age"] = out["mpv_age"].astype("Int64")
    out["wapo_age"] = out["wapo_age"].astype("Int64")
    return out.sort_values(["mpv_date", "wapo_date", "mpv_record_id", "wapo_record_id"]
                           ).reset_index(drop=True)


def load(path: Path = CSV) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=CSV)
    args = ap.parse_args()
    con = duckdb.connect(str(args.store), read_only=True)
    rows = adjudication_rows(con)
    rows.to_csv(args.out, index=False)
    print(rows["verdict"].value_counts().to_string())
    print(rows.groupby(["decided_by", "verdict"]).size().to_string())


if __name__ == "__main__":
    main()
