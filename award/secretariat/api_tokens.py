"""The secretariat's API tokens page: the tokens with who made them and when they were last used,
making one (shown once, on the page that answers the form, never stored or flashed) and revoking."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from award.database import utcnow
from award.errors import DomainError
from award.extensions import db
from award.models import ApiToken, Role
from award.operations import api_tokens
from award.permissions import roles_required
from award.secretariat.api_token_forms import NewTokenForm, RevokeForm
from award.secretariat.views import bp


def _page(form: NewTokenForm, status: int = 200, new_token: str | None = None):
    response = render_template(
        "secretariat/api_tokens.html",
        tokens=api_tokens.all_tokens(),
        form=form,
        new_token=new_token,
    )
    return response, status, {"Cache-Control": "no-store"}


@bp.route("/api-tokens")
@roles_required(Role.SECRETARIAT)
def api_tokens_page():
    return _page(NewTokenForm(formdata=None))


@bp.route("/api-tokens", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def create_api_token():
    form = NewTokenForm()
    if not form.validate_on_submit():
        return _page(form, 400)
    try:
        token, raw = api_tokens.create_token(form.name.data, current_user, utcnow())
    except DomainError as error:
        form.name.errors = [*form.name.errors, error.message]
        return _page(form, error.status)
    db.session.commit()
    # Answered here rather than redirected: the token must not travel in the session cookie.
    return _page(NewTokenForm(formdata=None), new_token=raw)


@bp.route("/api-tokens/<int:token_id>/revoke", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def revoke_api_token(token_id: int):
    if not RevokeForm().validate_on_submit():
        abort(400)
    token = db.get_or_404(ApiToken, token_id)
    if api_tokens.revoke_token(token, current_user, utcnow()):
        db.session.commit()
        flash(
            _("The token “%(name)s” is revoked: it no longer opens the API.", name=token.name),
            "success",
        )
    else:
        flash(_("The token “%(name)s” was already revoked.", name=token.name), "info")
    return redirect(url_for("secretariat.api_tokens_page"))
