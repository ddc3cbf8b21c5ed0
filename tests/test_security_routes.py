"""The access table: every route of the URL map, for every role, GET and POST, against what each
role may do (RELIABILITY 16, 21). A route missing from the table fails the test, so a new page
cannot ship without someone deciding who may open it."""

from flask import url_for

from award.extensions import db
from award.models import Phase, Role
from tests.security_world import build_world, sign_in

ANON, API, NOM, NOM2, REV, REV2, SEC = (
    "anonymous",
    "api_client",  # signed out, sends a valid API token
    "nominator",  # owns the nomination (and its attachment)
    "other_nominator",
    "reviewer",  # assigned to the nomination, free of conflict
    "other_reviewer",  # a Council member of the round, not assigned to it
    "secretariat",
)
ROLES = (ANON, API, NOM, NOM2, REV, REV2, SEC)
SIGNED_IN = (NOM, NOM2, REV, REV2, SEC)

# What a role gets: OK is a 2xx answer, or a redirect that stays on the site and is not the
# sign-in page (a form re-shown with errors, 400 from a form or 409 from a rule are OK too for a
# POST: the request reached the view). LOGIN is a redirect to the sign-in page.
OK, LOGIN = "ok", "login"


def table(**by_role) -> dict[str, object]:
    assert set(by_role) == set(ROLES), by_role
    return by_role


def everyone(outcome=OK) -> dict:
    return table(**dict.fromkeys(ROLES, outcome))


def signed_in() -> dict:
    return table(**{ANON: LOGIN, API: LOGIN}, **dict.fromkeys(SIGNED_IN, OK))


def owner() -> dict:
    """The nominator's own object: anybody else is told it does not exist."""
    return table(**{ANON: LOGIN, API: LOGIN, NOM: OK}, **dict.fromkeys((NOM2, REV, REV2, SEC), 404))


def who_may_see() -> dict:
    """The nominator, the assigned reviewer, the secretariat (can_see_nomination)."""
    return table(
        **{ANON: LOGIN, API: LOGIN, NOM: OK, REV: OK, SEC: OK}, **dict.fromkeys((NOM2, REV2), 404)
    )


def reviewers(anonymous=LOGIN) -> dict:
    return table(
        **{ANON: anonymous, API: anonymous, REV: OK, REV2: OK},
        **dict.fromkeys((NOM, NOM2, SEC), 403),
    )


def assigned(anonymous=LOGIN) -> dict:
    return table(
        **{ANON: anonymous, API: anonymous, REV: OK, REV2: 404},
        **dict.fromkeys((NOM, NOM2, SEC), 403),
    )


def thread() -> dict:
    """A nomination's discussion: its reviewers and the secretariat, never its nominator."""
    return table(
        **{ANON: LOGIN, API: LOGIN, REV: OK, SEC: OK, REV2: 404},
        **dict.fromkeys((NOM, NOM2), 403),
    )


def secretariat() -> dict:
    return table(**{ANON: LOGIN, API: LOGIN, SEC: OK}, **dict.fromkeys((NOM, NOM2, REV, REV2), 403))


def api() -> dict:
    return table(**{API: OK}, **dict.fromkeys((ANON, NOM, NOM2, REV, REV2, SEC), 401))


def signed_out_only() -> dict:
    """Sign-in and registration: a signed-in user is sent on to their own start page."""
    return everyone()


BAD_LINK = everyone(400)  # a made-up token: the page says the link is not valid

