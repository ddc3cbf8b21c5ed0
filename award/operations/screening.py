"""Screening by the secretariat: what it sees of a round, and marking a nomination eligible or
ineligible or asking its nominator for more information; each change is audited and e-mailed."""

from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import joinedload, selectinload

from award.database import utcnow
from award.errors import DomainError, StateConflict
from award.extensions import db
from award.labels import label
from award.links import public_url
from award.mail import queue_email
from award.models import AuditEvent, Nomination, NominationStatus, Round, User
from award.operations import audit

SCREENABLE = frozenset(
    {
        NominationStatus.SUBMITTED,
        NominationStatus.INFO_REQUESTED,
        NominationStatus.ELIGIBLE,
        NominationStatus.INELIGIBLE,
    }
)
# Drafts are the nominator's private work: the secretariat sees only that they exist.
VISIBLE = tuple(s for s in NominationStatus if s != NominationStatus.DRAFT)


def can_screen(nomination: Nomination) -> bool:
    return nomination.status in SCREENABLE


def nominations_query(
    round_: Round,
    q: str = "",
    category_id: int | None = None,
    country: str | None = None,
    status: NominationStatus | None = None,
) -> sa.Select:
    """The round's nominations as the secretariat lists them, searched and filtered."""
    query = sa.select(Nomination).where(
        Nomination.round_id == round_.id, Nomination.status.in_(VISIBLE)
    )
    q = q.strip()
    if q:
        # icontains is ILIKE on PostgreSQL and lower() LIKE lower() on SQLite; autoescape makes
        # a typed % or _ match itself.
        query = query.where(
            sa.or_(
                *(
                    column.icontains(q, autoescape=True)
                    for column in (
                        Nomination.title,
                        Nomination.nominee_name,
                        Nomination.nominee_organisation,
                        Nomination.receipt_number,
                    )
                )
            )
        )
    if category_id is not None:
        query = query.where(Nomination.category_id == category_id)
    if country:
        query = query.where(Nomination.country == country)
    if status is not None:
        query = query.where(Nomination.status == status)
    return query.options(selectinload(Nomination.category)).order_by(
        Nomination.submitted_at.desc(), Nomination.id.desc()
    )


def round_countries(round_: Round) -> list[str]:
    """The countries of the round's visible nominations, for the filter."""
    return list(
        db.session.scalars(
            sa.select(Nomination.country)
            .where(
                Nomination.round_id == round_.id,
                Nomination.status.in_(VISIBLE),
                Nomination.country.is_not(None),
            )
            .distinct()
        )
    )


def draft_count(round_: Round) -> int:
    return db.session.scalar(
        sa.select(sa.func.count()).where(
            Nomination.round_id == round_.id, Nomination.status == NominationStatus.DRAFT
        )
    )


# Draft edits are the nominator's own business, and too many to read.
PRIVATE_ACTIONS = ("nomination.created", "nomination.saved")


def status_history(nomination: Nomination) -> list[AuditEvent]:
    """The audit events of the nomination from its submission on: submissions, screening,
    withdrawal, oldest first."""
    return list(
        db.session.scalars(
            sa.select(AuditEvent)
            .where(
                AuditEvent.object_type == "nomination",
                AuditEvent.object_id == nomination.id,
                AuditEvent.action.not_in(PRIVATE_ACTIONS),
            )
            .options(joinedload(AuditEvent.actor))
            .order_by(AuditEvent.at, AuditEvent.id)
        )
    )


def mark_eligible(nomination: Nomination, actor: User) -> bool:
    """Returns whether anything changed: marking an eligible nomination eligible again does
    nothing and sends nothing."""
    _check_screenable(nomination)
    if nomination.status == NominationStatus.ELIGIBLE:
        return False
    _screen(nomination, actor, NominationStatus.ELIGIBLE, "", "screening_eligible")
    return True


