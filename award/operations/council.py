"""The Council: e-mailed invitations (only the token's hash is stored; single-use, expiring,
revocable), accepting one, the reviewer's profile, and removing a member from a round."""

import enum
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import contains_eager

from award.choices import LANGUAGE_CHOICES, country_codes, timezone_choices
from award.database import utcnow
from award.demo_data import THEMES as DEMO_THEMES
from award.errors import DomainError, NotFound, StateConflict
from award.extensions import db
from award.links import public_url
from award.mail import queue_email
from award.models import (
    ACTIVE_ASSIGNMENT,
    Assignment,
    Category,
    Invitation,
    MemberStatus,
    Phase,
    ReviewerExpertise,
    ReviewerLanguage,
    Role,
    Round,
    RoundReviewer,
    Side,
    Stage,
    User,
)
from award.operations import audit
from award.operations.accounts import check_new_password, find_user, normalise_email
from award.security import hash_password, random_token, token_hash
from award.texts import Text

INVITATION_LIFETIME = timedelta(days=14)
# Expertise tags are the round's category slugs and these themes (the nominations' theme tags).
THEMES: tuple[str, ...] = tuple(DEMO_THEMES)
LANGUAGE_CODES = frozenset(code for code, _name in LANGUAGE_CHOICES)


def _ask_again(reason: str) -> str:
    return reason + " " + _("Ask the award secretariat to send you a new one.")


class InvitationState(enum.StrEnum):
    PENDING = "pending"
    EXPIRED = "expired"
    ACCEPTED = "accepted"
    REVOKED = "revoked"


def invitation_state(invitation: Invitation, now: datetime) -> InvitationState:
    if invitation.accepted_at is not None:
        return InvitationState.ACCEPTED
    if invitation.revoked_at is not None:
        return InvitationState.REVOKED
    if invitation.expires_at <= now:
        return InvitationState.EXPIRED
    return InvitationState.PENDING


def plain(text: str | None) -> str:
    """One line of text: control characters dropped, runs of white space made one space."""
    text = "".join(c for c in (text or "") if unicodedata.category(c) != "Cc" or c.isspace())
    return " ".join(text.split())


class InvitationInvalid(DomainError):
    """The link cannot be used (unknown, used, revoked, expired); `reason` says why and what to
    do, for a page headed "This invitation is no longer valid"."""

    def __init__(self, reason: str):
        super().__init__(_("This invitation is no longer valid.") + " " + reason)
        self.reason = reason


