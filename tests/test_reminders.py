"""Reminders: due at the round's offsets, one e-mail per (person, round, reminder), never for a
closed round, a withdrawn nomination or a finished review; 'send now' and the history."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from award.database import utcnow
from award.extensions import db
from award.models import (
    Assignment,
    NominationStatus,
    OutboxMessage,
    Phase,
    Review,
    ReviewStatus,
    Role,
)
from award.operations import reminders
from tests.conftest import login
from tests.services import wait_until
from tests.test_assignments import council, eligible

DAY = timedelta(days=1)


def reviewer_mails():
    db.session.commit()
    return db.session.scalars(
        sa.select(OutboxMessage)
        .where(OutboxMessage.kind == "reminder_reviewer")
        .order_by(OutboxMessage.id)
    ).all()


@pytest.fixture
def review_round(make_round, make_user):
    now = utcnow()
    round_ = make_round(
        phase=Phase.REVIEW,
        opens=now - 40 * DAY,
        closes=now - 10 * DAY,
        review_deadline=now + 10 * DAY,
        same_country_conflict=False,
    )
    reviewers = council(round_, make_user, count=2)
    nominator = make_user("nom@x.example")
    nominations = [eligible(round_, nominator, i) for i in range(3)]
    for n in nominations:
        for r in reviewers:
            db.session.add(Assignment(stage=round_.stages[0], nomination=n, reviewer=r))
    db.session.commit()
    return round_, reviewers, nominations


@pytest.mark.parametrize(
    "days_before,expected",
    [
        (10, None),
        (6.9, "7d"),
        (2, "2d"),
        (1.5, "2d"),
        (0.5, "1d"),
        (-0.1, "overdue"),
    ],
)
def test_the_due_reminder_is_the_latest_offset_reached(days_before, expected):
    deadline = utcnow()
    now = deadline - timedelta(days=days_before)
    assert reminders.current_offset(deadline, [7, 2, 1, 0], now) == expected


def test_each_reviewer_gets_one_email_listing_everything_outstanding(app, review_round):
    round_, reviewers, nominations = review_round
    at = round_.review_deadline - 2 * DAY
    assert reminders.send_due_reminders(at) == 2
    assert reminders.send_due_reminders(at) == 0  # a second beat tick sends nothing
    assert reminders.send_due_reminders(at + timedelta(hours=1)) == 0
    mails = reviewer_mails()
    assert sorted(m.to_email for m in mails) == sorted(r.email for r in reviewers)
    for mail in mails:
        assert all(n.title in mail.body_text for n in nominations)
        assert "/review/assignments/" in mail.body_text
    assert reminders.send_due_reminders(round_.review_deadline - 0.5 * DAY) == 2  # the 1-day one
    assert reminders.send_due_reminders(round_.review_deadline + DAY) == 2  # overdue
    assert len(reviewer_mails()) == 6


def test_no_reminder_for_finished_reviews_withdrawn_nominations_or_closed_rounds(app, review_round):
    round_, reviewers, nominations = review_round
    done = reviewers[0]
    for assignment in db.session.scalars(
        sa.select(Assignment).where(Assignment.reviewer_id == done.id)
    ):
        db.session.add(
            Review(assignment=assignment, status=ReviewStatus.SUBMITTED, submitted_at=utcnow())
        )
    nominations[0].status = NominationStatus.WITHDRAWN
    nominations[0].withdrawn_at = utcnow()
    db.session.commit()
    reminders.send_due_reminders(round_.review_deadline - 2 * DAY)
    (mail,) = reviewer_mails()
    assert mail.to_email == reviewers[1].email
    assert nominations[0].title not in mail.body_text and nominations[1].title in mail.body_text
    round_.closed_at = utcnow()
    db.session.commit()
    assert reminders.send_due_reminders(round_.review_deadline + DAY) == 0


def test_nominators_with_drafts_are_reminded_before_the_call_closes(app, make_round, make_user):
    from award.models import Nomination

    round_ = make_round()
    person = make_user("drafter@x.example")
    db.session.add(Nomination(round=round_, nominator=person, title="Half done"))
    db.session.commit()
    assert reminders.send_due_reminders(round_.nominations_close_at - 5 * DAY) == 0
    assert reminders.send_due_reminders(round_.nominations_close_at - 2 * DAY) == 1
    assert reminders.send_due_reminders(round_.nominations_close_at - 2 * DAY) == 0
    mail = db.session.scalar(
        sa.select(OutboxMessage).where(OutboxMessage.kind == "reminder_nominator")
    )
    assert "Half done" in mail.body_text and mail.to_email == person.email


def test_secretariat_sends_a_reminder_now_and_sees_the_history(client, review_round, make_user):
    round_, reviewers, _ = review_round
    admin = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    login(client, admin.email)
    client.post(f"/secretariat/rounds/{round_.id}/remind", data={"reviewer_id": reviewers[0].id})
    assert [m.to_email for m in reviewer_mails()] == [reviewers[0].email]
    client.post(f"/secretariat/rounds/{round_.id}/remind")
    page = client.get(f"/secretariat/rounds/{round_.id}/progress").get_data(as_text=True)
    assert "Reminders sent:" in page and "none" not in page.split("Reminders sent:")[1][:80]
    assert len(reviewer_mails()) in (2, 3)  # the same minute: reviewer 0 is not mailed twice


def test_progress_page_is_for_the_secretariat_only(client, review_round):
    round_, reviewers, _ = review_round
    login(client, reviewers[0].email)
    assert client.get(f"/secretariat/rounds/{round_.id}/progress").status_code == 403
    assert client.post(f"/secretariat/rounds/{round_.id}/remind").status_code == 403


@pytest.mark.redis
def test_two_workers_racing_send_one_email_per_reminder(
    make_app, redis_server, celery_worker_factory, review_round
):
    """Two beat ticks on two real workers at once: still one e-mail per reviewer."""
    from award.dispatch import publish

    round_, reviewers, _ = review_round
    round_.review_deadline = utcnow() + 1.5 * DAY  # the 2-day reminder is due
    db.session.commit()
    app = make_app(REDIS_URL=redis_server.url)
    celery_worker_factory(redis_server.url, name="w1")
    celery_worker_factory(redis_server.url, name="w2")
    with app.app_context():
        for _ in range(6):
            publish("workers.tasks.send_reminders")
    assert wait_until(
        lambda: len([m for m in reviewer_mails() if m.status.value == "sent"]) == 2, timeout=30
    )
    import time

    time.sleep(2)
    assert len(reviewer_mails()) == 2
