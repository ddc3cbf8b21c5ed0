"""Round archives: the demo round exported, imported into an empty database and exported again
comes out the same (ids renumbered); an import over the same round, or one that clashes halfway,
changes nothing; a tampered archive is refused."""

import hashlib
import json
import shutil
import uuid
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask_migrate import upgrade

from award.database import utcnow
from award.demo_data import SECRETARIAT
from award.extensions import db
from award.models import (
    Assignment,
    Attachment,
    AuditEvent,
    Bid,
    Decision,
    DecisionKind,
    DiscussionPost,
    EmailText,
    Invitation,
    JobRun,
    Nomination,
    NominationStatus,
    OutboxMessage,
    Phase,
    Review,
    ReviewRevision,
    Round,
    User,
)
from award.operations import archive, audit, rankings
from award.operations.attachments import upload_dir
from award.operations.demo import seed_demo
from award.operations.reviews import snapshot
from tests.conftest import USE_POSTGRES

PDF = b"%PDF-1.4\n% archived evidence \xe2\x9c\x93\n%%EOF\n"


def row_counts() -> dict[str, int]:
    db.session.commit()
    return {
        table.name: db.session.scalar(sa.select(sa.func.count()).select_from(table))
        for table in db.metadata.sorted_tables
    }


def add_one_of_everything(round_, nomination) -> None:
    """The demo has no rows of these kinds yet: one each, so the round trip covers them."""
    stage = round_.stages[0]
    review = db.session.scalar(
        sa.select(Review).join(Review.assignment).where(Assignment.stage_id == stage.id).limit(1)
    )
    reviewer = review.assignment.reviewer
    secretariat = db.session.scalar(sa.select(User).where(User.email == SECRETARIAT[0]["email"]))
    now = utcnow()
    db.session.add_all(
        [
            Invitation(
                round_id=round_.id,
                email="new.member@example.org",
                name="New Member",
                token_hash=hashlib.sha256(b"token").hexdigest(),
                invited_by_id=secretariat.id,
                expires_at=now + timedelta(days=7),
            ),
            EmailText(round_id=round_.id, kind="reminder_reviewer", subject="Please", body="…"),
            Bid(reviewer_id=reviewer.id, nomination_id=nomination.id, preference=2),
            ReviewRevision(
                review_id=review.id, version=1, author_id=reviewer.id, data=snapshot(review)
            ),
            DiscussionPost(
                stage_id=stage.id, nomination_id=nomination.id, author_id=reviewer.id, body="Hm."
            ),
            Decision(
                round_id=round_.id,
                category_id=nomination.category_id,
                nomination_id=nomination.id,
                kind=DecisionKind.WINNER,
                citation="For the bridge it builds.",
            ),
            JobRun(kind="assignment", round_id=round_.id, stage_id=stage.id, progress=100),
            OutboxMessage(
                dedup_key=f"test:{uuid.uuid4().hex}",
                kind="reminder_reviewer",
                to_email=reviewer.email,
                subject="Reminder",
                body_text="Reviews are due.",
                round_id=round_.id,
                user_id=reviewer.id,
            ),
        ]
    )
    audit.record("nomination.saved", actor=nomination.nominator, obj=nomination)
    audit.record(
        "review.submitted",
        actor=reviewer,
        obj=review,
        round_id=round_.id,
        nomination_id=nomination.id,
        reviewer_id=reviewer.id,
    )


@pytest.fixture
def demo_round(app):
    """The demo's round in review, ranked, with one evidence file on disk and one row of each
    kind the demo leaves empty."""
    seed_demo()
    db.session.commit()
    round_ = db.session.scalar(sa.select(Round).where(Round.phase == Phase.REVIEW))
    rankings.compute_rankings(round_.stages[0], round_.ranking_method)
    nomination = db.session.scalar(
        sa.select(Nomination)
        .where(Nomination.round_id == round_.id, Nomination.status == NominationStatus.ELIGIBLE)
        .order_by(Nomination.id)
    )
    stored = uuid.uuid4().hex
    (upload_dir() / stored).write_bytes(PDF)
    db.session.add(
        Attachment(
            nomination=nomination,
            original_name="evidence.pdf",
            stored_name=stored,
            content_type="application/pdf",
            size_bytes=len(PDF),
            sha256=hashlib.sha256(PDF).hexdigest(),
            uploaded_by_id=nomination.nominator_id,
        )
    )
    add_one_of_everything(round_, nomination)
    db.session.commit()
    return round_


