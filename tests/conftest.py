"""Fixtures: an app per test on a real database (SQLite by default; PostgreSQL when
AWARD_TEST_DATABASE=postgres), a client that sends real CSRF tokens, factories, and real Redis,
PostgreSQL and Celery services.

Each test gets its own database with real commits (a copy of a migrated SQLite file, or a
truncated PostgreSQL database) rather than a rolled-back SAVEPOINT: the outbox and task dispatch
happen after COMMIT, and a savepoint never commits."""

import contextlib
import contextvars
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import has_app_context
from flask.testing import FlaskClient
from flask_migrate import upgrade
from itsdangerous import URLSafeTimedSerializer

from award import create_app
from award.extensions import db, limiter
from award.models import Role, User
from award.security import hash_password
from tests.services import CeleryBeat, CeleryWorker, PostgresCluster, RedisServer, missing

PASSWORD = "correct horse battery staple"
USE_POSTGRES = os.environ.get("AWARD_TEST_DATABASE", "").lower() in {"postgres", "postgresql"}


def pytest_collection_modifyitems(config, items):
    """Tests about PostgreSQL alone (pg_dump, for one) are left out of a SQLite run, not
    skipped: CI allows no skipped test."""
    if USE_POSTGRES:
        return
    left_out = [item for item in items if item.get_closest_marker("postgres_only")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item not in left_out]


@pytest.fixture(scope="session")
def password_hash() -> str:
    return hash_password(PASSWORD)  # argon2 is slow on purpose: hash the test password once


@pytest.fixture(scope="session")
def postgres():
    # Not under pytest's 0700 temp folder: the postgres user must be able to reach it.
    cluster = PostgresCluster(Path(tempfile.mkdtemp(prefix="award-pg-")))
    if cluster.bin is None:
        missing("PostgreSQL", "no initdb under /usr/lib/postgresql/*/bin")
    cluster.start()
    yield cluster
    cluster.stop()
    shutil.rmtree(cluster.workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def database_template(tmp_path_factory, request):
    """Migrate once per session; each test then starts from this migrated, empty database."""
    if USE_POSTGRES:
        cluster = request.getfixturevalue("postgres")
        url = cluster.create_database("award_test")
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('template') / 'award.db'}"
    app = create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": url,
            "INSTANCE_DIR": str(tmp_path_factory.mktemp("template-instance")),
        }
    )
    with app.app_context():
        upgrade()
        db.engine.dispose()
    return url


