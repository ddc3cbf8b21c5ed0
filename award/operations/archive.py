"""A round's full archive: a ZIP with one JSON file per table (every row that belongs to the
round, and the people it mentions), the attachment files, and a manifest holding the format
version, the row counts and the SHA-256 of every file. `import_round` restores an archive into
another database; people are matched by e-mail or created.

Rows keep their ids from the database they came from, and refer to each other by those ids;
import gives them new ids and translates every reference. Password hashes and sign-in sessions
are left out on purpose: an archive is a file that travels, and people imported into a new
database set a password with "forgot password"."""

import hashlib
import json
import re
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from award.database import UTCDateTime, utcnow
from award.errors import DomainError
from award.extensions import db
from award.models import (
    Answer,
    Assignment,
    Attachment,
    AuditEvent,
    Bid,
    Category,
    ConflictOfInterest,
    Criterion,
    Decision,
    DiscussionPost,
    EmailText,
    Invitation,
    JobRun,
    Nomination,
    NominationCountry,
    NominationTheme,
    NominationVersion,
    OutboxMessage,
    Question,
    RankingEntry,
    RankingSnapshot,
    Review,
    ReviewerExpertise,
    ReviewerLanguage,
    ReviewRevision,
    Round,
    RoundReviewer,
    Score,
    Stage,
    User,
    UserRole,
)
from award.operations import audit
from award.operations.attachments import upload_dir

FORMAT = "award-round-archive"
VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 64 * 1024
# Never archived: secrets that let someone sign in as the person.
USER_SECRETS = frozenset({"password_hash"})
STORED_NAME = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class Kind:
    """One table in the archive: which of its rows belong to the round (given the round's id)
    and which of its columns refer to rows of another kind."""

    name: str
    model: type
    where: Callable[[int], Any]
    refs: dict[str, str] = field(default_factory=dict)

    @property
    def table(self) -> sa.Table:
        return self.model.__table__

    @property
    def has_id(self) -> bool:
        return "id" in self.table.c and self.table.c.id.primary_key


def _stages(rid: int) -> sa.Select:
    return sa.select(Stage.id).where(Stage.round_id == rid)


def _nominations(rid: int) -> sa.Select:
    return sa.select(Nomination.id).where(Nomination.round_id == rid)


def _assignments(rid: int) -> sa.Select:
    return sa.select(Assignment.id).where(Assignment.stage_id.in_(_stages(rid)))


def _reviews(rid: int) -> sa.Select:
    return sa.select(Review.id).where(Review.assignment_id.in_(_assignments(rid)))


def _snapshots(rid: int) -> sa.Select:
    return sa.select(RankingSnapshot.id).where(RankingSnapshot.stage_id.in_(_stages(rid)))


def _of_round(model: type) -> Callable[[int], Any]:
    return lambda rid: model.round_id == rid


def _of_nominations(model: type) -> Callable[[int], Any]:
    return lambda rid: model.nomination_id.in_(_nominations(rid))


ROUND = {"round_id": "rounds"}
NOMINATION = {"nomination_id": "nominations"}
STAGE = {"stage_id": "stages"}

