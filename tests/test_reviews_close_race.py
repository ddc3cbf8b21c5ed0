"""A reviewer saving while the secretariat closes the round (RELIABILITY 31): each save either
commits before the close or is refused with the "closed" message; none lands after it. Real
concurrency: two threads, each with its own HTTP client and so its own database session and
connection, many times over, on SQLite and on PostgreSQL."""

import random
import threading
from datetime import timedelta

import sqlalchemy as sa

from award.database import utcnow
from award.extensions import db
from award.models import (
    AuditEvent,
    DecisionKind,
    Phase,
    Review,
    ReviewRevision,
    Role,
    Round,
)
from award.operations import lifecycle
from tests.conftest import login
from tests.test_assignments import eligible
from tests.test_reviews import assign, reviewer

ITERATIONS = 12
CLOSED = "Reviewing is closed for this round."
SAVED = "Your changes are saved."


def closable_round(make_round, make_user, secretary, n):
    """A round in deliberation, a winner in each category (so it may close), reviews still
    open until next week, and one assignment whose reviewer keeps saving."""
    now = utcnow()
    round_ = make_round(
        phase=Phase.DELIBERATION,
        opens=now - timedelta(days=60),
        closes=now - timedelta(days=30),
        review_deadline=now + timedelta(days=7),
    )
    nominator = make_user(f"nominator{n}@race.example")
    nominations = [eligible(round_, nominator, i) for i in range(2)]
    for i, nomination in enumerate(nominations):
        nomination.category = round_.categories[i]
        db.session.flush()
        lifecycle.record_decision(
            round_, nomination, DecisionKind.WINNER, f"Citation {i}.", secretary, now
        )
    db.session.commit()
    person = reviewer(make_user, round_, email=f"rev{n}@race.example")
    return round_, assign(round_, nominations[0], person), person


def race(app, round_id, assignment, person, secretary):
    """The reviewer saves again and again until refused; meanwhile the secretariat closes."""
    saver, closer = app.test_client(), app.test_client()
    login(saver, person.email)
    login(closer, secretary.email)
    criteria = {c.key: c.id for c in assignment.stage.criteria}
    outcomes: list[str] = []
    closed: list[int] = []
    start = threading.Barrier(2)

    def save() -> None:
        start.wait()
        version = 1
        for i in range(500):
            response = saver.post(
                f"/review/assignments/{assignment.id}",
                data={
                    "version": version,
                    f"score_{criteria['innovation']}": str(1 + i % 5),
                    f"score_{criteria['impact']}": "",
                    "overall_comment": f"Draft number {i}",
                },
            )
            # Judged by the answer to the POST itself: the page it leads to may be gone by the
            # time it is fetched, if the close commits in between.
            with saver.session_transaction() as session:
                told = " ".join(text for _, text in session.pop("_flashes", []))
            if response.status_code == 303 and told == SAVED:
                outcomes.append(SAVED)
                version += 1
                continue
            outcomes.append(CLOSED if response.status_code == 303 and CLOSED in told else told)
            return

    def close() -> None:
        start.wait()
        threading.Event().wait(random.uniform(0, 0.08))
        response = closer.post(
            f"/secretariat/rounds/{round_id}/move",
            data={"target": "decided", "expected": "deliberation", "confirm": "y"},
        )
        closed.append(response.status_code)

    threads = [threading.Thread(target=save), threading.Thread(target=close)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return outcomes, closed


def test_a_save_racing_the_close_lands_before_it_or_is_refused(app, make_round, make_user):
    secretary = make_user("sec@race.example", roles=(Role.SECRETARIAT,))
    refused_after_saves = 0
    for n in range(ITERATIONS):
        round_, assignment, person = closable_round(make_round, make_user, secretary, n)
        db.session.commit()  # hold no transaction (nor SQLite's lock) while the threads run
        outcomes, closed = race(app, round_.id, assignment, person, secretary)
        assert closed == [302]
        *accepted, last = outcomes
        # Every save before the last was stored; the last was refused with the clear message.
        assert set(accepted) <= {SAVED} and last == CLOSED, last
        refused_after_saves += bool(accepted)

        db.session.commit()  # end this session's snapshot to see what the threads wrote
        round_ = db.session.get(Round, round_.id)
        assert round_.phase == Phase.DECIDED and round_.closed_at is not None
        [close] = db.session.scalars(
            sa.select(AuditEvent).where(
                AuditEvent.round_id == round_.id, AuditEvent.action == "round.phase"
            )
        ).all()
        review = db.session.scalar(sa.select(Review).where(Review.assignment_id == assignment.id))
        revisions = (
            db.session.scalars(
                sa.select(ReviewRevision).where(ReviewRevision.review_id == review.id)
            ).all()
            if review
            else []
        )
        assert len(revisions) == len(accepted)  # each accepted save, and nothing else, is kept
        saves = db.session.scalars(
            sa.select(AuditEvent).where(
                AuditEvent.round_id == round_.id, AuditEvent.action == "review.draft_saved"
            )
        ).all()
        assert len(saves) == len(accepted)
        # Nothing of the review was written after the close, by time or by order of writing.
        assert all(s.id < close.id and s.at <= close.at for s in saves)
        assert all(r.created_at <= round_.closed_at for r in revisions)
        if review:
            assert review.updated_at <= round_.closed_at
            assert review.version == len(accepted) + 1
    # The close came in the middle of the saves, not always before the first one.
    assert refused_after_saves >= ITERATIONS // 2
