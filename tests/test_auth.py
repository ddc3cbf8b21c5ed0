"""Accounts and sessions: RELIABILITY.md lines 1-15, and the bad-input list of the foundation."""

import re
import statistics
import time

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher

from award.extensions import db
from award.models import AuditEvent, LoginSession, OutboxMessage, Role, User
from config import Config
from tests.conftest import PASSWORD, link_in, login


def messages_to(email: str) -> list[OutboxMessage]:
    return db.session.scalars(
        sa.select(OutboxMessage).where(OutboxMessage.to_email == email).order_by(OutboxMessage.id)
    ).all()


def register(client, email="ana@example.org", password=PASSWORD, **extra):
    data = {
        "name": "Ana Lima",
        "email": email,
        "password": password,
        "confirm": password,
        "language": "en",
        "timezone": "UTC",
        "country": "BR",
        **extra,
    }
    return client.post("/auth/register", data=data)


def test_registration_sends_a_link_that_confirms_the_address(client, app):
    response = register(client)
    assert response.status_code == 200
    assert b"Check your inbox" in response.data
    user = db.session.scalar(sa.select(User).where(User.email == "ana@example.org"))
    assert user.email_verified_at is None and user.has_role(Role.NOMINATOR)
    # Unconfirmed: signing in is refused and a fresh link is sent.
    assert b"confirm your e-mail" in login(client, "ana@example.org").data
    (mail, *_) = messages_to("ana@example.org")
    assert mail.status.value == "sent"  # eager mode delivered it after the commit
    response = client.get(link_in(mail.body_text, "/auth/verify/"))
    assert response.status_code == 302
    db.session.refresh(user)
    assert user.email_verified_at is not None
    assert login(client, "ana@example.org").status_code == 302


def test_duplicate_email_in_any_case_creates_nobody_and_tells_the_owner(client, make_user):
    owner = make_user("ana@example.org")
    fresh = register(client, email="someone-new@example.org")
    duplicate = register(client, email="ANA@Example.ORG")
    # The page is the same as for a new address: it reveals nothing about who has an account...
    assert duplicate.status_code == fresh.status_code == 200
    assert duplicate.data.replace(b"ana@example.org", b"X") == fresh.data.replace(
        b"someone-new@example.org", b"X"
    )
    assert db.session.scalar(sa.select(sa.func.count()).select_from(User)) == 2
    # ...and the clear message goes to the mailbox of the real owner.
    (notice,) = messages_to(owner.email)
    assert notice.subject == "You already have an account"


def test_email_is_unique_case_insensitively_in_the_database(app, make_user):
    make_user("ana@example.org")
    with pytest.raises(sa.exc.IntegrityError):
        db.session.add(User(email="ana@example.org", name="Twin"))
        db.session.commit()
    db.session.rollback()
    with pytest.raises(sa.exc.IntegrityError):  # the CHECK refuses an upper-case copy
        db.session.add(User(email="ANA@example.org", name="Twin"))
        db.session.commit()
    db.session.rollback()


@pytest.mark.parametrize("bad", ["forged", "expired", "reset-as-verify"])
def test_bad_verification_link_gets_a_clear_page_and_changes_nothing(client, app, make_user, bad):
    from award.operations.accounts import RESET, VERIFY
    from award.security import sign

    user = make_user(verified=False)
    if bad == "forged":
        token = sign(VERIFY, {"uid": user.id, "email": user.email})[:-4] + "AAAA"
    elif bad == "expired":
        token = sign(VERIFY, {"uid": user.id, "email": user.email})
        app.config["EMAIL_TOKEN_MAX_AGE"] = -1
    else:
        token = sign(RESET, {"uid": user.id, "email": user.email})
    response = client.get(f"/auth/verify/{token}")
    assert response.status_code == 400
    assert b"link" in response.data and b"Nothing has been changed" in response.data
    db.session.refresh(user)
    assert user.email_verified_at is None


def test_login_without_csrf_token_is_refused_and_creates_no_session(client, make_user):
    user = make_user()
    response = client.post(
        "/auth/login", data={"email": user.email, "password": PASSWORD}, csrf=False
    )
    assert response.status_code == 400
    assert b"expired or was not sent from this site" in response.data
    assert client.get("/nominations/").status_code == 302
    assert db.session.scalar(sa.select(sa.func.count()).select_from(LoginSession)) == 0


