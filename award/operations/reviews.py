"""Reviews: drafts, submission and revision until the review deadline, the weighted total, the
append-only revision history, who may read the other reviews, and the deliberation thread."""

import functools
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask_babel import format_number
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, contains_eager, joinedload, load_only, selectinload
from sqlalchemy.orm.exc import StaleDataError

from award.errors import DeadlinePassed, DomainError, NotAllowed, NotFound, StateConflict
from award.extensions import db
from award.mail import queue_email
from award.models import (
    ACTIVE_ASSIGNMENT,
    PHASE_INDEX,
    Assignment,
    Category,
    ConflictOfInterest,
    Criterion,
    DiscussionPost,
    Nomination,
    Phase,
    RankingEntry,
    RankingSnapshot,
    Recommendation,
    Review,
    ReviewRevision,
    ReviewStatus,
    Role,
    Round,
    Score,
    Stage,
    User,
)
from award.operations import audit
from award.operations.access import is_conflicted
from award.operations.rankings import maybe_recompute_after_submission
from award.operations.rubric import lock_if_first_submission

COMMENT_MAX_CHARS = 10_000
OVERALL_MAX_CHARS = 20_000
POST_MAX_CHARS = 10_000
SCORING_PHASES = (Phase.REVIEW, Phase.DELIBERATION)


@dataclass
class ReviewInput:
    """What the reviewer typed. `scores` and `comments` are keyed by criterion id; a criterion
    left out of `scores` is unanswered."""

    scores: dict[int, int | None] = field(default_factory=dict)
    comments: dict[int, str] = field(default_factory=dict)
    overall_comment: str = ""
    recommendation: Recommendation | None = None
    confidence: int | None = None


class InvalidReview(DomainError):
    """`errors` maps a field ("score_<id>", "comment_<id>", "overall_comment", "recommendation",
    "confidence") to its message."""

    def __init__(self, errors: dict[str, str], message: str | None = None):
        super().__init__(message or _("Some answers need attention; see the marked fields."))
        self.errors = errors


class StaleReview(StateConflict):
    """The review was saved elsewhere (another tab or device) after this form was loaded.
    `stored` is the saved version's data and `version` its number."""

    def __init__(self, stored: dict[str, Any], version: int):
        super().__init__(
            _(
                "This review was changed in another tab or on another device after you opened "
                "it. Nothing was overwritten: compare the saved version with yours below, then "
                "save again."
            )
        )
        self.stored = stored
        self.version = version


# --- reading ---------------------------------------------------------------------------------


def is_editable(assignment: Assignment, now: datetime) -> bool:
    """Whether the reviewer may still save: an active assignment, a round in review or
    deliberation, not closed, and before the review deadline."""
    round_ = assignment.stage.round
    return (
        assignment.removed_at is None
        and round_.phase in SCORING_PHASES
        and round_.closed_at is None
        and now < round_.review_deadline
    )


def snapshot(review: Review) -> dict[str, Any]:
    """The review as stored in a revision row and shown in the two-versions notice."""
    return {
        "status": review.status.value,
        "overall_comment": review.overall_comment or "",
        "recommendation": review.recommendation.value if review.recommendation else None,
        "confidence": review.confidence,
        "total": review.total,
        "scores": {
            str(s.criterion_id): {"value": s.value, "comment": s.comment or ""}
            for s in sorted(review.scores, key=lambda s: s.criterion_id)
        },
    }


def weighted_total(criteria: list[Criterion], scores: dict[int, int | None]) -> float | None:
    """0-100: each answered criterion's position on its scale, weighted; unanswered criteria
    are left out of the weights. None when nothing is answered."""
    answered = [(c, scores[c.id]) for c in criteria if scores.get(c.id) is not None]
    weights = sum(c.weight for c, _value in answered)
    if not answered or weights <= 0:
        return None
    part = sum(c.weight * (v - c.scale_min) / (c.scale_max - c.scale_min) for c, v in answered)
    return round(100 * part / weights, 2)


# The reviewer's pages and saves run the statements below on every request. Each is built once
# per process, with its values bound at execution: building a statement and working out its
# cache key costs about as much as running it.


