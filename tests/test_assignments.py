"""Assignment through the secretariat's pages: automatic (optimal, incremental), by hand,
conflicts respected, one e-mail per reviewer, short lists with reasons."""

import sqlalchemy as sa

from award.database import utcnow
from award.extensions import db
from award.models import (
    ACTIVE_ASSIGNMENT,
    Assignment,
    JobRun,
    JobStatus,
    OutboxMessage,
    ReviewerExpertise,
    ReviewerLanguage,
    Role,
    Side,
)
from tests.conftest import login
from tests.test_conflicts import member, nominate


def eligible(round_, nominator, n, **fields):
    from award.models import NominationStatus

    nomination = nominate(round_, nominator, n, **fields)
    nomination.status = NominationStatus.ELIGIBLE
    nomination.screened_at = utcnow()
    db.session.commit()
    return nomination


def council(round_, make_user, count=6, cap=None):
    people = []
    for j in range(count):
        side = [Side.SENDING, Side.RECEIVING, Side.NEITHER][j % 3]
        user = make_user(
            f"rev{j}@council{j}.example",
            roles=(Role.REVIEWER,),
            side=side,
            country=["GH", "GB", "BR", "PH", "DE", "CA"][j % 6],
            organisation=f"Org {j}",
        )
        user.expertise.append(
            ReviewerExpertise(tag="ethical-recruitment" if j % 2 else "retention-return")
        )
        user.languages.append(ReviewerLanguage(language="en"))
        db.session.commit()
        member(round_, user)
        if cap is not None:
            from award.models import RoundReviewer

            row = db.session.scalar(
                sa.select(RoundReviewer).where(RoundReviewer.user_id == user.id)
            )
            row.load_cap = cap
            db.session.commit()
        people.append(user)
    return people


def active(stage):
    return db.session.scalars(
        sa.select(Assignment).where(Assignment.stage_id == stage.id, ACTIVE_ASSIGNMENT)
    ).all()


def secretariat_client(client, make_user):
    admin = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    login(client, admin.email)
    return admin


def run(client, stage, **data):
    response = client.post(f"/secretariat/stages/{stage.id}/assign", data=data)
    assert response.status_code == 302
    return db.session.scalar(sa.select(JobRun).order_by(JobRun.id.desc()))


def test_automatic_assignment_fills_every_slot_and_mails_each_reviewer_once(
    client, make_round, make_user
):
    round_ = make_round(
        reviewers_per_nomination=3, reviewer_load_cap=10, same_country_conflict=False
    )
    stage = round_.stages[0]
    reviewers = council(round_, make_user)
    nominator = make_user("nom@x.example")
    nominations = [eligible(round_, nominator, i, country="KE") for i in range(8)]
    secretariat_client(client, make_user)
    job = run(client, stage)
    assert job.status == JobStatus.DONE, job.progress_text
    assert job.result["assigned"] == 24 and job.result["short"] == 0 and job.result["optimal"]
    made = active(stage)
    per_nomination = {n.id: [a for a in made if a.nomination_id == n.id] for n in nominations}
    assert all(len(v) == 3 for v in per_nomination.values())
    loads = [sum(a.reviewer_id == r.id for a in made) for r in reviewers]
    assert max(loads) - min(loads) <= 1  # as even as possible
    for assignments in per_nomination.values():  # the sending/receiving rule
        sides = {a.reviewer.side for a in assignments}
        assert Side.SENDING in sides and Side.RECEIVING in sides
    assert all("expertise" in a.reasons for a in made)
    mails = db.session.scalars(
        sa.select(OutboxMessage).where(OutboxMessage.kind == "assignments_ready")
    ).all()
    assert sorted(m.to_email for m in mails) == sorted(r.email for r in reviewers)
    page = client.get(f"/secretariat/jobs/{job.id}").get_data(as_text=True)
    assert "24 new assignments" in page and "proven optimal" in page


def test_rerun_only_fills_what_is_missing_and_keeps_hand_made_ones(client, make_round, make_user):
    round_ = make_round(reviewers_per_nomination=2, same_country_conflict=False)
    stage = round_.stages[0]
    reviewers = council(round_, make_user, count=4)
    nomination = eligible(round_, make_user("nom@x.example"), 1)
    admin = secretariat_client(client, make_user)
    client.post(
        f"/secretariat/stages/{stage.id}/assignments/add",
        data={"nomination": nomination.id, "reviewer": reviewers[3].id},
    )
    run(client, stage)
    made = active(stage)
    assert len(made) == 2 and reviewers[3].id in {a.reviewer_id for a in made}
    again = run(client, stage)
    assert again.result["assigned"] == 0 and len(active(stage)) == 2
    assert admin


