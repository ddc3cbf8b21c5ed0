"""Absolute links for e-mails, always built on PUBLIC_URL: never on the Host header of the request
that caused the e-mail, which a client controls (a poisoned password-reset link)."""

from urllib.parse import urlsplit

from flask import current_app, request, url_for


def public_url(endpoint: str, **values) -> str:
    with current_app.test_request_context(base_url=current_app.config["PUBLIC_URL"]):
        return url_for(endpoint, _external=True, **values)


def same_site_referrer() -> str | None:
    """The page the request came from, as a path, when it is a page of this site; else None.
    The Referer header is written by the client: redirecting to it as it is would be an open
    redirect."""
    referrer = request.referrer
    if not referrer:
        return None
    parts = urlsplit(referrer)
    if parts.scheme not in ("http", "https") or parts.netloc != request.host:
        return None
    path = parts.path or "/"
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        return None
    return f"{path}?{parts.query}" if parts.query else path