def _reviewer_assignments() -> sa.Select:
    """The reviewer's (`reviewer_id`) active assignments, free of any declared conflict, in
    rounds in one of `phases`, each with its stage and round loaded by the same query."""
    return (
        sa.select(Assignment)
        .join(Assignment.stage)
        .join(Stage.round)
        .where(
            Assignment.reviewer_id == sa.bindparam("reviewer_id"),
            ACTIVE_ASSIGNMENT,
            Round.phase.in_(sa.bindparam("phases", expanding=True)),
            ~sa.exists().where(
                ConflictOfInterest.nomination_id == Assignment.nomination_id,
                ConflictOfInterest.reviewer_id == Assignment.reviewer_id,
            ),
        )
        .options(contains_eager(Assignment.stage).contains_eager(Stage.round))
    )


@functools.cache
def _dashboard_statement() -> sa.Select:
    return (
        _reviewer_assignments()
        .options(
            # Many-to-one all the way: one query with joins instead of one per relationship,
            # reading only the columns the dashboard shows (nominations are wide rows).
            load_only(Assignment.stage_id, Assignment.nomination_id, Assignment.reviewer_id),
            contains_eager(Assignment.stage)
            .contains_eager(Stage.round)
            .load_only(Round.name, Round.phase, Round.review_deadline),
            joinedload(Assignment.nomination)
            .load_only(Nomination.title, Nomination.category_id)
            .joinedload(Nomination.category)
            .load_only(Category.name),
            joinedload(Assignment.review).load_only(Review.status),
        )
        .order_by(Round.review_deadline, Assignment.id)
    )


@functools.cache
def _to_score_statement(saving: bool) -> sa.Select:
    query = (
        _reviewer_assignments()
        .where(Assignment.id == sa.bindparam("assignment_id"))
        .options(joinedload(Assignment.review).joinedload(Review.scores))
    )
    if saving:
        return query.with_for_update(read=True, of=Round).execution_options(populate_existing=True)
    return query.options(joinedload(Assignment.nomination))


def reviewer_assignments(reviewer: User, phases: tuple[Phase, ...]) -> list[Assignment]:
    """The reviewer's active, conflict-free assignments in rounds in one of `phases`, by review
    deadline, with their stage, round, nomination and category, and review."""
    return list(
        db.session.scalars(
            _dashboard_statement(), {"reviewer_id": reviewer.id, "phases": list(phases)}
        )
    )


# Assignments loaded for saving in the current transaction, with their round share-locked.
_LOCKED_FOR_SAVING = "assignments_locked_for_saving"


@sa.event.listens_for(Session, "after_transaction_end")
def _forget_locks(session: Session, transaction) -> None:
    if transaction.parent is None:  # the locks end with the outermost transaction
        session.info.pop(_LOCKED_FOR_SAVING, None)


def assignment_to_score(
    assignment_id: int, reviewer: User, phases: tuple[Phase, ...], saving: bool = False
) -> Assignment | None:
    """One of the reviewer's assignments (as in `reviewer_assignments`) with its review and
    scores, and for reading its nomination, in one query; the rubric comes with one more when
    first used. For saving, the same query takes the share lock on the round that
    `_check_may_save` would otherwise take with one more, and leaves the nomination (a wide row
    a save does not need) to be loaded only if a refusal is shown."""
    params = {"reviewer_id": reviewer.id, "phases": list(phases), "assignment_id": assignment_id}
    assignment = db.session.scalars(_to_score_statement(saving), params).unique().first()
    if assignment is not None and saving:
        db.session.info.setdefault(_LOCKED_FOR_SAVING, set()).add(assignment.id)
    return assignment


def get_or_create_review(assignment: Assignment) -> Review:
    """The assignment's review, made (as an empty draft, version 1) on first need."""
    if assignment.review is not None:
        return assignment.review
    try:
        with db.session.begin_nested():
            review = Review(assignment=assignment, status=ReviewStatus.DRAFT)
            db.session.add(review)
            db.session.flush()
    except IntegrityError:  # made at the same moment by another request
        db.session.expire(assignment, ["review"])
        review = db.session.scalar(sa.select(Review).where(Review.assignment_id == assignment.id))
    return review


# --- saving ----------------------------------------------------------------------------------


