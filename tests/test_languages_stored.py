"""Sentences the app writes itself and keeps (why a ranking method cannot apply, a job's
progress, why a nomination is left short, a conflict found automatically) reach a secretariat
member in their own language, numbers in its locale, however they are stored; rows stored
before, in English prose, still show as they were. Also translated: export headers, the e-mail
text editor, and the statuses and kinds the secretariat's pages used to print as codes."""

import copy
import re
from html import unescape

import pytest
import sqlalchemy as sa
from babel.messages.pofile import read_po
from babel.support import Translations

from award import texts
from award.database import utcnow
from award.extensions import db
from award.models import (
    ConflictOfInterest,
    ConflictSource,
    JobRun,
    JobStatus,
    RankingSnapshot,
    Role,
)
from award.operations import conflicts as conflict_ops
from award.operations import rankings as ranking_ops
from tests.conftest import login
from tests.test_assignments import council, eligible, run
from tests.test_conflicts import member, nominate
from tests.test_exports import csv_rows, download, ranked_round, xlsx_rows  # noqa: F401
from tests.test_languages import CATALOGUES, LANGUAGES, translate
from tests.test_rankings import harsh_round


def secretary(client, make_user, language):
    user = make_user(f"sec-{language}@award.example", roles=(Role.SECRETARIAT,), language=language)
    login(client, user.email)
    return user


def page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return unescape(response.get_data(as_text=True))


# --- the catalogue of stored sentences --------------------------------------------------------


def test_every_stored_sentence_is_in_the_catalogues():
    """Each key's English is a msgid that extraction found (N_, N_plural) and every language
    translates: a key added without its translations would reach readers in English."""
    for language in LANGUAGES:
        with open(CATALOGUES / language / "LC_MESSAGES" / "messages.po", "rb") as f:
            po = read_po(f)
        for key, entry in texts.CATALOGUE.items():
            message = po.get(entry if isinstance(entry, str) else entry[0])
            assert message is not None, (language, key)
            strings = [message.string] if isinstance(message.string, str) else message.string
            assert all(strings) and not message.fuzzy, (language, key)


def test_a_text_keeps_its_key_and_reads_in_each_language_with_its_numbers():
    text = texts.Text(
        "agreement.icc1",
        icc=texts.decimal(0.5312, 2),
        share=texts.percent(0.53),
        band=texts.Text("agreement.band.moderate"),
    )
    assert text.startswith("ICC(1) = 0.53: 53% of the variation")  # English, as before
    assert text.stored() == {
        "key": "agreement.icc1",
        "params": {
            "icc": {"decimal": 0.5312, "digits": 2},
            "share": {"percent": 0.53},
            "band": {"key": "agreement.band.moderate", "params": {}},
        },
    }
    french = Translations.load(str(CATALOGUES), ["fr"])
    words = texts.render(text.stored(), french, "fr")
    assert words.startswith("ICC(1) = 0,53 : 53")  # decimal comma, French spacing
    assert "l'accord entre deux évaluateurs d'une même candidature est modéré." in words
    assert copy.deepcopy(text).stored() == text.stored()  # rebuilt from its key
    with pytest.raises(KeyError):
        texts.Text("no.such.key")


def test_a_plural_follows_the_readers_language_rules():
    spanish = Translations.load(str(CATALOGUES), ["es"])
    one = texts.Text("shortage.conflicts", count=1, target=3).stored()
    two = texts.Text("shortage.conflicts", count=2, target=3).stored()
    assert (
        texts.render(one, spanish, "es") == "solo 1 evaluador está libre de conflicto (necesita 3)"
    )
    assert texts.render(two, spanish, "es").startswith("solo 2 evaluadores están libres")
    french = Translations.load(str(CATALOGUES), ["fr"])
    none = texts.Text("shortage.conflicts", count=0, target=3).stored()
    assert texts.render(none, french, "fr").startswith("seulement 0 évaluateur est libre")


def test_english_prose_stored_before_is_shown_as_it_is():
    assert texts.render("The old sentence, as it was stored.") == (
        "The old sentence, as it was stored."
    )
    assert texts.render(None) == ""
    assert texts.render({"key": "since.removed", "params": {}}) == "since.removed"


# --- rankings ---------------------------------------------------------------------------------


