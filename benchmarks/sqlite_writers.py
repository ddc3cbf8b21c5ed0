"""Embedded SQLite under concurrent writers (RELIABILITY 44); prints one JSON object on stdout.

    python benchmarks/sqlite_writers.py [--writers 10] [--seconds 60]

Migrates a fresh SQLite file in a temporary folder (WAL, busy_timeout, foreign keys: the
embedded mode's settings), then runs --writers threads for --seconds, each a browser failing to
sign in again and again: every request reads the account, then writes an audit row (the
read-then-write pattern SQLite refuses with "database is locked" unless the write lock is taken
up front). The same workload as the 10 s test in tests/test_outbox.py
(test_ten_concurrent_writers_never_see_database_is_locked).

requests and rps: answered requests; p50_ms/p99_ms: their latency; not_200: answers other than
the form shown again; locked: log lines or exceptions saying "database is locked" (the target is
0); lost_writes: answered requests without their audit row."""

import argparse
import json
import logging
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.latency import percentiles_ms  # noqa: E402

PASSWORD = "sqlite-writers-passphrase-2026"  # noqa: S105 - a throwaway account


class LockedLines(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage() + (str(record.exc_info[1]) if record.exc_info else "")
        if "database is locked" in text:
            self.count += 1


def build_app(folder: Path):
    from flask_migrate import upgrade

    from award import create_app
    from award.extensions import db
    from award.operations import accounts

    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'award.db'}",
            "INSTANCE_DIR": str(folder / "instance"),
            "SECRET_KEY": "sqlite-writers-benchmark-" + "x" * 32,
            "WTF_CSRF_ENABLED": False,  # the browsers post no token; CSRF is not measured here
            "LOGIN_LIMIT_PER_IP": "10000000 per minute",
            "LOGIN_LIMIT_PER_ACCOUNT": "10000000 per minute",
        }
    )
    with app.app_context():
        upgrade()
        user = accounts.create_user("writer@example.org", "Writer", PASSWORD, verified=True)
        db.session.commit()
        email = user.email
    return app, email


def run(app, email: str, writers: int, seconds: float) -> dict:
    from award.extensions import db
    from award.models import AuditEvent

    latencies: list[float] = []
    statuses: list[int] = []
    errors: list[str] = []
    stop = time.monotonic() + seconds

    def browser() -> None:
        client = app.test_client()
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                response = client.post(
                    "/auth/login", data={"email": email, "password": "wrong password 1"}
                )
            except Exception as exc:  # counted, not raised: the run goes on
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            latencies.append(time.perf_counter() - started)
            statuses.append(response.status_code)

    threads = [threading.Thread(target=browser) for _ in range(writers)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    with app.app_context():
        written = db.session.scalar(
            db.select(db.func.count()).where(AuditEvent.action == "auth.login_failed")
        )
        pragmas = {
            name: db.session.execute(db.text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "busy_timeout", "foreign_keys")
        }
    return {
        "writers": writers,
        "seconds": seconds,
        "requests": len(statuses),
        "rps": round(len(statuses) / elapsed, 1),
        **percentiles_ms(latencies),
        "not_200": len([s for s in statuses if s != 200]),
        "exceptions": errors[:5],
        "lost_writes": len(statuses) - written,
        "pragmas": pragmas,
    }


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args(argv)
    locked = LockedLines()
    logging.getLogger().addHandler(locked)
    with tempfile.TemporaryDirectory(prefix="award-sqlite-writers-") as folder:
        app, email = build_app(Path(folder))
        logging.getLogger().addHandler(locked)  # create_app set logging up afresh
        # One line per request otherwise: the access line and the failed sign-in.
        logging.getLogger("award.access").setLevel(logging.WARNING)
        logging.getLogger("award.security").setLevel(logging.ERROR)
        result = run(app, email, args.writers, args.seconds)
    result["locked"] = locked.count + len([e for e in result["exceptions"] if "locked" in e])
    result["load_average_1min"] = round(os.getloadavg()[0], 2)
    result["cpus"] = len(os.sched_getaffinity(0))
    return result


if __name__ == "__main__":
    print(json.dumps(main()))
