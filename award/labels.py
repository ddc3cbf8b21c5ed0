"""The words a person reads for the codes the app stores: statuses, phases, recommendations,
decisions, and the ranking methods. Lazy, so each is read in the language of the page that shows
it. In English each reads as the code always did on the pages ('info requested', 'open').

The ranking methods' names and descriptions live in award.ranking in English, because that
package imports no Flask; their translations are here, under the same keys (a test keeps the
keys equal)."""

import enum

from flask_babel import lazy_gettext as _l

from award.models import DecisionKind, NominationStatus, Phase, Recommendation, ReviewStatus

# One mapping per enum: the members of different enums can share a value ('draft').
LABELS: dict[type[enum.Enum], dict] = {
    NominationStatus: {
        NominationStatus.DRAFT: _l("draft"),
        NominationStatus.SUBMITTED: _l("submitted"),
        NominationStatus.INFO_REQUESTED: _l("info requested"),
        NominationStatus.ELIGIBLE: _l("eligible"),
        NominationStatus.INELIGIBLE: _l("ineligible"),
        NominationStatus.WITHDRAWN: _l("withdrawn"),
    },
    Phase: {
        Phase.DRAFT: _l("draft"),
        Phase.OPEN: _l("open"),
        Phase.SCREENING: _l("screening"),
        Phase.REVIEW: _l("review"),
        Phase.DELIBERATION: _l("deliberation"),
        Phase.DECIDED: _l("decided"),
        Phase.ANNOUNCED: _l("announced"),
        Phase.ARCHIVED: _l("archived"),
    },
    ReviewStatus: {
        ReviewStatus.DRAFT: _l("draft"),
        ReviewStatus.SUBMITTED: _l("submitted"),
    },
    Recommendation: {
        Recommendation.STRONGLY_SUPPORT: _l("strongly support"),
        Recommendation.SUPPORT: _l("support"),
        Recommendation.NEUTRAL: _l("neutral"),
        Recommendation.DO_NOT_SUPPORT: _l("do not support"),
    },
    DecisionKind: {
        DecisionKind.WINNER: _l("winner"),
        DecisionKind.RUNNER_UP: _l("runner-up"),
        DecisionKind.HONOURABLE_MENTION: _l("honourable mention"),
    },
}

METHOD_NAMES = {
    "mean": _l("Plain mean"),
    "zscore": _l("Standardised mean (z-scores)"),
    "trimmed": _l("Trimmed mean"),
    "calibrated": _l("Calibrated for reviewer offsets"),
}
METHOD_DESCRIPTIONS = {
    "mean": _l("Plain mean of the reviews' weighted totals (the default)."),
    "zscore": _l(
        "Mean after standardising each reviewer's totals (z-scores), so that a harsh and a "
        "lenient reviewer count alike; shown back on the 0-100 scale."
    ),
    "trimmed": _l("Mean after dropping the highest and lowest reviews of each nomination."),
    "calibrated": _l(
        "Additive model: nomination quality plus each reviewer's offset, fitted by least "
        "squares over all reviews of the round (the NeurIPS calibration); shown beside the "
        "raw mean."
    ),
}


def label(value) -> str:
    """The label of a stored code, in the current language ('' for None); a code without one
    reads as itself, underscores as spaces."""
    if value is None:
        return ""
    known = LABELS.get(type(value), {}).get(value)
    return (
        str(known) if known is not None else str(getattr(value, "value", value)).replace("_", " ")
    )


def method_name(key: str) -> str:
    return str(METHOD_NAMES.get(key, key))
