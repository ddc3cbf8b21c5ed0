"""A worker killed half-way through a task: the task is re-delivered, and still gives one e-mail
per (person, round, reminder) and one ranking snapshot per (stage, category, method, input hash).
A real redis-server, real worker processes, SIGKILL; docs/workers.md explains the guarantees.

Worker A loads tests/redelivery_hook.py, which stops the task either right after its first
INSERT (nothing committed) or after it returned (committed, not acknowledged); the test then
kills A there. A uses the prefork pool, as in production: with the solo pool the task blocks
the worker's event loop, which holds back even an early acknowledgement, so the test would pass
without task_acks_late. Killed whole, A gives nothing back: the message returns to the queue
after the broker's visibility timeout (a few seconds here) and worker B runs it. When only A's
pool child is killed, task_reject_on_worker_lost puts the message back at once and A's new child
runs it, with the production visibility timeout of an hour, so the timeout cannot be what saved
it."""

import email
import os
import re
import signal
import time
from collections import Counter
from datetime import timedelta

import pytest
import sqlalchemy as sa

from award.database import utcnow
from award.extensions import db
from award.mail import queue_email
from award.models import Assignment, AuditEvent, OutboxMessage, Phase, RankingSnapshot
from tests.services import ScriptedSMTPServer, wait_until
from tests.test_assignments import council, eligible
from tests.test_rankings import review, reviewers

pytestmark = pytest.mark.redis

VISIBILITY = 3  # seconds: the broker's visibility timeout for the whole-worker kills
REMINDERS = "workers.tasks.send_reminders"
RANKINGS = "workers.tasks.compute_rankings"
STOPS = ["before_commit", "before_ack"]


def publish(app, task: str, *args) -> str:
    with app.app_context():
        return app.extensions["celery"].signature(task, args=args).apply_async().id


def outbox() -> list[OutboxMessage]:
    db.session.commit()  # end this session's snapshot to see what the workers wrote
    return db.session.scalars(sa.select(OutboxMessage).order_by(OutboxMessage.id)).all()


def snapshots(stage_id: int) -> list[RankingSnapshot]:
    db.session.commit()
    return db.session.scalars(
        sa.select(RankingSnapshot).where(RankingSnapshot.stage_id == stage_id)
    ).all()


def result_of(worker, task_id: str, delivery: int = 1) -> str | None:
    """What the task's `delivery`-th delivery to this worker returned, from the worker's log,
    once that run has succeeded (a run stopped after returning logs its success too)."""
    lines = re.findall(rf"\[{task_id}\] (received|succeeded in [\d.]+s: .*)", worker.log())
    received = [i for i, line in enumerate(lines) if line == "received"]
    if len(received) < delivery:
        return None
    after = lines[received[delivery - 1] + 1 :]
    if not after:
        return None
    # Text log lines may end with the task id in brackets (award/logs.py); drop it.
    return re.sub(r"\s*\[[0-9a-f-]{36}\]$", "", after[0].partition(": ")[2].strip())


def start_a(factory, redis_server, tmp_path, task, stop_at, **settings):
    """Worker A, whose run of `task` stops at `stop_at`; returns it and the stop file."""
    stop_file = tmp_path / "stopped"
    worker = factory(
        redis_server.url,
        name="a",
        include=["tests.redelivery_hook"],
        AWARD_TEST_STOP_TASK=task,
        AWARD_TEST_STOP_AT=stop_at,
        AWARD_TEST_STOP_FILE=str(stop_file),
        **settings,
    )
    return worker, stop_file


def stopped_pid(stop_file) -> int:
    assert wait_until(lambda: stop_file.exists() and stop_file.read_text(), timeout=30), (
        "the task never reached its stop"
    )
    return int(stop_file.read_text())


@pytest.fixture
def reminder_round(make_round, make_user):
    """Three reviewers with reviews outstanding and the 2-day reminder due: three reminders."""
    now = utcnow()
    round_ = make_round(
        phase=Phase.REVIEW,
        opens=now - timedelta(days=40),
        closes=now - timedelta(days=10),
        review_deadline=now + timedelta(days=1.5),
        same_country_conflict=False,
    )
    people = council(round_, make_user, count=3)
    nominator = make_user("nom@kill.example")
    for i in range(2):
        nomination = eligible(round_, nominator, i)
        for person in people:
            db.session.add(
                Assignment(stage=round_.stages[0], nomination=nomination, reviewer=person)
            )
    db.session.commit()
    return round_, sorted(f"reminder:reviewer:round={round_.id}:user={p.id}:2d" for p in people)


