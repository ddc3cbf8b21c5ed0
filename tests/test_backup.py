"""`flask award backup` taken while nominators keep submitting (RELIABILITY 35): restored into a
fresh database, the copy serves the site and holds one consistent moment: each writer's
nominations up to some point and none after it, every submitted nomination with its version and
its e-mail, no row pointing at a missing one. SQLite through its online backup API, PostgreSQL
through pg_dump and pg_restore into a new database of the test cluster."""

import shutil
import subprocess
import threading

import pytest
import sqlalchemy as sa
from celery._state import _set_task_join_will_block
from flask_migrate import upgrade

from award.database import utcnow, write_intent
from award.demo_data import NOMINATORS
from award.extensions import db
from award.models import (
    LinkKind,
    Nomination,
    NominationStatus,
    NominationVersion,
    NomineeKind,
    OutboxMessage,
    Phase,
    Round,
)
from award.operations import accounts
from award.operations import nominations as ops
from award.operations.demo import demo_logins
from tests.conftest import USE_POSTGRES, login
from tests.services import wait_until

WRITERS = 3


def submit_one(round_, user, title: str) -> None:
    now = utcnow()
    nomination = ops.start_nomination(round_, user, now)
    data = ops.NominationInput(
        title=title,
        category_id=round_.categories[0].id,
        nominee_kind=NomineeKind.ORGANISATION.value,
        nominee_name="Backup Clinic",
        country="KE",
        linked_countries=["GB"],
        link_kind=LinkKind.SENDING.value,
        consent_showcase=False,
        answers={q.key: "A short answer." for q in round_.questions},
    )
    ops.save_draft(nomination, data, user, now)
    assert ops.submit_nomination(nomination, user, now, token=title)


def writer(app, k: int, stop: threading.Event, written: list[int], errors: list) -> None:
    """Submit nominations titled backup-<k>-<i>, one transaction each, until told to stop."""
    write_intent.set(True)  # as in a POST: SQLite's write lock is taken up front
    with app.app_context():
        try:
            user = accounts.find_user(NOMINATORS[k]["email"])
            round_ = db.session.scalar(sa.select(Round).where(Round.phase == Phase.OPEN))
            while not stop.is_set():
                submit_one(round_, user, f"backup-{k}-{written[k]}")
                db.session.commit()
                written[k] += 1
        except Exception as exc:  # reported by the test, not lost in the thread
            errors.append(exc)


def restore(request, backup, tmp_path) -> str:
    """The restore of docs/deploy.md into a fresh database; returns its URL."""
    if not USE_POSTGRES:
        target = tmp_path / "restored" / "award.db"
        target.parent.mkdir()
        shutil.copy(backup, target)
        return f"sqlite:///{target}"
    cluster = request.getfixturevalue("postgres")
    url = cluster.create_database("award_restored")
    dsn = sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    subprocess.run(
        [shutil.which("pg_restore"), "--no-owner", f"--dbname={dsn}", str(backup)],
        check=True,
        capture_output=True,
    )
    return url


def orphans() -> dict[str, int]:
    """Rows whose foreign key points at no row, for every foreign key of the schema."""
    found = {}
    for table in db.metadata.sorted_tables:
        for fk in table.foreign_key_constraints:
            parent = fk.referred_table.alias()  # an alias: some tables refer to themselves
            pairs = [(e.parent, parent.c[e.column.name]) for e in fk.elements]
            missing = sa.select(sa.func.count()).where(
                *(child.is_not(None) for child, _ in pairs),
                ~sa.exists().where(*(col == child for child, col in pairs)),
            )
            count = db.session.scalar(missing.select_from(table))
            if count:
                found[f"{table.name}.{fk.name}"] = count
    return found


def test_a_backup_under_writes_restores_into_a_working_consistent_database(
    app, runner, make_app, request, tmp_path
):
    assert runner.invoke(args=["award", "demo"]).exit_code == 0
    db.session.commit()
    stop, written, errors = threading.Event(), [0] * WRITERS, []
    threads = [
        threading.Thread(target=writer, args=(app, k, stop, written, errors))
        for k in range(WRITERS)
    ]
    for thread in threads:
        thread.start()
    try:
        assert wait_until(lambda: min(written) >= 3 or errors, timeout=60) and not errors, errors
        before = list(written)
        backup = tmp_path / "backups" / "award.backup"
        result = runner.invoke(args=["award", "backup", str(backup)])
        after = list(written)
        assert result.exit_code == 0, result.output
        # The writers went on during the backup and after it.
        assert wait_until(lambda: min(written) >= max(after) + 2 or errors, timeout=60)
    finally:
        stop.set()
        for thread in threads:
            thread.join(60)
        # Celery marks "a task is running" in one flag for the whole process (Task.apply saves
        # and restores it), so eager tasks in threads at once can leave it set, and a later
        # test's `.apply().get()` refuses to run: put it back.
        _set_task_join_will_block(False)
    assert not errors, errors
    assert backup.exists() and not list(backup.parent.glob("*.partial"))

    restored = make_app(SQLALCHEMY_DATABASE_URI=restore(request, backup, tmp_path))
    with restored.app_context():
        upgrade()  # step 4 of the restore: nothing to do for a backup of this release
        assert orphans() == {}
        if not USE_POSTGRES:
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        titles = set(db.session.scalars(sa.select(Nomination.title)))
        for k in range(WRITERS):
            mine = {t for t in titles if t.startswith(f"backup-{k}-")}
            # One moment: writer k's first n nominations, for an n between what it had committed
            # when the backup began and when it ended; no gap, nothing from after.
            n = len(mine)
            assert before[k] <= n <= after[k] + 1, (k, before, after, n)
            assert mine == {f"backup-{k}-{i}" for i in range(n)}
        versionless = db.session.scalar(
            sa.select(sa.func.count())
            .select_from(Nomination)
            .where(
                Nomination.status != NominationStatus.DRAFT,
                ~sa.exists().where(NominationVersion.nomination_id == Nomination.id),
            )
        )
        assert versionless == 0
        unmailed = db.session.scalar(
            sa.select(sa.func.count())
            .select_from(Nomination)
            .where(
                Nomination.title.like("backup-%"),
                ~sa.exists().where(
                    OutboxMessage.dedup_key
                    == sa.literal("nomination-submitted:")
                    + sa.cast(Nomination.id, sa.String)
                    + sa.literal(":v1")
                ),
            )
        )
        assert unmailed == 0
        open_round = db.session.scalar(sa.select(Round).where(Round.phase == Phase.OPEN))
        slug, name = open_round.slug, open_round.name
        db.session.commit()

    client = restored.test_client()
    home = client.get("/")
    assert home.status_code == 200 and name.encode() in home.data
    assert client.get(f"/calls/{slug}").status_code == 200
    _, email, password = next(p for p in demo_logins() if p[0] == "secretariat")
    assert login(client, email, password).status_code == 302
    assert client.get("/secretariat/").status_code == 200


@pytest.mark.postgres_only  # SQLite is copied in-process, with no program to miss
def test_without_pg_dump_the_backup_fails_clearly_and_leaves_no_file(app, runner, tmp_path):
    app.config["PG_DUMP"] = "no-such-pg-dump"
    target = tmp_path / "x.backup"
    result = runner.invoke(args=["award", "backup", str(target)])
    assert result.exit_code != 0 and "no-such-pg-dump not found" in result.output
    assert list(tmp_path.glob("x.backup*")) == []
