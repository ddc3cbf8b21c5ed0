"""The figures on a round's dashboard: nominations by category, country and status, and review
progress by category. A few grouped counts, whatever the size of the round."""

from dataclasses import dataclass

import sqlalchemy as sa

from award.extensions import db
from award.labels import label
from award.models import (
    ACTIVE_ASSIGNMENT,
    Assignment,
    Nomination,
    NominationStatus,
    Review,
    ReviewStatus,
    Round,
    Stage,
)
from award.templating import country_name

TOP_COUNTRIES = 12


@dataclass
class Bar:
    label: str
    value: int
    total: int = 0  # for progress bars: value out of total


@dataclass
class Dashboard:
    by_status: list[Bar]
    by_category: list[Bar]
    by_country: list[Bar]
    other_countries: int
    reviews_by_category: list[Bar]
    reviews_done: int
    reviews_total: int
    drafts: int


def _grouped(round_: Round, column) -> list[tuple]:
    return db.session.execute(
        sa.select(column, sa.func.count())
        .where(Nomination.round_id == round_.id, Nomination.status != NominationStatus.DRAFT)
        .group_by(column)
    ).all()


def round_dashboard(round_: Round) -> Dashboard:
    statuses = dict(_grouped(round_, Nomination.status))
    drafts = db.session.scalar(
        sa.select(sa.func.count()).where(
            Nomination.round_id == round_.id, Nomination.status == NominationStatus.DRAFT
        )
    )
    by_status = [
        Bar(label(s), statuses[s])
        for s in NominationStatus
        if s != NominationStatus.DRAFT and statuses.get(s)
    ]
    per_category = dict(_grouped(round_, Nomination.category_id))
    by_category = [Bar(c.name, per_category.get(c.id, 0)) for c in round_.categories]
    countries = sorted(
        (
            (country_name(code) if code else "—", n)
            for code, n in _grouped(round_, Nomination.country)
        ),
        key=lambda pair: (-pair[1], pair[0]),
    )
    by_country = [Bar(name, n) for name, n in countries[:TOP_COUNTRIES]]
    other = sum(n for _, n in countries[TOP_COUNTRIES:])

    rows = db.session.execute(
        sa.select(
            Nomination.category_id,
            sa.func.count(Assignment.id),
            sa.func.count(Review.id).filter(Review.status == ReviewStatus.SUBMITTED),
        )
        .select_from(Assignment)
        .join(Stage, Assignment.stage_id == Stage.id)
        .join(Nomination, Assignment.nomination_id == Nomination.id)
        .outerjoin(Review, Review.assignment_id == Assignment.id)
        .where(Stage.round_id == round_.id, ACTIVE_ASSIGNMENT)
        .group_by(Nomination.category_id)
    ).all()
    progress = {category_id: (total, done) for category_id, total, done in rows}
    reviews = [
        Bar(c.name, progress.get(c.id, (0, 0))[1], progress.get(c.id, (0, 0))[0])
        for c in round_.categories
    ]
    return Dashboard(
        by_status=by_status,
        by_category=by_category,
        by_country=by_country,
        other_countries=other,
        reviews_by_category=reviews,
        reviews_done=sum(b.value for b in reviews),
        reviews_total=sum(b.total for b in reviews),
        drafts=drafts or 0,
    )
