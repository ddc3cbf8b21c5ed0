"""Conflicts of interest: found automatically (each with its reason), declared by a reviewer,
or entered by the secretariat. A conflicted reviewer is never assigned to the nomination, cannot
open it, and does not see its reviews."""

import re
import unicodedata
from collections import defaultdict
from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from award.errors import DomainError
from award.extensions import db
from award.models import (
    ACTIVE_ASSIGNMENT,
    Assignment,
    ConflictOfInterest,
    ConflictSource,
    MemberStatus,
    Nomination,
    NominationStatus,
    Round,
    RoundReviewer,
    User,
)
from award.operations import audit
from award.texts import Text

# Mail providers whose domain says nothing about an employer.
PUBLIC_MAIL_DOMAINS = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.fr",
        "yahoo.co.uk",
        "hotmail.com",
        "hotmail.fr",
        "outlook.com",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.com",
        "yandex.ru",
        "qq.com",
        "163.com",
        "uol.com.br",
        "bol.com.br",
    ]
)
# Words that do not tell two organisations apart.
ORG_STOPWORDS = frozenset(
    ["the", "of", "and", "for", "de", "la", "le", "du", "des", "del", "y", "et", "in", "a", "an"]
)
# Sources that are facts about people; only the per-round country rule may ever be relaxed.
HARD_SOURCES = frozenset(ConflictSource) - {ConflictSource.COUNTRY}
SCREENABLE = (
    NominationStatus.SUBMITTED,
    NominationStatus.ELIGIBLE,
    NominationStatus.INFO_REQUESTED,
)


