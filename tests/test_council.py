"""The Council: invitations (RELIABILITY.md line 12), accepting one, the reviewer's profile, the
secretariat's Council page, and a removed member losing access at once (line 9)."""

import hashlib
from contextlib import contextmanager
from datetime import timedelta

import pytest
import sqlalchemy as sa

from award.database import utcnow
from award.errors import DomainError, StateConflict
from award.extensions import db
from award.models import (
    AuditEvent,
    Invitation,
    MemberStatus,
    OutboxMessage,
    Role,
    RoundReviewer,
    Side,
    User,
)
from award.operations import council
from award.security import verify_password
from tests.conftest import PASSWORD, link_in, login

INVITE_PATH = "/auth/invitation/"


@pytest.fixture
def secretariat(make_user):
    return make_user("sec@example.org", roles=(Role.SECRETARIAT,), name="Helena Marchetti")


@pytest.fixture
def as_secretariat(secretariat, auth):
    auth.login(secretariat)
    return secretariat


@pytest.fixture
def round_(make_round):
    return make_round(name="Health Worker Migration Award 2026")


@pytest.fixture
def browser_of(app):
    """A second browser: the invitee's, apart from the secretariat's session."""
    return app.test_client()


def invite(client, round_, email="ana@example.org", name="Ana Lima"):
    return client.post(
        f"/secretariat/rounds/{round_.id}/council/invite", data={"name": name, "email": email}
    )


def invitation_mails(email="ana@example.org") -> list[OutboxMessage]:
    return db.session.scalars(
        sa.select(OutboxMessage)
        .where(OutboxMessage.kind == "council_invitation", OutboxMessage.to_email == email)
        .order_by(OutboxMessage.id)
    ).all()


def latest_link(email="ana@example.org") -> str:
    return link_in(invitation_mails(email)[-1].body_text, INVITE_PATH)


def the_invitation(email="ana@example.org") -> Invitation:
    return db.session.scalars(
        sa.select(Invitation).where(Invitation.email == email).order_by(Invitation.id.desc())
    ).first()


def profile_data(**extra) -> dict:
    return {
        "name": "Ana Lima",
        "password": PASSWORD,
        "confirm": PASSWORD,
        "language": "pt",
        "timezone": "America/Sao_Paulo",
        "organisation": "Conselho Federal de Enfermagem",
        "country": "BR",
        "side": "sending",
        "expertise": ["ethical-recruitment", "nursing"],
        "languages": ["pt", "en"],
        "load_cap": "8",
        **extra,
    }


def member_of(round_, user) -> RoundReviewer | None:
    return db.session.scalar(
        sa.select(RoundReviewer).where(
            RoundReviewer.round_id == round_.id, RoundReviewer.user_id == user.id
        )
    )


def find(email) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == email))


@contextmanager
def counting_queries():
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", count)


# --- inviting ------------------------------------------------------------------------------------


def test_invitation_emails_a_link_whose_token_is_stored_only_as_its_hash(
    client, round_, as_secretariat
):
    assert invite(client, round_, email="Ana@Example.org").status_code == 302
    (mail,) = invitation_mails()
    assert mail.subject == "Invitation to review for Health Worker Migration Award 2026"
    assert "Helena Marchetti" in mail.body_text and "Dear Ana Lima" in mail.body_text
    token = latest_link().removeprefix(INVITE_PATH)
    assert len(token) >= 40

    invitation = the_invitation()
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert invitation.expires_at - invitation.created_at == timedelta(days=14)
    assert invitation.sent_count == 1 and invitation.invited_by_id == as_secretariat.id
    # Neither the invitation nor the audit log holds the raw token (only the e-mail does).
    rows = db.session.execute(sa.select(Invitation.__table__)).all()
    rows += db.session.execute(sa.select(AuditEvent.__table__)).all()
    assert token not in repr(rows)
    assert db.session.scalar(
        sa.select(AuditEvent).where(AuditEvent.action == "council.invited")
    ).data == {"email": "ana@example.org"}


def test_a_second_open_invitation_for_the_same_person_is_refused(client, round_, as_secretariat):
    invite(client, round_)
    response = invite(client, round_, email="ANA@example.org")
    assert response.status_code == 409
    assert b"already has an invitation to this round that is waiting" in response.data
    assert len(invitation_mails()) == 1
    # Once the first is revoked, a fresh invitation may be sent.
    client.post(f"/secretariat/invitations/{the_invitation().id}/revoke")
    assert invite(client, round_).status_code == 302
    assert len(invitation_mails()) == 2