def mark_ineligible(nomination: Nomination, actor: User, reason: str) -> bool:
    """The reason is sent to the nominator. Returns whether anything changed."""
    _check_screenable(nomination)
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Give the reason the nomination is ineligible: the nominator is told."))
    if nomination.status == NominationStatus.INELIGIBLE and nomination.screening_reason == reason:
        return False
    _screen(nomination, actor, NominationStatus.INELIGIBLE, reason, "screening_ineligible")
    return True


def request_information(nomination: Nomination, actor: User, message: str, until: datetime) -> bool:
    """Reopen the nomination to its nominator until `until` (aware, in the future), even after
    the call has closed, with a message saying what is missing. Returns whether anything
    changed: the same request twice sends one e-mail."""
    _check_screenable(nomination)
    message = (message or "").strip()
    if not message:
        raise DomainError(_("Say what information the nominator should add."))
    if until.tzinfo is None:
        raise ValueError("request_information needs an aware datetime")
    if until <= utcnow():
        raise DomainError(_("The date until which the nominator may edit must be in the future."))
    if (
        nomination.status == NominationStatus.INFO_REQUESTED
        and nomination.info_requested_until == until
        and _last_request_message(nomination) == message
    ):
        return False
    previous, key = nomination.status, _dedup_key(nomination, NominationStatus.INFO_REQUESTED)
    nomination.status = NominationStatus.INFO_REQUESTED
    nomination.info_requested_until = until
    # Screened again once the nominator has answered.
    nomination.screened_at = None
    nomination.screening_reason = ""
    audit.record(
        "nomination.info_requested",
        actor,
        nomination,
        from_status=str(previous),
        to_status=nomination.status.value,
        message=message,
        until=until.isoformat(),
    )
    queue_email(
        to=nomination.nominator,
        template="information_requested",
        dedup_key=key,
        round_id=nomination.round_id,
        **_email_context(nomination),
        message=message,
        until=until,
    )
    db.session.flush()
    return True


def _check_screenable(nomination: Nomination) -> None:
    if nomination.status == NominationStatus.DRAFT:
        raise StateConflict(
            _("This nomination is still a draft: it can be screened once its nominator submits it.")
        )
    if nomination.status == NominationStatus.WITHDRAWN:
        raise StateConflict(
            _("This nomination was withdrawn by its nominator: it cannot be screened.")
        )
    if nomination.status not in SCREENABLE:
        raise StateConflict(
            _(
                "A nomination that is %(status)s cannot be screened.",
                status=label(nomination.status),
            )
        )


def _screen(
    nomination: Nomination, actor: User, status: NominationStatus, reason: str, template: str
) -> None:
    previous, key = nomination.status, _dedup_key(nomination, status)
    nomination.status = status
    nomination.screened_at = utcnow()
    nomination.screening_reason = reason
    nomination.info_requested_until = None  # no longer open to the nominator
    audit.record(
        "nomination.screened",
        actor,
        nomination,
        from_status=str(previous),
        to_status=status.value,
        reason=reason,
    )
    queue_email(
        to=nomination.nominator,
        template=template,
        dedup_key=key,
        round_id=nomination.round_id,
        **_email_context(nomination),
        reason=reason,
    )
    db.session.flush()


def _dedup_key(nomination: Nomination, status: NominationStatus) -> str:
    # The row version before the change: two racing identical requests read the same version and
    # send one e-mail (the loser's UPDATE fails on the version check); any later change sends anew.
    return f"screening:nomination={nomination.id}:status={status.value}:v={nomination.version}"


def _last_request_message(nomination: Nomination) -> str | None:
    data = db.session.scalar(
        sa.select(AuditEvent.data)
        .where(
            AuditEvent.object_type == "nomination",
            AuditEvent.object_id == nomination.id,
            AuditEvent.action == "nomination.info_requested",
        )
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    return (data or {}).get("message")


def _email_context(nomination: Nomination) -> dict:
    return {
        "title": " ".join(nomination.display_title.split()),  # one line: it goes in the subject
        "receipt_number": nomination.receipt_number or "",
        "round_name": nomination.round.name,
        "timezone": nomination.round.timezone,
        "link": public_url("nominations.index"),
    }