class ProfileProblem(DomainError):
    """The profile (or the account details given with it) cannot be saved; `errors` maps each
    field to its message. A load cap's field is `load_cap:<round id>`."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(_("Some details need correcting; see the marked fields."))
        self.errors = errors


# --- invitations (the secretariat) ---------------------------------------------------------------


def _lock_round(round_: Round) -> None:
    # Two secretariat members inviting the same person at once act one after the other (SQLite's
    # write lock, taken at the start of every POST, does the same).
    db.session.execute(sa.select(Round.id).where(Round.id == round_.id).with_for_update())


def _open_invitation(round_id: int, email: str, now: datetime) -> Invitation | None:
    return db.session.scalar(
        sa.select(Invitation).where(
            Invitation.round_id == round_id,
            Invitation.email == email,
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
            Invitation.expires_at > now,
        )
    )


def _membership(round_id: int, user_id: int) -> RoundReviewer | None:
    return db.session.scalar(
        sa.select(RoundReviewer).where(
            RoundReviewer.round_id == round_id, RoundReviewer.user_id == user_id
        )
    )


def invite(
    round_: Round, email: str, name: str, actor: User, now: datetime
) -> tuple[Invitation, str]:
    """Invite someone to review in a round; returns the invitation and the raw token, which is
    e-mailed and never stored. Someone who already has an account may be invited too."""
    email, name = normalise_email(plain(email)), plain(name)
    if not name or "@" not in email or len(email) > 254 or len(name) > 200:
        raise DomainError(_("Give the invitee's name and a valid e-mail address."))
    if round_.phase == Phase.ARCHIVED:
        raise StateConflict(_("This round is archived; nobody can be invited to it any more."))
    _lock_round(round_)
    if _open_invitation(round_.id, email, now) is not None:
        raise StateConflict(
            _(
                "%(email)s already has an invitation to this round that is waiting to be "
                "accepted. Resend that one, or revoke it first.",
                email=email,
            )
        )
    account = find_user(email)
    if account is not None:
        member = _membership(round_.id, account.id)
        if member is not None and member.status == MemberStatus.ACTIVE:
            raise StateConflict(
                _("%(email)s is already a member of the Council for this round.", email=email)
            )
    token = random_token()
    invitation = Invitation(
        round_id=round_.id,
        email=email,
        name=name,
        token_hash=token_hash(token),
        invited_by_id=actor.id,
        created_at=now,
        expires_at=now + INVITATION_LIFETIME,
        sent_count=1,
    )
    db.session.add(invitation)
    db.session.flush()
    audit.record("council.invited", actor=actor, obj=invitation, email=email)
    _send(invitation, round_, actor, token, account)
    db.session.flush()
    return invitation, token


def resend(invitation: Invitation, actor: User, now: datetime) -> str:
    """E-mail a new link: the old one stops working and the invitation runs for another full
    lifetime. Returns the new raw token."""
    state = invitation_state(invitation, now)
    if state == InvitationState.ACCEPTED:
        raise StateConflict(_("This invitation has already been accepted."))
    if state == InvitationState.REVOKED:
        raise StateConflict(_("This invitation was revoked; send a new invitation instead."))
    round_ = _round_of(invitation)
    if round_ is None:
        raise StateConflict(_("The round of this invitation no longer exists."))
    _lock_round(round_)
    other = _open_invitation(round_.id, invitation.email, now)
    if other is not None and other.id != invitation.id:
        raise StateConflict(
            _(
                "A newer invitation to %(email)s is waiting to be accepted; resend that one.",
                email=invitation.email,
            )
        )
    token = random_token()
    invitation.token_hash = token_hash(token)
    invitation.expires_at = now + INVITATION_LIFETIME
    invitation.sent_count += 1
    audit.record(
        "council.invitation_resent", actor=actor, obj=invitation, sent_count=invitation.sent_count
    )
    _send(invitation, round_, actor, token, find_user(invitation.email))
    db.session.flush()
    return token


def revoke(invitation: Invitation, actor: User, now: datetime) -> bool:
    """Withdraw an invitation so that its link no longer works. Returns False if it already was."""
    if invitation.accepted_at is not None:
        raise StateConflict(
            _(
                "This invitation has already been accepted; remove the member from the Council "
                "instead."
            )
        )
    if invitation.revoked_at is not None:
        return False
    invitation.revoked_at = now
    audit.record("council.invitation_revoked", actor=actor, obj=invitation)
    db.session.flush()
    return True


def _send(
    invitation: Invitation, round_: Round, inviter: User, token: str, account: User | None
) -> None:
    queue_email(
        to=account if account is not None else invitation.email,
        name=invitation.name,
        template="council_invitation",
        # A new token is a new message; the same token is never sent twice.
        dedup_key=f"council-invitation:{invitation.id}:{invitation.token_hash[:16]}",
        round_id=round_.id,
        round_name=round_.name,
        inviter_name=inviter.name,
        link=public_url("auth.accept_invitation", token=token),
        expires_at=invitation.expires_at,
        timezone=round_.timezone,
        has_account=account is not None,
    )


# --- accepting (the invitee) ---------------------------------------------------------------------


def _round_of(invitation: Invitation) -> Round | None:
    return db.session.get(Round, invitation.round_id) if invitation.round_id else None


def invitation_for_token(token: str, now: datetime) -> Invitation:
    """The invitation a link holds, if it can still be accepted; otherwise a DomainError that
    says why, written for the invitee."""
    invitation = db.session.scalar(
        sa.select(Invitation).where(Invitation.token_hash == token_hash(token or ""))
    )
    if invitation is None:
        raise InvitationInvalid(
            _ask_again(
                _(
                    "The link may be incomplete, or a newer invitation may have replaced it "
                    "(only the link in the most recent e-mail works)."
                )
            )
        )
    state = invitation_state(invitation, now)
    if state == InvitationState.ACCEPTED:
        raise InvitationInvalid(
            _("It has already been used. Sign in with your e-mail address and password instead.")
        )
    if state == InvitationState.REVOKED:
        raise InvitationInvalid(_ask_again(_("The secretariat has withdrawn it.")))
    if state == InvitationState.EXPIRED:
        raise InvitationInvalid(_ask_again(_("It has expired.")))
    if _round_of(invitation) is None:
        raise InvitationInvalid(_("Its award round no longer exists."))
    return invitation


@dataclass(frozen=True)
class InvitationDetails:
    """What the invitee is shown: who invited them to what, and whether they have an account."""

    invitation: Invitation
    round: Round
    inviter: User | None
    account: User | None

    @property
    def needs_password(self) -> bool:
        return self.account is None or self.account.password_hash is None


def invitation_details(invitation: Invitation) -> InvitationDetails:
    round_ = _round_of(invitation)
    if round_ is None:
        raise InvitationInvalid(_("Its award round no longer exists."))
    inviter = db.session.get(User, invitation.invited_by_id) if invitation.invited_by_id else None
    return InvitationDetails(invitation, round_, inviter, find_user(invitation.email))


def accept(
    token: str,
    password: str | None,
    *,
    name: str,
    organisation: str,
    country: str | None,
    side: str | Side | None,
    expertise: list[str],
    languages: list[str],
    load_cap: int | None,
    now: datetime,
    language: str | None = None,
    timezone: str | None = None,
) -> User:
    """Use an invitation, once: create the reviewer's account (or give an existing account the
    reviewer role, keeping its password), make them a member of the round and save the profile.
    `language` and `timezone` (for the pages and e-mails) only apply to a new account."""
    invitation = invitation_for_token(token, now)
    round_ = _round_of(invitation)
    account = find_user(invitation.email)
    if account is not None and not account.active:
        raise DomainError(_("Your account is disabled. Please contact the award secretariat."))
    name = plain(name)
    profile = _Profile.clean(organisation, country, side, expertise, languages)
    problems = _account_problems(account, name, password, language, timezone)
    problems.update(profile.problems(account, {round_: load_cap}))
    if problems:
        raise ProfileProblem(problems)

    # Claimed by one conditional UPDATE, so that two tabs (or two servers) accepting the same
    # link at once cannot both succeed.
    claimed = db.session.execute(
        sa.update(Invitation)
        .where(
            Invitation.id == invitation.id,
            Invitation.token_hash == token_hash(token),
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
            Invitation.expires_at > now,
        )
        .values(accepted_at=now)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        raise InvitationInvalid(_ask_again(_("It has already been used.")))
    db.session.refresh(invitation)

    if account is None:
        account = User(
            email=invitation.email,
            name=name,
            email_verified_at=now,  # the link reached this mailbox
            language=language or "en",
            timezone=timezone or "UTC",
        )
        db.session.add(account)
    else:
        account.name = name or account.name
        if account.email_verified_at is None:
            account.email_verified_at = now
    if account.password_hash is None:
        account.password_hash = hash_password(password or "")
        account.password_changed_at = now
    account.add_role(Role.REVIEWER)
    db.session.flush()

    invitation.user_id = account.id
    member = _membership(round_.id, account.id)
    if member is None:
        member = RoundReviewer(round_id=round_.id, user_id=account.id)
        db.session.add(member)
    member.status = MemberStatus.ACTIVE
    db.session.flush()
    audit.record("council.invitation_accepted", actor=account, obj=invitation)
    update_profile(
        account,
        round_,
        profile.organisation,
        profile.country,
        profile.side,
        profile.expertise,
        profile.languages,
        load_cap,
        actor=account,
    )
    return account


def _name_problem(name: str, required: bool) -> str | None:
    if required and not name:
        return _("Give your name.")
    if len(name) > 200:
        return _("Use at most %(num)d characters.", num=200)
    return None


def _account_problems(
    account: User | None,
    name: str,
    password: str | None,
    language: str | None,
    timezone: str | None,
) -> dict[str, str]:
    problems = {}
    if problem := _name_problem(name, required=account is None):
        problems["name"] = problem
    if account is None or account.password_hash is None:
        try:
            check_new_password(password or "")
        except DomainError as error:
            problems["password"] = error.message
    if account is None:
        if language and language not in LANGUAGE_CODES:
            problems["language"] = _("Choose one of the languages in the list.")
        if timezone and timezone not in {zone for zone, _label in timezone_choices()}:
            problems["timezone"] = _("Choose a time zone from the list.")
    return problems


# --- the profile ---------------------------------------------------------------------------------


def active_memberships(user: User) -> list[RoundReviewer]:
    return list(
        db.session.scalars(
            sa.select(RoundReviewer)
            .join(RoundReviewer.round)
            .where(RoundReviewer.user_id == user.id, RoundReviewer.status == MemberStatus.ACTIVE)
            .options(contains_eager(RoundReviewer.round).selectinload(Round.categories))
            .order_by(Round.review_deadline, Round.id)
        )
    )


def expertise_choices(rounds: Iterable[Round], keep: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(tag, label) pairs: the categories of these rounds, then the themes, then any tag in
    `keep` (what the reviewer already has) that is neither."""
    choices: dict[str, str] = {}
    for round_ in rounds:
        for category in round_.categories:
            choices.setdefault(category.slug, category.name)
    for theme in THEMES:
        choices.setdefault(theme, theme[:1].upper() + theme[1:])
    for tag in keep:
        choices.setdefault(tag, tag)
    return list(choices.items())


