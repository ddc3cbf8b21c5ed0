"""Forms for the secretariat's screening pages. They validate and shape data; they never write."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import DateTimeLocalField, SearchField, SelectField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from award.database import utcnow
from award.forms import Form
from award.labels import label
from award.models import Category, NominationStatus
from award.operations.screening import VISIBLE
from award.templating import country_name


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


class NominationFilterForm(Form):
    """The search and filters of the nominations table, read from the query string."""

    class Meta:
        csrf = False  # a GET form: it changes nothing

    q = SearchField(
        _l("Search"),
        validators=[Optional(), Length(max=200)],
        description=_l("Title, nominee, organisation or receipt number."),
    )
    category = SelectField(_l("Category"), validators=[Optional()])
    country = SelectField(_l("Country"), validators=[Optional()])
    status = SelectField(_l("Status"), validators=[Optional()])

    def __init__(self, formdata, categories: list[Category], countries: list[str]):
        super().__init__(formdata)
        self.category.choices = [("", _l("All categories"))] + [
            (str(c.id), c.name) for c in categories
        ]
        named = sorted((country_name(code), code) for code in countries)
        self.country.choices = [("", _l("All countries"))] + [(code, name) for name, code in named]
        self.status.choices = [("", _l("All statuses"))] + [(s.value, label(s)) for s in VISIBLE]
        self.validate()  # an unknown value in the query string is dropped, not an error page

    def filters(self) -> dict[str, str]:
        """The filters that were given and are valid, as strings: for the paging links."""
        names = ("q", "category", "country", "status")
        return {
            name: self[name].data.strip()
            for name in names
            if self[name].data and self[name].data.strip() and not self[name].errors
        }

    def query_values(self) -> dict:
        """The filters as nominations_query() takes them."""
        given = self.filters()
        return {
            "q": given.get("q", ""),
            "category_id": int(given["category"]) if "category" in given else None,
            "country": given.get("country"),
            "status": NominationStatus(given["status"]) if "status" in given else None,
        }


class EligibleForm(Form):
    pass  # only the CSRF token


class IneligibleForm(Form):
    reason = TextAreaField(
        _l("Reason"),
        description=_l("Sent to the nominator."),
        validators=[
            DataRequired(_l("Give the reason: the nominator is told.")),
            Length(max=2000),
        ],
    )


class InformationRequestForm(Form):
    message = TextAreaField(
        _l("What is missing"),
        description=_l("Sent to the nominator."),
        validators=[DataRequired(_l("Say what the nominator should add.")), Length(max=4000)],
    )
    until = DateTimeLocalField(
        _l("Open for changes until"),
        format="%Y-%m-%dT%H:%M",
        validators=[DataRequired(_l("Give a date and time, such as 2026-05-31 17:00."))],
    )

    def __init__(self, *args, timezone: str = "UTC", **kwargs):
        super().__init__(*args, **kwargs)
        self.timezone = timezone
        self.until.description = _("In the round's time zone, %(zone)s.", zone=timezone)

    def until_utc(self) -> datetime:
        """The typed local date and time, in the round's time zone, as an aware UTC datetime."""
        return self.until.data.replace(tzinfo=zone(self.timezone)).astimezone(UTC)

    def validate_until(self, field) -> None:
        if field.data is not None and self.until_utc() <= utcnow():
            raise ValidationError(_("Choose a date and time in the future."))
