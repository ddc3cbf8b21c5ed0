"""The read-only JSON API and its tokens: each endpoint's content, 401 for missing, wrong and
revoked tokens, results public only once announced, errors as JSON, the rate limit, the
OpenAPI document checked by schemathesis against the app, and the secretariat's token page."""

import hashlib
from datetime import timedelta

import pytest
import schemathesis
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.auths import AuthContext
from sqlalchemy import event

from award.database import utcnow
from award.extensions import db
from award.models import (
    ApiToken,
    AuditEvent,
    Decision,
    DecisionKind,
    NominationStatus,
    NomineeKind,
    Phase,
    Role,
)
from award.operations import api_tokens
from award.operations import rankings as ranking_ops
from tests.conftest import PASSWORD, check_page, login
from tests.test_conflicts import nominate
from tests.test_rankings import harsh_round

EXAMPLE_SLUG = "hwm-award-2026"  # the slug parameter's example in the OpenAPI document
TOKEN_ENDPOINTS = [
    "/rounds",
    "/rounds/{slug}",
    "/rounds/{slug}/nominations",
    "/rounds/{slug}/rankings",
]


def make_token(make_user, name="Dashboard"):
    admin = make_user(roles=(Role.SECRETARIAT,))
    token, raw = api_tokens.create_token(name, admin)
    db.session.commit()
    return token, raw


def bearer(raw):
    return {"Authorization": f"Bearer {raw}"}


def get(client, path, raw=None, **kwargs):
    headers = bearer(raw) if raw is not None else {}
    return client.get(f"/api/v1{path}", headers=headers, **kwargs)


def ranked_round(make_round, make_user, **fields):
    """A round in deliberation with reviews, mean and calibrated snapshots, a draft and a withdrawn
    nomination, and the Council's decisions."""
    round_, stage, nominations, _ = harsh_round(
        make_round, make_user, phase=Phase.DELIBERATION, **fields
    )
    for method in ("mean", "calibrated"):
        ranking_ops.compute_rankings(stage, method)
    nominator = nominations[0].nominator
    draft = nominate(round_, nominator, 90, title="Private draft")
    draft.status, draft.receipt_number, draft.submitted_at = NominationStatus.DRAFT, None, None
    withdrawn = nominate(round_, nominator, 91, title="Withdrawn one")
    withdrawn.status, withdrawn.withdrawn_at = NominationStatus.WITHDRAWN, utcnow()
    winner, runner_up, mention = nominations[0], nominations[1], nominations[2]
    winner.country, winner.nominee_email = "GH", "private@nominee.example"
    mention.nominee_kind, mention.nominee_organisation = NomineeKind.ORGANISATION, "Nurses Org"
    category = round_.categories[0]
    for position, (nomination, kind, citation) in enumerate(
        [
            (winner, DecisionKind.WINNER, "For bringing nurses home."),
            (runner_up, DecisionKind.RUNNER_UP, "A close second."),
            (mention, DecisionKind.HONOURABLE_MENTION, "Worth a mention."),
        ]
    ):
        db.session.add(
            Decision(
                round_id=round_.id,
                category_id=category.id,
                nomination_id=nomination.id,
                kind=kind,
                citation=citation,
                position=position,
            )
        )
    db.session.commit()
    return round_, stage, nominations, draft


def announce(round_):
    round_.phase, round_.announced_at = Phase.ANNOUNCED, utcnow()
    db.session.commit()


# --- tokens -------------------------------------------------------------------------------


def test_a_token_is_stored_only_as_its_hash_and_audited(app, make_user):
    token, raw = make_token(make_user)
    assert len(raw) >= 40 and token.prefix == raw[:8]
    assert token.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    stored = db.session.execute(sa.text("SELECT * FROM api_tokens")).mappings().one()
    assert raw not in {str(v) for v in stored.values()}
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "api_token.created"))
    assert event.object_id == token.id and event.data["prefix"] == token.prefix
    assert raw not in str(event.data)


def test_two_tokens_differ_and_a_name_is_required(app, make_user):
    _, first = make_token(make_user, "One")
    _, second = make_token(make_user, "Two")
    assert first != second
    admin = make_user(roles=(Role.SECRETARIAT,))
    with pytest.raises(api_tokens.DomainError):
        api_tokens.create_token("   ", admin)


@pytest.mark.parametrize("path", TOKEN_ENDPOINTS)
@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-token"}, {"Authorization": "Basic dXNlcjpwYXNz"}],
    ids=["missing", "wrong", "not-bearer"],
)
def test_no_valid_token_gets_401_in_json(client, make_round, make_user, path, headers):
    make_token(make_user)
    round_ = make_round()
    response = client.get("/api/v1" + path.format(slug=round_.slug), headers=headers)
    assert response.status_code == 401 and response.is_json
    assert response.headers["WWW-Authenticate"].startswith('Bearer realm="award API"')
    assert "error" in response.get_json()