def _allowed_tags(user: User | None, rounds: Iterable[Round]) -> set[str]:
    """The themes, the categories of these rounds and of the user's active rounds, and the tags
    the user already has (a tag from an earlier round is kept, not refused)."""
    allowed = set(THEMES)
    round_ids = {r.id for r in rounds}
    if user is not None and user.id is not None:
        allowed.update(e.tag for e in user.expertise)
        round_ids.update(
            db.session.scalars(
                sa.select(RoundReviewer.round_id).where(
                    RoundReviewer.user_id == user.id, RoundReviewer.status == MemberStatus.ACTIVE
                )
            )
        )
    if round_ids:
        allowed.update(
            db.session.scalars(sa.select(Category.slug).where(Category.round_id.in_(round_ids)))
        )
    return allowed


@dataclass(frozen=True)
class _Profile:
    organisation: str
    country: str | None
    side: str | None
    expertise: list[str]
    languages: list[str]

    @classmethod
    def clean(
        cls,
        organisation: str,
        country: str | None,
        side: str | Side | None,
        expertise: list[str],
        languages: list[str],
    ) -> "_Profile":
        return cls(
            organisation=plain(organisation),
            country=plain(country).upper() or None,
            side=side.value if isinstance(side, Side) else (side or None),
            expertise=list(dict.fromkeys(t for t in map(plain, expertise) if t)),
            languages=list(dict.fromkeys(c for c in map(plain, languages) if c)),
        )

    def problems(self, user: User | None, load_caps: Mapping[Round, int | None]) -> dict[str, str]:
        problems = {}
        if len(self.organisation) > 200:
            problems["organisation"] = _("Use at most %(num)d characters.", num=200)
        if not self.country:
            problems["country"] = _(
                "Choose your country: it is used to avoid conflicts of interest."
            )
        elif self.country not in country_codes():
            problems["country"] = _(
                "Choose a country from the list; that country code is not known."
            )
        if self.side not in {s.value for s in Side}:
            problems["side"] = _(
                "Say whether you speak for a country that sends health workers, one that "
                "receives them, or neither."
            )
        unknown = sorted(set(self.expertise) - _allowed_tags(user, load_caps))
        if unknown:
            problems["expertise"] = _(
                "“%(tag)s” is not one of the round's categories or themes; choose your expertise "
                "from the list.",
                tag=unknown[0][:80],
            )
        if not self.languages:
            problems["languages"] = _("Choose at least one language you can review in.")
        elif set(self.languages) - LANGUAGE_CODES:
            problems["languages"] = _("Choose languages from the list.")
        for round_, cap in load_caps.items():
            limit = round_.reviewer_load_cap
            if cap is not None and not 0 <= cap <= limit:
                problems[f"load_cap:{round_.id}"] = _(
                    "In this round a reviewer reads at most %(limit)d nominations: give a number "
                    "from 0 to %(limit)d, or leave it empty.",
                    limit=limit,
                )
        return problems


