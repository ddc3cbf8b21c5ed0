"""The words a person reads for the codes the app stores: statuses, phases, recommendations,
decisions, sources and kinds, and the ranking methods. Lazy, so each is read in the language of
the page that shows it. In English each reads as the code always did on the pages ('info
requested', 'open'). And text(): the sentences the app wrote itself (award.texts), put into
words in the reader's language.

The ranking methods' names and descriptions live in award.ranking in English, because that
package imports no Flask; their translations are here, under the same keys (a test keeps the
keys equal)."""

import enum
from typing import Any

from flask_babel import get_locale, get_translations
from flask_babel import lazy_gettext as _l

from award import texts
from award.models import (
    AssignmentSource,
    AttachmentKind,
    ConflictSource,
    DecisionKind,
    JobStatus,
    LinkKind,
    MemberStatus,
    NominationStatus,
    NomineeKind,
    OutboxStatus,
    Phase,
    Recommendation,
    ReviewStatus,
    Side,
)

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
    OutboxStatus: {
        OutboxStatus.PENDING: _l("pending"),
        OutboxStatus.SENDING: _l("sending"),
        OutboxStatus.SENT: _l("sent"),
        OutboxStatus.FAILED: _l("failed"),
    },
    JobStatus: {
        JobStatus.QUEUED: _l("queued"),
        JobStatus.RUNNING: _l("running"),
        JobStatus.DONE: _l("done"),
        JobStatus.FAILED: _l("failed"),
    },
    ConflictSource: {
        ConflictSource.NOMINATOR: _l("nominator"),
        ConflictSource.ORGANISATION: _l("organisation"),
        ConflictSource.EMAIL_DOMAIN: _l("e-mail domain"),
        ConflictSource.COUNTRY: _l("country"),
        ConflictSource.SECRETARIAT: _l("secretariat"),
        ConflictSource.DECLARED: _l("declared"),
    },
    AssignmentSource: {
        AssignmentSource.AUTO: _l("automatic"),
        AssignmentSource.MANUAL: _l("by hand"),
    },
    NomineeKind: {
        NomineeKind.PERSON: _l("person"),
        NomineeKind.ORGANISATION: _l("organisation"),
    },
    # Not "sending" alone: that is also the outbox's word for a message being sent.
    LinkKind: {
        LinkKind.SENDING: _l("sending countries"),
        LinkKind.RECEIVING: _l("receiving countries"),
        LinkKind.BOTH: _l("both sides"),
    },
    AttachmentKind: {
        AttachmentKind.EVIDENCE: _l("evidence"),
        AttachmentKind.SUPPORT_LETTER: _l("support letter"),
    },
    Side: {
        Side.SENDING: _l("Sending"),
        Side.RECEIVING: _l("Receiving"),
        Side.NEITHER: _l("Neither"),
    },
    MemberStatus: {
        MemberStatus.ACTIVE: _l("active"),
        MemberStatus.REMOVED: _l("removed"),
    },
}
# Codes stored or passed as plain strings, by what they are: `code|label("invitation")`. An
# enum's name here reads a string as that enum ('info_requested'|label('nomination')).
NAMED: dict[str, dict[str, Any]] = {
    # award.operations.council.InvitationState, which lives with the operations.
    "invitation": {
        "pending": _l("pending"),
        "expired": _l("expired"),
        "accepted": _l("accepted"),
        "revoked": _l("revoked"),
    },
    "job": {"assignment": _l("Automatic assignment")},
    # award.ranking.diff: how a nomination moved since the previous snapshot.
    "ranking_change": {
        "added": _l("new in the ranking"),
        "removed": _l("no longer in the ranking"),
        "changed": _l("changed"),
    },
}
ENUMS_BY_NAME: dict[str, type[enum.Enum]] = {
    "nomination": NominationStatus,
    "recommendation": Recommendation,
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


def label(value, of: str | None = None) -> str:
    """The label of a stored code, in the current language ('' for None); a code without one
    reads as itself, underscores as spaces. `of` names what a plain string code is (NAMED,
    ENUMS_BY_NAME)."""
    if value is None or value == "":
        return ""
    code = getattr(value, "value", value)
    if of in ENUMS_BY_NAME:
        try:
            value = ENUMS_BY_NAME[of](code)
        except ValueError:
            value = code
    names = NAMED[of] if of in NAMED else LABELS.get(type(value), {})
    known = names.get(str(code) if of in NAMED else value)
    return str(known) if known is not None else str(code).replace("_", " ")


def text(value: Any) -> str:
    """A sentence the app wrote itself (award.texts, stored as a key and parameters) in the
    current language, its numbers in the current locale. A sentence stored as prose (before
    texts were kept as keys, or typed by a person) is shown as it is."""
    try:
        translations, locale = get_translations(), str(get_locale() or "en")
    except RuntimeError:  # no application context: English
        translations, locale = None, "en"
    return texts.render(value, translations, locale)


def method_name(key: str) -> str:
    return str(METHOD_NAMES.get(key, key))
