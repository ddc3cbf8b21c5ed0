"""award: a nomination and review platform for prizes and innovation awards."""

import uuid

from flask import Flask, Request, abort, current_app, g, has_request_context, request
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from werkzeug.datastructures import MultiDict
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.utils import cached_property

from award import api, auth, calls, health, nominations, review, secretariat
from award.cli import award_cli
from award.database import write_intent
from award.errors import register_error_handlers
from award.extensions import babel, bootstrap, csrf, db, limiter, login_manager, migrate
from award.logs import configure_logging, init_access_log
from award.models import User
from award.operations import accounts
from award.templating import init_templating
from config import BASE_DIR, Config
from workers.celery_app import celery_init_app

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)


class AwardRequest(Request):
    """Form fields and query values arrive without NUL characters: no field has a use for them,
    and PostgreSQL refuses them in text columns and queries (which was a 500)."""

    @cached_property
    def args(self) -> MultiDict:
        return _without_nul(super().args)

    def _load_form_data(self) -> None:
        super()._load_form_data()
        self.__dict__["form"] = _without_nul(self.__dict__["form"])


def _without_nul(values: MultiDict) -> MultiDict:
    if not any("\x00" in k or "\x00" in v for k, v in values.items(multi=True)):
        return values
    cleaned = [(k.replace("\x00", ""), v.replace("\x00", "")) for k, v in values.items(multi=True)]
    return type(values)(cleaned)


def create_app(config: dict | None = None) -> Flask:
    """Build the app. `config` overrides settings read from the environment (tests use it)."""
    app = Flask(
        __name__,
        template_folder=str(BASE_DIR / "templates"),
        static_folder=str(BASE_DIR / "award" / "static"),
    )
    app.request_class = AwardRequest
    app.config.update(Config.load(config))
    configure_logging(app.config["LOG_FORMAT"], app.config["LOG_LEVEL"])
    if hops := app.config["PROXY_HOPS"]:
        # Behind nginx: the client's address (rate limits, logs) and https come from the proxy.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(BASE_DIR / "migrations"))
    csrf.init_app(app)
    limiter.init_app(app)
    bootstrap.init_app(app)
    babel.init_app(app, locale_selector=_select_locale, timezone_selector=_select_timezone)
    _init_login(app)
    celery_init_app(app)

    for module in (calls, auth, nominations, review, secretariat, api, health):
        app.register_blueprint(module.bp)
    app.cli.add_command(award_cli)
    init_templating(app)
    register_error_handlers(app)
    _init_request_hooks(app)
    init_access_log(app)
    return app


def _select_locale() -> str | None:
    # A task or CLI command has no visitor: the default language (e-mails force their own). The
    # JSON API answers machines, in English, whatever the browser asks for.
    if not has_request_context() or request.path.startswith("/api/"):
        return None
    languages = list(current_app.config["LANGUAGES"])
    if current_user and current_user.is_authenticated and current_user.language in languages:
        return current_user.language
    if request.cookies.get("language") in languages:
        return request.cookies["language"]
    return request.accept_languages.best_match(languages)


def _select_timezone() -> str | None:
    if current_user and current_user.is_authenticated:
        return current_user.timezone
    return None


def _init_login(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    # Flask-Login flashes these itself: lazy, and made text in the visitor's language on flashing.
    login_manager.localize_callback = str
    login_manager.login_message = _l("Please sign in to see this page.")
    login_manager.login_message_category = "info"
    login_manager.refresh_view = "auth.reauthenticate"
    login_manager.needs_refresh_message = _l("Please confirm your password to continue.")
    login_manager.needs_refresh_message_category = "info"
    login_manager.session_protection = "basic"

    @login_manager.user_loader
    def load_user(login_token: str) -> User | None:
        return accounts.user_for_login_token(login_token)


def _init_request_hooks(app: Flask) -> None:
    @app.before_request
    def request_id() -> None:
        g.request_id = request.headers.get("X-Request-Id", "")[:64] or uuid.uuid4().hex
        if "\x00" in request.path:
            abort(404)  # no page has a NUL in its address; PostgreSQL would refuse the lookup
        if request.method not in SAFE_METHODS:
            g.write_intent_token = write_intent.set(True)

    @app.teardown_request
    def end_write_intent(exc: BaseException | None) -> None:
        token = g.pop("write_intent_token", None)
        if token is not None:
            write_intent.reset(token)

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        response.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
        response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        response.headers["X-Request-Id"] = g.get("request_id", "")
        if response.mimetype == "text/html":
            response.headers.setdefault("Cache-Control", "no-store")
        return response
