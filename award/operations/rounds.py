"""Setting up a round: create it with the standard nomination form and the WHO Code rubric, edit
its settings and categories, or copy an earlier round's set-up into a new one."""

import re
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from award import demo_data
from award.errors import DomainError, StateConflict
from award.extensions import db
from award.models import (
    PHASE_INDEX,
    Category,
    Criterion,
    Nomination,
    Phase,
    Question,
    QuestionKind,
    Round,
    Stage,
    User,
)
from award.operations import audit
from award.rubric_templates import WHO_CODE_TEMPLATE

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Settings that change how reviews are read or scored: frozen once the review phase begins.
REVIEW_SETTINGS = ("reviewers_per_nomination", "blind_review", "same_country_conflict")
EDITABLE_UNTIL = Phase.DECIDED


@dataclass
class RoundSettings:
    """Everything the secretariat sets on the round form, already typed and parsed."""

    name: str
    slug: str
    nominations_open_at: datetime
    nominations_close_at: datetime
    review_deadline: datetime
    year: int | None = None
    description: str = ""
    eligibility: str = ""
    timezone: str = "UTC"
    reviewers_per_nomination: int = 3
    reviewer_load_cap: int = 12
    blind_review: bool = False
    reviewers_see_other_reviews: bool = True
    same_country_conflict: bool = True
    require_sending_and_receiving: bool = True
    reviewer_reminder_days: list[int] = field(default_factory=lambda: [7, 2, 1, 0])
    nominator_reminder_days: list[int] = field(default_factory=lambda: [3, 1])
    disagreement_threshold: float = 20.0
    ranking_method: str = "mean"
    top_n: int = 3
    auto_advance: bool = True

    @classmethod
    def of(cls, round_: Round) -> "RoundSettings":
        return cls(**{f.name: getattr(round_, f.name) for f in fields(cls)})

    def problems(self) -> dict[str, str]:
        """What is wrong, by field name, in words for the secretariat."""
        out: dict[str, str] = {}
        if not SLUG_RE.match(self.slug or ""):
            out["slug"] = _(
                "Use lower-case letters, digits and single hyphens, e.g. hwm-award-2027."
            )
        if self.nominations_close_at <= self.nominations_open_at:
            out["nominations_close_at"] = _("The call must close after it opens.")
        if self.review_deadline < self.nominations_close_at:
            out["review_deadline"] = _("The review deadline cannot come before the call closes.")
        if self.reviewers_per_nomination > self.reviewer_load_cap * 50:
            out["reviewers_per_nomination"] = _("More reviewers per nomination than can be found.")
        return out


def parse_days(text: str) -> list[int]:
    """'7, 2, 1, 0' -> [7, 2, 1, 0]: reminder offsets in days before a deadline (0: when due)."""
    days = []
    for part in re.split(r"[,\s]+", (text or "").strip()):
        if not part:
            continue
        if not part.isdigit() or int(part) > 365:
            raise ValueError(_("'%(part)s' is not a number of days from 0 to 365.", part=part))
        days.append(int(part))
    return sorted(set(days), reverse=True)


def category_slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:70] or "category"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _check_slug(slug: str, round_id: int | None) -> None:
    clash = db.session.scalar(sa.select(Round.id).where(Round.slug == slug, Round.id != round_id))
    if clash:
        raise DomainError(
            _("Another round already uses the address '%(slug)s'. Choose another.", slug=slug)
        )


def _apply(round_: Round, settings: RoundSettings) -> dict[str, Any]:
    changed = {}
    for f in fields(settings):
        value = getattr(settings, f.name)
        if getattr(round_, f.name, None) != value:
            changed[f.name] = str(value)
            setattr(round_, f.name, value)
    return changed


def set_categories(round_: Round, names: list[tuple[str, str]]) -> None:
    """Give the round these categories (name, description), matched to the existing ones by
    position: a changed name renames, a missing line removes (refused while it holds
    nominations), a new line adds."""
    names = [(n.strip(), d.strip()) for n, d in names if n.strip()]
    if not names:
        raise DomainError(_("A round needs at least one category."))
    if len({n.lower() for n, _text in names}) != len(names):
        raise DomainError(_("Two categories have the same name."))
    existing = list(round_.categories)
    for category in existing[len(names) :]:
        used = category.id and db.session.scalar(
            sa.select(sa.func.count()).where(Nomination.category_id == category.id)
        )
        if used:
            raise StateConflict(
                _(
                    "The category '%(name)s' holds %(num)d nomination(s) and cannot be removed.",
                    name=category.name,
                    num=used,
                )
            )
        round_.categories.remove(category)
    taken = {c.slug for c in round_.categories[: len(names)]}
    for position, (name, description) in enumerate(names):
        if position < len(existing):
            category = existing[position]
            category.name, category.description, category.position = name, description, position
        else:
            slug = category_slug(name, taken)
            taken.add(slug)
            round_.categories.append(
                Category(slug=slug, name=name, description=description, position=position)
            )


