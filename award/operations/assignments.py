"""Assignments of reviewers to nominations, by hand and by the optimal solver."""

from dataclasses import dataclass
from datetime import datetime

import numpy as np
import scipy.sparse as sp
import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from award.assignment import AssignmentProblem, build_affinity, build_conflicts, solve
from award.errors import DomainError, StateConflict
from award.extensions import db
from award.mail import queue_email
from award.models import (
    ACTIVE_ASSIGNMENT,
    Assignment,
    AssignmentSource,
    Bid,
    MemberStatus,
    Nomination,
    NominationStatus,
    RoundReviewer,
    Stage,
    User,
)
from award.operations import audit
from award.operations.conflicts import conflicted_pairs, email_domain, organisation_key
from award.texts import Text


def eligible_nominations(stage: Stage) -> list[Nomination]:
    return list(
        db.session.scalars(
            sa.select(Nomination)
            .where(
                Nomination.round_id == stage.round_id,
                Nomination.status == NominationStatus.ELIGIBLE,
            )
            .options(selectinload(Nomination.category), selectinload(Nomination.themes))
            .order_by(Nomination.id)
        )
    )


def members(stage: Stage) -> list[tuple[User, int]]:
    """Active reviewers of the round, each with their load cap for it."""
    rows = db.session.execute(
        sa.select(User, RoundReviewer.load_cap)
        .join(RoundReviewer, RoundReviewer.user_id == User.id)
        .where(
            RoundReviewer.round_id == stage.round_id, RoundReviewer.status == MemberStatus.ACTIVE
        )
        .options(selectinload(User.expertise), selectinload(User.languages))
        .order_by(User.name)
    ).all()
    default = stage.round.reviewer_load_cap
    return [(user, default if cap is None else cap) for user, cap in rows]


def active_assignments(stage: Stage) -> list[Assignment]:
    return list(
        db.session.scalars(
            sa.select(Assignment)
            .where(Assignment.stage_id == stage.id, ACTIVE_ASSIGNMENT)
            .options(selectinload(Assignment.review))
            .order_by(Assignment.id)
        )
    )


@dataclass
class LoadRow:
    reviewer: User
    cap: int
    load: int


def load_table(stage: Stage) -> list[LoadRow]:
    loads = dict(
        db.session.execute(
            sa.select(Assignment.reviewer_id, sa.func.count())
            .where(Assignment.stage_id == stage.id, ACTIVE_ASSIGNMENT)
            .group_by(Assignment.reviewer_id)
        ).all()
    )
    return [LoadRow(user, cap, loads.get(user.id, 0)) for user, cap in members(stage)]


def add_assignment(stage: Stage, nomination: Nomination, reviewer: User, actor: User) -> Assignment:
    """Assign by hand. Conflicts are still checked; a cap may be exceeded on purpose."""
    if nomination.round_id != stage.round_id or nomination.status != NominationStatus.ELIGIBLE:
        raise DomainError(_("Only eligible nominations of this round can be assigned."))
    if reviewer.id not in {u.id for u, _load in members(stage)}:
        raise DomainError(
            _("%(name)s is not an active reviewer in this round.", name=reviewer.name)
        )
    if (nomination.id, reviewer.id) in conflicted_pairs(stage.round):
        raise StateConflict(
            _(
                "%(name)s has a conflict of interest with this nomination and cannot review it.",
                name=reviewer.name,
            )
        )
    existing = db.session.scalar(
        sa.select(Assignment).where(
            Assignment.stage_id == stage.id,
            Assignment.nomination_id == nomination.id,
            Assignment.reviewer_id == reviewer.id,
        )
    )
    if existing is not None and existing.removed_at is None:
        raise DomainError(_("%(name)s is already assigned to this nomination.", name=reviewer.name))
    if existing is not None:  # assigned before and removed by hand: bring it back
        existing.removed_at, existing.removed_reason = None, ""
        existing.reasons = {k: v for k, v in existing.reasons.items() if k != "removed"}
        existing.source, existing.created_by_id = AssignmentSource.MANUAL, actor.id
        assignment = existing
    else:
        assignment = Assignment(
            stage=stage,
            nomination=nomination,
            reviewer=reviewer,
            source=AssignmentSource.MANUAL,
            created_by_id=actor.id,
            reasons={"manual": Text("assignment.assigned_by", name=actor.name).stored()},
        )
        db.session.add(assignment)
    db.session.flush()
    audit.record(
        "assignment.added",
        actor=actor,
        obj=assignment,
        round_id=stage.round_id,
        nomination_id=nomination.id,
        reviewer_id=reviewer.id,
        source="manual",
    )
    return assignment


