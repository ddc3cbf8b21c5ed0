"""A judging stage's rubric: its criteria, their weights as percentages, templates, and the lock
that holds the criteria still once the first review of the stage has been submitted."""

import math
import re
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm.attributes import set_committed_value

from award.errors import DomainError, StateConflict
from award.extensions import db
from award.models import Assignment, Criterion, Review, ReviewStatus, Stage, User
from award.operations import audit

LOCKED_MESSAGE = _l(
    "The rubric is locked: a review has been submitted, so criteria can no longer change."
)
MAX_LEVELS = 10
LOWEST_LEVEL, HIGHEST_LEVEL = 0, 100
MAX_WEIGHT = 1000
NAME_MAX_CHARS = 200
DESCRIPTION_MAX_CHARS = 2000
DESCRIPTOR_MAX_CHARS = 500
KEY_MAX_CHARS = 40  # the column's size


@dataclass
class CriterionInput:
    """What the secretariat gave for a criterion; `descriptors` maps a level to its meaning."""

    name: str
    description: str = ""
    weight: float = 1.0
    scale_min: int = 1
    scale_max: int = 5
    descriptors: dict[str, str] = field(default_factory=dict)
    comment_required: bool = False

    @classmethod
    def from_dict(cls, spec: dict[str, Any]) -> "CriterionInput":
        """From a template's criterion; keys that are not fields (such as `key`) are left out."""
        names = {f.name for f in fields(cls)}
        return cls(**{name: value for name, value in spec.items() if name in names})


class InvalidCriterion(DomainError):
    """The criterion breaks a rule; `errors` maps each field to its message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(_("Some fields of the criterion are not valid; see the marked fields."))
        self.errors = errors


def scale_problem(scale_min: int, scale_max: int) -> str | None:
    """What is wrong with a scale, in words for the secretariat, or None if it may be used."""
    if not all(LOWEST_LEVEL <= level <= HIGHEST_LEVEL for level in (scale_min, scale_max)):
        return _(
            "Levels must be whole numbers from %(lowest)d to %(highest)d.",
            lowest=LOWEST_LEVEL,
            highest=HIGHEST_LEVEL,
        )
    if scale_max <= scale_min:
        return _("The highest level must be above the lowest, for example 1 to 5.")
    if scale_max - scale_min + 1 > MAX_LEVELS:
        return _("A scale may have at most %(num)d levels.", num=MAX_LEVELS)
    return None


# --- the lock -------------------------------------------------------------------------------


def is_locked(stage: Stage) -> bool:
    """Locked once marked so, or once any review of the stage has been submitted (the mark may be
    missing if a review was submitted by code that did not set it)."""
    if stage.rubric_locked_at is not None:
        return True
    if stage.id is None:
        return False
    return bool(
        db.session.scalar(
            sa.select(
                sa.exists().where(
                    Review.assignment_id == Assignment.id,
                    Assignment.stage_id == stage.id,
                    Review.status == ReviewStatus.SUBMITTED,
                )
            )
        )
    )


def ensure_unlocked(stage: Stage) -> None:
    """Refuse a change to a locked rubric. The stage row is locked first (on PostgreSQL), so an
    edit and the first submission of the stage, which updates that row, run one after the other."""
    if sa.inspect(stage).persistent:
        db.session.refresh(stage, ["rubric_locked_at"], with_for_update=True)
    if is_locked(stage):
        raise StateConflict(LOCKED_MESSAGE)


def lock_if_first_submission(stage: Stage, now: datetime) -> bool:
    """Mark the rubric locked at `now`, once: for the scoring code, in the transaction that submits
    a review. Returns whether this call locked it."""
    # One conditional UPDATE, so that two reviews submitted at once cannot both set the time.
    result = db.session.execute(
        sa.update(Stage.__table__)
        .where(Stage.__table__.c.id == stage.id, Stage.__table__.c.rubric_locked_at.is_(None))
        .values(rubric_locked_at=now)
    )
    if result.rowcount != 1:
        db.session.refresh(stage, ["rubric_locked_at"])
        return False
    set_committed_value(stage, "rubric_locked_at", now)
    audit.record("rubric.locked", obj=stage, stage_id=stage.id, at=now.isoformat())
    db.session.flush()
    return True


# --- changes --------------------------------------------------------------------------------


def apply_template(
    stage: Stage,
    template: list[dict[str, Any]],
    actor: User | None,
    replace: bool = False,
    name: str = "",
) -> list[Criterion]:
    """Give an empty stage the template's criteria; with `replace`, in place of its own."""
    ensure_unlocked(stage)
    if stage.criteria and not replace:
        raise StateConflict(
            _("This rubric already has criteria: a template is applied only to an empty rubric.")
        )
    checked = [(spec.get("key", ""), _checked(CriterionInput.from_dict(spec))) for spec in template]
    removed = [c.key for c in stage.criteria]
    stage.criteria.clear()
    db.session.flush()  # deletes first: a template's key may be one of the old keys
    for position, (key, values) in enumerate(checked):
        criterion = Criterion(key=_unique_key(stage, key or values.name), position=position)
        _assign(criterion, values)
        stage.criteria.append(criterion)
    db.session.flush()
    audit.record(
        "rubric.template_applied",
        actor,
        obj=stage,
        stage_id=stage.id,
        template=name,
        keys=[c.key for c in stage.criteria],
        removed=removed,
    )
    db.session.flush()
    return list(stage.criteria)


