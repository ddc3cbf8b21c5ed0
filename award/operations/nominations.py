"""The nominator's journey: drafts, submission, editing until the call closes, withdrawal."""

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from award.choices import country_codes
from award.errors import DeadlinePassed, DomainError, NotAllowed, StateConflict
from award.extensions import db
from award.labels import label
from award.mail import queue_email
from award.models import (
    Answer,
    Category,
    DecisionKind,
    LinkKind,
    Nomination,
    NominationCountry,
    NominationStatus,
    NominationVersion,
    NomineeKind,
    Phase,
    Role,
    Round,
    User,
)
from award.operations import audit

EDITABLE = {NominationStatus.DRAFT, NominationStatus.SUBMITTED, NominationStatus.INFO_REQUESTED}


@dataclass
class NominationInput:
    """What the nominator typed, already checked for size and format by the form."""

    title: str = ""
    category_id: int | None = None
    nominee_kind: str | None = None
    nominee_name: str = ""
    nominee_organisation: str = ""
    nominee_email: str = ""
    nominee_website: str = ""
    country: str | None = None
    linked_countries: list[str] = field(default_factory=list)
    link_kind: str | None = None
    language: str = "en"
    consent_showcase: bool | None = None
    answers: dict[str, str] = field(default_factory=dict)


