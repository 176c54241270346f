"""Security of the web app: read-only public pages, logins (argon2), the session cookie, CSRF,
the login rate limit, escaping of untrusted names and article text, parameterised SQL, no
external URLs in the bundled assets, and review decisions written through the news queue.

The store is a copy of the full store with hand-made clusters and three news candidates put
straight into the review tables (one with HTML and a javascript: link in its text)."""

from __future__ import annotations

import html
import re
import warnings
from pathlib import Path

import pytest

from web_stores import add_user as web_add_user
from web_stores import web_store

pytest.importorskip("fastapi")
with warnings.catch_warnings():  # starlette's note about httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx`")
PASSWORD = "correct horse battery staple"
WEB = Path(__file__).resolve().parents[1] / "src" / "forcewatch" / "web"
EVIL_NAME = '<script>alert("name")</script>'
EVIL_SENTENCE = 'Police said <img src=x onerror=alert(1)> the man "fled".'


def linked_copy(full_store, dest):
    """The store with every newest record a death of its own, and three review candidates (one with
    HTML in its name and text and a javascript: link)."""
    return web_store(full_store, dest, toledo=False, candidates=[
        {"id": cid, "name": name, "url": url, "sentence": EVIL_SENTENCE, "title": "<b>Headline</b>"}
        for cid, name, url in [("nc-evil", EVIL_NAME, "javascript:alert(2)"),
                               ("nc-plain", "Jordan Example", "https://news.example.org/a"),
                               ("nc-other", "Casey Sample", "https://news.example.org/b")]])


def add_user(path, name="alice"):
    web_add_user(path, name, PASSWORD)


@pytest.fixture(scope="module")
def store(full_store, tmp_path_factory):
    path = linked_copy(full_store, tmp_path_factory.mktemp("web_sec") / "s.duckdb")
    add_user(path)
    return path


@pytest.fixture(scope="module")
def app(store):
    from forcewatch.web.app import create_app

    return create_app(store, review=True, secret_key="test-secret")


@pytest.fixture
def client(app):
    return TestClient(app)  # a fresh cookie jar per test (no `with`: that would run the app's shutdown)


def token_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def login(client, username="alice", password=PASSWORD):
    token = token_of(client.get("/login").text)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token,
                                       "next": "/review"}, follow_redirects=False)


def test_passwords_are_stored_as_argon2_hashes(store, app):
    cur = app.state.web.data.cursor()
    (h,) = cur.execute("SELECT password_hash FROM web_users WHERE username = 'alice'").fetchone()
    assert h.startswith("$argon2id$") and PASSWORD not in h


def test_public_pages_are_read_only(client):
    for path in ["/", "/api/overview", "/api/deaths", "/api/map", "/api/coverage", "/coverage", "/api/export.csv"]:
        for method in ("post", "put", "delete", "patch"):
            assert getattr(client, method)(path).status_code == 405, (method, path)