def add_criterion(stage: Stage, values: CriterionInput, actor: User | None) -> Criterion:
    ensure_unlocked(stage)
    values = _checked(values)
    criterion = Criterion(
        key=_unique_key(stage, values.name),
        position=max((c.position for c in stage.criteria), default=-1) + 1,
    )
    _assign(criterion, values)
    stage.criteria.append(criterion)
    db.session.flush()
    audit.record(
        "rubric.criterion_added",
        actor,
        obj=criterion,
        round_id=stage.round_id,
        stage_id=stage.id,
        key=criterion.key,
        **_snapshot(criterion),
    )
    db.session.flush()
    return criterion


def update_criterion(criterion: Criterion, values: CriterionInput, actor: User | None) -> bool:
    """Change a criterion; its key stays as it was made. Returns whether anything changed."""
    stage = criterion.stage
    ensure_unlocked(stage)
    values = _checked(values)
    before = _snapshot(criterion)
    _assign(criterion, values)
    after = _snapshot(criterion)
    changes = {name: [before[name], after[name]] for name in before if before[name] != after[name]}
    if not changes:
        return False
    audit.record(
        "rubric.criterion_updated",
        actor,
        obj=criterion,
        round_id=stage.round_id,
        stage_id=stage.id,
        key=criterion.key,
        changes=changes,
    )
    db.session.flush()
    return True


def remove_criterion(criterion: Criterion, actor: User | None) -> None:
    stage = criterion.stage
    ensure_unlocked(stage)
    audit.record(
        "rubric.criterion_removed",
        actor,
        obj=criterion,
        round_id=stage.round_id,
        stage_id=stage.id,
        key=criterion.key,
        **_snapshot(criterion),
    )
    stage.criteria.remove(criterion)  # delete-orphan: the row goes, and with it draft scores
    for position, other in enumerate(_ordered(stage)):
        other.position = position
    db.session.flush()


def move_criterion(criterion: Criterion, direction: str, actor: User | None) -> bool:
    """Swap a criterion with the one before ("up") or after ("down") it. Returns whether it moved
    (the first cannot go up, nor the last down)."""
    if direction not in ("up", "down"):
        raise DomainError(_("Move a criterion up or down."))
    stage = criterion.stage
    ensure_unlocked(stage)
    ordered = _ordered(stage)
    here = ordered.index(criterion)
    there = here - 1 if direction == "up" else here + 1
    if not 0 <= there < len(ordered):
        return False
    ordered[here], ordered[there] = ordered[there], ordered[here]
    for position, other in enumerate(ordered):
        other.position = position
    stage.criteria.sort(key=lambda c: c.position)  # the same members: no collection events needed
    audit.record(
        "rubric.criterion_moved",
        actor,
        obj=criterion,
        round_id=stage.round_id,
        stage_id=stage.id,
        key=criterion.key,
        direction=direction,
        order=[c.key for c in ordered],
    )
    db.session.flush()
    return True


