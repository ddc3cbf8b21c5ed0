"""What deployment relies on: the proxy settings, and the files that start the services."""

import re
from pathlib import Path

import yaml


def test_behind_one_proxy_the_client_address_and_scheme_come_from_it(make_app):
    app = make_app(PROXY_HOPS=1)

    @app.get("/whoami")
    def whoami():
        from flask import request

        return {"addr": request.remote_addr, "scheme": request.scheme}

    headers = {"X-Forwarded-For": "198.51.100.1, 203.0.113.9", "X-Forwarded-Proto": "https"}
    seen = app.test_client().get("/whoami", headers=headers).get_json()
    assert seen == {"addr": "203.0.113.9", "scheme": "https"}  # one hop: the proxy's own entry
    direct = make_app().test_client()
    direct.application.add_url_rule("/whoami", view_func=whoami)
    assert direct.get("/whoami", headers=headers).get_json()["addr"] == "127.0.0.1"


ROOT = Path(__file__).resolve().parent.parent


def procfile() -> dict[str, str]:
    lines = (ROOT / "Procfile").read_text().splitlines()
    return dict(line.split(": ", 1) for line in lines if line.strip())


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_procfile_runs_the_release_web_worker_and_beat():
    processes = procfile()
    assert set(processes) == {"release", "web", "worker", "beat"}
    assert processes["release"] == "flask --app wsgi db upgrade"
    assert processes["web"].startswith("gunicorn wsgi:app")
    assert (
        processes["worker"].startswith("celery -A wsgi.celery") and " worker" in processes["worker"]
    )
    assert " beat" in processes["beat"]


def test_compose_starts_every_service_with_the_procfiles_commands():
    services = compose()["services"]
    assert {"postgres", "redis", "release", "web", "worker", "beat", "nginx"} <= set(services)
    for name, command in procfile().items():
        assert services[name]["command"] == command, name
    app_services = ("release", "web", "worker", "beat")
    for name in app_services:
        service = services[name]
        assert service["build"] == "." and service["image"] == "award:latest"
        env = service["environment"]
        assert env["REDIS_URL"] == "redis://redis:6379/0"
        assert (
            env["DATABASE_URL"].startswith("postgresql://")
            and "@postgres:5432/" in env["DATABASE_URL"]
        )
        assert env["AWARD_PRODUCTION"] == "1" and env["SECRET_KEY"].startswith("${SECRET_KEY:?")
    for name in ("web", "worker", "beat"):
        assert services[name]["depends_on"]["release"] == {
            "condition": "service_completed_successfully"
        }
    assert "deploy" not in services["beat"]  # one beat, never replicated
    assert "/healthz" in " ".join(services["web"]["healthcheck"]["test"])
    assert services["nginx"]["profiles"] == ["proxy"]


def test_compose_names_only_settings_the_app_reads():
    source = (ROOT / "config.py").read_text() + (ROOT / "gunicorn.conf.py").read_text()
    env = compose()["services"]["web"]["environment"]
    unknown = [name for name in env if f'"{name}"' not in source]
    assert unknown == [], unknown


def test_nginx_accepts_exactly_the_upload_limit():
    from config import Config

    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    [size] = re.findall(r"client_max_body_size\s+(\d+)m;", conf)
    assert int(size) * 1024 * 1024 == Config.MAX_CONTENT_LENGTH
    for header in ("X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Request-Id"):
        assert f"proxy_set_header {header}" in conf


def test_dockerfile_installs_the_project_and_runs_as_non_root():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.startswith("#") and "FROM python:3.11-slim" in dockerfile
    assert "pip install -e ." in dockerfile
    users = re.findall(r"^USER (\S+)", dockerfile, re.M)
    assert users and users[-1] not in {"root", "0"}
    for path in ("award", "workers", "templates", "migrations", "config.py", "wsgi.py"):
        assert re.search(rf"^COPY .*\b{re.escape(path)}\b", dockerfile, re.M), path
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert ".venv" in ignored and "instance" in ignored and ".env" in ignored


def test_gunicorn_settings_follow_the_environment(monkeypatch):
    import runpy

    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    monkeypatch.setenv("GUNICORN_THREADS", "4")
    monkeypatch.setenv("LOG_FORMAT", "json")
    monkeypatch.delenv("GUNICORN_BIND", raising=False)
    monkeypatch.setenv("PORT", "5123")
    settings = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert settings["workers"] == 3 and settings["threads"] == 4
    assert settings["bind"] == "0.0.0.0:5123" and settings["accesslog"] is None
    assert settings["logconfig_dict"]["formatters"]["json"]["()"] == "award.logs.JsonFormatter"
    monkeypatch.setenv("LOG_FORMAT", "text")
    monkeypatch.delenv("PORT")
    settings = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert "logconfig_dict" not in settings and settings["bind"] == "127.0.0.1:8000"
