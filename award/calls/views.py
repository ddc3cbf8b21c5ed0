"""Views for the public pages."""

import sqlalchemy as sa
from flask import Blueprint, render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload
from wtforms import SearchField, SelectField
from wtforms.validators import Length, Optional

from award.extensions import db
from award.forms import Form
from award.models import Decision, Phase, Round, Stage
from award.operations import showcase
from award.templating import country_name

bp = Blueprint("calls", __name__)
SHOWCASE_PAGE = 20


@bp.route("/")
def index():
    open_calls = db.session.scalars(
        sa.select(Round).where(Round.phase == Phase.OPEN).order_by(Round.nominations_close_at)
    ).all()
    announced = db.session.scalars(
        sa.select(Round)
        .where(Round.phase.in_([Phase.ANNOUNCED, Phase.ARCHIVED]))
        .order_by(Round.announced_at.desc())
        .limit(3)
    ).all()
    winners = {}
    if announced:
        rows = db.session.scalars(
            sa.select(Decision)
            .where(Decision.round_id.in_([r.id for r in announced]))
            .options(selectinload(Decision.nomination), selectinload(Decision.category))
            .order_by(Decision.kind, Decision.position)
        ).all()
        for decision in rows:
            winners.setdefault(decision.round_id, []).append(decision)
    return render_template(
        "calls/index.html", open_calls=open_calls, announced=announced, winners=winners
    )


@bp.route("/calls/<slug>")
def call(slug: str):
    round_ = db.first_or_404(
        sa.select(Round)
        .where(Round.slug == slug, Round.phase != Phase.DRAFT)
        .options(
            selectinload(Round.categories),
            selectinload(Round.stages).selectinload(Stage.criteria),
        )
    )
    return render_template("calls/call.html", round=round_)


@bp.route("/calls/<slug>/winners")
def winners(slug: str):
    """The public results of an announced round. Before the announcement: 404, not a hint."""
    round_ = db.first_or_404(
        sa.select(Round).where(Round.slug == slug, Round.phase.in_(showcase.PUBLIC_PHASES))
    )
    results = showcase.winners(round_)
    ids = [d.nomination_id for r in results for d in r.decisions]
    return render_template(
        "calls/winners.html", round=round_, results=results, summaries=showcase.summaries(ids)
    )


class ShowcaseFilterForm(Form):
    class Meta:
        csrf = False  # a GET search form: it changes nothing

    q = SearchField(_l("Search"), validators=[Optional(), Length(max=200)])
    country = SelectField(_l("Country"), validators=[Optional()])
    category = SelectField(_l("Category"), validators=[Optional()])
    year = SelectField(_l("Year"), validators=[Optional()])


@bp.route("/showcase")
def showcase_page():
    facets = showcase.facets()
    form = ShowcaseFilterForm(request.args)
    form.country.choices = [("", _("All countries"))] + sorted(
        ((code, country_name(code)) for code in facets["countries"]), key=lambda c: c[1]
    )
    form.category.choices = [("", _("All categories"))] + facets["categories"]
    form.year.choices = [("", _("All years"))] + [(str(y), str(y)) for y in facets["years"]]
    form.validate()  # an unknown value in the query string is dropped, not an error page
    values = {
        name: (getattr(form, name).data or "") if not getattr(form, name).errors else ""
        for name in ("q", "country", "category", "year")
    }
    page = max(1, request.args.get("page", 1, type=int))
    rows = db.paginate(
        showcase.showcase_query(
            q=values["q"],
            country=values["country"],
            category=values["category"],
            year=int(values["year"]) if values["year"] else None,
        ),
        page=page,
        per_page=SHOWCASE_PAGE,
        error_out=False,
    )
    return render_template(
        "calls/showcase.html",
        form=form,
        rows=rows,
        items=showcase.items(rows.items),
        filters={k: v for k, v in values.items() if v},
    )