G, P = "GET", "POST"
EXPECTED: dict[tuple[str, str], dict] = {
    # public pages
    ("calls.index", G): everyone(),
    ("calls.call", G): everyone(),
    ("calls.winners", G): everyone(),
    ("calls.showcase_page", G): everyone(),
    ("static", G): everyone(),
    ("health.healthz", G): everyone(),  # the state of the services, nothing about the data
    ("bootstrap.static", G): everyone(),
    # the API: a token, and no session, opens it
    ("api.openapi", G): everyone(),
    ("api.rounds", G): api(),
    ("api.round_detail", G): api(),
    ("api.nominations", G): api(),
    ("api.rankings", G): api(),
    ("api.results", G): everyone(),  # an announced round's results are public
    # accounts
    ("auth.login", G): signed_out_only(),
    ("auth.login", P): signed_out_only(),
    ("auth.register", G): signed_out_only(),
    ("auth.register", P): signed_out_only(),
    ("auth.forgot_password", G): everyone(),
    ("auth.forgot_password", P): everyone(),
    ("auth.resend_verification", G): everyone(),
    ("auth.resend_verification", P): everyone(),
    ("auth.logout", G): everyone(),  # a page with a button: a GET signs nobody out
    ("auth.logout", P): everyone(),
    ("auth.choose_language", G): everyone(),  # a visitor's choice, kept in a cookie
    ("auth.choose_language", P): everyone(),  # signed in: stored on the account
    ("auth.change_password", G): signed_in(),
    ("auth.change_password", P): signed_in(),
    ("auth.reauthenticate", G): signed_in(),
    ("auth.reauthenticate", P): signed_in(),
    ("auth.verify_email", G): BAD_LINK,
    ("auth.reset_password", G): BAD_LINK,
    ("auth.reset_password", P): BAD_LINK,
    ("auth.accept_invitation", G): BAD_LINK,
    ("auth.accept_invitation", P): BAD_LINK,
    # nominators: anyone signed in may nominate; a nomination is its nominator's alone
    ("nominations.index", G): signed_in(),
    ("nominations.new", G): signed_in(),
    ("nominations.new", P): signed_in(),
    ("nominations.show", G): owner(),
    ("nominations.edit", G): owner(),
    ("nominations.edit", P): owner(),
    ("nominations.withdraw", P): owner(),
    ("nominations.upload", P): owner(),
    ("nominations.remove_attachment", P): owner(),
    ("nominations.attachment", G): who_may_see(),
    # reviewers
    ("review.dashboard", G): reviewers(),
    ("review.profile", G): reviewers(),
    ("review.profile", P): reviewers(),
    ("review.review", G): assigned(),
    # a signed-out POST keeps what was typed, on a 401 page (RELIABILITY 2)
    ("review.review", P): assigned(anonymous=401),
    ("review.autosave", P): assigned(anonymous=401),
    ("review.declare_conflict", G): assigned(),
    ("review.declare_conflict", P): assigned(),
    ("review.discussion", G): thread(),
    ("review.discussion", P): thread(),
}
SECRETARIAT_ENDPOINTS = {
    G: """home api_tokens_page audit_log criterion_edit decisions job nomination
        nomination_conflicts outbox outbox_message round_page council duplicates round_edit
        exports_page nominations progress round_copy round_new assignments criterion_new rankings
        rankings_compare rubric email_texts email_text""",
    P: """create_api_token revoke_api_token remove_assignment criterion_delete criterion_edit
        criterion_move decision_remove resend_invitation revoke_invitation nomination_conflicts
        mark_eligible mark_ineligible request_information outbox_retry round_announce
        round_announce_cancel download_archive remove_member invite decisions round_edit
        download_export round_move remind round_copy round_new auto_assign add_assignment
        detect_conflicts criterion_new recompute_rankings rubric_template email_text
        email_text_restore""",
}
for _method, _names in SECRETARIAT_ENDPOINTS.items():
    for _name in _names.split():
        EXPECTED[(f"secretariat.{_name}", _method)] = secretariat()

# Values for URL arguments that are not the world's ids, by endpoint.
ARGUMENTS = {
    "static": {"filename": "css/app.css"},
    "bootstrap.static": {"filename": "css/bootstrap.min.css"},
    "auth.choose_language": {"code": "es"},
    "secretariat.email_text": {"kind": "nomination_received", "language": "fr"},
    "secretariat.email_text_restore": {"kind": "nomination_received", "language": "fr"},
}
FORMS = {"secretariat.download_export": {"format": "csv"}}


def routes(app) -> set[tuple[str, str]]:
    return {
        (rule.endpoint, method)
        for rule in app.url_map.iter_rules()
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }


def table_gaps(app) -> tuple[list, list]:
    in_app = routes(app)
    return sorted(in_app - set(EXPECTED)), sorted(set(EXPECTED) - in_app)


