"""The database schema as SQLAlchemy 2 typed models. Alembic migrations build it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mysteryshop.names import KEY_LENGTH, optional_key
from mysteryshop.vocabulary import BUILTIN_DIMENSIONS

SCHEMA_VERSION = "0010"
"""The Alembic revision of the current schema."""

"""The dimensions reports know by name (DESIGN.md); each has its score column on encounters."""

DASHBOARD_COLUMNS = (
    "status", "visited_at", "utc_offset_minutes", "location_id", "form_version_id", "score",
    "feeling", "critical_fail", *(f"{name}_score" for name in BUILTIN_DIMENSIONS),
    "other_dimension_scores", "calibration", "deleted_at",
)  # fmt: skip
"""The columns the dashboard's figures read (stats.py), in one covering index: its passes over
100,000 encounters read the index, not the table's rows with their notes (~30% faster; the
other dimensions' scores, such as the shipped forms' "respect", another 40% of the figures
query since schema 0004). On PostgreSQL those scores are jsonb, which a B-tree can hold.
`calibration` and `deleted_at` (schema 0008) are in every figure's WHERE (filtering.py)."""


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive UTC, so SQLite and PostgreSQL sort and compare it
    alike. Reads come back aware, in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: a time zone is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class FormVersion(Base):
    """One version of a form: its canonical content, which never changes once stored."""

    __tablename__ = "form_versions"
    __table_args__ = (UniqueConstraint("form_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    definition: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"FormVersion({self.form_id!r} v{self.version})"


def _key_of(column: str) -> Callable[[DefaultExecutionContext], str | None]:
    """A column default: names.name_key of the row's `column`, as inserted."""

    def default(context: DefaultExecutionContext) -> str | None:
        row: dict[str, Any] = context.get_current_parameters()  # type: ignore[no-untyped-call]
        return optional_key(row.get(column))

    return default


class Location(Base):
    """A place visited. A name is looked up, and told apart from others, by its key
    (names.name_key: NFKC, case folded, invisible characters dropped); the store keeps
    `name_key` and `region_key` with every insert (their defaults) and every rename
    (store/locations.py), and lookups compare them through their indexes."""

    __tablename__ = "locations"
    __table_args__ = (Index(None, "name_key"), Index(None, "region_key"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]
    # Nullable in the schema only: SQLite cannot make a column added in place NOT NULL, and
    # copying the table (batch mode) would fail on the encounters that refer to it.
    name_key: Mapped[str | None] = mapped_column(String(KEY_LENGTH), default=_key_of("name"))
    region_key: Mapped[str | None] = mapped_column(String(KEY_LENGTH), default=_key_of("region"))

    def __repr__(self) -> str:
        return f"Location({self.name!r}, region={self.region!r})"


class Observer(Base):
    __tablename__ = "observers"

    id: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str] = mapped_column(String(100), unique=True)

    def __repr__(self) -> str:
        return f"Observer({self.alias!r})"


class Encounter(Base):
    """One observed service encounter with its computed scores."""

    __tablename__ = "encounters"
    __table_args__ = (
        Index(None, "visited_at"),
        Index(None, "location_id", "visited_at"),
        Index(None, "form_version_id", "visited_at"),
        Index(None, "status", "visited_at"),
        Index(None, "score"),
        Index("ix_encounters_dashboard", *DASHBOARD_COLUMNS),
        # Partial: only the few calibration and trashed encounters. A full index would look
        # selective for the `IS NULL` every figure's WHERE holds (filtering.py), and SQLite
        # without statistics would pick it over visited_at or the name keys.
        Index(
            "ix_encounters_calibration",
            "calibration",
            sqlite_where=text("calibration IS NOT NULL"),
            postgresql_where=text("calibration IS NOT NULL"),
        ),
        Index(
            "ix_encounters_deleted_at",
            "deleted_at",
            sqlite_where=text("deleted_at IS NOT NULL"),
            postgresql_where=text("deleted_at IS NOT NULL"),
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    form_version_id: Mapped[int] = mapped_column(ForeignKey("form_versions.id"))
    location_id: Mapped[str] = mapped_column(ForeignKey("locations.id"))
    observer_id: Mapped[int | None] = mapped_column(ForeignKey("observers.id"))
    visited_at: Mapped[datetime]
    utc_offset_minutes: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[str] = mapped_column(String(20))
    staff: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    reviewer_note: Mapped[str] = mapped_column(Text, default="")
    return_reason: Mapped[str] = mapped_column(Text, default="")
    # Who approved or returned it last (an alias, or workflow.REVIEWER_ROLE/UNKNOWN_REVIEWER)
    # and when: the store records them (workflow.py).
    reviewed_by: Mapped[str | None] = mapped_column(String(100))
    reviewed_at: Mapped[datetime | None]
    timer: Mapped[dict[str, Any]] = mapped_column(default=dict)
    score: Mapped[float | None] = mapped_column(Float)
    earned: Mapped[float] = mapped_column(Float, default=0.0)
    possible: Mapped[float] = mapped_column(Float, default=0.0)
    critical_fail: Mapped[bool] = mapped_column(Boolean, default=False)
    feeling: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    revision: Mapped[int] = mapped_column(Integer, default=1)
    # The observer-calibration session it was recorded for (DESIGN.md): such encounters count
    # only in calibration figures (filtering.py).
    calibration: Mapped[str | None] = mapped_column(String(64))
    # In the trash since (discarded or deleted, see `deletions`); the trash is purged after
    # 30 days. Trashed encounters match no filter but the trash's (filtering.py).
    deleted_at: Mapped[datetime | None]
    # The built-in dimensions' scores (earned × 100 / possible; None when the encounter had no
    # points possible there), copied from encounter_scores: the dashboard's averages then come
    # from one pass over encounters instead of a join with ~10 score rows per encounter.
    greeting_score: Mapped[float | None] = mapped_column(Float)
    smile_score: Mapped[float | None] = mapped_column(Float)
    presence_score: Mapped[float | None] = mapped_column(Float)
    helpfulness_score: Mapped[float | None] = mapped_column(Float)
    feeling_score: Mapped[float | None] = mapped_column(Float)
    farewell_score: Mapped[float | None] = mapped_column(Float)
    # Other dimensions' scores (a form's own words, such as "respect"): {dimension: score}.
    other_dimension_scores: Mapped[dict[str, float] | None] = mapped_column(
        JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")
    )

    def __repr__(self) -> str:
        return f"Encounter({self.id!r}, {self.status}, score={self.score})"


class Answer(Base):
    """One question's answer (or N/A) in one encounter, with the points it earned."""

    __tablename__ = "answers"
    __table_args__ = (Index(None, "question_id"),)

    encounter_id: Mapped[str] = mapped_column(
        ForeignKey("encounters.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any | None] = mapped_column(JSON)
    na: Mapped[bool] = mapped_column(Boolean, default=False)
    earned: Mapped[float | None] = mapped_column(Float)
    possible: Mapped[float | None] = mapped_column(Float)

    def __repr__(self) -> str:
        return f"Answer({self.encounter_id!r}, {self.question_id!r}, {self.value!r})"


class EncounterScore(Base):
    """A section's or a dimension's points in one encounter, for aggregation in SQL."""

    __tablename__ = "encounter_scores"
    __table_args__ = (Index(None, "kind", "key"),)

    encounter_id: Mapped[str] = mapped_column(
        ForeignKey("encounters.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)  # section | dimension
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    earned: Mapped[float] = mapped_column(Float)
    possible: Mapped[float] = mapped_column(Float)

    def __repr__(self) -> str:
        return f"EncounterScore({self.encounter_id!r}, {self.kind} {self.key!r})"


class QuestionTotal(Base):
    """The answers of one question of one form version over the reported encounters of one
    UTC day (vocabulary.REPORTED_STATUSES, no calibration, not trashed), split by
    stats.driver_key: what the summary's question table and the drivers of Net Uplift sum,
    so that a report over a year reads a few thousand rows instead of every answer.

    SQLite only (store/question_totals.py): triggers mark the days an encounter write touches
    in `question_totals_stale`, and reads take those days, and partial days at a period's
    ends, from the answers themselves. On PostgreSQL the figures come from the answers."""

    __tablename__ = "question_totals"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # YYYY-MM-DD, UTC
    form_version_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    driver_key: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    answered: Mapped[int] = mapped_column(Integer)
    na: Mapped[int] = mapped_column(Integer)
    missed: Mapped[int] = mapped_column(Integer)
    earned: Mapped[float] = mapped_column(Float)
    possible: Mapped[float] = mapped_column(Float)


class QuestionTotalStale(Base):
    """A UTC day whose `question_totals` are not to be trusted: an encounter of that day was
    written since they were summed (marked by triggers, cleared by a refresh)."""

    __tablename__ = "question_totals_stale"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)


class EncounterTag(Base):
    __tablename__ = "encounter_tags"
    __table_args__ = (Index(None, "tag"),)

    encounter_id: Mapped[str] = mapped_column(
        ForeignKey("encounters.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(64), primary_key=True)

    def __repr__(self) -> str:
        return f"EncounterTag({self.encounter_id!r}, {self.tag!r})"


class EncounterHistory(Base):
    """A change of an encounter (workflow.keeps_history says which): its kind, what changed as
    data (workflow.change_details), and the state before it."""

    __tablename__ = "encounter_history"
    __table_args__ = (Index(None, "encounter_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    encounter_id: Mapped[str] = mapped_column(ForeignKey("encounters.id", ondelete="CASCADE"))
    changed_at: Mapped[datetime]
    change: Mapped[str] = mapped_column(String(20))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    snapshot: Mapped[dict[str, Any]]
    # Who made the change: a team member's alias (on a team's PostgreSQL a trigger sets it from
    # the login role, migration 0010) or the local observer alias; None before schema 0010.
    changed_by: Mapped[str | None] = mapped_column(String(100))

    def __repr__(self) -> str:
        return f"EncounterHistory({self.encounter_id!r}, {self.change} at {self.changed_at})"


class Attachment(Base):
    """Evidence attached to an encounter (a photo of the storefront, a receipt). The file's
    bytes live in the database, so backups, exports and a team's server carry them; the
    original file name is kept only as metadata."""

    __tablename__ = "attachments"
    __table_args__ = (Index(None, "encounter_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    encounter_id: Mapped[str] = mapped_column(ForeignKey("encounters.id", ondelete="CASCADE"))
    original_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"Attachment({self.id!r}, {self.media_type}, {self.size} bytes)"


class Deletion(Base):
    """A discard or deletion, kept for the audit after the encounter is purged: who, when, why
    and the status it had, never its content."""

    __tablename__ = "deletions"
    __table_args__ = (Index(None, "encounter_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    encounter_id: Mapped[str] = mapped_column(String(36))  # no key: it outlives the encounter
    kind: Mapped[str] = mapped_column(String(10))  # discard | delete
    status: Mapped[str] = mapped_column(String(20))
    deleted_at: Mapped[datetime]
    deleted_by: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text, default="")
    restored_at: Mapped[datetime | None]
    purged_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"Deletion({self.encounter_id!r}, {self.kind} at {self.deleted_at})"


class CommentPhrase(Base):
    """A reviewer's saved phrase: for one question of a form, or general (no form)."""

    __tablename__ = "comment_phrases"
    __table_args__ = (Index(None, "form_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[str | None] = mapped_column(String(64))
    question_id: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    def __repr__(self) -> str:
        return f"CommentPhrase({self.form_id!r}, {self.question_id!r}, {self.text[:20]!r})"


class ActionItem(Base):
    """What is to be done about a missed standard at a location: about a question or a
    dimension, owned by a role, due on a day, open, done or dropped."""

    __tablename__ = "action_items"
    __table_args__ = (Index(None, "location_id", "state"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("locations.id", ondelete="CASCADE"))
    form_id: Mapped[str | None] = mapped_column(String(64))
    question_id: Mapped[str | None] = mapped_column(String(64))
    dimension: Mapped[str | None] = mapped_column(String(64))
    what: Mapped[str] = mapped_column(Text)
    owner_role: Mapped[str] = mapped_column(String(100), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="open")  # open | done | dropped
    source: Mapped[str] = mapped_column(String(20))  # review | coaching | location
    source_encounter_id: Mapped[str | None] = mapped_column(
        ForeignKey("encounters.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime]
    created_by: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"ActionItem({self.id!r}, {self.state}, {self.what[:20]!r})"


class TeamUser(Base):
    """A login role of a team's PostgreSQL server and the observer alias and team role it
    stands for (store/team.py). Unused on SQLite."""

    __tablename__ = "team_users"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    alias: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    added_at: Mapped[datetime]


class SyncBase(Base):
    """An encounter as a laptop last exchanged it with its team server: the local and the
    server revision then. A change since is told by a revision that moved (store/sync.py)."""

    __tablename__ = "sync_base"

    encounter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_revision: Mapped[int] = mapped_column(Integer)
    server_revision: Mapped[int] = mapped_column(Integer)
    synced_at: Mapped[datetime]


class SyncConflict(Base):
    """An encounter changed on both sides since the last sync: the server's version stands,
    the local one is kept here until someone resolves it."""

    __tablename__ = "sync_conflicts"

    encounter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    found_at: Mapped[datetime]
    server_revision: Mapped[int] = mapped_column(Integer)
    local: Mapped[dict[str, Any]]
    server: Mapped[dict[str, Any]]


class SyncState(Base):
    """A laptop's sync facts (the server it syncs with, when it last did): key and value."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