def organisation_key(name: str) -> str:
    """'The Ministry of Health, Ghana' and 'ministry of health ghana' give the same key."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().casefold()
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w and w not in ORG_STOPWORDS]
    return " ".join(words)


def email_domain(email: str) -> str:
    domain = (email or "").rsplit("@", 1)[-1].strip().lower() if "@" in (email or "") else ""
    return "" if domain in PUBLIC_MAIL_DOMAINS else domain


def _reasons(
    reviewer: User, nomination: Nomination, same_country: bool
) -> list[tuple[ConflictSource, Text]]:
    """Each conflict between them, with the system's reason, shown in the reader's language."""
    found = []
    if nomination.nominator_id == reviewer.id:
        found.append((ConflictSource.NOMINATOR, Text("conflict.nominator")))
    org = organisation_key(reviewer.organisation)
    if org and org in {
        organisation_key(nomination.nominee_organisation),
        organisation_key(nomination.nominee_name),
        organisation_key(nomination.nominator.organisation),
    }:
        found.append(
            (
                ConflictSource.ORGANISATION,
                Text("conflict.organisation", organisation=reviewer.organisation),
            )
        )
    domain = email_domain(reviewer.email)
    if domain and domain in {
        email_domain(nomination.nominee_email),
        email_domain(nomination.nominator.email),
    }:
        found.append((ConflictSource.EMAIL_DOMAIN, Text("conflict.email_domain", domain=domain)))
    if same_country and reviewer.country and reviewer.country == nomination.country:
        found.append((ConflictSource.COUNTRY, Text("conflict.country", country=reviewer.country)))
    return found


def round_reviewers(round_: Round) -> list[User]:
    return list(
        db.session.scalars(
            sa.select(User)
            .join(RoundReviewer, RoundReviewer.user_id == User.id)
            .where(RoundReviewer.round_id == round_.id, RoundReviewer.status == MemberStatus.ACTIVE)
            .order_by(User.id)
        )
    )


def detect_conflicts(round_: Round) -> int:
    """Record every automatic conflict between the round's reviewers and its nominations.
    Idempotent: returns how many new conflicts were recorded."""
    reviewers = round_reviewers(round_)
    nominations = db.session.scalars(
        sa.select(Nomination)
        .where(Nomination.round_id == round_.id, Nomination.status.in_(SCREENABLE))
        .options(selectinload(Nomination.nominator))
    ).all()
    existing = {
        (c.nomination_id, c.reviewer_id, c.source)
        for c in db.session.scalars(
            sa.select(ConflictOfInterest).join(Nomination).where(Nomination.round_id == round_.id)
        )
    }
    # Index reviewers by what can match, so the work grows with matches, not with N x R.
    by_org, by_domain, by_country = defaultdict(list), defaultdict(list), defaultdict(list)
    by_id = {r.id: r for r in reviewers}
    for r in reviewers:
        if key := organisation_key(r.organisation):
            by_org[key].append(r)
        if domain := email_domain(r.email):
            by_domain[domain].append(r)
        if r.country:
            by_country[r.country].append(r)
    added = 0
    for n in nominations:
        candidates = {n.nominator_id} & by_id.keys()
        for key in {
            organisation_key(n.nominee_organisation),
            organisation_key(n.nominee_name),
            organisation_key(n.nominator.organisation),
        } - {""}:
            candidates |= {r.id for r in by_org.get(key, [])}
        for domain in {email_domain(n.nominee_email), email_domain(n.nominator.email)} - {""}:
            candidates |= {r.id for r in by_domain.get(domain, [])}
        if round_.same_country_conflict and n.country:
            candidates |= {r.id for r in by_country.get(n.country, [])}
        for reviewer_id in sorted(candidates):
            for source, reason in _reasons(by_id[reviewer_id], n, round_.same_country_conflict):
                if (n.id, reviewer_id, source) not in existing:
                    db.session.add(
                        ConflictOfInterest(
                            nomination_id=n.id,
                            reviewer_id=reviewer_id,
                            source=source,
                            system_reason=reason.stored(),
                        )
                    )
                    existing.add((n.id, reviewer_id, source))
                    added += 1
    db.session.flush()
    return added


def _record(
    nomination: Nomination,
    reviewer: User,
    source: ConflictSource,
    reason: str,
    actor: User,
    now: datetime,
) -> list[Assignment]:
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Please give a reason for the conflict."))
    if len(reason) > 2000:
        raise DomainError(_("Please keep the reason under 2,000 characters."))
    conflict = db.session.scalar(
        sa.select(ConflictOfInterest).where(
            ConflictOfInterest.nomination_id == nomination.id,
            ConflictOfInterest.reviewer_id == reviewer.id,
            ConflictOfInterest.source == source,
        )
    )
    if conflict is None:
        conflict = ConflictOfInterest(
            nomination=nomination,
            reviewer=reviewer,
            source=source,
            reason=reason,
            created_by_id=actor.id,
        )
        db.session.add(conflict)
    db.session.flush()
    audit.record(
        "conflict.recorded",
        actor=actor,
        obj=conflict,
        round_id=nomination.round_id,
        nomination_id=nomination.id,
        reviewer_id=reviewer.id,
        source=source.value,
    )
    return remove_assignments(
        nomination, reviewer, Text("assignment.removed_for_conflict", reason=reason), actor, now
    )


def declare_conflict(reviewer: User, nomination: Nomination, reason: str, now: datetime):
    """A reviewer declares a conflict, before or after opening the nomination. Any assignment
    to it is removed at once, and the secretariat is offered a replacement."""
    return _record(nomination, reviewer, ConflictSource.DECLARED, reason, reviewer, now)


def enter_conflict(actor: User, reviewer: User, nomination: Nomination, reason: str, now: datetime):
    return _record(nomination, reviewer, ConflictSource.SECRETARIAT, reason, actor, now)


def remove_assignments(
    nomination: Nomination, reviewer: User, reason: Text, actor: User, now: datetime
) -> list[Assignment]:
    """Remove the reviewer's active assignments to the nomination. The reason is kept as a
    text (award.texts); what a person typed, its "reason" parameter, also as typed."""
    removed = list(
        db.session.scalars(
            sa.select(Assignment).where(
                Assignment.nomination_id == nomination.id,
                Assignment.reviewer_id == reviewer.id,
                ACTIVE_ASSIGNMENT,
            )
        )
    )
    for assignment in removed:
        assignment.removed_at = now
        assignment.removed_reason = str(reason.params.get("reason", ""))
        assignment.reasons = {**assignment.reasons, "removed": reason.stored()}
        audit.record(
            "assignment.removed",
            actor=actor,
            obj=assignment,
            round_id=nomination.round_id,
            reason=reason.stored(),
        )
    return removed


def conflicted_pairs(round_: Round, include_soft: bool = True) -> set[tuple[int, int]]:
    """(nomination_id, reviewer_id) pairs that may not be assigned."""
    query = (
        sa.select(ConflictOfInterest.nomination_id, ConflictOfInterest.reviewer_id)
        .join(Nomination)
        .where(Nomination.round_id == round_.id)
    )
    if not include_soft:
        query = query.where(ConflictOfInterest.source != ConflictSource.COUNTRY)
    return set(db.session.execute(query).all())


def conflicts_of(nomination: Nomination) -> list[ConflictOfInterest]:
    return list(
        db.session.scalars(
            sa.select(ConflictOfInterest)
            .where(ConflictOfInterest.nomination_id == nomination.id)
            .options(selectinload(ConflictOfInterest.reviewer))
            .order_by(ConflictOfInterest.id)
        )
    )
