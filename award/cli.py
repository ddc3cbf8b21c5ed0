"""`flask award ...`: administration commands. Each calls operations and commits once."""

import logging
import threading
import time
from pathlib import Path

import click
import sqlalchemy as sa
from flask import current_app
from flask.cli import with_appcontext
from werkzeug.serving import run_simple

from award.backup import BackupError, backup_database
from award.errors import DomainError
from award.extensions import db
from award.models import Role, Round
from award.operations import accounts, archive, audit


@click.group("award")
def award_cli() -> None:
    """Administration commands for the award platform."""


@award_cli.command("create-admin")
@click.option("--email", prompt=True)
@click.option("--name", prompt=True)
@click.password_option()
@with_appcontext
def create_admin(email: str, name: str, password: str) -> None:
    """Create a secretariat account."""
    try:
        accounts.create_user(
            email, name, password, roles=(Role.SECRETARIAT, Role.NOMINATOR), verified=True
        )
    except DomainError as error:
        raise click.ClickException(error.message) from error
    db.session.commit()
    click.echo(f"Secretariat account created for {accounts.normalise_email(email)}.")


@award_cli.command("demo")
@with_appcontext
def demo() -> None:
    """Seed the demo: three rounds of the Innovations in Health Worker Migration Award. Running it
    again adds nothing."""
    from award.operations.demo import seed_demo  # noqa: PLC0415  (only the CLI needs the demo)

    created = seed_demo()
    db.session.commit()
    click.echo("Demo data created." if created else "Demo data already present; nothing added.")


@award_cli.command("logins")
@with_appcontext
def logins() -> None:
    """Print the demo logins, one per line."""
    from award.operations.demo import demo_logins  # noqa: PLC0415

    for role, email, password in demo_logins():
        click.echo(f"demo login: {role} {email} {password}")


@award_cli.command("backup")
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def backup(target: Path) -> None:
    """Copy the database to TARGET while the site keeps running: SQLite's online backup, or
    pg_dump's custom format for PostgreSQL. Restore as docs/deploy.md says. The uploads folder
    is not in it: copy that after the database."""
    try:
        backup_database(db.engine, target, current_app.config["PG_DUMP"])
    except BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Database backed up to {target}.")


@award_cli.command("export-round")
@click.argument("slug")
@click.argument("target", type=click.Path(dir_okay=False, writable=True, path_type=Path))
@with_appcontext
def export_round(slug: str, target: Path) -> None:
    """Write a round's full archive (data, attachments, checksums) to a ZIP file."""
    round_ = db.session.scalar(sa.select(Round).where(Round.slug == slug))
    if round_ is None:
        raise click.ClickException(f"There is no round with the address “{slug}”.")
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("wb") as out:
            manifest = archive.export_round(round_, out)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    audit.record("round.archived", round_id=round_.id, obj=round_, via="cli")
    db.session.commit()
    rows = sum(manifest["counts"].values())
    click.echo(f"Archived {slug}: {rows} rows and {len(manifest['files'])} files in {target}.")
    for name in manifest["missing_files"]:
        click.echo(f"warning: attachment file {name} was missing and is not in the archive.")


@award_cli.command("import-round")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def import_round(source: Path) -> None:
    """Restore a round from its archive. Refused if the round is already here."""
    try:
        round_ = archive.import_round(source)
    except DomainError as error:
        db.session.rollback()
        raise click.ClickException(error.message) from error
    db.session.commit()
    click.echo(f"Imported {round_.slug} ({round_.name}).")


def _periodic_loop(app, interval: float) -> None:
    """In embedded mode there is no Celery beat: run the periodic tasks in a thread instead."""
    from workers.celery_app import BEAT_SCHEDULE  # noqa: PLC0415

    celery = app.extensions["celery"]
    while True:
        time.sleep(interval)
        for entry in BEAT_SCHEDULE.values():
            try:
                celery.tasks[entry["task"]].apply()
            except Exception:  # keep the loop alive; the error is logged
                app.logger.exception("periodic task %s failed", entry["task"])


@award_cli.command("serve")
@click.option("--host", default="127.0.0.1", envvar="HOST")
@click.option("--port", default=5000, type=int, envvar="PORT")
@with_appcontext
def serve(host: str, port: int) -> None:
    """Serve the app for the embedded mode, with the periodic tasks run in a thread."""
    app = current_app._get_current_object()
    if app.config["CELERY_EAGER"]:
        threading.Thread(target=_periodic_loop, args=(app, 30.0), daemon=True).start()
    click.echo(f"Serving on http://{host}:{port}")
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # award.access writes the access line
    # Not app.run(): Flask refuses to start a server from inside its own CLI.
    run_simple(host, port, app, threaded=True, use_reloader=False, use_debugger=False)
