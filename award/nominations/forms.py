"""The nomination form, built per round from its categories and questions. It checks size and
format only; what is needed to submit is the operation's rule (operations.nominations)."""

import secrets

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    HiddenField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import URL, Email, Length, Optional, ValidationError

from award.choices import LANGUAGE_CHOICES, country_choices
from award.forms import Form
from award.models import LinkKind, NomineeKind, Round
from award.operations.nominations import NominationInput

MAX_ANSWER_CHARS = 20_000


def http_url(form, field) -> None:
    if field.data and not field.data.lower().startswith(("http://", "https://")):
        raise ValidationError(_("Give a web address starting with http:// or https://."))


class NominationFormBase(Form):
    submission_token = HiddenField()
    title = StringField(_l("Title of the innovation"), validators=[Length(max=300)])
    category = SelectField(_l("Category"), default="", validators=[Optional()])
    nominee_kind = RadioField(
        _l("Who is nominated"),
        choices=[
            (NomineeKind.PERSON.value, _l("A person")),
            (NomineeKind.ORGANISATION.value, _l("An organisation")),
        ],
        validators=[Optional()],
        validate_choice=False,  # an absent answer is fine in a draft; the operation checks values
    )
    nominee_name = StringField(_l("Name of the nominee"), validators=[Length(max=200)])
    nominee_organisation = StringField(_l("Organisation"), validators=[Length(max=200)])
    nominee_email = StringField(
        _l("Nominee's contact e-mail"),
        validators=[
            Optional(),
            Email(check_deliverability=False, message=_l("Give a valid e-mail address.")),
            Length(max=254),
        ],
    )
    nominee_website = StringField(
        _l("Web site"),
        validators=[
            Optional(),
            Length(max=500),
            URL(message=_l("Give a valid web address.")),
            http_url,
        ],
    )
    country = SelectField(
        _l("Country where the innovation works"), default="", validators=[Optional()]
    )
    linked_countries = SelectMultipleField(
        _l("Countries it links"),
        description=_l(
            "The countries health workers move between. Hold Ctrl (or ⌘) to pick several."
        ),
        validators=[Optional()],
    )
    link_kind = RadioField(
        _l("Those countries mainly"),
        choices=[
            (LinkKind.SENDING.value, _l("send health workers")),
            (LinkKind.RECEIVING.value, _l("receive health workers")),
            (LinkKind.BOTH.value, _l("both send and receive")),
        ],
        validators=[Optional()],
    )
    language = SelectField(
        _l("Language of this nomination"), choices=LANGUAGE_CHOICES, default="en"
    )
    consent_showcase = RadioField(
        _l("May the Council show this nomination in its public showcase if it is eligible?"),
        choices=[("yes", _l("Yes")), ("no", _l("No"))],
        validators=[Optional()],
        validate_choice=False,
    )
    save = SubmitField(_l("Save draft"))
    submit = SubmitField(_l("Submit nomination"))

    def to_input(self, round_: Round) -> NominationInput:
        return NominationInput(
            title=self.title.data or "",
            category_id=int(self.category.data) if self.category.data else None,
            nominee_kind=self.nominee_kind.data or None,
            nominee_name=self.nominee_name.data or "",
            nominee_organisation=self.nominee_organisation.data or "",
            nominee_email=self.nominee_email.data or "",
            nominee_website=self.nominee_website.data or "",
            country=self.country.data or None,
            linked_countries=list(self.linked_countries.data or []),
            link_kind=self.link_kind.data or None,
            language=self.language.data or "en",
            consent_showcase={"yes": True, "no": False}.get(self.consent_showcase.data or ""),
            answers={q.key: getattr(self, f"q_{q.key}").data or "" for q in round_.questions},
        )


def nomination_form(round_: Round, nomination=None, formdata=None):
    """A form class with one text area per question of this round."""

    class NominationForm(NominationFormBase):
        pass

    for question in round_.questions:
        limit = _("(at most %(num)d words)", num=question.word_limit) if question.word_limit else ""
        setattr(
            NominationForm,
            f"q_{question.key}",
            TextAreaField(
                question.label,
                description=f"{question.help} {limit}".strip(),
                validators=[Length(max=MAX_ANSWER_CHARS)],
                render_kw={
                    "rows": 8 if (question.word_limit or 0) > 300 else 4,
                    **(
                        {
                            "data-word-limit": question.word_limit,
                            # The live counter's words; the page's script fills in the numbers.
                            "data-word-count": _(
                                "%(count)s / %(limit)s words", count="{count}", limit="{limit}"
                            ),
                        }
                        if question.word_limit
                        else {}
                    ),
                },
            ),
        )
    form = (
        NominationForm(formdata=formdata)
        if nomination is None
        else NominationForm(formdata=formdata, data=_initial(nomination))
    )
    form.category.choices = [("", _("Choose a category"))] + [
        (str(c.id), c.name) for c in round_.categories
    ]
    form.country.choices = [("", _("Choose a country"))] + country_choices()
    form.linked_countries.choices = country_choices()
    if not form.submission_token.data:
        form.submission_token.data = secrets.token_urlsafe(24)
    return form


def _initial(nomination) -> dict:
    data = {
        "title": nomination.title,
        "category": str(nomination.category_id or ""),
        "nominee_kind": nomination.nominee_kind.value if nomination.nominee_kind else None,
        "nominee_name": nomination.nominee_name,
        "nominee_organisation": nomination.nominee_organisation,
        "nominee_email": nomination.nominee_email,
        "nominee_website": nomination.nominee_website,
        "country": nomination.country or "",
        "linked_countries": [c.country for c in nomination.linked_countries],
        "link_kind": nomination.link_kind.value if nomination.link_kind else None,
        "language": nomination.language,
        "consent_showcase": {True: "yes", False: "no"}.get(nomination.consent_showcase),
    }
    for answer in nomination.answers:
        data[f"q_{answer.question.key}"] = answer.value
    return data


class AttachmentForm(Form):
    file = FileField(_l("Add a file"), validators=[FileRequired(_l("Choose a file to upload."))])
    upload = SubmitField(_l("Upload"))


class ConfirmForm(Form):
    """A bare form for POST buttons (withdraw, remove a file): only the CSRF token."""