def test_the_access_table_names_every_route(app):
    missing, stale = table_gaps(app)
    assert missing == [], "routes with no line in the access table"
    assert stale == [], "lines in the access table for no route"


def test_a_new_route_without_a_line_in_the_table_is_caught(make_app):
    app = make_app()
    app.add_url_rule("/brand-new", "brand_new", lambda: "new", methods=["GET", "POST"])
    assert table_gaps(app)[0] == [("brand_new", G), ("brand_new", P)]


def _outcome(response) -> object:
    location = response.headers.get("Location", "")
    if response.status_code in (301, 302, 303, 307, 308):
        if location.startswith("/auth/login") or "/auth/login?" in location:
            return LOGIN
        return OK if location.startswith("/") and not location.startswith("//") else location
    if response.status_code < 300:
        return OK
    return response.status_code


def _matches(expected, got, method: str) -> bool:
    if got == expected:
        return True
    # A POST that reached its view may be refused by the form or a rule: still "allowed".
    return expected == OK and method == P and got in (400, 409)


def route_url(app, world, rule, extra_args: dict | None = None, **values) -> str:
    """The rule's address with the world's ids; `values` replace any argument."""
    given = ARGUMENTS.get(rule.endpoint, {}) | (extra_args or {}).get(rule.endpoint, {}) | values
    # What is given and not a rule argument becomes the query string.
    args = {name: world.ids[name] for name in rule.arguments if name not in given} | given
    with app.test_request_context():
        return url_for(rule.endpoint, **args)


def test_every_route_answers_each_role_as_the_table_says(app):
    world = build_world()
    # Deliberation: the phase where every page of the round, the discussion included, is live.
    world.extra["round"].phase = Phase.DELIBERATION
    db.session.commit()
    announced = world.extra["previous_slug"]
    extra_args = {
        "calls.winners": {"slug": announced},
        "api.results": {"slug": announced},
        "nominations.new": {"round": world.extra["open_slug"]},
    }
    rules = sorted(app.url_map.iter_rules(), key=lambda r: r.rule)
    # Requests that change state come after every read, and signing out comes last.
    order = [(G, r) for r in rules] + [(P, r) for r in rules if r.endpoint != "auth.logout"]
    order += [(P, r) for r in rules if r.endpoint == "auth.logout"]
    wrong: list[str] = []
    # The people who may not act go first, so an allowed POST cannot hide a refused one.
    for role in (ANON, API, NOM2, REV2, NOM, REV, SEC):
        client = app.test_client()
        sign_in(client, world.people.get(role))
        headers = {"Authorization": f"Bearer {world.api_token}"} if role == API else {}
        for method, rule in order:
            if method not in rule.methods:
                continue
            url = route_url(app, world, rule, extra_args)
            # Buffered: a streamed download ends inside its request (see CSRFClient).
            if method == G:
                response = client.get(url, headers=headers, buffered=True)
            else:
                response = client.post(
                    url, headers=headers, data=FORMS.get(rule.endpoint, {}), buffered=True
                )
            expected = EXPECTED[(rule.endpoint, method)][role]
            got = _outcome(response)
            if response.status_code >= 500 or not _matches(expected, got, method):
                wrong.append(f"{role:16} {method:4} {url}: expected {expected}, got {got}")
    assert wrong == [], "\n" + "\n".join(wrong)


def test_a_get_to_any_post_only_route_is_405(app, make_user):
    """RELIABILITY 21: a state change never happens on a GET, whoever sends it."""
    from tests.conftest import login

    login(client := app.test_client(), make_user(roles=(Role.SECRETARIAT,)).email)
    wrong = []
    readable = {rule.rule for rule in app.url_map.iter_rules() if G in rule.methods}
    for rule in app.url_map.iter_rules():
        # A POST-only endpoint that shares its address with a page (the token list) is that page.
        if rule.methods - {"HEAD", "OPTIONS"} != {P} or rule.rule in readable:
            continue
        args = {name: 1 if name.endswith("_id") else "x" for name in rule.arguments}
        with app.test_request_context():
            url = url_for(rule.endpoint, **args)
        response = client.get(url)
        if response.status_code != 405 or "POST" not in response.headers.get("Allow", ""):
            wrong.append(f"GET {url}: {response.status_code}")
    assert wrong == []