def remove_assignment(assignment: Assignment, actor: User, now: datetime, reason: str = "") -> None:
    """`reason` is what the person typed, kept as typed; without one, who removed it is kept
    as a text shown in the reader's language."""
    if assignment.removed_at is not None:
        return
    assignment.removed_at = now
    assignment.removed_reason = reason
    if not reason:
        removed = Text("assignment.removed_by", name=actor.name).stored()
        assignment.reasons = {**assignment.reasons, "removed": removed}
    audit.record(
        "assignment.removed",
        actor=actor,
        obj=assignment,
        round_id=assignment.stage.round_id,
        reason=reason or assignment.reasons["removed"],
    )


def notify_new_assignments(stage: Stage, assignments: list[Assignment], batch: str) -> int:
    """One e-mail per reviewer listing all their new nominations, not one per nomination."""
    by_reviewer: dict[int, list[Assignment]] = {}
    for assignment in assignments:
        by_reviewer.setdefault(assignment.reviewer_id, []).append(assignment)
    sent = 0
    for reviewer_id, theirs in by_reviewer.items():
        reviewer = theirs[0].reviewer
        sent += (
            queue_email(
                to=reviewer,
                template="assignments_ready",
                round_id=stage.round_id,
                dedup_key=f"assignments:{stage.id}:{reviewer_id}:{batch}",
                round=stage.round,
                titles=[a.nomination.title for a in theirs],
                deadline=stage.round.review_deadline,
                timezone=reviewer.timezone,
            )
            is not None
        )
        for assignment in theirs:
            assignment.notified_at = assignment.notified_at or assignment.created_at
    return sent


LANGUAGES = ("en", "es", "fr", "pt")
# Shown inside shortage sentences, in the reader's language.
LANGUAGE_NAMES = tuple(Text(f"language.{code}") for code in LANGUAGES)
SIDE_CODE = {"sending": 1, "receiving": 2}


def _codes(values: list[str]) -> np.ndarray:
    """Integer codes for strings; empty strings get -1 and never match."""
    table: dict[str, int] = {}
    return np.array([table.setdefault(v, len(table)) if v else -1 for v in values], dtype=np.int64)


