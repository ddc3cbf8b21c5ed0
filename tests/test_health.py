"""/healthz: the database, Redis and the workers, each really up or really down."""

import pytest

from tests.services import wait_until


def healthz(app):
    response = app.test_client().get("/healthz")
    return response.status_code, response.get_json(), response


def test_embedded_mode_is_healthy_with_the_database_alone(make_app):
    status, body, response = healthz(make_app())
    assert status == 200 and body["status"] == "ok" and body["failing"] == []
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["database"]["latency_ms"] >= 0
    assert body["checks"]["redis"] == {"status": "embedded"}
    assert body["checks"]["workers"] == {"status": "embedded"}
    assert response.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers


def test_healthz_is_not_rate_limited(make_app):
    # More than any limit the app sets (the API's is 120 a minute per address).
    client = make_app().test_client()
    assert {client.get("/healthz").status_code for _ in range(150)} == {200}


def test_database_unreachable_is_503_naming_the_database(make_app):
    app = make_app(SQLALCHEMY_DATABASE_URI="postgresql+psycopg://nobody@127.0.0.1:1/none")
    status, body, _ = healthz(app)
    assert status == 503 and body["failing"] == ["database"]
    assert body["checks"]["database"] == {"status": "fail", "error": "OperationalError"}
    assert "127.0.0.1" not in str(body)  # the reason goes to the log, not to the public


@pytest.mark.redis
def test_redis_and_a_live_worker_are_all_ok(make_app, redis_server, celery_worker_factory):
    app = make_app(REDIS_URL=redis_server.url)
    celery_worker_factory(redis_server.url)
    assert wait_until(lambda: healthz(app)[0] == 200), healthz(app)[1]
    _, body, _ = healthz(app)
    assert body["status"] == "ok"
    assert body["checks"]["redis"]["status"] == "ok" and body["checks"]["redis"]["latency_ms"] >= 0
    assert body["checks"]["workers"] == {"status": "ok", "count": 1}


@pytest.mark.redis
def test_no_worker_is_503_naming_the_workers(make_app, redis_server):
    status, body, _ = healthz(make_app(REDIS_URL=redis_server.url))
    assert status == 503 and body["failing"] == ["workers"]
    assert body["checks"]["redis"]["status"] == "ok"
    assert body["checks"]["workers"]["count"] == 0


@pytest.mark.redis
def test_a_worker_that_stops_is_no_longer_counted(make_app, redis_server, celery_worker_factory):
    app = make_app(REDIS_URL=redis_server.url)
    worker = celery_worker_factory(redis_server.url)
    assert wait_until(lambda: healthz(app)[0] == 200)
    worker.stop()  # a warm shutdown removes its heartbeat at once
    status, body, _ = healthz(app)
    assert status == 503 and body["failing"] == ["workers"]


@pytest.mark.redis
def test_a_silent_worker_goes_stale(make_app, redis_server):
    """A worker killed without a goodbye keeps its entry; its age is what counts."""
    from workers.heartbeat import beat, redis_client

    app = make_app(REDIS_URL=redis_server.url, WORKER_STALE_SECONDS=0.5)
    beat(redis_client(redis_server.url), "ghost@nowhere", stale_after=0.5)
    assert healthz(app)[0] == 200
    assert wait_until(lambda: healthz(app)[0] == 503, timeout=5)


@pytest.mark.redis
def test_redis_stopped_is_503_naming_redis(make_app, redis_server):
    app = make_app(REDIS_URL=redis_server.url)
    redis_server.stop()
    status, body, _ = healthz(app)
    assert status == 503 and body["failing"] == ["redis"]
    assert body["checks"]["redis"] == {"status": "fail", "error": "ConnectionError"}
    assert body["checks"]["workers"] == {"status": "unknown"}
    assert body["checks"]["database"]["status"] == "ok"
