"""Attacks from the browser side: forged forms (CSRF), account enumeration, brute force, guessed
ids (IDOR), stored and reflected XSS, hostile uploads, open redirects, security headers, session
fixation and sign-out. RELIABILITY.md lines 1, 3-7, 10, 17, 18, 23, 25, 26."""

import io
import logging
import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from award.database import utcnow
from award.errors import DomainError
from award.extensions import db, limiter
from award.models import Attachment, AuditEvent, Nomination, Phase, Role
from award.operations.conflicts import declare_conflict
from tests.conftest import PASSWORD, login
from tests.security_world import build_world, sign_in
from tests.test_nominations import PDF, complete, create, upload
from tests.test_security_routes import ANON, EXPECTED, FORMS, OK, ROLES, SEC, route_url

EVIL = ("https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)")


def _strip_csrf(body: bytes) -> bytes:
    return re.sub(rb'name="csrf_token" type="hidden" value="[^"]+"', b"", body)


def _audit_count() -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(AuditEvent))


# --- CSRF ------------------------------------------------------------------------------------


def test_every_post_route_refuses_a_form_without_a_csrf_token_and_changes_nothing(app):
    """Posted by someone allowed to post there, so only the missing token stops the request."""
    world = build_world()
    world.extra["round"].phase = Phase.DELIBERATION
    db.session.commit()
    clients = {}
    for role in ROLES:
        clients[role] = app.test_client()
        sign_in(clients[role], world.people.get(role))
    before = _audit_count()
    wrong = []
    for rule in app.url_map.iter_rules():
        if "POST" not in rule.methods:
            continue
        allowed = EXPECTED[(rule.endpoint, "POST")]
        role = next((r for r in (SEC, *ROLES) if allowed[r] == OK), ANON)
        url = route_url(app, world, rule)
        response = clients[role].post(
            url, data=FORMS.get(rule.endpoint, {}), csrf=False, buffered=True
        )
        # The review form answers 400 too, but re-shows what was typed (RELIABILITY 2).
        if response.status_code != 400:
            wrong.append(f"{role} POST {url}: {response.status_code}")
    assert wrong == []
    assert _audit_count() == before, "a refused form still changed something"


# --- account enumeration and brute force -------------------------------------------------------


def register_data(email: str) -> dict:
    return {
        "name": "Ana Lima",
        "email": email,
        "password": PASSWORD,
        "confirm": PASSWORD,
        "language": "en",
        "timezone": "UTC",
        "country": "BR",
    }


@pytest.mark.parametrize(
    ("path", "form"),
    [
        ("/auth/login", lambda email: {"email": email, "password": "wrong password 1"}),
        ("/auth/register", register_data),
        ("/auth/forgot", lambda email: {"email": email}),
        ("/auth/verify", lambda email: {"email": email}),
    ],
)
def test_known_and_unknown_addresses_get_the_same_answer(client, make_user, path, form):
    make_user("known@example.org", verified=False)
    known = client.post(path, data=form("known@example.org"))
    unknown = client.post(path, data=form("nobody@example.org"))
    assert known.status_code == unknown.status_code
    assert _strip_csrf(known.data).replace(b"known@", b"X@") == _strip_csrf(unknown.data).replace(
        b"nobody@", b"X@"
    )


@pytest.mark.parametrize(("path", "allowed"), [("/auth/forgot", 10), ("/auth/verify", 10)])
def test_mail_sending_forms_are_rate_limited(client, path, allowed):
    codes = [
        client.post(path, data={"email": f"n{i}@example.org"}).status_code
        for i in range(allowed + 1)
    ]
    assert codes[:allowed] == [200] * allowed and codes[allowed] == 429


def test_registration_is_rate_limited(client):
    codes = [
        client.post("/auth/register", data=register_data(f"n{i}@example.org")).status_code
        for i in range(21)
    ]
    assert codes[:20] == [200] * 20 and codes[20] == 429


def test_password_guessing_is_locked_out_with_429_even_with_the_right_password(client, make_user):
    user = make_user()
    for _ in range(5):
        login(client, user.email, "wrong password 1")
    locked = login(client, user.email)
    assert locked.status_code == 429 and b"Too many attempts" in locked.data
    assert client.get("/nominations/").status_code == 302  # not signed in
    limiter.reset()
    assert login(client, user.email).status_code == 302


# --- IDOR --------------------------------------------------------------------------------------


