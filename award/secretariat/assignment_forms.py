"""Forms for the secretariat's assignment page."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from award.forms import Form


class ManualAssignmentForm(Form):
    nomination = SelectField(_l("Nomination"), coerce=int, validators=[DataRequired()])
    reviewer = SelectField(_l("Reviewer"), coerce=int, validators=[DataRequired()])
    add = SubmitField(_l("Assign"))


class AutoAssignForm(Form):
    relax_country = BooleanField(
        _l("Allow same-country reviewers where nobody else is free (at a large penalty)")
    )
    run = SubmitField(_l("Assign the missing reviewers automatically"))


class EnterConflictForm(Form):
    reviewer = SelectField(_l("Reviewer"), coerce=int, validators=[DataRequired()])
    reason = TextAreaField(_l("Reason"), validators=[DataRequired(), Length(max=2000)])
    record = SubmitField(_l("Record the conflict"))


class ButtonForm(Form):
    """Only the CSRF token, for POST buttons."""
