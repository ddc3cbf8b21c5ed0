"""The secretariat's exports of a round (spreadsheets and the full archive) and the audit log.
Every download is written to the audit log before it is sent."""

import tempfile

import sqlalchemy as sa
from flask import Response, abort, render_template, request, send_file, stream_with_context
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from award.database import write_intent
from award.extensions import db
from award.forms import Form
from award.models import Role, Round
from award.operations import archive, audit, exports
from award.permissions import roles_required
from award.secretariat.audit_forms import AuditFilterForm
from award.secretariat.views import PAGE_SIZE, bp

DATASETS = [
    (
        "nominations",
        _l("Nominations"),
        _l("Every submitted nomination, one column per question."),
    ),
    (
        "reviews",
        _l("Reviews"),
        _l(
            "Every submitted review: each criterion's score and comment, the weighted total, "
            "the recommendation and the reviewer."
        ),
    ),
    (
        "rankings",
        _l("Rankings"),
        _l("The latest ranking of each stage and category by the round's ranking method"),
    ),
]
# Built in memory up to this size, then in a temporary file.
ARCHIVE_IN_MEMORY = 32 * 1024 * 1024


@bp.route("/rounds/<int:round_id>/exports")
@roles_required(Role.SECRETARIAT)
def exports_page(round_id: int):
    round_ = db.get_or_404(Round, round_id)
    return render_template("secretariat/exports.html", round=round_, datasets=DATASETS, form=Form())


def _read_only() -> None:
    """The download is recorded and committed; what follows only reads. Without this, on
    SQLite the file would be built in a write transaction, holding the lock meanwhile. (A
    streamed CSV is read after the request's teardown, in a session of its own.)"""
    write_intent.set(False)


@bp.route("/rounds/<int:round_id>/exports/<kind>", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def download_export(round_id: int, kind: str):
    round_ = db.get_or_404(Round, round_id)
    fmt = request.form.get("format", "")
    if kind not in exports.SHEETS or fmt not in exports.FORMATS:
        abort(404)
    audit.record(
        "round.exported", actor=current_user, obj=round_, round_id=round_.id, kind=kind, format=fmt
    )
    db.session.commit()
    _read_only()
    sheet = exports.SHEETS[kind](round_)
    headers = {
        "Content-Disposition": f'attachment; filename="{exports.filename(round_, kind, fmt)}"',
        "Cache-Control": "no-store",
    }
    if fmt == "csv":
        return Response(
            stream_with_context(exports.csv_chunks(sheet)),
            content_type=exports.FORMATS["csv"],
            headers=headers,
        )
    return Response(
        exports.xlsx_bytes(sheet), content_type=exports.FORMATS["xlsx"], headers=headers
    )


@bp.route("/rounds/<int:round_id>/archive", methods=["POST"])
@roles_required(Role.SECRETARIAT)
def download_archive(round_id: int):
    round_ = db.get_or_404(Round, round_id)
    audit.record("round.archived", actor=current_user, obj=round_, round_id=round_.id, via="web")
    db.session.commit()
    _read_only()
    # Not a `with` block: the response sends the file and closes it afterwards.
    spool = tempfile.SpooledTemporaryFile(max_size=ARCHIVE_IN_MEMORY)  # noqa: SIM115
    archive.export_round(round_, spool)
    spool.seek(0)
    response = send_file(
        spool,
        mimetype="application/zip",
        as_attachment=True,
        download_name=f"{round_.slug}-archive.zip",
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/audit")
@roles_required(Role.SECRETARIAT)
def audit_log():
    rounds = db.session.scalars(sa.select(Round).order_by(Round.nominations_open_at.desc())).all()
    form = AuditFilterForm(request.args, rounds, audit.actions())
    page = max(1, request.args.get("page", 1, type=int))
    events = db.paginate(
        audit.events_query(**form.query_values()), page=page, per_page=PAGE_SIZE, error_out=False
    )
    return render_template(
        "secretariat/audit.html",
        form=form,
        filters=form.filters(),
        events=events,
        round_names={r.id: r.name for r in rounds},
    )
