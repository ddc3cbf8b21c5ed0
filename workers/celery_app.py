"""The Celery app, bound to the Flask app so that every task runs inside an app context.

With REDIS_URL set, tasks go to Redis and real workers run them; without it they run eagerly in
the web process, so the embedded mode needs no Redis."""

import logging

from celery import Celery, Task, signals
from flask import Flask

from award.database import write_intent
from award.extensions import db
from workers import tasks  # noqa: F401  (registers the shared tasks)
from workers.heartbeat import WorkerHeartbeat

# Periodic work, run by exactly one `celery beat`; every entry is idempotent.
BEAT_SCHEDULE = {
    "sweep-outbox": {"task": "workers.tasks.sweep_outbox", "schedule": 30.0},
    # Reminders are found by looking at the database, never scheduled as long Celery ETAs.
    # Every REMINDER_INTERVAL_SECONDS (300 s; tests run two beats at 1 s).
    "send-reminders": {"task": "workers.tasks.send_reminders", "schedule": 300.0},
    # Calls open and close at their set times; scheduled announcements go out when due. No ETA.
    "advance-rounds": {"task": "workers.tasks.advance_rounds", "schedule": 60.0},
}


def beat_schedule(config) -> dict:
    schedule = {name: dict(entry) for name, entry in BEAT_SCHEDULE.items()}
    schedule["send-reminders"]["schedule"] = float(config["REMINDER_INTERVAL_SECONDS"])
    return schedule


def celery_init_app(app: Flask) -> Celery:
    class FlaskTask(Task):
        def __call__(self, *args, **kwargs):
            # A fresh app context means a fresh database session: an eager task never shares,
            # commits or rolls back the session of the request that published it.
            token = write_intent.set(True)
            try:
                with app.app_context():
                    try:
                        return self.run(*args, **kwargs)
                    except Exception:
                        db.session.rollback()
                        raise
            finally:
                write_intent.reset(token)

    redis_url = app.config["REDIS_URL"]
    visibility_timeout = app.config["CELERY_VISIBILITY_TIMEOUT"]
    # kombu looks for unacknowledged messages older than the visibility timeout every
    # interval x throttle seconds (10 x 10 by default). Look about ten times per timeout, at
    # most every 100 s (kombu's default) and at least every second, so that a short timeout
    # (the tests use a few seconds) really re-delivers after a few seconds.
    sweep = min(100, max(1, visibility_timeout // 10))
    restore_interval = min(10, sweep)
    eager = app.config["CELERY_EAGER"]
    celery = Celery(app.name, task_cls=FlaskTask)
    celery.conf.update(
        broker_url=redis_url or "memory://",
        result_backend=None,
        task_ignore_result=True,
        task_always_eager=eager,
        task_eager_propagates=app.config.get("TESTING", False),
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        # Reliability: acknowledge after the task ran, re-deliver what a dead worker held,
        # take one task at a time so a crash loses at most that one (docs/workers.md).
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        broker_transport_options={
            "visibility_timeout": visibility_timeout,
            "unacked_restore_interval": restore_interval,
            "unacked_restore_throttle": -(-sweep // restore_interval),
            "socket_connect_timeout": 1,
            "socket_timeout": 2,
            "max_retries": 0,
        },
        # Publishing must fail fast when Redis is down; the outbox sweep republishes later.
        task_publish_retry=False,
        broker_connection_timeout=1,
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        beat_schedule=beat_schedule(app.config),
        timezone="UTC",
        worker_hijack_root_logger=False,
        award_heartbeat_seconds=app.config["WORKER_HEARTBEAT_SECONDS"],
        award_stale_seconds=app.config["WORKER_STALE_SECONDS"],
    )
    celery.steps["worker"].add(WorkerHeartbeat)
    celery.set_default()
    app.extensions["celery"] = celery
    return celery


@signals.setup_logging.connect
def keep_the_apps_logging(loglevel=None, **kwargs) -> None:
    """create_app() has configured logging (JSON or text, see award/logs.py) before a worker or
    beat starts; a receiver here tells Celery to add no handlers of its own, so that its lines
    and the tasks' come out in the same format. `--loglevel` still applies."""
    if loglevel:
        logging.getLogger().setLevel(loglevel)
