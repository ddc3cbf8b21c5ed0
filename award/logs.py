"""Logging for the web app and the workers: JSON lines (LOG_FORMAT=json) or plain text, one
handler on the root logger, each line tagged with the request or the Celery task it belongs to."""

import json
import logging
import sys
import time
from datetime import UTC, datetime

import sqlalchemy as sa
from celery import current_task
from flask import Flask, Response, g, has_app_context, has_request_context, request

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
# Attributes every LogRecord has; anything else on a record was passed with `extra=` and is kept.
_RECORD_ATTRIBUTES = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", (), None)).keys() | {"message", "asctime"}
)
access_logger = logging.getLogger("award.access")


def log_context() -> dict:
    """What the current line belongs to: the Celery task running, or the request being served
    and its signed-in user. Reads only what is already loaded: logging never queries."""
    context = {}
    task = current_task
    if task and task.request.id:
        context.update(task_id=task.request.id, task_name=task.name)
    if has_request_context() and has_app_context() and "request_id" in g:
        context["request_id"] = g.request_id
        # Flask-Login caches the user it loaded in g; a request that never looked at the user
        # (a static file) is not made to query for it just to be logged.
        # No attribute of the user is read: after a commit they are expired, and reading one
        # would open a transaction (on SQLite, a write lock in a POST) just to write a log line.
        state = sa.inspect(g.get("_login_user"), raiseerr=False)  # None for anonymous visitors
        if state is not None and state.identity:
            context["user_id"] = state.identity[0]  # the primary key, kept without a query
    return context


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, the context, any `extra=`
    fields, and the traceback of an exception as one string field."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(log_context())
        for key, value in vars(record).items():
            if key not in _RECORD_ATTRIBUTES and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """The plain format, with the request or task id at the end when there is one."""

    def __init__(self) -> None:
        super().__init__(TEXT_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        context = log_context()
        tag = context.get("request_id") or context.get("task_id")
        if not tag:
            return line
        first, newline, rest = line.partition("\n")
        return f"{first} [{tag}]{newline}{rest}"


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time, as logging.lastResort does, so that a
    replaced stderr (pytest's capture, a daemon's redirect) is followed rather than kept."""

    _award = True

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


def configure_logging(log_format: str, level: str = "INFO") -> None:
    """Put one handler with the chosen format on the root logger (replacing the one an earlier
    call put there, so that building the app twice does not print every line twice)."""
    if log_format not in {"json", "text"}:
        raise ValueError(f"LOG_FORMAT must be 'json' or 'text', not {log_format!r}")
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_award", False)]:
        root.removeHandler(handler)
    handler = _StderrHandler()
    handler.setFormatter(JsonFormatter() if log_format == "json" else TextFormatter())
    root.addHandler(handler)
    root.setLevel(level)
    # Alembic's env.py runs fileConfig(), which disables every logger that existed before it
    # (award.access among them) when a migration ran earlier in the same process (the tests).
    for logger in logging.root.manager.loggerDict.values():
        if isinstance(logger, logging.Logger):
            logger.disabled = False
    # Warnings would otherwise be printed to stderr as bare text between the JSON lines.
    logging.captureWarnings(True)


def _logged_path() -> str:
    """The path, with the secret of a signed link (/auth/reset/<token>) kept out of the logs."""
    path = request.path
    token = (request.view_args or {}).get("token")
    if isinstance(token, str) and token:
        path = path.replace(token, "[token]")
    return path


def init_access_log(app: Flask) -> None:
    """One line per request, written when the response is ready (for a streamed download that
    is when streaming starts)."""

    @app.before_request
    def start_clock() -> None:
        g.request_started = time.perf_counter()

    @app.after_request
    def access_line(response: Response) -> Response:
        started = g.get("request_started")
        # The load balancer polls /healthz every few seconds: only its failures are news.
        if request.endpoint == "health.healthz" and response.status_code == 200:
            return response
        duration_ms = round((time.perf_counter() - started) * 1000, 2) if started else None
        path = _logged_path()
        access_logger.info(
            "%s %s %s %sms",
            request.method,
            path,
            response.status_code,
            duration_ms,
            extra={
                "method": request.method,
                "path": path,
                "status": response.status_code,
                "duration_ms": duration_ms,
            },
        )
        return response
