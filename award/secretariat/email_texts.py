"""The secretariat's pages for a round's e-mails: which ones have the round's own wording in
which language, and the page that edits, previews and restores one of them."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_login import current_user

from award.extensions import db
from award.forms import Form
from award.mail import render_email
from award.models import Role, Round
from award.operations import email_texts as ops
from award.permissions import roles_required
from award.secretariat.email_text_forms import EmailTextForm
from award.secretariat.views import bp


def _kind(kind: str, language: str) -> ops.EmailKind:
    if kind not in ops.KINDS or language not in ops.LANGUAGES:
        abort(404)
    return ops.KINDS[kind]


@bp.route("/rounds/<int:round_id>/emails")
@roles_required(Role.SECRETARIAT)
def email_texts(round_id: int):
    round_ = db.get_or_404(Round, round_id)
    return render_template(
        "secretariat/email_texts.html",
        round=round_,
        kinds=ops.KINDS.values(),
        languages=ops.LANGUAGE_NAMES,
        texts=ops.texts_of(round_),
    )


@bp.route("/rounds/<int:round_id>/emails/<kind>/<language>", methods=["GET", "POST"])
@roles_required(Role.SECRETARIAT)
def email_text(round_id: int, kind: str, language: str):
    round_ = db.get_or_404(Round, round_id)
    email_kind = _kind(kind, language)
    saved = ops.find(round_, kind, language)
    form = EmailTextForm(obj=saved)
    text = (saved.subject, saved.body) if saved else None
    if form.validate_on_submit():
        typed = (form.subject.data or "", form.body.data or "")
        try:
            if form.save.data:
                ops.save_text(round_, kind, language, *typed, current_user)
                db.session.commit()
                flash(
                    _(
                        "Saved: “%(title)s” in %(language)s.",
                        title=email_kind.title,
                        language=ops.LANGUAGE_NAMES[language],
                    ),
                    "success",
                )
                return redirect(
                    url_for(".email_text", round_id=round_id, kind=kind, language=language)
                )
            text = ops.check(email_kind, *typed)
        except ops.InvalidEmailText as exc:
            db.session.rollback()
            for field, messages in exc.problems.items():
                getattr(form, field).errors = messages
            problems = [m for ms in exc.problems.values() for m in ms]
            return _page(round_, email_kind, language, form, saved, None, problems)
    return _page(round_, email_kind, language, form, saved, text, [])


def _page(round_, email_kind, language, form, saved, text, problems):
    """The edit page; its preview renders `text` (None: the default) with sample values."""
    preview = None
    if not problems:
        with force_locale(language):  # the made-up sentences in the e-mail's language
            sample = ops.sample_context(email_kind.kind, round_)
        preview = render_email(email_kind.kind, language, text, **sample)
    return render_template(
        "secretariat/email_text.html",
        round=round_,
        kind=email_kind,
        language=language,
        languages=ops.LANGUAGE_NAMES,
        form=form,
        saved=saved,
        preview=preview,
        preview_is_default=text is None,
        problems=problems,
        restore_form=Form(),
    )


@bp.route("/rounds/<int:round_id>/emails/<kind>/<language>/restore", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def email_text_restore(round_id: int, kind: str, language: str):
    round_ = db.get_or_404(Round, round_id)
    email_kind = _kind(kind, language)
    if Form().validate() and ops.restore_default(round_, kind, language, current_user):
        db.session.commit()
        name = ops.LANGUAGE_NAMES[language]
        flash(
            _(
                "“%(title)s” in %(language)s is back to the default text.",
                title=email_kind.title,
                language=name,
            ),
            "success",
        )
    return redirect(url_for(".email_text", round_id=round_id, kind=kind, language=language))
