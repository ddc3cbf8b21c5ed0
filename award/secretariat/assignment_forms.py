"""Forms for the secretariat's assignment page."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length


class ManualAssignmentForm(FlaskForm):
    nomination = SelectField(_l("Nomination"), coerce=int, validators=[DataRequired()])
    reviewer = SelectField(_l("Reviewer"), coerce=int, validators=[DataRequired()])
    add = SubmitField(_l("Assign"))


class AutoAssignForm(FlaskForm):
    relax_country = BooleanField(
        _l("Allow same-country reviewers where nobody else is free (at a large penalty)")
    )
    run = SubmitField(_l("Assign the missing reviewers automatically"))


class EnterConflictForm(FlaskForm):
    reviewer = SelectField(_l("Reviewer"), coerce=int, validators=[DataRequired()])
    reason = TextAreaField(_l("Reason"), validators=[DataRequired(), Length(max=2000)])
    record = SubmitField(_l("Record the conflict"))


class ButtonForm(FlaskForm):
    """Only the CSRF token, for POST buttons."""