def test_other_peoples_objects_are_404_and_the_denial_is_logged(app, caplog):
    world = build_world()
    client = app.test_client()
    sign_in(client, world.people["other_nominator"])
    ids = world.ids
    caplog.set_level(logging.WARNING, logger="award.security")
    for url in (
        f"/nominations/{ids['nomination_id']}",
        f"/nominations/{ids['nomination_id']}/edit",
        f"/nominations/attachments/{ids['attachment_id']}",
    ):
        assert client.get(url).status_code == 404, url
    for url in (
        f"/nominations/{ids['nomination_id']}/edit",
        f"/nominations/{ids['nomination_id']}/withdraw",
        f"/nominations/{ids['nomination_id']}/attachments",
        f"/nominations/attachments/{ids['attachment_id']}/remove",
    ):
        assert client.post(url, data={"title": "mine now"}).status_code == 404, url
    denials = [r.getMessage() for r in caplog.records if r.getMessage().startswith("denied:")]
    assert len(denials) == 7, denials
    db.session.refresh(world.nomination)
    assert world.nomination.title != "mine now" and world.nomination.attachments


def test_ids_that_do_not_exist_are_404_for_the_people_allowed_there(app):
    world = build_world()
    wrong = []
    for role in ("nominator", "reviewer", "secretariat"):
        client = app.test_client()
        sign_in(client, world.people[role])
        for rule in app.url_map.iter_rules():
            ints = [a for a in rule.arguments if a.endswith("_id")]
            if not ints or rule.endpoint.startswith("api."):
                continue
            url = route_url(app, world, rule, **dict.fromkeys(ints, 987654))
            for method in sorted(rule.methods & {"GET", "POST"}):
                if EXPECTED[(rule.endpoint, method)][role] != OK:
                    continue
                if method == "GET":
                    response = client.get(url, buffered=True)
                else:
                    response = client.post(url, data=FORMS.get(rule.endpoint, {}), buffered=True)
                if response.status_code not in (404, 302):
                    wrong.append(f"{role} {method} {url}: {response.status_code}")
    assert wrong == []


def test_a_conflicted_reviewer_loses_the_nomination_everywhere(app):
    world = build_world()
    reviewer, nomination = world.people["reviewer"], world.nomination
    declare_conflict(reviewer, nomination, "I advised them", utcnow())
    db.session.commit()
    client = app.test_client()
    sign_in(client, reviewer)
    ids = world.ids
    assert client.get(f"/review/assignments/{ids['assignment_id']}").status_code == 404
    assert client.get(f"/nominations/attachments/{ids['attachment_id']}").status_code == 404
    assert client.get(f"/review/nominations/{ids['nomination_id']}/discussion").status_code == 404
    dashboard = client.get("/review/").get_data(as_text=True)
    assert nomination.title not in dashboard


def test_a_revoked_api_token_is_refused(app, client):
    world = build_world()
    headers = {"Authorization": f"Bearer {world.api_token}"}
    assert client.get("/api/v1/rounds", headers=headers).status_code == 200
    sign_in(client, world.people["secretariat"])
    client.post(f"/secretariat/api-tokens/{world.ids['token_id']}/revoke")
    assert client.get("/api/v1/rounds", headers=headers).status_code == 401


# --- stored and reflected XSS ------------------------------------------------------------------

# Every free-text column a person (or a browser's User-Agent) can write. Written straight into
# the database, so that each page is checked whatever validation the forms add.
FREE_TEXT = {
    "rounds": ("name", "description", "eligibility"),
    "users": ("name", "organisation"),
    "api_tokens": ("name",),
    "categories": ("name", "description"),
    "email_texts": ("subject", "body"),
    "invitations": ("name",),
    "login_sessions": ("user_agent",),
    "outbox": ("to_name", "subject", "body_text", "last_error"),
    "questions": ("label", "help"),
    "stages": ("name",),
    "criteria": ("name", "description"),
    "job_runs": ("message",),
    "nominations": (
        "title",
        "nominee_name",
        "nominee_organisation",
        "nominee_email",
        "screening_reason",
    ),
    "ranking_snapshots": ("reason",),
    "answers": ("value",),
    "assignments": ("removed_reason",),
    "attachments": ("original_name",),
    "conflicts": ("reason",),
    "decisions": ("citation",),
    "discussion_posts": ("body",),
    "reviews": ("overall_comment",),
    "scores": ("comment",),
}
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
RAW = re.compile(r"<script>alert\(|<img src=x onerror|href=\"javascript:", re.I)


def _plant_everywhere(world) -> None:
    for table, columns in FREE_TEXT.items():
        for column in columns:
            value = f"{SCRIPT}{IMG} {table}.{column}"
            db.session.execute(sa.text(f"UPDATE {table} SET {column} = :v"), {"v": value})  # noqa: S608
    db.session.execute(sa.text("UPDATE nominations SET nominee_website = 'javascript:alert(1)'"))
    db.session.commit()


