"""Reviewing: the dashboard, reading a nomination (blind or not), scoring with drafts, submission,
revisions until the deadline, autosave, two tabs, expired sessions, other reviews, and the
deliberation thread with its batched e-mail."""

import html
import re
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from award.database import utcnow
from award.extensions import db
from award.models import (
    Assignment,
    Attachment,
    AuditEvent,
    OutboxMessage,
    Phase,
    RankingEntry,
    RankingSnapshot,
    Review,
    ReviewRevision,
    ReviewStatus,
    Role,
    Round,
)
from award.operations import reviews as ops
from award.operations.reviews import ReviewInput
from award.templating import format_when
from tests.conftest import login
from tests.test_assignments import eligible
from tests.test_conflicts import member

# --- set-up ----------------------------------------------------------------------------------


def review_round(make_round, phase=Phase.REVIEW, deadline_in=timedelta(days=10), **fields):
    now = utcnow()
    return make_round(
        phase=phase,
        opens=now - timedelta(days=60),
        closes=now - timedelta(days=30),
        review_deadline=now + deadline_in,
        **fields,
    )


def reviewer(make_user, round_, email="rev@council.example", **fields):
    user = make_user(email, roles=(Role.REVIEWER,), **fields)
    member(round_, user)
    return user


def assign(round_, nomination, user):
    assignment = Assignment(stage=round_.stages[0], nomination=nomination, reviewer=user)
    db.session.add(assignment)
    db.session.commit()
    return assignment


@pytest.fixture
def setting(client, make_round, make_user):
    """A round under review, one nomination, two reviewers assigned; the first signed in."""
    round_ = review_round(make_round)
    nominator = make_user("nominator@ngo.example", organisation="Care Abroad")
    nomination = eligible(round_, nominator, 1, title="Nurses return home", country="KE")
    first = reviewer(make_user, round_)
    second = reviewer(make_user, round_, email="second@council.example")
    a1, a2 = assign(round_, nomination, first), assign(round_, nomination, second)
    login(client, first.email)

    class S:
        pass

    s = S()
    s.round, s.nomination, s.nominator = round_, nomination, nominator
    s.me, s.other, s.mine, s.theirs = first, second, a1, a2
    s.innovation, s.impact = round_.stages[0].criteria
    return s


def form(s, version=1, **values):
    data = {
        "version": version,
        f"score_{s.innovation.id}": "",
        f"comment_{s.innovation.id}": "",
        f"score_{s.impact.id}": "",
        f"comment_{s.impact.id}": "",
        "overall_comment": "",
    }
    data.update(values)
    return data


def complete(s, version=1, **values):
    return form(
        s,
        version,
        **{
            f"score_{s.innovation.id}": "4",
            f"score_{s.impact.id}": "5",
            "overall_comment": "A convincing programme.",
            "recommendation": "support",
            "confidence": "4",
            "submit": "Submit review",
            **values,
        },
    )


def url(assignment):
    return f"/review/assignments/{assignment.id}"


def review_of(assignment):
    db.session.expire_all()
    return db.session.scalar(sa.select(Review).where(Review.assignment_id == assignment.id))


def revisions(review):
    return db.session.scalars(
        sa.select(ReviewRevision)
        .where(ReviewRevision.review_id == review.id)
        .order_by(ReviewRevision.version)
    ).all()


# --- the dashboard ---------------------------------------------------------------------------


def test_dashboard_shows_each_review_state_the_deadline_in_my_zone_and_progress(
    client, make_round, make_user
):
    round_ = review_round(make_round)
    nominator = make_user("nom@ngo.example")
    nominations = [eligible(round_, nominator, i, title=f"Project {i}") for i in range(3)]
    me = reviewer(make_user, round_, timezone="America/New_York")
    assignments = [assign(round_, n, me) for n in nominations]
    login(client, me.email)
    stage = round_.stages[0]
    innovation, impact = stage.criteria
    # One draft and one submitted review through the operations.
    for assignment, submit in ((assignments[1], False), (assignments[2], True)):
        review = ops.get_or_create_review(assignment)
        data = ReviewInput(
            scores={innovation.id: 3, impact.id: 4},
            recommendation=ops.Recommendation.SUPPORT,
            confidence=3,
        )
        (ops.submit_review if submit else ops.save_review)(review, data, me, utcnow(), 1)
    db.session.commit()

    page = client.get("/review/").get_data(as_text=True)
    assert all(f"Project {i}" in page for i in range(3))
    assert "not started" in page and "draft" in page and "submitted" in page
    assert format_when(round_.review_deadline, "America/New_York") in page
    assert "EST" in page or "EDT" in page
    assert re.search(r"\d+ days?, \d+ h left", page)
    assert '<progress id="progress-' in page and 'max="3" value="1"' in page
    assert "1 of 3 submitted" in page