# In the order an import inserts them: every reference points to a kind earlier in the list.
# "users" comes first and is special: people are matched by e-mail (see _import_users).
KINDS: list[Kind] = [
    Kind("rounds", Round, lambda rid: Round.id == rid),
    Kind("categories", Category, _of_round(Category), ROUND),
    Kind("questions", Question, _of_round(Question), ROUND),
    Kind("stages", Stage, _of_round(Stage), ROUND),
    Kind("criteria", Criterion, lambda rid: Criterion.stage_id.in_(_stages(rid)), STAGE),
    Kind("round_reviewers", RoundReviewer, _of_round(RoundReviewer), ROUND | {"user_id": "users"}),
    Kind(
        "invitations",
        Invitation,
        _of_round(Invitation),
        ROUND | {"invited_by_id": "users", "user_id": "users"},
    ),
    Kind("email_texts", EmailText, _of_round(EmailText), ROUND | {"updated_by_id": "users"}),
    Kind(
        "nominations",
        Nomination,
        _of_round(Nomination),
        ROUND | {"nominator_id": "users", "category_id": "categories"},
    ),
    Kind("answers", Answer, _of_nominations(Answer), NOMINATION | {"question_id": "questions"}),
    Kind("nomination_countries", NominationCountry, _of_nominations(NominationCountry), NOMINATION),
    Kind("nomination_themes", NominationTheme, _of_nominations(NominationTheme), NOMINATION),
    Kind("nomination_versions", NominationVersion, _of_nominations(NominationVersion), NOMINATION),
    Kind(
        "attachments",
        Attachment,
        _of_nominations(Attachment),
        NOMINATION | {"uploaded_by_id": "users"},
    ),
    Kind(
        "conflicts",
        ConflictOfInterest,
        _of_nominations(ConflictOfInterest),
        NOMINATION | {"reviewer_id": "users", "created_by_id": "users"},
    ),
    Kind("bids", Bid, _of_nominations(Bid), NOMINATION | {"reviewer_id": "users"}),
    Kind(
        "assignments",
        Assignment,
        lambda rid: Assignment.stage_id.in_(_stages(rid)),
        STAGE | NOMINATION | {"reviewer_id": "users", "created_by_id": "users"},
    ),
    Kind(
        "reviews",
        Review,
        lambda rid: Review.assignment_id.in_(_assignments(rid)),
        {"assignment_id": "assignments"},
    ),
    Kind(
        "scores",
        Score,
        lambda rid: Score.review_id.in_(_reviews(rid)),
        {"review_id": "reviews", "criterion_id": "criteria"},
    ),
    Kind(
        "review_revisions",
        ReviewRevision,
        lambda rid: ReviewRevision.review_id.in_(_reviews(rid)),
        {"review_id": "reviews", "author_id": "users"},
    ),
    Kind(
        "discussion_posts",
        DiscussionPost,
        lambda rid: DiscussionPost.stage_id.in_(_stages(rid)),
        STAGE | NOMINATION | {"author_id": "users"},
    ),
    Kind(
        "ranking_snapshots",
        RankingSnapshot,
        lambda rid: RankingSnapshot.stage_id.in_(_stages(rid)),
        STAGE | {"category_id": "categories", "created_by_id": "users"},
    ),
    Kind(
        "ranking_entries",
        RankingEntry,
        lambda rid: RankingEntry.snapshot_id.in_(_snapshots(rid)),
        NOMINATION | {"snapshot_id": "ranking_snapshots"},
    ),
    Kind(
        "decisions",
        Decision,
        _of_round(Decision),
        ROUND | NOMINATION | {"category_id": "categories", "decided_by_id": "users"},
    ),
    Kind("job_runs", JobRun, _of_round(JobRun), ROUND | STAGE | {"created_by_id": "users"}),
    Kind("outbox", OutboxMessage, _of_round(OutboxMessage), ROUND | {"user_id": "users"}),
    Kind("audit_events", AuditEvent, _of_round(AuditEvent), ROUND | {"actor_id": "users"}),
]
KIND = {k.name: k for k in KINDS}
# The audit log names its objects by class ("nomination", "review", ...) and id.
OBJECT_KINDS = {k.model.__name__.lower(): k.name for k in KINDS} | {"user": "users"}
# Ids the operations put in an audit event's data (audit.record(..., nomination_id=...)).
DATA_REFS = {
    "nomination_id": "nominations",
    "stage_id": "stages",
    "review_id": "reviews",
    "assignment_id": "assignments",
    "category_id": "categories",
    "criterion_id": "criteria",
    "reviewer_id": "users",
    "user_id": "users",
}


# ---------------------------------------------------------------------------------- export


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _dump(kind: Kind, rid: int) -> list[dict[str, Any]]:
    table = kind.table
    query = sa.select(table).where(kind.where(rid)).order_by(*table.primary_key.columns)
    return [
        {c.name: _plain(row[c.name]) for c in table.columns}
        for row in db.session.execute(query).mappings()
    ]


def _referenced_users(files: dict[str, list[dict]]) -> set[int]:
    ids: set[int] = set()
    for kind in KINDS:
        for row in files[kind.name]:
            ids.update(row[col] for col, target in kind.refs.items() if target == "users")
    for event in files["audit_events"]:
        if event["object_type"] == "user":
            ids.add(event["object_id"])
        ids.update(v for k, v in event["data"].items() if DATA_REFS.get(k) == "users")
    return {i for i in ids if isinstance(i, int)}


def _dump_users(ids: set[int]) -> list[dict[str, Any]]:
    users = db.session.scalars(sa.select(User).where(User.id.in_(ids)).order_by(User.id)).all()
    extra = {
        name: set(
            db.session.execute(sa.select(model.user_id, column).where(model.user_id.in_(ids)))
        )
        for name, model, column in (
            ("roles", UserRole, UserRole.role),
            ("expertise", ReviewerExpertise, ReviewerExpertise.tag),
            ("languages", ReviewerLanguage, ReviewerLanguage.language),
        )
    }
    out = []
    for user in users:
        row = {
            c.name: _plain(getattr(user, c.key))
            for c in User.__table__.columns
            if c.name not in USER_SECRETS
        }
        for name, pairs in extra.items():
            row[name] = sorted(_plain(v) for uid, v in pairs if uid == user.id)
        out.append(row)
    return out