def test_a_spanish_secretariat_sees_why_a_method_cannot_rank_in_spanish(
    client, make_round, make_user
):
    _, stage, _, _ = harsh_round(make_round, make_user)
    secretary(client, make_user, "es")
    client.post(f"/secretariat/stages/{stage.id}/rankings/recompute", data={"methods": "zscore"})
    (snapshot,) = ranking_ops.latest_snapshots(stage, "zscore")
    assert snapshot.reason == ""  # stored as a key and parameters, not as English prose
    assert snapshot.params["reason"]["key"] == "ranking.zscore_needs_reviews"

    html = page(client, f"/secretariat/stages/{stage.id}/rankings?method=zscore")
    assert translate("es", "This method cannot rank this round") in html
    assert "La estandarización necesita al menos 5 evaluaciones por evaluador;" in html
    assert "Standardisation needs at least" not in html
    assert "La estandarización supone que cada evaluador recibió un lote al azar" in html  # note
    # The agreement figures: Spanish words, decimal commas.
    assert re.search(r"ICC\(1\) = -?\d,\d\d: ", html), "agreement not in Spanish"
    assert "comes from real differences" not in html
    picker = page(client, f"/secretariat/stages/{stage.id}/rankings?method=mean")
    assert "La estandarización necesita al menos 5 evaluaciones" in picker


def test_a_snapshot_stored_with_english_prose_still_shows_it(client, make_round, make_user):
    _, stage, _, _ = harsh_round(make_round, make_user)
    ranking_ops.compute_rankings(stage, "zscore")
    snapshot = db.session.scalar(sa.select(RankingSnapshot))
    params = dict(snapshot.params)
    params.pop("reason")
    params["notes"] = ["An old caveat, in English."]
    snapshot.params, snapshot.reason = params, "An old reason, written in English."
    agreement = dict(snapshot.agreement)
    agreement["icc1_text"] = "An old agreement sentence."
    snapshot.agreement = agreement
    db.session.commit()
    secretary(client, make_user, "fr")
    html = page(client, f"/secretariat/stages/{stage.id}/rankings?method=zscore")
    assert "An old reason, written in English." in html
    assert "An old caveat, in English." in html
    assert "An old agreement sentence." in html
    assert translate("fr", "This method cannot rank this round") in html


# --- assignment jobs ---------------------------------------------------------------------------


def test_the_job_page_shows_its_progress_in_spanish(client, make_round, make_user):
    round_ = make_round()
    secretary(client, make_user, "es")
    job = JobRun(
        kind="assignment",
        round_id=round_.id,
        stage_id=round_.stages[0].id,
        status=JobStatus.RUNNING,
        progress=40,
        result={"relax_country": False, "message": texts.Text("job.solving").stored()},
    )
    db.session.add(job)
    db.session.commit()
    html = page(client, f"/secretariat/jobs/{job.id}")
    assert "en curso — resolviendo" in html
    assert "Asignación automática" in html  # the job's kind
    assert "running" not in html and "solving" not in html


def test_a_run_left_short_explains_itself_in_spanish(client, make_round, make_user):
    round_ = make_round(
        reviewers_per_nomination=3, require_sending_and_receiving=False, same_country_conflict=False
    )
    stage = round_.stages[0]
    council(round_, make_user, count=3, cap=2)
    nominator = make_user("nom@x.example")
    for i in range(4):
        eligible(round_, nominator, i)
    secretary(client, make_user, "es")
    job = run(client, stage)
    assert job.status == JobStatus.DONE and job.message == ""
    assert job.result["message"] == {"key": "job.done", "params": {}}

    html = page(client, f"/secretariat/jobs/{job.id}")
    assert "terminado — terminado" in html
    assert "libres de conflicto están todos en su límite (faltan" in html
    assert "at their cap" not in html
    assert "En conjunto, estos aumentos cubrirían" in html  # a lever, with its number
    listing = page(client, f"/secretariat/stages/{stage.id}/assignments")
    assert "libres de conflicto están todos en su límite" in listing


def test_a_failed_job_says_why_in_the_readers_language(client, make_round, make_user):
    round_ = make_round()
    stage = round_.stages[0]  # no eligible nomination, no reviewer: the run is refused
    secretary(client, make_user, "pt")
    job = run(client, stage)
    assert job.status == JobStatus.FAILED
    assert job.result["message"]["key"] == "job.nothing_to_assign"
    html = page(client, f"/secretariat/jobs/{job.id}")
    assert translate(
        "pt", "There are no eligible nominations or no active reviewers to assign."
    ) in (html)


def test_a_job_stored_with_english_prose_still_shows_it(client, make_round, make_user):
    round_ = make_round()
    secretary(client, make_user, "es")
    job = JobRun(
        kind="assignment",
        stage_id=round_.stages[0].id,
        status=JobStatus.DONE,
        progress=100,
        message="done",
        result={
            "assigned": 1,
            "short": 1,
            "shortages": [{"title": "Old nomination", "message": "an old English reason"}],
            "levers": ["Raise the load cap of Ana by 1."],
        },
    )
    db.session.add(job)
    db.session.commit()
    html = page(client, f"/secretariat/jobs/{job.id}")
    assert "Old nomination</strong>: an old English reason" in html
    assert "Raise the load cap of Ana by 1." in html
    assert "terminado — done" in html  # the status is a label; the old message is as stored


# --- conflicts of interest ----------------------------------------------------------------------