def test_stored_script_is_escaped_on_every_page_for_every_role(app):
    world = build_world()
    world.extra["round"].phase = Phase.DELIBERATION
    db.session.commit()
    _plant_everywhere(world)
    wrong, escaped_pages = [], 0
    for role in ROLES:
        client = app.test_client()
        sign_in(client, world.people.get(role))
        for rule in app.url_map.iter_rules():
            if "GET" not in rule.methods or rule.endpoint.endswith("static"):
                continue
            # The reflected variant rides along: a search or next= parameter echoed back.
            url = route_url(app, world, rule) + f"?q={SCRIPT}{IMG}&next={SCRIPT}"
            response = client.get(url, buffered=True)
            if response.status_code >= 500:
                wrong.append(f"{role} {url}: {response.status_code}")
            if response.mimetype == "text/html":
                body = response.get_data(as_text=True)
                escaped_pages += "&lt;script&gt;alert(1)" in body
                for match in RAW.finditer(body):
                    wrong.append(f"{role} {url}: {body[match.start() : match.start() + 90]!r}")
    assert wrong == []
    assert escaped_pages > 40, "the planted text should show, escaped, on many pages"


def test_script_typed_into_the_nomination_form_is_shown_escaped(client, make_round, make_user):
    round_ = make_round()
    login(client, make_user().email)
    hostile = f"{SCRIPT}{IMG}"
    nomination = create(
        client,
        round_,
        **complete(round_, title=hostile, nominee_name=hostile, q_summary=hostile),
    )
    assert nomination.title == hostile  # stored as typed: escaping is the page's job
    for url in (f"/nominations/{nomination.id}", f"/nominations/{nomination.id}/edit"):
        body = client.get(url).get_data(as_text=True)
        assert not RAW.search(body) and "&lt;script&gt;alert(1)&lt;/script&gt;" in body


# --- uploads -----------------------------------------------------------------------------------


@pytest.fixture
def draft(client, make_round, make_user):
    round_ = make_round()
    login(client, make_user().email)
    return create(client, round_)


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "/etc/passwd",
        "....//....//etc/passwd",
        "a\x00b.pdf",
        "%2e%2e%2fsecret.pdf",
        "\u202egnp.pdf",
    ],
)
def test_hostile_file_names_are_only_display_names(app, client, draft, name):
    response = upload(client, draft, name, PDF)
    assert response.status_code == 302
    attachment = db.session.scalar(sa.select(Attachment))
    assert re.fullmatch(r"[0-9a-f]{32}", attachment.stored_name)
    assert "/" not in attachment.original_name and "\\" not in attachment.original_name
    folder = Path(app.config["UPLOAD_DIR"])
    assert sorted(p.name for p in folder.iterdir()) == [attachment.stored_name]
    download = client.get(f"/nominations/attachments/{attachment.id}")
    assert download.status_code == 200
    assert download.headers["Content-Disposition"].startswith("attachment")
    assert "/" not in download.headers["Content-Disposition"].split("filename", 1)[1]


@pytest.mark.parametrize(
    ("name", "content", "accepted"),
    [
        ("report.pdf", b"MZ\x90\x00" + b"\x00" * 100, False),  # a program named .pdf
        ("report.pdf", b"<html><script>alert(1)</script>", False),
        ("report.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, True),  # a real PNG, kept as PNG
        ("report.exe", PDF, True),  # a real PDF with a strange name is still a PDF
    ],
)
def test_file_type_is_judged_by_content_not_name(client, draft, name, content, accepted):
    upload(client, draft, name, content)
    attachment = db.session.scalar(sa.select(Attachment))
    assert (attachment is not None) == accepted
    if attachment is not None:
        assert attachment.content_type in ("image/png", "application/pdf")
        download = client.get(f"/nominations/attachments/{attachment.id}")
        assert download.headers["X-Content-Type-Options"] == "nosniff"
        assert download.mimetype == attachment.content_type


def test_oversized_upload_gets_the_413_page_and_saves_nothing(make_app, make_round, make_user):
    app = make_app(MAX_CONTENT_LENGTH=64 * 1024)
    with app.app_context():
        client = app.test_client()
        round_ = make_round()
        login(client, make_user().email)
        nomination = create(client, round_)
        response = upload(client, nomination, "big.pdf", PDF + b"0" * (128 * 1024))
        assert response.status_code == 413 and b"<html" in response.data
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Attachment)) == 0


# --- open redirects ----------------------------------------------------------------------------


@pytest.mark.parametrize("target", EVIL)
def test_reauthentication_never_sends_off_site(client, make_user, target):
    user = make_user()
    login(client, user.email)
    response = client.post(f"/auth/reauthenticate?next={target}", data={"password": PASSWORD})
    assert response.status_code == 302
    assert not re.match(r"^(https?:)?[/\\]{2}|^javascript:", response.headers["Location"])


def _app_with_a_broken_rule(make_app):
    """An app with one extra form whose rule is always broken, as any operation may be."""
    app = make_app()

    def broken():
        raise DomainError("This rule is broken.")

    app.add_url_rule("/broken-rule", "broken_rule", broken, methods=["POST"])
    return app


