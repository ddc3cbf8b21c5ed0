"""/healthz for load balancers and monitoring: is the database, Redis and at least one worker up?

Cheap by design: one SELECT 1, one PING and one read of the workers' heartbeats (see
workers/heartbeat.py), no session, no template, no rate limit. The answer names what failed but
not why (the reason, which may name hosts, goes to the log)."""

import logging
import time

import redis
import sqlalchemy as sa
from flask import Blueprint, current_app, jsonify

from award.extensions import db, limiter
from workers.heartbeat import live_workers, redis_client

bp = Blueprint("health", __name__)
log = logging.getLogger(__name__)


def _timed(check) -> dict:
    started = time.perf_counter()
    check()
    return {"status": "ok", "latency_ms": round((time.perf_counter() - started) * 1000, 2)}


def _failed(part: str, error: Exception) -> dict:
    log.warning("health check failed: %s: %s", part, error)
    return {"status": "fail", "error": type(error).__name__}


def check_database() -> dict:
    def select_one() -> None:
        with db.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))

    try:
        return _timed(select_one)
    except sa.exc.SQLAlchemyError as error:
        return _failed("database", error)


def _redis() -> redis.Redis:
    # One client (and connection pool) per app, so a probe reuses its connection.
    extensions = current_app.extensions
    if "health_redis" not in extensions:
        extensions["health_redis"] = redis_client(current_app.config["REDIS_URL"])
    return extensions["health_redis"]


def check_redis() -> dict:
    try:
        return _timed(_redis().ping)
    except redis.RedisError as error:
        return _failed("redis", error)


def check_workers() -> dict:
    try:
        workers = live_workers(_redis(), current_app.config["WORKER_STALE_SECONDS"])
    except redis.RedisError as error:
        return _failed("workers", error)
    if not workers:
        log.warning("health check failed: workers: no heartbeat from any worker")
        return {"status": "fail", "error": "no worker has sent a heartbeat recently", "count": 0}
    return {"status": "ok", "count": len(workers)}


@bp.get("/healthz")
@limiter.exempt
def healthz():
    checks = {"database": check_database()}
    if current_app.config["REDIS_URL"]:
        checks["redis"] = check_redis()
        if checks["redis"]["status"] == "ok":
            checks["workers"] = check_workers()
        else:  # nothing to ask while Redis is down; Redis is the part to fix
            checks["workers"] = {"status": "unknown"}
    else:
        # Embedded mode: no Redis, tasks run in the web process.
        checks["redis"] = {"status": "embedded"}
        checks["workers"] = {"status": "embedded"}
    failing = [name for name, check in checks.items() if check["status"] == "fail"]
    response = jsonify(status="fail" if failing else "ok", failing=failing, checks=checks)
    response.status_code = 503 if failing else 200
    response.headers["Cache-Control"] = "no-store"
    return response
