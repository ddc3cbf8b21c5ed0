"""Forms for the secretariat's Council page. They validate; they never write."""

from wtforms import EmailField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, Length

from award.forms import Form
from award.operations.council import plain


class InviteForm(Form):
    name = StringField("Name", filters=[plain], validators=[DataRequired(), Length(max=200)])
    email = EmailField(
        "E-mail address",
        filters=[plain],
        validators=[
            DataRequired(),
            Email(check_deliverability=False, message="Give a valid e-mail address."),
            Length(max=254),
        ],
    )
    submit = SubmitField("Send the invitation")


class ActionForm(Form):
    """The buttons (resend, revoke, remove): a CSRF token and nothing else."""
