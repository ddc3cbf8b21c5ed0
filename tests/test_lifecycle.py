"""The round's life in the secretariat's hands: created, copied and edited in the browser; moved
phase by phase with checks, confirmation, audit and e-mail; the call opening and closing on its
own; decisions with citations; the announcement (now or scheduled, e-mailed once even when run
twice); the public winners page and showcase."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from award.database import utcnow
from award.errors import DomainError, StateConflict
from award.extensions import db
from award.models import (
    Assignment,
    AuditEvent,
    Decision,
    DecisionKind,
    NominationStatus,
    OutboxMessage,
    Phase,
    Role,
    Round,
)
from award.operations import lifecycle
from tests.conftest import login
from tests.test_assignments import council, eligible

DAY = timedelta(days=1)


@pytest.fixture
def secretary(make_user, client):
    user = make_user("sec@award.example", roles=(Role.SECRETARIAT,))
    login(client, user.email)
    return user


def mails(kind: str | None = None) -> list[OutboxMessage]:
    db.session.commit()
    query = sa.select(OutboxMessage).order_by(OutboxMessage.id)
    if kind:
        query = query.where(OutboxMessage.kind == kind)
    return db.session.scalars(query).all()


def form_data(**overrides):
    data = {
        "name": "Innovations Award 2027",
        "slug": "award-2027",
        "year": "2027",
        "description": "The call.",
        "eligibility": "Anyone.",
        "categories": "Ethical recruitment: fair hiring\nRetention and return",
        "timezone": "Africa/Accra",
        "nominations_open_at": "2027-01-10T09:00",
        "nominations_close_at": "2027-03-31T17:00",
        "review_deadline": "2027-05-15T17:00",
        "auto_advance": "y",
        "reviewers_per_nomination": "3",
        "reviewer_load_cap": "10",
        "same_country_conflict": "y",
        "reviewer_reminder_days": "7, 2, 0",
        "nominator_reminder_days": "3, 1",
        "disagreement_threshold": "25",
        "ranking_method": "calibrated",
        "top_n": "3",
    }
    data.update(overrides)
    return data


# --- setting up ---------------------------------------------------------------------------


def test_a_round_is_created_in_the_browser_as_a_draft_with_the_standard_form(client, secretary):
    response = client.post("/secretariat/rounds/new", data=form_data())
    assert response.status_code == 302
    round_ = db.session.scalar(sa.select(Round).where(Round.slug == "award-2027"))
    assert round_.phase == Phase.DRAFT
    assert [c.name for c in round_.categories] == ["Ethical recruitment", "Retention and return"]
    assert round_.categories[0].description == "fair hiring"
    # Dates typed in the round's zone (Accra is UTC+0 all year) are stored in UTC.
    assert round_.nominations_close_at.isoformat() == "2027-03-31T17:00:00+00:00"
    assert round_.reviewer_reminder_days == [7, 2, 0]
    assert round_.ranking_method == "calibrated"
    assert round_.questions and round_.stages[0].criteria  # standard form and WHO Code rubric
    assert db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "round.created"))
    page = client.get(response.headers["Location"])
    assert b"Next: open" in page.data


@pytest.mark.parametrize(
    "overrides,message",
    [
        ({"slug": "Bad Slug!"}, b"Use lower-case letters"),
        ({"nominations_close_at": "2027-01-01T00:00"}, b"The call must close after it opens"),
        ({"review_deadline": "2027-03-01T00:00"}, b"cannot come before the call closes"),
        ({"reviewer_reminder_days": "7, soon"}, b"is not a number of days"),
        ({"categories": ""}, b"at least one category"),
        ({"top_n": "0"}, b"Number must be between 1 and 100"),
    ],
)
def test_a_bad_round_form_is_shown_again_with_the_reason_and_nothing_saved(
    client, secretary, overrides, message
):
    response = client.post("/secretariat/rounds/new", data=form_data(**overrides))
    assert response.status_code == 200
    assert message in response.data
    assert b'value="Innovations Award 2027"' in response.data  # what was typed is kept
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Round)) == 0


def test_a_taken_address_is_refused(client, secretary, make_round):
    make_round(slug="award-2027")
    response = client.post("/secretariat/rounds/new", data=form_data(), follow_redirects=True)
    assert b"already uses the address" in response.data
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Round)) == 1


def test_copying_a_round_takes_its_setup_but_not_its_nominations(
    client, secretary, make_round, make_user
):
    source = make_round(phase=Phase.ANNOUNCED, announced_at=utcnow(), blind_review=True)
    eligible(source, make_user("n@x.example"), 1)
    response = client.post(
        "/secretariat/rounds/copy",
        data={
            "source": source.id,
            "name": "Next year",
            "slug": "next-year",
            "year": "2027",
            "nominations_open_at": "2027-01-10T09:00",
            "nominations_close_at": "2027-03-31T17:00",
            "review_deadline": "2027-05-15T17:00",
        },
    )
    assert response.status_code == 302
    copy = db.session.scalar(sa.select(Round).where(Round.slug == "next-year"))
    assert copy.phase == Phase.DRAFT and copy.copied_from_id == source.id
    assert copy.blind_review is True
    assert [c.slug for c in copy.categories] == [c.slug for c in source.categories]
    assert [q.key for q in copy.questions] == [q.key for q in source.questions]
    assert [c.key for c in copy.stages[0].criteria] == [c.key for c in source.stages[0].criteria]
    assert copy.stages[0].rubric_locked_at is None
    assert db.session.scalar(sa.select(sa.func.count()).where(Round.id == copy.id)) == 1
    assert not db.session.execute(
        sa.text("SELECT 1 FROM nominations WHERE round_id = :r"), {"r": copy.id}
    ).first()


def test_a_time_the_clocks_skip_is_refused_on_the_round_and_copy_forms(
    client, secretary, make_round
):
    """Lisbon's clocks jump from 01:00 to 02:00 on 28 March 2027: 01:30 never happens there.
    Stored as typed it would quietly become 02:30; the form says so instead (RELIABILITY 30)."""
    skipped = "There is no 01:30 on 28 March 2027 in Europe/Lisbon: the clocks go forward"
    new = client.post(
        "/secretariat/rounds/new",
        data=form_data(timezone="Europe/Lisbon", nominations_close_at="2027-03-28T01:30"),
    )
    assert new.status_code == 200 and skipped in new.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Round)) == 0
    source = make_round(phase=Phase.ANNOUNCED, announced_at=utcnow())
    copy = client.post(
        "/secretariat/rounds/copy",
        data={
            "source": source.id,
            "name": "Next year",
            "slug": "next-year",
            "nominations_open_at": "2027-01-10T09:00",
            "nominations_close_at": "2027-03-28T01:30",
            "review_deadline": "2027-05-15T17:00",
        },
    )
    assert copy.status_code == 200 and skipped in copy.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Round)) == 1
    # In New York the same reading exists: nothing to refuse.
    fine = client.post(
        "/secretariat/rounds/new",
        data=form_data(timezone="America/New_York", nominations_close_at="2027-03-28T01:30"),
    )
    assert fine.status_code == 302


def test_editing_renames_categories_in_place_and_refuses_to_drop_a_used_one(
    client, secretary, make_round, make_user
):
    round_ = make_round(phase=Phase.OPEN)
    nomination = eligible(round_, make_user("n@x.example"), 1)
    used = nomination.category
    page = client.get(f"/secretariat/rounds/{round_.id}/edit")
    assert b"Ethical recruitment" in page.data
    data = form_data(slug=round_.slug, categories="Fair recruitment\nRetention and return")
    client.post(f"/secretariat/rounds/{round_.id}/edit", data=data)
    db.session.expire_all()
    assert db.session.get(Round, round_.id).categories[0].name == "Fair recruitment"
    only_other = "Retention and return" if used.position == 0 else "Fair recruitment"
    response = client.post(
        f"/secretariat/rounds/{round_.id}/edit",
        data=form_data(slug=round_.slug, categories=only_other),
        follow_redirects=True,
    )
    db.session.expire_all()
    if used.position == 1:
        assert b"cannot be removed" in response.data
        assert len(db.session.get(Round, round_.id).categories) == 2


def test_review_settings_freeze_once_review_begins(client, secretary, make_round):
    round_ = make_round(phase=Phase.REVIEW, closes=utcnow() - DAY)
    response = client.post(
        f"/secretariat/rounds/{round_.id}/edit",
        data=form_data(slug=round_.slug, reviewers_per_nomination="5"),
        follow_redirects=True,
    )
    assert b"can no longer change: reviewers per nomination" in response.data
    db.session.expire_all()
    assert db.session.get(Round, round_.id).reviewers_per_nomination == 3


# --- phases -------------------------------------------------------------------------------


def test_a_phase_cannot_be_skipped(app, make_round, secretary):
    round_ = make_round(phase=Phase.DRAFT, opens=utcnow() - DAY)
    with pytest.raises(StateConflict, match="Phases are taken in order"):
        lifecycle.move(round_, Phase.REVIEW, secretary, utcnow())
    db.session.rollback()
    assert db.session.get(Round, round_.id).phase == Phase.DRAFT


def test_the_call_closes_only_after_its_deadline(app, make_round, secretary):
    round_ = make_round(phase=Phase.OPEN)
    with pytest.raises(StateConflict, match="still open"):
        lifecycle.move(round_, Phase.SCREENING, secretary, utcnow())


def test_review_needs_screening_done_a_rubric_and_assignments(
    app, make_round, make_user, secretary
):
    now = utcnow()
    round_ = make_round(phase=Phase.SCREENING, opens=now - 20 * DAY, closes=now - DAY)
    nominator = make_user("n@x.example")
    waiting = eligible(round_, nominator, 1)
    waiting.status = NominationStatus.SUBMITTED
    db.session.commit()
    found = lifecycle.problems(round_, Phase.REVIEW, now)
    assert "1 nomination(s) still wait for screening." in found
    assert "No nomination has been found eligible." in found
    waiting.status = NominationStatus.ELIGIBLE
    db.session.commit()
    assert lifecycle.problems(round_, Phase.REVIEW, now) == [
        "1 eligible nomination(s) have no reviewer assigned."
    ]
    reviewer = council(round_, make_user, count=1)[0]
    db.session.add(Assignment(stage=round_.stages[0], nomination=waiting, reviewer=reviewer))
    db.session.commit()
    assert lifecycle.move(round_, Phase.REVIEW, secretary, now) == 1  # the reviewer is told
    db.session.commit()
    assert round_.stages[0].rubric_locked_at is not None
    [mail] = mails("phase_changed")
    assert mail.to_email == reviewer.email and "Review is open" in mail.subject


def test_moving_is_confirmed_audited_and_a_second_click_changes_nothing(
    client, make_round, make_user, secretary
):
    now = utcnow()
    round_ = make_round(phase=Phase.OPEN, opens=now - 20 * DAY, closes=now - DAY)
    eligible(round_, make_user("n@x.example"), 1)
    data = {"target": "screening", "expected": "open"}
    refused = client.post(f"/secretariat/rounds/{round_.id}/move", data=data)
    assert refused.status_code == 302
    db.session.expire_all()
    assert db.session.get(Round, round_.id).phase == Phase.OPEN  # not confirmed: no move
    client.post(f"/secretariat/rounds/{round_.id}/move", data={**data, "confirm": "y"})
    again = client.post(
        f"/secretariat/rounds/{round_.id}/move",
        data={**data, "confirm": "y"},
        follow_redirects=True,
    )
    assert b"moved to the screening phase meanwhile" in again.data
    db.session.expire_all()
    assert db.session.get(Round, round_.id).phase == Phase.SCREENING
    events = db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.action == "round.phase")
    ).all()
    assert [(e.data["before"], e.data["after"]) for e in events] == [("open", "screening")]
    [mail] = mails("phase_changed")
    assert mail.to_email == "n@x.example" and "call has closed" in mail.subject


def test_the_call_opens_and_closes_on_its_own(app, make_round, make_user):
    now = utcnow()
    opening = make_round(phase=Phase.DRAFT, opens=now - DAY, closes=now + 9 * DAY)
    closing = make_round(phase=Phase.OPEN, opens=now - 9 * DAY, closes=now - DAY)
    manual = make_round(phase=Phase.OPEN, opens=now - 9 * DAY, closes=now - DAY, auto_advance=False)
    future = make_round(phase=Phase.DRAFT, opens=now + DAY, closes=now + 9 * DAY)
    moved = lifecycle.advance_due_rounds(now)
    db.session.commit()
    assert sorted(moved) == sorted([(opening.slug, "open"), (closing.slug, "screening")])
    assert lifecycle.advance_due_rounds(now) == []  # the next tick finds nothing to do
    db.session.expire_all()
    assert db.session.get(Round, manual.id).phase == Phase.OPEN
    assert db.session.get(Round, future.id).phase == Phase.DRAFT
    automatic = db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.action == "round.phase")
    ).all()
    assert all(e.actor_id is None and e.data["automatic"] for e in automatic)


# --- decisions and announcement -------------------------------------------------------------


@pytest.fixture
def deliberating(make_round, make_user):
    now = utcnow()
    round_ = make_round(
        phase=Phase.DELIBERATION,
        opens=now - 60 * DAY,
        closes=now - 30 * DAY,
        review_deadline=now - DAY,
        slug="award-2026",
    )
    reviewers = council(round_, make_user, count=2)
    nominators = [make_user(f"nominator{i}@x.example") for i in range(4)]
    nominations = [eligible(round_, nominators[i], i) for i in range(4)]
    for i, n in enumerate(nominations):
        n.category = round_.categories[i % 2]
        n.consent_showcase = i == 3
        for r in reviewers:
            db.session.add(Assignment(stage=round_.stages[0], nomination=n, reviewer=r))
    ineligible = eligible(round_, nominators[0], 9)
    ineligible.status = NominationStatus.INELIGIBLE
    db.session.commit()
    return round_, reviewers, nominations, ineligible


def decide_all(round_, nominations, secretary):
    now = utcnow()
    lifecycle.record_decision(
        round_, nominations[0], DecisionKind.WINNER, "For fair hiring.", secretary, now
    )
    lifecycle.record_decision(
        round_, nominations[1], DecisionKind.WINNER, "For return.", secretary, now
    )
    lifecycle.record_decision(
        round_, nominations[2], DecisionKind.RUNNER_UP, "Close second.", secretary, now
    )
    db.session.commit()


def test_a_decision_needs_an_eligible_nomination_and_a_citation(app, deliberating, secretary):
    round_, _, nominations, ineligible = deliberating
    now = utcnow()
    with pytest.raises(StateConflict, match="this one is ineligible"):
        lifecycle.record_decision(round_, ineligible, DecisionKind.WINNER, "x", secretary, now)
    nominations[1].status = NominationStatus.WITHDRAWN
    nominations[1].withdrawn_at = now
    with pytest.raises(StateConflict, match="this one is withdrawn"):
        lifecycle.record_decision(round_, nominations[1], DecisionKind.WINNER, "x", secretary, now)
    with pytest.raises(DomainError, match="Write the citation"):
        lifecycle.record_decision(round_, nominations[0], DecisionKind.WINNER, " ", secretary, now)
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Decision)) == 0


def test_deciding_in_the_browser_then_closing_locks_decisions(client, deliberating, secretary):
    round_, _, nominations, _ = deliberating
    page = client.get(f"/secretariat/rounds/{round_.id}/decisions")
    assert page.status_code == 200 and nominations[0].title.encode() in page.data
    response = client.post(
        f"/secretariat/rounds/{round_.id}/decisions",
        data={"nomination_id": nominations[0].id, "kind": "winner", "citation": "Bold."},
        follow_redirects=True,
    )
    assert b"Recorded" in response.data
    # Closing needs a winner in every category that has eligible nominations.
    move = {"target": "decided", "expected": "deliberation", "confirm": "y"}
    refused = client.post(f"/secretariat/rounds/{round_.id}/move", data=move, follow_redirects=True)
    assert b"No winner yet in: Retention and return" in refused.data
    client.post(
        f"/secretariat/rounds/{round_.id}/decisions",
        data={"nomination_id": nominations[1].id, "kind": "winner", "citation": "Brave."},
    )
    client.post(f"/secretariat/rounds/{round_.id}/move", data=move)
    db.session.expire_all()
    round_ = db.session.get(Round, round_.id)
    assert round_.phase == Phase.DECIDED and round_.closed_at is not None
    late = client.post(
        f"/secretariat/rounds/{round_.id}/decisions",
        data={"nomination_id": nominations[2].id, "kind": "runner_up", "citation": "Late."},
        follow_redirects=True,
    )
    assert b"The round is closed" in late.data
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Decision)) == 2


def test_announcing_emails_everyone_once_even_when_run_twice(app, deliberating, secretary):
    round_, reviewers, nominations, ineligible = deliberating
    decide_all(round_, nominations, secretary)
    now = utcnow()
    lifecycle.move(round_, Phase.DECIDED, secretary, now)
    db.session.commit()
    mails_before = len(mails())
    lifecycle.move(round_, Phase.ANNOUNCED, secretary, now)
    db.session.commit()
    with pytest.raises(StateConflict, match="already in the announced phase"):
        lifecycle.move(round_, Phase.ANNOUNCED, secretary, now)
    db.session.rollback()
    assert lifecycle.queue_announcement_emails(round_) == 0  # a re-run task adds nothing
    db.session.commit()
    sent = mails()[mails_before:]
    by_address = sorted((m.to_email, m.kind) for m in sent)
    assert by_address == sorted(
        [
            ("nominator0@x.example", "winner"),
            ("nominator0@x.example", "outcome"),  # their ineligible nomination
            ("nominator1@x.example", "winner"),
            ("nominator2@x.example", "winner"),  # runner-up
            ("nominator3@x.example", "outcome"),
            *[(r.email, "results_council") for r in reviewers],
        ]
    )
    winner = next(m for m in sent if m.to_email == "nominator0@x.example" and m.kind == "winner")
    assert (
        "For fair hiring." in winner.body_text and "/calls/award-2026/winners" in winner.body_text
    )
    runner_up = next(m for m in sent if m.to_email == "nominator2@x.example")
    assert "runner-up" in runner_up.body_text
    thanks = next(m for m in sent if m.to_email == "nominator3@x.example")
    assert "not among this year's winners" in thanks.body_text


def test_announcement_needs_decisions_and_a_decided_round(app, deliberating, secretary):
    round_, *_ = deliberating
    with pytest.raises(StateConflict, match="Phases are taken in order"):
        lifecycle.move(round_, Phase.ANNOUNCED, secretary, utcnow())


def test_a_scheduled_announcement_goes_out_when_due_and_only_then(client, deliberating, secretary):
    round_, _, nominations, _ = deliberating
    decide_all(round_, nominations, secretary)
    now = utcnow()
    lifecycle.move(round_, Phase.DECIDED, secretary, now)
    db.session.commit()
    local = (now + 2 * DAY).astimezone(__import__("zoneinfo").ZoneInfo(round_.timezone))
    response = client.post(
        f"/secretariat/rounds/{round_.id}/announce",
        data={"when": local.strftime("%Y-%m-%dT%H:%M"), "confirm": "y"},
        follow_redirects=True,
    )
    assert b"The announcement is scheduled" in response.data
    assert client.get("/calls/award-2026/winners").status_code == 404
    assert lifecycle.advance_due_rounds(now + DAY) == []
    assert lifecycle.advance_due_rounds(now + 3 * DAY) == [("award-2026", "announced")]
    db.session.commit()
    assert lifecycle.advance_due_rounds(now + 4 * DAY) == []
    assert client.get("/calls/award-2026/winners").status_code == 200
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "round.announced"))
    assert event.actor_id is None and event.data["automatic"] is True


def test_a_past_time_is_refused_for_a_scheduled_announcement(client, deliberating, secretary):
    round_, _, nominations, _ = deliberating
    decide_all(round_, nominations, secretary)
    lifecycle.move(round_, Phase.DECIDED, secretary, utcnow())
    db.session.commit()
    response = client.post(
        f"/secretariat/rounds/{round_.id}/announce",
        data={"when": "2020-01-01T10:00", "confirm": "y"},
        follow_redirects=True,
    )
    assert b"Choose a time in the future" in response.data
    db.session.expire_all()
    assert db.session.get(Round, round_.id).announce_at is None


# --- what the public sees -------------------------------------------------------------------


def test_winners_page_and_showcase_show_only_announced_results(
    client, app, deliberating, secretary
):
    round_, _, nominations, ineligible = deliberating
    decide_all(round_, nominations, secretary)
    assert client.get("/calls/award-2026/winners").status_code == 404
    showcase = client.get("/showcase")
    assert nominations[0].title.encode() not in showcase.data  # not announced yet
    lifecycle.move(round_, Phase.DECIDED, secretary, utcnow())
    lifecycle.move(round_, Phase.ANNOUNCED, secretary, utcnow())
    db.session.commit()
    page = client.get("/calls/award-2026/winners")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "For fair hiring." in text and "Close second." in text
    assert nominations[0].nominee_name in text
    showcase = client.get("/showcase").get_data(as_text=True)
    assert nominations[0].title in showcase  # a winner
    assert nominations[3].title in showcase  # eligible, nominator consented
    assert ineligible.title not in showcase
    filtered = client.get(f"/showcase?category={round_.categories[1].slug}").get_data(as_text=True)
    assert nominations[1].title in filtered and nominations[0].title not in filtered
    searched = client.get("/showcase?q=" + nominations[3].title[:12]).get_data(as_text=True)
    assert nominations[3].title in searched and nominations[0].title not in searched
    assert client.get("/showcase?year=banana&country=XX").status_code == 200  # ignored


def test_reviewers_and_nominators_cannot_reach_round_management(client, make_user, make_round):
    round_ = make_round()
    reviewer = make_user("r@x.example", roles=(Role.REVIEWER,))
    login(client, reviewer.email)
    for url in (
        "/secretariat/rounds/new",
        f"/secretariat/rounds/{round_.id}",
        f"/secretariat/rounds/{round_.id}/edit",
        f"/secretariat/rounds/{round_.id}/decisions",
    ):
        assert client.get(url).status_code == 403
    response = client.post(
        f"/secretariat/rounds/{round_.id}/move",
        data={"target": "screening", "expected": "open", "confirm": "y"},
    )
    assert response.status_code == 403


def test_the_secretariat_drills_down_from_a_ranking_to_each_review(client, deliberating, secretary):
    from award.models import Review, ReviewStatus, Score

    round_, reviewers, nominations, _ = deliberating
    assignment = db.session.scalar(
        sa.select(Assignment).where(
            Assignment.nomination_id == nominations[0].id,
            Assignment.reviewer_id == reviewers[0].id,
        )
    )
    review = Review(
        assignment=assignment,
        status=ReviewStatus.SUBMITTED,
        total=72.5,
        overall_comment="Convincing evidence from two countries.",
        submitted_at=utcnow(),
    )
    for criterion, value in zip(round_.stages[0].criteria, (4, 3), strict=True):
        review.scores.append(Score(criterion=criterion, value=value, comment=f"on {criterion.key}"))
    db.session.add(review)
    db.session.commit()
    page = client.get(f"/secretariat/nominations/{nominations[0].id}").get_data(as_text=True)
    assert reviewers[0].name in page and "72.5" in page
    assert "Convincing evidence from two countries." in page and "on impact" in page
    assert reviewers[1].name in page and "not submitted" in page