def _check_may_save(review: Review, actor: User, now: datetime) -> None:
    assignment = review.assignment
    if assignment.reviewer_id != actor.id:
        raise NotFound(_("This review does not exist."))
    round_ = assignment.stage.round
    if assignment.id in db.session.info.get(_LOCKED_FOR_SAVING, ()):
        # `assignment_to_score` read it in this transaction, free of conflicts, with the lock.
        phase, closed_at, deadline = round_.phase, round_.closed_at, round_.review_deadline
        is_conflicted_ = False
    else:
        # One statement reads the round's state and any conflict, and takes a share lock on
        # the round row (PostgreSQL): a save racing "close round" (which takes the row FOR
        # UPDATE) lands before it or not at all, while saves by many reviewers never wait for
        # one another.
        conflicted = sa.exists().where(
            ConflictOfInterest.nomination_id == assignment.nomination_id,
            ConflictOfInterest.reviewer_id == actor.id,
        )
        phase, closed_at, deadline, is_conflicted_ = db.session.execute(
            sa.select(Round.phase, Round.closed_at, Round.review_deadline, conflicted)
            .where(Round.id == round_.id)
            .with_for_update(read=True, of=Round)
        ).one()
    if assignment.removed_at is not None or is_conflicted_:
        raise NotAllowed(
            _(
                "This nomination is no longer assigned to you (a conflict of interest was "
                "recorded), so the review can no longer be changed."
            )
        )
    if phase not in SCORING_PHASES or closed_at is not None:
        raise DeadlinePassed(_("Reviewing is closed for this round. Your saved draft is kept."))
    if now >= deadline:
        raise DeadlinePassed(
            _(
                "The review deadline has passed, so the review can no longer change. "
                "Your last saved draft is kept."
            )
        )


def _check_input(stage: Stage, data: ReviewInput, complete: bool) -> None:
    criteria = {c.id: c for c in stage.criteria}
    errors: dict[str, str] = {}
    for criterion_id in set(data.scores) | set(data.comments):
        if criterion_id not in criteria:
            errors["form"] = _("The form holds a criterion that is not part of this rubric.")
    for criterion_id, criterion in criteria.items():
        value = data.scores.get(criterion_id)
        comment = (data.comments.get(criterion_id) or "").strip()
        if value is not None and not criterion.scale_min <= value <= criterion.scale_max:
            errors[f"score_{criterion_id}"] = _(
                "Choose a score from %(lowest)d to %(highest)d.",
                lowest=criterion.scale_min,
                highest=criterion.scale_max,
            )
        elif complete and value is None:
            errors[f"score_{criterion_id}"] = _("Please score this criterion before submitting.")
        if len(comment) > COMMENT_MAX_CHARS:
            errors[f"comment_{criterion_id}"] = _(
                "Please keep the comment under %(num)s characters.",
                num=format_number(COMMENT_MAX_CHARS),
            )
        elif complete and criterion.comment_required and not comment:
            errors[f"comment_{criterion_id}"] = _("A comment is required for this criterion.")
    if len(data.overall_comment or "") > OVERALL_MAX_CHARS:
        errors["overall_comment"] = _(
            "Please keep the overall comment under %(num)s characters.",
            num=format_number(OVERALL_MAX_CHARS),
        )
    if data.confidence is not None and not 1 <= data.confidence <= 5:
        errors["confidence"] = _("Choose your confidence from 1 to 5.")
    elif complete and data.confidence is None:
        errors["confidence"] = _("Please say how confident you are before submitting.")
    if complete and data.recommendation is None:
        errors["recommendation"] = _("Please give your recommendation before submitting.")
    if errors:
        raise InvalidReview(errors)


def _apply(review: Review, stage: Stage, data: ReviewInput) -> None:
    existing = {s.criterion_id: s for s in review.scores}
    for criterion in stage.criteria:
        value = data.scores.get(criterion.id)
        comment = (data.comments.get(criterion.id) or "").strip()
        score = existing.get(criterion.id)
        if score is None:
            if value is None and not comment:
                continue
            score = Score(criterion_id=criterion.id)
            review.scores.append(score)
        if score.value != value:
            score.value = value
        if (score.comment or "") != comment:
            score.comment = comment
    overall = (data.overall_comment or "").strip()
    if (review.overall_comment or "") != overall:
        review.overall_comment = overall
    if review.recommendation != data.recommendation:
        review.recommendation = data.recommendation
    if review.confidence != data.confidence:
        review.confidence = data.confidence
    total = weighted_total(list(stage.criteria), data.scores)
    if review.total != total:
        review.total = total


