"""A round's own wording of the e-mails it sends, per language: which placeholders each e-mail
offers, the check of a text before it is saved, and its safe filling when the e-mail is queued.

A text is plain words with `{name}` placeholders, never a template: filling it replaces each
known name by a string and evaluates nothing, so a secretariat text cannot reach the server.

The editor's own words (each e-mail's title, when it is sent, what each placeholder holds, what
stops a text from being saved) are in the language of the secretariat member reading them."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import format_number
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from award.choices import LANGUAGE_CHOICES
from award.errors import DomainError
from award.extensions import db
from award.links import public_url
from award.models import EmailText, Round, User
from award.operations import audit
from award.templating import format_when

LANGUAGES = tuple(code for code, _name in LANGUAGE_CHOICES)
LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)
SUBJECT_MAX = 300
BODY_MAX = 20_000
# A placeholder is a brace, a lower-case name, a brace. Any other brace is refused when saved.
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
BRACED = re.compile(r"\{[^{}\n]*\}")


@dataclass(frozen=True)
class Placeholder:
    name: str
    about: Any  # a lazy string: read in the language of the page
    multiline: bool = False  # a list over several lines: for the body only
    zoned: bool = False  # a date, written in the recipient's time zone

    @property
    def description(self) -> str:
        if self.zoned:
            return " ".join((str(self.about), _("In the recipient's time zone.")))
        return str(self.about)


@dataclass(frozen=True)
class EmailKind:
    kind: str
    label: Any  # lazy strings, read in the language of the page
    when: Any
    placeholders: tuple[Placeholder, ...]
    required: tuple[str, ...]
    values: Callable[[dict], dict[str, str]]

    @property
    def title(self) -> str:
        return str(self.label)

    @property
    def sent_when(self) -> str:
        return str(self.when)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.placeholders)


class InvalidEmailText(DomainError):
    """The text cannot be saved; `problems` maps the field (subject, body) to its messages."""

    def __init__(self, problems: dict[str, list[str]]):
        super().__init__(" ".join(m for ms in problems.values() for m in ms))
        self.problems = problems


# --- the placeholders and their values ---------------------------------------------------------

RECIPIENT = Placeholder("recipient_name", _l("The name of the person the e-mail is sent to."))
ROUND = Placeholder("round", _l("The name of the round."))
TITLE = Placeholder("title", _l("The title of the nomination."))
RECEIPT = Placeholder("receipt_number", _l("The nomination's receipt number."))
NOMINATIONS_LINK = Placeholder("link", _l("The link to the nominator's list of nominations."))
REVIEW_LINK = Placeholder("link", _l("The link to the reviewer's list of reviews."))
WINNERS_LINK = Placeholder("link", _l("The link to the public winners page."))


def _deadline(about) -> Placeholder:
    return Placeholder("deadline", about, zoned=True)


def _round_name(ctx: dict) -> str:
    if ctx.get("round") is not None:
        return ctx["round"].name
    if ctx.get("round_name"):
        return ctx["round_name"]
    nomination = ctx.get("nomination")
    return nomination.round.name if nomination is not None else ""


def _when(ctx: dict, key: str) -> str:
    return format_when(ctx.get(key), ctx.get("timezone"))


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _list(items: Iterable[tuple[str, str]]) -> str:
    return "\n".join(
        f"  - {title}\n    {link}" if link else f"  - {title}" for title, link in items
    )


def _common(ctx: dict) -> dict[str, str]:
    return {"recipient_name": ctx.get("recipient_name") or "", "round": _round_name(ctx)}


def _submitted(ctx: dict) -> dict[str, str]:
    nomination = ctx["nomination"]
    return _common(ctx) | {
        "title": _one_line(nomination.title),
        "receipt_number": nomination.receipt_number or "",
        "version": str(ctx.get("version", "")),
        "deadline": _when(ctx, "closes"),
        "link": public_url("nominations.index"),
    }


def _screened(ctx: dict) -> dict[str, str]:
    return _common(ctx) | {
        "title": ctx.get("title", ""),
        "receipt_number": ctx.get("receipt_number", ""),
        "reason": ctx.get("reason", ""),
        "message": ctx.get("message", ""),
        "deadline": _when(ctx, "until"),
        "link": ctx.get("link", ""),
    }


def _invitation(ctx: dict) -> dict[str, str]:
    return _common(ctx) | {
        "inviter": ctx.get("inviter_name", ""),
        "link": ctx.get("link", ""),
        "deadline": _when(ctx, "expires_at"),
    }


def _reminder(ctx: dict) -> dict[str, str]:
    return _common(ctx) | {
        "deadline": _when(ctx, "deadline"),
        "nominations": _list(ctx.get("items", [])),
        "link": ctx.get("dashboard") or public_url("nominations.index"),
    }


def _announced(ctx: dict) -> dict[str, str]:
    distinction = {
        "winner": _("winner"),
        "runner_up": _("runner-up"),
        "honourable_mention": _("honourable mention"),
    }
    return _common(ctx) | {
        "title": _one_line(ctx.get("title")),
        "distinction": distinction.get(ctx.get("kind", ""), ""),
        "citation": ctx.get("citation", ""),
        "link": ctx.get("link", ""),
    }


def _phase(ctx: dict) -> dict[str, str]:
    round_ = ctx.get("round")
    return _common(ctx) | {
        "phase": ctx.get("phase", ""),
        "deadline": format_when(round_.review_deadline, ctx.get("timezone")) if round_ else "",
        "link": ctx.get("link", ""),
    }


def _assigned(ctx: dict) -> dict[str, str]:
    return _common(ctx) | {
        "nominations": _list((t, "") for t in ctx.get("titles", [])),
        "deadline": _when(ctx, "deadline"),
        "link": public_url("review.dashboard"),
    }


def _discussion(ctx: dict) -> dict[str, str]:
    nomination = ctx["nomination"]
    return _common(ctx) | {
        "title": _one_line(nomination.display_title),
        "link": current_app.config["PUBLIC_URL"] + ctx.get("path", ""),
    }


def _kind(kind, title, sent_when, values, placeholders, required=()) -> EmailKind:
    return EmailKind(kind, title, sent_when, (RECIPIENT, ROUND, *placeholders), required, values)


SUBMITTED = (TITLE, RECEIPT, _deadline(_l("Until when the nomination can be changed.")))
NOMINATION_LIST = Placeholder(
    "nominations", _l("The nominations concerned, one per line with its link."), multiline=True
)
KINDS: dict[str, EmailKind] = {
    k.kind: k
    for k in (
        _kind(
            "nomination_received",
            _l("Nomination received"),
            _l("To the nominator, when a nomination is first submitted."),
            _submitted,
            (*SUBMITTED, NOMINATIONS_LINK),
            required=("receipt_number",),
        ),
        _kind(
            "nomination_updated",
            _l("Nomination updated"),
            _l("To the nominator, when a submitted nomination is submitted again."),
            _submitted,
            (
                *SUBMITTED,
                Placeholder("version", _l("The number of this version.")),
                NOMINATIONS_LINK,
            ),
            required=("receipt_number",),
        ),
        _kind(
            "screening_eligible",
            _l("Screening: eligible"),
            _l("To the nominator, when the secretariat finds the nomination eligible."),
            _screened,
            (
                TITLE,
                RECEIPT,
                Placeholder("reason", _l("The secretariat's note, if any.")),
                NOMINATIONS_LINK,
            ),
            required=("title",),
        ),
        _kind(
            "screening_ineligible",
            _l("Screening: not eligible"),
            _l("To the nominator, when the secretariat finds the nomination not eligible."),
            _screened,
            (
                TITLE,
                RECEIPT,
                Placeholder("reason", _l("Why it is not eligible.")),
                NOMINATIONS_LINK,
            ),
            required=("title", "reason"),
        ),
        _kind(
            "information_requested",
            _l("Screening: information requested"),
            _l("To the nominator, when the secretariat asks for more information."),
            _screened,
            (
                TITLE,
                RECEIPT,
                Placeholder("message", _l("What the secretariat asks for.")),
                _deadline(_l("Until when the nomination is open to be changed.")),
                NOMINATIONS_LINK,
            ),
            required=("message", "deadline", "link"),
        ),
        _kind(
            "council_invitation",
            _l("Council invitation"),
            _l("To a person invited to the Council."),
            _invitation,
            (
                Placeholder("inviter", _l("The name of the secretariat member who invites.")),
                Placeholder("link", _l("The link that accepts the invitation (it works once).")),
                _deadline(_l("Until when the link works.")),
            ),
            required=("link",),
        ),
        _kind(
            "assignments_ready",
            _l("Nominations assigned"),
            _l("To a reviewer, when nominations are assigned to them."),
            _assigned,
            (
                Placeholder("nominations", _l("The titles of the nominations."), multiline=True),
                _deadline(_l("When reviews are due.")),
                REVIEW_LINK,
            ),
            required=("nominations",),
        ),
        _kind(
            "reminder_reviewer",
            _l("Reminder to reviewers"),
            _l("To a reviewer with reviews outstanding, before and after the review deadline."),
            _reminder,
            (NOMINATION_LIST, _deadline(_l("When reviews are due.")), REVIEW_LINK),
            required=("nominations",),
        ),
        _kind(
            "reminder_nominator",
            _l("Reminder to nominators"),
            _l("To a nominator with drafts not yet submitted, before the call closes."),
            _reminder,
            (NOMINATION_LIST, _deadline(_l("When the call closes."))),
            required=("nominations",),
        ),
        _kind(
            "discussion_post",
            _l("Council discussion"),
            _l("To reviewers, at most hourly, when there are new posts in a discussion."),
            _discussion,
            (TITLE, Placeholder("link", _l("The link to the discussion."))),
            required=("link",),
        ),
        _kind(
            "phase_changed",
            _l("The round moves on"),
            _l(
                "To nominators when the call closes, and to reviewers when review opens, when "
                "deliberation opens and when decisions are taken: one text for every phase."
            ),
            _phase,
            (
                Placeholder("phase", _l("The phase the round has moved to.")),
                _deadline(_l("When reviews are due.")),
                Placeholder("link", _l("The nominator's or the reviewer's own page.")),
            ),
        ),
        _kind(
            "winner",
            _l("Winner"),
            _l(
                "To the nominator of a winning, runner-up or mentioned nomination, on announcement."
            ),
            _announced,
            (
                TITLE,
                Placeholder("distinction", _l("Winner, runner-up or honourable mention.")),
                Placeholder("citation", _l("The Council's citation.")),
                WINNERS_LINK,
            ),
            required=("title",),
        ),
        _kind(
            "outcome",
            _l("Outcome"),
            _l("To the nominator of every other submitted nomination, on announcement."),
            _announced,
            (TITLE, WINNERS_LINK),
            required=("title",),
        ),
        _kind(
            "results_council",
            _l("Results to the Council"),
            _l("To every reviewer of the round, on announcement."),
            _announced,
            (WINNERS_LINK,),
        ),
    )
}


# --- checking and filling a text ---------------------------------------------------------------


def problems(kind: EmailKind, subject: str, body: str) -> dict[str, list[str]]:
    """What stops this text from being saved, per field, in words for the secretariat."""
    found: dict[str, list[str]] = {"subject": [], "body": []}
    if not subject.strip():
        found["subject"].append(_("The subject is empty."))
    if "\n" in subject.strip():
        found["subject"].append(_("The subject must fit on one line."))
    if len(subject) > SUBJECT_MAX:
        found["subject"].append(
            _("The subject is longer than %(num)s characters.", num=format_number(SUBJECT_MAX))
        )
    if not body.strip():
        found["body"].append(_("The text of the e-mail is empty."))
    if len(body) > BODY_MAX:
        found["body"].append(
            _("The text is longer than %(num)s characters.", num=format_number(BODY_MAX))
        )
    known = ", ".join(f"{{{n}}}" for n in kind.names)
    for field, text in (("subject", subject), ("body", body)):
        for message in _brace_problems(kind, text, known):
            found[field].append(message)
        if field == "subject":
            for p in kind.placeholders:
                if p.multiline and f"{{{p.name}}}" in text:
                    found[field].append(
                        _(
                            "%(placeholder)s spreads over several lines: put it in the text, "
                            "not in the subject.",
                            placeholder=f"{{{p.name}}}",
                        )
                    )
    used = set(PLACEHOLDER.findall(subject)) | set(PLACEHOLDER.findall(body))
    for name in kind.required:
        if name not in used:
            description = _describe(kind, name)
            found["body"].append(
                _(
                    "%(placeholder)s is missing, and this e-mail needs it: %(description)s",
                    placeholder=f"{{{name}}}",
                    description=description[0].lower() + description[1:],
                )
            )
    return {field: messages for field, messages in found.items() if messages}


def _describe(kind: EmailKind, name: str) -> str:
    return next(p.description for p in kind.placeholders if p.name == name)


def _brace_problems(kind: EmailKind, text: str, known: str) -> list[str]:
    out = []
    for match in BRACED.finditer(text):
        token = match.group(0)
        name = PLACEHOLDER.fullmatch(token)
        if name is None:
            out.append(
                _(
                    "%(token)s is not a placeholder: a placeholder is a name in braces, such as "
                    "%(example)s: lower-case letters and underscores, no spaces, dots or brackets.",
                    token=token,
                    example="{round}",
                )
            )
        elif name.group(1) not in kind.names:
            out.append(
                _(
                    "%(token)s is not a placeholder of this e-mail. It knows: %(known)s.",
                    token=token,
                    known=known,
                )
            )
    # A brace outside every {...} is unpaired, or one of a pair of pairs such as "{{ x }}".
    inside = {i for m in BRACED.finditer(text) for i in range(m.start(), m.end())}
    stray = [i for i, c in enumerate(text) if c in "{}" and i not in inside]
    for where in stray[:3]:
        near = " ".join(text[max(0, where - 20) : where + 20].split())
        out.append(
            _(
                "A “%(brace)s” is not part of a placeholder (near “%(near)s”).",
                brace=text[where],
                near=near,
            )
        )
    return out


def fill(text: str, values: dict[str, str]) -> str:
    """Put the values in the text. Only `{name}` with a known name is replaced, once, by a plain
    string: values are not scanned again, so a nomination titled "{link}" stays as it is."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def render_text(kind: str, subject: str, body: str, context: dict) -> tuple[str, str]:
    """The e-mail from a round's own text; call it inside the recipient's locale."""
    values = KINDS[kind].values(context)
    subject = " ".join(fill(subject, values).split())
    return subject[:SUBJECT_MAX], fill(body, values).strip() + "\n"