def _strip_csrf(body: bytes) -> bytes:
    # The signed CSRF token embeds a timestamp; everything else must be byte-identical.
    return re.sub(rb'name="csrf_token" type="hidden" value="[^"]+"', b"", body)


def test_unknown_email_and_wrong_password_look_the_same(client, make_user):
    make_user("known@example.org")
    unknown = login(client, "nobody@example.org", "wrong password 1")
    wrong = login(client, "known@example.org", "wrong password 1")
    assert unknown.status_code == wrong.status_code == 200
    assert _strip_csrf(unknown.data) == _strip_csrf(wrong.data)
    assert b"The e-mail address or the password is not correct." in wrong.data


def test_unknown_email_and_wrong_password_take_the_same_time(make_app, make_user):
    app = make_app(LOGIN_LIMIT_PER_IP="1000 per minute", LOGIN_LIMIT_PER_ACCOUNT="1000 per minute")
    with app.app_context():
        make_user("known@example.org")
        client = app.test_client()
        timings = {"nobody@example.org": [], "known@example.org": []}
        for _ in range(50):
            for email, samples in timings.items():
                start = time.perf_counter()
                login(client, email, "wrong password 1")
                samples.append(time.perf_counter() - start)
        a, b = (statistics.median(s) for s in timings.values())
        assert abs(a - b) / max(a, b) < 0.2, timings


def _same_time(client, make_request, samples: int = 50) -> None:
    """The method of the sign-in timing test: known and unknown alternate, 50 of each; their
    medians within 20% of each other."""
    timings = {"unknown": [], "known": []}
    for i in range(samples):
        for kind, taken in timings.items():
            start = time.perf_counter()
            response = make_request(kind, i)
            taken.append(time.perf_counter() - start)
            assert response.status_code == 200
    a, b = (statistics.median(s) for s in timings.values())
    assert abs(a - b) / max(a, b) < 0.2, {
        k: round(statistics.median(v), 4) for k, v in timings.items()
    }


def address(kind: str, i: int) -> dict:
    """A new address each time, so that the per-address limit (10 or 20 an hour) stays away."""
    return {"REMOTE_ADDR": f"10.{1 if kind == 'known' else 2}.{i // 200}.{i % 200 + 1}"}


def test_forgot_password_takes_the_same_time_for_unknown_and_known(make_app, make_user):
    app = make_app(ACCOUNT_ANSWER_SECONDS=Config.ACCOUNT_ANSWER_SECONDS)
    with app.app_context():
        make_user("known@example.org")
        client = app.test_client()

        def ask(kind: str, i: int):
            email = "known@example.org" if kind == "known" else f"nobody{i}@example.org"
            return client.post("/auth/forgot", data={"email": email}, environ_base=address(kind, i))

        _same_time(client, ask)


def test_registration_takes_the_same_time_for_unknown_and_known(make_app, make_user):
    app = make_app(ACCOUNT_ANSWER_SECONDS=Config.ACCOUNT_ANSWER_SECONDS)
    with app.app_context():
        make_user("known@example.org")
        client = app.test_client()

        def register(kind: str, i: int):
            email = "known@example.org" if kind == "known" else f"new{i}@example.org"
            return client.post(
                "/auth/register",
                environ_base=address(kind, i),
                data={
                    "email": email,
                    "name": "Someone",
                    "password": "a long enough passphrase",
                    "confirm": "a long enough passphrase",
                    "language": "en",
                    "timezone": "UTC",
                },
            )

        _same_time(client, register)


def test_sixth_wrong_password_in_a_minute_gets_429_and_is_logged(client, make_user):
    user = make_user()
    for _ in range(5):
        assert login(client, user.email, "wrong password 1").status_code == 200
    response = login(client, user.email, "wrong password 1")
    assert response.status_code == 429
    assert b"Too many attempts" in response.data
    failures = db.session.scalar(
        sa.select(sa.func.count()).where(AuditEvent.action == "auth.login_failed")
    )
    assert failures == 5