@pytest.mark.parametrize(
    "referrer",
    ["https://evil.example/phish", "//evil.example/x", "http://evil.example/", "javascript:x"],
)
def test_a_refused_form_never_sends_back_to_another_site(make_app, referrer):
    """A rule broken on a POST sends the person back to the page they came from; a forged
    Referer must not turn that into a redirect to another site."""
    app = _app_with_a_broken_rule(make_app)
    with app.app_context():
        response = app.test_client().post("/broken-rule", headers={"Referer": referrer})
        location = response.headers.get("Location", "")
        assert "evil.example" not in location and "javascript" not in location, location


def test_a_refused_form_still_goes_back_to_the_page_of_this_site(make_app):
    app = _app_with_a_broken_rule(make_app)
    with app.app_context():
        client = app.test_client()
        back = "http://localhost/calls/some-call?tab=2"
        response = client.post("/broken-rule", headers={"Referer": back})
        assert response.status_code == 302
        assert response.headers["Location"] in (back, "/calls/some-call?tab=2")
        page = client.get("/").get_data(as_text=True)
        assert "This rule is broken." in page


def test_removing_a_gone_assignment_never_sends_to_another_site(app, make_user):
    client = app.test_client()
    login(client, make_user(roles=(Role.SECRETARIAT,)).email)
    response = client.post(
        "/secretariat/assignments/987654/remove", headers={"Referer": "https://evil.example/"}
    )
    assert "evil.example" not in response.headers.get("Location", "")


# --- headers, sessions -------------------------------------------------------------------------


def test_every_html_page_carries_the_security_headers(app):
    world = build_world()
    wrong = []
    for role in (ANON, SEC, "nominator", "reviewer"):
        client = app.test_client()
        sign_in(client, world.people.get(role))
        for rule in app.url_map.iter_rules():
            if "GET" not in rule.methods:
                continue
            response = client.get(route_url(app, world, rule), buffered=True)
            if response.mimetype != "text/html":
                continue
            h = response.headers
            csp = h.get("Content-Security-Policy", "")
            problems = [
                d
                for d in ("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'")
                if d not in csp
            ]
            problems += [] if h.get("X-Content-Type-Options") == "nosniff" else ["nosniff"]
            problems += [] if h.get("X-Frame-Options") == "DENY" else ["X-Frame-Options"]
            problems += [] if h.get("Referrer-Policy") else ["Referrer-Policy"]
            problems += (
                [] if "max-age=31536000" in h.get("Strict-Transport-Security", "") else ["HSTS"]
            )
            if problems:
                wrong.append(f"{role} {rule.endpoint}: {problems}")
    assert wrong == []


def test_production_cookies_are_secure_httponly_lax_and_host_prefixed(make_app, make_user):
    app = make_app(
        SESSION_COOKIE_SECURE=True,
        REMEMBER_COOKIE_SECURE=True,
        SESSION_COOKIE_NAME="__Host-session",
        REMEMBER_COOKIE_NAME="__Host-remember",
    )
    with app.app_context():
        user = make_user()
        client = app.test_client()
        response = login(client, user.email, remember="y")
        cookies = response.headers.getlist("Set-Cookie")
        for name in ("__Host-session=", "__Host-remember="):
            (cookie,) = [c for c in cookies if c.startswith(name)]
            for flag in ("Secure", "HttpOnly", "SameSite=Lax", "Path=/"):
                assert flag in cookie, (name, flag)
            assert "Domain=" not in cookie


def test_the_session_changes_at_sign_in_and_the_old_one_stays_anonymous(client, make_user):
    user = make_user()
    client.get("/auth/login")
    client.post("/auth/forgot", data={"email": "x@example.org"})  # a session with content
    before = client.get_cookie("session").value
    login(client, user.email)
    after = client.get_cookie("session").value
    assert before != after
    client.set_cookie("session", before)
    assert client.get("/nominations/").status_code == 302


def test_after_sign_out_the_old_cookie_cannot_read_or_write(client, make_user, make_round):
    user = make_user()
    round_ = make_round()
    login(client, user.email)
    nomination = create(client, round_)
    old = client.get_cookie("session").value
    client.post("/auth/logout")
    client.set_cookie("session", old)
    assert client.get(f"/nominations/{nomination.id}").status_code == 302
    response = client.post(f"/nominations/{nomination.id}/edit", data={"title": "after logout"})
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    assert db.session.get(Nomination, nomination.id).title != "after logout"


def test_upload_without_a_file_is_a_message_not_an_error(client, draft):
    response = client.post(
        f"/nominations/{draft.id}/attachments",
        data={"file": (io.BytesIO(b""), "")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
