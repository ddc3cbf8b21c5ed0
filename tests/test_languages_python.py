"""Words written in Python reach the page in the reader's language: form labels, validator
messages, flash messages and the operations' refusals, for a signed-in person (their account's
language) and a visitor (the browser's). Outside a request (a task, a CLI command) and in the JSON
API the text stays English. The texts asserted are the catalogues' own translations."""

import re
from datetime import timedelta
from html import unescape

import pytest
import sqlalchemy as sa
from flask_babel import refresh

from award.database import utcnow
from award.extensions import db
from award.models import Nomination
from tests.conftest import PASSWORD, login
from tests.test_languages import translate
from tests.test_nominations import complete


def page(response) -> str:
    return unescape(response.get_data(as_text=True))


def follow(client, response) -> str:
    assert response.status_code in (302, 303), response.status_code
    return page(client.get(response.headers["Location"]))


def spanish_nominator(client, make_user):
    user = make_user("ana@example.org", language="es")
    login(client, user.email)
    return user


def new_draft(client, round_) -> Nomination:
    response = client.post(
        f"/nominations/new?round={round_.slug}", data={"title": "Borrador", "save": "y"}
    )
    assert response.status_code == 302, response.data
    return db.session.scalars(sa.select(Nomination).order_by(Nomination.id.desc())).first()


# --- Spanish ---------------------------------------------------------------------------------


def test_a_spanish_visitor_sees_the_sign_in_form_in_spanish(client):
    html = page(client.get("/auth/login", headers={"Accept-Language": "es"}))
    assert "Dirección de correo electrónico" in html
    assert "Contraseña" in html
    assert "Mantener la sesión iniciada en este dispositivo" in html
    assert 'value="Iniciar sesión"' in html
    assert "Keep me signed in on this device" not in html


def test_a_spanish_visitor_sees_the_registration_form_in_spanish(client):
    html = page(client.get("/auth/register", headers={"Accept-Language": "es"}))
    for label in ("Nombre completo", "Repita la contraseña", "Elija un país", "Zona horaria"):
        assert label in html
    assert "Al menos 8 caracteres. Lo mejor es una frase de contraseña larga." in html
    assert 'value="Crear la cuenta"' in html
    assert "Full name" not in html


def test_a_wrong_password_is_refused_in_spanish(client, make_user):
    make_user("luis@example.org", language="es")
    response = client.post(
        "/auth/login",
        data={"email": "luis@example.org", "password": "not the password"},
        headers={"Accept-Language": "es"},
    )
    assert "La dirección de correo electrónico o la contraseña no son correctas." in page(response)


def test_a_spanish_account_gets_the_nomination_form_in_spanish(client, make_round, make_user):
    round_ = make_round()
    spanish_nominator(client, make_user)
    html = page(client.get(f"/nominations/new?round={round_.slug}"))
    for label in ("Título de la innovación", "Una persona", "Una organización", "Elija un país"):
        assert label in html
    assert 'value="Guardar borrador"' in html
    assert 'value="Enviar la candidatura"' in html
    assert "Title of the innovation" not in html


def test_saving_a_draft_says_so_in_spanish(client, make_round, make_user):
    round_ = make_round()
    spanish_nominator(client, make_user)
    response = client.post(
        f"/nominations/new?round={round_.slug}", data={"title": "Un fondo", "save": "y"}
    )
    assert translate("es", "Draft saved.") == "Borrador guardado."
    assert "Borrador guardado." in follow(client, response)


def test_a_late_save_is_refused_in_spanish_and_the_draft_is_kept(client, make_round, make_user):
    round_ = make_round()
    spanish_nominator(client, make_user)
    nomination = new_draft(client, round_)
    round_.nominations_close_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    response = client.post(
        f"/nominations/{nomination.id}/edit",
        data={**complete(round_, title="Escrito tarde"), "save": "y"},
    )
    assert response.status_code == 409
    html = page(response)
    assert (
        "La convocatoria de candidaturas se ha cerrado, por lo que esta candidatura ya no puede "
        "modificarse." in html
    )
    assert "The call for nominations has closed" not in html
    assert "Escrito tarde" in html  # what was typed stays on the screen, as written


def test_a_nominators_list_shows_the_status_in_spanish(client, make_round, make_user):
    round_ = make_round()
    spanish_nominator(client, make_user)
    new_draft(client, round_)
    assert "borrador" in page(client.get("/nominations/"))


def test_a_draft_without_a_title_is_untitled_in_spanish(client, make_round, make_user):
    round_ = make_round()
    spanish_nominator(client, make_user)
    response = client.post(f"/nominations/new?round={round_.slug}", data={"save": "y"})
    assert response.status_code == 302
    untitled = translate("es", "Untitled draft")
    assert untitled == "Borrador sin título"
    listing = page(client.get("/nominations/"))
    assert untitled in listing and "Untitled draft" not in listing


