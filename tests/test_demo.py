"""`flask award demo` seeds a realistic demo once; `flask award logins` prints the logins."""

import sqlalchemy as sa

from award.extensions import db
from award.models import Assignment, Decision, Nomination, Phase, Review, Round, User
from tests.conftest import login


def count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def test_demo_seeds_three_rounds_once(app, runner):
    result = runner.invoke(args=["award", "demo"])
    assert result.exit_code == 0 and "Demo data created." in result.output
    rounds = {r.phase: r for r in db.session.scalars(sa.select(Round))}
    assert set(rounds) == {Phase.ANNOUNCED, Phase.REVIEW, Phase.OPEN}
    current = rounds[Phase.REVIEW]
    nominations = db.session.scalars(
        sa.select(Nomination).where(Nomination.round_id == current.id)
    ).all()
    assert 35 <= len(nominations) <= 45
    assert len({n.country for n in nominations}) >= 25
    assert count(Decision) >= 5 and count(Review) > 0 and count(Assignment) > 0
    before = {m: count(m) for m in (User, Round, Nomination, Assignment, Review, Decision)}
    again = runner.invoke(args=["award", "demo"])
    assert "nothing added" in again.output
    assert {m: count(m) for m in before} == before


def test_demo_logins_work(app, runner, client):
    runner.invoke(args=["award", "demo"])
    lines = runner.invoke(args=["award", "logins"]).output.strip().splitlines()
    roles = [line.split()[2] for line in lines]
    assert roles.count("secretariat") == 1 and roles.count("reviewer") >= 2
    assert roles.count("nominator") >= 2
    for line in lines:
        _, _, role, email, password = line.split()
        assert login(client, email, password).status_code == 302, line
        client.post("/auth/logout")


def test_demo_pages_render(app, runner, client):
    runner.invoke(args=["award", "demo"])
    home = client.get("/").get_data(as_text=True)
    assert "Past winners" in home and "Innovations in Health Worker Migration Award" in home
    open_round = db.session.scalar(sa.select(Round).where(Round.phase == Phase.OPEN))
    call = client.get(f"/calls/{open_round.slug}").get_data(as_text=True)
    assert "Nominate</a>" in call and "Ethical recruitment" in call
    past = db.session.scalar(sa.select(Round).where(Round.phase == Phase.ANNOUNCED))
    winners = client.get(f"/calls/{past.slug}/winners").get_data(as_text=True)
    assert "Winner" in winners and "Runner-up" in winners
    showcase = client.get("/showcase").get_data(as_text=True)
    assert "Showcase of solutions" in showcase and "Winner" in showcase


def test_demo_secretariat_round_pages_render(app, runner, client):
    from award.demo_data import DEMO_PASSWORD, SECRETARIAT
    from tests.conftest import login

    runner.invoke(args=["award", "demo"])
    assert login(client, SECRETARIAT[0]["email"], DEMO_PASSWORD).status_code == 302
    for round_ in db.session.scalars(sa.select(Round)):
        for url in (
            f"/secretariat/rounds/{round_.id}",
            f"/secretariat/rounds/{round_.id}/decisions",
            f"/secretariat/rounds/{round_.id}/edit",
        ):
            assert client.get(url).status_code == 200, url
    current = db.session.scalar(sa.select(Round).where(Round.phase == Phase.REVIEW))
    page = client.get(f"/secretariat/rounds/{current.id}").get_data(as_text=True)
    assert "Next: deliberation" in page and "reviews submitted" in page
