"""A round's own wording of its e-mails: written per language in the browser, checked when saved,
previewed with sample values, restored to the default, and used by the real outbox, with its
placeholders filled as plain text and never evaluated."""

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from award.database import utcnow
from award.extensions import db
from award.mail import render_email
from award.models import AuditEvent, EmailText, Nomination, NominationStatus, OutboxMessage, Role
from award.operations import email_texts, reminders, screening
from tests.conftest import PASSWORD, check_page
from tests.test_languages import translate

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "emails"
ACCOUNT_EMAILS = {"account_exists", "password_changed", "reset_password", "verify_email"}
receipts = iter(range(1, 10_000))


@pytest.fixture
def secretary(make_user, auth):
    user = make_user("sec@award.example", roles=(Role.SECRETARIAT,))
    auth.login(user)
    return user


def nomination(round_, nominator, status=NominationStatus.SUBMITTED, **fields) -> Nomination:
    n = next(receipts)
    item = Nomination(
        round=round_,
        nominator=nominator,
        status=status,
        title=fields.pop("title", f"Practice {n}"),
        category=round_.categories[0],
        country="GH",
        receipt_number=f"HWM-2026-{n:05d}" if status != NominationStatus.DRAFT else None,
        submitted_at=utcnow() if status != NominationStatus.DRAFT else None,
        **fields,
    )
    db.session.add(item)
    db.session.commit()
    return item


def mails(kind: str) -> list[OutboxMessage]:
    db.session.commit()
    return db.session.scalars(
        sa.select(OutboxMessage).where(OutboxMessage.kind == kind).order_by(OutboxMessage.id)
    ).all()


def url(round_, kind="screening_eligible", language="en") -> str:
    return f"/secretariat/rounds/{round_.id}/emails/{kind}/{language}"


def save(client, round_, subject, body, kind="screening_eligible", language="en"):
    return client.post(
        url(round_, kind, language), data={"subject": subject, "body": body, "save": "y"}
    )


def saved_texts() -> list[EmailText]:
    db.session.commit()
    return db.session.scalars(sa.select(EmailText)).all()


# --- the registry -------------------------------------------------------------------------------


def test_every_email_a_round_sends_can_be_reworded():
    round_emails = {p.stem for p in TEMPLATES.glob("*.txt")} - ACCOUNT_EMAILS
    assert set(email_texts.KINDS) == round_emails
    for kind in email_texts.KINDS.values():
        assert (TEMPLATES / f"{kind.kind}.txt").exists()
        assert set(kind.required) <= set(kind.names)
        assert {"recipient_name", "round"} <= set(kind.names)
        assert all(p.description for p in kind.placeholders)


@pytest.mark.parametrize("language", email_texts.LANGUAGES)
def test_every_email_previews_with_its_default_and_with_every_placeholder(
    app, make_round, language
):
    round_ = make_round()
    for kind in email_texts.KINDS.values():
        sample = email_texts.sample_context(kind.kind, round_)
        subject, body = render_email(kind.kind, language, **sample)
        assert subject and "Maria Santos" in body
        everything = " ".join(f"{n}=[{{{n}}}]" for n in kind.names)
        subject, body = render_email(kind.kind, language, (kind.title, everything), **sample)
        assert subject == kind.title
        assert "{" not in body and "round=[" + round_.name + "]" in body, kind.kind


# --- the real e-mails ---------------------------------------------------------------------------


def test_an_override_changes_the_queued_email_of_its_round_and_language_only(
    client, make_round, make_user, secretary
):
    round_, other_round = make_round(name="Award 2026"), make_round(name="Award 2027")
    english = make_user("en@example.org", name="Kofi Mensah", language="en")
    french = make_user("fr@example.org", name="Aminata Diallo", language="fr")
    response = save(
        client,
        round_,
        "Good news about {title}",
        "Hello {recipient_name},\n\n{title} ({receipt_number}) goes on in {round}.\n{link}",
    )
    assert response.status_code == 302
    ours = nomination(round_, english, title="Nurse return scheme")
    theirs = nomination(round_, french, title="Pacte de recrutement")
    elsewhere = nomination(other_round, english, title="Diaspora bridge")
    for n in (ours, theirs, elsewhere):
        screening.mark_eligible(n, secretary)
    db.session.commit()

    own, french_mail, other_mail = mails("screening_eligible")
    assert own.subject == "Good news about Nurse return scheme"
    assert own.body_text == (
        f"Hello Kofi Mensah,\n\nNurse return scheme ({ours.receipt_number}) goes on in Award 2026."
        "\nhttp://localhost/nominations/\n"
    )
    for message, item in ((french_mail, theirs), (other_mail, elsewhere)):
        context = screening._email_context(item) | {
            "reason": "",
            "recipient_name": item.nominator.name,
        }
        default = render_email("screening_eligible", message.language, **context)
        assert (message.subject, message.body_text) == default
        assert "Good news" not in message.subject


