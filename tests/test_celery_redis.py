"""The production path: a real redis-server and real Celery worker processes deliver the outbox;
a dead Redis never fails a request, and nothing is sent twice."""

import time

import pytest
import sqlalchemy as sa

from award.dispatch import after_commit, publish
from award.extensions import db
from award.models import OutboxMessage
from tests.conftest import PASSWORD, login, outbox_files
from tests.services import wait_until

pytestmark = pytest.mark.redis


def statuses() -> list[str]:
    db.session.commit()
    return [m.status.value for m in db.session.scalars(sa.select(OutboxMessage))]


def test_worker_delivers_mail_queued_by_a_request(
    make_app, redis_server, celery_worker_factory, make_user
):
    app = make_app(REDIS_URL=redis_server.url)
    assert app.config["CELERY_EAGER"] is False
    celery_worker_factory(redis_server.url)
    with app.app_context():
        user = make_user()
        client = app.test_client()
        assert client.post("/auth/forgot", data={"email": user.email}).status_code == 200
        assert wait_until(lambda: statuses() == ["sent"]), statuses()
        (eml,) = outbox_files(app)
        assert "Choose a new password" in eml.read_text()


def test_redis_down_request_succeeds_and_mail_goes_once_when_it_returns(
    make_app, redis_server, celery_worker_factory, make_user
):
    app = make_app(REDIS_URL=redis_server.url)
    celery_worker_factory(redis_server.url)
    with app.app_context():
        user = make_user()
        client = app.test_client()
        redis_server.stop()
        started = time.monotonic()
        response = client.post("/auth/forgot", data={"email": user.email})
        elapsed = time.monotonic() - started
        assert response.status_code == 200 and elapsed < 2.0, elapsed
        # Sign-in works too: the limiter falls back to memory instead of answering 500.
        assert login(client, user.email, PASSWORD).status_code == 302
        assert statuses() == ["pending"]  # committed, waiting for the broker
        redis_server.start()  # same port
        publish("workers.tasks.sweep_outbox")  # what beat does every 30 s
        assert wait_until(lambda: statuses() == ["sent"], timeout=30), statuses()
        # Later sweeps find nothing more to send.
        publish("workers.tasks.sweep_outbox")
        time.sleep(1.5)
        assert statuses() == ["sent"] and len(outbox_files(app)) == 1


def test_two_workers_given_the_same_message_send_it_once(
    make_app, redis_server, celery_worker_factory, make_user
):
    app = make_app(REDIS_URL=redis_server.url)
    celery_worker_factory(redis_server.url, name="w1")
    celery_worker_factory(redis_server.url, name="w2")
    with app.app_context():
        user = make_user()
        client = app.test_client()
        client.post("/auth/forgot", data={"email": user.email})
        message_id = db.session.scalar(sa.select(OutboxMessage.id))
        for _ in range(6):
            publish("workers.tasks.deliver_email", message_id)
        assert wait_until(lambda: statuses() == ["sent"])
        time.sleep(1.5)  # let the duplicates run
        message = db.session.get(OutboxMessage, message_id)
        assert message.attempts == 1 and len(outbox_files(app)) == 1


def test_task_arguments_must_survive_json(app, make_user):
    user = make_user()
    with pytest.raises(TypeError):
        after_commit("workers.tasks.deliver_email", user)  # an object, not an id
    after_commit("workers.tasks.deliver_email", 12345)  # plain values are fine
    db.session.rollback()
