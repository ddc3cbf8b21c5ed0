"""The base of every form: a FlaskForm that notices fields posted to it that it does not have."""

import logging

from flask import request
from flask_login import current_user
from flask_wtf import FlaskForm

log = logging.getLogger("award.security")

MAX_LOGGED = 20  # names per line; a flood of invented fields must not flood the log


class Form(FlaskForm):
    """Fields the form does not have (`status=winner`, `role=admin`, `nominator_id`...) are
    ignored, as with any WTForms form, and logged on award.security when the form is validated:
    a browser posts only the page's own fields, so anything more was added by hand.
    `also_posted` names what a page posts beside the form's fields and the view reads itself."""

    also_posted: tuple[str, ...] = ()

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if self.is_submitted():
            self._log_unexpected_fields()
        return valid

    def _log_unexpected_fields(self) -> None:
        known = {field.name for field in self} | {"csrf_token", *self.also_posted}
        unexpected = sorted(set(request.form) - known)
        if not unexpected:
            return
        user = current_user.id if current_user.is_authenticated else "anonymous"
        log.warning(
            "unexpected form fields %s (ignored): user %s on %s %s",
            [name[:60] for name in unexpected[:MAX_LOGGED]],
            user,
            request.method,
            request.path,
        )
