"""A seeded world for the security suite: the demo plus one object of every kind a URL can name,
and the people who own them and the people who do not."""

import os
from dataclasses import dataclass, field

import sqlalchemy as sa

from award import demo_data
from award.database import utcnow
from award.extensions import db
from award.mail import queue_email
from award.models import (
    ACTIVE_ASSIGNMENT,
    Assignment,
    Attachment,
    Decision,
    DiscussionPost,
    JobRun,
    Nomination,
    NominationStatus,
    Phase,
    Round,
    RoundReviewer,
    User,
)
from award.operations import api_tokens, council
from award.operations.access import is_assigned, is_conflicted
from award.operations.attachments import upload_dir
from award.operations.demo import seed_demo
from award.security import hash_password
from tests.conftest import PASSWORD, login

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@dataclass
class World:
    people: dict[str, User]
    ids: dict[str, int | str]
    api_token: str
    nomination: Nomination
    assignment: Assignment
    extra: dict = field(default_factory=dict)


def _user(email: str) -> User:
    return db.session.scalar(sa.select(User).where(User.email == email))


def _slug(phase: Phase) -> str:
    return db.session.scalar(sa.select(Round.slug).where(Round.phase == phase))


def build_world() -> World:
    """Seed the demo and pick, in the round under review, a nomination of nominator A that
    reviewer A is assigned to (free of conflict) and reviewer B is not."""
    now = utcnow()
    seed_demo(now)
    db.session.flush()
    current = db.session.scalar(sa.select(Round).where(Round.phase == Phase.REVIEW))
    secretariat = _user(demo_data.SECRETARIAT[0]["email"])
    assignments = db.session.scalars(
        sa.select(Assignment)
        .join(Assignment.nomination)
        .where(Nomination.round_id == current.id, ACTIVE_ASSIGNMENT)
        .order_by(Assignment.id)
    ).all()
    reviewers = [_user(p["email"]) for p in demo_data.REVIEWERS]
    nominators = [_user(p["email"]) for p in demo_data.NOMINATORS]
    for assignment in assignments:
        nomination = assignment.nomination
        owner = nomination.nominator
        others = [n for n in nominators if n.id != owner.id and n.email != owner.email]
        strangers = [
            r
            for r in reviewers
            if not is_assigned(r, nomination) and not is_conflicted(r, nomination)
        ]
        if others and strangers and not is_conflicted(assignment.reviewer, nomination):
            break
    else:  # pragma: no cover - the demo always has one
        raise AssertionError("no suitable assignment in the demo")
    # Every password the same, so that sign-in is one call.
    password_hash = hash_password(PASSWORD)
    people = {
        "nominator": owner,
        "other_nominator": others[0],
        "reviewer": assignment.reviewer,
        "other_reviewer": strangers[0],
        "secretariat": secretariat,
    }
    for user in people.values():
        user.password_hash = password_hash

    stored = os.urandom(16).hex()
    (upload_dir() / stored).write_bytes(PDF)
    attachment = Attachment(
        nomination=nomination,
        original_name="evidence.pdf",
        stored_name=stored,
        content_type="application/pdf",
        size_bytes=len(PDF),
        sha256="0" * 64,
        uploaded_by_id=owner.id,
    )
    db.session.add(attachment)
    post = DiscussionPost(
        stage_id=assignment.stage_id,
        nomination_id=nomination.id,
        author=assignment.reviewer,
        body="First thoughts",
    )
    db.session.add(post)
    token, raw_token = api_tokens.create_token("route walk", secretariat, now)
    invitation, _ = council.invite(current, "invitee@example.org", "Invitee", secretariat, now)
    job = JobRun(kind="assignment", round_id=current.id, stage_id=assignment.stage_id)
    db.session.add(job)
    db.session.flush()
    message_id = queue_email(
        to=owner,
        template="verify_email",
        dedup_key="security-walk",
        link="http://localhost/x",
    )
    decision = db.session.scalar(sa.select(Decision).order_by(Decision.id))
    stage = assignment.stage
    member = db.session.scalar(
        sa.select(RoundReviewer).where(
            RoundReviewer.round_id == current.id, RoundReviewer.user_id == people["reviewer"].id
        )
    )
    draft = db.session.scalar(
        sa.select(Nomination).where(
            Nomination.nominator_id == owner.id, Nomination.status == NominationStatus.DRAFT
        )
    )
    db.session.commit()
    ids = {
        "nomination_id": nomination.id,
        "attachment_id": attachment.id,
        "assignment_id": assignment.id,
        "token_id": token.id,
        "criterion_id": stage.criteria[0].id,
        "decision_id": decision.id,
        "invitation_id": invitation.id,
        "job_id": job.id,
        "message_id": message_id,
        "round_id": current.id,
        "user_id": member.user_id,
        "stage_id": stage.id,
        "slug": current.slug,
        "kind": "nominations",
        "filename": "css/bootstrap.min.css",
        "token": "not-a-real-token",
    }
    return World(
        people=people,
        ids=ids,
        api_token=raw_token,
        nomination=nomination,
        assignment=assignment,
        extra={
            "draft": draft,
            "post": post,
            "round": current,
            "previous_slug": _slug(Phase.ANNOUNCED),
            "open_slug": _slug(Phase.OPEN),
        },
    )


def sign_in(client, user: User | None) -> None:
    if user is not None:
        response = login(client, user.email)
        assert response.status_code == 302, f"sign-in failed for {user.email}"
