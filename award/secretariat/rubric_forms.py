"""Forms for the rubric pages. They check types and sizes and shape the input; the rules (scale,
weight, levels, the lock) are the operation's (operations.rubric), whose messages they reuse."""

from decimal import Decimal

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from werkzeug.datastructures import MultiDict
from wtforms import (
    BooleanField,
    DecimalField,
    HiddenField,
    IntegerField,
    RadioField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, ValidationError

from award.forms import Form
from award.models import Criterion
from award.operations.rubric import (
    DESCRIPTION_MAX_CHARS,
    DESCRIPTOR_MAX_CHARS,
    HIGHEST_LEVEL,
    LOWEST_LEVEL,
    MAX_LEVELS,
    NAME_MAX_CHARS,
    CriterionInput,
    scale_problem,
)
from award.rubric_templates import TEMPLATES

DEFAULT_SCALE = (1, 5)


class CriterionFormBase(Form):
    name = StringField(
        _l("Name"),
        validators=[InputRequired(_l("Give the criterion a name.")), Length(max=NAME_MAX_CHARS)],
    )
    description = TextAreaField(
        _l("Description"),
        description=_l("What reviewers judge under this criterion."),
        validators=[Length(max=DESCRIPTION_MAX_CHARS)],
        render_kw={"rows": 3},
    )
    weight = DecimalField(
        _l("Weight"),
        places=None,
        description=_l(
            "Relative to the other criteria: each criterion counts for its weight divided by the "
            "total of all weights, shown as a percentage."
        ),
        validators=[InputRequired(_l("Give a weight, such as 1 or 20."))],
        render_kw={"min": "0"},
    )
    scale_min = IntegerField(
        _l("Lowest level"),
        validators=[InputRequired(_l("Give the lowest level, such as 1."))],
        render_kw={"min": LOWEST_LEVEL, "max": HIGHEST_LEVEL},
    )
    scale_max = IntegerField(
        _l("Highest level"),
        validators=[InputRequired(_l("Give the highest level, such as 5."))],
        render_kw={"min": LOWEST_LEVEL, "max": HIGHEST_LEVEL},
    )
    comment_required = BooleanField(_l("Reviewers must write a comment on this criterion"))
    # The scale the level boxes were drawn for, "1-5": a changed scale redraws them first.
    shown_scale = HiddenField()
    save = SubmitField(_l("Save criterion"))
    update_levels = SubmitField(_l("Update the levels"))

    levels: range
    max_levels = MAX_LEVELS

    def validate_scale_max(self, field) -> None:
        if field.data is None or self.scale_min.data is None:
            return
        problem = scale_problem(self.scale_min.data, field.data)
        if problem:
            raise ValidationError(problem)

    def validate_weight(self, field) -> None:
        if field.data is not None and not (field.data.is_finite() and field.data > 0):
            raise ValidationError(_("The weight must be a number above 0."))

    def validate_scale(self) -> bool:
        """Check the scale fields only, as `validate()` would."""
        lowest = self.scale_min.validate(self)
        highest = self.scale_max.validate(self, [type(self).validate_scale_max])
        return lowest and highest

    def descriptor_field(self, level: int):
        return self[f"descriptor_{level}"]

    def scale_changed(self) -> bool:
        """Whether the scale typed differs from the one the level boxes were drawn for."""
        shown = self.shown_scale.raw_data[0] if self.shown_scale.raw_data else ""
        return bool(shown) and shown != _scale_text(self.levels)

    def redraw(self) -> None:
        self.shown_scale.data = _scale_text(self.levels)

    def to_input(self) -> CriterionInput:
        return CriterionInput(
            name=self.name.data or "",
            description=self.description.data or "",
            weight=float(self.weight.data),
            scale_min=self.scale_min.data,
            scale_max=self.scale_max.data,
            descriptors={
                str(level): self.descriptor_field(level).data or "" for level in self.levels
            },
            comment_required=bool(self.comment_required.data),
        )

    def add_errors(self, errors: dict[str, str]) -> list[str]:
        """Put an operation's errors beside their fields; return those that have no field."""
        unplaced = []
        for name, message in errors.items():
            if name in self._fields:
                self[name].errors = [*self[name].errors, message]
            else:
                unplaced.append(message)
        return unplaced


def criterion_form(formdata: MultiDict | None = None, criterion: Criterion | None = None):
    """A criterion form with one descriptor box per level: of the scale typed when it is a usable
    one, else of the scale last shown, else of the criterion's (or 1 to 5)."""
    fallback = (criterion.scale_min, criterion.scale_max) if criterion else DEFAULT_SCALE
    lowest, highest = fallback
    if formdata is not None:
        typed = _typed_scale(formdata) or _parse_scale(formdata.get("shown_scale"))
        lowest, highest = typed or fallback
    levels = range(lowest, highest + 1)
    shown = _parse_scale(formdata.get("shown_scale")) if formdata is not None else None

    class CriterionForm(CriterionFormBase):
        # The boxes of the scale the page showed come back even when the scale was changed.
        also_posted = (
            tuple(f"descriptor_{n}" for n in range(shown[0], shown[1] + 1)) if shown else ()
        )

    for level in levels:
        if level == lowest:
            label = _("Level %(level)d (lowest)", level=level)
        elif level == highest:
            label = _("Level %(level)d (highest)", level=level)
        else:
            label = _("Level %(level)d", level=level)
        setattr(
            CriterionForm,
            f"descriptor_{level}",
            TextAreaField(
                label,
                validators=[Length(max=DESCRIPTOR_MAX_CHARS)],
                render_kw={"rows": 2},
            ),
        )
    form = CriterionForm(formdata=formdata, data=_initial(criterion))
    form.levels = levels
    if formdata is None:
        form.redraw()
    return form


class MoveForm(Form):
    direction = RadioField(_l("Move"), choices=[("up", _l("Up")), ("down", _l("Down"))])


class TemplateForm(Form):
    template = RadioField(
        _l("Template"), choices=[(key, label) for key, (label, _criteria) in TEMPLATES.items()]
    )


class ConfirmForm(Form):
    """A bare form for POST buttons (delete): only the CSRF token."""


def _initial(criterion: Criterion | None) -> dict:
    if criterion is None:
        return {"weight": Decimal(1), "scale_min": DEFAULT_SCALE[0], "scale_max": DEFAULT_SCALE[1]}
    data = {
        "name": criterion.name,
        "description": criterion.description,
        "weight": Decimal(format(criterion.weight, "g")),
        "scale_min": criterion.scale_min,
        "scale_max": criterion.scale_max,
        "comment_required": criterion.comment_required,
    }
    for level, text in (criterion.descriptors or {}).items():
        data[f"descriptor_{level}"] = text
    return data


def _scale_text(levels: range) -> str:
    return f"{levels.start}-{levels.stop - 1}"


def _parse_scale(text: str | None) -> tuple[int, int] | None:
    lowest, _dash, highest = (text or "").partition("-")
    return _usable(lowest, highest)


def _typed_scale(formdata: MultiDict) -> tuple[int, int] | None:
    return _usable(formdata.get("scale_min", ""), formdata.get("scale_max", ""))


def _usable(lowest: str, highest: str) -> tuple[int, int] | None:
    try:
        scale = int(lowest), int(highest)
    except ValueError:
        return None
    return None if scale_problem(*scale) else scale