def test_placeholders_are_filled_with_dates_in_the_recipients_time_zone(
    client, make_round, make_user, secretary
):
    closes = datetime(2030, 3, 31, 15, 0, tzinfo=UTC)
    round_ = make_round(name="Award 2030", closes=closes)
    person = make_user("tokyo@example.org", name="Yuki Tanaka", timezone="Asia/Tokyo")
    draft = nomination(round_, person, status=NominationStatus.DRAFT, title="Return fellowship")
    response = save(
        client,
        round_,
        "{round}: submit by {deadline}",
        "Dear {recipient_name},\n\nStill drafts:\n{nominations}\n",
        kind="reminder_nominator",
    )
    assert response.status_code == 302
    assert reminders.send_due_reminders(closes - timedelta(hours=20)) == 1
    (message,) = mails("reminder_nominator")
    assert message.subject == "Award 2030: submit by 1 April 2030, 00:00 JST"
    assert message.body_text == (
        "Dear Yuki Tanaka,\n\nStill drafts:\n  - Return fellowship\n"
        f"    http://localhost/nominations/{draft.id}/edit\n"
    )


def test_a_text_written_around_the_check_is_still_never_evaluated(app, make_round, make_user):
    round_ = make_round()
    person = make_user(name="Kofi Mensah")
    db.session.add(
        EmailText(
            round_id=round_.id,
            kind="screening_eligible",
            language="en",
            subject="{round.__class__} {0}",
            body="{{ config }} {config.SECRET_KEY} {round.__init__.__globals__} {title}\n",
        )
    )
    db.session.commit()
    screening.mark_eligible(nomination(round_, person, title="A {link} in a title"), person)
    (message,) = mails("screening_eligible")
    assert message.subject == "{round.__class__} {0}"
    assert message.body_text == (
        "{{ config }} {config.SECRET_KEY} {round.__init__.__globals__} A {link} in a title\n"
    )
    assert app.config["SECRET_KEY"] not in message.body_text


# --- the check when saving ----------------------------------------------------------------------

GOOD_BODY = "Dear {recipient_name}, see {title}."


@pytest.mark.parametrize(
    ("subject", "body", "message"),
    [
        (
            "About {title}",
            "Dear {name}, see {title}.",
            "{name} is not a placeholder of this e-mail",
        ),
        ("About {title", GOOD_BODY, "A “{” is not part of a placeholder"),
        ("About title}", GOOD_BODY, "A “}” is not part of a placeholder"),
        ("   ", GOOD_BODY, "The subject is empty."),
        ("About it", "Dear {recipient_name}.", "{title} is missing"),
        ("{round.__class__}", GOOD_BODY, "{round.__class__} is not a placeholder"),
        ("About {0}", GOOD_BODY, "{0} is not a placeholder"),
        ("About {title}", "{{ config }} {title}", "{ config } is not a placeholder"),
        ("About {title}", "{% for x in y %}{title}", "{% for x in y %} is not a placeholder"),
    ],
)
def test_a_bad_text_is_refused_with_a_message_naming_it_and_nothing_is_saved(
    client, make_round, secretary, subject, body, message
):
    round_ = make_round()
    response = save(client, round_, subject, body)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert message.replace("“", "&#8220;") in page or message in page
    assert body in page.replace("&#39;", "'").replace("&amp;", "&")  # what was typed is kept
    assert saved_texts() == []
    assert (
        db.session.scalar(
            sa.select(sa.func.count(AuditEvent.id)).where(AuditEvent.action == "email_text.saved")
        )
        == 0
    )


def test_the_invitation_must_keep_its_link(client, make_round, secretary):
    round_ = make_round()
    response = save(client, round_, "Join us", "Dear {recipient_name}, join.", "council_invitation")
    assert (
        "{link} is missing, and this e-mail needs it: the link that accepts"
        in response.get_data(as_text=True)
    )
    assert saved_texts() == []


def test_a_list_placeholder_stays_out_of_the_subject(client, make_round, secretary):
    round_ = make_round()
    response = save(client, round_, "{nominations}", "{nominations}", "reminder_reviewer")
    assert "{nominations} spreads over several lines" in response.get_data(as_text=True)
    assert saved_texts() == []


# --- saving, previewing, restoring --------------------------------------------------------------