def test_a_conflicted_nomination_never_appears_on_the_dashboard(setting, client):
    from award.models import ConflictOfInterest, ConflictSource

    # A conflict recorded by detection, with the assignment left in place.
    db.session.add(
        ConflictOfInterest(
            nomination_id=setting.nomination.id,
            reviewer_id=setting.me.id,
            source=ConflictSource.ORGANISATION,
            reason="Same organisation.",
        )
    )
    db.session.commit()
    page = client.get("/review/").get_data(as_text=True)
    assert "Nurses return home" not in page
    assert client.get(url(setting.mine)).status_code == 404


def test_dashboard_loads_in_a_constant_number_of_queries(client, app, make_round, make_user):
    round_ = review_round(make_round)
    nominator = make_user("nom@ngo.example")
    me = reviewer(make_user, round_)
    login(client, me.email)

    def count() -> int:
        statements = []

        def listener(conn, cursor, statement, *args):
            statements.append(statement)

        with app.app_context():
            engine = db.engine
        event.listen(engine, "before_cursor_execute", listener)
        try:
            assert client.get("/review/").status_code == 200
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        return len(statements)

    assign(round_, eligible(round_, nominator, 0), me)
    one = count()
    for i in range(1, 6):
        assignment = assign(round_, eligible(round_, nominator, i), me)
        if i % 2:
            ops.save_review(
                ops.get_or_create_review(assignment),
                ReviewInput(scores={round_.stages[0].criteria[0].id: 2}),
                me,
                utcnow(),
                1,
            )
            db.session.commit()
    assert count() == one


# --- reading a nomination --------------------------------------------------------------------


def attach(nomination, name="Jane-Doe-CV.pdf"):
    attachment = Attachment(
        nomination=nomination,
        original_name=name,
        stored_name=f"{nomination.id}-{name}"[:64],
        content_type="application/pdf",
        size_bytes=2048,
        sha256="0" * 64,
    )
    db.session.add(attachment)
    db.session.commit()
    return attachment


def test_the_page_shows_everything_submitted_with_downloads_and_a_conflict_button(setting, client):
    from award.models import Answer

    question = setting.round.questions[0]
    db.session.add(Answer(nomination=setting.nomination, question=question, value="We train."))
    db.session.commit()
    attachment = attach(setting.nomination)
    page = client.get(url(setting.mine)).get_data(as_text=True)
    assert "Nurses return home" in page and "We train." in page
    assert "Nominee 1" in page and setting.nominator.email in page
    assert f"/nominations/attachments/{attachment.id}" in page or (
        f"attachments/{attachment.id}" in page
    )
    assert "Jane-Doe-CV.pdf" in page
    assert f"/review/nominations/{setting.nomination.id}/conflict" in page
    # The criteria with their descriptors, as labelled choices.
    assert "4 – " not in page  # no descriptor for level 4: just the number
    assert "1 – Not new" in page and "5 – Strong evidence" in page
    assert 'src="/static/js/review.js"' in page


def test_a_blind_round_hides_who_nominated_and_who_is_nominated(client, make_round, make_user):
    round_ = review_round(make_round, blind_review=True)
    nominator = make_user("nominator@ngo.example", name="Nora Nominator", organisation="Care Co")
    nomination = eligible(
        round_,
        nominator,
        1,
        nominee_name="Jane Doe",
        nominee_email="jane@hospital.example",
        nominee_organisation="St Mary Hospital",
    )
    attach(nomination, "Jane-Doe-CV.pdf")
    me = reviewer(make_user, round_)
    assignment = assign(round_, nomination, me)
    login(client, me.email)
    page = client.get(url(assignment)).get_data(as_text=True)
    for secret in (
        "Jane Doe",
        "jane@hospital.example",
        "St Mary Hospital",
        "Nora Nominator",
        "nominator@ngo.example",
        "Care Co",
        "Jane-Doe-CV",
    ):
        assert secret not in page, secret
    assert "File 1" in page and "reviewed blind" in page


