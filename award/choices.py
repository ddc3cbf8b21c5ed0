"""Choice lists for forms: ISO 3166 countries, IANA time zones, the interface languages."""

import unicodedata
from functools import cache
from zoneinfo import available_timezones

import pycountry
from babel import Locale
from flask_babel import get_locale

LANGUAGE_CHOICES = [("en", "English"), ("es", "Español"), ("fr", "Français"), ("pt", "Português")]


def country_name(code: str, locale: str = "en") -> str:
    """The country's name in `locale`: CLDR's (through Babel) in Spanish, French and Portuguese,
    ISO's common name in English."""
    if not locale.startswith("en"):
        name = Locale.parse(locale).territories.get(code)
        if name:
            return name
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or (country.name if country else code)


def _sort_key(name: str) -> str:
    """Alphabetical whatever the accents: Égypte comes between Écosse and Équateur, not after Z."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def country_choices() -> list[tuple[str, str]]:
    """Every ISO 3166 country, named and sorted in the current language."""
    return _country_choices(str(get_locale() or "en"))


@cache
def _country_choices(locale: str) -> list[tuple[str, str]]:
    countries = [(c.alpha_2, country_name(c.alpha_2, locale)) for c in pycountry.countries]
    return sorted(countries, key=lambda pair: _sort_key(pair[1]))


@cache
def country_codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries)


@cache
def timezone_choices() -> list[tuple[str, str]]:
    zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))
    return [("UTC", "UTC")] + [(z, z.replace("_", " ")) for z in zones]
