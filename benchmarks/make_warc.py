"""Build a gzip WARC of news-like web pages made from real texts, for benchmarks/bench_news.py.

    python benchmarks/make_warc.py --data ../shared/data [OUT] [--positives heldout|all] [--filler 10000]

OUT defaults to benchmarks/data/news.warc.gz (git-ignored); a manifest (OUT with
.manifest.json) gives each page's label. How the pages are made (see docs/news-input.md):

* positive_heldout / positive_tune: one page per MPV (first sheet) and KSR "brief
  description" -- by default only the held-out rows (incident from 2020-04-01 on),
  ``--positives all`` for every row. The description is the article body, split into
  paragraphs; the headline is its first words; ``article:published_time`` and JSON-LD
  ``datePublished`` are the incident date plus 0-5 days.
* negative: each hand-written negative of tests/fixtures/news/negatives/ once.
* filler_*: pages that are not about police killings, as most of a real crawl:
  ``filler_docs`` paragraphs of the Python reference documentation (real English prose,
  shipped with CPython in pydoc_data), ``filler_local`` local-news paragraphs written
  from hand-made templates filled with real Census place names, ``filler_hard``
  paragraphs of the negatives recombined (police and death words, no police killing).
* about 1% image responses and 1% redirects (not articles), and a request record before
  every response, as in a crawl.

Every page is wrapped in the same kind of furniture: navigation, an inline
configuration script (median 40 kB), styles, ad slots, a share bar, a related-links box
(headlines of the same kind of page), a comment section, a newsletter box, sponsored
links and a footer, plus boilerplate lines inside the article ("Photo Credit: ...",
"Advertisement", "Sponsored Content", "Copyright ...").
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
from datetime import date, timedelta
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
HELD_OUT = pd.Timestamp("2020-04-01")
MPV = "mpv/MPVDatasetDownload_2021-04-21.xlsx"
KSR = "gold/ca-fatalencounters-ksr_2023-08-19.csv"
PLACES = "population/sub-est2019_places-only.csv"

NAMES = ["Ledger", "Gazette", "Courier", "Tribune", "Herald", "Sentinel", "Journal", "Chronicle", "Record", "Star"]
SECTIONS = ["Home", "News", "Local", "Sports", "Business", "Entertainment", "Opinion", "Weather", "Obituaries",
            "Crime & Courts", "Politics", "Education", "Health", "Food", "Travel", "Real Estate", "Jobs", "Cars",
            "Classifieds", "Puzzles", "Podcasts", "Newsletters", "e-Edition", "Contact", "Subscribe", "Log in"]
COMMENTS = ["Thanks for covering this.", "Who is paying for all of this?", "First!", "Great reporting as usual.",
            "I drove by there yesterday and saw the crowd.", "Does anyone know when this starts?",
            "This town has changed so much in ten years.", "Sending love to everyone involved.",
            "Typical. Nobody ever asks the neighbors.", "Finally some real news in this paper.",
            "Can we get an update on the road work next?", "My cousin lives right around the corner."]
CLICKBAIT = ["Doctors stunned: this one trick melts belly fat", "Seniors are switching to this phone plan",
             "The 20 most beautiful small towns in America", "You won't believe what this 90s star looks like now",
             "New rule for drivers over 50", "This gadget cuts your power bill in half"]
LOCAL = {  # hand-made templates; {place}, {state}, {n}, {m}, {day} are filled in
    "sports": ["{place} High beat {other} {n}-{m} on {day} night to reach the regional final.",
               "The {place} girls' soccer team finished the season with a {n}-{m} record.",
               "Senior guard Jordan Ellis scored {n} points as {place} won at home on {day}.",
               "The coach said the team would work on defense before the state tournament.",
               "Tickets for the championship game go on sale {day} at the school office.",
               "A record crowd of {n},{m}00 watched the season opener in {place}."],
    "council": ["The {place} City Council voted {n}-{m} on {day} to approve a new parking plan downtown.",
                "The plan adds {n} metered spaces and a free lot near the library.",
                "Council members also discussed repaving Main Street next summer.",
                "Residents who spoke at the meeting were split on the proposal.",
                "The {place} planning board will hold a public hearing on the zoning change in {month}.",
                "The budget for the parks department rises by {n} percent next year."],
    "business": ["A new bakery opened on {day} in downtown {place}, the third on the block this year.",
                 "The owners said they hope to hire {n} workers by the end of {month}.",
                 "{place}'s largest employer announced plans to expand its warehouse by {n},000 square feet.",
                 "The {state} Department of Commerce said the project qualifies for tax credits.",
                 "Sales at local restaurants rose {n} percent in the last quarter, the chamber said.",
                 "The farmers market moves to its winter location in {month}."],
    "weather": ["Forecasters expect up to {n} inches of snow in {place} by {day} morning.",
                "Temperatures will stay near {n} degrees through the weekend.",
                "The {state} transportation department has crews ready to treat the roads.",
                "Last {month} was the wettest on record in {place}, with {n} inches of rain.",
                "Schools may open two hours late if the roads are icy.",
                "A heat advisory is in effect until {day} evening."],
    "schools": ["The {place} school board approved a new reading program for kindergarten on {day}.",
                "About {n}0 teachers will be trained over the summer.",
                "Students at {place} Middle School raised ${n},{m}00 for the food bank.",
                "The district plans to add {n} bus routes next fall.",
                "Graduation for the class of {year} will be held at the football stadium.",
                "Parents can register for the after-school program starting in {month}."],
    "arts": ["The {place} Community Theater opens its production of 'Our Town' on {day}.",
             "The museum's new exhibit features {n} quilts made by local artists.",
             "A summer concert series returns to the park every {day} evening in {month}.",
             "The library will host a book sale with more than {n},000 titles.",
             "Local musicians will play at the festival on the town green.",
             "Tickets cost ${n} for adults and are free for children under 12."],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
#: the related-links box of a page shows headlines of this kind of page (positives and negatives get local
#: news, so that no page is kept by the pre-filter for its neighbours' headlines)
RELATED = {"positive_heldout": "filler_local", "positive_tune": "filler_local", "negative": "filler_local"}
CONFIG_KEYS = ["adUnit", "slot", "sizes", "targeting", "pageType", "section", "cmsId", "experiment", "variant",
               "bidder", "params", "placementId", "refresh", "lazyLoad", "consent", "gdpr", "tracker", "pixel"]


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", " ".join(text.split())) if s.strip()]


def positives(data: Path, which: str) -> list[dict]:
    rows = []
    mpv = pd.read_excel(data / MPV, engine="calamine", sheet_name=0)
    col = "A brief description of the circumstances surrounding the death"
    for i, r in mpv.iterrows():
        rows.append({"text": r[col], "date": r["Date of Incident (month/day/year)"], "source": "mpv", "row": i + 2})
    ksr = pd.read_csv(data / KSR, dtype=str)
    for i, r in ksr.iterrows():
        rows.append({"text": r["Brief description"], "date": pd.to_datetime(str(r["date of death (YYYY-MM-DD)"])[:10],
                                                                           errors="coerce"),
                     "source": "ksr", "row": i + 2})
    out = []
    for r in rows:
        if not isinstance(r["text"], str) or not r["text"].strip() or pd.isna(r["date"]):
            continue
        r["label"] = "positive_heldout" if r["date"] >= HELD_OUT else "positive_tune"
        if which == "all" or r["label"] == "positive_heldout":
            r["date"] = r["date"].date()
            out.append(r)
    return out


def js_blob(rng: random.Random, size: int) -> str:
    parts, total = [], 0
    while total < size:
        entry = {k: (rng.getrandbits(48).to_bytes(6, "big").hex() if rng.random() < .6 else rng.randint(0, 9999))
                 for k in rng.sample(CONFIG_KEYS, 6)}
        s = json.dumps(entry)
        parts.append(s)
        total += len(s) + 1
    return ("window.__SITE_CONFIG__ = [" + ",".join(parts) + "];\n"
            "(function(w,d){var s=d.createElement('script');s.async=1;s.src='https://cdn.example.net/t.js';"
            "d.head.appendChild(s);w.dataLayer=w.dataLayer||[];})(window,document);")


def css_blob(rng: random.Random) -> str:
    rules = [f".c{rng.getrandbits(24):06x}{{margin:{rng.randint(0, 40)}px;color:#{rng.getrandbits(24):06x}}}"
             for _ in range(rng.randint(60, 200))]
    return "\n".join(rules)


def page(rng: random.Random, site: str, host: str, url: str, headline: str, paragraphs: list[str],
         published: date, related: list[str]) -> str:
    nav = "".join(f'<li><a href="/{s.lower().replace(" ", "-")}">{escape(s)}</a></li>' for s in SECTIONS)
    body = []
    boiler = ["Advertisement", "Photo Credit: Getty Images", "Sponsored Content",
              "Story continues below advertisement"]
    for i, p in enumerate(paragraphs):
        body.append(f"<p>{escape(p)}</p>")
        if i == 1:
            body.append('<div class="ad-slot ad-inline"><span>Advertisement</span>'
                        f'<iframe src="https://ads.example.net/f?id={rng.getrandbits(32)}"></iframe></div>')
        if rng.random() < .15:
            body.append(f"<p>{rng.choice(boiler)}</p>")
    comments = "".join(f'<div class="comment"><span class="comment-author">user{rng.randint(1, 9999)}</span>'
                       f"<p>{escape(rng.choice(COMMENTS))}</p></div>" for _ in range(rng.randint(0, 8)))
    iso = f"{published.isoformat()}T{rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}:00-05:00"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
                     "datePublished": iso, "publisher": {"@type": "Organization", "name": site}})
    promo = "".join(f'<li><a href="https://promo.example.net/{i}">{escape(t)}</a></li>'
                    for i, t in enumerate(rng.sample(CLICKBAIT, 3)))
    rel = "".join(f'<li><a href="/news/{rng.getrandbits(32)}">{escape(t)}</a></li>' for t in related)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(headline)} | {escape(site)}</title>
<meta property="og:title" content="{escape(headline)}"><meta property="og:site_name" content="{escape(site)}">
<meta property="og:url" content="{url}"><link rel="canonical" href="{url}">
<meta property="article:published_time" content="{iso}">
<style>{css_blob(rng)}</style>
<script type="application/ld+json">{ld}</script>
<script>{js_blob(rng, int(rng.lognormvariate(10.6, 0.6)))}</script>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<header class="site-header"><a class="logo" href="/">{escape(site)}</a><nav class="main-nav"><ul>{nav}</ul></nav>
<div class="ad-slot ad-leaderboard"><span>Advertisement</span><a href="https://ads.example.net/c">Click here to compare
mortgage rates</a></div></header>
<main><div class="breadcrumbs"><a href="/news">News</a> &gt; <a href="/local">Local</a></div>
<article class="story"><h1>{escape(headline)}</h1>
<div class="byline">By Staff Reporter | <time datetime="{iso}">{published:%B %d, %Y}</time></div>
<div class="share-tools"><span>Share this:</span> <a href="#">Facebook</a> <a href="#">Twitter</a>
<a href="#">Email</a></div>
{"".join(body)}
<p>Copyright © {published.year} {escape(site)}. All rights reserved.</p>
</article>
<aside class="related-links"><h3>Related:</h3><ul>{rel}</ul></aside>
<section class="newsletter-signup"><h3>Sign up for our newsletter</h3><p>Get the day's top stories delivered to your
inbox.</p></section>
<section id="comments" class="comments"><h3>Comments</h3>{comments}</section>
<section class="sponsored-content"><h4>Sponsored Content</h4><ul>{promo}</ul></section>
</main>
<footer class="site-footer"><p>{escape(site)}, {host}</p><ul><li><a href="/about">About us</a></li>
<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p>Copyright © {published.year} {escape(site)}. All rights reserved.</p></footer>
<script src="https://ads.example.net/loader.js" async></script>
</body></html>"""


