"""The API's endpoints. Every answer is JSON, errors included (award/errors.py answers JSON for
any path under /api/). Read-only: GET only, so CSRF does not apply and the blueprint is exempt."""

from flask import Blueprint, abort, current_app, jsonify, request

from award.api import payloads, queries
from award.api.auth import authenticated_token, check_presented_token, token_required
from award.api.openapi import openapi_document
from award.extensions import csrf, limiter
from award.models import Round

bp = Blueprint("api", __name__, url_prefix="/api/v1")
DEFAULT_RATE_LIMIT = "120 per minute"
PER_PAGE_DEFAULT = 100
PER_PAGE_MAX = 500


def _rate_limit() -> str:
    return current_app.config.get("API_RATE_LIMIT", DEFAULT_RATE_LIMIT)


csrf.exempt(bp)
limiter.limit(_rate_limit)(bp)


@bp.after_request
def no_caching(response):
    # Rankings and provisional results must not stay in a shared cache; public results may be
    # cached by the client only.
    response.headers.setdefault("Cache-Control", "private, no-store")
    response.headers["Vary"] = "Authorization"
    return response


def _round_or_404(slug: str) -> Round:
    round_ = queries.round_by_slug(slug)
    if round_ is None:
        abort(404)
    return round_


def _positive_int(name: str, default: int, maximum: int | None = None) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
        abort(400, f"'{name}' must be a whole number from 1.")
    value = int(raw)
    if maximum is not None and value > maximum:
        abort(400, f"'{name}' must be at most {maximum}.")
    return value


@bp.route("/openapi.json")
def openapi():
    return jsonify(openapi_document())


@bp.route("/rounds")
@token_required
def rounds():
    return jsonify(rounds=[payloads.round_summary(r) for r in queries.rounds()])


@bp.route("/rounds/<slug>")
@token_required
def round_detail(slug: str):
    return jsonify(payloads.round_detail(_round_or_404(slug)))


@bp.route("/rounds/<slug>/nominations")
@token_required
def nominations(slug: str):
    round_ = _round_or_404(slug)
    page = _positive_int("page", 1)
    per_page = _positive_int("per_page", PER_PAGE_DEFAULT, PER_PAGE_MAX)
    items, total = queries.submitted_nominations(round_, page, per_page)
    return jsonify(
        round=round_.slug,
        page=page,
        per_page=per_page,
        total=total,
        nominations=[payloads.nomination(n) for n in items],
    )


@bp.route("/rounds/<slug>/rankings")
@token_required
def rankings(slug: str):
    round_ = _round_or_404(slug)
    return jsonify(
        round=round_.slug,
        method=round_.ranking_method,
        rankings=[payloads.ranking(s) for s in queries.latest_rankings(round_)],
    )


@bp.route("/rounds/<slug>/results")
def results(slug: str):
    """Public once the round is announced (or archived): no token needed. Before that the
    decisions are provisional: a valid token reads them, marked "public": false; without one
    the answer is 404, as if there were no results, and a wrong token is always 401."""
    failed = check_presented_token()
    if failed is not None:
        return failed
    round_ = queries.round_by_slug(slug)
    public = round_ is not None and queries.results_are_public(round_)
    if round_ is None or (not public and authenticated_token() is None):
        abort(404)
    response = jsonify(payloads.results(round_, queries.decisions(round_), public))
    if public:
        response.headers["Cache-Control"] = "public, max-age=300"
    return response