def test_review_needs_a_login(client):
    r = client.get("/review", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=%2Freview")
    assert client.get("/api/review/candidates").status_code == 401
    assert client.get("/api/review/candidates/nc-plain").status_code == 401
    r = client.post("/api/review/candidates/nc-plain/decision", json={"decision": "rejected"})
    assert r.status_code == 401


def test_login_sets_a_signed_httponly_samesite_cookie(client):
    r = login(client)
    assert r.status_code == 303 and r.headers["location"] == "/review"
    cookie = next(c for c in r.headers.get_list("set-cookie") if c.startswith("fw_session="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # plain http here; see the https test
    assert client.get("/api/session").json()["user"] == "alice"
    assert "Jordan Example" in client.get("/review").text


def test_cookie_is_secure_over_https(app):
    r = login(TestClient(app, base_url="https://testserver"))
    assert r.status_code == 303
    assert any("Secure" in v for v in r.headers.get_list("set-cookie"))


def test_wrong_password_and_unknown_user_are_refused(client):
    assert login(client, password="wrong password!!").status_code == 401
    assert login(client, username="mallory").status_code == 401
    assert client.get("/api/session").json()["user"] is None


def test_login_is_rate_limited(app):
    c = TestClient(app)
    for _ in range(5):
        assert login(c, username="bob-the-target", password="guess guess guess").status_code == 401
    r = login(c, username="bob-the-target", password="guess guess guess")
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    assert "Too many failed logins" in r.text
    # another user name from the same client is not locked (per client and user)
    assert login(TestClient(app)).status_code == 303


def test_forms_and_api_need_the_csrf_token(client):
    login(client)
    # login form without a token
    r = TestClient(client.app).post("/login", data={"username": "alice", "password": PASSWORD})
    assert r.status_code == 403
    r = client.post("/review/nc-plain", data={"decision": "rejected", "csrf_token": "forged"})
    assert r.status_code == 403
    r = client.post("/api/review/candidates/nc-plain/decision", json={"decision": "rejected"})
    assert r.status_code == 403
    token = client.get("/api/session").json()["csrf_token"]
    r = client.post("/api/review/candidates/nc-plain/decision", json={"decision": "rejected"},
                    headers={"X-CSRF-Token": token, "Origin": "https://evil.example"})
    assert r.status_code == 403
    assert client.post("/logout", data={"csrf_token": "forged"}).status_code == 403


def test_session_cannot_be_forged(app):
    c = TestClient(app)
    c.cookies.set("fw_session", "eyJ1c2VyIjoiYWxpY2UifQ.forged.sig")
    assert c.get("/api/session").json()["user"] is None
    assert c.get("/review", follow_redirects=False).status_code == 303


def test_login_does_not_redirect_elsewhere(client):
    token = token_of(client.get("/login").text)
    r = client.post("/login", data={"username": "alice", "password": PASSWORD, "csrf_token": token,
                                    "next": "//evil.example/x"}, follow_redirects=False)
    assert r.headers["location"] == "/review"


def test_names_and_article_text_are_escaped(client):
    login(client)
    for path in ["/review", "/review/nc-evil"]:
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Headline" not in html
    html = client.get("/review/nc-evil").text
    assert "&lt;script&gt;alert(&#34;name&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # the evidence sentence, shown as text
    assert 'href="javascript:' not in html


def test_sql_injection_is_just_text(client):
    payloads = ["'; DROP TABLE records; --", "%' OR 1=1 --", "\\", "\"", "Robert'); DELETE FROM clusters;--"]
    for p in payloads:
        r = client.get("/api/deaths", params={"q": p, "city": p, "agency": p})
        assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/deaths", params={"sort": "name; DROP TABLE records"}).status_code == 422
    assert client.get("/api/overview").json()["deaths"] > 20_000


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"


def test_csv_cells_that_look_like_formulas_are_defused(store, app):
    from forcewatch.web.queries import _cell

    assert _cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")" and _cell("@SUM(A1)") == "'@SUM(A1)"
    assert _cell("-71.4") == "-71.4" and _cell(-71.4) == -71.4


def test_no_asset_or_template_loads_anything_from_another_host():
    own = [p for p in WEB.rglob("*") if p.is_file() and p.suffix in (".html", ".js", ".css", ".json")
           and "vendor" not in p.parts and p.name not in ("package.json", "package-lock.json")]
    assert own, "templates and static files not found"
    for p in own:
        assert not re.findall(r"https?://", p.read_text("utf-8")), f"{p}: an absolute URL"
    # vendor files: only comments, attribution links and XML namespaces, never something to load
    allowed = {"www.w3.org", "leafletjs.com", "github.com", "bugs.chromium.org", "bugzilla.mozilla.org"}
    for p in (WEB / "static" / "vendor").rglob("*"):
        if p.is_file() and p.suffix in (".js", ".css", ".json"):
            hosts = set(re.findall(r"https?://([A-Za-z0-9.-]+)", p.read_text("utf-8", errors="replace")))
            assert hosts <= allowed, f"{p}: {hosts - allowed}"
    for lib in ("leaflet", "leaflet.markercluster", "topojson-client", "uplot", "us-atlas"):
        names = [f.name.upper() for f in (WEB / "static" / "vendor" / lib).iterdir()]
        assert any(n.startswith(("LICENSE", "MIT-LICEN")) for n in names), f"{lib}: no licence file"


def test_decisions_go_through_the_news_queue(client, app):
    pytest.importorskip("forcewatch.news.queue")
    login(client)
    page = client.get("/review/nc-plain").text
    r = client.post("/review/nc-plain", data={"decision": "confirmed", "note": "two articles agree",
                                             "csrf_token": token_of(page)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/review/nc-plain?decided=confirmed"
    assert "Recorded: confirmed" in client.get(r.headers["location"]).text
    cur = app.state.web.data.write_cursor()
    assert cur.execute("SELECT decision, decided_by, note FROM news_decisions WHERE candidate_id = 'nc-plain'"
                       ).fetchall() == [("confirmed", "alice", "two articles agree")]
    assert cur.execute("SELECT status FROM news_candidates WHERE candidate_id = 'nc-plain'").fetchone() == (
        "confirmed",)
    assert cur.execute("SELECT count(*) FROM records WHERE source = 'news'").fetchone() == (1,)
    cur.close()
    # the public overview now counts the confirmed record under source "news"
    ov = client.get("/api/overview").json()
    assert any(s["key"] == "news" and s["total"] == 1 for s in ov["series"])
    # the JSON API: a duplicate needs duplicate_of (422), then works with the CSRF header
    token = client.get("/api/session").json()["csrf_token"]
    r = client.post("/api/review/candidates/nc-other/decision", json={"decision": "duplicate"},
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 422
    r = client.post("/api/review/candidates/nc-other/decision",
                    json={"decision": "duplicate", "duplicate_of": "nc-plain"}, headers={"X-CSRF-Token": token})
    assert r.status_code == 200 and r.json() == {"candidate_id": "nc-other", "status": "duplicate",
                                                 "decided_by": "alice"}
    got = client.get("/api/review/candidates/nc-other").json()
    assert got["candidate"]["status"] == "duplicate" and got["decisions"][0]["duplicate_of"] == "nc-plain"
    assert got["articles"][0]["evidence"][0]["sentences"] == [EVIL_SENTENCE]


def test_a_read_only_server_refuses_decisions(full_store, tmp_path):
    from forcewatch.web.app import create_app

    path = linked_copy(full_store, tmp_path / "ro.duckdb")
    add_user(path, "carol")
    with TestClient(create_app(path, secret_key="x")) as c:
        assert login(c, "carol").status_code == 303
        page = c.get("/review/nc-plain").text
        assert "read-only" in page and "<fieldset disabled>" in page
        r = c.post("/review/nc-plain", data={"decision": "rejected", "csrf_token": token_of(page)})
        assert r.status_code == 403 and "forcewatch serve --review" in r.text
        r = c.post("/review/nc-plain/edit", data={"f_age": "40", "csrf_token": token_of(page)})
        assert r.status_code == 403 and "forcewatch serve --review" in r.text


def test_users_command_lists_and_removes(store, tmp_path, full_store):
    from typer.testing import CliRunner

    from forcewatch.cli import app

    path = linked_copy(full_store, tmp_path / "u.duckdb")
    run = CliRunner().invoke
    r = run(app, ["users", "add", "dave", "--store", str(path)], env={"FORCEWATCH_WEB_PASSWORD": "short"})
    assert r.exit_code == 2 and "at least" in r.output
    add_user(path, "dave")
    r = run(app, ["users", "add", "dave", "--store", str(path)], env={"FORCEWATCH_WEB_PASSWORD": PASSWORD})
    assert r.exit_code == 2 and "exists" in r.output
    assert "dave" in run(app, ["users", "list", "--store", str(path)]).output
    assert run(app, ["users", "remove", "dave", "--store", str(path)]).exit_code == 0
    assert "dave" not in run(app, ["users", "list", "--store", str(path)]).output


def form_fields(page: str) -> dict[str, str]:
    """The correction form's inputs, as a browser submits them (entities decoded)."""
    return {k: html.unescape(v) for k, v in re.findall(r'name="(f_[a-z_]+)" value="([^"]*)"', page)}


def test_corrections_go_through_the_news_queue_and_are_logged(client, app):
    queue = pytest.importorskip("forcewatch.news.queue")
    from forcewatch.web.review import EDIT_FIELDS

    assert sorted(f for f, _ in EDIT_FIELDS) == sorted(queue.EDITABLE)  # the form offers every editable field
    login(client)
    page = client.get("/review/nc-evil").text
    assert 'value="&lt;script&gt;alert(&#34;name&#34;)&lt;/script&gt;"' in page  # the form escapes too
    token = token_of(page)
    # the browser sends every field; only those whose text changed are edits
    fields = form_fields(page)
    assert {"f_age", "f_city", "f_race", "f_body_camera"} <= set(fields)
    bad = client.post("/review/nc-evil/edit", data={**fields, "f_age": "seventeen", "csrf_token": token})
    assert bad.status_code == 400 and "is not a whole number" in bad.text
    r = client.post("/review/nc-evil/edit", data={**fields, "f_age": "17", "f_city": "Chicago", "f_state": "il",
                                                 "note": "the second article", "csrf_token": token},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/review/nc-evil?decided=edited"
    cur = app.state.web.data.write_cursor()
    got = cur.execute("SELECT field, new_value, edited_by, note FROM news_edits WHERE candidate_id = 'nc-evil' "
                      "ORDER BY field").fetchall()
    # 'il' reads as IL, the value it had: not an edit
    assert got == [("age", "17", "alice", "the second article"), ("city", '"Chicago"', "alice", "the second article")]
    assert cur.execute("SELECT age, city, state FROM news_candidates WHERE candidate_id = 'nc-evil'"
                       ).fetchone() == (17, "Chicago", "IL")
    cur.close()
    assert 'id="edits"' in client.get(r.headers["location"]).text
    # nothing changed is refused; the form needs the CSRF token
    page = client.get("/review/nc-evil").text
    same = form_fields(page)
    assert client.post("/review/nc-evil/edit", data={**same, "csrf_token": token_of(page)}).status_code == 400
    assert client.post("/review/nc-evil/edit", data={"f_age": "18", "csrf_token": "forged"}).status_code == 403
    # the JSON API: login + CSRF header; a bad value is a 422 naming the field
    assert TestClient(app).post("/api/review/candidates/nc-evil/edit", json={"changes": {"age": 18}}
                                ).status_code == 401
    token = client.get("/api/session").json()["csrf_token"]
    assert client.post("/api/review/candidates/nc-evil/edit", json={"changes": {"age": 18}}).status_code == 403
    r = client.post("/api/review/candidates/nc-evil/edit", json={"changes": {"gender": "robot"}},
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 422 and "gender" in r.text
    r = client.post("/api/review/candidates/nc-evil/edit", json={"changes": {"age": 18, "race": ["black"]}},
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 200 and r.json() == {"candidate_id": "nc-evil", "changed": {
        "age": [17, 18], "race": [None, ["black"]]}, "edited_by": "alice"}
    edits = client.get("/api/review/candidates/nc-evil").json()["edits"]
    assert [(e["field"], e["old_value"], e["new_value"]) for e in edits][-2:] == [("age", 17, 18),
                                                                                  ("race", None, ["black"])]
    assert client.post("/api/review/candidates/nc-nobody/edit", json={"changes": {"age": 18}},
                       headers={"X-CSRF-Token": token}).status_code == 404
