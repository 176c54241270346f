"""Scoring the extractor on the evaluation set: which victim is scored, right or wrong per
field, detection and false victims per source, the issue's bars, and error examples
(from DEV rows only).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from typing import Any, Callable, Mapping, Sequence

import pandas as pd

from .dataset import SOURCES, annotate
from .extractor import Extractor, for_mode, run_extractor
from .names import names_match
from .states import STATES_COLUMNS, Rules, rules

#: an extracted agency matches a gold agency at this rapidfuzz token_set_ratio or above
AGENCY_MIN_RATIO = 85
EXCERPT_CHARS = 600

#: scored fields: key -> (label, "states" column)
FIELDS: dict[str, tuple[str, str]] = {
    "age": ("age exact", "st_age"),
    "gender": ("gender", "st_gender"),
    "race": ("race (gold among extracted)", "st_race"),
    "date_exact": ("date exact", "st_date"),
    "date_range": ("date exact or in extracted range", "st_date"),
    "city": ("city exact", "st_city"),
    "state": ("state exact", "st_state"),
    "city_state": ("city and state exact", "st_city_state"),
    "state_city_only": ("state exact (only the city stated)", "st_state_city_only"),
    "agency": (f"agency (fuzzy >= {AGENCY_MIN_RATIO})", "st_agency"),
    "cause": ("cause (gold primary among extracted)", "st_cause"),
    "armed": ("armed status", "st_armed"),
    "flee": ("fleeing", "st_flee"),
    "body_camera": ("body camera", "st_body_camera"),
}

#: the issue's bars, checked on the "all" column: (key, label, metric, op, threshold)
BARS = (
    ("detection", "victims detected", "detection", ">=", 0.95),
    ("age", "age exact (rows stating it)", "age", ">=", 0.90),
    ("cause", "cause (rows stating it)", "cause", ">=", 0.90),
    ("city", "city exact (rows stating it)", "city", ">=", 0.90),
    ("state", "state exact (rows stating it)", "state", ">=", 0.90),
    ("false_victims", "false victims / victims returned", "false_victim_rate", "<", 0.02),
)


def _ratio(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


def _m(k: int, n: int) -> dict[str, Any]:
    return {"n": int(n), "correct": int(k), "accuracy": _ratio(k, n)}


def _pick(victims: list[dict], name: str | None, last: str | None) -> int | None:
    """Index of the victim to score: the one whose name matches gold, else the first."""
    if not victims:
        return None
    if name:
        for i, v in enumerate(victims):
            if names_match(v["name"], name, last):
                return i
    return 0


def _agency_ok(extracted: str | None, gold: Sequence[str] | None) -> bool:
    if not extracted or not gold:
        return False
    from rapidfuzz import fuzz, utils

    return any(fuzz.token_set_ratio(extracted, g, processor=utils.default_process) >= AGENCY_MIN_RATIO
               for g in gold if g)


def field_results(r: Mapping[str, Any], v: dict | None, R: Rules | None = None) -> dict[str, bool]:
    """Right or wrong, per field, for the scored victim `v` (None: nothing extracted)."""
    if v is None:
        return dict.fromkeys(FIELDS, False)
    R = R or rules()
    d = r.get("date")
    rng = (v["date_from"] is not None and v["date_to"] is not None and d is not None
           and v["date_from"] <= d <= v["date_to"])
    city_ok = bool(r.get("city")) and R.norm_city(v["city"]) == R.norm_city(r.get("city"))
    state_ok = bool(r.get("state")) and (v["state"] or "").strip().upper() == r.get("state")
    gold_race = set(r.get("race") or ())
    return {
        "age": v["age"] is not None and r.get("age") is not None and int(v["age"]) == int(r["age"]),
        "gender": v["gender"] is not None and v["gender"] == r.get("gender"),
        "race": bool(gold_race & set(v["race"])),
        "date_exact": v["date"] is not None and v["date"] == d,
        "date_range": (v["date"] is not None and v["date"] == d) or rng,
        "city": city_ok,
        "state": state_ok,
        "city_state": city_ok and state_ok,
        "state_city_only": state_ok,
        "agency": _agency_ok(v["agency"], r.get("agencies")),
        "cause": r.get("cause") is not None and r["cause"] in v["causes"],
        "armed": v["armed"] is not None and v["armed"] == r.get("armed"),
        "flee": v["flee"] is not None and v["flee"] == r.get("flee"),
        "body_camera": v["body_camera"] is not None and v["body_camera"] == r.get("body_camera"),
    }


def _gold_value(r: Mapping[str, Any], key: str) -> Any:
    return {"age": r.get("age"), "gender": r.get("gender"), "race": r.get("race"),
            "date_exact": r.get("date"), "date_range": r.get("date"), "city": r.get("city"),
            "state": r.get("state"), "city_state": [r.get("city"), r.get("state")],
            "state_city_only": r.get("state"), "agency": r.get("agencies"), "cause": r.get("cause"),
            "armed": r.get("armed"), "flee": r.get("flee"), "body_camera": r.get("body_camera")}[key]


def _extracted_value(v: dict | None, key: str) -> Any:
    if v is None:
        return "(no victim)"
    return {"age": v["age"], "gender": v["gender"], "race": v["race"], "date_exact": v["date"],
            "date_range": [v["date"], v["date_from"], v["date_to"]], "city": v["city"],
            "state": v["state"], "city_state": [v["city"], v["state"]], "state_city_only": v["state"],
            "agency": v["agency"], "cause": v["causes"], "armed": v["armed"], "flee": v["flee"],
            "body_camera": v["body_camera"]}[key]


def jsonable(x: Any) -> Any:
    if isinstance(x, dt.date):
        return x.isoformat()
    if isinstance(x, dict):
        return {k: jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [jsonable(v) for v in x]
    return x


def _excerpt(text: str) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS - 1] + "\u2026"


def _order_key(record_id: str) -> str:
    """A stable pseudo-random order (examples from all over the set, not the first rows)."""
    return hashlib.sha1(str(record_id).encode()).hexdigest()


def score_negatives(negatives: Sequence[Mapping[str, Any]], extractor: Extractor | None = None,
                    jobs: int = 1, examples: int = 0) -> dict[str, Any]:
    """Every victim returned from a negative text is false, except the expected (named)
    victims of the mixed texts."""
    items = [(n["text"], n.get("title"), n.get("published"), f"negative:{n['id']}") for n in negatives]
    victims, timing = run_extractor(items, extractor, jobs)
    returned = false = expected = found = 0
    texts_with_false = 0
    by_kind: dict[str, Counter] = defaultdict(Counter)
    failures = []
    for n, vs in zip(negatives, victims):
        exp = list(n.get("expected_victims") or [])
        expected += len(exp)
        bad = [v for v in vs if not any(names_match(v["name"], e) for e in exp)]
        hit = sum(1 for e in exp if any(names_match(v["name"], e) for v in vs))
        returned += len(vs)
        false += len(bad)
        found += hit
        texts_with_false += bool(bad)
        k = by_kind[n.get("kind", "negative")]
        k["texts"] += 1
        k["false_victims"] += len(bad)
        k["texts_with_false"] += bool(bad)
        if (bad or hit < len(exp)) and len(failures) < max(examples, 0):
            failures.append({"id": n["id"], "kind": n.get("kind"), "expected": exp,
                             "false_victims": [v["name"] or "(unnamed)" for v in bad],
                             "missed": [e for e in exp if not any(names_match(v["name"], e) for v in vs)]})
    out = {"texts": len(negatives), "victims_returned": returned, "false_victims": false,
           "texts_with_false_victims": texts_with_false, "expected_victims": expected,
           "expected_found": found, "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())},
           "extraction": timing}
    if examples:
        out["failures"] = failures
    return out


def score(df: pd.DataFrame, extractor: Extractor | None = None, *, negatives: Any = None,
          jobs: int = 1, examples: int = 0, mode: str = "article") -> dict[str, Any]:
    """Metrics of `extractor` (default: forcewatch.news.extract.extract) on the rows of `df`.

    `df`: rows of :func:`build_set` (or a hand-made frame with gold columns and
    `description`; missing columns are completed by :func:`annotate`).
    `negatives`: a list from :func:`load_negatives`, or None for none.
    `examples`: error examples per field, drawn ONLY from rows whose split is "dev".
    `mode`: "article" (each text read as any news article) or "description" (the extractor is
    told each positive text is about a police killing); the negatives are always read as articles.
    """
    if not set(STATES_COLUMNS) <= set(df.columns) or "text_id" not in df.columns:
        df = annotate(df)
    R = rules()
    records = df.to_dict("records")
    # one extractor call per distinct text
    texts: dict[int, dict[str, Any]] = {}
    for r in records:
        texts.setdefault(r["text_id"], r)
    order = sorted(texts)
    items = [(texts[i]["description"], None, texts[i]["published"], str(texts[i]["record_id"]))
             for i in order]
    results, timing = run_extractor(items, for_mode(extractor, mode), jobs)
    victims_of = dict(zip(order, results))

    # gold people of each text (a text may tell several deaths: each row is one of them)
    # plus the people the same source records killed on the same day in the same state: another
    # death of the same incident, told in this text, is no false victim ('... also shot and killed
    # Kameron Prescott, 6')
    gold_of: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    same_incident: dict[tuple, list[tuple[str, str | None]]] = defaultdict(list)
    for r in records:
        if r["name"] and not r["name_withheld"]:
            gold_of[r["text_id"]].append((r["name"], r["last_name"]))
            if r.get("date") is not None:
                same_incident[(r["source"], r["date"], r.get("state"))].append((r["name"], r["last_name"]))
    for r in records:
        if r["text_id"] in gold_of and r.get("date") is not None:
            for g in same_incident[(r["source"], r["date"], r.get("state"))]:
                if g not in gold_of[r["text_id"]]:
                    gold_of[r["text_id"]].append(g)
    picks_of: dict[int, set[int]] = defaultdict(set)

    per_row = []
    for r in records:
        vs = victims_of[r["text_id"]]
        named = bool(r["name"]) and not r["name_withheld"]
        i = _pick(vs, r["name"] if named else None, r["last_name"])
        if i is not None:
            picks_of[r["text_id"]].add(i)
        v = vs[i] if i is not None else None
        right = named and any(names_match(x["name"], r["name"], r["last_name"]) for x in vs)
        per_row.append((r, v, bool(vs), right, field_results(r, v, R)))

    def metrics(sel: Callable[[Mapping[str, Any]], bool]) -> dict[str, Any]:
        rows = [p for p in per_row if sel(p[0])]
        m: dict[str, Any] = {"rows": len(rows)}
        m["detection"] = _m(sum(p[2] for p in rows), len(rows))
        dstated = [p for p in rows if p[0]["st_death"]]
        m["detection_death_stated"] = _m(sum(p[2] for p in dstated), len(dstated))
        pstated = [p for p in rows if p[0]["st_police_death"]]
        m["detection_police_death_stated"] = _m(sum(p[2] for p in pstated), len(pstated))
        nstated = [p for p in rows if p[0]["st_name"]]
        m["right_victim"] = _m(sum(p[3] for p in nstated), len(nstated))
        for key, (_label, col) in FIELDS.items():
            st = [p for p in rows if p[0][col]]
            m[key] = _m(sum(p[4][key] for p in st), len(st))
        # false victims, per distinct text of the selection
        tids = sorted({p[0]["text_id"] for p in rows})
        returned = named_false = extras = 0
        for t in tids:
            vs = victims_of[t]
            gold = gold_of.get(t, [])
            returned += len(vs)
            extras += sum(1 for j in range(len(vs)) if j not in picks_of[t])
            if gold:
                named_false += sum(1 for v in vs if v["name"]
                                   and not any(names_match(v["name"], g, gl) for g, gl in gold))
        m["texts"] = len(tids)
        m["victims_returned"] = returned
        m["false_victims_named"] = {"count": named_false, "rate": _ratio(named_false, returned)}
        m["extra_victims"] = {"count": extras, "rate": _ratio(extras, returned)}
        return m

    out: dict[str, Any] = {"mode": mode, "metrics": {s: metrics(lambda r, s=s: r["source"] == s) for s in SOURCES}}
    out["metrics"]["all"] = metrics(lambda r: True)
    out["extraction"] = timing

    neg = None
    if negatives:
        neg = score_negatives(negatives, extractor, jobs, examples)
        out["negatives"] = neg
    a = out["metrics"]["all"]
    fv = a["false_victims_named"]["count"] + (neg["false_victims"] if neg else 0)
    ret = a["victims_returned"] + (neg["victims_returned"] if neg else 0)
    out["false_victims"] = {"false": fv, "returned": ret, "rate": _ratio(fv, ret),
                            "positives_named_false": a["false_victims_named"]["count"],
                            "negatives_false": neg["false_victims"] if neg else None}
    out["bars"] = check_bars(out)

    if examples > 0:
        out["examples"] = _examples(per_row, victims_of, gold_of, examples)
    return out


def check_bars(res: Mapping[str, Any]) -> list[dict[str, Any]]:
    a = res["metrics"]["all"]
    bars = []
    for key, label, metric, op, thr in BARS:
        val = res["false_victims"]["rate"] if metric == "false_victim_rate" else a[metric]["accuracy"]
        if val is None:
            ok = None
        else:
            ok = val >= thr if op == ">=" else val < thr
        bars.append({"bar": key, "label": label, "value": val, "op": op, "threshold": thr, "pass": ok})
    return bars


def _examples(per_row: list, victims_of: dict, gold_of: dict, k: int) -> dict[str, list]:
    """A few errors per field, from DEV rows only (held-out rows are never shown)."""
    dev = sorted((p for p in per_row if p[0].get("split") == "dev"), key=lambda p: _order_key(p[0]["record_id"]))
    ex: dict[str, list] = {}

    def item(r, extra):
        return jsonable({"record_id": r["record_id"], "text": _excerpt(r["description"]), **extra})

    ex["missed"] = [item(p[0], {"gold_name": p[0]["name"]}) for p in dev if not p[2]][:k]
    ex["wrong_victim"] = [item(p[0], {"gold_name": p[0]["name"],
                                      "extracted_names": [v["name"] for v in victims_of[p[0]["text_id"]]]})
                          for p in dev if p[2] and p[0]["st_name"] and not p[3]][:k]
    for key, (_label, col) in FIELDS.items():
        ex[key] = [item(p[0], {"gold": _gold_value(p[0], key), "extracted": _extracted_value(p[1], key)})
                   for p in dev if p[0][col] and not p[4][key]][:k]
    seen: set[int] = set()
    fv = []
    for p in dev:
        t = p[0]["text_id"]
        if t in seen or not gold_of.get(t):
            continue
        seen.add(t)
        bad = [v["name"] for v in victims_of[t]
               if v["name"] and not any(names_match(v["name"], g, gl) for g, gl in gold_of[t])]
        if bad:
            fv.append(item(p[0], {"gold_names": [g for g, _ in gold_of[t]], "false_victims": bad}))
        if len(fv) >= k:
            break
    ex["false_victims"] = fv
    return ex
