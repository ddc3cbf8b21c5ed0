"""`flask award ...`: administration commands. Each calls operations and commits once."""

import threading
import time

import click
from flask import current_app
from flask.cli import with_appcontext
from werkzeug.serving import run_simple

from award.errors import DomainError
from award.extensions import db
from award.models import Role
from award.operations import accounts


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
    # Not app.run(): Flask refuses to start a server from inside its own CLI.
    run_simple(host, port, app, threaded=True, use_reloader=False, use_debugger=False)
