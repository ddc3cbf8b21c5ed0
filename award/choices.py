"""Choice lists for forms: ISO 3166 countries, IANA time zones, the interface languages."""

from functools import cache
from zoneinfo import available_timezones

import pycountry

LANGUAGE_CHOICES = [("en", "English"), ("es", "Español"), ("fr", "Français"), ("pt", "Português")]


@cache
def country_choices() -> list[tuple[str, str]]:
    countries = [(c.alpha_2, getattr(c, "common_name", c.name)) for c in pycountry.countries]
    return sorted(countries, key=lambda pair: pair[1])


@cache
def country_codes() -> frozenset[str]:
    return frozenset(code for code, _ in country_choices())


@cache
def timezone_choices() -> list[tuple[str, str]]:
    zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))
    return [("UTC", "UTC")] + [(z, z.replace("_", " ")) for z in zones]