# --- reading --------------------------------------------------------------------------------


def percentages(stage: Stage) -> dict[int, float]:
    """Each criterion's weight as a share of the stage's total weight, on 0-100."""
    total = sum(c.weight for c in stage.criteria)
    if total <= 0:
        return {}
    return {c.id: 100 * c.weight / total for c in stage.criteria}


# --- rules and helpers ----------------------------------------------------------------------


def _checked(values: CriterionInput) -> CriterionInput:
    """The input with text trimmed and descriptors keyed by level, or InvalidCriterion."""
    errors: dict[str, str] = {}
    name = (values.name or "").strip()
    if not name:
        errors["name"] = _("Give the criterion a name.")
    elif len(name) > NAME_MAX_CHARS:
        errors["name"] = _("Use at most %(num)d characters.", num=NAME_MAX_CHARS)
    description = (values.description or "").strip()
    if len(description) > DESCRIPTION_MAX_CHARS:
        errors["description"] = _("Use at most %(num)d characters.", num=DESCRIPTION_MAX_CHARS)

    try:
        weight = float(values.weight)
    except (TypeError, ValueError):
        weight = math.nan
    if not math.isfinite(weight) or weight <= 0:
        errors["weight"] = _("The weight must be a number above 0.")
    elif weight > MAX_WEIGHT:
        errors["weight"] = _("The weight must be at most %(num)d.", num=MAX_WEIGHT)

    try:
        scale_min, scale_max = int(values.scale_min), int(values.scale_max)
    except (TypeError, ValueError):
        scale_min, scale_max = 0, 0
        problem = errors["scale_max"] = _("Give the lowest and the highest level as whole numbers.")
    else:
        problem = scale_problem(scale_min, scale_max)
        if problem:
            errors["scale_max"] = problem

    descriptors: dict[str, str] = {}
    for key, text in (values.descriptors or {}).items():
        text = (text or "").strip()
        if not text:
            continue
        try:
            level = int(key)
        except (TypeError, ValueError):
            errors["descriptors"] = _("“%(key)s” is not a level of the scale.", key=key)
            continue
        if not problem and not scale_min <= level <= scale_max:
            errors["descriptors"] = _(
                "Level %(level)d is outside the scale, %(lowest)d to %(highest)d: describe only "
                "the levels of the scale.",
                level=level,
                lowest=scale_min,
                highest=scale_max,
            )
        elif len(text) > DESCRIPTOR_MAX_CHARS:
            errors[f"descriptor_{level}"] = _(
                "Use at most %(num)d characters.", num=DESCRIPTOR_MAX_CHARS
            )
        descriptors[str(level)] = text

    if errors:
        raise InvalidCriterion(errors)
    return CriterionInput(
        name=name,
        description=description,
        weight=weight,
        scale_min=scale_min,
        scale_max=scale_max,
        descriptors=dict(sorted(descriptors.items(), key=lambda item: int(item[0]))),
        comment_required=bool(values.comment_required),
    )


def _assign(criterion: Criterion, values: CriterionInput) -> None:
    criterion.name = values.name
    criterion.description = values.description
    criterion.weight = values.weight
    criterion.scale_min = values.scale_min
    criterion.scale_max = values.scale_max
    criterion.descriptors = dict(values.descriptors)  # a new dict: JSON columns see replacement
    criterion.comment_required = values.comment_required


def _snapshot(criterion: Criterion) -> dict[str, Any]:
    return {
        "name": criterion.name,
        "description": criterion.description,
        "weight": criterion.weight,
        "scale_min": criterion.scale_min,
        "scale_max": criterion.scale_max,
        "descriptors": dict(criterion.descriptors or {}),
        "comment_required": criterion.comment_required,
    }


def _ordered(stage: Stage) -> list[Criterion]:
    return sorted(stage.criteria, key=lambda c: (c.position, c.id or 0))


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
    return slug[: KEY_MAX_CHARS - 4].rstrip("_") or "criterion"


def _unique_key(stage: Stage, text: str) -> str:
    """A key for a new criterion: `text` slugified, with _2, _3 ... if the stage has it already."""
    base = _slug(text)
    taken = {c.key for c in stage.criteria}
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key
