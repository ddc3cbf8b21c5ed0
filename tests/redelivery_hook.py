"""Test only: makes one task stop at a chosen point, so that a test can SIGKILL the worker there.

Never imported by the app. A test's worker loads it with `celery worker --include
tests.redelivery_hook` and these environment variables:

AWARD_TEST_STOP_TASK  the task's name, e.g. workers.tasks.send_reminders
AWARD_TEST_STOP_AT    "before_commit": right after the task's first INSERT (part of its work
                      written, nothing committed); "before_ack": after the task returned (its
                      work committed), before the worker acknowledges the message
AWARD_TEST_STOP_FILE  created, holding the pid of the process that stopped, when the task
                      stops. The task stops only if the file does not exist yet, so the
                      re-delivered run, in this worker or another, goes through.
"""

import os
import time

from celery.signals import task_postrun, task_prerun
from sqlalchemy import event
from sqlalchemy.engine import Engine

TASK = os.environ.get("AWARD_TEST_STOP_TASK", "")
AT = os.environ.get("AWARD_TEST_STOP_AT", "")
FILE = os.environ.get("AWARD_TEST_STOP_FILE", "")
running: set[str] = set()  # the stop task's name while it runs in this process


def stop_here() -> None:
    try:
        fd = os.open(FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError:
        return  # stopped once already: this is the re-delivered run
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)
    time.sleep(600)  # the test kills us here
    raise RuntimeError("the test should have killed this worker")


@task_prerun.connect
def started(sender=None, **_):
    if sender is not None and sender.name == TASK:
        running.add(TASK)


@task_postrun.connect
def finished(sender=None, **_):
    if sender is not None and sender.name == TASK:
        running.discard(TASK)
        if AT == "before_ack":
            stop_here()


@event.listens_for(Engine, "after_cursor_execute")
def after_execute(conn, cursor, statement, parameters, context, executemany):
    if AT == "before_commit" and TASK in running and statement.lstrip().startswith("INSERT"):
        stop_here()