def test_someone_elses_assignment_is_not_found(setting, client):
    assert client.get(url(setting.theirs)).status_code == 404
    response = client.post(url(setting.theirs), data=form(setting, save="Save draft"))
    assert response.status_code == 404
    assert review_of(setting.theirs) is None


# --- scoring ---------------------------------------------------------------------------------


def test_a_partly_filled_draft_is_saved_with_its_weighted_total(setting, client):
    data = form(setting, **{f"score_{setting.impact.id}": "4", "save": "Save draft"})
    data["overall_comment"] = "Promising, evidence thin."
    response = client.post(url(setting.mine), data=data)
    assert response.status_code == 303
    review = review_of(setting.mine)
    assert review.status == ReviewStatus.DRAFT
    assert review.overall_comment == "Promising, evidence thin."
    # Only Impact answered: (4-1)/(5-1) = 75.
    assert review.total == 75.0
    page = client.get(url(setting.mine)).get_data(as_text=True)
    assert "Promising, evidence thin." in page and "Your changes are saved" in page
    assert re.search(rf'value="4"[^>]*checked[^>]*name="score_{setting.impact.id}"', page) or (
        re.search(rf'checked[^>]*name="score_{setting.impact.id}"[^>]*value="4"', page)
    )


def test_weighted_total_uses_the_weights_on_a_0_to_100_scale(setting):
    criteria = [setting.innovation, setting.impact]
    assert ops.weighted_total(criteria, {setting.innovation.id: 5, setting.impact.id: 1}) == 40.0
    assert ops.weighted_total(criteria, {setting.innovation.id: 1, setting.impact.id: 5}) == 60.0
    assert ops.weighted_total(criteria, {setting.innovation.id: 3, setting.impact.id: 3}) == 50.0
    assert ops.weighted_total(criteria, {}) is None


def test_submit_requires_every_criterion_and_required_comments(setting, client):
    setting.impact.comment_required = True
    db.session.commit()
    data = complete(setting, **{f"score_{setting.innovation.id}": ""})
    response = client.post(url(setting.mine), data=data)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert f'id="score_{setting.innovation.id}-error"' in page
    assert "Please score this criterion before submitting." in page
    assert f'id="comment_{setting.impact.id}-error"' in page
    assert "A comment is required for this criterion." in page
    assert "A convincing programme." in page  # the text typed is still there
    assert review_of(setting.mine) is None  # nothing half-submitted was stored


def test_submitting_locks_the_rubric_and_records_the_time(setting, client):
    response = client.post(url(setting.mine), data=complete(setting))
    assert response.status_code == 303
    review = review_of(setting.mine)
    assert review.status == ReviewStatus.SUBMITTED and review.submitted_at is not None
    assert review.total == pytest.approx(40 * 0.75 + 60 * 1.0)
    assert setting.round.stages[0].rubric_locked_at is not None
    page = client.get("/review/").get_data(as_text=True)
    assert "submitted" in page


def test_a_submitted_review_can_be_revised_until_the_deadline_and_each_revision_is_audited(
    setting, client
):
    client.post(url(setting.mine), data=complete(setting))
    version = review_of(setting.mine).version
    response = client.post(
        url(setting.mine),
        data=complete(setting, version, **{f"score_{setting.impact.id}": "2"}),
    )
    assert response.status_code == 303
    review = review_of(setting.mine)
    assert review.status == ReviewStatus.SUBMITTED
    assert {s.criterion_id: s.value for s in review.scores}[setting.impact.id] == 2
    events = db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.action == "review.revised")
    ).all()
    assert len(events) == 1
    before = events[0].data["before"]["scores"][str(setting.impact.id)]["value"]
    after = events[0].data["after"]["scores"][str(setting.impact.id)]["value"]
    assert (before, after) == (5, 2)
    # A revision may not leave a criterion blank: the review stays complete.
    response = client.post(
        url(setting.mine),
        data=complete(setting, review.version, **{f"score_{setting.impact.id}": ""}),
    )
    assert response.status_code == 400
    assert {s.criterion_id: s.value for s in review_of(setting.mine).scores}[setting.impact.id] == 2