@pytest.fixture
def fresh_app(make_app, database_template, tmp_path, request):
    """A second app on an empty, migrated database of its own, with its own upload folder."""
    if USE_POSTGRES:
        url = request.getfixturevalue("postgres").create_database("award_fresh")
        app = make_app(SQLALCHEMY_DATABASE_URI=url, INSTANCE_DIR=str(tmp_path / "fresh"))
        with app.app_context():
            upgrade()
        return app
    target = tmp_path / "fresh.db"
    shutil.copy(database_template.removeprefix("sqlite:///"), target)
    return make_app(
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{target}", INSTANCE_DIR=str(tmp_path / "fresh")
    )


def contents(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as zf:
        return {
            name: json.loads(zf.read(name)) if name.endswith(".json") else zf.read(name)
            for name in zf.namelist()
        }


def renumbered(files: dict[str, object]) -> dict[str, list]:
    """The archive's tables with every id replaced by the row's position in its file, and every
    reference translated the same way: two archives of the same round then compare equal."""
    tables = {name.removesuffix(".json"): rows for name, rows in files.items()}
    number = {
        name: {row["id"]: i for i, row in enumerate(tables[name])}
        for name in ["users", *archive.KIND]
        if tables[name] and "id" in tables[name][0]
    }

    def ref(kind, value):
        return None if value is None else number.get(kind, {}).get(value, ("dangling", value))

    out = {"users": [{**u, "id": number["users"][u["id"]]} for u in tables["users"]]}
    for kind in archive.KINDS:
        rows = []
        for row in tables[kind.name]:
            row = dict(row)
            if "id" in row:
                row["id"] = number[kind.name][row["id"]]
            for column, target in kind.refs.items():
                row[column] = ref(target, row[column])
            if kind.name == "rounds":
                row["copied_from_id"] = None  # given as "copied_from", the slug
            if kind.name == "review_revisions":
                scores = row["data"].get("scores", {})
                row["data"] = {
                    **row["data"],
                    "scores": {str(ref("criteria", int(k))): v for k, v in scores.items()},
                }
            if kind.name == "audit_events":
                target = archive.OBJECT_KINDS.get(row["object_type"])
                row["object_id"] = ref(target, row["object_id"]) if target else row["object_id"]
                row["data"] = {
                    k: ref(archive.DATA_REFS[k], v)
                    if k in archive.DATA_REFS and isinstance(v, int)
                    else v
                    for k, v in row["data"].items()
                }
            rows.append(row)
        out[kind.name] = rows
    return out


def test_round_trip_into_an_empty_database_loses_nothing(app, demo_round, fresh_app, tmp_path):
    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    result = app.test_cli_runner().invoke(
        args=["award", "export-round", demo_round.slug, str(first)]
    )
    assert result.exit_code == 0, result.output
    assert "Archived" in result.output
    exported = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "round.archived"))
    assert exported.round_id == demo_round.id

    # The CLI runs in the app context it finds: the second app's, pushed here.
    runner = fresh_app.test_cli_runner()
    with fresh_app.app_context():
        result = runner.invoke(args=["award", "import-round", str(first)])
        assert result.exit_code == 0, result.output
        result = runner.invoke(args=["award", "export-round", demo_round.slug, str(second)])
        assert result.exit_code == 0, result.output

    a, b = contents(first), contents(second)
    assert a["manifest.json"]["counts"]["reviews"] > 20
    assert a["manifest.json"]["counts"]["ranking_entries"] > 0
    assert all(a["manifest.json"]["counts"].values()), "every kind has rows to compare"
    stored = a["attachments.json"][0]["stored_name"]
    assert a[f"files/{stored}"] == b[f"files/{stored}"] == PDF
    one, two = renumbered(a), renumbered(b)
    # The import itself is the one thing the second archive adds: an audit event.
    imported = two["audit_events"].pop()
    assert imported["action"] == "round.imported" and imported["round_id"] == 0
    for name in one:
        assert one[name] == two[name], name
    assert "dangling" not in json.dumps(one, default=str)
    # The second database received every row and the evidence file.
    with fresh_app.app_context():
        attachment = db.session.scalar(sa.select(Attachment))
        assert (upload_dir() / attachment.stored_name).read_bytes() == PDF


