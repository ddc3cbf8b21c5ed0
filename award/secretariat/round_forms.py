"""Forms for setting up a round, moving it through its phases, deciding and announcing. They
validate and shape data; the rules live in award.operations.rounds and lifecycle."""

from datetime import UTC, datetime

from babel.dates import format_date
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    FloatField,
    HiddenField,
    IntegerField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from award.choices import timezone_choices
from award.forms import Form
from award.labels import METHOD_NAMES
from award.models import DecisionKind, Round
from award.operations.rounds import RoundSettings, parse_days
from award.secretariat.forms import zone

DATE_FORMAT = "%Y-%m-%dT%H:%M"
SETTINGS = (
    "name",
    "slug",
    "year",
    "description",
    "eligibility",
    "timezone",
    "reviewers_per_nomination",
    "reviewer_load_cap",
    "blind_review",
    "reviewers_see_other_reviews",
    "same_country_conflict",
    "require_sending_and_receiving",
    "disagreement_threshold",
    "ranking_method",
    "top_n",
    "auto_advance",
)
DATES = ("nominations_open_at", "nominations_close_at", "review_deadline")


def _local(value: datetime | None, timezone: str) -> datetime | None:
    return value.astimezone(zone(timezone)).replace(tzinfo=None) if value else None


def to_utc(local: datetime, timezone: str) -> datetime:
    """A time as read on the round's clocks, as a moment in UTC. In the hour the clocks go back
    it reads twice: the first moment counts (for a deadline, the earlier one)."""
    return local.replace(tzinfo=zone(timezone)).astimezone(UTC)


def missing_times(form, timezone: str) -> dict[str, str]:
    """The dates of `form` that no clock in `timezone` shows (the hour skipped when the clocks go
    forward), by field name. Stored as they are, they would quietly move by an hour."""
    out = {}
    for name in DATES:
        typed = getattr(form, name).data
        if typed and _local(to_utc(typed, timezone), timezone) != typed:
            out[name] = _(
                "There is no %(time)s on %(date)s in %(zone)s: the clocks go forward that night. "
                "Choose another time.",
                time=f"{typed:%H:%M}",
                date=format_date(typed, "d MMMM y", locale=str(get_locale() or "en")),
                zone=timezone,
            )
    return out