def test_every_change_adds_exactly_one_revision_and_an_unchanged_save_adds_none(setting, client):
    client.post(url(setting.mine), data=form(setting, **{f"score_{setting.impact.id}": "3"}))
    review = review_of(setting.mine)
    assert [r.version for r in revisions(review)] == [review.version]
    client.post(
        url(setting.mine),
        data=form(setting, review.version, **{f"score_{setting.impact.id}": "3"}),
    )
    assert len(revisions(review_of(setting.mine))) == 1  # nothing changed
    client.post(
        url(setting.mine),
        data=form(setting, review.version, **{f"score_{setting.impact.id}": "4"}),
    )
    review = review_of(setting.mine)
    rows = revisions(review)
    assert len(rows) == 2 and rows[-1].version == review.version
    assert rows[-1].data["scores"][str(setting.impact.id)]["value"] == 4
    assert rows[-1].author_id == setting.me.id


def test_the_database_refuses_to_change_or_delete_a_revision(setting, client):
    """RELIABILITY 32: the history is append-only in the database itself (triggers from
    migration 0001), whatever the code above it does: plain SQL and the ORM alike."""
    client.post(url(setting.mine), data=form(setting, **{f"score_{setting.impact.id}": "3"}))
    [row] = revisions(review_of(setting.mine))
    for statement in (
        "UPDATE review_revisions SET version = 99",
        "UPDATE review_revisions SET data = '{}'",
        "DELETE FROM review_revisions",
    ):
        with pytest.raises(sa.exc.DatabaseError, match="review_revisions is append-only"):
            db.session.execute(sa.text(statement))
        db.session.rollback()
    row = db.session.get(ReviewRevision, row.id)
    row.author_id = None
    with pytest.raises(sa.exc.DatabaseError, match="append-only"):
        db.session.flush()
    db.session.rollback()
    db.session.delete(db.session.get(ReviewRevision, row.id))
    with pytest.raises(sa.exc.DatabaseError, match="append-only"):
        db.session.flush()
    db.session.rollback()
    [kept] = revisions(review_of(setting.mine))
    assert (kept.version, kept.author_id) == (row.version, setting.me.id)
    assert kept.data["scores"][str(setting.impact.id)]["value"] == 3


def test_a_score_outside_the_scale_is_refused_by_its_field(setting, client):
    response = client.post(
        url(setting.mine), data=form(setting, **{f"score_{setting.impact.id}": "9"})
    )
    assert response.status_code == 400
    assert "Choose a score from 1 to 5." in response.get_data(as_text=True)
    assert review_of(setting.mine) is None
    with pytest.raises(ops.InvalidReview) as refused:
        ops.save_review(
            ops.get_or_create_review(setting.mine),
            ReviewInput(scores={setting.impact.id: 0}),
            setting.me,
            utcnow(),
            1,
        )
    assert f"score_{setting.impact.id}" in refused.value.errors
    db.session.rollback()


def test_a_criterion_from_another_round_is_refused(setting, client, make_round):
    other = make_round().stages[0].criteria[0]
    response = client.post(
        url(setting.mine), data=form(setting, **{f"score_{other.id}": "3", "save": "Save draft"})
    )
    assert response.status_code == 400
    assert "not part of this rubric" in response.get_data(as_text=True)
    assert review_of(setting.mine) is None


def test_after_the_deadline_the_form_is_read_only_and_a_late_submit_keeps_the_draft(
    setting, client
):
    client.post(url(setting.mine), data=form(setting, overall_comment="My draft."))
    draft = review_of(setting.mine)
    setting.round.review_deadline = utcnow() - timedelta(seconds=1)
    db.session.commit()
    response = client.post(url(setting.mine), data=complete(setting, draft.version))
    assert response.status_code == 303
    page = client.get(url(setting.mine)).get_data(as_text=True)
    assert "The review deadline has passed" in page
    assert "Submit review" not in page and "Save draft" not in page
    assert "review.js" not in page
    assert re.search(r"<textarea[^>]*readonly", page)
    kept = review_of(setting.mine)
    assert kept.status == ReviewStatus.DRAFT and kept.overall_comment == "My draft."
    assert kept.version == draft.version


def test_a_save_just_before_the_deadline_is_accepted(setting):
    now = utcnow()
    setting.round.review_deadline = now + timedelta(seconds=1)
    db.session.commit()
    review = ops.get_or_create_review(setting.mine)
    data = ReviewInput(scores={setting.impact.id: 2})
    assert ops.save_review(review, data, setting.me, now, 1)
    db.session.rollback()
    with pytest.raises(ops.DeadlinePassed):
        ops.save_review(
            ops.get_or_create_review(setting.mine),
            data,
            setting.me,
            setting.round.review_deadline,
            1,
        )
    db.session.rollback()