class IncompleteNomination(DomainError):
    """Submit found problems; `errors` maps each field to its message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(_("Some answers are missing or too long; see the marked fields."))
        self.errors = errors


def word_count(text: str) -> int:
    return len(text.split())


def is_editable(nomination: Nomination, now: datetime) -> bool:
    """Whether the nominator may still change it: the call is open, or the secretariat asked
    for more information and the date it gave has not passed."""
    if nomination.status not in EDITABLE:
        return False
    if nomination.status == NominationStatus.INFO_REQUESTED:
        return nomination.info_requested_until is not None and now < nomination.info_requested_until
    return nomination.round.is_open_at(now)


def edit_deadline(nomination: Nomination) -> datetime:
    if nomination.status == NominationStatus.INFO_REQUESTED and nomination.info_requested_until:
        return nomination.info_requested_until
    return nomination.round.nominations_close_at


def _check_owner(nomination: Nomination, user: User) -> None:
    if nomination.nominator_id != user.id:
        raise NotAllowed(_("Only the person who made this nomination can change it."))


def _check_editable(nomination: Nomination, now: datetime) -> None:
    if not is_editable(nomination, now):
        if nomination.status == NominationStatus.WITHDRAWN:
            raise StateConflict(_("This nomination has been withdrawn and can no longer change."))
        raise DeadlinePassed(
            _(
                "The call for nominations has closed, so this nomination can no longer be "
                "changed. Nothing was saved from this attempt; your saved version is unchanged."
            )
        )


def start_nomination(round_: Round, nominator: User, now: datetime) -> Nomination:
    if not round_.is_open_at(now):
        raise DeadlinePassed(_("This call for nominations is not open."))
    nominator.add_role(Role.NOMINATOR)
    nomination = Nomination(round=round_, nominator=nominator, language=nominator.language)
    db.session.add(nomination)
    db.session.flush()
    audit.record("nomination.created", actor=nominator, obj=nomination)
    return nomination


def _apply(nomination: Nomination, data: NominationInput) -> None:
    round_ = nomination.round
    category = None
    if data.category_id is not None:
        category = db.session.get(Category, data.category_id)
        if category is None or category.round_id != round_.id:
            raise DomainError(_("Choose one of this round's categories."))
    codes = country_codes()
    if data.country and data.country not in codes:
        raise DomainError(_("%(code)s is not a country code.", code=data.country))
    if any(c not in codes for c in data.linked_countries):
        raise DomainError(_("One of the linked countries is not a country code."))
    if data.nominee_kind not in (None, *(k.value for k in NomineeKind)):
        raise DomainError(_("Say whether the nominee is a person or an organisation."))
    if data.link_kind not in (None, *(k.value for k in LinkKind)):
        raise DomainError(_("Say whether the linked countries send or receive health workers."))
    nomination.title = data.title.strip()
    nomination.category = category
    nomination.nominee_kind = NomineeKind(data.nominee_kind) if data.nominee_kind else None
    nomination.nominee_name = data.nominee_name.strip()
    nomination.nominee_organisation = data.nominee_organisation.strip()
    nomination.nominee_email = data.nominee_email.strip().lower()
    nomination.nominee_website = data.nominee_website.strip()
    nomination.country = data.country or None
    nomination.link_kind = LinkKind(data.link_kind) if data.link_kind else None
    nomination.language = data.language or nomination.language
    nomination.consent_showcase = data.consent_showcase
    wanted = list(dict.fromkeys(data.linked_countries))
    nomination.linked_countries = [
        next((c for c in nomination.linked_countries if c.country == code), None)
        or NominationCountry(country=code)
        for code in wanted
    ]
    existing = {a.question.key: a for a in nomination.answers}
    for question in round_.questions:
        value = data.answers.get(question.key, "").strip()
        if question.key in existing:
            existing[question.key].value = value
        elif value:
            nomination.answers.append(Answer(question=question, value=value))


def save_draft(nomination: Nomination, data: NominationInput, actor: User, now: datetime) -> None:
    """Keep whatever is there, however incomplete. A submitted nomination stays submitted: its
    changes are saved, and become a new version when submitted again."""
    _check_owner(nomination, actor)
    _check_editable(nomination, now)
    _apply(nomination, data)
    audit.record("nomination.saved", actor=actor, obj=nomination)


def problems(nomination: Nomination) -> dict[str, str]:
    """What stops this nomination from being submitted, field by field."""
    errors: dict[str, str] = {}
    required = {
        "title": nomination.title,
        "category": nomination.category_id,
        "nominee_kind": nomination.nominee_kind,
        "nominee_name": nomination.nominee_name,
        "country": nomination.country,
        "link_kind": nomination.link_kind,
    }
    for name, value in required.items():
        if not value:
            errors[name] = _("This is required to submit.")
    if nomination.nominee_kind == NomineeKind.PERSON and not nomination.nominee_email:
        errors["nominee_email"] = _(
            "Give the nominee's e-mail, so they can be told of the nomination."
        )
    if not nomination.linked_countries:
        errors["linked_countries"] = _("Choose at least one country that the innovation links.")
    if nomination.consent_showcase is None:
        errors["consent_showcase"] = _("Say whether it may be shown in the public showcase.")
    answers = {a.question.key: a.value for a in nomination.answers}
    for question in nomination.round.questions:
        value = answers.get(question.key, "")
        if question.required and not value.strip():
            errors[f"q_{question.key}"] = _("This is required to submit.")
        elif question.word_limit and word_count(value) > question.word_limit:
            errors[f"q_{question.key}"] = _(
                "%(num)d words; the limit is %(limit)d.",
                num=word_count(value),
                limit=question.word_limit,
            )
    return errors


def receipt_number(nomination: Nomination) -> str:
    return f"{nomination.round.year or nomination.round_id}-{nomination.id:05d}"


def snapshot(nomination: Nomination) -> dict:
    """The nomination as submitted, frozen in a version row."""
    return {
        "title": nomination.title,
        "category": nomination.category.name if nomination.category else "",
        "nominee_kind": nomination.nominee_kind.value if nomination.nominee_kind else "",
        "nominee_name": nomination.nominee_name,
        "nominee_organisation": nomination.nominee_organisation,
        "nominee_email": nomination.nominee_email,
        "nominee_website": nomination.nominee_website,
        "country": nomination.country or "",
        "linked_countries": sorted(c.country for c in nomination.linked_countries),
        "link_kind": nomination.link_kind.value if nomination.link_kind else "",
        "consent_showcase": nomination.consent_showcase,
        "answers": {a.question.key: a.value for a in nomination.answers},
        "attachments": [a.sha256 for a in nomination.attachments],
    }


def submit_nomination(nomination: Nomination, actor: User, now: datetime, token: str) -> bool:
    """Submit what is saved. `token` comes from the form: the same token posted twice (a
    double-click) gives one receipt and one e-mail. Returns whether a new version was made."""
    _check_owner(nomination, actor)
    if (
        token
        and nomination.submission_token == token
        and nomination.status != NominationStatus.DRAFT
    ):
        return False
    _check_editable(nomination, now)
    db.session.flush()
    errors = problems(nomination)
    if errors:
        raise IncompleteNomination(errors)
    first = nomination.receipt_number is None
    if first:
        nomination.receipt_number = receipt_number(nomination)
    nomination.status = NominationStatus.SUBMITTED
    nomination.submitted_at = now
    nomination.submission_token = token or None
    number = len(nomination.versions) + 1
    nomination.versions.append(NominationVersion(number=number, data=snapshot(nomination)))
    audit.record("nomination.submitted", actor=actor, obj=nomination, version=number)
    queue_email(
        to=actor,
        template="nomination_received" if first else "nomination_updated",
        dedup_key=f"nomination-submitted:{nomination.id}:v{number}",
        round_id=nomination.round_id,
        nomination=nomination,
        version=number,
        closes=nomination.round.nominations_close_at,
        timezone=actor.timezone,
    )
    return True


def withdraw_nomination(nomination: Nomination, actor: User, now: datetime) -> None:
    _check_owner(nomination, actor)
    _check_editable(nomination, now)
    nomination.status = NominationStatus.WITHDRAWN
    nomination.withdrawn_at = now
    audit.record("nomination.withdrawn", actor=actor, obj=nomination)


def nominations_of(user: User) -> list[Nomination]:
    return list(
        db.session.scalars(
            sa.select(Nomination)
            .where(Nomination.nominator_id == user.id)
            .options(selectinload(Nomination.round), selectinload(Nomination.category))
            .order_by(Nomination.created_at.desc())
        )
    )


def status_label(nomination: Nomination, decision_kind: str | None = None) -> str:
    """What the nominator sees, in their language: the stored status, refined by the round's
    phase and outcome."""
    if decision_kind and nomination.round.phase in (Phase.ANNOUNCED, Phase.ARCHIVED):
        kinds = {k.value: k for k in DecisionKind}
        return label(kinds.get(decision_kind, DecisionKind.HONOURABLE_MENTION))
    if nomination.status == NominationStatus.ELIGIBLE and nomination.round.phase in (
        Phase.REVIEW,
        Phase.DELIBERATION,
        Phase.DECIDED,
    ):
        return _("under review")
    if nomination.status == NominationStatus.INFO_REQUESTED:
        return _("more information requested")
    return label(nomination.status)