class RoundForm(Form):
    name = StringField(
        _l("Name"), validators=[DataRequired(_l("Give the round a name.")), Length(max=200)]
    )
    slug = StringField(
        _l("Web address"),
        description=_l(
            "Lower-case letters, digits and hyphens: the call's page is /calls/<address>."
        ),
        validators=[DataRequired(_l("Give the round a web address.")), Length(max=80)],
    )
    year = IntegerField(_l("Year"), validators=[Optional(), NumberRange(1990, 2200)])
    description = TextAreaField(_l("Description of the call"), validators=[Length(max=10000)])
    eligibility = TextAreaField(_l("Who and what is eligible"), validators=[Length(max=10000)])
    categories = TextAreaField(
        _l("Categories"),
        description=_l(
            "One per line, as 'Name: description'. Lines are matched to the existing categories "
            "by their order, so editing a line renames that category."
        ),
        validators=[DataRequired(_l("A round needs at least one category.")), Length(max=20000)],
    )
    timezone = SelectField(_l("Time zone of the dates"), default="UTC")
    nominations_open_at = DateTimeLocalField(
        _l("Call opens"),
        format=DATE_FORMAT,
        validators=[InputRequired(_l("Give a date and time."))],
    )
    nominations_close_at = DateTimeLocalField(
        _l("Call closes"),
        format=DATE_FORMAT,
        validators=[InputRequired(_l("Give a date and time."))],
    )
    review_deadline = DateTimeLocalField(
        _l("Reviews due"),
        format=DATE_FORMAT,
        validators=[InputRequired(_l("Give a date and time."))],
    )
    auto_advance = BooleanField(
        _l("Open and close the call on their own at these times"), default=True
    )
    reviewers_per_nomination = IntegerField(
        _l("Reviewers per nomination (k)"),
        default=3,
        validators=[InputRequired(), NumberRange(1, 20)],
    )
    reviewer_load_cap = IntegerField(
        _l("Most nominations per reviewer"),
        default=12,
        validators=[InputRequired(), NumberRange(1, 500)],
    )
    blind_review = BooleanField(
        _l("Blind review: reviewers do not see who nominated or who is named")
    )
    reviewers_see_other_reviews = BooleanField(
        _l("Reviewers see the other reviews after submitting their own"), default=True
    )
    same_country_conflict = BooleanField(
        _l("A reviewer from the nomination's country has a conflict"), default=True
    )
    require_sending_and_receiving = BooleanField(
        _l("Each nomination gets a reviewer from a sending and from a receiving country"),
        default=True,
    )
    reviewer_reminder_days = StringField(
        _l("Remind reviewers (days before the review deadline)"),
        default="7, 2, 1, 0",
        description=_l("0 sends a reminder when reviews are overdue."),
        validators=[Length(max=100)],
    )
    nominator_reminder_days = StringField(
        _l("Remind nominators with drafts (days before the call closes)"),
        default="3, 1",
        validators=[Length(max=100)],
    )
    disagreement_threshold = FloatField(
        _l("Flag for discussion when reviewers' totals differ by more than (points of 100)"),
        default=20.0,
        validators=[InputRequired(), NumberRange(0, 100)],
    )
    ranking_method = SelectField(
        _l("Ranking the decisions are based on"),
        choices=list(METHOD_NAMES.items()),
        default="mean",
    )
    top_n = IntegerField(
        _l("Places that count as the top (for the chance of being in the top N)"),
        default=3,
        validators=[InputRequired(), NumberRange(1, 100)],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.timezone.choices = timezone_choices()

    def fill(self, round_: Round) -> None:
        """Show a saved round's values, dates in its own time zone."""
        for name in SETTINGS:
            getattr(self, name).data = getattr(round_, name)
        for name in DATES:
            getattr(self, name).data = _local(getattr(round_, name), round_.timezone)
        self.reviewer_reminder_days.data = ", ".join(map(str, round_.reviewer_reminder_days))
        self.nominator_reminder_days.data = ", ".join(map(str, round_.nominator_reminder_days))
        self.categories.data = "\n".join(
            f"{c.name}: {c.description}" if c.description else c.name for c in round_.categories
        )

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        for name, message in missing_times(self, self.timezone.data).items():
            getattr(self, name).errors.append(message)
            valid = False
        return valid

    def validate_reviewer_reminder_days(self, field) -> None:
        self._days(field)

    def validate_nominator_reminder_days(self, field) -> None:
        self._days(field)

    @staticmethod
    def _days(field) -> list[int]:
        try:
            return parse_days(field.data)
        except ValueError as exc:
            field.errors.append(str(exc))
            return []

    def category_lines(self) -> list[tuple[str, str]]:
        out = []
        for line in (self.categories.data or "").splitlines():
            name, _, description = line.partition(":")
            if name.strip():
                out.append((name.strip()[:200], description.strip()))
        return out

    def settings(self) -> RoundSettings:
        values = {name: getattr(self, name).data for name in SETTINGS}
        values["slug"] = (values["slug"] or "").strip().lower()
        values["name"] = values["name"].strip()
        for name in DATES:
            values[name] = to_utc(getattr(self, name).data, self.timezone.data)
        values["reviewer_reminder_days"] = parse_days(self.reviewer_reminder_days.data)
        values["nominator_reminder_days"] = parse_days(self.nominator_reminder_days.data)
        return RoundSettings(**values)

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, message in problems.items():
            getattr(self, name).errors = [*getattr(self, name).errors, message]


class CopyRoundForm(Form):
    """Copy an earlier round's set-up: only what must differ is asked."""

    source = SelectField(_l("Copy the set-up of"), coerce=int)
    name = StringField(
        _l("Name"), validators=[DataRequired(_l("Give the round a name.")), Length(max=200)]
    )
    slug = StringField(
        _l("Web address"),
        description=_l("Lower-case letters, digits and hyphens."),
        validators=[DataRequired(_l("Give the round a web address.")), Length(max=80)],
    )
    year = IntegerField(_l("Year"), validators=[Optional(), NumberRange(1990, 2200)])
    nominations_open_at = DateTimeLocalField(
        _l("Call opens"),
        format=DATE_FORMAT,
        validators=[InputRequired(_l("Give a date and time."))],
    )
    nominations_close_at = DateTimeLocalField(
        _l("Call closes"),
        format=DATE_FORMAT,
        validators=[InputRequired(_l("Give a date and time."))],
    )
    review_deadline = DateTimeLocalField(
        _l("Reviews due"),
        format=DATE_FORMAT,
        validators=[InputRequired(_l("Give a date and time."))],
    )
    submit = SubmitField(_l("Copy into a new draft round"))

    def settings(self, source: Round) -> RoundSettings:
        """The source's settings with the new name, address and dates (in its time zone)."""
        settings = RoundSettings.of(source)
        settings.name = self.name.data.strip()
        settings.slug = self.slug.data.strip().lower()
        settings.year = self.year.data
        for name in DATES:
            setattr(settings, name, to_utc(getattr(self, name).data, source.timezone))
        return settings


class TokenForm(Form):
    """Only the CSRF token: for one-button forms."""


class MoveForm(Form):
    target = HiddenField(validators=[DataRequired()])
    expected = HiddenField(validators=[DataRequired()])
    confirm = BooleanField(
        _l("I have read what this move does"),
        validators=[DataRequired(_l("Tick the box to confirm."))],
    )


class DecisionForm(Form):
    nomination_id = HiddenField(validators=[DataRequired()])
    kind = SelectField(
        _l("Decision"),
        choices=[
            (DecisionKind.WINNER.value, _l("Winner")),
            (DecisionKind.RUNNER_UP.value, _l("Runner-up")),
            (DecisionKind.HONOURABLE_MENTION.value, _l("Honourable mention")),
        ],
    )
    citation = TextAreaField(
        _l("Citation"),
        description=_l("Published with the award on the winners page and in the e-mail."),
        validators=[DataRequired(_l("Write the citation.")), Length(max=2000)],
    )


class AnnounceForm(Form):
    when = DateTimeLocalField(_l("Announce at"), format=DATE_FORMAT, validators=[Optional()])
    confirm = BooleanField(
        _l("I have checked the decisions and citations"),
        validators=[DataRequired(_l("Tick the box to confirm."))],
    )