def _json_bytes(rows: Any) -> bytes:
    return json.dumps(rows, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def export_round(round_: Round, target: IO[bytes], now: datetime | None = None) -> dict[str, Any]:
    """Write the round's archive to `target` (a file opened for binary writing) and return its
    manifest. Reads only; the caller records the export in the audit log."""
    files = {kind.name: _dump(kind, round_.id) for kind in KINDS}
    copied_from = db.session.get(Round, round_.copied_from_id) if round_.copied_from_id else None
    files["rounds"][0]["copied_from"] = copied_from.slug if copied_from else None
    files["users"] = _dump_users(_referenced_users(files))
    checksums: dict[str, dict[str, Any]] = {}
    missing: list[str] = []
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in ["users", *KIND]:
            data = _json_bytes(files[name])
            archive.writestr(f"{name}.json", data)
            checksums[f"{name}.json"] = {
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
            }
        for row in files["attachments"]:
            path = upload_dir() / row["stored_name"]
            if not path.is_file():
                missing.append(row["stored_name"])
                continue
            member = f"files/{row['stored_name']}"
            digest, size = hashlib.sha256(), 0
            with path.open("rb") as source, archive.open(member, "w") as out:
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
            checksums[member] = {"sha256": digest.hexdigest(), "size": size}
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "round": round_.slug,
            "created_at": (now or utcnow()).isoformat(),
            "counts": {name: len(rows) for name, rows in files.items()},
            "files": checksums,
            "missing_files": missing,
        }
        archive.writestr(MANIFEST, _json_bytes(manifest))
    return manifest


# ---------------------------------------------------------------------------------- import


class DamagedArchive(DomainError):
    pass


def read_archive(source: IO[bytes] | Path) -> tuple[dict[str, Any], zipfile.ZipFile]:
    """Open and check an archive: a known format, and every file present with the checksum
    and size the manifest gives; nothing more and nothing less."""
    try:
        archive = zipfile.ZipFile(source)
    except zipfile.BadZipFile as error:
        raise DamagedArchive("This is not a round archive (not a ZIP file).") from error
    try:
        return _check(archive), archive
    except zipfile.BadZipFile as error:
        archive.close()
        raise DamagedArchive(f"The archive is damaged ({error}). Nothing was imported.") from error
    except BaseException:
        archive.close()
        raise