def test_save_then_restore_the_default_both_audited(client, make_round, secretary):
    round_ = make_round()
    assert save(client, round_, "About {title}", "Body {title}\r\nline two").status_code == 302
    (text,) = saved_texts()
    assert (text.subject, text.body, text.updated_by_id) == (
        "About {title}",
        "Body {title}\nline two\n",
        secretary.id,
    )
    listing = client.get(f"/secretariat/rounds/{round_.id}/emails").get_data(as_text=True)
    assert 'English: own text<span class="visually-hidden"> (Screening: eligible)' in listing
    page = client.get(url(round_)).get_data(as_text=True)
    assert "uses its own text" in page and "Preview of this text" in page

    response = client.post(url(round_) + "/restore", follow_redirects=True)
    assert "back to the default text" in response.get_data(as_text=True)
    assert saved_texts() == []
    actions = db.session.scalars(
        sa.select(AuditEvent.action).where(AuditEvent.round_id == round_.id).order_by(AuditEvent.id)
    ).all()
    assert actions == ["email_text.saved", "email_text.restored"]
    assert "Preview of the default text" in client.get(url(round_)).get_data(as_text=True)


def test_preview_shows_the_default_or_the_typed_text_with_samples_and_saves_nothing(
    client, make_round, secretary
):
    round_ = make_round(name="Award 2026")
    page = client.get(url(round_, "winner", "en")).get_data(as_text=True)
    assert "Preview of the default text" in page
    assert "Congratulations: Fair recruitment compact for nurses wins in Award 2026" in page

    response = client.post(
        url(round_, "winner", "en"),
        data={"subject": "{title}: {distinction}", "body": "{citation}\n{title}", "preview": "y"},
    )
    page = response.get_data(as_text=True)
    assert "Preview of this text" in page
    assert "Fair recruitment compact for nurses: winner" in page
    assert "For a practice that others can copy." in page
    assert saved_texts() == []

    bad = client.post(
        url(round_, "winner", "en"), data={"subject": "{oops}", "body": "{title}", "preview": "y"}
    ).get_data(as_text=True)
    assert "{oops} is not a placeholder of this e-mail" in bad and "Preview of" not in bad


def test_an_unknown_email_or_language_is_404(client, make_round, secretary):
    round_ = make_round()
    assert client.get(url(round_, "reset_password")).status_code == 404
    assert client.get(url(round_, "winner", "de")).status_code == 404


@pytest.mark.parametrize("role", [Role.REVIEWER, Role.NOMINATOR])
def test_reviewers_and_nominators_cannot_reach_the_pages(client, make_round, make_user, auth, role):
    round_ = make_round()
    auth.login(make_user(roles=(role,)))
    assert client.get(f"/secretariat/rounds/{round_.id}/emails").status_code == 403
    assert client.get(url(round_)).status_code == 403
    assert save(client, round_, "About {title}", GOOD_BODY).status_code == 403
    assert client.post(url(round_) + "/restore").status_code == 403
    assert saved_texts() == []


# --- in a browser -------------------------------------------------------------------------------


@pytest.mark.browser
def test_the_email_pages_in_a_browser(live_server, page, make_user, make_round):
    user = make_user("sec@example.org", roles=(Role.SECRETARIAT,))
    round_ = make_round(name="Health Worker Migration Award 2026")
    base = live_server.url

    page.goto(f"{base}/secretariat/rounds/{round_.id}")
    page.get_by_label("E-mail address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="E-mails and their wording").click()
    page.get_by_role("heading", name="E-mails of this round").wait_for()
    check_page(page, "email-texts")

    page.get_by_role(
        "link", name=re.compile(r"^Français: default \(Screening: information requested\)$")
    ).click()
    page.get_by_role("heading", name="Screening: information requested: Français").wait_for()
    check_page(page, "email-text-default")
    page.get_by_label("Subject").fill("Informations : {title}")
    page.get_by_label("Text of the e-mail").fill("Bonjour {recipient_name},\n{message}\n{link}")
    page.get_by_role("button", name="Save this text").click()
    page.locator("#body-error").get_by_text("{deadline} is missing").wait_for()
    check_page(page, "email-text-refused")
    page.get_by_label("Text of the e-mail").fill(
        "Bonjour {recipient_name},\n{message}\nAvant le {deadline} : {link}"
    )
    page.get_by_role("button", name="Preview").click()
    # The preview's made-up sentences are in the e-mail's language.
    page.get_by_text(translate("fr", "Please add the evaluation report you mention.")).wait_for()
    page.get_by_role("button", name="Save this text").click()
    page.get_by_text("Saved: “Screening: information requested” in Français.").wait_for()
    check_page(page, "email-text-saved")
