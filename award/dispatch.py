"""Celery tasks are published only after the database transaction that asked for them commits,
so a worker never looks for a row that is not there yet, and a rollback publishes nothing."""

import json
import logging
from functools import partial
from typing import Any

from flask import current_app

from award.database import run_after_commit
from award.extensions import db

log = logging.getLogger(__name__)


def after_commit(task_name: str, *args: Any) -> None:
    """Publish `task_name(*args)` once the current transaction commits; a rollback drops it.
    Arguments must be plain JSON values (ids, strings), never model objects."""
    json.dumps(args)  # fail here, at the caller, rather than in the broker
    run_after_commit(db.session(), partial(publish, task_name, *args))


def publish(task_name: str, *args: Any) -> bool:
    """Send a task now. A dead broker is logged, not raised: what was not published is picked up
    by the periodic sweep, so a web request never fails because Redis is down."""
    celery = current_app.extensions["celery"]
    try:
        celery.signature(task_name, args=args).apply_async()
    except Exception as exc:  # kombu/redis raise many types for a dead broker
        if celery.conf.task_always_eager and celery.conf.task_eager_propagates:
            raise  # in tests an eager task's own error must surface
        log.warning("could not publish %s%r (%s); the sweep will retry", task_name, args, exc)
        return False
    return True
