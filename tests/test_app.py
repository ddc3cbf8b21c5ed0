"""The app shell: configuration, security headers, error pages, role-aware navigation."""

import hashlib
import logging

import pytest
import sqlalchemy as sa

from award import create_app
from award.extensions import db
from award.models import Role
from config import ConfigError
from tests.conftest import login


def test_production_refuses_to_start_without_a_secret_key(monkeypatch, tmp_path):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app({"PRODUCTION": True, "INSTANCE_DIR": str(tmp_path)})


def test_production_settings_are_safe(tmp_path):
    app = create_app({"PRODUCTION": True, "SECRET_KEY": "k" * 40, "INSTANCE_DIR": str(tmp_path)})
    assert not app.debug and not app.testing
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["REMEMBER_COOKIE_SECURE"]
    assert app.config["SESSION_COOKIE_NAME"].startswith("__Host-")
    assert app.config["SESSION_COOKIE_HTTPONLY"] and app.config["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_embedded_mode_has_a_random_key_kept_in_the_instance_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = create_app({"INSTANCE_DIR": str(tmp_path)}).config["SECRET_KEY"]
    second = create_app({"INSTANCE_DIR": str(tmp_path)}).config["SECRET_KEY"]
    other = create_app({"INSTANCE_DIR": str(tmp_path / "other")}).config["SECRET_KEY"]
    assert first == second != other and len(first) >= 32


def test_embedded_mode_makes_its_instance_folder_when_the_key_is_given(tmp_path, monkeypatch):
    """With SECRET_KEY set nothing else makes the folder, and SQLite cannot make it either."""
    monkeypatch.setenv("SECRET_KEY", "k" * 40)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("AWARD_INSTANCE_DIR", str(tmp_path / "new" / "instance"))
    app = create_app()
    with app.app_context():
        assert db.session.execute(sa.text("select 1")).scalar() == 1
    assert (tmp_path / "new" / "instance" / "award.db").exists()


def test_every_html_response_carries_the_security_headers(client):
    response = client.get("/")
    headers = response.headers
    csp = headers["Content-Security-Policy"]
    for directive in (
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "script-src 'self'",
    ):
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    max_age = int(headers["Strict-Transport-Security"].split("max-age=")[1].split(";")[0])
    assert max_age >= 365 * 24 * 3600
    assert client.get("/nowhere").headers["X-Content-Type-Options"] == "nosniff"


def test_bootstrap_is_served_locally(client):
    page = client.get("/").get_data(as_text=True)
    assert "cdn" not in page.lower() and "/bootstrap/static/" in page
    css = page.split('href="/bootstrap/static/')[1].split('"')[0]
    assert client.get("/bootstrap/static/" + css).status_code == 200


@pytest.mark.parametrize("path,code", [("/nowhere", 404), ("/calls/no-such-round", 404)])
def test_error_pages(client, path, code):
    response = client.get(path)
    assert response.status_code == code
    assert b"Page not found" in response.data


def test_get_on_a_post_only_endpoint_is_405(client):
    response = client.get("/secretariat/outbox/1/retry")
    assert response.status_code == 405 and b"Not allowed this way" in response.data


def test_oversized_request_gets_the_413_page(client):
    response = client.post("/auth/login", data={"email": "x" * (13 * 1024 * 1024)})
    assert response.status_code == 413 and b"File too large" in response.data


def test_unhandled_error_is_a_generic_500_logged_with_the_request_id(make_app, caplog):
    app = make_app()
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internals")

    with caplog.at_level(logging.ERROR):
        response = app.test_client().get("/boom", headers={"X-Request-Id": "req-42"})
    assert response.status_code == 500
    assert b"Something went wrong" in response.data and b"secret internals" not in response.data
    assert b"Traceback" not in response.data
    assert response.headers["X-Request-Id"] == "req-42"
    assert any("req-42" in r.getMessage() and r.exc_info for r in caplog.records)


def test_database_down_gives_the_503_page(make_app, tmp_path):
    app = make_app(SQLALCHEMY_DATABASE_URI="postgresql+psycopg://nobody@127.0.0.1:1/none")
    app.config["PROPAGATE_EXCEPTIONS"] = False
    response = app.test_client().get("/")
    assert response.status_code == 503 and b"maintenance" in response.data


def test_navigation_shows_what_the_role_may_do(client, make_user):
    anonymous = client.get("/").get_data(as_text=True)
    assert "Sign in" in anonymous and "Secretariat" not in anonymous
    user = make_user(roles=(Role.NOMINATOR,))
    login(client, user.email)
    page = client.get("/").get_data(as_text=True)
    assert "My nominations" in page and "Secretariat" not in page and "My reviews" not in page
    client.post("/auth/logout")
    admin = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    login(client, admin.email)
    page = client.get("/").get_data(as_text=True)
    assert "Secretariat" in page and "My nominations" not in page


def test_migrations_leave_no_difference_with_the_models(app):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from award.extensions import db

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), db.metadata)
    assert diff == []
    # The database is at the newest migration, and there is only one newest (no second head).
    from alembic.script import ScriptDirectory

    config = app.extensions["migrate"].migrate.get_config()
    [head] = ScriptDirectory.from_config(config).get_heads()
    assert db.session.scalar(sa.text("SELECT version_num FROM alembic_version")) == head


