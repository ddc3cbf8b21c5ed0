"""Forms for accepting a Council invitation and editing a reviewer's profile. They check size and
format; which countries, tags and languages are allowed is the operation's rule
(operations.council), so that a refused value gets a clear message by its field."""

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import (
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
)
from wtforms.validators import DataRequired, EqualTo, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from award.auth.forms import strong_password
from award.choices import LANGUAGE_CHOICES, country_choices, timezone_choices
from award.forms import Form
from award.models import RoundReviewer, Side, User
from award.operations.council import ProfileProblem, plain
from award.security import MAX_PASSWORD_LENGTH

SIDE_CHOICES = [
    (Side.SENDING.value, _l("A country that sends health workers")),
    (Side.RECEIVING.value, _l("A country that receives health workers")),
    (Side.NEITHER.value, _l("Neither (an independent expert)")),
]


class CheckboxesField(SelectMultipleField):
    """Several choices as checkboxes (rendered by the `radios` macro as a fieldset)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def _load_cap_field(label, limit: int) -> IntegerField:
    return IntegerField(
        label,
        description=_("Leave empty for the round's usual number (%(num)d).", num=limit),
        validators=[Optional(), NumberRange(min=0, message=_l("Give a number of 0 or more."))],
        render_kw={"min": 0, "max": limit},
    )


class ProfileFields(Form):
    name = StringField(
        _l("Full name"), filters=[plain], validators=[DataRequired(), Length(max=200)]
    )
    organisation = StringField(_l("Organisation"), filters=[plain], validators=[Length(max=200)])
    country = SelectField(_l("Country"), validate_choice=False)
    side = RadioField(
        _l("In the Council, you speak for"),
        choices=SIDE_CHOICES,
        validators=[Optional()],
        validate_choice=False,
    )
    expertise = CheckboxesField(_l("Your expertise"), validate_choice=False)
    languages = CheckboxesField(
        _l("Languages you can review in"), choices=LANGUAGE_CHOICES, validate_choice=False
    )

    def setup(self, tags: list[tuple[str, str]]) -> None:
        self.country.choices = [("", _l("Choose a country"))] + country_choices()
        self.expertise.choices = tags

    def profile_values(self) -> dict:
        """The profile as operations.council takes it."""
        return {
            "organisation": self.organisation.data or "",
            "country": self.country.data or None,
            "side": self.side.data or None,
            "expertise": list(self.expertise.data or []),
            "languages": list(self.languages.data or []),
        }

    def show_problems(self, problem: ProfileProblem) -> None:
        """Put each of the operation's messages by its field."""
        for key, message in problem.errors.items():
            name = key.replace(":", "_")
            if name not in self and name.startswith("load_cap_"):
                name = "load_cap"  # the acceptance form has one load cap, for its round
            target = self._fields.get(name)
            if target is None:
                self.form_errors.append(message)
            else:
                target.errors = [*target.errors, message]


class AcceptInvitationForm(ProfileFields):
    password = PasswordField(
        _l("Choose a password"),
        description=_l("At least 8 characters. A long passphrase is best."),
        validators=[DataRequired(), Length(max=MAX_PASSWORD_LENGTH), strong_password],
    )
    confirm = PasswordField(
        _l("Repeat the password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The passwords do not match."))],
    )
    language = SelectField(_l("Language for e-mails and pages"), choices=LANGUAGE_CHOICES)
    timezone = SelectField(_l("Time zone"), default="UTC")
    submit = SubmitField(_l("Accept and join the Council"))


def accept_form(
    tags: list[tuple[str, str]], limit: int, *, new_account: bool, needs_password: bool, data: dict
) -> AcceptInvitationForm:
    """The acceptance form: the password fields only when the account has none yet; the
    language and time zone only for a new account (an existing one keeps its own)."""

    class Form(AcceptInvitationForm):
        load_cap = _load_cap_field(_l("Most nominations you can review in this round"), limit)

    form = Form(data=data)
    if not needs_password:
        del form.password
        del form.confirm
    if not new_account:
        del form.language
        del form.timezone
    else:
        form.timezone.choices = timezone_choices()
    form.setup(tags)
    return form


class ReviewerProfileForm(ProfileFields):
    submit = SubmitField(_l("Save my profile"))

    memberships: list[RoundReviewer] = []

    def load_cap_fields(self) -> list[tuple[RoundReviewer, IntegerField]]:
        return [(m, self[f"load_cap_{m.round_id}"]) for m in self.memberships]

    def load_caps(self) -> dict:
        return {m.round: field.data for m, field in self.load_cap_fields()}


def profile_form(
    user: User, memberships: list[RoundReviewer], tags: list[tuple[str, str]]
) -> ReviewerProfileForm:
    """The profile form, with one load cap per round the reviewer is an active member of."""

    class Form(ReviewerProfileForm):
        pass

    for member in memberships:
        setattr(
            Form,
            f"load_cap_{member.round_id}",
            _load_cap_field(
                _("Most nominations you can review in %(round)s", round=member.round.name),
                member.round.reviewer_load_cap,
            ),
        )
    form = Form(
        data={
            "name": user.name,
            "organisation": user.organisation,
            "country": user.country or "",
            "side": user.side.value if user.side else None,
            "expertise": [e.tag for e in user.expertise],
            "languages": [lang.language for lang in user.languages],
            **{f"load_cap_{m.round_id}": m.load_cap for m in memberships},
        }
    )
    form.memberships = memberships
    form.setup(tags)
    return form