@pytest.mark.parametrize(
    ("zone", "typed", "in_utc"),
    [
        # Lisbon, 28 March 2027: at 01:00 UTC the clocks jump from 01:00 to 02:00. A deadline
        # at that very moment: one second before it, Lisbon was still on winter time.
        ("Europe/Lisbon", "2027-03-28T02:00", "2027-03-28T01:00"),
        # Lisbon, 31 October 2027: at 01:00 UTC the clocks go back from 02:00 to 01:00.
        ("Europe/Lisbon", "2027-10-31T03:00", "2027-10-31T03:00"),
        # 01:30 happens twice that night: the first one counts (the earlier deadline).
        ("Europe/Lisbon", "2027-10-31T01:30", "2027-10-31T00:30"),
        # New York, 14 March 2027: at 07:00 UTC from 02:00 to 03:00.
        ("America/New_York", "2027-03-14T03:00", "2027-03-14T07:00"),
    ],
)
def test_a_deadline_on_the_night_the_clocks_change_holds_to_the_second(
    setting, app, make_user, zone, typed, in_utc
):
    """RELIABILITY 30 across a change of time: the deadline typed in the round's own time zone
    on the round form is stored as the right moment in UTC, shown back as typed, and a score
    one second before it is accepted, one second after it refused with the reason."""
    from tests.test_lifecycle import form_data

    desk = app.test_client()
    login(desk, make_user("sec@dst.example", roles=(Role.SECRETARIAT,)).email)
    response = desk.post(
        "/secretariat/rounds/new",
        data=form_data(
            timezone=zone,
            nominations_open_at="2027-01-10T09:00",
            nominations_close_at="2027-02-28T17:00",
            review_deadline=typed,
        ),
    )
    assert response.status_code == 302, response.get_data(as_text=True)[-2000:]
    created = db.session.scalar(sa.select(Round).where(Round.slug == "award-2027"))
    deadline = datetime.fromisoformat(in_utc).replace(tzinfo=UTC)
    assert created.review_deadline == deadline
    edit = desk.get(f"/secretariat/rounds/{created.id}/edit").get_data(as_text=True)
    assert re.search(rf'name="review_deadline"[^>]*value="{typed}"', edit)

    setting.round.review_deadline = created.review_deadline
    db.session.commit()
    data = ReviewInput(scores={setting.impact.id: 2})
    review = ops.get_or_create_review(setting.mine)
    assert ops.save_review(review, data, setting.me, deadline - timedelta(seconds=1), 1)
    db.session.commit()
    late = ReviewInput(scores={setting.impact.id: 5})
    with pytest.raises(ops.DeadlinePassed, match="The review deadline has passed"):
        ops.save_review(review, late, setting.me, deadline + timedelta(seconds=1), review.version)
    db.session.rollback()
    assert review_of(setting.mine).scores[0].value == 2


def test_a_reviewer_whose_conflict_was_declared_after_assignment_cannot_post(setting, client):
    client.post(url(setting.mine), data=form(setting, overall_comment="Before."))
    version = review_of(setting.mine).version
    response = client.post(
        f"/review/nominations/{setting.nomination.id}/conflict",
        data={"reason": "I advised the project."},
    )
    assert response.status_code == 302
    response = client.post(url(setting.mine), data=complete(setting, version))
    assert response.status_code == 404
    assert review_of(setting.mine).overall_comment == "Before."
    db.session.expire_all()
    with pytest.raises(ops.NotAllowed):
        ops.submit_review(
            review_of(setting.mine),
            ReviewInput(scores={setting.impact.id: 1}),
            setting.me,
            utcnow(),
            version,
        )
    db.session.rollback()


# --- two tabs, autosave, expired sessions ----------------------------------------------------