def test_account_limit_holds_across_rotating_ips_and_lifts_after_the_window(app, client, make_user):
    user = make_user()
    for i in range(5):
        client.post(
            "/auth/login",
            data={"email": user.email, "password": "wrong password 1"},
            environ_base={"REMOTE_ADDR": f"10.0.0.{i}"},
        )
    blocked = client.post(
        "/auth/login",
        data={"email": user.email, "password": PASSWORD},
        environ_base={"REMOTE_ADDR": "10.0.0.99"},
    )
    assert blocked.status_code == 429
    from award.extensions import limiter

    limiter.reset()  # the window passing, without sleeping for a minute
    assert login(client, user.email).status_code == 302


def test_many_accounts_from_one_ip_are_throttled_per_ip(client, make_user):
    codes = [
        login(client, f"nobody{i}@example.org", "wrong password 1").status_code for i in range(35)
    ]
    assert 429 in codes and codes.index(429) == 30


def test_sign_in_starts_a_new_session(client, make_user):
    user = make_user()
    client.get("/auth/login")
    with client.session_transaction() as session:
        session["planted"] = "by an attacker"
    before = client.get_cookie("session").value
    login(client, user.email)
    after = client.get_cookie("session").value
    assert before != after
    with client.session_transaction() as session:
        assert "planted" not in session
    # Replaying the pre-login cookie does not authenticate.
    client.set_cookie("session", before)
    assert client.get("/nominations/").status_code == 302


def test_sign_out_deletes_remember_cookie_and_old_cookies_stop_working(client, make_user):
    user = make_user()
    login(client, user.email, remember="y")
    session_cookie = client.get_cookie("session").value
    remember_cookie = client.get_cookie("remember_token").value
    response = client.post("/auth/logout")
    set_cookies = response.headers.getlist("Set-Cookie")
    assert any(
        c.startswith("remember_token=;") and "Expires=Thu, 01 Jan 1970" in c for c in set_cookies
    ), set_cookies
    client.set_cookie("session", session_cookie)
    assert client.get("/nominations/").status_code == 302
    client.delete_cookie("session")
    client.set_cookie("remember_token", remember_cookie)
    assert client.get("/nominations/").status_code == 302


def test_password_change_signs_out_every_other_session(app, make_user):
    user = make_user()
    laptop, phone = app.test_client(), app.test_client()
    login(laptop, user.email)
    login(phone, user.email, remember="y")
    phone_remember = phone.get_cookie("remember_token").value
    response = laptop.post(
        "/auth/password",
        data={
            "current": PASSWORD,
            "password": "a new long passphrase 42",
            "confirm": "a new long passphrase 42",
        },
    )
    assert response.status_code == 302
    assert laptop.get("/nominations/").status_code == 200  # this device stays signed in
    assert phone.get("/nominations/").status_code == 302
    phone.delete_cookie("session")
    phone.set_cookie("remember_token", phone_remember)
    assert phone.get("/nominations/").status_code == 302


def test_reset_link_works_once_expires_and_signs_out_other_sessions(app, client, make_user):
    user = make_user()
    other = app.test_client()
    login(other, user.email)
    client.post("/auth/forgot", data={"email": user.email})
    link = link_in(messages_to(user.email)[-1].body_text, "/auth/reset/")
    new = "another long passphrase 7"
    assert client.post(link, data={"password": new, "confirm": new}).status_code == 302
    assert login(client, user.email, new).status_code == 302
    assert other.get("/nominations/").status_code == 302
    reused = app.test_client().post(
        link, data={"password": "third passphrase 99", "confirm": "third passphrase 99"}
    )
    assert reused.status_code == 400 and b"already been used" in reused.data
    # An expired link is refused too.
    app.config["RESET_TOKEN_MAX_AGE"] = -1
    client.post("/auth/forgot", data={"email": user.email})
    link = link_in(messages_to(user.email)[-1].body_text, "/auth/reset/")
    assert b"expired" in app.test_client().get(link).data


def test_verification_token_is_refused_as_reset_token(app, client, make_user):
    from award.operations.accounts import VERIFY
    from award.security import password_fingerprint, sign

    user = make_user()
    token = sign(VERIFY, {"uid": user.id, "fp": password_fingerprint(user.password_hash)})
    response = client.post(f"/auth/reset/{token}", data={"password": "x" * 20, "confirm": "x" * 20})
    assert response.status_code == 400
    db.session.refresh(user)
    assert login(client, user.email).status_code == 302  # the old password still works


