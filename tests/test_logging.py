"""Structured logs: with LOG_FORMAT=json every line the web app, gunicorn and a Celery worker
write is one JSON object, tagged with the request id (or the task id and name)."""

import json
import os
import subprocess
import sys
import urllib.request

import pytest

from tests.conftest import login
from tests.services import ROOT, free_port, wait_for_port, wait_until


def json_lines(text: str) -> list[dict]:
    """Every non-empty line, parsed; fails on the first line that is not a JSON object."""
    entries = []
    for line in text.splitlines():
        if line.strip():
            entry = json.loads(line)
            assert isinstance(entry, dict), line
            entries.append(entry)
    return entries


def access_lines(entries: list[dict]) -> list[dict]:
    return [e for e in entries if e["logger"] == "award.access"]


def test_json_access_line_carries_the_request_id(make_app, capsys):
    app = make_app(LOG_FORMAT="json")
    capsys.readouterr()
    response = app.test_client().get("/", headers={"X-Request-Id": "req-json-1"})
    assert response.status_code == 200
    [line] = access_lines(json_lines(capsys.readouterr().err))
    assert line["request_id"] == "req-json-1" and line["level"] == "INFO"
    assert line["method"] == "GET" and line["path"] == "/" and line["status"] == 200
    assert line["duration_ms"] >= 0 and line["time"].endswith("+00:00")
    assert "user_id" not in line


def test_json_access_line_names_the_signed_in_user(make_app, make_user, capsys):
    app = make_app(LOG_FORMAT="json")
    client = app.test_client()
    with app.app_context():
        user = make_user()
        user_id = user.id
        login(client, user.email)
        capsys.readouterr()
        client.get("/nominations/", headers={"X-Request-Id": "req-user"})
    [line] = access_lines(json_lines(capsys.readouterr().err))
    assert line["request_id"] == "req-user" and line["user_id"] == user_id


def test_a_signed_link_token_stays_out_of_the_log(make_app, capsys):
    app = make_app(LOG_FORMAT="json")
    capsys.readouterr()
    app.test_client().get("/auth/reset/SECRET-TOKEN-123")
    err = capsys.readouterr().err
    [line] = access_lines(json_lines(err))
    assert line["path"] == "/auth/reset/[token]" and "SECRET-TOKEN-123" not in err


def test_an_exception_is_one_json_line_with_its_traceback(make_app, capsys):
    app = make_app(LOG_FORMAT="json")
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/boom")
    def boom():
        raise RuntimeError("kaboom")

    capsys.readouterr()
    response = app.test_client().get("/boom", headers={"X-Request-Id": "req-boom"})
    assert response.status_code == 500
    entries = json_lines(capsys.readouterr().err)
    [error] = [e for e in entries if e["level"] == "ERROR"]
    assert error["request_id"] == "req-boom"
    assert (
        error["exception"].startswith("Traceback") and "RuntimeError: kaboom" in error["exception"]
    )
    assert access_lines(entries)[0]["status"] == 500


def test_text_format_is_readable_and_tagged(make_app, capsys):
    app = make_app(LOG_FORMAT="text")
    capsys.readouterr()
    app.test_client().get("/", headers={"X-Request-Id": "req-text"})
    [line] = [ln for ln in capsys.readouterr().err.splitlines() if "award.access" in ln]
    assert line.endswith("GET / 200 " + line.split("GET / 200 ")[1]) and "[req-text]" in line
    assert not line.startswith("{")


def test_json_is_the_default_in_production_and_text_otherwise(tmp_path, monkeypatch):
    from award import create_app

    monkeypatch.delenv("LOG_FORMAT", raising=False)
    monkeypatch.setenv("AWARD_PRODUCTION", "1")
    monkeypatch.setenv("SECRET_KEY", "k" * 40)
    assert create_app({"INSTANCE_DIR": str(tmp_path)}).config["LOG_FORMAT"] == "json"
    monkeypatch.delenv("AWARD_PRODUCTION")
    assert create_app({"INSTANCE_DIR": str(tmp_path)}).config["LOG_FORMAT"] == "text"
    monkeypatch.setenv("LOG_FORMAT", "JSON")
    assert create_app({"INSTANCE_DIR": str(tmp_path)}).config["LOG_FORMAT"] == "json"