@pytest.fixture
def ranking_stage(make_round, make_user):
    """Submitted reviews in both categories: one ranking snapshot per category."""
    round_ = make_round(reviewers_per_nomination=3)
    stage = round_.stages[0]
    people = reviewers(make_user, 4)
    nominator = make_user("nom@kill.example")
    for i in range(6):
        nomination = eligible(round_, nominator, i)
        nomination.category = round_.categories[i % 2]
        for j in range(3):
            person = people[(i + j) % 4]
            review(stage, nomination, person, (1 + (i + j) % 5, 1 + (2 * i + j) % 5))
    db.session.commit()
    return stage.id


def mail_settings(smtp) -> dict[str, str]:
    return {"MAIL_BACKEND": "smtp", "MAIL_SERVER": "127.0.0.1", "MAIL_PORT": str(smtp.port)}


def assert_one_email_per_reminder(smtp, keys: list[str]) -> None:
    assert wait_until(lambda: [m.status.value for m in outbox()] == ["sent"] * len(keys)), [
        (m.dedup_key, m.status.value) for m in outbox()
    ]
    time.sleep(1)  # anything late, e.g. a second copy of a delivery, would show by now
    assert sorted(m.dedup_key for m in outbox()) == keys
    sent = Counter(email.message_from_bytes(body)["X-Award-Key"] for body in smtp.accepted)
    assert sent == Counter(keys)  # each reminder reached the mail server once


def assert_one_snapshot_per_input(stage_id: int) -> None:
    rows = snapshots(stage_id)
    per_key = Counter((s.stage_id, s.category_id, s.method, s.input_hash) for s in rows)
    assert len(rows) == 2 and set(per_key.values()) == {1}, per_key  # one per category
    computed = db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.action == "rankings.computed")
    ).all()
    assert len(computed) == 1  # stored once, by whichever run committed