def test_an_invalid_invite_form_shows_the_errors(client, round_, as_secretariat):
    response = invite(client, round_, email="not-an-address", name="")
    assert response.status_code == 400
    assert b"Give a valid e-mail address." in response.data
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Invitation)) == 0


def test_an_active_member_cannot_be_invited_again(app, round_, secretariat, make_user):
    member = make_user("rev@example.org", roles=(Role.REVIEWER,))
    db.session.add(RoundReviewer(round_id=round_.id, user_id=member.id))
    db.session.commit()
    with pytest.raises(StateConflict, match="already a member"):
        council.invite(round_, "rev@example.org", "Rev", secretariat, utcnow())


# --- accepting -----------------------------------------------------------------------------------


def test_accepting_creates_a_reviewer_who_is_signed_in_and_the_link_works_once(
    client, browser_of, round_, as_secretariat
):
    invite(client, round_)
    link = latest_link()
    page = browser_of.get(link)
    assert page.status_code == 200
    assert b"Helena Marchetti" in page.data and b"Health Worker Migration Award 2026" in page.data

    response = browser_of.post(link, data=profile_data())
    assert response.status_code == 302 and response.location.endswith("/review/profile")
    assert browser_of.get("/review/profile").status_code == 200  # signed in as the reviewer

    user = find("ana@example.org")
    assert user.has_role(Role.REVIEWER) and not user.has_role(Role.NOMINATOR)
    assert user.email_verified_at is not None and verify_password(user.password_hash, PASSWORD)
    assert (user.language, user.timezone) == ("pt", "America/Sao_Paulo")
    assert (user.country, user.side, user.organisation) == (
        "BR",
        Side.SENDING,
        "Conselho Federal de Enfermagem",
    )
    assert sorted(e.tag for e in user.expertise) == ["ethical-recruitment", "nursing"]
    assert sorted(lang.language for lang in user.languages) == ["en", "pt"]
    member = member_of(round_, user)
    assert member.status == MemberStatus.ACTIVE and member.load_cap == 8
    invitation = the_invitation()
    assert invitation.accepted_at is not None and invitation.user_id == user.id

    # The link is single-use: a second visit, or a second POST, gets the clear page (in the
    # language the new member chose: Portuguese).
    from tests.test_languages import translate

    heading = translate("pt", "This invitation is no longer valid").encode()
    used = "It has already been used. Sign in with your e-mail address and password instead."
    for again in (browser_of.get(link), browser_of.post(link, data=profile_data(name="Eve"))):
        assert again.status_code == 400
        assert heading in again.data
        assert translate("pt", used).encode() in again.data  # the reason too, now
    assert db.session.scalar(sa.select(sa.func.count()).select_from(User)) == 2
    assert login(client, "ana@example.org").status_code == 302


def test_an_expired_invitation_gives_the_no_longer_valid_page(
    client, browser_of, round_, as_secretariat
):
    invite(client, round_)
    link = latest_link()
    invitation = the_invitation()
    invitation.expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    for response in (browser_of.get(link), browser_of.post(link, data=profile_data())):
        assert response.status_code == 400
        assert b"This invitation is no longer valid" in response.data
        assert b"It has expired" in response.data and b"Ask the award secretariat" in response.data
    assert find("ana@example.org") is None


def test_a_revoked_invitation_gives_the_no_longer_valid_page(
    client, browser_of, round_, as_secretariat
):
    invite(client, round_)
    link = latest_link()
    response = client.post(f"/secretariat/invitations/{the_invitation().id}/revoke")
    assert response.status_code == 302
    assert the_invitation().revoked_at is not None
    page = browser_of.get(link)
    assert page.status_code == 400
    assert b"This invitation is no longer valid" in page.data and b"withdrawn" in page.data
    assert browser_of.post(link, data=profile_data()).status_code == 400
    assert find("ana@example.org") is None
    # Revoking twice changes nothing; resending a revoked invitation is refused.
    assert client.post(f"/secretariat/invitations/{the_invitation().id}/revoke").status_code == 302
    client.post(f"/secretariat/invitations/{the_invitation().id}/resend")
    assert len(invitation_mails()) == 1


def test_an_unknown_or_truncated_token_gives_the_no_longer_valid_page(
    client, browser_of, round_, as_secretariat
):
    invite(client, round_)
    response = browser_of.get(latest_link()[:-3])
    assert response.status_code == 400 and b"This invitation is no longer valid" in response.data


