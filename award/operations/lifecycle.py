"""A round's life: draft -> open -> screening -> review -> deliberation -> decided -> announced ->
archived. Each move is checked, audited and told to the people it concerns; the call opens and
closes on its own at the set times, and a scheduled announcement goes out when it is due.

Decisions (winners, runners-up, honourable mentions, each with the citation that will be
published) are recorded here too; moving to `decided` closes the round, which locks reviews and
decisions."""

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from award.database import utcnow
from award.errors import DomainError, StateConflict
from award.extensions import db
from award.labels import label
from award.links import public_url
from award.mail import queue_email
from award.models import (
    ACTIVE_ASSIGNMENT,
    PHASE_INDEX,
    PHASE_ORDER,
    Assignment,
    Decision,
    DecisionKind,
    Nomination,
    NominationStatus,
    Phase,
    Review,
    ReviewStatus,
    Round,
    Stage,
    User,
)
from award.operations import audit
from award.operations.rubric import is_locked

AWAITING_SCREENING = (NominationStatus.SUBMITTED, NominationStatus.INFO_REQUESTED)
DECIDING_PHASES = (Phase.REVIEW, Phase.DELIBERATION)
MAX_CITATION = 2000
log = logging.getLogger(__name__)
KIND_ORDER = {DecisionKind.WINNER: 0, DecisionKind.RUNNER_UP: 1, DecisionKind.HONOURABLE_MENTION: 2}


def next_phase(round_: Round) -> Phase | None:
    index = PHASE_INDEX[round_.phase] + 1
    return PHASE_ORDER[index] if index < len(PHASE_ORDER) else None


# --- what a move needs and does ------------------------------------------------------------


def _count(query: sa.Select) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0


def _eligible(round_: Round) -> sa.Select:
    return sa.select(Nomination.id).where(
        Nomination.round_id == round_.id, Nomination.status == NominationStatus.ELIGIBLE
    )


def undecided_categories(round_: Round) -> list[str]:
    """Names of the categories that hold eligible nominations but have no winner yet."""
    with_eligible = set(
        db.session.scalars(
            sa.select(Nomination.category_id).where(
                Nomination.round_id == round_.id, Nomination.status == NominationStatus.ELIGIBLE
            )
        )
    )
    with_winner = set(
        db.session.scalars(
            sa.select(Decision.category_id).where(
                Decision.round_id == round_.id, Decision.kind == DecisionKind.WINNER
            )
        )
    )
    return [c.name for c in round_.categories if c.id in with_eligible - with_winner]


def _unassigned(stage: Stage) -> int:
    assigned = sa.select(Assignment.nomination_id).where(
        Assignment.stage_id == stage.id, ACTIVE_ASSIGNMENT
    )
    return _count(_eligible(stage.round).where(Nomination.id.not_in(assigned)))


def problems(round_: Round, target: Phase, now: datetime) -> list[str]:
    """Why `round_` cannot move to `target` now, in words for the secretariat; [] if it can."""
    if round_.phase == target:
        return [_("The round is already in the %(phase)s phase.", phase=label(target))]
    if target != next_phase(round_):
        expected = next_phase(round_)
        if expected is None:
            return [
                _(
                    "Phases are taken in order: %(phase)s is the last phase.",
                    phase=label(round_.phase),
                )
            ]
        return [
            _(
                "Phases are taken in order: from %(phase)s the next is the %(next)s phase.",
                phase=label(round_.phase),
                next=label(expected),
            )
        ]
    found: list[str] = []
    if target == Phase.OPEN:
        if not round_.categories:
            found.append(_("The round has no categories."))
        if not round_.questions:
            found.append(_("The nomination form has no questions."))
        if round_.nominations_close_at <= now:
            found.append(_("The closing date has passed: move it before opening the call."))
    elif target == Phase.SCREENING:
        if round_.nominations_close_at > now:
            found.append(
                _(
                    "The call is still open. To close it early, bring the closing date forward "
                    "first."
                )
            )
    elif target == Phase.REVIEW:
        waiting = _count(
            sa.select(Nomination.id).where(
                Nomination.round_id == round_.id, Nomination.status.in_(AWAITING_SCREENING)
            )
        )
        if waiting:
            found.append(_("%(num)d nomination(s) still wait for screening.", num=waiting))
        if not _count(_eligible(round_)):
            found.append(_("No nomination has been found eligible."))
        stage = round_.first_stage
        if stage is None or not stage.criteria:
            found.append(_("The rubric has no criteria."))
        elif missing := _unassigned(stage):
            found.append(
                _("%(num)d eligible nomination(s) have no reviewer assigned.", num=missing)
            )
    elif target in (Phase.DECIDED, Phase.ANNOUNCED):
        missing = undecided_categories(round_)
        if missing:
            found.append(_("No winner yet in: %(categories)s.", categories=", ".join(missing)))
    return found