def test_cap_too_low_leaves_a_short_list_with_reasons_and_nothing_invalid(
    client, make_round, make_user
):
    round_ = make_round(
        reviewers_per_nomination=3, require_sending_and_receiving=False, same_country_conflict=False
    )
    stage = round_.stages[0]
    reviewers = council(round_, make_user, count=3, cap=2)
    nominator = make_user("nom@x.example")
    for i in range(4):
        eligible(round_, nominator, i)
    secretariat_client(client, make_user)
    job = run(client, stage)
    assert job.status == JobStatus.DONE
    assert job.result["short"] == 4 * 3 - 3 * 2 and job.result["shortages"]
    # Each reason is kept as a key and parameters, and put into words on the page.
    assert all(s["reasons"] for s in job.result["shortages"])
    assert {r["key"] for s in job.result["shortages"] for r in s["reasons"]} <= {
        "shortage.all_at_cap",
        "shortage.others_at_cap",
    }
    made = active(stage)
    assert len(made) == 6
    assert all(sum(a.reviewer_id == r.id for a in made) <= 2 for r in reviewers)
    counts = sorted(
        sum(a.nomination_id == n for a in made) for n in {a.nomination_id for a in made}
    )
    assert min(counts) >= 1  # every nomination gets its first reviewer before any gets a third
    page = client.get(f"/secretariat/stages/{stage.id}/assignments").get_data(as_text=True)
    assert "fewer than 3 reviewers" in page
    assert "free of conflict are all at their cap" in page


def test_reviewer_conflicted_with_every_nomination_gets_none(client, make_round, make_user):
    from award.models import ConflictOfInterest, ConflictSource

    round_ = make_round(
        reviewers_per_nomination=1, same_country_conflict=False, require_sending_and_receiving=False
    )
    stage = round_.stages[0]
    reviewers = council(round_, make_user, count=3)
    nominations = [eligible(round_, make_user(f"n{i}@x.example"), i) for i in range(3)]
    for n in nominations:
        db.session.add(
            ConflictOfInterest(
                nomination=n,
                reviewer=reviewers[0],
                source=ConflictSource.SECRETARIAT,
                reason="board member",
            )
        )
    db.session.commit()
    secretariat_client(client, make_user)
    run(client, stage)
    made = active(stage)
    assert len(made) == 3 and reviewers[0].id not in {a.reviewer_id for a in made}


def test_manual_assignment_still_checks_conflicts(client, make_round, make_user):
    from award.models import ConflictOfInterest, ConflictSource

    round_ = make_round()
    stage = round_.stages[0]
    reviewer = council(round_, make_user, count=1)[0]
    nomination = eligible(round_, make_user("n@x.example"), 1)
    db.session.add(
        ConflictOfInterest(
            nomination=nomination,
            reviewer=reviewer,
            source=ConflictSource.DECLARED,
            reason="my employer",
        )
    )
    db.session.commit()
    secretariat_client(client, make_user)
    response = client.post(
        f"/secretariat/stages/{stage.id}/assignments/add",
        data={"nomination": nomination.id, "reviewer": reviewer.id},
    )
    assert response.status_code == 302
    assert "conflict of interest" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert active(stage) == []


def test_declared_conflict_takes_the_nomination_off_the_reviewers_list(
    client, app, make_round, make_user
):
    round_ = make_round()
    stage = round_.stages[0]
    reviewer = council(round_, make_user, count=1)[0]
    nomination = eligible(round_, make_user("n@x.example"), 1)
    db.session.add(Assignment(stage=stage, nomination=nomination, reviewer=reviewer))
    round_.phase = round_.phase.REVIEW
    db.session.commit()
    login(client, reviewer.email)
    assert nomination.title in client.get("/review/").get_data(as_text=True)
    response = client.post(
        f"/review/nominations/{nomination.id}/conflict", data={"reason": "I chair its board."}
    )
    assert response.status_code == 302
    assert nomination.title not in client.get("/review/").get_data(as_text=True)
    assert client.get(f"/review/nominations/{nomination.id}/conflict").status_code == 404


def test_reviewer_cannot_declare_on_a_nomination_not_theirs(client, make_round, make_user):
    round_ = make_round()
    reviewer = council(round_, make_user, count=1)[0]
    nomination = eligible(round_, make_user("n@x.example"), 1)
    login(client, reviewer.email)
    assert client.get(f"/review/nominations/{nomination.id}/conflict").status_code == 404


def test_assignment_pages_are_for_the_secretariat_only(client, make_round, make_user):
    round_ = make_round()
    stage = round_.stages[0]
    user = make_user("rev@x.example", roles=(Role.REVIEWER,))
    login(client, user.email)
    assert client.get(f"/secretariat/stages/{stage.id}/assignments").status_code == 403
    assert client.post(f"/secretariat/stages/{stage.id}/assign").status_code == 403
    assert client.get(f"/secretariat/stages/{stage.id}/assign").status_code == 405