def test_resend_makes_the_old_link_stop_working_and_the_new_one_work(
    client, browser_of, round_, as_secretariat
):
    invite(client, round_)
    old_link = latest_link()
    invitation = the_invitation()
    invitation.expires_at = utcnow() + timedelta(days=1)  # nearly run out
    db.session.commit()

    assert client.post(f"/secretariat/invitations/{invitation.id}/resend").status_code == 302
    first, second = invitation_mails()
    assert first.dedup_key != second.dedup_key
    new_link = latest_link()
    assert new_link != old_link
    db.session.refresh(invitation)
    assert invitation.sent_count == 2
    assert invitation.expires_at > utcnow() + timedelta(days=13)

    assert browser_of.get(old_link).status_code == 400
    assert browser_of.post(old_link, data=profile_data()).status_code == 400
    assert browser_of.get(new_link).status_code == 200
    assert browser_of.post(new_link, data=profile_data()).status_code == 302


def test_an_expired_invitation_can_be_resent(client, browser_of, round_, as_secretariat):
    invite(client, round_)
    invitation = the_invitation()
    invitation.expires_at = utcnow() - timedelta(days=1)
    db.session.commit()
    client.post(f"/secretariat/invitations/{invitation.id}/resend")
    assert browser_of.post(latest_link(), data=profile_data()).status_code == 302


def test_an_existing_account_keeps_its_password_and_gains_the_reviewer_role(
    client, browser_of, round_, as_secretariat, make_user
):
    nominator = make_user("ana@example.org", name="Ana Lima", verified=False)
    old_hash = nominator.password_hash
    invite(client, round_)
    assert "You already have an account" in invitation_mails()[-1].body_text
    link = latest_link()
    page = browser_of.get(link)
    assert page.status_code == 200
    assert b'name="password"' not in page.data and b"You already have an account" in page.data

    data = profile_data(password="", confirm="", language="", timezone="")
    response = browser_of.post(link, data=data)
    assert response.status_code == 302
    assert browser_of.get("/review/").status_code == 200

    db.session.refresh(nominator)
    assert nominator.password_hash == old_hash
    assert nominator.has_role(Role.REVIEWER) and nominator.has_role(Role.NOMINATOR)
    assert nominator.email_verified_at is not None  # the link proved the mailbox
    assert (nominator.language, nominator.timezone) == ("en", "UTC")  # kept, not overwritten
    assert member_of(round_, nominator).status == MemberStatus.ACTIVE
    assert db.session.scalar(sa.select(sa.func.count()).select_from(User)) == 2
    assert login(client, "ana@example.org", PASSWORD).status_code == 302


def test_accepting_with_a_bad_password_or_profile_keeps_the_link_usable(
    client, browser_of, round_, as_secretariat
):
    invite(client, round_)
    link = latest_link()
    response = browser_of.post(link, data=profile_data(password="short", confirm="short"))
    assert response.status_code == 400 and b"Use at least 8 characters" in response.data
    response = browser_of.post(link, data=profile_data(country="XX", side=""))
    assert response.status_code == 400
    assert b"that country code is not known" in response.data
    assert b"Say whether you speak for" in response.data
    assert find("ana@example.org") is None and the_invitation().accepted_at is None
    assert browser_of.post(link, data=profile_data()).status_code == 302


def test_accept_in_the_operation_is_single_use(app, round_, secretariat):
    now = utcnow()
    invitation, token = council.invite(round_, "ana@example.org", "Ana", secretariat, now)
    values = {k: v for k, v in profile_data().items() if k not in {"password", "confirm"}}
    values["load_cap"] = 3
    user = council.accept(token, PASSWORD, now=now, **values)
    assert user.has_role(Role.REVIEWER)
    with pytest.raises(council.InvitationInvalid, match="already been used"):
        council.accept(token, PASSWORD, now=now, **values)
    # Revoking an accepted invitation is refused: the member is removed instead.
    with pytest.raises(StateConflict, match="remove the member"):
        council.revoke(invitation, secretariat, now)


# --- the profile ---------------------------------------------------------------------------------


@pytest.fixture
def reviewer(app, round_, secretariat):
    """A Council member who accepted an invitation, signed in on `client`."""
    now = utcnow()
    _, token = council.invite(round_, "rev@example.org", "Rui Costa", secretariat, now)
    values = profile_data(name="Rui Costa", expertise=["nursing"], languages=["en"], language="en")
    for key in ("password", "confirm", "load_cap"):
        values.pop(key)
    user = council.accept(token, PASSWORD, load_cap=None, now=now, **values)
    db.session.commit()
    return user