def update_profile(
    user: User,
    round_: Round | None,
    organisation: str,
    country: str | None,
    side: str | Side | None,
    expertise: list[str],
    languages: list[str],
    load_cap: int | None,
    actor: User,
    *,
    name: str | None = None,
    load_caps: Mapping[Round, int | None] | None = None,
) -> None:
    """Save a Council member's profile. `load_cap` is their cap in `round_` (None: the round's
    default); `load_caps` sets caps for several rounds at once (the profile page). Each round
    must be one where the user is an active member."""
    caps = dict(load_caps or {})
    if round_ is not None:
        caps[round_] = load_cap
    members = {}
    for round_with_cap in caps:
        member = _membership(round_with_cap.id, user.id)
        if member is None or member.status != MemberStatus.ACTIVE:
            raise NotFound(_("You are not a member of the Council for that round."))
        members[round_with_cap] = member
    profile = _Profile.clean(organisation, country, side, expertise, languages)
    problems = profile.problems(user, caps)
    name = plain(name) if name is not None else None
    if name is not None and (problem := _name_problem(name, required=True)):
        problems["name"] = problem
    if problems:
        raise ProfileProblem(problems)

    if name is not None:
        user.name = name
    user.organisation = profile.organisation
    user.country = profile.country
    user.side = Side(profile.side)
    _replace(user.expertise, "tag", profile.expertise, ReviewerExpertise)
    _replace(user.languages, "language", profile.languages, ReviewerLanguage)
    for round_with_cap, member in members.items():
        member.load_cap = caps[round_with_cap]
    audit.record(
        "council.profile_updated",
        actor=actor,
        obj=user,
        side=profile.side,
        country=profile.country,
        expertise=profile.expertise,
        languages=profile.languages,
        load_caps={str(r.id): cap for r, cap in caps.items()},
    )
    db.session.flush()