def test_a_revoked_token_that_worked_a_moment_ago_gets_401(client, make_user, make_round):
    round_ = make_round()
    token, raw = make_token(make_user)
    assert get(client, f"/rounds/{round_.slug}", raw).status_code == 200
    admin = make_user(roles=(Role.SECRETARIAT,))
    login(client, admin.email)
    response = client.post(f"/secretariat/api-tokens/{token.id}/revoke")
    assert response.status_code == 302
    response = get(client, f"/rounds/{round_.slug}", raw)
    assert response.status_code == 401
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]
    db.session.refresh(token)
    assert token.revoked_at is not None
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "api_token.revoked"))
    assert event.actor_id == admin.id and event.object_id == token.id


def test_using_a_token_records_when_it_was_last_used(client, make_user):
    token, raw = make_token(make_user)
    assert token.last_used_at is None
    assert get(client, "/rounds", raw).status_code == 200
    db.session.refresh(token)
    first = token.last_used_at
    assert first is not None and utcnow() - first < timedelta(minutes=1)
    # Within the minute it is not written again (a busy tool does not turn reads into writes).
    assert get(client, "/rounds", raw).status_code == 200
    db.session.refresh(token)
    assert token.last_used_at == first
    assert api_tokens.authenticate(raw, first + timedelta(minutes=2)) is token
    assert token.last_used_at == first + timedelta(minutes=2)


# --- endpoints ----------------------------------------------------------------------------


def test_rounds_list_and_detail(client, make_round, make_user):
    older = make_round(name="Last year", opens=utcnow() - timedelta(days=400))
    newer = make_round(name="This year", phase=Phase.DRAFT, ranking_method="trimmed", top_n=5)
    _, raw = make_token(make_user)
    response = get(client, "/rounds", raw)
    assert response.status_code == 200 and response.is_json
    rounds = response.get_json()["rounds"]
    assert [r["slug"] for r in rounds] == [newer.slug, older.slug]
    assert rounds[0]["phase"] == "draft" and rounds[0]["top_n"] == 5
    detail = get(client, f"/rounds/{newer.slug}", raw).get_json()
    assert detail["name"] == "This year" and detail["ranking_method"] == "trimmed"
    assert [c["slug"] for c in detail["categories"]] == ["ethical-recruitment", "retention-return"]
    assert detail["stages"] == [
        {"id": newer.stages[0].id, "position": 1, "name": "Review", "kind": "review"}
    ]
    assert detail["nominations_close_at"].endswith("+00:00")


def test_nominations_are_summaries_without_drafts_or_contact_data(client, make_round, make_user):
    round_, _, nominations, draft = ranked_round(make_round, make_user)
    _, raw = make_token(make_user)
    body = get(client, f"/rounds/{round_.slug}/nominations", raw).get_json()
    assert body["total"] == len(nominations) + 1  # the withdrawn one counts, the draft does not
    listed = {n["id"]: n for n in body["nominations"]}
    assert draft.id not in listed
    first = listed[nominations[0].id]
    assert set(first) == {
        "id",
        "receipt_number",
        "title",
        "category",
        "country",
        "status",
        "submitted_at",
    }
    assert first["receipt_number"] == nominations[0].receipt_number
    assert first["category"] == {"slug": "ethical-recruitment", "name": "Ethical recruitment"}
    assert first["country"] == "GH" and first["status"] == "eligible"
    assert "private@nominee.example" not in str(body) and "Private draft" not in str(body)
    page = get(client, f"/rounds/{round_.slug}/nominations?page=2&per_page=3", raw).get_json()
    assert (page["page"], page["per_page"], len(page["nominations"])) == (2, 3, 3)
    assert [n["id"] for n in page["nominations"]] == [n["id"] for n in body["nominations"][3:6]]
    for bad in ("page=0", "page=x", "per_page=501", "per_page=-1"):
        response = get(client, f"/rounds/{round_.slug}/nominations?{bad}", raw)
        assert response.status_code == 400 and response.is_json, bad


def _queries(client, path, raw):
    statements = []

    def count(*args):
        statements.append(args[2])

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        assert get(client, path, raw).status_code == 200
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(statements)


def test_list_endpoints_use_a_constant_number_of_queries(client, make_round, make_user):
    _, raw = make_token(make_user)
    nominator = make_user()
    get(client, "/rounds", raw)  # the first use records last_used_at: one write, not measured
    counts = []
    for size in (3, 30):
        round_ = make_round()
        for i in range(size):
            nomination = nominate(round_, nominator, i)
            nomination.category = round_.categories[i % 2]
        db.session.commit()
        counts.append(
            [
                _queries(client, path, raw)
                for path in ("/rounds", f"/rounds/{round_.slug}/nominations")
            ]
        )
    assert counts[0] == counts[1], counts


