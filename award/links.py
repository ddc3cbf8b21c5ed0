"""Absolute links for e-mails, always built on PUBLIC_URL: never on the Host header of the request
that caused the e-mail, which a client controls (a poisoned password-reset link)."""

from flask import current_app, url_for


def public_url(endpoint: str, **values) -> str:
    with current_app.test_request_context(base_url=current_app.config["PUBLIC_URL"]):
        return url_for(endpoint, _external=True, **values)