# --- the round's texts -------------------------------------------------------------------------


def round_text(round_id: int, kind: str, language: str) -> tuple[str, str] | None:
    """The round's own (subject, body) for this e-mail and language, or None for the default."""
    if kind not in KINDS:
        return None
    row = db.session.execute(
        sa.select(EmailText.subject, EmailText.body).where(
            EmailText.round_id == round_id,
            EmailText.kind == kind,
            EmailText.language == language,
        )
    ).first()
    return (row.subject, row.body) if row else None


def texts_of(round_: Round) -> dict[tuple[str, str], EmailText]:
    rows = db.session.scalars(sa.select(EmailText).where(EmailText.round_id == round_.id))
    return {(t.kind, t.language): t for t in rows}


def find(round_: Round, kind: str, language: str) -> EmailText | None:
    return db.session.scalar(
        sa.select(EmailText).where(
            EmailText.round_id == round_.id,
            EmailText.kind == kind,
            EmailText.language == language,
        )
    )


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check(kind: EmailKind, subject: str, body: str) -> tuple[str, str]:
    """The text as it would be saved, or InvalidEmailText naming every problem."""
    subject, body = _normalise(subject).strip(), _normalise(body).strip() + "\n"
    found = problems(kind, subject, body)
    if found:
        raise InvalidEmailText(found)
    return subject, body