@dataclass
class MovePreview:
    target: Phase | None
    problems: list[str] = field(default_factory=list)
    effects: list[str] = field(default_factory=list)


def preview(round_: Round, now: datetime) -> MovePreview:
    """The next move, what stands in its way, and what it will do: for the confirmation page."""
    target = next_phase(round_)
    if target is None:
        return MovePreview(None)
    out = MovePreview(target, problems(round_, target, now))
    if target == Phase.OPEN:
        out.effects.append(_("The call appears on the public site and nominations can be saved."))
    elif target == Phase.SCREENING:
        out.effects.append(_("No more nominations are accepted; unsubmitted drafts stay drafts."))
        out.effects.append(_("Each nominator is told the call has closed."))
    elif target == Phase.REVIEW:
        out.effects.append(_("The rubric locks; assigned reviewers can score and are e-mailed."))
    elif target == Phase.DELIBERATION:
        late = _count(
            sa.select(Assignment.id)
            .join(Stage)
            .where(Stage.round_id == round_.id, ACTIVE_ASSIGNMENT)
            .where(~Assignment.review.has(Review.status == ReviewStatus.SUBMITTED))
        )
        if late:
            out.effects.append(
                _("%(num)d review(s) are not submitted yet; reviewers may finish.", num=late)
            )
        out.effects.append(_("Reviewers are told that deliberation is open."))
    elif target == Phase.DECIDED:
        out.effects.append(_("The round closes: reviews and decisions can no longer change."))
        out.effects.append(_("The Council is told the decisions are taken."))
    elif target == Phase.ANNOUNCED:
        out.effects.append(_("The winners page goes public."))
        out.effects.append(
            _("Winners, every other nominator (with their outcome) and the reviewers are e-mailed.")
        )
    elif target == Phase.ARCHIVED:
        out.effects.append(_("The round leaves the secretariat's active list; nothing is deleted."))
    return out


def _lock(round_: Round) -> None:
    """Read the round's phase again under a row lock, so two moves cannot both pass the check."""
    if sa.inspect(round_).persistent:
        db.session.refresh(round_, ["phase", "closed_at", "announced_at"], with_for_update=True)


def move(
    round_: Round,
    target: Phase,
    actor: User | None,
    now: datetime,
    expected: Phase | None = None,
) -> int:
    """Move the round one phase on. `expected` is the phase the person saw: if the round has
    moved since (a second click, another tab), nothing happens and they are told. Returns the
    number of e-mails queued."""
    _lock(round_)
    if expected is not None and round_.phase != expected:
        raise StateConflict(
            _(
                "The round moved to the %(phase)s phase meanwhile; nothing was changed.",
                phase=label(round_.phase),
            )
        )
    found = problems(round_, target, now)
    if found:
        raise StateConflict(" ".join(found))
    if target == Phase.ANNOUNCED:
        return _announce(round_, actor, now)
    before = round_.phase
    round_.phase = target
    if target == Phase.REVIEW:
        for stage in round_.stages[:1]:
            if not is_locked(stage):
                stage.rubric_locked_at = now
                audit.record("rubric.locked", actor=actor, obj=stage, round_id=round_.id)
    if target == Phase.DECIDED:
        # Stamped now that the round's lock is held, not when the request began: a review save
        # that held the round until a moment ago committed before the close and must read so.
        round_.closed_at = max(now, utcnow())
    audit.record(
        "round.phase",
        actor=actor,
        obj=round_,
        round_id=round_.id,
        before=before.value,
        after=target.value,
        automatic=actor is None,
    )
    db.session.flush()
    return _tell(round_, target)


# --- telling people ---------------------------------------------------------------------------


