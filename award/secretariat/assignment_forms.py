"""Forms for the secretariat's assignment page."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length


class ManualAssignmentForm(FlaskForm):
    nomination = SelectField("Nomination", coerce=int, validators=[DataRequired()])
    reviewer = SelectField("Reviewer", coerce=int, validators=[DataRequired()])
    add = SubmitField("Assign")


class AutoAssignForm(FlaskForm):
    relax_country = BooleanField(
        "Allow same-country reviewers where nobody else is free (at a large penalty)"
    )
    run = SubmitField("Assign the missing reviewers automatically")


class EnterConflictForm(FlaskForm):
    reviewer = SelectField("Reviewer", coerce=int, validators=[DataRequired()])
    reason = TextAreaField("Reason", validators=[DataRequired(), Length(max=2000)])
    record = SubmitField("Record the conflict")


class ButtonForm(FlaskForm):
    """Only the CSRF token, for POST buttons."""
