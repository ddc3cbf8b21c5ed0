"""Declarative base, column types shared by every model, and SQLite connection settings."""

from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

import flask_sqlalchemy.session
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, registry
from sqlalchemy.types import JSON, TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """A timestamp stored in UTC and always read back as an aware UTC datetime, on SQLite too."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; attach a time zone first")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Session(flask_sqlalchemy.session.Session):
    """Runs callbacks queued with `run_after_commit` once commit() has returned, so that a
    callback that fails (a task run eagerly in tests) leaves the committed session usable."""

    def commit(self) -> None:
        super().commit()
        callbacks = self.info.pop(AFTER_COMMIT, [])
        for callback in callbacks:
            callback()

    def rollback(self) -> None:
        self.info.pop(AFTER_COMMIT, None)
        super().rollback()


AFTER_COMMIT = "award_after_commit"


def run_after_commit(session: Session, callback: Any) -> None:
    session.info.setdefault(AFTER_COMMIT, []).append(callback)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    registry = registry(
        metadata=sa.MetaData(naming_convention=NAMING_CONVENTION),
        type_annotation_map={datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()},
    )


def enum_column(enum_cls: type, **kwargs: Any) -> sa.Enum:
    """An enum stored as its value in a VARCHAR with a CHECK constraint, on every database."""
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=True,
        length=24,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
        name=kwargs.pop("name", enum_cls.__name__.lower()),
        **kwargs,
    )


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    """WAL lets readers work while one writer writes; busy_timeout makes a writer wait, not fail;
    the driver's own transaction handling is turned off so that `_sqlite_begin` can take the write
    lock up front where a write is intended (a read transaction that later upgrades to a write
    fails at once under WAL if another writer committed in between)."""
    if type(dbapi_connection).__module__.split(".")[0] not in {"sqlite3", "pysqlite2"}:
        return
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# Set for the duration of a state-changing request or a task (see award/__init__.py and
# workers/celery_app.py). Such transactions take SQLite's write lock up front, waiting for it
# under busy_timeout; reads use a plain BEGIN, which under WAL never blocks a writer.
write_intent: ContextVar[bool] = ContextVar("award_write_intent", default=False)


@event.listens_for(Engine, "begin")
def _sqlite_begin(conn: Any) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write_intent.get() else "BEGIN")
