"""Views for nominators: the list, the nomination form, the nomination page, files."""

import logging

import sqlalchemy as sa
from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.exc import StaleDataError

from award.database import utcnow
from award.errors import DeadlinePassed, DomainError
from award.extensions import db
from award.models import Attachment, Decision, Nomination, Phase, Role, Round
from award.nominations.forms import AttachmentForm, ConfirmForm, nomination_form
from award.operations import attachments as files
from award.operations import nominations as ops
from award.operations.access import can_see_nomination
from award.operations.duplicates import possible_duplicates
from award.permissions import deny_as_not_found

bp = Blueprint("nominations", __name__, url_prefix="/nominations")
log = logging.getLogger(__name__)


def _own(nomination_id: int) -> Nomination:
    """The signed-in user's own nomination, or 404 (logged) for anybody else's."""
    nomination = db.session.scalar(
        sa.select(Nomination)
        .where(Nomination.id == nomination_id)
        .options(
            joinedload(Nomination.round).selectinload(Round.questions),
            joinedload(Nomination.round).selectinload(Round.categories),
            selectinload(Nomination.answers),
            selectinload(Nomination.linked_countries),
            # Files and versions load when a page shows them: a save needs neither.
        )
    )
    if nomination is None or nomination.nominator_id != current_user.id:
        deny_as_not_found("nomination", nomination_id)
    return nomination


@bp.route("/")
@login_required
def index():
    nominations = ops.nominations_of(current_user)
    outcomes = dict(
        db.session.execute(
            sa.select(Decision.nomination_id, Decision.kind).where(
                Decision.nomination_id.in_([n.id for n in nominations])
            )
        ).all()
    )
    labels = {
        n.id: ops.status_label(n, getattr(outcomes.get(n.id), "value", None)) for n in nominations
    }
    return render_template(
        "nominations/index.html", nominations=nominations, ops=ops, labels=labels
    )


@bp.route("/new", methods=["GET", "POST"])
@login_required
def new():
    round_ = db.first_or_404(
        sa.select(Round).where(
            Round.slug == request.args.get("round", ""), Round.phase != Phase.DRAFT
        )
    )
    if not round_.is_open_at(utcnow()):
        flash(_("This call for nominations is closed."), "warning")
        return redirect(url_for("calls.call", slug=round_.slug))
    form = nomination_form(round_, formdata=request.form if request.method == "POST" else None)
    if request.method == "POST" and form.validate():
        try:
            nomination = ops.start_nomination(round_, current_user, utcnow())
        except DeadlinePassed as error:
            return _render_form(round_, None, form, error=error.message, status=409)
        return _save(nomination, form)
    return _render_form(round_, None, form)


@bp.route("/<int:nomination_id>/edit", methods=["GET", "POST"])
@login_required
def edit(nomination_id: int):
    nomination = _own(nomination_id)
    round_ = nomination.round
    if not ops.is_editable(nomination, utcnow()) and request.method == "GET":
        flash(_("This nomination can no longer be changed."), "info")
        return redirect(url_for("nominations.show", nomination_id=nomination.id))
    form = nomination_form(
        round_, nomination, formdata=request.form if request.method == "POST" else None
    )
    if request.method == "POST" and form.validate():
        return _save(nomination, form)
    return _render_form(round_, nomination, form)


def _save(nomination: Nomination, form):
    """Save the draft (always, so nothing typed is lost), then submit if asked."""
    round_ = nomination.round
    now = utcnow()
    try:
        ops.save_draft(nomination, form.to_input(round_), current_user, now)
        # Read before the commit expires it: reading it after would reload the whole nomination.
        nomination_id = nomination.id
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        return _render_form(
            round_,
            nomination,
            form,
            status=409,
            error=_(
                "This nomination was changed in another window while you were editing. Your text "
                "is below and was not saved; check it against the saved version and save again."
            ),
        )
    except DomainError as error:
        db.session.rollback()
        # A late save is refused with the reason; the text stays in the form, the stored draft
        # is unchanged.
        return _render_form(
            round_,
            nomination if nomination.id else None,
            form,
            error=error.message,
            status=409 if isinstance(error, DeadlinePassed) else 400,
        )
    if not form.submit.data:
        flash(_("Draft saved."), "success")
        return redirect(url_for("nominations.edit", nomination_id=nomination_id))
    try:
        made = ops.submit_nomination(nomination, current_user, utcnow(), form.submission_token.data)
        db.session.commit()
    except ops.IncompleteNomination as incomplete:
        db.session.rollback()
        for name, message in incomplete.errors.items():
            if name in form:
                form[name].errors = [*form[name].errors, message]
        return _render_form(round_, nomination, form, error=incomplete.message, status=400)
    except StaleDataError:
        db.session.rollback()  # a double-click racing itself: the other request submitted it
        made = False
    except DomainError as error:
        db.session.rollback()
        return _render_form(round_, nomination, form, error=error.message, status=409)
    if made:
        flash(
            _(
                "Thank you: your nomination is submitted. Receipt number %(receipt)s.",
                receipt=nomination.receipt_number,
            ),
            "success",
        )
    return redirect(url_for("nominations.show", nomination_id=nomination.id))


