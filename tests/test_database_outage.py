"""PostgreSQL stopped and started again (RELIABILITY 45): the request cut off gets the 503 page,
no half-done write is found after the restart, and a Celery worker carries on by itself.

Each test runs its own PostgreSQL cluster with PostgreSQL's durable defaults (the suite's shared
cluster runs without fsync, where a crash may lose recent commits), and stops it as a crash
would (`pg_ctl stop -m immediate`), whatever database the rest of the suite uses."""

import shutil
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask_migrate import upgrade
from sqlalchemy import event

from award.extensions import db
from award.mail import queue_email
from award.models import (
    AuditEvent,
    Nomination,
    NominationStatus,
    NominationVersion,
    OutboxMessage,
    OutboxStatus,
)
from tests.conftest import login
from tests.services import PostgresCluster, missing, wait_until
from tests.test_nominations import complete, create, submit


@pytest.fixture
def cluster():
    # Not under pytest's 0700 temporary folder: the postgres user must reach it.
    cluster = PostgresCluster(Path(tempfile.mkdtemp(prefix="award-pg-outage-")), durable=True)
    if cluster.bin is None:
        missing("PostgreSQL", "no initdb under /usr/lib/postgresql/*/bin")
    cluster.start()
    cluster.database = cluster.create_database("award_outage")
    yield cluster
    cluster.stop()
    shutil.rmtree(cluster.workdir, ignore_errors=True)


@pytest.fixture
def outage_app(make_app, cluster):
    """The app on the cluster that will be stopped, migrated. A test pushes its context itself,
    after the other fixtures have pushed theirs."""
    app = make_app(SQLALCHEMY_DATABASE_URI=cluster.database)
    app.config["PROPAGATE_EXCEPTIONS"] = False  # as in production: the error pages answer
    with app.app_context():
        upgrade()
    return app


def count(model, *where) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model).where(*where))


def test_a_write_cut_off_by_the_database_stopping_leaves_nothing_half_done(
    outage_app, cluster, make_round, make_user
):
    with outage_app.app_context():
        call = make_round()
        login(client := outage_app.test_client(), make_user("nom@outage.example").email)
        nomination = create(client, call)
        nomination_id, data = nomination.id, complete(call)
        client.post(f"/nominations/{nomination_id}/edit", data={**data, "save": "y"})
        written: list[str] = []

        def stop_after_the_first_insert(conn, cursor, statement, *args) -> None:
            # Submitting writes the nomination, its version, an audit row and an e-mail in one
            # transaction: the database goes down once the first of them is written.
            if not written and statement.lstrip().startswith("INSERT"):
                written.append(statement.split("(")[0])
                cluster.stop()

        event.listen(db.engine, "after_cursor_execute", stop_after_the_first_insert)
        try:
            response = submit(client, nomination, data, token="first")
        finally:
            event.remove(db.engine, "after_cursor_execute", stop_after_the_first_insert)
        assert written, "the submission wrote nothing"
        assert response.status_code == 503 and b"maintenance" in response.data
        assert client.get("/").status_code == 503  # still down

        cluster.resume()
        db.session.remove()  # this session's connection died with the server
        nomination = kept = db.session.get(Nomination, nomination_id)
        assert kept.status == NominationStatus.DRAFT and kept.receipt_number is None
        assert count(NominationVersion, NominationVersion.nomination_id == nomination_id) == 0
        assert count(AuditEvent, AuditEvent.action == "nomination.submitted") == 0
        assert count(OutboxMessage, OutboxMessage.kind == "nomination_received") == 0

        # Back up: the same request goes through, once, with no restart of the app.
        assert submit(client, nomination, data, token="again").status_code == 302
        db.session.expire_all()
        assert db.session.get(Nomination, nomination_id).status == NominationStatus.SUBMITTED
        assert count(NominationVersion, NominationVersion.nomination_id == nomination_id) == 1
        assert count(OutboxMessage, OutboxMessage.kind == "nomination_received") == 1


def test_a_worker_carries_on_after_the_database_restarts(
    make_app, cluster, redis_server, celery_worker_factory, make_user
):
    app = make_app(SQLALCHEMY_DATABASE_URI=cluster.database, REDIS_URL=redis_server.url)
    with app.app_context():
        upgrade()
        worker = celery_worker_factory(redis_server.url, DATABASE_URL=cluster.database)
        user = make_user("reader@outage.example")

        def send(key: str) -> int:
            message_id = queue_email(
                to=user, template="password_changed", dedup_key=key, reset_link="x"
            )
            db.session.commit()  # published to the worker after the commit
            return message_id

        def sent(message_id: int) -> bool:
            db.session.commit()
            return db.session.get(OutboxMessage, message_id).status == OutboxStatus.SENT

        before = send("outage:before")
        assert wait_until(lambda: sent(before), timeout=30), worker.log()[-3000:]
        pid = worker.process.pid
        db.session.commit()  # hold no transaction across the stop
        cluster.stop()  # the worker's pooled connections die with the server
        cluster.resume()
        after = send("outage:after")
        assert wait_until(lambda: sent(after), timeout=30), worker.log()[-3000:]
        assert worker.process.poll() is None and worker.process.pid == pid  # never restarted
