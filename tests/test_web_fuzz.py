"""The JSON API fuzzed from its own OpenAPI spec with schemathesis, in-process (ASGI), logged
in as a reviewer on a read-write copy of the store (so the review endpoints run too).

Checks on every generated request, valid (positive) and invalid (negative): no 5xx; the status
code, content type, headers and body are those the spec declares.
FORCEWATCH_FUZZ_EXAMPLES sets the examples per operation (default 60); the count of requests
made is written to test-artifacts/fuzz-summary.json."""

from __future__ import annotations

import json
import os
import re
import warnings
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

with warnings.catch_warnings():  # starlette's note about httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from web_stores import web_store  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::DeprecationWarning")]
EXAMPLES = int(os.environ.get("FORCEWATCH_FUZZ_EXAMPLES") or 60)
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
#: schemathesis' `negative_data_rejection` is left out: in a query string a generated boolean `true` for a
#: text parameter (city=true) is the text "true", so "schema-violating request accepted" is a false alarm
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]
CALLS: Counter[str] = Counter()
STATUSES: Counter[str] = Counter()


@pytest.fixture(scope="module")
def app(full_store, tmp_path_factory):

    from forcewatch.web.app import create_app

    path = web_store(full_store, tmp_path_factory.mktemp("web_fuzz") / "s.duckdb", conflict=False,
                     users={"fuzzer": "fuzzing password 1"},
                     candidates=[{"id": cid, "name": "Fuzz Person", "sentence": "Fuzz Person died.",
                                  "url": "https://news.example.org/a"} for cid in ("nc-1", "nc-2")])
    return create_app(path, review=True, secret_key="fuzz")


@pytest.fixture(scope="module")
def auth_headers(app):
    """A reviewer's session cookie and CSRF token."""
    c = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    r = c.post("/login", data={"username": "fuzzer", "password": "fuzzing password 1", "csrf_token": token},
               follow_redirects=False)
    assert r.status_code == 303
    session = c.get("/api/session").json()
    return {"Cookie": f"fw_session={c.cookies['fw_session']}", "X-CSRF-Token": session["csrf_token"]}


@pytest.fixture(scope="module")
def api_schema(app):
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(scope="module", autouse=True)
def summary():
    yield
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "fuzz-summary.json").write_text(json.dumps(
        {"requests": sum(CALLS.values()), "per_operation": dict(CALLS), "statuses": dict(STATUSES),
         "examples_per_operation": EXAMPLES}, indent=2) + "\n")


#: every operation of the spec (a test checks the list is complete, so a new endpoint is fuzzed too)
OPERATIONS = ["GET /api/filters", "GET /api/overview", "GET /api/deaths", "GET /api/map", "GET /api/points/{key}",
              "GET /api/deaths/{death_id}", "GET /api/coverage", "GET /api/export.csv", "GET /api/export.geojson",
              "GET /api/session", "GET /api/review/candidates", "GET /api/review/candidates/{candidate_id}",
              "POST /api/review/candidates/{candidate_id}/decision", "POST /api/review/candidates/{candidate_id}/edit"]


def test_every_operation_is_fuzzed(api_schema):
    assert sorted(op.ok().label for op in api_schema.get_all_operations()) == sorted(OPERATIONS)


# schemathesis' own pytest loader (`schemathesis.pytest.from_fixture`) reads a pytest attribute that
# pytest 9 removed, so the test drives its Hypothesis strategies directly: same cases, same checks.
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("label", OPERATIONS)
def test_api_conforms_to_its_openapi_spec(api_schema, auth_headers, label, mode):
    operation = api_schema.find_operation_by_label(label)
    if mode is GenerationMode.NEGATIVE and label in ("GET /api/filters", "GET /api/session"):
        pytest.skip("no parameters: nothing invalid to send")

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
              database=None)
    def run(case):
        headers = dict(auth_headers)
        if case.headers and "x-csrf-token" in {k.lower() for k in case.headers}:
            headers.pop("X-CSRF-Token")  # the generated (possibly wrong) token is what is tested
        response = case.call_and_validate(headers=headers, checks=CHECKS)
        CALLS[f"{label} ({mode.value})"] += 1
        STATUSES[str(response.status_code)] += 1
        assert response.status_code < 500

    run()
