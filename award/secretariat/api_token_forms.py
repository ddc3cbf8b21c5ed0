"""Forms for the secretariat's API tokens page. They validate; they never write."""

from flask_babel import lazy_gettext as _l
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length

from award.forms import Form
from award.operations.api_tokens import NAME_MAX
from award.operations.council import plain


class NewTokenForm(Form):
    name = StringField(
        _l("Name"),
        description=_l("What the token is for, such as the tool that will use it."),
        filters=[plain],
        validators=[DataRequired(message=_l("Give the token a name.")), Length(max=NAME_MAX)],
    )
    submit = SubmitField(_l("Create a token"))


class RevokeForm(Form):
    """The revoke button: a CSRF token and nothing else."""