def test_the_profile_saves_side_expertise_languages_and_load_cap(client, auth, round_, reviewer):
    auth.login(reviewer)
    page = client.get("/review/profile")
    assert page.status_code == 200 and f'name="load_cap_{round_.id}"'.encode() in page.data
    response = client.post(
        "/review/profile",
        data={
            "name": "Rui Costa",
            "organisation": "Ordem dos Enfermeiros",
            "country": "PT",
            "side": "receiving",
            "expertise": ["retention-return", "digital health"],
            "languages": ["pt", "es"],
            f"load_cap_{round_.id}": "4",
        },
    )
    assert response.status_code == 302
    db.session.refresh(reviewer)
    assert (reviewer.country, reviewer.side) == ("PT", Side.RECEIVING)
    assert sorted(e.tag for e in reviewer.expertise) == ["digital health", "retention-return"]
    assert sorted(lang.language for lang in reviewer.languages) == ["es", "pt"]
    assert member_of(round_, reviewer).load_cap == 4
    assert b"Your profile is saved." in client.get("/review/profile").data


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("country", "XX", b"that country code is not known"),
        ("expertise", ["nursing", "astrology"], "“astrology” is not one of".encode()),
        ("languages", ["xx"], b"Choose languages from the list."),
        ("side", "both", b"Say whether you speak for"),
        ("load_cap", "99", b"reads at most 12 nominations"),
        ("load_cap", "-1", b"Give a number of 0 or more."),
        ("name", "x" * 201, b"longer than 200 characters"),
    ],
)
def test_the_profile_refuses_unknown_values_with_a_clear_message(
    client, auth, round_, reviewer, field, value, message
):
    auth.login(reviewer)
    data = {
        "name": "Rui Costa",
        "country": "PT",
        "side": "neither",
        "expertise": ["nursing"],
        "languages": ["en"],
    }
    data[f"load_cap_{round_.id}" if field == "load_cap" else field] = value
    response = client.post("/review/profile", data=data)
    assert response.status_code == 400
    assert message in response.data
    db.session.refresh(reviewer)
    assert reviewer.country == "BR" and [e.tag for e in reviewer.expertise] == ["nursing"]
    assert member_of(round_, reviewer).load_cap is None


def test_the_profile_is_for_reviewers_only(client, auth, make_user):
    assert client.get("/review/profile").status_code == 302
    auth.login(make_user("nom@example.org"))
    assert client.get("/review/profile").status_code == 403
    assert client.post("/review/profile", data={"name": "x"}).status_code == 403


def test_update_profile_refuses_a_round_the_user_is_not_in(app, make_round, reviewer):
    other = make_round()
    with pytest.raises(DomainError, match="not a member"):
        council.update_profile(reviewer, other, "", "BR", "sending", [], ["en"], 3, actor=reviewer)


# --- removal -------------------------------------------------------------------------------------


def test_a_removed_member_loses_access_on_the_very_next_request(
    client, browser_of, round_, as_secretariat, reviewer
):
    login(browser_of, reviewer.email)
    assert browser_of.get("/review/").status_code == 200
    url = f"/secretariat/rounds/{round_.id}/council/{reviewer.id}/remove"
    assert client.post(url).status_code == 302

    assert browser_of.get("/review/").status_code == 403
    assert browser_of.get("/review/profile").status_code == 403
    db.session.refresh(reviewer)
    assert not reviewer.has_role(Role.REVIEWER)
    assert member_of(round_, reviewer).status == MemberStatus.REMOVED
    page = client.get(f"/secretariat/rounds/{round_.id}/council")
    assert b"removed" in page.data
    assert client.post(url).status_code == 302  # removing again changes nothing


def test_a_member_removed_from_one_round_keeps_reviewing_in_another(
    app, make_round, round_, secretariat, reviewer
):
    other = make_round()
    db.session.add(RoundReviewer(round_id=other.id, user_id=reviewer.id))
    db.session.commit()
    assert council.remove_member(round_, reviewer, secretariat) is True
    assert reviewer.has_role(Role.REVIEWER)
    assert council.remove_member(other, reviewer, secretariat) is True
    assert not reviewer.has_role(Role.REVIEWER)


def test_a_removed_member_can_be_invited_back(client, browser_of, round_, as_secretariat, reviewer):
    client.post(f"/secretariat/rounds/{round_.id}/council/{reviewer.id}/remove")
    invite(client, round_, email=reviewer.email, name=reviewer.name)
    response = browser_of.post(
        latest_link(reviewer.email), data=profile_data(password="", confirm="", name="Rui Costa")
    )
    assert response.status_code == 302
    db.session.refresh(reviewer)
    assert reviewer.has_role(Role.REVIEWER)
    assert member_of(round_, reviewer).status == MemberStatus.ACTIVE


# --- the secretariat's page and who may use it ---------------------------------------------------


