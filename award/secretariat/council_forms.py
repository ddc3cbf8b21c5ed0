"""Forms for the secretariat's Council page. They validate; they never write."""

from flask_babel import lazy_gettext as _l
from wtforms import EmailField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, Length

from award.forms import Form
from award.operations.council import plain


class InviteForm(Form):
    name = StringField(_l("Name"), filters=[plain], validators=[DataRequired(), Length(max=200)])
    email = EmailField(
        _l("E-mail address"),
        filters=[plain],
        validators=[
            DataRequired(),
            Email(check_deliverability=False, message=_l("Give a valid e-mail address.")),
            Length(max=254),
        ],
    )
    submit = SubmitField(_l("Send the invitation"))


class ActionForm(Form):
    """The buttons (resend, revoke, remove): a CSRF token and nothing else."""
