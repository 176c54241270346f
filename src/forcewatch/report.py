"""`forcewatch report`: one self-contained HTML file (inline SVG charts, no JS/CSS/fonts fetched).

Every number comes from SQL over the store.  By default each source contributes its newest
snapshot; with ``as_of='YYYY-MM-DD'`` each source contributes its newest snapshot dated on or
before that day.  Population sections are skipped, with a note, when the tables are missing.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import textwrap
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

RACE_SHORT = {"white": "White", "black": "Black", "hispanic": "Hispanic", "asian": "Asian",
              "pacific_islander": "Pacific Islander", "asian_pacific_islander": "Asian/Pacific Isl.",
              "native_american": "Native American", "middle_eastern": "Middle Eastern",
              "other": "Other", "unknown": "unknown"}
POP_RACES = ("white", "black", "hispanic", "asian", "native_american")
CREDITS = {"wapo": "The Washington Post, “Fatal Force” database. Licensed CC BY-NC-SA 4.0: "
                   "attribution required, non-commercial use, share alike.",
           "guardian": "The Guardian, “The Counted” (2015–2016). The Guardian asks to be credited.",
           "mpv": "Mapping Police Violence.", "fe": "Fatal Encounters (D. Brian Burghart).",
           "ksr": "Know Systemic Racism project (California; Black people killed by law enforcement)."}
MIN_CITY_POP = 100_000
CHART_FROM = 2000  # the per-year chart starts here; older years stay in the table
SEL = """WITH sel AS (
  SELECT source, first(snapshot ORDER BY is_latest DESC, snapshot_date DESC NULLS LAST) AS snapshot
  FROM snapshots WHERE CASE WHEN $as_of::DATE IS NULL THEN is_latest
                            ELSE snapshot_date <= $as_of::DATE END GROUP BY source),