def _empty_postgres(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        tables = [t.name for t in db.metadata.sorted_tables]
        conn.execute(sa.text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
def database_url(database_template, tmp_path):
    if USE_POSTGRES:
        _empty_postgres(database_template)
        return database_template
    target = tmp_path / "award.db"
    shutil.copy(database_template.removeprefix("sqlite:///"), target)
    return f"sqlite:///{target}"


@pytest.fixture
def make_app(database_url, tmp_path):
    """Build an app on this test's database, with extra settings."""
    apps = []

    def factory(**settings):
        config = {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": database_url,
            "INSTANCE_DIR": str(tmp_path / "instance"),
            "SECRET_KEY": "test-secret-key-" + "x" * 32,
            "PUBLIC_URL": "http://localhost",
            "SERVER_NAME": None,
            # No padding of the account answers, except in the tests that time them.
            "ACCOUNT_ANSWER_SECONDS": 0,
        }
        config.update(settings)
        app = create_app(config)
        app.test_client_class = CSRFClient
        with app.app_context():
            limiter.reset()  # the in-memory limiter's counts must not leak between tests
        apps.append(app)
        return app

    yield factory
    for app in apps:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def app(make_app):
    app = make_app()
    with app.app_context():
        yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


class CSRFClient(FlaskClient):
    """A test client that sends a valid CSRF token with every form, as a browser would
    (`post(..., csrf=False)` sends none), and runs every request in its own app context, as a
    server does. Flask would otherwise reuse the test's app context, sharing `g` (and the
    signed-in user cached there) and the database session between requests."""

    def open(self, *args, **kwargs):
        if has_app_context():
            # End the test's own transaction: it would hold SQLite's write lock, and its
            # objects should show what the request wrote.
            db.session.commit()
        return contextvars.Context().run(super().open, *args, **kwargs)

    def csrf_token(self) -> str:
        with self.session_transaction() as session:
            raw = session.setdefault("csrf_token", os.urandom(20).hex())
        secret = self.application.config["SECRET_KEY"]
        return URLSafeTimedSerializer(secret, salt="wtf-csrf-token").dumps(raw)

    def post(self, *args, csrf: bool = True, **kwargs):
        data = kwargs.get("data")
        if csrf and (data is None or isinstance(data, dict)):
            kwargs["data"] = {"csrf_token": self.csrf_token(), **(data or {})}
        return super().post(*args, **kwargs)


@pytest.fixture
def make_user(app, password_hash):
    counter = iter(range(1, 10_000))

    def factory(email: str | None = None, roles=(Role.NOMINATOR,), verified=True, **fields) -> User:
        from award.database import utcnow

        n = next(counter)
        user = User(
            email=(email or f"user{n}@example.org").lower(),
            name=fields.pop("name", f"Test User {n}"),
            password_hash=password_hash,
            email_verified_at=utcnow() if verified else None,
            **fields,
        )
        for role in roles:
            user.add_role(role)
        db.session.add(user)
        db.session.commit()
        return user

    return factory


def login(client, email: str, password: str = PASSWORD, **extra):
    return client.post("/auth/login", data={"email": email, "password": password, **extra})


@pytest.fixture
def auth(client):
    class Auth:
        def login(self, user_or_email, password: str = PASSWORD, **extra):
            email = getattr(user_or_email, "email", user_or_email)
            response = login(client, email, password, **extra)
            assert response.status_code == 302, "sign-in failed"
            return response

        def logout(self):
            return client.post("/auth/logout")

    return Auth()


def outbox_files(app) -> list[Path]:
    folder = Path(app.config["OUTBOX_DIR"])
    return sorted(folder.glob("*.eml")) if folder.exists() else []


def link_in(text: str, path_prefix: str) -> str:
    match = re.search(r"https?://[^/\s]+(" + re.escape(path_prefix) + r"\S+)", text)
    assert match, f"no link to {path_prefix} in:\n{text}"
    return match.group(1)


@pytest.fixture(scope="session")
def redis_binary():
    if shutil.which("redis-server") is None:
        missing("redis-server", "install it with `apt-get install redis-server`")


@pytest.fixture
def redis_server(redis_binary, tmp_path):
    server = RedisServer(tmp_path / "redis").start()
    yield server
    server.stop()


@pytest.fixture
def celery_worker_factory(tmp_path, database_url):
    workers = []

    def start(
        redis_url: str,
        name: str = "w1",
        options: tuple[str, ...] = (),
        pool: str = "solo",
        include=(),
        **env,
    ) -> CeleryWorker:
        worker = CeleryWorker(
            {
                "REDIS_URL": redis_url,
                "DATABASE_URL": database_url,
                "AWARD_INSTANCE_DIR": str(tmp_path / "instance"),
                "SECRET_KEY": "test-secret-key-" + "x" * 32,
                **env,
            },
            tmp_path / f"celery-{name}.log",
            name=name,
            options=options,
            pool=pool,
            include=tuple(include),
        ).start()
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture
def celery_beat_factory(tmp_path, database_url):
    beats = []

    def start(redis_url: str, name: str = "beat1", **env) -> CeleryBeat:
        beat = CeleryBeat(
            {
                "REDIS_URL": redis_url,
                "DATABASE_URL": database_url,
                "AWARD_INSTANCE_DIR": str(tmp_path / "instance"),
                "SECRET_KEY": "test-secret-key-" + "x" * 32,
                **env,
            },
            tmp_path,
            name=name,
        ).start()
        beats.append(beat)
        return beat

    yield start
    for beat in beats:
        beat.stop()


@contextlib.contextmanager
def serving(app):
    """Serve `app` with a real HTTP server in a thread; its PUBLIC_URL becomes the server's."""
    import threading

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    app.config["PUBLIC_URL"] = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.app = app
    server.url = app.config["PUBLIC_URL"]
    try:
        yield server
    finally:
        server.shutdown()


@pytest.fixture
def live_server(make_app):
    """The app served by a real HTTP server in a thread, for the browser tests."""
    with serving(make_app(PUBLIC_URL="http://127.0.0.1")) as server:
        yield server


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parent.parent / "test-output" / "screenshots"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        missing("Chromium", "install it with `apt-get install chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture(params=["desktop", "phone"])
def page(browser, request):
    viewport = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
    context = browser.new_context(viewport=viewport[request.param])
    page = context.new_page()
    page.device = request.param
    yield page
    context.close()


def check_page(page, name: str) -> None:
    """Screenshot the page and fail on any serious or critical axe-core violation."""
    from axe_playwright_python.sync_playwright import Axe

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{page.device}.png"), full_page=True)
    results = Axe().run(page)
    serious = [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], serious
    # Usable on a phone: nothing wider than the screen.
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
    assert not overflow, f"{name} scrolls sideways on {page.device}"


@pytest.fixture
def make_round(app):
    """A round with two categories, three questions and a one-stage rubric; open by default."""
    from datetime import timedelta

    from award.database import utcnow
    from award.models import Category, Criterion, Phase, Question, Round, Stage

    counter = iter(range(1, 1000))

    def factory(phase=Phase.OPEN, opens=None, closes=None, review_deadline=None, **fields):
        n = next(counter)
        now = utcnow()
        opens = opens or now - timedelta(days=10)
        closes = closes or now + timedelta(days=10)
        round_ = Round(
            name=fields.pop("name", f"Test Award {n}"),
            slug=fields.pop("slug", f"test-{n}"),
            year=2026,
            phase=phase,
            timezone="Europe/Lisbon",
            nominations_open_at=opens,
            nominations_close_at=closes,
            review_deadline=review_deadline or closes + timedelta(days=30),
            **fields,
        )
        round_.categories = [
            Category(slug="ethical-recruitment", name="Ethical recruitment", position=0),
            Category(slug="retention-return", name="Retention and return", position=1),
        ]
        round_.questions = [
            Question(key="summary", label="Short summary", word_limit=50, position=0),
            Question(key="description", label="Description", word_limit=500, position=1),
            Question(key="references", label="References", required=False, position=2),
        ]
        stage = Stage(position=1, name="Review")
        stage.criteria = [
            Criterion(
                key="innovation",
                name="Innovation",
                weight=40,
                position=0,
                descriptors={"1": "Not new", "5": "A first"},
            ),
            Criterion(
                key="impact",
                name="Impact",
                weight=60,
                position=1,
                descriptors={"1": "No evidence", "5": "Strong evidence"},
            ),
        ]
        round_.stages = [stage]
        db.session.add(round_)
        db.session.commit()
        return round_

    return factory