def test_the_council_page_lists_members_and_invitations(client, round_, as_secretariat, reviewer):
    invite(client, round_, email="pending@example.org", name="Pending Person")
    page = client.get(f"/secretariat/rounds/{round_.id}/council")
    assert page.status_code == 200
    text = page.data.decode()
    for expected in ("Rui Costa", "Brazil", "Sending", "Nursing", "pending@example.org"):
        assert expected in text
    assert "accepted" in text and "pending" in text and "Resend" in text and "Revoke" in text


def test_the_member_list_takes_a_constant_number_of_queries(
    client, round_, as_secretariat, make_user
):
    def add_members(n):
        for _ in range(n):
            user = make_user(roles=(Role.REVIEWER,), country="GH", side=Side.SENDING)
            db.session.add(RoundReviewer(round_id=round_.id, user_id=user.id))
            db.session.commit()

    def queries() -> int:
        with counting_queries() as statements:
            assert client.get(f"/secretariat/rounds/{round_.id}/council").status_code == 200
        return len(statements)

    add_members(2)
    few = queries()
    add_members(6)
    assert queries() == few


def test_names_are_escaped_on_the_council_page(client, round_, as_secretariat):
    script = '<script>alert("x")</script>'
    invite(client, round_, email="x@example.org", name=script)
    page = client.get(f"/secretariat/rounds/{round_.id}/council")
    assert script.encode() not in page.data
    assert b"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.data


def test_nominators_and_visitors_cannot_use_the_council_pages(
    client, round_, secretariat, make_user, auth
):
    invitation, _ = council.invite(round_, "ana@example.org", "Ana", secretariat, utcnow())
    member = make_user("rev@example.org", roles=(Role.REVIEWER,))
    db.session.add(RoundReviewer(round_id=round_.id, user_id=member.id))
    db.session.commit()
    page = f"/secretariat/rounds/{round_.id}/council"
    posts = [
        (f"{page}/invite", {"name": "Eve", "email": "eve@example.org"}),
        (f"/secretariat/invitations/{invitation.id}/resend", {}),
        (f"/secretariat/invitations/{invitation.id}/revoke", {}),
        (f"{page}/{member.id}/remove", {}),
    ]
    # Signed out: sent to the sign-in page.
    assert client.get(page).status_code == 302
    for url, data in posts:
        assert client.post(url, data=data).status_code == 302
    # A nominator or a reviewer: forbidden.
    for role in (Role.NOMINATOR, Role.REVIEWER):
        auth.login(make_user(roles=(role,)))
        assert client.get(page).status_code == 403
        for url, data in posts:
            assert client.post(url, data=data).status_code == 403
        auth.logout()
    # A GET to a state-changing endpoint is not allowed at all.
    auth.login(secretariat)
    for url, _ in posts:
        assert client.get(url).status_code == 405
    # Nothing changed.
    db.session.refresh(invitation)
    assert invitation.sent_count == 1 and invitation.revoked_at is None
    assert member_of(round_, member).status == MemberStatus.ACTIVE
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Invitation)) == 1


def test_the_buttons_need_a_csrf_token(client, round_, as_secretariat, secretariat):
    invitation, _ = council.invite(round_, "ana@example.org", "Ana", secretariat, utcnow())
    db.session.commit()
    response = client.post(f"/secretariat/invitations/{invitation.id}/revoke", csrf=False)
    assert response.status_code == 400
    db.session.refresh(invitation)
    assert invitation.revoked_at is None


def test_unknown_rounds_invitations_and_members_are_not_found(client, round_, as_secretariat):
    assert client.get("/secretariat/rounds/999/council").status_code == 404
    assert client.post("/secretariat/invitations/999/resend").status_code == 404
    assert client.post(f"/secretariat/rounds/{round_.id}/council/999/remove").status_code == 404


@pytest.mark.parametrize(
    "odd",
    [
        {"name": "Ana\x00 Lima\x07"},
        {"organisation": "x" * 5000},
        {"expertise": ["y" * 10_000]},
        {"languages": ["\x00"]},
        {"country": "\u202eBR"},
        {"load_cap": "9" * 40},
        {"side": "\ufeff"},
    ],
)
def test_odd_input_on_the_acceptance_form_never_breaks_it(
    client, browser_of, round_, as_secretariat, odd
):
    invite(client, round_, name="Ana\x01 <b>Lima</b>\u200b")
    response = browser_of.post(latest_link(), data=profile_data(**odd))
    assert response.status_code in {302, 400}
    if response.status_code == 302:  # only the control characters were dropped
        assert find("ana@example.org").name == "Ana Lima"