def _store(
    review: Review,
    data: ReviewInput,
    actor: User,
    now: datetime,
    expected_version: int,
    submit: bool,
) -> bool:
    _check_may_save(review, actor, now)
    if expected_version != review.version:
        raise StaleReview(snapshot(review), review.version)
    stage = review.assignment.stage
    was_submitted = review.status == ReviewStatus.SUBMITTED
    # A submitted review stays submitted: a revision must be as complete as the submission was.
    _check_input(stage, data, complete=submit or was_submitted)
    before = snapshot(review)
    _apply(review, stage, data)
    if submit:
        review.status = ReviewStatus.SUBMITTED
    after = snapshot(review)
    if after == before:
        return False
    if submit:
        review.submitted_at = now
    # Touching the row makes the version column move even when only scores changed; it moves
    # by one at the flush below, which writes the review, its scores, the revision row and the
    # audit event together.
    review.updated_at = now
    version = review.version + 1
    db.session.add(ReviewRevision(review=review, version=version, author_id=actor.id, data=after))
    changed = sorted(k for k in after if after[k] != before[k])
    if submit and not was_submitted:
        action = "review.submitted"
    elif was_submitted:
        action = "review.revised"  # each revision after submission is kept in the audit log
    else:
        action = "review.draft_saved"
    audit.record(
        action,
        actor=actor,
        obj=review,
        round_id=stage.round_id,
        nomination_id=review.assignment.nomination_id,
        version=version,
        changed=changed,
        **({"before": before, "after": after} if was_submitted else {}),
    )
    try:
        db.session.flush()
    except StaleDataError:
        db.session.rollback()
        fresh = db.session.get(Review, review.id, populate_existing=True)
        raise StaleReview(snapshot(fresh), fresh.version) from None
    if submit and not was_submitted:
        lock_if_first_submission(stage, now)
    if submit:  # the last review of a category triggers a fresh ranking (after the commit)
        maybe_recompute_after_submission(review)
    return True


def save_review(
    review: Review, data: ReviewInput, actor: User, now: datetime, expected_version: int
) -> bool:
    """Save what the reviewer typed. A draft may be partly filled; a submitted review is
    revised in place and must stay complete. Returns whether anything changed (one revision row
    per change). Raises DeadlinePassed, NotAllowed, InvalidReview or StaleReview."""
    return _store(review, data, actor, now, expected_version, submit=False)


def submit_review(
    review: Review, data: ReviewInput, actor: User, now: datetime, expected_version: int
) -> bool:
    """Submit (or resubmit) the review: every criterion scored, required comments given, a
    recommendation and a confidence. The first submission of the stage locks its rubric."""
    return _store(review, data, actor, now, expected_version, submit=True)


# --- other reviews ---------------------------------------------------------------------------


def _own_submitted(user: User, nomination: Nomination) -> bool:
    return bool(
        db.session.scalar(
            sa.select(
                sa.exists().where(
                    Review.assignment_id == Assignment.id,
                    Assignment.nomination_id == nomination.id,
                    Assignment.reviewer_id == user.id,
                    ACTIVE_ASSIGNMENT,
                    Review.status == ReviewStatus.SUBMITTED,
                )
            )
        )
    )


def can_see_other_reviews(user: User, nomination: Nomination) -> bool:
    """Only after the reviewer's own submission, in a round that allows it and is not blind,
    and never for a conflicted reviewer."""
    round_ = nomination.round
    if round_.blind_review or not round_.reviewers_see_other_reviews:
        return False
    if is_conflicted(user, nomination):
        return False
    return _own_submitted(user, nomination)


def other_reviews(user: User, nomination: Nomination) -> list[Review]:
    """The other reviewers' submitted reviews, if `user` may see them; else nothing."""
    if not can_see_other_reviews(user, nomination):
        return []
    return list(
        db.session.scalars(
            sa.select(Review)
            .join(Review.assignment)
            .where(
                Assignment.nomination_id == nomination.id,
                Assignment.reviewer_id != user.id,
                ACTIVE_ASSIGNMENT,
                Review.status == ReviewStatus.SUBMITTED,
            )
            .options(selectinload(Review.scores))
            .order_by(Review.submitted_at, Review.id)
        )
    )


# --- deliberation ----------------------------------------------------------------------------


def thread_reviewers(nomination: Nomination) -> list[User]:
    """The nomination's reviewers (active assignments, no conflict): the thread's members."""
    return list(
        db.session.scalars(
            sa.select(User)
            .join(Assignment, Assignment.reviewer_id == User.id)
            .where(
                Assignment.nomination_id == nomination.id,
                ACTIVE_ASSIGNMENT,
                ~sa.exists().where(
                    ConflictOfInterest.nomination_id == nomination.id,
                    ConflictOfInterest.reviewer_id == User.id,
                ),
            )
            .distinct()
            .order_by(User.id)
        )
    )


