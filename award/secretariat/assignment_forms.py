"""Forms for the secretariat's assignment page."""

from wtforms import BooleanField, SelectField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from award.forms import Form


class ManualAssignmentForm(Form):
    nomination = SelectField("Nomination", coerce=int, validators=[DataRequired()])
    reviewer = SelectField("Reviewer", coerce=int, validators=[DataRequired()])
    add = SubmitField("Assign")


class AutoAssignForm(Form):
    relax_country = BooleanField(
        "Allow same-country reviewers where nobody else is free (at a large penalty)"
    )
    run = SubmitField("Assign the missing reviewers automatically")


class EnterConflictForm(Form):
    reviewer = SelectField("Reviewer", coerce=int, validators=[DataRequired()])
    reason = TextAreaField("Reason", validators=[DataRequired(), Length(max=2000)])
    record = SubmitField("Record the conflict")


class ButtonForm(Form):
    """Only the CSRF token, for POST buttons."""