# --- French ----------------------------------------------------------------------------------


def test_the_nomination_form_names_and_sorts_the_countries_in_french(client, make_round, make_user):
    round_ = make_round()
    login(client, make_user("luc@example.org", language="fr").email)
    html = page(client.get(f"/nominations/new?round={round_.slug}"))
    assert '<option value="DE">Allemagne</option>' in html and ">Germany<" not in html
    # Sorted as a French reader expects, accents aside: Égypte among the E, not after Z.
    names = re.findall(r'<option value="[A-Z]{2}">([^<]+)</option>', html)
    assert names.index("Égypte") < names.index("Espagne") < names.index("Zimbabwe")


def test_a_country_on_a_page_is_named_in_the_readers_language(app):
    from award.templating import country_name

    with app.test_request_context(headers={"Accept-Language": "pt"}):
        refresh()
        assert country_name("DE") == "Alemanha"
    with app.test_request_context(headers={"Accept-Language": "en"}):
        refresh()  # the locale is kept for the app context both requests share here
        assert country_name("DE") == "Germany"


def test_a_french_visitor_gets_the_validator_messages_in_french(client):
    response = client.post(
        "/auth/register",
        data={
            "name": "Amélie",
            "email": "amelie@example.org",
            "password": PASSWORD,
            "confirm": PASSWORD + " typo",
            "language": "fr",
            "timezone": "UTC",
        },
        headers={"Accept-Language": "fr"},
    )
    html = page(response)
    assert "Les mots de passe ne correspondent pas." in html
    assert "Adresse électronique" in html and "Répétez le mot de passe" in html
    assert "The passwords do not match." not in html


# --- Portuguese ------------------------------------------------------------------------------


def test_a_portuguese_account_is_thanked_in_portuguese_with_its_receipt(
    client, make_round, make_user
):
    round_ = make_round()
    user = make_user("joao@example.org", language="pt")
    login(client, user.email)
    nomination = new_draft(client, round_)
    response = client.post(
        f"/nominations/{nomination.id}/edit",
        data={**complete(round_), "submit": "y", "submission_token": "tok-pt"},
    )
    db.session.refresh(nomination)
    html = follow(client, response)
    assert (
        f"Agradecemos a sua candidatura, que foi enviada. Número de recibo: "
        f"{nomination.receipt_number}." in html
    )


# --- where the text stays English --------------------------------------------------------------


def test_a_refusal_outside_a_request_is_in_english(app, make_round, make_user):
    """A task or a CLI command has an application context but no visitor: the default
    language, and no error from looking for one."""
    from award.errors import DeadlinePassed
    from award.models import Phase
    from award.operations import nominations

    round_ = make_round(phase=Phase.SCREENING, closes=utcnow() - timedelta(days=1))
    user = make_user("worker@example.org", language="es")
    refused = pytest.raises(DeadlinePassed, match=r"^This call for nominations is not open\.$")
    with app.app_context(), refused:
        nominations.start_nomination(round_, user, utcnow())


def test_the_api_answers_in_english_whatever_the_browser_asks(app):
    from flask_babel import get_locale

    # Each in an application context of its own, as each request of a server is.
    spanish = {"Accept-Language": "es"}
    with app.app_context(), app.test_request_context("/api/v1/rounds", headers=spanish):
        assert str(get_locale()) == "en"
    with app.app_context(), app.test_request_context("/calls/", headers=spanish):
        assert str(get_locale()) == "es"


def test_every_ranking_method_has_a_translated_name_and_description():
    from award import labels
    from award.ranking import METHOD_NAMES, METHODS

    assert labels.METHOD_NAMES.keys() == METHOD_NAMES.keys()
    assert labels.METHOD_DESCRIPTIONS.keys() == METHODS.keys()
    for key, name in METHOD_NAMES.items():
        assert labels.METHOD_NAMES[key]._args[0] == name  # the same English words
    for key, description in METHODS.items():
        assert labels.METHOD_DESCRIPTIONS[key]._args[0] == description


def test_an_upload_without_a_file_is_refused_in_spanish(client, make_round, make_user):
    """The validator's message is a lazy string: it must become text before it is joined and
    flashed (joining it as it was raised a TypeError, a 500)."""
    round_ = make_round()
    spanish_nominator(client, make_user)
    nomination = new_draft(client, round_)
    response = client.post(f"/nominations/{nomination.id}/attachments", data={})
    assert "Elija un archivo para subir." in follow(client, response)