def test_a_conflict_found_by_the_system_reads_in_portuguese(client, make_round, make_user):
    round_ = make_round()
    reviewer = member(
        round_, make_user("rev@health.gh.example", roles=(Role.REVIEWER,), organisation="Uni A")
    )
    nominator = make_user("nom@ngo.example", organisation="Care Abroad NGO")
    nomination = nominate(round_, nominator, 1, nominee_email="lead@health.gh.example")
    typed = nominate(round_, nominator, 2)
    conflict_ops.detect_conflicts(round_)
    db.session.add(
        ConflictOfInterest(
            nomination=typed,
            reviewer=reviewer,
            source=ConflictSource.DECLARED,
            reason="Fui consultor deste projeto em 2024.",
        )
    )
    db.session.commit()
    found = db.session.scalar(
        sa.select(ConflictOfInterest).where(ConflictOfInterest.nomination_id == nomination.id)
    )
    assert found.reason == "" and found.system_reason == {
        "key": "conflict.email_domain",
        "params": {"domain": "health.gh.example"},
    }
    secretary(client, make_user, "pt")
    html = page(client, f"/secretariat/nominations/{nomination.id}/conflicts")
    assert "Mesmo domínio de e-mail (health.gh.example)." in html
    assert "<td>domínio de e-mail</td>" in html  # the source's label, not email_domain
    assert "Same e-mail domain" not in html
    typed_html = page(client, f"/secretariat/nominations/{typed.id}/conflicts")
    assert "Fui consultor deste projeto em 2024." in typed_html  # as the reviewer typed it
    assert "<td>declarado</td>" in typed_html


def test_a_conflict_stored_with_english_prose_still_shows_it(client, make_round, make_user):
    round_ = make_round()
    reviewer = member(round_, make_user("rev@x.example", roles=(Role.REVIEWER,)))
    nomination = nominate(round_, make_user("nom@y.example"), 1)
    db.session.add(
        ConflictOfInterest(
            nomination=nomination,
            reviewer=reviewer,
            source=ConflictSource.ORGANISATION,
            reason="Same organisation as the nominee or nominator (Org X).",
            created_at=utcnow(),
        )
    )
    db.session.commit()
    secretary(client, make_user, "es")
    html = page(client, f"/secretariat/nominations/{nomination.id}/conflicts")
    assert "Same organisation as the nominee or nominator (Org X)." in html


# --- exports, the e-mail editor, statuses --------------------------------------------------------


def test_an_export_asked_for_in_french_has_french_headers(client, make_user, ranked_round):  # noqa: F811
    round_, nominations, _ = ranked_round
    secretary(client, make_user, "fr")
    rows = csv_rows(download(client, round_, "nominations", "csv"))
    assert len(rows) == len(nominations)
    assert {"Numéro de récépissé", "Titre", "Statut", "Courriel du proposant"} <= set(rows[0])
    assert "Receipt number" not in rows[0]
    assert rows[0]["Statut"] == "eligible"  # the data stays as stored
    cells = xlsx_rows(download(client, round_, "reviews", "xlsx"))
    assert "Total pondéré" in cells[0] and "Innovation (note)" in cells[0]
    ranking = csv_rows(download(client, round_, "rankings", "csv"))
    top = translate("fr", "P(top %(n)s)") % {"n": round_.top_n}
    assert {"Rang", top, "La méthode s'applique"} <= set(ranking[0])


def test_the_email_editor_speaks_french(client, make_round, make_user):
    round_ = make_round()
    secretary(client, make_user, "fr")
    listing = page(client, f"/secretariat/rounds/{round_.id}/emails")
    assert "Candidature reçue" in listing
    assert "Au proposant, quand une candidature est envoyée pour la première fois." in listing
    assert "Nomination received" not in listing
    editor = page(client, f"/secretariat/rounds/{round_.id}/emails/information_requested/fr")
    assert "Le nom de l'édition." in editor
    assert "Jusqu'à quand la candidature reste ouverte aux modifications. Dans le fuseau" in editor
    refused = client.post(
        f"/secretariat/rounds/{round_.id}/emails/information_requested/fr",
        data={"subject": "", "body": "Bonjour {oops}", "save": "y"},
    )
    html = unescape(refused.get_data(as_text=True))
    assert "L'objet est vide." in html
    assert "{oops} n'est pas un champ de ce courriel." in html
    assert "{message} manque, et ce courriel en a besoin : ce que demande le secrétariat." in html


def test_the_outbox_shows_statuses_in_spanish(client, make_user):
    make_user("joao@example.org", language="pt")
    client.post("/auth/forgot", data={"email": "joao@example.org"})
    secretary(client, make_user, "es")
    html = page(client, "/secretariat/outbox")
    assert "<td>enviado" in html
    assert ">pendiente</option>" in html  # the filter's choices too