def test_people_already_there_are_matched_by_email(app, demo_round, fresh_app, tmp_path):
    path = tmp_path / "round.zip"
    with path.open("wb") as out:
        archive.export_round(demo_round, out)
    someone = contents(path)["users.json"][0]
    with fresh_app.app_context():
        db.session.add(User(email=someone["email"], name="Already here", password_hash="x"))
        db.session.commit()
        archive.import_round(path)
        db.session.commit()
        same = db.session.scalars(sa.select(User).where(User.email == someone["email"])).all()
        assert [u.name for u in same] == ["Already here"]
        assert same[0].password_hash == "x"


def test_import_over_the_same_round_is_refused_and_changes_nothing(app, demo_round, tmp_path):
    path = tmp_path / "round.zip"
    with path.open("wb") as out:
        archive.export_round(demo_round, out)
    before = row_counts()
    result = app.test_cli_runner().invoke(args=["award", "import-round", str(path)])
    assert result.exit_code == 1
    assert f"A round with the address “{demo_round.slug}” is already in this database" in (
        result.output
    )
    assert "Nothing was imported" in result.output
    assert row_counts() == before


def test_an_import_that_clashes_halfway_is_rolled_back_whole(app, demo_round, tmp_path):
    path = tmp_path / "round.zip"
    with path.open("wb") as out:
        archive.export_round(demo_round, out)
    # Another slug, but the same receipt numbers: the clash comes after the round, its
    # categories and people have been inserted.
    demo_round.slug = "renamed"
    db.session.commit()
    files_before = sorted(upload_dir().iterdir())
    before = row_counts()
    result = app.test_cli_runner().invoke(args=["award", "import-round", str(path)])
    assert result.exit_code == 1
    assert "clashes with data already in this database" in result.output
    assert row_counts() == before
    assert sorted(upload_dir().iterdir()) == files_before


def tampered(path: Path, target: Path, name: str, change) -> Path:
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            out.writestr(info.filename, change(data) if info.filename == name else data)
    return target


def test_a_tampered_archive_is_refused(app, demo_round, fresh_app, tmp_path):
    path = tmp_path / "round.zip"
    with path.open("wb") as out:
        archive.export_round(demo_round, out)

    def higher_scores(data: bytes) -> bytes:
        return data.replace(b'"value": 2', b'"value": 5')

    def extra_title(data: bytes) -> bytes:
        rows = json.loads(data)
        rows[0]["title"] = "Changed after export"
        return json.dumps(rows).encode()

    cases = [
        tampered(path, tmp_path / "scores.zip", "scores.json", higher_scores),
        tampered(path, tmp_path / "title.zip", "nominations.json", extra_title),
    ]
    with fresh_app.app_context():
        before = row_counts()
        for case in cases:
            with pytest.raises(archive.DamagedArchive, match="does not match its checksum"):
                archive.import_round(case)
            db.session.rollback()
        with pytest.raises(archive.DamagedArchive, match="not a round archive"):
            archive.import_round(_not_zip(tmp_path))
        assert row_counts() == before
        result = fresh_app.test_cli_runner().invoke(args=["award", "import-round", str(cases[0])])
        assert result.exit_code == 1 and "does not match its checksum" in result.output


def _not_zip(tmp_path: Path) -> Path:
    path = tmp_path / "notes.zip"
    path.write_bytes(b"just some text")
    return path