def _nominators(round_: Round, statuses) -> dict[int, User]:
    rows = db.session.scalars(
        sa.select(Nomination)
        .where(Nomination.round_id == round_.id, Nomination.status.in_(statuses))
        .options(selectinload(Nomination.nominator))
    ).all()
    return {n.nominator_id: n.nominator for n in rows}


def _reviewers(round_: Round) -> dict[int, User]:
    rows = db.session.scalars(
        sa.select(Assignment)
        .join(Stage)
        .where(Stage.round_id == round_.id, ACTIVE_ASSIGNMENT)
        .options(selectinload(Assignment.reviewer))
    ).all()
    return {a.reviewer_id: a.reviewer for a in rows}


def _tell(round_: Round, phase: Phase) -> int:
    """One e-mail per person concerned, keyed by (round, phase, person): sent once."""
    if phase == Phase.SCREENING:
        people = _nominators(round_, [s for s in NominationStatus if s != NominationStatus.DRAFT])
        link = public_url("nominations.index")
    elif phase in (Phase.REVIEW, Phase.DELIBERATION, Phase.DECIDED):
        people = _reviewers(round_)
        link = public_url("review.dashboard")
    else:
        return 0
    queued = 0
    for user in people.values():
        queued += (
            queue_email(
                to=user,
                template="phase_changed",
                round_id=round_.id,
                dedup_key=f"phase:{round_.id}:{phase.value}:{user.id}",
                round=round_,
                phase=phase.value,
                link=link,
                timezone=user.timezone,
            )
            is not None
        )
    return queued


# --- decisions --------------------------------------------------------------------------------


def _check_decidable(round_: Round) -> None:
    if round_.closed_at is not None or PHASE_INDEX[round_.phase] >= PHASE_INDEX[Phase.DECIDED]:
        raise StateConflict(_("The round is closed: its decisions can no longer change."))
    if round_.phase not in DECIDING_PHASES:
        raise StateConflict(_("Decisions are taken once review has begun."))


def record_decision(
    round_: Round,
    nomination: Nomination,
    kind: DecisionKind,
    citation: str,
    actor: User,
    now: datetime,
) -> Decision:
    """Make `nomination` a winner, runner-up or honourable mention of its category, with the
    citation that will be published. A second decision for the same nomination replaces it."""
    _lock(round_)
    _check_decidable(round_)
    if nomination.round_id != round_.id:
        raise DomainError(_("That nomination belongs to another round."))
    if nomination.status != NominationStatus.ELIGIBLE:
        raise StateConflict(
            _(
                "Only an eligible nomination can be chosen; this one is %(status)s.",
                status=label(nomination.status),
            )
        )
    citation = (citation or "").strip()
    if not citation:
        raise DomainError(_("Write the citation: the text that will be published with the award."))
    if len(citation) > MAX_CITATION:
        raise DomainError(
            _("The citation is too long (at most %(num)d characters).", num=MAX_CITATION)
        )
    position = db.session.scalar(
        sa.select(sa.func.count()).where(
            Decision.round_id == round_.id,
            Decision.category_id == nomination.category_id,
            Decision.kind == kind,
            Decision.nomination_id != nomination.id,
        )
    )
    decision = db.session.scalar(sa.select(Decision).where(Decision.nomination_id == nomination.id))
    if decision is None:
        decision = Decision(round_id=round_.id, nomination=nomination)
        db.session.add(decision)
    decision.category_id = nomination.category_id
    decision.kind, decision.citation, decision.position = kind, citation, position or 0
    decision.decided_by_id, decision.decided_at = actor.id, now
    db.session.flush()
    audit.record(
        "decision.recorded",
        actor=actor,
        obj=decision,
        round_id=round_.id,
        nomination_id=nomination.id,
        kind=kind.value,
    )
    return decision


def remove_decision(decision: Decision, actor: User) -> None:
    round_ = db.session.get(Round, decision.round_id)
    _lock(round_)
    _check_decidable(round_)
    audit.record(
        "decision.removed",
        actor=actor,
        obj=decision,
        round_id=round_.id,
        nomination_id=decision.nomination_id,
        kind=decision.kind.value,
    )
    db.session.delete(decision)


