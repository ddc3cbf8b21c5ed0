"""`flask award backup`: a consistent copy of the database taken while the app keeps writing.
SQLite through its online backup API, PostgreSQL through pg_dump's custom format; docs/deploy.md
says how to restore either."""

import os
import shutil
import sqlite3
import subprocess  # pg_dump only, a fixed program, without a shell  # nosec B404
from pathlib import Path

import sqlalchemy as sa


class BackupError(Exception):
    pass


def backup_database(engine: sa.Engine, target: Path, pg_dump: str = "pg_dump") -> None:
    """Write the database behind `engine` to `target`. The copy is written beside it first and
    moved into place only when complete, so `target` is never a half-written backup."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        if engine.dialect.name == "sqlite":
            _sqlite(engine, partial)
        elif engine.dialect.name == "postgresql":
            _postgres(engine.url, partial, pg_dump)
        else:
            raise BackupError(f"no backup method for {engine.dialect.name}")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def _sqlite(engine: sa.Engine, partial: Path) -> None:
    # One step (pages=-1) copies a single snapshot: under WAL the writers carry on meanwhile,
    # and nothing they commit during the copy is half in it.
    source = engine.raw_connection()
    try:
        with sqlite3.connect(partial) as copy:
            source.driver_connection.backup(copy, pages=-1)
            checked = copy.execute("PRAGMA integrity_check").fetchall()
            orphans = copy.execute("PRAGMA foreign_key_check").fetchall()
        copy.close()
    finally:
        source.close()
    if checked != [("ok",)] or orphans:
        raise BackupError(f"the copy failed its checks: {checked[:3]} {orphans[:3]}")


def _postgres(url: sa.URL, partial: Path, pg_dump: str) -> None:
    # pg_dump reads one snapshot of the whole database; the password goes through the
    # environment, not the command line, where other users of the machine could read it.
    program = shutil.which(pg_dump)
    if program is None:
        raise BackupError(f"{pg_dump} not found; install the PostgreSQL client tools")
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    dsn = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    done = subprocess.run(  # noqa: S603 - a fixed program, arguments as a list  # nosec B603
        [program, "--format=custom", f"--file={partial}", f"--dbname={dsn}"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BackupError(f"pg_dump failed: {done.stderr.strip()[-2000:]}")