def save_text(
    round_: Round, kind: str, language: str, subject: str, body: str, actor: User
) -> EmailText:
    """Check and store the round's text for this e-mail and language, replacing any before."""
    subject, body = check(KINDS[kind], subject, body)
    text = find(round_, kind, language)
    created = text is None
    if text is None:
        text = EmailText(round_id=round_.id, kind=kind, language=language)
        db.session.add(text)
    text.subject, text.body, text.updated_by_id = subject, body, actor.id
    db.session.flush()
    audit.record(
        "email_text.saved",
        actor,
        text,
        kind=kind,
        language=language,
        created=created,
        subject=subject,
        body=body,
    )
    return text


def restore_default(round_: Round, kind: str, language: str, actor: User) -> bool:
    """Delete the round's text: the e-mail goes back to the default. False if there was none."""
    text = find(round_, kind, language)
    if text is None:
        return False
    audit.record(
        "email_text.restored",
        actor,
        text,
        kind=kind,
        language=language,
        subject=text.subject,
        body=text.body,
    )
    db.session.delete(text)
    db.session.flush()
    return True


# --- sample values, for the preview ------------------------------------------------------------


def sample_context(kind: str, round_: Round) -> dict[str, Any]:
    """What the callers of queue_email pass for this e-mail, with made-up people and nominations
    of this round: it renders the default template and the round's own text alike. Call it in
    the e-mail's language: the made-up sentences are in the current one."""
    title = _("Fair recruitment compact for nurses")
    nomination = SimpleNamespace(
        title=title, display_title=title, receipt_number="IHWM-2026-0042", round=round_
    )
    links = [(title, public_url("nominations.index"))]
    return {
        "recipient_name": "Maria Santos",
        "round": round_,
        "round_name": round_.name,
        "nomination": nomination,
        "version": 2,
        "closes": round_.nominations_close_at,
        "timezone": round_.timezone,
        "title": title,
        "receipt_number": nomination.receipt_number,
        "reason": _("The practice has run for more than two years."),
        "message": _("Please add the evaluation report you mention."),
        "until": round_.nominations_close_at + timedelta(days=7),
        "link": public_url("nominations.index"),
        "inviter_name": "Ana Lima",
        "expires_at": round_.nominations_close_at,
        "has_account": False,
        "titles": [title],
        "deadline": round_.review_deadline
        if kind in ("assignments_ready", "reminder_reviewer")
        else round_.nominations_close_at,
        "items": links,
        "overdue": False,
        "dashboard": public_url("review.dashboard"),
        "path": "/review/nominations/1/discussion",
        "blind": round_.blind_review,
        "phase": "review",
        "kind": "winner",
        "citation": _("For a practice that others can copy."),
        "eligible": True,
    }
