"""The JSON API's response models: its OpenAPI spec (schemathesis checks every answer against them)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Error(BaseModel):
    detail: str


class Series(BaseModel):
    key: str = Field(description="'linked' (de-duplicated) or a source")
    label: str
    snapshot: str | None
    total: int
    undated: int = Field(description="deaths without a known year (not in `values`)")
    values: list[int | None] = Field(description="deaths per year of `years`; null outside the source's years")


class Overview(BaseModel):
    filters: dict[str, Any]
    deaths: int = Field(description="de-duplicated deaths matching the filters")
    years: list[int]
    series: list[Series]


class Row(BaseModel):
    death_id: str
    name: str | None
    age: int | None
    gender: str | None
    race: list[str] | None
    date: str | None
    city: str | None
    state: str | None
    cause: str | None
    armed: str | None
    sources: list[str]


class Table(BaseModel):
    total: int
    page: int
    per_page: int
    pages: int
    sort: str
    order: str
    rows: list[Row]


class MapData(BaseModel):
    total: int = Field(description="deaths matching the filters")
    located: int = Field(description="... of which have coordinates")
    points: list[list[float]] = Field(description="[latitude, longitude, key] per death (key, a whole number: "
                                                  "/api/points/{key})")


class Point(BaseModel):
    key: int
    death_id: str
    name: str | None
    age: int | None
    date: str | None
    city: str | None
    state: str | None
    sources: list[str]


class FieldName(BaseModel):
    name: str
    label: str


class ConflictValue(BaseModel):
    source: str
    value: str | None
    record_id: str


class PersonRecord(BaseModel):
    record_id: str
    source: str
    snapshot: str
    source_title: str
    source_homepage: str | None
    licence: str | None
    file: str | None
    row: int | None
    values: dict[str, Any]
    raw_values: dict[str, Any]
    source_row: dict[str, Any] | None


class Person(BaseModel):
    death_id: str
    death: dict[str, Any] = Field(description="the de-duplicated values (most trusted source first)")
    fields: list[FieldName]
    records: list[PersonRecord] = Field(description="every source's record, side by side")
    conflicts: dict[str, list[ConflictValue]] = Field(
        description="fields on which the sources disagree (the `death_conflicts` view; fields of `conflict_fields`)")
    differs: list[str] = Field(description="every field whose values differ between the records (shown highlighted)")
    conflict_fields: list[str]


class CoverageRow(BaseModel):
    year: int | None
    source: str
    deaths: int
    only_this_source: int
    missed: int = Field(description="deaths of that year other sources report and this one does not")
    examples: list[str]


class YearCount(BaseModel):
    year: int | None
    deaths: int


class Coverage(BaseModel):
    since: int | None
    sources: list[str]
    per_year: list[CoverageRow]
    overlap: dict[str, dict[str, int]]
    deaths_per_year: list[YearCount]


class Options(BaseModel):
    sources: list[dict[str, Any]]
    vocabularies: dict[str, list[dict[str, str]]]
    states: list[dict[str, str]]
    years: list[int | None]
    deaths: int
    located: int
    sort: list[str]


class SessionInfo(BaseModel):
    user: str | None
    csrf_token: str
    review_enabled: bool


class CandidateRow(BaseModel):
    candidate_id: str
    status: str
    name: str | None
    descriptor: str | None
    age: int | None
    gender: str | None
    race: list[str] | None
    date: str | None
    date_from: str | None
    date_to: str | None
    city: str | None
    state: str | None
    match_status: str | None
    articles: int
    created_at: str | None


class Candidates(BaseModel):
    status: str | None
    counts: dict[str, int]
    total: int
    page: int
    per_page: int
    rows: list[CandidateRow]


class Candidate(BaseModel):
    candidate: dict[str, Any]
    articles: list[dict[str, Any]] = Field(description="articles with their evidence sentences per field")
    decisions: list[dict[str, Any]]
    edits: list[dict[str, Any]] = Field([], description="reviewers' corrections: field, was, now, who, when, note")


class Decision(BaseModel):
    decision: Literal["confirmed", "rejected", "duplicate", "new"]
    note: str | None = Field(None, max_length=2000)
    duplicate_of: str | None = Field(None, max_length=300, description="candidate_id or record_id (duplicate)")


class Edit(BaseModel):
    changes: dict[str, str | int | bool | list[str] | None] = Field(
        description="field -> new value (text as on the CLI, or typed); null or '' clears it. Editable: "
                    "name, descriptor, age, gender, date, date_from, date_to, city, state, agency, shots, flee, "
                    "armed, body_camera, video_released, hands_up, race, causes, officer_names",
        max_length=30)
    note: str | None = Field(None, max_length=2000)


class EditResult(BaseModel):
    candidate_id: str
    changed: dict[str, list[Any]] = Field(description="field -> [old value, new value], for fields that changed")
    edited_by: str


class DecisionResult(BaseModel):
    candidate_id: str
    status: str
    decided_by: str