@pytest.mark.slow
def test_gunicorn_writes_only_json_lines(tmp_path, database_url):
    port = free_port()
    env = {
        **os.environ,
        "AWARD_PRODUCTION": "1",
        "SECRET_KEY": "s" * 40,
        "DATABASE_URL": database_url,
        "AWARD_INSTANCE_DIR": str(tmp_path / "instance"),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
    }
    env.pop("LOG_FORMAT", None)
    env.pop("REDIS_URL", None)
    log = tmp_path / "gunicorn.log"
    with open(log, "wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "wsgi:app"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for_port(port, timeout=60)
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/", headers={"X-Request-Id": "req-gunicorn"}
            )
            with urllib.request.urlopen(request) as response:  # noqa: S310
                assert response.status == 200
                assert response.headers["X-Request-Id"] == "req-gunicorn"
            wait_until(lambda: b"req-gunicorn" in log.read_bytes(), timeout=5)
        finally:
            server.terminate()
            server.wait(15)
    entries = json_lines(log.read_text())
    [line] = [e for e in access_lines(entries) if e.get("request_id") == "req-gunicorn"]
    assert line["status"] == 200 and line["path"] == "/"
    assert any(e["logger"] == "gunicorn.error" for e in entries)  # gunicorn's own lines too


@pytest.mark.slow
def test_gunicorn_workers_restarted_by_max_requests_serve_at_once(tmp_path, database_url):
    """gunicorn.conf.py preloads the app and forks workers from it: a worker recycled by
    max_requests serves again at once, with database connections of its own."""
    port = free_port()
    env = {
        **os.environ,
        "SECRET_KEY": "s" * 40,
        "DATABASE_URL": database_url,
        "AWARD_INSTANCE_DIR": str(tmp_path / "instance"),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        "GUNICORN_CMD_ARGS": "--max-requests 3 --max-requests-jitter 0",
    }
    env.pop("REDIS_URL", None)
    log = tmp_path / "gunicorn.log"
    with open(log, "wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "wsgi:app"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for_port(port, timeout=60)
            statuses = []
            for _ in range(24):  # the home page reads the open calls from the database
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:  # noqa: S310
                    statuses.append(page.status)
        finally:
            server.terminate()
            server.wait(15)
    assert statuses == [200] * 24
    text = log.read_text()
    # Recycled every 3 requests: about eight exits, each followed by a fresh fork.
    assert text.count("Worker exiting") >= 5 and text.count("Booting worker") >= 2 + 5
    assert "Traceback" not in text


@pytest.mark.redis
def test_celery_worker_writes_json_lines_with_the_task(
    make_app, redis_server, celery_worker_factory
):
    from award.dispatch import publish

    worker = celery_worker_factory(redis_server.url, options=("--quiet",), LOG_FORMAT="json")
    app = make_app(REDIS_URL=redis_server.url)
    with app.app_context():
        publish("workers.tasks.sweep_outbox")
    assert wait_until(lambda: b"succeeded" in worker.logfile.read_bytes())
    worker.stop()
    # Celery's signal handler writes its shutdown notice ("worker: Warm shutdown") to stdout with
    # os.write, past logging; every other line is JSON.
    lines = worker.logfile.read_text().splitlines()
    entries = json_lines("\n".join(ln for ln in lines if not ln.startswith("worker: ")))
    task_lines = [e for e in entries if e.get("task_name") == "workers.tasks.sweep_outbox"]
    assert task_lines and all(e["task_id"] for e in task_lines)
    assert any("succeeded" in e["message"] for e in task_lines)
    assert any(e["message"].endswith("ready.") for e in entries)