def test_a_stale_save_is_refused_with_both_versions_and_the_first_kept(setting, client):
    # Both tabs loaded version 1; the first saves.
    first = form(setting, 1, overall_comment="Tab one's words.")
    assert client.post(url(setting.mine), data=first).status_code == 303
    second = form(setting, 1, overall_comment="Tab two's words.")
    response = client.post(url(setting.mine), data=second)
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "changed in another tab" in page
    assert "Tab one&#39;s words." in page and "Tab two&#39;s words." in page
    assert review_of(setting.mine).overall_comment == "Tab one's words."
    # The refused page carries the saved version: saving again is a deliberate overwrite.
    saved_version = review_of(setting.mine).version
    assert f'value="{saved_version}"' in page
    again = form(setting, saved_version, overall_comment="Tab two's words.")
    assert client.post(url(setting.mine), data=again).status_code == 303
    assert review_of(setting.mine).overall_comment == "Tab two's words."


def test_autosave_stores_a_draft_and_returns_the_new_version(setting, client):
    response = client.post(
        url(setting.mine) + "/autosave",
        data=form(setting, overall_comment="Typed so far"),
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200
    body = response.get_json()
    review = review_of(setting.mine)
    assert body["saved"] and body["version"] == review.version
    assert review.overall_comment == "Typed so far" and review.status == ReviewStatus.DRAFT
    # Same text again: nothing to save, no new revision.
    response = client.post(
        url(setting.mine) + "/autosave",
        data=form(setting, review.version, overall_comment="Typed so far"),
    )
    assert response.get_json()["saved"] is False
    assert len(revisions(review_of(setting.mine))) == 1
    # An autosave from a stale tab is refused, not merged.
    response = client.post(
        url(setting.mine) + "/autosave", data=form(setting, 1, overall_comment="Old tab")
    )
    assert response.status_code == 409 and response.get_json()["error"] == "stale"
    assert review_of(setting.mine).overall_comment == "Typed so far"


def test_autosave_needs_a_csrf_token(setting, client):
    response = client.post(
        url(setting.mine) + "/autosave",
        data=form(setting, overall_comment="x"),
        csrf=False,
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 400
    assert review_of(setting.mine) is None


def test_an_expired_csrf_token_gives_the_form_back_with_the_text_and_a_fresh_token(setting, client):
    data = form(setting, overall_comment="Two hours of careful reading.")
    data[f"comment_{setting.impact.id}"] = "Strong evidence from Kenya."
    data["csrf_token"] = "expired-or-forged"
    response = client.post(url(setting.mine), data=data, csrf=False)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Two hours of careful reading." in page and "Strong evidence from Kenya." in page
    assert "Your session had expired" in page
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert token != "expired-or-forged"
    assert review_of(setting.mine) is None
    # The fresh token on the page works.
    data["csrf_token"] = token
    assert client.post(url(setting.mine), data=data, csrf=False).status_code == 303
    assert review_of(setting.mine).overall_comment == "Two hours of careful reading."


def test_when_the_session_ends_nothing_typed_is_lost(setting, client):
    client.post("/auth/logout")
    data = form(setting, overall_comment="Written while signed out.", save="Save draft")
    response = client.post(url(setting.mine), data=data)
    assert response.status_code == 401
    page = response.get_data(as_text=True)
    assert "Written while signed out." in page and "Send again" in page
    # The reviewer signs in again (a new session) and sends the page again.
    login(client, setting.me.email)
    hidden = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page)
    resent = {name: html.unescape(value) for name, value in hidden}
    response = client.post(url(setting.mine), data=resent, csrf=False)
    assert response.status_code == 400  # the old token belonged to the old session
    assert "Written while signed out." in response.get_data(as_text=True)
    assert client.post(url(setting.mine), data=data).status_code == 303
    assert review_of(setting.mine).overall_comment == "Written while signed out."


# --- other reviews ---------------------------------------------------------------------------


def submit_as(user, assignment, setting, total_scores=(4, 5)):
    review = ops.get_or_create_review(assignment)
    ops.submit_review(
        review,
        ReviewInput(
            scores={setting.innovation.id: total_scores[0], setting.impact.id: total_scores[1]},
            overall_comment=f"Review by {user.email}",
            recommendation=ops.Recommendation.SUPPORT,
            confidence=4,
        ),
        user,
        utcnow(),
        review.version,
    )
    db.session.commit()


def test_other_reviews_are_shown_only_after_my_own_submission(setting, client):
    submit_as(setting.other, setting.theirs, setting)
    assert "Review by second@council.example" not in client.get(url(setting.mine)).get_data(
        as_text=True
    )
    assert not ops.can_see_other_reviews(setting.me, setting.nomination)
    client.post(url(setting.mine), data=complete(setting))
    page = client.get(url(setting.mine)).get_data(as_text=True)
    assert "The other reviews" in page and "Review by second@council.example" in page


@pytest.mark.parametrize("fields", [{"blind_review": True}, {"reviewers_see_other_reviews": False}])
def test_other_reviews_stay_hidden_when_the_round_does_not_allow_them(
    client, make_round, make_user, fields
):
    round_ = review_round(make_round, **fields)
    nomination = eligible(round_, make_user("nom@ngo.example"), 1)
    me, other = reviewer(make_user, round_), reviewer(make_user, round_, "b@council.example")
    mine, theirs = assign(round_, nomination, me), assign(round_, nomination, other)

    class S:
        innovation, impact = round_.stages[0].criteria

    submit_as(other, theirs, S)
    submit_as(me, mine, S)
    assert not ops.can_see_other_reviews(me, nomination)
    login(client, me.email)
    assert "Review by b@council.example" not in client.get(url(mine)).get_data(as_text=True)


# --- deliberation ----------------------------------------------------------------------------


def test_deliberation_thread_for_reviewers_and_secretariat_with_hourly_batched_mail(
    setting, client, make_user
):
    secretariat = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    thread = f"/review/nominations/{setting.nomination.id}/discussion"
    assert client.get(thread).status_code == 404  # not before deliberation
    setting.round.phase = Phase.DELIBERATION
    db.session.commit()
    assert client.post(thread, data={"body": "I scored it high."}).status_code == 303
    assert client.post(thread, data={"body": "And the evidence is good."}).status_code == 303
    page = client.get(thread).get_data(as_text=True)
    assert "I scored it high." in page and "And the evidence is good." in page
    mails = db.session.scalars(
        sa.select(OutboxMessage).where(OutboxMessage.kind == "discussion_post")
    ).all()
    # Two posts in the same hour: one notice to the other reviewer, none to the author.
    assert [m.to_email for m in mails] == [setting.other.email]
    assert "Nurses return home" in mails[0].subject
    assert thread in mails[0].body_text
    # The secretariat reads and posts; the nominator never sees the thread.
    client.post("/auth/logout")
    login(client, secretariat.email)
    assert client.post(thread, data={"body": "Please settle the score."}).status_code == 303
    client.post("/auth/logout")
    login(client, setting.nominator.email)
    assert client.get(thread).status_code in (403, 404)
    # Posting to an empty body is refused by its field.
    client.post("/auth/logout")
    login(client, setting.other.email)
    response = client.post(thread, data={"body": "  "})
    assert response.status_code == 400


def test_notices_are_one_per_recipient_nomination_and_hour(setting):
    setting.round.phase = Phase.DELIBERATION
    db.session.commit()
    now = utcnow().replace(minute=5)
    ops.post_to_discussion(setting.nomination, setting.me, "First", now)
    ops.post_to_discussion(setting.nomination, setting.me, "Second", now + timedelta(minutes=30))
    ops.post_to_discussion(setting.nomination, setting.me, "Third", now + timedelta(hours=1))
    db.session.commit()
    keys = db.session.scalars(
        sa.select(OutboxMessage.dedup_key).where(OutboxMessage.kind == "discussion_post")
    ).all()
    assert len(keys) == 2 and all(f":{setting.other.id}:" in k for k in keys)


def test_nominations_flagged_for_disagreement_come_first(client, make_round, make_user):
    round_ = review_round(make_round, phase=Phase.DELIBERATION)
    nominator = make_user("nom@ngo.example")
    calm = eligible(round_, nominator, 1, title="Calm project")
    disputed = eligible(round_, nominator, 2, title="Disputed project")
    me = reviewer(make_user, round_)
    assign(round_, calm, me)
    assign(round_, disputed, me)
    snapshot = RankingSnapshot(
        stage=round_.stages[0], category=round_.categories[0], method="mean", input_hash="x"
    )
    snapshot.entries = [
        RankingEntry(nomination_id=calm.id, flags=[]),
        RankingEntry(nomination_id=disputed.id, flags=["disagreement"]),
    ]
    db.session.add(snapshot)
    db.session.commit()
    login(client, me.email)
    page = client.get("/review/").get_data(as_text=True)
    assert page.index("Disputed project") < page.index("Calm project")
    assert "reviewers disagree" in page
    assert f"/review/nominations/{disputed.id}/discussion" in page
