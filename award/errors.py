"""Domain errors raised by operations, and the one place that turns them into HTTP answers."""

from flask import Flask, flash, g, jsonify, make_response, redirect, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from award.labels import text
from award.links import same_site_referrer
from award.texts import Text


class DomainError(Exception):
    """A rule was broken; `message` is written for the person who tried, in their language: the
    operations pass it through gettext, which answers in the request's language, and in the
    default one in a task or CLI command. A lazy string (a message kept in a module constant)
    is made text here, in the language of the moment it is raised. An award.texts.Text is
    too, and is kept as `stored_text` (its key and parameters) for a task to store and a page to
    show later in its reader's language; None for any other message."""

    status = 400

    def __init__(self, message: str):
        self.stored_text = message.stored() if isinstance(message, Text) else None
        message = text(message) if isinstance(message, Text) else str(message)
        super().__init__(message)
        self.message = message


class NotAllowed(DomainError):
    status = 403


class NotFound(DomainError):
    status = 404


class StateConflict(DomainError):
    """The object changed under the user (stale version, phase moved on, deadline passed)."""

    status = 409


class DeadlinePassed(StateConflict):
    pass


ERROR_PAGES = {400, 403, 404, 405, 409, 413, 429, 500, 503}


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def _page(code: int, message: str | None = None):
    if _wants_json():
        return jsonify(error=message or HTTP_STATUS_CODES.get(code, str(code))), code
    return render_template(f"errors/{code}.html", message=message), code


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(DomainError)
    def domain_error(error: DomainError):
        # A broken rule on a form POST goes back to the page with a message; elsewhere a page.
        back = same_site_referrer()
        if request.method == "POST" and not _wants_json() and back and error.status < 404:
            flash(error.message, "danger")
            return redirect(back)
        code = error.status if error.status in ERROR_PAGES else 400
        return _page(code, error.message)

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        app.logger.warning("CSRF rejected on %s: %s", request.path, error.description)
        return _page(
            400,
            _(
                "This form has expired or was not sent from this site. "
                "Please go back, reload the page and try again."
            ),
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        code = error.code or 500
        if code not in ERROR_PAGES:
            return error
        response = make_response(_page(code, error.description if _wants_json() else None))
        # Keep what the error says about itself, such as a 405's Allow header.
        for name, value in error.get_headers():
            if name.lower() != "content-type":
                response.headers[name] = value
        return response

    @app.errorhandler(OperationalError)
    def database_down(error: OperationalError):
        app.logger.error("database unavailable: %s", error.orig)
        # The page is drawn for an anonymous visitor: loading the signed-in user (for the menu
        # and the language) would ask the database again and fail inside this handler, and a
        # signed-in person would get a bare 500 instead of this page.
        g._login_user = app.login_manager.anonymous_user()
        return _page(503)

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        app.logger.exception(
            "unhandled error on %s %s [request %s]",
            request.method,
            request.path,
            g.get("request_id", "-"),
        )
        return _page(500)