def _joint_codes(left: list[list[str]], right: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    table: dict[str, int] = {}
    width = max([len(x) for x in left + right] + [1])

    def encode(rows):
        out = np.full((len(rows), width), -1, dtype=np.int64)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if value:
                    out[i, j] = table.setdefault(value, len(table))
        return out

    return encode(left), encode(right)


def build_problem(stage: Stage, relax_country: bool = False):
    """The round as arrays for the solver, with the index maps to read the answer back."""
    round_ = stage.round
    nominations = eligible_nominations(stage)
    people = members(stage)
    reviewers = [u for u, _cap in people]
    n_index = {n.id: i for i, n in enumerate(nominations)}
    r_index = {u.id: j for j, u in enumerate(reviewers)}
    nominators = {n.nominator_id for n in nominations}
    nominator_orgs = dict(
        db.session.execute(
            sa.select(User.id, User.organisation).where(User.id.in_(nominators))
        ).all()
    )
    nominator_emails = dict(
        db.session.execute(sa.select(User.id, User.email).where(User.id.in_(nominators))).all()
    )
    nom_org, rev_org = _joint_codes(
        [
            [
                organisation_key(n.nominee_organisation),
                organisation_key(n.nominee_name),
                organisation_key(nominator_orgs.get(n.nominator_id, "")),
            ]
            for n in nominations
        ],
        [[organisation_key(u.organisation)] for u in reviewers],
    )
    nom_domain, rev_domain = _joint_codes(
        [
            [email_domain(n.nominee_email), email_domain(nominator_emails.get(n.nominator_id, ""))]
            for n in nominations
        ],
        [[email_domain(u.email)] for u in reviewers],
    )
    nom_country, rev_country = _joint_codes(
        [[n.country or ""] for n in nominations], [[u.country or ""] for u in reviewers]
    )
    hard = [
        (n_index[n], r_index[r])
        for n, r in conflicted_pairs(round_, include_soft=False)
        if n in n_index and r in r_index
    ]
    conflicts = build_conflicts(
        nom_org=nom_org,
        rev_org=rev_org,
        nom_domain=nom_domain,
        rev_domain=rev_domain,
        nom_country=nom_country[:, 0],
        rev_country=rev_country[:, 0],
        declared=np.array(hard, dtype=np.int64).reshape(-1, 2),
        same_country=round_.same_country_conflict,
    )
    tags = sorted(
        {f"c:{n.category.slug}" for n in nominations if n.category}
        | {f"t:{t.tag}" for n in nominations for t in n.themes}
        | {f"c:{e.tag}" for u in reviewers for e in u.expertise}
        | {f"t:{e.tag}" for u in reviewers for e in u.expertise}
    )
    t_index = {t: i for i, t in enumerate(tags)}
    nom_tags = sp.lil_matrix((len(nominations), max(1, len(tags))))
    for i, n in enumerate(nominations):
        if n.category:
            nom_tags[i, t_index[f"c:{n.category.slug}"]] = 1.0
        for theme in n.themes:
            nom_tags[i, t_index[f"t:{theme.tag}"]] = 0.5
    rev_tags = sp.lil_matrix((len(reviewers), max(1, len(tags))))
    for j, u in enumerate(reviewers):
        for e in u.expertise:  # an expertise tag may be a category slug or a theme
            rev_tags[j, t_index[f"c:{e.tag}"]] = 1.0
            rev_tags[j, t_index[f"t:{e.tag}"]] = 1.0
    rev_langs = np.zeros((len(reviewers), len(LANGUAGES)), dtype=bool)
    for j, u in enumerate(reviewers):
        for lang in u.languages:
            if lang.language in LANGUAGES:
                rev_langs[j, LANGUAGES.index(lang.language)] = True
    nom_lang = np.array(
        [LANGUAGES.index(n.language) if n.language in LANGUAGES else -1 for n in nominations],
        dtype=np.int64,
    )
    bids = sp.lil_matrix((len(nominations), len(reviewers)))
    for bid in db.session.scalars(sa.select(Bid).where(Bid.reviewer_id.in_(r_index))):
        if bid.nomination_id in n_index:
            bids[n_index[bid.nomination_id], r_index[bid.reviewer_id]] = bid.preference / 2
    affinity = build_affinity(
        nom_tags=nom_tags.tocsr(),
        rev_tags=rev_tags.tocsr(),
        nom_lang=nom_lang,
        rev_langs=rev_langs,
        bids=bids.tocsr(),
    )
    existing = [
        (n_index[a.nomination_id], r_index[a.reviewer_id])
        for a in active_assignments(stage)
        if a.nomination_id in n_index and a.reviewer_id in r_index
    ]
    problem = AssignmentProblem(
        k=round_.reviewers_per_nomination,
        caps=[cap for _user, cap in people],
        conflicts=conflicts,
        affinity=affinity,
        reviewer_side=[SIDE_CODE.get(u.side.value if u.side else "", 0) for u in reviewers],
        require_sides=round_.require_sending_and_receiving,
        existing=np.array(existing, dtype=np.int64).reshape(-1, 2),
        relax_soft_conflicts=relax_country,
        language_names=LANGUAGE_NAMES,
    )
    return problem, nominations, reviewers


def run_assignment(
    stage: Stage,
    actor: User | None,
    now: datetime,
    relax_country: bool = False,
    progress=lambda percent, text: None,
    batch: str = "",
    notify: bool = True,
) -> dict:
    """Fill the missing review slots of a stage optimally. Assignments already made stay.
    Nothing is written unless the solver's answer passes every check. `progress` is told how
    far it got, with a Text (award.texts) to store; so are the refusals (DomainError.stored_text)
    and the shortages and levers of the summary, which a page shows in its reader's language."""
    progress(10, Text("job.building"))
    problem, nominations, reviewers = build_problem(stage, relax_country)
    if not nominations or not reviewers:
        raise DomainError(Text("job.nothing_to_assign"))
    progress(40, Text("job.solving"))
    result = solve(problem)
    violations = result.check(problem)
    if violations:  # never write a half-valid answer
        # The broken rules are the solver's own check, for whoever debugs it: in English.
        raise StateConflict(Text("job.rule_broken", rules="; ".join(map(str, violations[:3]))))
    progress(80, Text("job.writing"))
    made = []
    terms = result.terms
    for index, (i, j) in enumerate(result.pairs.tolist()):
        reasons = {
            key: round(float(terms[key][index]), 4) for key in ("expertise", "language", "bid")
        }
        assignment = Assignment(
            stage=stage,
            nomination=nominations[i],
            reviewer=reviewers[j],
            source=AssignmentSource.AUTO,
            affinity=round(float(terms["total"][index]), 4),
            reasons=reasons,
            created_by_id=actor.id if actor else None,
        )
        db.session.add(assignment)
        made.append(assignment)
    db.session.flush()
    if notify:
        notify_new_assignments(stage, made, batch or now.strftime("%Y%m%d%H%M%S"))
    shortages = [
        {
            "nomination_id": nominations[s.nomination].id,
            "title": nominations[s.nomination].title,
            "missing": int(s.missing),
            "cause": s.cause,
            "reasons": [reason.stored() for reason in s.reasons],
        }
        for s in result.shortages
    ]
    summary = {
        "assigned": len(made),
        "short": int(result.short),
        "shortages": shortages,
        "levers": _levers(result.levers, reviewers, nominations, relax_country),
        "objective": int(result.objective),
        "total_affinity": float(result.total_affinity),
        "optimal": bool(result.optimal),
        "relax_country": relax_country,
    }
    audit.record(
        "assignment.run",
        actor=actor,
        round_id=stage.round_id,
        stage_id=stage.id,
        assigned=len(made),
        short=summary["short"],
        optimal=summary["optimal"],
    )
    progress(100, Text("job.done"))
    return summary


def _levers(
    levers, reviewers: list[User], nominations: list[Nomination], relaxed: bool
) -> list[dict]:
    """The secretariat's options when slots stay empty, in the award's own words (stored
    texts, award.texts)."""
    out = [
        Text("lever.raise_cap", name=reviewers[j].name, extra=extra)
        for j, extra in sorted(levers.raise_caps.items(), key=lambda item: -item[1])
    ]
    if levers.raise_caps:
        out.append(Text("lever.raises_fill", count=levers.slots_by_raising))
    if levers.relax_soft_slots and not relaxed:
        out.append(Text("lever.relax_country", count=levers.relax_soft_slots))
    if levers.by_hand:
        titles = ", ".join(nominations[i].title for i in levers.by_hand[:5])
        out.append(Text("lever.by_hand", titles=titles))
    return [lever.stored() for lever in out]