@pytest.mark.parametrize("stop_at", STOPS)
def test_reminders_worker_killed_whole_then_redelivered_to_another(
    make_app, redis_server, celery_worker_factory, tmp_path, reminder_round, stop_at
):
    _, keys = reminder_round
    settings = {"CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY)}
    with ScriptedSMTPServer() as smtp:
        app = make_app(REDIS_URL=redis_server.url)
        a, stop_file = start_a(
            celery_worker_factory, redis_server, tmp_path, REMINDERS, stop_at,
            pool="prefork", **settings, **mail_settings(smtp),
        )  # fmt: skip
        task_id = publish(app, REMINDERS)
        assert stopped_pid(stop_file) != a.process.pid  # a pool child runs it
        a.kill_all()
        written = [m.dedup_key for m in outbox()]
        assert written == ([] if stop_at == "before_commit" else keys)
        b = celery_worker_factory(redis_server.url, name="b", **settings, **mail_settings(smtp))
        assert wait_until(lambda: result_of(b, task_id), timeout=3 * VISIBILITY + 20), b.log()
        # The re-delivered run queues what is missing: all after a kill before the commit,
        # nothing after a kill between the commit and the acknowledgement.
        assert result_of(b, task_id) == ("3" if stop_at == "before_commit" else "0")
        assert_one_email_per_reminder(smtp, keys)


@pytest.mark.parametrize("stop_at", STOPS)
def test_rankings_worker_killed_whole_then_redelivered_to_another(
    make_app, redis_server, celery_worker_factory, tmp_path, ranking_stage, stop_at
):
    settings = {"CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY)}
    app = make_app(REDIS_URL=redis_server.url)
    a, stop_file = start_a(
        celery_worker_factory, redis_server, tmp_path, RANKINGS, stop_at, pool="prefork", **settings
    )
    task_id = publish(app, RANKINGS, ranking_stage, "mean")
    stopped_pid(stop_file)
    a.kill_all()
    assert len(snapshots(ranking_stage)) == (0 if stop_at == "before_commit" else 2)
    b = celery_worker_factory(redis_server.url, name="b", **settings)
    assert wait_until(lambda: result_of(b, task_id), timeout=3 * VISIBILITY + 20), b.log()
    assert result_of(b, task_id) == "2"
    assert_one_snapshot_per_input(ranking_stage)


@pytest.mark.parametrize("stop_at", STOPS)
def test_reminders_pool_child_killed_then_requeued_at_once(
    make_app, redis_server, celery_worker_factory, tmp_path, reminder_round, stop_at
):
    _, keys = reminder_round
    with ScriptedSMTPServer() as smtp:
        app = make_app(REDIS_URL=redis_server.url)
        a, stop_file = start_a(
            celery_worker_factory, redis_server, tmp_path, REMINDERS, stop_at,
            pool="prefork", **mail_settings(smtp),
        )  # fmt: skip
        task_id = publish(app, REMINDERS)
        child = stopped_pid(stop_file)
        assert child != a.process.pid
        os.kill(child, signal.SIGKILL)
        assert wait_until(lambda: result_of(a, task_id, delivery=2), timeout=30), a.log()
        assert "WorkerLostError" in a.log()
        assert result_of(a, task_id, delivery=2) == ("3" if stop_at == "before_commit" else "0")
        assert_one_email_per_reminder(smtp, keys)


@pytest.mark.parametrize("stop_at", STOPS)
def test_rankings_pool_child_killed_then_requeued_at_once(
    make_app, redis_server, celery_worker_factory, tmp_path, ranking_stage, stop_at
):
    app = make_app(REDIS_URL=redis_server.url)
    a, stop_file = start_a(
        celery_worker_factory, redis_server, tmp_path, RANKINGS, stop_at, pool="prefork"
    )
    task_id = publish(app, RANKINGS, ranking_stage, "mean")
    child = stopped_pid(stop_file)
    assert child != a.process.pid
    os.kill(child, signal.SIGKILL)
    assert wait_until(lambda: result_of(a, task_id, delivery=2), timeout=30), a.log()
    assert "WorkerLostError" in a.log()
    assert result_of(a, task_id, delivery=2) == "2"
    assert_one_snapshot_per_input(ranking_stage)


# --- deliver_email ---------------------------------------------------------------------------

DELIVER = "workers.tasks.deliver_email"
SWEEP = "workers.tasks.sweep_outbox"
STALE = 2  # seconds: OUTBOX_STALE_SECONDS of the worker that picks up after the kill


@pytest.fixture
def one_message(make_user) -> int:
    """One e-mail in the outbox, not yet published: each test sends its task to its workers."""
    user = make_user("reader@kill.example")
    message_id = queue_email(
        to=user, template="password_changed", dedup_key="kill:password:1", reset_link="x"
    )
    db.session.info.clear()  # drop the publish-after-commit of this eager app
    db.session.commit()
    return message_id


def sent_keys(smtp) -> Counter:
    return Counter(email.message_from_bytes(body)["X-Award-Key"] for body in smtp.accepted)


def test_email_worker_killed_whole_mid_send_is_sent_once_after_the_sweep(
    make_app, redis_server, celery_worker_factory, one_message
):
    """Killed while the mail server has not answered: the row stays claimed; the re-delivered
    task leaves a fresh claim alone (its worker may still be sending), and once the claim is
    stale the sweep frees it and it goes out, once."""
    settings = {"CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY)}
    with ScriptedSMTPServer(stall_first=True) as smtp:
        app = make_app(REDIS_URL=redis_server.url)
        a = celery_worker_factory(
            redis_server.url, name="a", pool="prefork", **settings, **mail_settings(smtp)
        )
        task_id = publish(app, DELIVER, one_message)
        # A is in the middle of the SMTP conversation. (Should it not get there, the row's
        # state tells whether A never claimed it or claimed it and never reached the server.)
        assert smtp.stalled.wait(30), (a.log(), [(m.status.value, m.attempts) for m in outbox()])
        a.kill_all()
        smtp.release.set()
        [row] = outbox()
        assert (row.status.value, row.attempts) == ("sending", 1)
        b = celery_worker_factory(
            redis_server.url, name="b", OUTBOX_STALE_SECONDS=str(STALE),
            **settings, **mail_settings(smtp),
        )  # fmt: skip
        assert wait_until(lambda: result_of(b, task_id), timeout=3 * VISIBILITY + 20), b.log()
        assert result_of(b, task_id) == "False"  # claimed: not sent a second time
        assert smtp.accepted == []

        def swept_and_sent() -> bool:
            if outbox()[0].status.value != "sent":
                publish(app, SWEEP)  # what beat does every 30 s
                return False
            return True

        assert wait_until(swept_and_sent, timeout=STALE + 30, interval=1), b.log()
        time.sleep(1)  # a second copy would show by now
        [row] = outbox()
        assert row.attempts == 2
        assert sent_keys(smtp) == Counter({"kill:password:1": 1})


def test_email_worker_killed_whole_after_sending_before_the_ack_sends_nothing_more(
    make_app, redis_server, celery_worker_factory, tmp_path, one_message
):
    settings = {"CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY)}
    with ScriptedSMTPServer() as smtp:
        app = make_app(REDIS_URL=redis_server.url)
        a, stop_file = start_a(
            celery_worker_factory, redis_server, tmp_path, DELIVER, "before_ack",
            pool="prefork", **settings, **mail_settings(smtp),
        )  # fmt: skip
        task_id = publish(app, DELIVER, one_message)
        stopped_pid(stop_file)
        a.kill_all()
        assert [m.status.value for m in outbox()] == ["sent"]
        b = celery_worker_factory(redis_server.url, name="b", **settings, **mail_settings(smtp))
        assert wait_until(lambda: result_of(b, task_id), timeout=3 * VISIBILITY + 20), b.log()
        assert result_of(b, task_id) == "False"  # the re-delivered task finds it sent
        assert outbox()[0].attempts == 1
        assert sent_keys(smtp) == Counter({"kill:password:1": 1})
