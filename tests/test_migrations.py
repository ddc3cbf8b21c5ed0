"""Migration 0004 (conflicts keep the system's reason as a key and parameters), both ways, on
the test database (SQLite, or PostgreSQL with AWARD_TEST_DATABASE=postgres): nothing is
rewritten on the way up, and the way down writes each such reason back as English prose."""

import sqlalchemy as sa
from flask_migrate import downgrade, upgrade

from award.database import utcnow
from award.extensions import db
from award.models import ConflictOfInterest, Role
from award.operations import conflicts
from tests.test_conflicts import member, nominate


def reasons() -> list[tuple]:
    return sorted(
        db.session.execute(sa.text("SELECT source, reason FROM conflicts")).tuples().all()
    )


def test_0004_goes_down_with_the_reasons_in_english_and_up_again(app, make_round, make_user):
    round_ = make_round()
    reviewer = member(
        round_, make_user("rev@health.gh.example", roles=(Role.REVIEWER,), organisation="Uni A")
    )
    nominator = make_user("nom@ngo.example")
    nomination = nominate(round_, nominator, 1, nominee_email="lead@health.gh.example")
    conflicts.declare_conflict(reviewer, nominate(round_, nominator, 2), "I advised it.", utcnow())
    assert conflicts.detect_conflicts(round_) == 1
    db.session.commit()
    nomination_id = nomination.id
    assert reasons() == [("declared", "I advised it."), ("email_domain", "")]
    db.session.remove()  # end the read transaction: its locks would block the ALTER TABLEs

    downgrade(revision="0003")
    db.session.remove()
    columns = {c["name"] for c in sa.inspect(db.engine).get_columns("conflicts")}
    assert "system_reason" not in columns
    assert reasons() == [
        ("declared", "I advised it."),
        ("email_domain", "Same e-mail domain (health.gh.example)."),
    ]
    db.session.remove()

    upgrade()
    db.session.remove()
    found = db.session.scalar(
        sa.select(ConflictOfInterest).where(ConflictOfInterest.nomination_id == nomination_id)
    )
    # Rows written back as English stay English prose, shown as they are.
    assert found.system_reason is None
    assert found.reason == "Same e-mail domain (health.gh.example)."