def _render_form(round_, nomination, form, error=None, status=200):
    now = utcnow()
    problems = ops.problems(nomination) if nomination is not None else {}
    return render_template(
        "nominations/form.html",
        round=round_,
        nomination=nomination,
        form=form,
        error=error,
        problems=problems,
        upload_form=AttachmentForm(),
        confirm=ConfirmForm(),
        duplicates=_duplicates(nomination),
        editable=nomination is None or ops.is_editable(nomination, now),
    ), status


def _duplicates(nomination):
    if nomination is None or not nomination.id:
        return []
    # Other people's drafts are their private work: never hint at them.
    return possible_duplicates(nomination, include_drafts=False)


@bp.route("/<int:nomination_id>")
@login_required
def show(nomination_id: int):
    nomination = _own(nomination_id)
    return render_template(
        "nominations/show.html",
        nomination=nomination,
        ops=ops,
        confirm=ConfirmForm(),
        editable=ops.is_editable(nomination, utcnow()),
    )


@bp.route("/<int:nomination_id>/withdraw", methods=["POST"])
@login_required
def withdraw(nomination_id: int):
    nomination = _own(nomination_id)
    if not ConfirmForm().validate():
        abort(400)
    ops.withdraw_nomination(nomination, current_user, utcnow())
    db.session.commit()
    flash(_("Your nomination has been withdrawn."), "info")
    return redirect(url_for("nominations.show", nomination_id=nomination.id))


@bp.route("/<int:nomination_id>/attachments", methods=["POST"])
@login_required
def upload(nomination_id: int):
    nomination = _own(nomination_id)
    form = AttachmentForm()
    if not form.validate():
        flash(" ".join(map(str, form.file.errors)) or _("Choose a file to upload."), "danger")
    else:
        upload = form.file.data
        try:
            attachment = files.add_attachment(
                nomination, upload.stream, upload.filename or "file", current_user, utcnow()
            )
            db.session.commit()
            flash(_("“%(file)s” added.", file=attachment.original_name), "success")
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "danger")
    return redirect(url_for("nominations.edit", nomination_id=nomination.id) + "#files")


@bp.route("/attachments/<int:attachment_id>/remove", methods=["POST"])
@login_required
def remove_attachment(attachment_id: int):
    attachment = db.session.get(Attachment, attachment_id)
    if attachment is None or attachment.nomination.nominator_id != current_user.id:
        deny_as_not_found("attachment", attachment_id)
    if not ConfirmForm().validate():
        abort(400)
    nomination_id = attachment.nomination_id
    try:
        files.remove_attachment(attachment, current_user, utcnow())
        db.session.commit()
        flash(_("File removed."), "info")
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "danger")
    return redirect(url_for("nominations.edit", nomination_id=nomination_id) + "#files")


@bp.route("/attachments/<int:attachment_id>")
@login_required
def attachment(attachment_id: int):
    """Always a download, never shown inline, and only to those who may see the nomination."""
    attachment = db.session.get(Attachment, attachment_id)
    if attachment is None or not can_see_nomination(current_user, attachment.nomination):
        deny_as_not_found("attachment", attachment_id)
    nomination = attachment.nomination
    name = attachment.original_name
    if (
        nomination.round.blind_review
        and nomination.nominator_id != current_user.id
        and not (current_user.has_role(Role.SECRETARIAT))
    ):
        # A file's name often names its author: reviewers in a blind round get a neutral one.
        name = f"attachment-{attachment.id}.{files.EXTENSION[attachment.content_type]}"
    response = send_file(
        files.stored_path(attachment),
        mimetype=attachment.content_type,
        as_attachment=True,
        download_name=name,
        max_age=0,
    )
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response.headers["Cache-Control"] = "private, no-store"
    return response