def test_forgot_password_answers_the_same_for_unknown_and_known(client, make_user):
    user = make_user()
    known = client.post("/auth/forgot", data={"email": user.email})
    unknown = client.post("/auth/forgot", data={"email": "nobody@example.org"})
    assert _strip_csrf(known.data).replace(user.email.encode(), b"X") == _strip_csrf(
        unknown.data
    ).replace(b"nobody@example.org", b"X")
    assert len(messages_to(user.email)) == 1 and messages_to("nobody@example.org") == []


@pytest.mark.parametrize(
    "target",
    [
        "//evil.com",
        "/\\evil.com",
        "https://evil.com",
        "javascript:alert(1)",
        "%2F%2Fevil.com",
        "\\/\\/evil.com",
        "https://elsewhere.example",
    ],
)
def test_next_never_leaves_the_site(client, make_user, target):
    user = make_user()
    response = client.post(
        f"/auth/login?next={target}", data={"email": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/nominations/"


def test_next_to_a_page_of_this_site_is_followed(client, make_user):
    user = make_user()
    response = client.post(
        "/auth/login?next=/calls/x", data={"email": user.email, "password": PASSWORD}
    )
    assert response.headers["Location"] == "/calls/x"


def test_disabled_account_loses_access_on_the_next_request(client, make_user):
    user = make_user()
    login(client, user.email)
    assert client.get("/nominations/").status_code == 200
    user.active = False
    db.session.commit()
    assert client.get("/nominations/").status_code == 302


def test_password_change_needs_a_fresh_sign_in(app, client, make_user):
    user = make_user()
    login(client, user.email, remember="y")
    # A session restored from the remember-me cookie is not fresh.
    client.delete_cookie("session")
    assert client.get("/nominations/").status_code == 200
    response = client.get("/auth/password")
    assert response.status_code == 302 and "/auth/reauthenticate" in response.headers["Location"]
    # A fresh sign-in that is too old is not fresh either.
    login_client = app.test_client()
    login(login_client, user.email)
    with login_client.session_transaction() as session:
        session["auth_at"] -= 3600
    assert "/auth/reauthenticate" in login_client.get("/auth/password").headers["Location"]
    response = login_client.post(
        "/auth/reauthenticate?next=/auth/password", data={"password": PASSWORD}
    )
    assert response.headers["Location"] == "/auth/password"
    assert login_client.get("/auth/password").status_code == 200


@pytest.mark.parametrize(
    "password,accepted",
    [
        ("short1", False),
        ("password1", False),
        ("iloveyou", False),
        ("qwertyuiop", False),
        ("x" * 64, True),
        ("ünïcødé 🌍 passphrase with spaces & symbols <>\"'", True),
    ],
)
def test_password_rules(client, password, accepted):
    response = register(client, email="p@example.org", password=password)
    created = db.session.scalar(sa.select(User).where(User.email == "p@example.org")) is not None
    assert created is accepted, response.data


def test_hash_is_argon2id_and_old_parameters_are_upgraded_on_sign_in(client, make_user):
    user = make_user()
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    user.password_hash = weak
    db.session.commit()
    assert login(client, user.email).status_code == 302
    db.session.refresh(user)
    assert user.password_hash.startswith("$argon2id$")
    assert user.password_hash != weak and "m=19456" in user.password_hash


def test_nominator_opening_a_secretariat_page_gets_403(client, make_user):
    user = make_user()
    login(client, user.email)
    assert client.get("/secretariat/").status_code == 403
    assert client.get("/secretariat/outbox").status_code == 403


def test_signed_out_visitor_is_sent_to_sign_in(client):
    response = client.get("/secretariat/")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_logout_by_get_changes_nothing(client, make_user):
    user = make_user()
    login(client, user.email)
    assert client.get("/auth/logout").status_code == 200
    assert client.get("/nominations/").status_code == 200


def test_reset_link_ignores_a_forged_host_header(make_app, make_user):
    # A forged Host drops the session cookie, so CSRF is off here: the link is what is tested.
    app = make_app(WTF_CSRF_ENABLED=False)
    user = make_user()
    response = app.test_client().post(
        "/auth/forgot", data={"email": user.email}, headers={"Host": "evil.example"}
    )
    assert response.status_code == 200
    body = messages_to(user.email)[-1].body_text
    assert "evil.example" not in body
    assert "http://localhost/auth/reset/" in body  # PUBLIC_URL in the tests