def _replace(rows: list, attribute: str, values: list[str], model: type) -> None:
    # Keep the rows that stay: deleting and re-inserting the same primary key in one flush fails.
    wanted = set(values)
    for row in [r for r in rows if getattr(r, attribute) not in wanted]:
        rows.remove(row)
    have = {getattr(r, attribute) for r in rows}
    rows.extend(model(**{attribute: value}) for value in values if value not in have)


# --- membership (the secretariat) ----------------------------------------------------------------


def members(round_: Round) -> list[RoundReviewer]:
    """The round's Council, active members first, with what the member list shows: a constant
    number of queries, however many members there are."""
    rows = db.session.scalars(
        sa.select(RoundReviewer)
        .join(RoundReviewer.user)
        .where(RoundReviewer.round_id == round_.id)
        .options(
            contains_eager(RoundReviewer.user).selectinload(User.expertise),
            contains_eager(RoundReviewer.user).selectinload(User.languages),
        )
    ).all()
    return sorted(rows, key=lambda m: (m.status != MemberStatus.ACTIVE, m.user.name.casefold()))


def invitations(round_: Round) -> list[Invitation]:
    return list(
        db.session.scalars(
            sa.select(Invitation)
            .where(Invitation.round_id == round_.id)
            .order_by(Invitation.created_at.desc(), Invitation.id.desc())
        )
    )


def remove_member(round_: Round, user: User, actor: User) -> bool:
    """Take a member off the round's Council. Someone in no other active round also loses the
    reviewer role, so the review pages refuse them on their very next request. Returns False if
    they were already removed."""
    member = _membership(round_.id, user.id)
    if member is None:
        raise NotFound(_("This person is not a member of the Council for this round."))
    if member.status == MemberStatus.REMOVED:
        return False
    member.status = MemberStatus.REMOVED
    still_active = db.session.scalar(
        sa.select(sa.func.count())
        .select_from(RoundReviewer)
        .where(
            RoundReviewer.user_id == user.id,
            RoundReviewer.status == MemberStatus.ACTIVE,
            RoundReviewer.id != member.id,
        )
    )
    lost_role = not still_active and user.has_role(Role.REVIEWER)
    if lost_role:
        user.roles = [r for r in user.roles if r.role != Role.REVIEWER]
    # Their open work in this round goes back to the pool, to be reassigned.
    for assignment in db.session.scalars(
        sa.select(Assignment)
        .join(Stage, Stage.id == Assignment.stage_id)
        .where(Stage.round_id == round_.id, Assignment.reviewer_id == user.id, ACTIVE_ASSIGNMENT)
    ):
        assignment.removed_at = utcnow()
        removed = Text("assignment.reviewer_left").stored()
        assignment.reasons = {**assignment.reasons, "removed": removed}
    audit.record(
        "council.member_removed", actor=actor, obj=member, user_id=user.id, lost_role=lost_role
    )
    db.session.flush()
    return True