def test_rankings_are_the_latest_snapshots_of_the_rounds_method(client, make_round, make_user):
    round_, stage, nominations, _ = ranked_round(make_round, make_user, ranking_method="calibrated")
    _, raw = make_token(make_user)
    body = get(client, f"/rounds/{round_.slug}/rankings", raw).get_json()
    assert body["method"] == "calibrated"
    [ranking] = body["rankings"]
    assert ranking["method"] == "calibrated" and ranking["applicable"] is True
    assert (
        ranking["stage"]["id"] == stage.id and ranking["category"]["slug"] == "ethical-recruitment"
    )
    [snapshot] = ranking_ops.latest_snapshots(stage, "calibrated")
    assert ranking["input_hash"] == snapshot.input_hash and ranking["top_n"] == 3
    assert [e["nomination_id"] for e in ranking["entries"]] == [
        e.nomination_id for e in snapshot.entries
    ]
    top = ranking["entries"][0]
    stored = snapshot.entries[0]
    assert top["rank"] == stored.rank == 1 and top["score"] == pytest.approx(stored.score)
    assert top["score_interval"] == {"low": stored.score_lo, "high": stored.score_hi}
    assert top["rank_interval"] == {"best": stored.rank_lo, "worst": stored.rank_hi}
    assert top["p_top_n"] == stored.p_top and 0 <= top["p_top_n"] <= 1
    assert top["flags"] == stored.flags and top["n_reviews"] == 3
    assert all(isinstance(e["flags"], list) for e in ranking["entries"])
    empty = make_round()
    assert get(client, f"/rounds/{empty.slug}/rankings", raw).get_json()["rankings"] == []


def test_results_are_public_only_once_announced(client, make_round, make_user):
    round_, _, nominations, _ = ranked_round(make_round, make_user)
    _, raw = make_token(make_user)
    path = f"/rounds/{round_.slug}/results"

    # Decided but not announced: not there without a token; provisional with one.
    response = get(client, path)
    assert response.status_code == 404 and response.is_json
    provisional = get(client, path, raw)
    assert provisional.status_code == 200 and provisional.get_json()["public"] is False
    assert "no-store" in provisional.headers["Cache-Control"]
    assert get(client, path, "wrong").status_code == 401

    announce(round_)
    response = get(client, path)
    assert response.status_code == 200
    body = response.get_json()
    assert body["public"] is True and body["round"]["phase"] == "announced"
    [winner] = body["winners"]
    assert winner == {
        "category": {"slug": "ethical-recruitment", "name": "Ethical recruitment"},
        "position": 0,
        "title": nominations[0].title,
        "nominee": nominations[0].nominee_name,
        "organisation": "",
        "country": "GH",
        "citation": "For bringing nurses home.",
    }
    assert [r["citation"] for r in body["runners_up"]] == ["A close second."]
    assert body["honourable_mentions"][0]["nominee"] == "Nurses Org"
    assert "private@nominee.example" not in response.get_data(as_text=True)
    # A token sent to a public endpoint is still checked.
    assert get(client, path, "wrong").status_code == 401
    assert get(client, path, raw).get_json()["public"] is True
    round_.phase = Phase.ARCHIVED
    db.session.commit()
    assert get(client, path).status_code == 200


def test_errors_are_json_never_html(client, make_round, make_user):
    _, raw = make_token(make_user)
    for path in ("/rounds/no-such-round", "/rounds/bad%20slug", "/no-such-endpoint"):
        response = get(client, path, raw)
        assert response.status_code == 404 and response.is_json, path
    response = client.post("/api/v1/rounds", headers=bearer(raw), csrf=False)
    assert response.status_code == 405 and response.is_json
    assert "GET" in response.headers["Allow"]
    assert get(client, "/rounds/no-such-round/results").status_code == 404


def test_the_api_is_rate_limited(make_app, make_user):
    app = make_app(API_RATE_LIMIT="3 per minute")
    with app.app_context():
        _, raw = make_token(make_user)
        client = app.test_client()
        assert [get(client, "/rounds", raw).status_code for _ in range(3)] == [200] * 3
        response = get(client, "/rounds", raw)
        assert response.status_code == 429 and response.is_json


