"""The secretariat's Council page for a round: its members, the invitations sent (with resend and
revoke), inviting someone, and removing a member."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from award.database import utcnow
from award.errors import DomainError
from award.extensions import db
from award.models import Invitation, MemberStatus, Role, Round, User
from award.operations import council
from award.permissions import roles_required
from award.secretariat.council_forms import ActionForm, InviteForm
from award.secretariat.views import bp


def _page(round_: Round, form: InviteForm, status: int = 200):
    now = utcnow()
    members = council.members(round_)
    invitations = [(i, council.invitation_state(i, now)) for i in council.invitations(round_)]
    return render_template(
        "secretariat/council.html",
        round=round_,
        members=members,
        active=sum(1 for m in members if m.status == MemberStatus.ACTIVE),
        invitations=invitations,
        tags=dict(council.expertise_choices([round_])),
        form=form,
    ), status


def _back(round_id: int | None):
    if round_id is None:
        return redirect(url_for("secretariat.home"))
    return redirect(url_for("secretariat.council", round_id=round_id))


def _checked() -> None:
    if not ActionForm().validate_on_submit():
        abort(400)


@bp.route("/rounds/<int:round_id>/council", endpoint="council")
@roles_required(Role.SECRETARIAT)
def council_page(round_id: int):
    return _page(db.get_or_404(Round, round_id), InviteForm())


@bp.route("/rounds/<int:round_id>/council/invite", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def invite(round_id: int):
    round_ = db.get_or_404(Round, round_id)
    form = InviteForm()
    if not form.validate_on_submit():
        return _page(round_, form, 400)
    try:
        council.invite(round_, form.email.data, form.name.data, current_user, utcnow())
    except DomainError as error:
        form.email.errors = [*form.email.errors, error.message]
        return _page(round_, form, error.status)
    db.session.commit()
    flash(_("The invitation has been sent to %(email)s.", email=form.email.data), "success")
    return _back(round_.id)


@bp.route("/invitations/<int:invitation_id>/resend", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def resend_invitation(invitation_id: int):
    _checked()
    invitation = db.get_or_404(Invitation, invitation_id)
    try:
        council.resend(invitation, current_user, utcnow())
    except DomainError as error:
        flash(error.message, "danger")
    else:
        db.session.commit()
        flash(
            _(
                "A new link has been sent to %(email)s; the old one no longer works.",
                email=invitation.email,
            ),
            "success",
        )
    return _back(invitation.round_id)


@bp.route("/invitations/<int:invitation_id>/revoke", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def revoke_invitation(invitation_id: int):
    _checked()
    invitation = db.get_or_404(Invitation, invitation_id)
    try:
        changed = council.revoke(invitation, current_user, utcnow())
    except DomainError as error:
        flash(error.message, "danger")
    else:
        db.session.commit()
        flash(
            _(
                "The invitation to %(email)s is revoked; its link no longer works.",
                email=invitation.email,
            )
            if changed
            else _("This invitation was already revoked."),
            "success",
        )
    return _back(invitation.round_id)


@bp.route("/rounds/<int:round_id>/council/<int:user_id>/remove", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def remove_member(round_id: int, user_id: int):
    _checked()
    round_ = db.get_or_404(Round, round_id)
    user = db.get_or_404(User, user_id)
    changed = council.remove_member(round_, user, current_user)
    db.session.commit()
    flash(
        _("%(name)s is no longer on the Council for this round.", name=user.name)
        if changed
        else _("%(name)s had already been removed.", name=user.name),
        "success",
    )
    return _back(round_.id)
