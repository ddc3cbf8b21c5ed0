"""Template filters and globals: dates in a chosen time zone, country names, the labels of
stored codes (`status|label`), the sentences the app wrote itself (`snapshot.why_not|text`), the
navigation."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_datetime
from flask import Flask, has_request_context
from flask_babel import get_locale, gettext, ngettext
from flask_login import current_user

from award import choices
from award.choices import LANGUAGE_CHOICES
from award.labels import label, method_name, text
from award.models import Role


def to_zone(value: datetime | None, tz: str | None = None) -> datetime | None:
    if value is None:
        return None
    try:
        zone = ZoneInfo(tz or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return value.astimezone(zone)


def _locale() -> str:
    """The current language (the request's, or the one forced for an e-mail); English outside."""
    try:
        return str(get_locale() or "en")
    except RuntimeError:  # no application context
        return "en"


def format_when(value: datetime | None, tz: str | None = None) -> str:
    """'3 December 2026, 12:50 WET' in the current language, in the given time zone."""
    local = to_zone(value, tz)
    if local is None:
        return ""
    text = format_datetime(local, "d MMMM y, HH:mm", locale=_locale())
    return f"{text} {local.tzname() or ''}".rstrip()


def time_left(value: datetime | None, now: datetime | None = None) -> str:
    if value is None:
        return ""
    seconds = int((value - (now or datetime.now(UTC))).total_seconds())
    if seconds <= 0:
        return gettext("closed")
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    if days:
        return ngettext(
            "%(num)d day, %(hours)d h left", "%(num)d days, %(hours)d h left", days, hours=hours
        )
    return gettext("%(hours)d h %(minutes)d min left", hours=hours, minutes=rest // 60)


def country_name(code: str | None) -> str:
    """A country code as its name in the reader's language."""
    return choices.country_name(code, str(get_locale() or "en")) if code else ""


def init_templating(app: Flask) -> None:
    app.jinja_env.filters.update(
        when=format_when,
        time_left=time_left,
        country=country_name,
        label=label,
        text=text,
        method=method_name,
    )

    @app.context_processor
    def navigation():
        # E-mails are rendered by workers too, where nobody is signed in.
        signed_in = has_request_context() and current_user and current_user.is_authenticated
        return {
            "Role": Role,
            "is_secretariat": bool(signed_in and current_user.has_role(Role.SECRETARIAT)),
            "is_reviewer": bool(signed_in and current_user.has_role(Role.REVIEWER)),
            "now": datetime.now(UTC),
            "current_locale": str(get_locale() or "en"),
            "language_choices": LANGUAGE_CHOICES,
        }