def test_the_openapi_document_describes_every_api_route(app, client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200 and response.is_json
    document = response.get_json()
    assert document["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "description": "A token from the secretariat's API tokens page.",
    }
    routes = {
        rule.rule.removeprefix("/api/v1").replace("<slug>", "{slug}")
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("api.")
    }
    assert routes - {"/openapi.json"} == set(document["paths"])
    results = document["paths"]["/rounds/{slug}/results"]["get"]
    assert {} in results["security"]  # the one endpoint that may be called without a token


# --- schemathesis -------------------------------------------------------------------------


@pytest.fixture
def api_schema(make_app, make_round, make_user):
    """The OpenAPI document loaded from the app, on a round whose slug is the document's
    example (so the examples reach real data), sending a valid token with every request."""
    app = make_app(API_RATE_LIMIT="100000 per minute")
    with app.app_context():
        round_, *_ = ranked_round(make_round, make_user, slug=EXAMPLE_SLUG)
        announce(round_)
        _, raw = make_token(make_user)
        schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)

        # As an auth provider, not a header: the auth checks can then also send the same
        # request without the token and with a wrong one, and expect 401.
        @schema.auth.auth()
        class Token:
            def get(self, case, ctx):
                return raw

            def set(self, case, data, ctx):
                case.headers = {**(case.headers or {}), **bearer(data)}

        yield schema


@pytest.mark.slow
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_the_api_conforms_to_its_openapi_document(api_schema, mode):
    """Generated requests to every operation, valid ones and invalid ones: no 5xx, every status
    and body as documented, invalid input refused, and the token enforced (schemathesis's
    default checks). Driven by hypothesis directly: schemathesis's own pytest integration
    (`from_fixture`) does not run on this pytest."""

    @given(case=api_schema.as_strategy(mode, auth_storage=api_schema.auth))
    @settings(
        max_examples=60,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case):
        case.call_and_validate()

    check()


def test_every_operation_answers_its_example_round_within_the_schema(api_schema):
    for operation in api_schema.get_all_operations():
        operation = operation.ok()
        parameters = {"slug": EXAMPLE_SLUG} if "{slug}" in operation.path else {}
        case = operation.Case(path_parameters=parameters)
        api_schema.auth.set(case, AuthContext(operation=operation, app=api_schema.app))
        response = case.call_and_validate()
        assert response.status_code == 200, operation.path


# --- the token page -----------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.REVIEWER, Role.NOMINATOR])
def test_only_the_secretariat_opens_the_token_page(client, make_user, role):
    token, _ = make_token(make_user)
    user = make_user(roles=(role,))
    login(client, user.email)
    assert client.get("/secretariat/api-tokens").status_code == 403
    assert client.post("/secretariat/api-tokens", data={"name": "Mine"}).status_code == 403
    assert client.post(f"/secretariat/api-tokens/{token.id}/revoke").status_code == 403
    db.session.refresh(token)
    assert token.active and db.session.scalar(sa.select(sa.func.count(ApiToken.id))) == 1


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get("/secretariat/api-tokens")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_the_page_shows_a_new_token_once_and_needs_csrf(client, make_user):
    admin = make_user(roles=(Role.SECRETARIAT,))
    login(client, admin.email)
    assert "API tokens" in client.get("/secretariat/").get_data(as_text=True)
    response = client.post("/secretariat/api-tokens", data={"name": "Reporting tool"})
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    token = db.session.scalar(sa.select(ApiToken))
    page = response.get_data(as_text=True)
    start = page.index('id="new-token"')
    raw = page[start:].split('value="', 1)[1].split('"', 1)[0]
    assert api_tokens.token_hash(raw) == token.token_hash and token.created_by_id == admin.id
    listing = client.get("/secretariat/api-tokens").get_data(as_text=True)
    assert "Reporting tool" in listing and token.prefix in listing and raw not in listing
    assert client.post("/secretariat/api-tokens", data={"name": ""}).status_code == 400
    refused = client.post("/secretariat/api-tokens", data={"name": "No CSRF"}, csrf=False)
    assert refused.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(ApiToken.id))) == 1


@pytest.mark.browser
def test_creating_and_revoking_a_token_in_a_browser(live_server, page, make_user, make_round):
    round_ = make_round()
    user = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    page.goto(f"{live_server.url}/secretariat/")
    page.get_by_label("E-mail address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="API tokens").click()
    page.get_by_role("heading", name="API tokens", exact=True).wait_for()
    check_page(page, "api-tokens-empty")
    page.get_by_label("Name").fill("Press office dashboard")
    page.get_by_role("button", name="Create a token").click()
    raw = page.get_by_label("Token", exact=True).input_value()
    check_page(page, "api-tokens-created")

    client = live_server.app.test_client()
    with live_server.app.app_context():
        assert get(client, f"/rounds/{round_.slug}", raw).status_code == 200
    page.get_by_role("button", name="Revoke Press office dashboard").click()
    page.get_by_text("no longer opens the API").wait_for()
    assert page.get_by_role("button", name="Revoke Press office dashboard").count() == 0
    check_page(page, "api-tokens-revoked")
    with live_server.app.app_context():
        assert get(client, f"/rounds/{round_.slug}", raw).status_code == 401