def decisions(round_: Round) -> dict[int, list[Decision]]:
    """The round's decisions by category id, winners first."""
    rows = db.session.scalars(
        sa.select(Decision)
        .where(Decision.round_id == round_.id)
        .options(selectinload(Decision.nomination))
    ).all()
    out: dict[int, list[Decision]] = defaultdict(list)
    for d in sorted(rows, key=lambda d: (KIND_ORDER[d.kind], d.position, d.id)):
        out[d.category_id].append(d)
    return out


# --- the announcement -------------------------------------------------------------------------


def schedule_announcement(round_: Round, when: datetime | None, actor: User, now: datetime) -> None:
    """Announce at `when` (None cancels). A periodic task announces it once it is due."""
    _lock(round_)
    if round_.phase != Phase.DECIDED:
        raise StateConflict(_("Only a decided round that is not yet announced can be scheduled."))
    if when is not None and when <= now:
        raise DomainError(_("Choose a time in the future, or announce now."))
    round_.announce_at = when
    audit.record(
        "round.announcement_scheduled",
        actor=actor,
        obj=round_,
        round_id=round_.id,
        at=when.isoformat() if when else None,
    )


def _announce(round_: Round, actor: User | None, now: datetime) -> int:
    round_.phase = Phase.ANNOUNCED
    round_.announced_at = now
    audit.record(
        "round.announced", actor=actor, obj=round_, round_id=round_.id, automatic=actor is None
    )
    db.session.flush()
    return queue_announcement_emails(round_)


def queue_announcement_emails(round_: Round) -> int:
    """Each nominator once per nomination (winners with their citation, everyone else with a
    thank-you and their outcome) and each reviewer once. Keyed, so a rerun sends nothing more."""
    outcome = {d.nomination_id: d for ds in decisions(round_).values() for d in ds}
    winners_url = public_url("calls.winners", slug=round_.slug)
    queued = 0
    submitted = db.session.scalars(
        sa.select(Nomination)
        .where(
            Nomination.round_id == round_.id,
            Nomination.status.not_in([NominationStatus.DRAFT, NominationStatus.WITHDRAWN]),
        )
        .options(selectinload(Nomination.nominator))
        .order_by(Nomination.id)
    ).all()
    for nomination in submitted:
        decision = outcome.get(nomination.id)
        queued += (
            queue_email(
                to=nomination.nominator,
                template="winner" if decision else "outcome",
                round_id=round_.id,
                dedup_key=f"announce:{round_.id}:nomination:{nomination.id}",
                round=round_,
                title=nomination.title,
                kind=decision.kind.value if decision else "",
                citation=decision.citation if decision else "",
                eligible=nomination.status == NominationStatus.ELIGIBLE,
                link=winners_url,
            )
            is not None
        )
    for reviewer in _reviewers(round_).values():
        queued += (
            queue_email(
                to=reviewer,
                template="results_council",
                round_id=round_.id,
                dedup_key=f"announce:{round_.id}:reviewer:{reviewer.id}",
                round=round_,
                link=winners_url,
            )
            is not None
        )
    return queued


# --- the periodic task ------------------------------------------------------------------------


def advance_due_rounds(now: datetime) -> list[tuple[str, str]]:
    """Open calls whose time has come, close those whose deadline passed (for rounds that allow
    it) and make due announcements. Returns (slug, new phase) per move. A round that cannot move
    (its set-up is incomplete) stays where it is and is logged."""
    moved = []
    due = db.session.scalars(
        sa.select(Round).where(
            sa.or_(
                sa.and_(
                    Round.auto_advance,
                    Round.phase == Phase.DRAFT,
                    Round.nominations_open_at <= now,
                    Round.nominations_close_at > now,
                ),
                sa.and_(
                    Round.auto_advance,
                    Round.phase == Phase.OPEN,
                    Round.nominations_close_at <= now,
                ),
                sa.and_(Round.phase == Phase.DECIDED, Round.announce_at <= now),
            )
        )
    ).all()
    for round_ in due:
        target = next_phase(round_)
        try:
            move(round_, target, None, now, expected=round_.phase)
        except StateConflict as exc:
            # Checked again on the next tick; the secretariat sees the problem on the round page.
            log.warning("round %s not moved to %s: %s", round_.slug, target.value, exc.message)
            continue
        moved.append((round_.slug, target.value))
    return moved