def can_discuss(user: User | None, nomination: Nomination) -> bool:
    """Its reviewers and the secretariat; never the nominator; from deliberation on."""
    if user is None or not user.is_authenticated or nomination.nominator_id == user.id:
        return False
    if PHASE_INDEX[nomination.round.phase] < PHASE_INDEX[Phase.DELIBERATION]:
        return False
    if user.has_role(Role.SECRETARIAT):
        return True
    members = thread_reviewers(nomination)
    return user.has_role(Role.REVIEWER) and any(r.id == user.id for r in members)


def discussion(nomination: Nomination) -> list[DiscussionPost]:
    return list(
        db.session.scalars(
            sa.select(DiscussionPost)
            .where(DiscussionPost.nomination_id == nomination.id)
            .options(selectinload(DiscussionPost.author))
            .order_by(DiscussionPost.created_at, DiscussionPost.id)
        )
    )


def post_to_discussion(
    nomination: Nomination, author: User, body: str, now: datetime
) -> DiscussionPost:
    """Add a post to the nomination's thread and tell the other members by e-mail: at most one
    notice per member, nomination and hour (the outbox's de-duplication key holds the hour)."""
    if not can_discuss(author, nomination):
        raise NotFound(_("This discussion does not exist."))
    if nomination.round.phase != Phase.DELIBERATION:
        raise StateConflict(_("The discussion is closed: the round is no longer in deliberation."))
    body = (body or "").strip()
    if not body:
        raise InvalidReview({"body": _("Please write something to post.")})
    if len(body) > POST_MAX_CHARS:
        raise InvalidReview(
            {
                "body": _(
                    "Please keep a post under %(num)s characters.",
                    num=format_number(POST_MAX_CHARS),
                )
            }
        )
    stage = nomination.round.first_stage
    post = DiscussionPost(
        stage_id=stage.id, nomination_id=nomination.id, author=author, body=body, created_at=now
    )
    db.session.add(post)
    db.session.flush()
    audit.record(
        "discussion.posted",
        actor=author,
        obj=post,
        round_id=nomination.round_id,
        nomination_id=nomination.id,
    )
    for recipient in _thread_recipients(nomination):
        if recipient.id == author.id:
            continue
        queue_email(
            to=recipient,
            template="discussion_post",
            dedup_key=f"discussion:{nomination.id}:{recipient.id}:{now:%Y-%m-%dT%H}",
            round_id=nomination.round_id,
            nomination=nomination,
            blind=nomination.round.blind_review,
            path=f"/review/nominations/{nomination.id}/discussion",
        )
    db.session.flush()
    return post


def _thread_recipients(nomination: Nomination) -> list[User]:
    """The reviewers, and the secretariat members who have taken part in the thread."""
    people = {u.id: u for u in thread_reviewers(nomination)}
    for user in db.session.scalars(
        sa.select(User)
        .join(DiscussionPost, DiscussionPost.author_id == User.id)
        .where(DiscussionPost.nomination_id == nomination.id)
        .distinct()
    ):
        if user.has_role(Role.SECRETARIAT) and user.id != nomination.nominator_id:
            people[user.id] = user
    return [people[k] for k in sorted(people)]


def flagged_for_disagreement(stage_ids: list[int]) -> set[int]:
    """Nominations whose latest ranking (per stage and category) flags reviewer disagreement."""
    if not stage_ids:
        return set()
    latest = (
        sa.select(sa.func.max(RankingSnapshot.id))
        .where(RankingSnapshot.stage_id.in_(stage_ids))
        .group_by(RankingSnapshot.stage_id, RankingSnapshot.category_id)
    )
    rows = db.session.execute(
        sa.select(RankingEntry.nomination_id, RankingEntry.flags).where(
            RankingEntry.snapshot_id.in_(latest)
        )
    )
    return {nomination_id for nomination_id, flags in rows if "disagreement" in (flags or [])}


def reviews_for_secretariat(nomination: Nomination) -> list[Assignment]:
    """Every active assignment of the nomination, with its reviewer, review and scores loaded,
    stage by stage: the secretariat's drill-down from a ranking to each review."""
    return list(
        db.session.scalars(
            sa.select(Assignment)
            .where(Assignment.nomination_id == nomination.id, ACTIVE_ASSIGNMENT)
            .options(
                selectinload(Assignment.reviewer),
                selectinload(Assignment.stage),
                selectinload(Assignment.review)
                .selectinload(Review.scores)
                .selectinload(Score.criterion),
            )
            .order_by(Assignment.stage_id, Assignment.id)
        )
    )
