"""Settings, read from environment variables, with safe defaults for the embedded (SQLite) mode."""

import os
import secrets
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent


class ConfigError(RuntimeError):
    """A setting is missing or unsafe; the message says what to set."""


def _instance_dir() -> Path:
    return Path(os.environ.get("AWARD_INSTANCE_DIR", BASE_DIR / "instance")).resolve()


def _database_url(instance: Path) -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        # The embedded database lives in the instance folder, made on first use.
        instance.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{instance / 'award.db'}"
    # Heroku-style URLs name the old driver; we use psycopg 3.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _dev_secret_key(instance: Path) -> str:
    """A random key kept in the instance folder, so that embedded mode needs no setup and no fixed
    fallback key ever exists."""
    path = instance / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key


def _bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def production_mode() -> bool:
    return _bool("AWARD_PRODUCTION", False) or os.environ.get("FLASK_ENV") == "production"


def log_format(production: bool) -> str:
    """JSON lines for log collectors in production; readable text for `make run`."""
    return os.environ.get("LOG_FORMAT", "json" if production else "text").strip().lower()


class Config:
    """Defaults for every environment. `load()` fills in what depends on the environment."""

    LANGUAGES = ("en", "es", "fr", "pt")
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = "UTC"
    SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_pre_ping": True}
    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_DURATION = timedelta(days=14)
    # A reviewer may spend hours on one review form: the CSRF token lives as long as the session.
    WTF_CSRF_TIME_LIMIT = None
    MAX_CONTENT_LENGTH = 12 * 1024 * 1024
    BOOTSTRAP_SERVE_LOCAL = True
    RATELIMIT_HEADERS_ENABLED = True
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    RATELIMIT_SWALLOW_ERRORS = True
    LOGIN_LIMIT_PER_ACCOUNT = "5 per minute"
    LOGIN_LIMIT_PER_IP = "30 per minute;100 per hour"
    EMAIL_TOKEN_MAX_AGE = 3 * 24 * 3600
    RESET_TOKEN_MAX_AGE = 3600
    FRESH_LOGIN_MINUTES = 15
    # Registering and asking for a reset or verification link answer after this long, whether
    # or not the address has an account (award/auth/views.py): longer than either path takes.
    ACCOUNT_ANSWER_SECONDS = 0.3
    MAIL_BACKEND = "file"
    MAIL_SERVER = "localhost"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False
    MAIL_USERNAME = None
    MAIL_PASSWORD = None
    MAIL_DEFAULT_SENDER = "Award secretariat <noreply@award.example>"
    MAIL_TIMEOUT = 10
    OUTBOX_MAX_ATTEMPTS = 5
    OUTBOX_STALE_SECONDS = 600
    # How often beat looks for due reminders (workers/celery_app.py).
    REMINDER_INTERVAL_SECONDS = 300.0
    # A task a worker took but never acknowledged (the worker was killed) goes back to the queue
    # after this many seconds (docs/workers.md). Longer than any task may run.
    CELERY_VISIBILITY_TIMEOUT = 3600
    # `flask award backup` on PostgreSQL: pg_dump of the server's major version or newer.
    PG_DUMP = "pg_dump"
    PREFERRED_URL_SCHEME = "http"
    SERVER_NAME = None
    PUBLIC_URL = "http://127.0.0.1:5000"
    PRODUCTION = False
    # Each Celery worker writes a heartbeat to Redis this often; /healthz counts a worker as up
    # while its last heartbeat is younger than WORKER_STALE_SECONDS.
    WORKER_HEARTBEAT_SECONDS = 10
    WORKER_STALE_SECONDS = 30

    @classmethod
    def load(cls, overrides: dict | None = None) -> dict:
        """Build the settings dict from the environment, then apply `overrides` (tests)."""
        overrides = dict(overrides or {})
        instance = Path(overrides.pop("INSTANCE_DIR", None) or _instance_dir())
        settings = {k: getattr(cls, k) for k in dir(cls) if k.isupper()}
        production = production_mode()
        production = overrides.pop("PRODUCTION", production)
        redis_url = overrides.pop("REDIS_URL", os.environ.get("REDIS_URL", ""))
        settings.update(
            PRODUCTION=production,
            INSTANCE_DIR=str(instance),
            UPLOAD_DIR=str(instance / "uploads"),
            OUTBOX_DIR=str(instance / "outbox"),
            SQLALCHEMY_DATABASE_URI=_database_url(instance),
            REDIS_URL=redis_url,
            CELERY_EAGER=not redis_url,
            CELERY_VISIBILITY_TIMEOUT=int(
                os.environ.get("CELERY_VISIBILITY_TIMEOUT", cls.CELERY_VISIBILITY_TIMEOUT)
            ),
            RATELIMIT_STORAGE_URI=redis_url or "memory://",
            MAIL_BACKEND=os.environ.get(
                "MAIL_BACKEND", "smtp" if os.environ.get("MAIL_SERVER") else "file"
            ),
            MAIL_SERVER=os.environ.get("MAIL_SERVER", cls.MAIL_SERVER),
            MAIL_PORT=int(os.environ.get("MAIL_PORT", cls.MAIL_PORT)),
            MAIL_USE_TLS=_bool("MAIL_USE_TLS", cls.MAIL_USE_TLS),
            MAIL_USE_SSL=_bool("MAIL_USE_SSL", cls.MAIL_USE_SSL),
            MAIL_USERNAME=os.environ.get("MAIL_USERNAME"),
            MAIL_PASSWORD=os.environ.get("MAIL_PASSWORD"),
            MAIL_DEFAULT_SENDER=os.environ.get("MAIL_DEFAULT_SENDER", cls.MAIL_DEFAULT_SENDER),
            PUBLIC_URL=os.environ.get("PUBLIC_URL", cls.PUBLIC_URL).rstrip("/"),
            PG_DUMP=os.environ.get("PG_DUMP", cls.PG_DUMP),
            OUTBOX_STALE_SECONDS=int(
                os.environ.get("OUTBOX_STALE_SECONDS", cls.OUTBOX_STALE_SECONDS)
            ),
            REMINDER_INTERVAL_SECONDS=float(
                os.environ.get("REMINDER_INTERVAL_SECONDS", cls.REMINDER_INTERVAL_SECONDS)
            ),
            LOG_FORMAT=log_format(production),
            LOG_LEVEL=os.environ.get("LOG_LEVEL", "INFO").strip().upper(),
            # How many reverse proxies stand in front of the app; their X-Forwarded-* headers
            # are believed (ProxyFix) for that many hops, and no further.
            PROXY_HOPS=int(os.environ.get("PROXY_HOPS", "0")),
        )
        secret = overrides.pop("SECRET_KEY", None) or os.environ.get("SECRET_KEY", "")
        if production:
            if not secret or len(secret) < 32:
                raise ConfigError(
                    "SECRET_KEY is not set (or shorter than 32 characters). In production the app "
                    "refuses to start without one: set SECRET_KEY to a long random value, e.g. "
                    "python -c 'import secrets; print(secrets.token_urlsafe(48))'."
                )
            settings.update(
                SESSION_COOKIE_SECURE=True,
                REMEMBER_COOKIE_SECURE=True,
                SESSION_COOKIE_NAME="__Host-session",
                REMEMBER_COOKIE_NAME="__Host-remember",
                PREFERRED_URL_SCHEME="https",
            )
        else:
            secret = secret or _dev_secret_key(instance)
        settings["SECRET_KEY"] = secret
        settings.update(overrides)
        if settings["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
            # SQLite waits for a lock instead of failing at once; see award/database.py for WAL.
            settings["SQLALCHEMY_ENGINE_OPTIONS"] = {"connect_args": {"timeout": 30}}
        elif "SQLALCHEMY_ENGINE_OPTIONS" not in overrides:
            settings["SQLALCHEMY_ENGINE_OPTIONS"] = {
                "pool_pre_ping": True,
                "connect_args": {"connect_timeout": 3},
            }
        return settings
