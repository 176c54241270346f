"""The dashboard in a real browser: headless Debian chromium driven by Playwright, against the
app served by uvicorn on a free loopback port. Loads the overview, applies a filter and sees the
table, the chart and the map change (and the URL keep the filter), opens a person page with a
conflict highlighted, logs in and confirms a news candidate. No request may leave the server.

Screenshots go to test-artifacts/screenshots/ (git-ignored; CI keeps them as artifacts)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from web_stores import web_store

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
SHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"
PASSWORD = "browser test password"
SENTENCE = "Officers shot Jordan Example, 34, after a chase on Main Street, police said."


@pytest.fixture(scope="module")
def server(full_store, tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("no chromium binary (Debian: apt-get install chromium)")

    from forcewatch.web.app import create_app

    path = web_store(full_store, tmp_path_factory.mktemp("web_browser") / "s.duckdb", users={"reviewer": PASSWORD},
                     candidates=[{"id": "nc-browser", "name": "Jordan Example", "sentence": SENTENCE,
                                  "url": "https://news.example.org/a"}])

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(path, review=True, secret_key="browser"), host="127.0.0.1",
                                        port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(server):
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    pg.problems = []  # console errors (CSP violations show up here), page errors, requests elsewhere
    pg.on("console", lambda m: pg.problems.append(f"console: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("request", lambda r: None if r.url.startswith((server, "data:")) else pg.problems.append(r.url))
    yield pg
    ctx.close()


def wait_ready(page, after: int = 0) -> int:
    """Wait until the explore page has drawn the answers of its request number > `after`."""
    page.wait_for_function("n => Number(document.body.dataset.ready || 0) > n", arg=after, timeout=20_000)
    return int(page.evaluate("document.body.dataset.ready"))


def shown(page) -> dict:
    return {"total": int(page.get_attribute("#deaths-table", "data-total")),
            "chart": int(page.get_attribute("#chart", "data-deaths")),
            "points": int(page.get_attribute("#map", "data-points")),
            "rows": page.locator("#deaths-table tbody tr").count()}


def test_overview_chart_map_and_table_load(page, server):
    page.goto(server + "/")
    wait_ready(page)
    page.wait_for_selector("#map .marker-cluster")
    got = shown(page)
    assert got["total"] == got["chart"] > 20_000 and got["points"] > 5_000 and got["rows"] == 50
    assert page.locator("#chart canvas").count() >= 1
    assert page.locator("#map path.leaflet-interactive, #map canvas").count() >= 1  # state outlines drawn
    page.screenshot(path=str(SHOTS / "01-overview.png"), full_page=True)
    assert page.problems == []


def test_a_filter_changes_table_chart_and_map_and_stays_in_the_url(page, server):
    page.goto(server + "/")
    n = wait_ready(page)
    before = shown(page)
    page.select_option("select[name=state]", ["CA"])
    n = wait_ready(page, n)
    page.fill("input[name=age_max]", "17")
    page.press("input[name=age_max]", "Enter")
    wait_ready(page, n)
    after = shown(page)
    assert "state=CA" in page.url and "age_max=17" in page.url
    assert 0 < after["total"] < before["total"] and after["chart"] == after["total"]
    assert 0 < after["points"] < before["points"]
    rows = page.locator("#deaths-table tbody tr td:nth-child(7)").all_inner_texts()
    assert rows and set(rows) == {"CA"}
    page.screenshot(path=str(SHOTS / "02-filtered.png"), full_page=True)
    # the URL is the view: opening it again shows the same thing
    page.goto(page.url)
    wait_ready(page)
    assert shown(page) == after
    assert page.eval_on_selector("select[name=state]", "s => [...s.selectedOptions].map(o => o.value)") == ["CA"]
    # sorting by age (a click on the header) reorders the table without leaving the page
    page.click("#deaths-table th[data-sort=age] a")
    page.wait_for_selector("#deaths-table th[data-sort=age][aria-sort]")
    assert "sort=age" in page.url
    assert page.problems == []


def test_the_police_force_checkbox_filters_and_survives_a_reload(page, server):
    page.goto(server + "/?source=ksr")
    n = wait_ready(page)
    before = shown(page)["total"]
    page.click("details summary")  # More filters
    page.check("input[name=police_force_only]")
    wait_ready(page, n)
    after = shown(page)["total"]
    assert "police_force_only=true" in page.url and 0 < after < before
    page.goto(page.url)
    wait_ready(page)
    assert page.is_checked("input[name=police_force_only]") and shown(page)["total"] == after
    page.uncheck("input[name=police_force_only]")
    page.wait_for_function("() => !location.search.includes('police_force_only')")
    assert page.problems == []


def test_person_page_shows_sources_side_by_side_with_the_conflict(page, server):
    page.goto(server + "/?q=adam+toledo")
    wait_ready(page)
    page.click("#deaths-table tbody a:text-is('Adam Toledo')")
    page.wait_for_selector("#person-name")
    assert page.inner_text("#person-name") == "Adam Toledo"
    assert page.locator("#records thead th.src").count() == 2
    assert page.locator("#records tr.conflict[data-field=body_camera]").count() == 1
    assert page.locator("#records a.source-link").count() >= 1  # the article MPV cites
    page.screenshot(path=str(SHOTS / "03-person.png"), full_page=True)
    assert page.problems == []


def test_log_in_and_confirm_a_candidate(page, server):
    page.goto(server + "/review")
    assert "/login" in page.url
    page.fill("input[name=username]", "reviewer")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]:text('Log in')")
    page.wait_for_selector("#candidates")
    assert page.inner_text("#user") == "reviewer"
    page.click("#candidates a:text('Jordan Example')")
    page.wait_for_selector("blockquote.sentence")
    assert SENTENCE in page.inner_text("blockquote.sentence")
    page.screenshot(path=str(SHOTS / "04-review.png"), full_page=True)
    page.check("input[name=decision][value=confirmed]")
    page.fill("#decision-form input[name=note]", "the article names him and the place")
    page.click("#decide")
    page.wait_for_selector("#decided")
    assert page.inner_text("#candidate-status") == "confirmed"
    assert "reviewer: confirmed" in page.inner_text("#decisions")
    page.screenshot(path=str(SHOTS / "05-confirmed.png"), full_page=True)
    # a correction after confirming: logged, and shown in the fields
    page.fill("#f_age", "31")
    page.fill("#edit-form input[name=note]", "the obituary gives 31")
    page.click("#save-edits")
    page.wait_for_selector("#edits")
    assert "the obituary gives 31" in page.inner_text("#edits")
    assert "31" in page.inner_text("#candidate-fields")
    page.screenshot(path=str(SHOTS / "06-corrected.png"), full_page=True)
    assert page.problems == []
