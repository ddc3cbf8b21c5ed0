"""Periodic work under two real `celery beat` processes (RELIABILITY 38) and without Celery ETAs
(RELIABILITY 39). Deployments run exactly one beat (docs/deploy.md); two, by mistake or during a
hand-over, still send one e-mail per reminder, because each is a row with a unique key.

The checklist asks for 15 minutes; here the reminder interval is shrunk by configuration
(REMINDER_INTERVAL_SECONDS=1 instead of 300), so 20 s hold about as many beat ticks per beat
as 100 minutes would in production, and the workers' visibility timeout is 3 s, so the run
outlasts it several times."""

import ast
import email
import json
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import redis
import sqlalchemy as sa

from award.database import utcnow, write_intent
from award.extensions import db
from award.models import OutboxMessage, Round
from tests.services import ROOT, ScriptedSMTPServer, wait_until
from tests.test_reminders import review_round  # noqa: F401  (fixture)

DAY = timedelta(days=1)
VISIBILITY = 3


def held_messages(client: redis.Redis) -> list[dict]:
    """Every task message Redis holds: waiting in a queue, or taken by a worker and not yet
    acknowledged (a task with an ETA would sit there until its time)."""
    raw = list(client.hvals("unacked"))
    for key in client.keys("*"):
        if client.type(key) == b"list":
            raw += client.lrange(key, 0, -1)
    messages = []
    for item in raw:
        value = json.loads(item)
        messages.append(value[0] if isinstance(value, list) else value)
    return messages


def sent_keys(smtp) -> Counter:
    return Counter(email.message_from_bytes(body)["X-Award-Key"] for body in smtp.accepted)


def reminder_keys(round_id: int, offset: str, reviewers) -> list[str]:
    return sorted(f"reminder:reviewer:round={round_id}:user={r.id}:{offset}" for r in reviewers)


def outbox() -> list[OutboxMessage]:
    db.session.commit()
    return db.session.scalars(sa.select(OutboxMessage).order_by(OutboxMessage.id)).all()


def test_two_beats_send_each_reminder_once_and_nothing_early(
    app,
    redis_server,
    celery_worker_factory,
    celery_beat_factory,
    review_round,  # noqa: F811
):
    round_, reviewers, _ = review_round
    round_.review_deadline = utcnow() + 1.5 * DAY  # the 2-day reminder is due, the 1-day not yet
    db.session.commit()
    two_days = reminder_keys(round_.id, "2d", reviewers)
    one_day = reminder_keys(round_.id, "1d", reviewers)
    broker = redis.Redis.from_url(redis_server.url)
    with ScriptedSMTPServer() as smtp:
        mail = {"MAIL_BACKEND": "smtp", "MAIL_SERVER": "127.0.0.1", "MAIL_PORT": str(smtp.port)}
        settings = {"CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY), **mail}
        workers = [
            celery_worker_factory(redis_server.url, name=n, **settings) for n in ("w1", "w2")
        ]
        beats = [
            celery_beat_factory(redis_server.url, name=n, REMINDER_INTERVAL_SECONDS="1", **mail)
            for n in ("beat1", "beat2")
        ]
        seen: list[dict] = []
        deadline = time.monotonic() + 4 * VISIBILITY
        while time.monotonic() < deadline:  # beyond two visibility timeouts
            seen += held_messages(broker)
            time.sleep(0.02)  # a task sits in Redis for milliseconds: look often
        assert [m.dedup_key for m in outbox()] == two_days  # nothing early, nothing twice
        assert wait_until(lambda: {m.status.value for m in outbox()} == {"sent"}, timeout=30)

        # The next reminder falls due while both beats run: again one each.
        # Written while two beats and two workers write too: on SQLite, as the app does for a
        # POST, the write lock is taken up front (a read turned write fails at once under WAL).
        db.session.commit()
        token = write_intent.set(True)
        try:
            db.session.get(Round, round_.id).review_deadline = utcnow() + 0.5 * DAY
            db.session.commit()
        finally:
            write_intent.reset(token)
        assert wait_until(lambda: len(outbox()) == 4 and len(smtp.accepted) == 4, timeout=30)
        end = time.monotonic() + 2 * VISIBILITY
        while time.monotonic() < end:
            seen += held_messages(broker)
            time.sleep(0.02)  # a task sits in Redis for milliseconds: look often

    assert sorted(m.dedup_key for m in outbox()) == sorted(two_days + one_day)
    assert sent_keys(smtp) == Counter(two_days + one_day)  # each reached the mail server once
    for beat in beats:  # both beats really published, many times
        # (about 18 ticks each in a quiet run; a loaded machine starts a beat seconds late)
        assert beat.log().count("Sending due task send-reminders") >= 5, beat.log()[-2000:]
    runs = sum(w.log().count("workers.tasks.send_reminders[") for w in workers)
    assert runs >= 20, runs  # received and succeeded lines: at least 10 runs
    # RELIABILITY 39: whatever Redis held during the run, no message carried an ETA.
    tasks = [m for m in seen if m.get("headers", {}).get("task")]
    assert tasks, "the sampling never caught a message"
    assert [m["headers"]["task"] for m in tasks if m["headers"].get("eta")] == []
    assert broker.hlen("unacked") == 0  # nothing left waiting for a later time


def _calls_with_a_delay(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg in {"eta", "countdown"}:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {keyword.arg}=")
    return found


def test_no_task_is_ever_published_with_an_eta_or_a_countdown():
    """RELIABILITY 39, in the code: a Celery ETA or countdown is held by a worker in memory and
    re-delivered after every visibility timeout; reminders and retries are found by looking at
    the database instead. No call in the app or the workers passes either."""
    files = sorted((ROOT / "award").rglob("*.py")) + sorted((ROOT / "workers").rglob("*.py"))
    assert len(files) > 50
    assert [hit for path in files for hit in _calls_with_a_delay(path)] == []