def paragraphs_of(sents: list[str], rng: random.Random) -> list[str]:
    out, i = [], 0
    while i < len(sents):
        k = rng.randint(1, 3)
        out.append(" ".join(sents[i:i + k]))
        i += k
    return out


def headline_of(text: str) -> str:
    words = sentences(text)[0].split()
    return " ".join(words[:9]).rstrip(",.;:") + ("..." if len(words) > 9 else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", type=Path, default=HERE / "data" / "news.warc.gz")
    ap.add_argument("--data", type=Path,
                    default=Path(os.environ.get("FORCEWATCH_MIRROR", REPO.parent / "shared" / "data")))
    ap.add_argument("--positives", choices=["heldout", "all"], default="heldout")
    ap.add_argument("--filler", type=int, default=10_000, help="number of filler pages")
    ap.add_argument("--seed", type=int, default=4)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    places = pd.read_csv(args.data / PLACES, dtype=str, encoding="latin-1")[["NAME", "STNAME"]].values.tolist()
    negatives = {p.stem: p.read_text("utf-8") for p in sorted((REPO / "tests/fixtures/news/negatives").glob("*.txt"))}
    neg_paragraphs = [p for t in negatives.values() for p in t.split("\n\n")]
    import pydoc_data.topics

    doc_paragraphs = [" ".join(p.split()) for t in pydoc_data.topics.topics.values() for p in t.split("\n\n")
                      if len(p) > 200 and not p.startswith(" ")]

    pages = []  # (label, meta, headline, paragraphs, published, related-kind)
    for r in positives(args.data, args.positives):
        published = r["date"] + timedelta(days=rng.randint(0, 5))
        pages.append((r["label"], {"source": r["source"], "row": r["row"], "date": r["date"].isoformat()},
                      headline_of(r["text"]), paragraphs_of(sentences(r["text"]), rng), published))
    for name, text in negatives.items():
        paras = text.strip().split("\n\n")
        pages.append(("negative", {"fixture": name}, headline_of(paras[0]), paras, date(2019, 5, 1)))
    for _ in range(args.filler):
        kind = rng.choices(["filler_local", "filler_docs", "filler_hard"], weights=[6, 3, 1])[0]
        place, state = rng.choice(places)
        when = date(2013, 1, 1) + timedelta(days=rng.randint(0, 3000))
        if kind == "filler_local":
            topic = rng.choice(list(LOCAL))
            fill = {"place": place, "state": state, "other": rng.choice(places)[0], "day": rng.choice(DAYS),
                    "month": rng.choice(MONTHS), "year": when.year + 1, "n": rng.randint(2, 60),
                    "m": rng.randint(1, 9)}
            paras = [t.format(**fill) for t in rng.sample(LOCAL[topic], rng.randint(4, 6))]
        elif kind == "filler_docs":
            paras = rng.sample(doc_paragraphs, rng.randint(3, 8))
        else:
            paras = rng.sample(neg_paragraphs, rng.randint(2, 4))
        pages.append((kind, {}, headline_of(paras[0]), paras, when))
    rng.shuffle(pages)
    headlines: dict[str, list[str]] = {}
    for label, _, headline, _, _ in pages:
        headlines.setdefault(label, []).append(headline)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    manifest = {}
    with open(args.out, "wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(w.create_warcinfo_record(args.out.name, {"software": "forcewatch benchmarks/make_warc.py",
                                                                "format": "WARC File Format 1.1"}))
        for i, (label, meta, headline, paras, published) in enumerate(pages):
            place = rng.choice(places)[0]
            site = f"The {place} {rng.choice(NAMES)}"
            host = re.sub(r"[^a-z]", "", place.lower()) + "news.example.org"
            slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60]
            url = f"https://www.{host}/news/{published:%Y/%m}/{slug}-{i}"
            related = rng.sample(headlines[RELATED.get(label, label)], 4)
            html = page(rng, site, host, url, headline, paras, published, related)
            write_pair(w, url, "200 OK", "text/html; charset=utf-8", html.encode("utf-8"))
            manifest[url] = {"label": label, **meta}
            r = rng.random()
            if r < 0.01:
                img = b"\xff\xd8\xff\xe0" + rng.randbytes(rng.randint(5_000, 30_000))
                write_pair(w, url.rsplit("/", 1)[0] + f"/photo-{i}.jpg", "200 OK", "image/jpeg", img)
            elif r < 0.02:
                write_pair(w, f"http://{host}/r/{i}", "301 Moved Permanently", "text/html", b"", location=url)
    args.out.with_name(args.out.name.replace(".warc.gz", "") + ".manifest.json").write_text(
        json.dumps(manifest, indent=0) + "\n")
    counts: dict[str, int] = {}
    for m in manifest.values():
        counts[m["label"]] = counts.get(m["label"], 0) + 1
    print(f"{args.out}: {len(manifest)} pages {counts}, {args.out.stat().st_size / 1e6:.1f} MB")


def write_pair(w: WARCWriter, url: str, status: str, ctype: str, payload: bytes, location: str | None = None) -> None:
    parts = urlsplit(url)
    req = StatusAndHeaders(f"GET {parts.path or '/'} HTTP/1.1",
                           [("Host", parts.netloc), ("User-Agent", "forcewatch-bench/1.0")], is_http_request=True)
    w.write_record(w.create_warc_record(url, "request", http_headers=req, payload=io.BytesIO(b"")))
    headers = [("Content-Type", ctype), ("Content-Length", str(len(payload))), ("Server", "nginx")]
    if location:
        headers.append(("Location", location))
    resp = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=resp))


if __name__ == "__main__":
    main()