def _row_checksums(columns: dict[str, list[str]]) -> dict[str, tuple[int, str]]:
    """Per table, the row count and a SHA-256 of every row's values in the given columns, read
    as the database returns them and sorted, so that the order rows come back in is no matter."""
    from award.extensions import db

    result = {}
    for name, names in columns.items():
        rows = db.session.execute(
            sa.select(*(sa.column(c) for c in names)).select_from(sa.table(name))
        ).all()
        digest = hashlib.sha256("\n".join(sorted(repr(tuple(r)) for r in rows)).encode())
        result[name] = (len(rows), digest.hexdigest())
    return result


def test_upgrade_from_the_previous_schema_keeps_every_row(app, runner):
    """RELIABILITY 34: every row of the previous release's schema, column by column, is there
    after the upgrade, with the same values (checksums, not only counts)."""
    from flask_migrate import downgrade, upgrade

    from award.extensions import db

    runner.invoke(args=["award", "demo"])
    db.session.commit()
    downgrade(revision="0001")  # the previous release's schema, with the demo in it
    db.session.remove()
    inspector = sa.inspect(db.engine)
    before_columns = {
        name: sorted(c["name"] for c in inspector.get_columns(name))
        for name in inspector.get_table_names()
        if name != "alembic_version"
    }
    before = _row_checksums(before_columns)
    db.session.remove()  # end the read transaction: its locks would block the ALTER TABLEs
    upgrade()
    db.session.remove()
    after = _row_checksums(before_columns)  # the same columns, read from the new schema
    assert {name: after[name] for name in before} == before
    new_tables = {t.name for t in db.metadata.sorted_tables} - before.keys()
    assert all(db.session.scalar(sa.select(sa.func.count()).select_from(sa.table(t))) == 0
               for t in new_tables)  # fmt: skip
    assert before["nominations"][0] > 50 and before["assignments"][0] > 100
    assert sum(count for count, _ in before.values()) > 1000


def test_create_admin_makes_a_secretariat_account(app, runner, client):
    result = runner.invoke(
        args=[
            "award",
            "create-admin",
            "--email",
            "Head@Example.org",
            "--name",
            "Head of Secretariat",
            "--password",
            "a long passphrase 1",
        ]
    )
    assert result.exit_code == 0, result.output
    login(client, "head@example.org", "a long passphrase 1")
    assert client.get("/secretariat/").status_code == 200
    again = runner.invoke(
        args=[
            "award",
            "create-admin",
            "--email",
            "head@example.org",
            "--name",
            "X",
            "--password",
            "a long passphrase 1",
        ]
    )
    assert again.exit_code != 0 and "already exists" in again.output


def test_serve_command_really_serves(tmp_path):
    """What `make run` ends with: the embedded server answers on HOST:PORT."""
    import os
    import subprocess
    import sys
    import urllib.request

    from tests.services import free_port, wait_for_port

    port = free_port()
    env = {
        **os.environ,
        "AWARD_INSTANCE_DIR": str(tmp_path),
        "FLASK_APP": "wsgi.py",
        "HOST": "127.0.0.1",
        "PORT": str(port),
    }
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    flask = [sys.executable, "-m", "flask"]
    subprocess.run([*flask, "db", "upgrade"], env=env, check=True, capture_output=True)
    server = subprocess.Popen(
        [*flask, "award", "serve"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        wait_for_port(port, timeout=60)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as response:  # noqa: S310
            assert response.status == 200 and b"Open calls" in response.read()
    finally:
        server.terminate()
        server.wait(10)