r AS (SELECT rec.* FROM records rec JOIN sel USING (source, snapshot))
"""


def _q(con, sql: str, as_of: str | None, **params: Any) -> list[tuple]:
    return con.execute(SEL + sql, {"as_of": as_of, **params}).fetchall()


def _has(con, table: str) -> bool:
    """True when `table` (or view) exists and has rows."""
    n = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchone()
    return bool(n[0]) and con.execute(f'SELECT count(*) > 0 FROM "{table}"').fetchone()[0]


def _n(v) -> str:
    return "—" if v is None else f"{v:,}" if isinstance(v, int) else f"{v:,.2f}"


def _pct(part, whole) -> str:
    return "—" if not whole else f"{100 * part / whole:.1f}%"


def _share(part, whole) -> str:
    return f"{_n(part)} ({_pct(part, whole)})"


def _race(code: str) -> str:
    return " + ".join(RACE_SHORT.get(c, c) for c in code.split("|"))


# --- SQL -----------------------------------------------------------------------------------------
def sources(con, as_of):
    return _q(con, """SELECT s.source, s.snapshot, s.snapshot_date, count(r.record_id)::INT, s.licence,
        min(r.date) FILTER (r.year <= year(coalesce(s.snapshot_date, r.date))),
        max(r.date) FILTER (r.year <= year(coalesce(s.snapshot_date, r.date)))
        FROM sel JOIN snapshots s USING (source, snapshot) LEFT JOIN r USING (source)
        GROUP BY ALL ORDER BY s.source""", as_of)


def per_year(con, as_of):
    return _q(con, """SELECT source, CASE WHEN year <= year(coalesce(snapshot_date, current_date))
        THEN year END AS y, count(*)::INT FROM r GROUP BY ALL ORDER BY y NULLS LAST, source""", as_of)


def minors(con, as_of):
    return _q(con, """SELECT source, count(*)::INT, count(*) FILTER (age < 18)::INT,
        count(*) FILTER (age <= 15)::INT, count(*) FILTER (age IS NULL)::INT
        FROM r WHERE year >= 2015 GROUP BY source ORDER BY source""", as_of)


def minors_race(con, as_of):
    return _q(con, """SELECT source, coalesce(array_to_string(race, '|'), 'unknown') AS combo,
        count(*)::INT, count(*) FILTER (age <= 15)::INT FROM r
        WHERE year >= 2015 AND age < 18 GROUP BY ALL ORDER BY combo""", as_of)


def race_counts(con, as_of):
    return _q(con, """SELECT source, code, count(DISTINCT record_id)::INT FROM (
        SELECT source, record_id, unnest(CASE WHEN len(race) > 0 THEN race ELSE ['unknown'] END) AS code
        FROM r) GROUP BY ALL""", as_of)


def race_population(con) -> tuple[int, dict[str, float]] | None:
    if not _has(con, "population_state_race"):
        return None
    year = con.execute("""SELECT year FROM population_state_race GROUP BY year
        ORDER BY abs(year - 2017), year LIMIT 1""").fetchone()[0]
    rows = dict(con.execute("""SELECT race, sum(population) FROM population_state_race
        WHERE year = ? AND upper(state) NOT IN ('US', 'PR', 'GU', 'VI', 'AS', 'MP') GROUP BY race""",
                            [year]).fetchall())
    total = rows.get("total") or sum(rows.get(k) or 0 for k in POP_RACES)
    return year, {k: (rows.get(k) or 0) / total for k in POP_RACES} if total else {}


def shares(con, as_of, expr: str):
    return _q(con, f"SELECT source, coalesce({expr}, 'unknown'), count(*)::INT FROM r GROUP BY ALL", as_of)


def top(con, as_of, source, key: str):
    """Top 15 states (key='state') or cities by count."""
    grp = "upper(state)" if key == "state" else "upper(state), lower(trim(city))"
    lab = "upper(state)" if key == "state" else "mode(trim(city)) || ', ' || upper(state)"
    return _q(con, f"""SELECT {lab}, count(*)::INT AS n FROM r WHERE source = $s AND state IS NOT NULL
        {'' if key == 'state' else 'AND city IS NOT NULL'} GROUP BY {grp} ORDER BY n DESC, 1 LIMIT 15""",
              as_of, s=source)


def top_rate(con, src: dict, key: str) -> list[tuple]:
    """Top 15 by rate per million per year, computed by forcewatch.analysis.rates (the
    same numbers as `forcewatch rates`)."""
    from .analysis.query import Query
    from .analysis.rates import rates

    q = Query(sources=[src["source"]], snapshots={src["source"]: src["snapshot"]})
    df = rates(con, q, by=key, min_population=MIN_CITY_POP if key == "city" else 1)
    df = df.dropna(subset=["per_million_per_year"]).head(15)
    return [(getattr(r, key), int(r.deaths), int(r.population), r.period, float(r.per_million_per_year))
            for r in df.itertuples()]


def pop_years(con, table: str) -> list[int]:
    rows = con.execute(f"SELECT DISTINCT year FROM {table} ORDER BY 1").fetchall() if _has(con, table) else []
    return [y for (y,) in rows if y is not None]


def quality(con, as_of):
    files = _q(con, """SELECT f.path || coalesce(' [' || f.sheet || ']', ''), f.status, f.source,
        f.snapshot, f.layout, f.rows_read, f.imported, f.quarantined, f.warnings,
        CASE WHEN sel.source IS NULL THEN '' ELSE 'yes' END, f.message
        FROM files f LEFT JOIN sel USING (source, snapshot)
        WHERE f.status <> 'skipped' ORDER BY f.source NULLS LAST, f.path""", as_of)
    skipped = con.execute("""SELECT split_part(path, '/', 1), message, count(*)::INT FROM files
        WHERE status = 'skipped' GROUP BY ALL ORDER BY 1, 2""").fetchall()
    issues = con.execute("""SELECT severity, coalesce(source, '—'), coalesce(field, '—'), count(*)::INT,
        min(message) FROM issues GROUP BY ALL ORDER BY 4 DESC, 1, 2, 3""").fetchall()
    quar = con.execute("""SELECT coalesce(source, '—'), coalesce(field, '—'), count(*)::INT, min(reason)
        FROM quarantine GROUP BY ALL ORDER BY 3 DESC, 1, 2""").fetchall()
    return files, skipped, issues, quar


# --- charts (matplotlib imported lazily; Figure API renders with the Agg/SVG canvases, no pyplot) ----
def _svg(fig, n: int) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight",
                metadata=dict.fromkeys(("Date", "Creator", "Format", "Type")))  # no RDF block with URLs
    s = buf.getvalue()[buf.getvalue().index("<svg"):]  # drop the XML prolog and DOCTYPE
    s = re.sub(r'\sxmlns(:xlink)?="[^"]*"', "", s)  # inline SVG in HTML needs no namespace URLs
    return re.sub(r'(id="|href="#|url\(#)', rf"\g<1>c{n}-", s)  # ids unique across charts


def _fig(title, xlabel, ylabel, note, h=3.6):
    from matplotlib.figure import Figure
    fig = Figure(figsize=(9, h))
    ax = fig.add_subplot()
    ax.set(xlabel=xlabel, ylabel=ylabel, axisbelow=True)
    ax.set_title(title, loc="left", fontweight="bold")
    ax.grid(alpha=0.3)
    ax.annotate(textwrap.fill(note, 160), (0, 0), xycoords="axes fraction", xytext=(-30, -34),
                textcoords="offset points",
                fontsize=7, color="#555", va="top")
    return fig, ax


def _safe(s) -> str:  # no mathtext from data
    return str(s).replace("$", r"\$")


class _Charts:
    def __init__(self, colors: dict[str, str], note: str):
        self.colors, self.note, self.n = colors, note, 0

    def out(self, fig) -> str:
        self.n += 1
        return _svg(fig, self.n)

    def lines(self, title, xlabel, ylabel, series: dict[str, dict[int, int]], partial: set, extra="") -> str:
        fig, ax = _fig(title, xlabel, ylabel, f"{self.note} Hollow marker: year incomplete in the snapshot.{extra}")
        for src, pts in series.items():
            xs = sorted(pts)
            ax.plot(xs, [pts[x] for x in xs], marker="o", ms=3, label=_safe(src), color=self.colors[src])
            for x in (x for x in xs if (src, x) in partial):
                ax.plot([x], [pts[x]], marker="o", ms=6, mfc="white", color=self.colors[src])
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_ylim(bottom=0)
        ax.legend(fontsize=8)
        return self.out(fig)

    def stacked(self, title, xlabel, ylabel, rows: list[str], segs: dict[str, list[float]],
                seg_colors: dict[str, str] | None = None) -> str:
        fig, ax = _fig(title, xlabel, ylabel, self.note, h=1.4 + 0.35 * len(rows))
        left = [0.0] * len(rows)
        for i, (name, vals) in enumerate(segs.items()):
            color = (seg_colors or {}).get(name) or f"C{i % 10}"
            ax.barh([_safe(r) for r in rows], vals, left=left, label=_safe(name), color=color)
            left = [a + b for a, b in zip(left, vals)]
        ax.invert_yaxis()
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
        return self.out(fig)

    def grouped(self, title, xlabel, ylabel, cats: list[str], series: dict[str, list[float]]) -> str:
        fig, ax = _fig(title, xlabel, ylabel, self.note)
        w = 0.8 / max(1, len(series))
        for i, (name, vals) in enumerate(series.items()):
            ax.bar([j + i * w for j in range(len(cats))], vals, w, label=_safe(name),
                   color=self.colors.get(name, "#333"))
        ax.set_xticks([j + 0.4 - w / 2 for j in range(len(cats))], [_safe(c) for c in cats])
        ax.legend(fontsize=8)
        return self.out(fig)


# --- sections ------------------------------------------------------------------------------------
def _table(head, rows, caption=None, foot=None) -> dict:
    return {"head": head, "rows": rows, "align": ["l"] + ["r"] * len(head), "caption": caption, "foot": foot}


def _sec_years(con, as_of, srcs, names, ch) -> dict:
    series: dict[str, dict] = {s: {} for s in names}
    for s, y, n in per_year(con, as_of):
        series[s][y] = n
    years = sorted({y for v in series.values() for y in v if y is not None})
    partial = {(s["source"], s["last"].year) for s in srcs if s["last"] and s["last"] < dt.date(
        s["last"].year, 12, 15)}
    rows = [[str(y)] + [_n(series[s].get(y)) + ("*" if (s, y) in partial else "") for s in names]
            for y in years]
    if any(None in v for v in series.values()):
        rows.append(["unknown / after snapshot date"] + [_n(series[s].get(None)) for s in names])
    rows.append(["Total"] + [_n(sum(series[s].values())) for s in names])
    old = any(y < CHART_FROM for y in years)
    return {"chart": ch.lines("Deaths recorded per year, by source", "Year", "Deaths", {
        s: {y: n for y, n in v.items() if y is not None and y >= CHART_FROM} for s, v in series.items()},
        partial, f" Years before {CHART_FROM} are in the table only." if old else ""),
        "table": _table(["Year"] + names, rows, foot="* last year of the snapshot, incomplete.")}


def _sec_minors(con, as_of, srcs, ch) -> dict:
    by = {s["source"]: s for s in srcs}
    heads = [{"source": s, "total": t, "u18": u, "le15": f, "unknown": k, "src": by[s], "no_age": k == t}
             for s, t, u, f, k in minors(con, as_of)]
    mr = minors_race(con, as_of)
    cell = {(s, c): (n, f) for s, c, n, f in mr}
    combos = sorted({c for _, c, _, _ in mr}, key=lambda c: (c == "unknown", -sum(
        n for (_, c2), (n, _) in cell.items() if c2 == c), c))
    ms = [m["source"] for m in heads if not m["no_age"]]  # sources without ages cannot answer

    def val(s, c, i):
        return cell.get((s, c), (0, 0))[i]

    table = _table(["Race"] + [f"{s}: {h}" for s in ms for h in ("under 18", "15 or younger")],
                   [[_race(c)] + [_n(val(s, c, i)) for s in ms for i in (0, 1)] for c in combos]
                   + [["Total"] + [_n(m[k]) for m in heads if not m["no_age"] for k in ("u18", "le15")]])
    chart = ch.stacked("People under 18 killed since 2015, by race", "People", "Source / age group",
                       [f"{s} {a}" for s in ms for a in ("<18", "≤15")],
                       {_race(c): [val(s, c, i) for s in ms for i in (0, 1)] for c in combos},
                       {"unknown": "#bbb"}) if ms else None
    return {"heads": heads, "table": table, "chart": chart}


def _sec_race(con, as_of, names, tot, ch) -> dict:
    rc = race_counts(con, as_of)
    cnt = {(s, c): n for s, c, n in rc}
    known = {s: tot[s] - cnt.get((s, "unknown"), 0) for s in names}
    codes = sorted({c for _, c, _ in rc} - {"unknown"}, key=lambda c: (
        c not in POP_RACES, POP_RACES.index(c) if c in POP_RACES else 0, c))
    pop = race_population(con)
    rows = [[_race(c)] + [_share(cnt.get((s, c), 0), known[s]) for s in names]
            + ([_pct(pop[1].get(c), 1) if c in POP_RACES else "—"] if pop else []) for c in codes]
    rows.append(["unknown (share of all records)"] + [_share(cnt.get((s, "unknown"), 0), tot[s]) for s in names]
                + (["—"] if pop else []))
    table = _table(["Race"] + [f"{s}: deaths (share of known race)" for s in names]
                   + ([f"US population {pop[0]} (share)"] if pop else []), rows)
    cats = [c for c in POP_RACES if c in codes or pop]
    series = {s: [100 * cnt.get((s, c), 0) / known[s] for c in cats] for s in names if known[s]}
    if pop:
        series["US population"] = [100 * pop[1].get(c, 0) for c in cats]
    chart = ch.grouped("Race of people killed (share of those with known race) vs US population",
                       "Race/ethnicity", "Percent", [_race(c) for c in cats], series) if cats else None
    return {"table": table, "chart": chart, "pop_year": pop[0] if pop else None}


def _sec_shares(con, as_of, names, tot, labels, ch) -> list[dict]:
    out = []
    bodycam = "CASE WHEN body_camera THEN 'yes' WHEN NOT body_camera THEN 'no' END"
    for field, title, expr in (("armed", "Armed status", "armed"), ("flee", "Fleeing", "flee"),
                               ("body_camera", "Body camera", bodycam)):
        cnt = {(s, c): n for s, c, n in shares(con, as_of, expr)}
        seen = {c for _, c in cnt} - {"unknown"}
        order = [c for v, c in labels if v == field] if field != "body_camera" else ["yes", "no"]
        cs = [c for c in order if c in seen] + sorted(seen - set(order)) + ["unknown"]
        pct = {c: [100 * cnt.get((s, c), 0) / tot[s] if tot[s] else 0 for s in names] for c in cs}
        out.append({"title": title, "table": _table(["Category", *names], [
            [labels.get((field, c), c)] + [_share(cnt.get((s, c), 0), tot[s]) for s in names] for c in cs]),
            "chart": ch.stacked(f"{title}: share of all records, unknown shown separately",
                             "Percent of records", "Source", names, pct, {"unknown": "#bbb"})})
    return out


def _geo(con, as_of, src: dict, st_years, pl_years) -> dict:
    s = src["source"]
    g = {"source": s, "first": src["first"], "last": src["last"], "tables": []}
    for key, title, pys in (("state", "States", st_years), ("city", "Cities", pl_years)):
        col = "State" if key == "state" else "City"
        g["tables"].append(_table([col, "Deaths"], [[a, _n(b)] for a, b in top(con, as_of, s, key)],
                                  caption=f"{title}: top 15 by count"))
        if not pys or not src["first"]:
            g["tables"].append(_table([col], [], caption=f"{title}: top 15 by rate",
                                      foot="skipped: population table missing or empty, or no dated records"))
            continue
        g["tables"].append(_table(
            [col, "Deaths", "Mean population", "Years", "Per million per year"],
            [[a, _n(b), _n(c), y, f"{d:.2f}"] for a, b, c, y, d in top_rate(con, src, key)],
            caption=f"{title}: top 15 by rate"
            + (f" (places ≥ {MIN_CITY_POP:,} residents)" if key == "city" else "")))
    return g


def write_report(con: duckdb.DuckDBPyConnection, out: Path, *, as_of: str | None = None) -> Path:
    """Write the HTML report for the store behind `con` to `out` and return `out`."""
    import jinja2
    import matplotlib

    if as_of is not None:
        as_of = dt.date.fromisoformat(as_of).isoformat()
    labels = {(v, c): lab for v, c, lab in (con.execute("SELECT vocabulary, code, label FROM vocabularies")
                                            .fetchall() if _has(con, "vocabularies") else [])}
    meta = dict(con.execute("SELECT key, value FROM meta").fetchall()) if _has(con, "meta") else {}
    srcs = [dict(zip(("source", "snapshot", "snapshot_date", "records", "licence", "first", "last"), r),
                 credit=CREDITS.get(r[0], "")) for r in sources(con, as_of)]
    names = [s["source"] for s in srcs]
    tot = {s["source"]: s["records"] for s in srcs}
    every = [r[0] for r in con.execute("SELECT DISTINCT source FROM snapshots ORDER BY 1").fetchall()]
    ctx: dict[str, Any] = {"meta": meta, "as_of": as_of, "sources": srcs, "notes": [
        f"No snapshot of “{s}” is dated on or before {as_of}; it is left out."
        for s in every if s not in names],
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), "min_city_pop": MIN_CITY_POP}
    colors = {s: f"C{i % 10}" for i, s in enumerate(names)} | {"US population": "#222"}
    snaps = "; ".join(f"{s['source']} snapshot {s['snapshot']}" for s in srcs)
    rc = {"svg.fonttype": "none", "svg.hashsalt": "forcewatch", "font.size": 9, "font.family": "sans-serif",
          "axes.spines.top": False, "axes.spines.right": False}
    if srcs:
        with matplotlib.rc_context(rc):
            ch = _Charts(colors, f"Source: forcewatch store built {meta.get('built_at', '?')[:16]}; {snaps}.")
            ctx["per_year"] = _sec_years(con, as_of, srcs, names, ch)
            ctx["minors"] = _sec_minors(con, as_of, srcs, ch)
            ctx["race"] = _sec_race(con, as_of, names, tot, ch)
            ctx["shares"] = _sec_shares(con, as_of, names, tot, labels, ch)
        st_years = pop_years(con, "population_state_best")
        pl_years = pop_years(con, "population_place_best")
        ctx["geo"] = [_geo(con, as_of, s, st_years, pl_years) for s in srcs]
        ctx["rates_note"] = None if st_years and pl_years else (
            "Some rate tables are skipped: population tables are missing or empty in this store.")
    ctx["files"], ctx["skipped"], ctx["issues"], ctx["quarantine"] = quality(con, as_of)
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["n"] = _n
    tpl = env.from_string(resources.files("forcewatch").joinpath("templates/report.html")
                          .read_text(encoding="utf-8"))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(tpl.render(**ctx), encoding="utf-8")
    return out
