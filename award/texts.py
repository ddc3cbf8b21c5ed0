"""Sentences the app writes by itself and keeps: why a ranking method cannot rank a round, a
ranking's caveats and agreement figures, why a nomination is left short, a job's progress, a
conflict of interest found automatically, why an assignment was removed.

They are stored as a key and parameters, never as English prose, and put into words when read,
in the reader's language (award.labels.text does that for the pages). A Text is such a sentence:
it reads as English, so that award.ranking and award.assignment, which import no Flask, return
readable sentences to their benchmarks and tests, and it keeps its key and parameters for the
database (Text.stored()). Numbers are formatted in the reader's locale when shown.

The English here are the msgids of the catalogues: N_ and N_plural mark them for extraction
(see the Makefile), the translation is looked up when the text is shown."""

from gettext import NullTranslations
from typing import Any

from babel.numbers import format_decimal, format_percent


def N_(msgid: str) -> str:  # noqa: N802 (gettext's own name for "mark, do not translate yet")
    return msgid


def N_plural(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    """A sentence with a singular and a plural form, chosen by its `count` parameter."""
    return singular, plural


CATALOGUE: dict[str, str | tuple[str, str]] = {
    # Why a ranking method cannot rank the round (RankingSnapshot), and its caveats.
    "ranking.nothing_to_rank": N_(
        "No review has a weighted total yet, so there is nothing to rank."
    ),
    "ranking.zscore_needs_reviews": N_(
        "Standardisation needs at least %(needed)s reviews per reviewer; %(short)s of "
        "%(active)s reviewers have fewer."
    ),
    "ranking.trimmed_needs_reviews": N_(
        "A trimmed mean needs at least %(needed)s reviews per nomination; this round expects "
        "%(k)s, and with %(k)s reviews trimming leaves either the plain mean or the median, both "
        "already shown."
    ),
    "ranking.trim_drops_none": N_(
        "Trimming %(trim)s of %(k)s reviews drops none of them; use a trim of at least %(least)s."
    ),
    "ranking.additive_needs_repeats": N_(
        "The additive model needs nominations and reviewers with at least two reviews each to "
        "tell quality, reviewer offsets and noise apart."
    ),
    "ranking.disconnected": N_(
        "The additive model compares reviewers through the nominations they share, but these "
        "reviews fall into %(groups)s groups with no reviewer in common (the largest holds "
        "%(largest)s of %(reviewed)s reviewed nominations), so a group of lenient reviewers "
        "cannot be told apart from a group of strong nominations."
    ),
    "ranking.note.zscore": N_(
        "Standardisation assumes each reviewer was given a random batch: a reviewer who was "
        "given a genuinely strong batch is corrected downwards."
    ),
    "ranking.note.calibrated": N_(
        "Calibrated scores remove each reviewer's estimated offset; read them beside the raw "
        "mean, not instead of it."
    ),
    "ranking.note.no_simulation": N_(
        "Too few repeated reviews to estimate the spread; no simulation was run."
    ),
    # Agreement between reviewers, stored with each snapshot.
    "agreement.too_few": N_(
        "Too few nominations with two or more reviews to measure agreement yet."
    ),
    "agreement.icc1": N_(
        "ICC(1) = %(icc)s: %(share)s of the variation in single review totals comes from real "
        "differences between nominations, the rest from reviewers disagreeing; agreement between "
        "two reviewers of one nomination is %(band)s."
    ),
    "agreement.icc1k": N_(
        "ICC(1,k) = %(icc)s for the mean of about %(k)s reviews, which is %(band)s: if every "
        "nomination were reviewed again by other reviewers, the new means would correlate about "
        "%(correlation)s with these."
    ),
    "agreement.alpha": N_(
        "Krippendorff's alpha = %(alpha)s (1 = perfect agreement, 0 = chance): agreement on "
        "totals is %(reading)s."
    ),
    "agreement.band.poor": N_("poor"),
    "agreement.band.moderate": N_("moderate"),
    "agreement.band.good": N_("good"),
    "agreement.band.excellent": N_("excellent"),
    "agreement.alpha.chance": N_("no better than chance"),
    "agreement.alpha.low": N_(
        "above chance but below the 0.667 usually required even for tentative conclusions"
    ),
    "agreement.alpha.tentative": N_("enough for tentative conclusions (0.667 to 0.8)"),
    "agreement.alpha.reliable": N_("reliable (0.8 or more)"),
    # Why an assignment run left a nomination short (JobRun.result).
    "shortage.language": N_plural(
        "only %(count)s reviewer without a conflict speaks %(language)s (needs %(target)s)",
        "only %(count)s reviewers without a conflict speak %(language)s (needs %(target)s)",
    ),
    "shortage.its_language": N_("its language"),
    "shortage.conflicts": N_plural(
        "only %(count)s reviewer is free of conflict (needs %(target)s)",
        "only %(count)s reviewers are free of conflict (needs %(target)s)",
    ),
    "shortage.same_country": N_plural(
        "%(count)s more reviewer shares the nominee's country, a soft conflict the round may relax",
        "%(count)s more reviewers share the nominee's country, a soft conflict the round may relax",
    ),
    "shortage.all_at_cap": N_plural(
        "the %(count)s reviewer free of conflict is at the cap (needs %(missing)s more)",
        "the %(count)s reviewers free of conflict are all at their cap (needs %(missing)s more)",
    ),
    "shortage.others_at_cap": N_plural(
        "the %(count)s other reviewer free of conflict is at the cap (needs %(missing)s more)",
        "the %(count)s other reviewers free of conflict are all at their cap (needs "
        "%(missing)s more)",
    ),
    "shortage.not_optimal": N_plural(
        "%(count)s reviewer free of conflict still has room; this run was not proven optimal",
        "%(count)s reviewers free of conflict still have room; this run was not proven optimal",
    ),
    "shortage.no_sending": N_("no sending reviewer is free of conflict"),
    "shortage.no_receiving": N_("no receiving reviewer is free of conflict"),
    "shortage.sending_at_cap": N_plural(
        "the %(count)s sending reviewer free of conflict is at the cap",
        "the %(count)s sending reviewers free of conflict are all at the cap",
    ),
    "shortage.receiving_at_cap": N_plural(
        "the %(count)s receiving reviewer free of conflict is at the cap",
        "the %(count)s receiving reviewers free of conflict are all at the cap",
    ),
    "shortage.sending_elsewhere": N_(
        "no sending reviewer could be moved here without a gap elsewhere"
    ),
    "shortage.receiving_elsewhere": N_(
        "no receiving reviewer could be moved here without a gap elsewhere"
    ),
    # Languages of nominations, inside the sentences above.
    "language.en": N_("English"),
    "language.es": N_("Spanish"),
    "language.fr": N_("French"),
    "language.pt": N_("Portuguese"),
    # What the secretariat may do about shortages (JobRun.result).
    "lever.raise_cap": N_("Raise the load cap of %(name)s by %(extra)s."),
    "lever.raises_fill": N_plural(
        "Together these raises would fill %(count)s slot.",
        "Together these raises would fill %(count)s slots.",
    ),
    "lever.relax_country": N_plural(
        "Allowing reviewers from the nomination's own country (at a penalty) could fill up to "
        "%(count)s slot: run again with that box ticked.",
        "Allowing reviewers from the nomination's own country (at a penalty) could fill up to "
        "%(count)s slots: run again with that box ticked.",
    ),
    "lever.by_hand": N_(
        "Still short even then, assign by hand or invite more reviewers: %(titles)s."
    ),
    # A background job's progress and outcome (JobRun.result["message"]).
    "job.building": N_("building conflicts and affinities"),
    "job.solving": N_("solving"),
    "job.writing": N_("writing assignments"),
    "job.done": N_("done"),
    "job.nothing_to_assign": N_(
        "There are no eligible nominations or no active reviewers to assign."
    ),
    "job.rule_broken": N_("The solver's answer broke a rule: %(rules)s"),
    # Conflicts of interest found automatically (ConflictOfInterest.system_reason).
    "conflict.nominator": N_("The reviewer made this nomination."),
    "conflict.organisation": N_(
        "Same organisation as the nominee or nominator (%(organisation)s)."
    ),
    "conflict.email_domain": N_("Same e-mail domain (%(domain)s)."),
    "conflict.country": N_("The reviewer's country is the nomination's (%(country)s)."),
    # Who made or removed an assignment (Assignment.reasons).
    "assignment.assigned_by": N_("assigned by %(name)s"),
    "assignment.removed_by": N_("removed by %(name)s"),
    "assignment.removed_for_conflict": N_("Conflict of interest: %(reason)s"),
    "assignment.reviewer_left": N_("the reviewer left the Council"),
}


def percent(value: float) -> dict[str, float]:
    """A parameter shown as a percentage in the reader's locale (0.2: '20%', '20 %')."""
    return {"percent": float(value)}


def decimal(value: float, digits: int) -> dict[str, float | int]:
    """A parameter shown with this many decimals in the reader's locale (0.53, '0,53')."""
    return {"decimal": float(value), "digits": int(digits)}


class Text(str):
    """A sentence of the catalogue with its parameters. It reads as its English; stored() is
    what goes into the database. A parameter may be a number, a string (a name, a title: shown
    as it is), percent() or decimal(), or another Text (a word chosen by the code)."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, **params: Any) -> "Text":
        if key not in CATALOGUE:
            raise KeyError(f"no text {key!r} in award.texts.CATALOGUE")
        params = {name: _plain(value) for name, value in params.items()}
        self = super().__new__(cls, render({"key": key, "params": params}))
        self.key, self.params = key, params
        return self

    def stored(self) -> dict[str, Any]:
        return {"key": self.key, "params": self.params}

    def __reduce__(self):  # copy and pickle rebuild it from its key, not from its English
        return _from_stored, (self.stored(),)


def _from_stored(value: dict[str, Any]) -> Text:
    return Text(value["key"], **value["params"])


def stored(value: Any) -> Any:
    """What to keep in a JSON column: a Text as its key and parameters, anything else as is."""
    return value.stored() if isinstance(value, Text) else value


def _plain(value: Any) -> Any:
    if isinstance(value, Text):
        return value.stored()
    if hasattr(value, "item"):  # a NumPy number
        return value.item()
    return value


def is_stored(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("key"), str)


def render(value: Any, translations=None, locale: str = "en") -> str:
    """The words of a stored text in the language of `translations` (gettext's interface;
    English without), numbers in `locale`. Anything that is not a stored text (a sentence
    kept before texts were stored as keys, or typed by a person) is returned as it is."""
    if isinstance(value, Text):
        value = value.stored()
    if not is_stored(value):
        return "" if value is None else str(value)
    translations = translations or NullTranslations()
    entry = CATALOGUE.get(value["key"])
    if entry is None:  # a key since removed from the code: say at least which one it was
        return value["key"]
    given = value.get("params") or {}
    params = {name: _param(v, translations, locale) for name, v in given.items()}
    if isinstance(entry, tuple):
        words = translations.ngettext(entry[0], entry[1], int(given.get("count", 0)))
    else:
        words = translations.gettext(entry)
    try:
        return words % params
    except (KeyError, TypeError, ValueError):  # a broken translation: the English still reads
        english = entry if isinstance(entry, str) else entry[int(given.get("count", 0)) != 1]
        return english % params


def _param(value: Any, translations, locale: str) -> str:
    if isinstance(value, dict):
        if is_stored(value):
            return render(value, translations, locale)
        if "percent" in value:
            return format_percent(value["percent"], locale=locale)
        if "decimal" in value:
            digits = int(value.get("digits", 0))
            pattern = "#,##0." + "0" * digits if digits else "#,##0"
            return format_decimal(value["decimal"], format=pattern, locale=locale)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return format_decimal(value, locale=locale)