def _check(archive: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except (KeyError, ValueError) as error:
        raise DamagedArchive(
            "This is not a round archive (no readable manifest). Nothing was imported."
        ) from error
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise DamagedArchive(
            f"This archive's format ({manifest.get('format')} version {manifest.get('version')})"
            f" is not one this version reads ({FORMAT} version {VERSION}). Nothing was imported."
        )
    listed = manifest.get("files") or {}
    present = {info.filename: info for info in archive.infolist() if not info.is_dir()}
    present.pop(MANIFEST, None)
    if set(present) != set(listed):
        odd = sorted(set(present) ^ set(listed))
        raise DamagedArchive(
            f"The archive's files do not match its manifest ({', '.join(odd[:5])}). "
            "Nothing was imported."
        )
    for name, expected in listed.items():
        digest = hashlib.sha256()
        with archive.open(name) as member:
            while chunk := member.read(CHUNK):
                digest.update(chunk)
        if present[name].file_size != expected.get("size") or digest.hexdigest() != expected.get(
            "sha256"
        ):
            raise DamagedArchive(
                f"{name} in the archive does not match its checksum: the archive has been "
                "changed or damaged. Nothing was imported."
            )
    return manifest


def _value(column: sa.Column, value: Any) -> Any:
    if value is not None and isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(value)
    return value


class _Importer:
    def __init__(self, archive: zipfile.ZipFile, manifest: dict[str, Any]):
        self.archive = archive
        self.manifest = manifest
        self.ids: dict[str, dict[int, int]] = {name: {} for name in ["users", *KIND]}
        self.written: list[Path] = []

    def rows(self, name: str) -> list[dict[str, Any]]:
        rows = json.loads(self.archive.read(f"{name}.json"))
        if len(rows) != self.manifest["counts"].get(name):
            raise DamagedArchive(f"{name}.json does not hold the rows the manifest counts.")
        return rows

    def ref(self, target: str, old: Any, strict: bool = True) -> Any:
        if old is None:
            return None
        new = self.ids[target].get(old)
        if new is None and strict:
            raise DamagedArchive(f"The archive refers to a missing row ({target} {old}).")
        return new

    def insert(self, kind: Kind, row: dict[str, Any], **override: Any) -> int | None:
        values = {}
        for column in kind.table.columns:
            if column.name not in row or (column.name == "id" and kind.has_id):
                continue
            value = row[column.name]
            if column.name in kind.refs:
                value = self.ref(kind.refs[column.name], value)
            values[column.name] = _value(column, value)
        values.update(override)
        result = db.session.execute(sa.insert(kind.table).values(**values))
        if kind.has_id:
            new_id = result.inserted_primary_key[0]
            self.ids[kind.name][row["id"]] = new_id
            return new_id
        return None

    def users(self) -> None:
        columns = {c.name: c for c in User.__table__.columns}
        for row in self.rows("users"):
            email = row["email"].lower()
            existing = db.session.scalar(sa.select(User.id).where(User.email == email))
            if existing is not None:
                self.ids["users"][row["id"]] = existing
                continue
            values = {
                name: _value(columns[name], value)
                for name, value in row.items()
                if name in columns and name != "id" and name not in USER_SECRETS
            }
            new_id = db.session.execute(
                sa.insert(User.__table__).values(**values)
            ).inserted_primary_key[0]
            self.ids["users"][row["id"]] = new_id
            for model, column, values_ in (
                (UserRole, "role", row.get("roles", [])),
                (ReviewerExpertise, "tag", row.get("expertise", [])),
                (ReviewerLanguage, "language", row.get("languages", [])),
            ):
                for value in values_:
                    db.session.execute(
                        sa.insert(model.__table__).values(user_id=new_id, **{column: value})
                    )

    def round(self) -> int:
        (row,) = self.rows("rounds")
        copied_from = db.session.scalar(sa.select(Round.id).where(Round.slug == row["copied_from"]))
        return self.insert(KIND["rounds"], row, copied_from_id=copied_from)

    def attachment(self, row: dict[str, Any]) -> None:
        name = row["stored_name"]
        taken = db.session.scalar(sa.select(Attachment.id).where(Attachment.stored_name == name))
        stored = name if STORED_NAME.match(name) and taken is None else uuid.uuid4().hex
        member = f"files/{name}"
        if member in self.manifest["files"]:
            target = upload_dir() / stored
            if not target.exists():
                with self.archive.open(member) as source, target.open("wb") as out:
                    while chunk := source.read(CHUNK):
                        out.write(chunk)
                self.written.append(target)
        self.insert(KIND["attachments"], row, stored_name=stored)

    def remap_data(self, kind: Kind, row: dict[str, Any]) -> dict[str, Any]:
        """Ids inside JSON data: the scores of a review revision, an audit event's object."""
        override: dict[str, Any] = {}
        if kind.name == "review_revisions":
            data = dict(row["data"])
            if isinstance(data.get("scores"), dict):
                data["scores"] = {
                    str(self.ref("criteria", int(k), strict=False) or k): v
                    for k, v in data["scores"].items()
                }
            override["data"] = data
        elif kind.name == "audit_events":
            target = OBJECT_KINDS.get(row["object_type"])
            override["object_id"] = (
                self.ref(target, row["object_id"], strict=False) if target else row["object_id"]
            )
            override["data"] = {
                k: (
                    self.ref(DATA_REFS[k], v, strict=False) or v
                    if k in DATA_REFS and isinstance(v, int)
                    else v
                )
                for k, v in row["data"].items()
            }
        return override

    def cleanup(self) -> None:
        for path in self.written:
            path.unlink(missing_ok=True)

    def run(self) -> Round:
        self.users()
        round_id = self.round()
        for kind in KINDS[1:]:
            for row in self.rows(kind.name):
                if kind.name == "attachments":
                    self.attachment(row)
                else:
                    self.insert(kind, row, **self.remap_data(kind, row))
        return db.session.get(Round, round_id)


def import_round(source: IO[bytes] | Path, actor: User | None = None) -> Round:
    """Restore an archive into this database. Refused, with nothing written, when the archive
    was changed (checksums) or a round with its slug is already here. Flushes, never commits:
    the caller commits, or rolls back on an error."""
    manifest, archive = read_archive(source)
    with archive:
        slug = manifest.get("round")
        if db.session.scalar(sa.select(Round.id).where(Round.slug == slug)) is not None:
            raise DomainError(
                f"A round with the address “{slug}” is already in this database. "
                "Nothing was imported."
            )
        importer = _Importer(archive, manifest)
        try:
            with db.session.begin_nested():
                round_ = importer.run()
        except IntegrityError as error:
            importer.cleanup()
            raise DomainError(
                "The archive clashes with data already in this database "
                f"({error.orig}). Nothing was imported."
            ) from error
        except BaseException:
            importer.cleanup()
            raise
    audit.record(
        "round.imported",
        actor=actor,
        obj=round_,
        round_id=round_.id,
        archived_at=manifest.get("created_at"),
        counts=manifest.get("counts"),
    )
    db.session.flush()
    return round_
