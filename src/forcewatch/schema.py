"""Canonical record schema shared by every source.

One row of the ``records`` table is one person's death as one snapshot of one
source tells it.  Coded fields carry a canonical value from the shared
vocabularies (``vocab/vocabularies.yaml``) *and* the source's raw value in a
``*_raw`` column beside it, so nothing a source said is ever lost.

``NULL`` always means *unknown / not stated*; it never means "no".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    doc: str
    vocab: str | None = None  # name of the shared vocabulary for coded fields


# Order matters: it is the column order of the `records` table.
COLUMNS: tuple[Column, ...] = (
    # --- identity & provenance -------------------------------------------------
    Column("record_id", "VARCHAR", "Unique key: source/snapshot/file#row."),
    Column("source", "VARCHAR", "Dataset short name (wapo, mpv, guardian, fe, ksr)."),
    Column("snapshot", "VARCHAR", "Snapshot label of the source (usually its date)."),
    Column("snapshot_date", "DATE", "Date the snapshot was published or downloaded."),
    Column("layout", "VARCHAR", "File layout recognised from the header (e.g. wapo_v2)."),
    Column("file", "VARCHAR", "Source file name."),
    Column("file_sha256", "VARCHAR", "sha256 of the source file."),
    Column("row", "INTEGER", "Row number in the file as a spreadsheet shows it (header = row 1); "
           "line number for JSON Lines."),
    Column("source_id", "VARCHAR", "The source's own identifier for the record."),
    Column("wapo_id", "VARCHAR", "Washington Post id, as given by the source (WaPo's own id for WaPo)."),
    Column("fe_id", "VARCHAR", "Fatal Encounters id, as given by the source."),
    Column("mpv_id", "VARCHAR", "Mapping Police Violence id, as given by the source."),
    # --- person ----------------------------------------------------------------
    Column("name", "VARCHAR", "Name as given by the source (NULL when withheld/unknown)."),
    Column("name_raw", "VARCHAR", "Name field exactly as given."),
    Column("name_withheld", "BOOLEAN", "True when the source says the name was withheld or unknown."),
    Column("first_name", "VARCHAR", "Given name (parsed unless the source gives parts)."),
    Column("middle_name", "VARCHAR", "Middle name(s)."),
    Column("last_name", "VARCHAR", "Family name."),
    Column("name_suffix", "VARCHAR", "Suffix such as Jr., Sr., III."),
    Column("age", "INTEGER", "Age in whole years (0 for infants); NULL when unknown or only a range."),
    Column("age_raw", "VARCHAR", "Age field exactly as given."),
    Column("gender", "VARCHAR", "Gender.", "gender"),
    Column("gender_raw", "VARCHAR", "Gender exactly as given."),
    Column("race", "VARCHAR[]", "Race/ethnicity, multi-valued.", "race"),
    Column("race_raw", "VARCHAR", "Race exactly as given."),
    # --- incident ----------------------------------------------------------------
    Column("date", "DATE", "Date of the incident (or of the injury that caused death)."),
    Column("date_raw", "VARCHAR", "Date exactly as given."),
    Column("year", "INTEGER", "Year of `date`."),
    Column("address", "VARCHAR", "Street address of the incident."),
    Column("city", "VARCHAR", "City."),
    Column("county", "VARCHAR", "County."),
    Column("state", "VARCHAR", "Two-letter USPS state code.", "state"),
    Column("zip", "VARCHAR", "ZIP code (5 digits, leading zeros kept)."),
    Column("latitude", "DOUBLE", "Latitude (WGS84)."),
    Column("longitude", "DOUBLE", "Longitude (WGS84)."),
    Column("location_precision", "VARCHAR", "How precise the coordinates are.", "location_precision"),
    Column("agencies", "VARCHAR[]", "Agencies involved (names)."),
    Column("agency_oris", "VARCHAR[]", "FBI ORI codes of the agencies, where given."),
    Column("agencies_raw", "VARCHAR", "Agency field(s) exactly as given."),
    Column("cause", "VARCHAR", "Primary cause of death (first of `causes`).", "cause"),
    Column("causes", "VARCHAR[]", "All causes / kinds of force named.", "cause"),
    Column("cause_raw", "VARCHAR", "Cause exactly as given."),
    Column("armed", "VARCHAR", "Armed status.", "armed"),
    Column("armed_raw", "VARCHAR", "Armed status exactly as given."),
    Column("weapons", "VARCHAR[]", "Alleged weapon categories.", "weapon"),
    Column("weapon_raw", "VARCHAR", "Weapon exactly as given."),
    Column("threat", "VARCHAR", "Threat type.", "threat"),
    Column("threat_raw", "VARCHAR", "Threat exactly as given."),
    Column("flee", "VARCHAR", "Flee status.", "flee"),
    Column("flee_raw", "VARCHAR", "Flee status exactly as given."),
    Column("body_camera", "BOOLEAN", "Body-camera footage exists (NULL = unknown)."),
    Column("body_camera_raw", "VARCHAR", "Body camera exactly as given."),
    Column("mental_illness", "VARCHAR", "Signs of mental illness.", "mental_illness"),
    Column("mental_illness_raw", "VARCHAR", "Mental-illness field exactly as given."),
    Column("intended_force", "VARCHAR", "Kind of police force the source says was used "
           "(Fatal Encounters' 'Intended use of force'); `suicide` and `none` mark deaths the "
           "source counts although police force did not cause them.", "intended_force"),
    Column("intended_force_raw", "VARCHAR", "Intended use of force exactly as given."),
    Column("off_duty", "BOOLEAN", "Killed by an off-duty officer (where the source says)."),
    Column("disposition", "VARCHAR", "Official disposition / charges, as given."),
    Column("description", "VARCHAR", "Description text of the circumstances."),
    Column("urls", "VARCHAR[]", "Source URLs (news articles, documents)."),
    Column("officer_names", "VARCHAR[]", "Names of officers involved, where given."),
    Column("raw", "JSON", "The source row as it was: a JSON array of its values in file order "
           "(names in `files.raw_keys`; the view `records_raw` pairs them as an object)."),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
COLUMNS_BY_NAME = {c.name: c for c in COLUMNS}

#: Coded scalar fields: canonical column -> raw column.
CODED_SCALARS = {
    "gender": "gender_raw",
    "armed": "armed_raw",
    "threat": "threat_raw",
    "flee": "flee_raw",
    "mental_illness": "mental_illness_raw",
    "intended_force": "intended_force_raw",
}
#: Coded list fields: canonical column -> raw column.
CODED_LISTS = {"race": "race_raw", "causes": "cause_raw", "weapons": "weapon_raw"}

LIST_COLUMNS = tuple(c.name for c in COLUMNS if c.sql_type.endswith("[]"))


def create_records_sql(table: str = "records") -> str:
    cols = ",\n  ".join(f'"{c.name}" {c.sql_type}' for c in COLUMNS)
    return f"CREATE TABLE {table} (\n  {cols},\n  PRIMARY KEY (record_id)\n)"