def add_standard_form(round_: Round) -> None:
    """The standard nomination questions and one review stage with the WHO Code rubric."""
    for position, spec in enumerate(demo_data.QUESTIONS):
        spec = dict(spec)
        spec["kind"] = QuestionKind(spec.get("kind", "textarea"))
        round_.questions.append(Question(position=position, **spec))
    stage = Stage(position=1, name="Council review")
    for position, spec in enumerate(WHO_CODE_TEMPLATE):
        spec = dict(spec)
        spec["descriptors"] = {str(k): v for k, v in spec["descriptors"].items()}
        stage.criteria.append(Criterion(position=position, **spec))
    round_.stages.append(stage)


def create_round(
    settings: RoundSettings,
    categories: list[tuple[str, str]],
    actor: User | None,
    standard_form: bool = True,
) -> Round:
    problems = settings.problems()
    if problems:
        raise DomainError(" ".join(problems.values()))
    _check_slug(settings.slug, None)
    round_ = Round(phase=Phase.DRAFT)
    _apply(round_, settings)
    set_categories(round_, categories)
    if standard_form:
        add_standard_form(round_)
    db.session.add(round_)
    db.session.flush()
    audit.record("round.created", actor=actor, obj=round_, round_id=round_.id, slug=round_.slug)
    return round_


def update_round(
    round_: Round, settings: RoundSettings, categories: list[tuple[str, str]], actor: User
) -> dict[str, Any]:
    """Save the round form. Returns what changed (for the audit log and the flash message)."""
    if PHASE_INDEX[round_.phase] >= PHASE_INDEX[EDITABLE_UNTIL]:
        raise StateConflict(_("The round is decided: its settings can no longer change."))
    problems = settings.problems()
    if problems:
        raise DomainError(" ".join(problems.values()))
    _check_slug(settings.slug, round_.id)
    if PHASE_INDEX[round_.phase] >= PHASE_INDEX[Phase.REVIEW]:
        frozen = [n for n in REVIEW_SETTINGS if getattr(settings, n) != getattr(round_, n)]
        if frozen:
            labels = ", ".join(n.replace("_", " ") for n in frozen)
            raise StateConflict(
                _("Review has begun, so these can no longer change: %(names)s.", names=labels)
            )
    before = [(c.name, c.description) for c in round_.categories]
    changed = _apply(round_, settings)
    set_categories(round_, categories)
    if before != [(c.name, c.description) for c in round_.categories]:
        changed["categories"] = ", ".join(c.name for c in round_.categories)
    if changed:
        audit.record("round.updated", actor=actor, obj=round_, round_id=round_.id, **changed)
    return changed


def copy_round(source: Round, settings: RoundSettings, actor: User) -> Round:
    """A new draft round with `settings` and the source's categories, questions, stages and
    rubrics (not its nominations, Council or decisions)."""
    round_ = create_round(
        settings,
        [(c.name, c.description) for c in source.categories],
        actor,
        standard_form=False,
    )
    round_.copied_from_id = source.id
    for category, original in zip(round_.categories, source.categories, strict=True):
        category.slug = original.slug
    for q in source.questions:
        round_.questions.append(
            Question(
                key=q.key,
                label=q.label,
                help=q.help,
                kind=q.kind,
                required=q.required,
                word_limit=q.word_limit,
                section=q.section,
                options=list(q.options) if q.options else None,
                position=q.position,
            )
        )
    for s in source.stages:
        stage = Stage(position=s.position, name=s.name, kind=s.kind)
        for c in s.criteria:
            stage.criteria.append(
                Criterion(
                    key=c.key,
                    name=c.name,
                    description=c.description,
                    weight=c.weight,
                    scale_min=c.scale_min,
                    scale_max=c.scale_max,
                    descriptors=dict(c.descriptors),
                    comment_required=c.comment_required,
                    position=c.position,
                )
            )
        round_.stages.append(stage)
    db.session.flush()
    audit.record("round.copied", actor=actor, obj=round_, round_id=round_.id, source=source.slug)
    return round_
