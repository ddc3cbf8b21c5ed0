"""Spreadsheet exports of a round for the secretariat: nominations with their answers, reviews
with every score, and the current rankings, as CSV (streamed, UTF-8 with a BOM so that Excel
reads the accents) or XLSX. Text that a spreadsheet would run as a formula is neutralised.

The column headers are in the language of whoever asks for the export; the cells hold the data
as stored (codes such as 'eligible' stay codes, for filtering and formulas)."""

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _
from openpyxl import Workbook
from sqlalchemy.orm import joinedload, selectinload

from award.extensions import db
from award.models import (
    Answer,
    Assignment,
    Nomination,
    NominationStatus,
    RankingEntry,
    Review,
    ReviewStatus,
    Round,
    Score,
    Stage,
)
from award.operations.rankings import latest_snapshots

# A cell starting with one of these is read as a formula by Excel, LibreOffice or Sheets
# (OWASP "CSV injection"); tab and carriage return smuggle one in after a separator.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
BATCH = 200


@dataclass
class Sheet:
    """One export: a title (the file and sheet name), a header row and rows made on demand.
    The rows may be read after the request's session has ended (a streamed response): they
    load what they need by id in the session current when they run, never from `round_`."""

    name: str
    header: list[str]
    rows: Iterable[list[Any]]


def neutralise(value: Any) -> Any:
    """Text starting like a formula gets a leading single quote; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC).replace(tzinfo=None, microsecond=0) if value else None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def csv_chunks(sheet: Sheet) -> Iterator[str]:
    """The sheet as CSV, one row at a time, starting with a byte order mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow([neutralise(h) for h in sheet.header])
    for row in sheet.rows:
        writer.writerow([_text(neutralise(cell)) for cell in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def xlsx_bytes(sheet: Sheet) -> bytes:
    """The sheet as an Excel workbook, written row by row (write-only mode keeps memory flat)."""
    book = Workbook(write_only=True)
    table = book.create_sheet(sheet.name[:31])
    table.append([neutralise(h) for h in sheet.header])
    for row in sheet.rows:
        # openpyxl writes a string starting with "=" as a formula: neutralised, it cannot.
        table.append([neutralise(cell) for cell in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def nominations_sheet(round_: Round) -> Sheet:
    """Every nomination past the draft stage (drafts are their nominators' private work), one
    column per question of the round."""
    questions = list(round_.questions)
    header = [
        _("Receipt number"),
        _("Status"),
        _("Category"),
        _("Title"),
        _("Nominee kind"),
        _("Nominee"),
        _("Nominee organisation"),
        _("Nominee e-mail"),
        _("Nominee website"),
        _("Country"),
        _("Linked countries"),
        _("Link kind"),
        _("Themes"),
        _("Language"),
        _("Showcase consent"),
        _("Nominator"),
        _("Nominator e-mail"),
        _("Submitted (UTC)"),
        _("Screening reason"),
        *[q.label for q in questions],
    ]

    round_id, question_ids = round_.id, [q.id for q in questions]

    def rows() -> Iterator[list[Any]]:
        query = (
            sa.select(Nomination)
            .where(Nomination.round_id == round_id, Nomination.status != NominationStatus.DRAFT)
            .options(
                joinedload(Nomination.category),
                joinedload(Nomination.nominator),
                selectinload(Nomination.answers).joinedload(Answer.question),
                selectinload(Nomination.linked_countries),
                selectinload(Nomination.themes),
            )
            .order_by(Nomination.id)
            .execution_options(yield_per=BATCH)
        )
        for n in db.session.scalars(query):
            answers = {a.question_id: a.value for a in n.answers}
            yield [
                n.receipt_number,
                n.status.value,
                n.category.name if n.category else "",
                n.title,
                n.nominee_kind.value if n.nominee_kind else "",
                n.nominee_name,
                n.nominee_organisation,
                n.nominee_email,
                n.nominee_website,
                n.country or "",
                ", ".join(sorted(c.country for c in n.linked_countries)),
                n.link_kind.value if n.link_kind else "",
                ", ".join(sorted(t.tag for t in n.themes)),
                n.language,
                n.consent_showcase,
                n.nominator.name,
                n.nominator.email,
                _utc(n.submitted_at),
                n.screening_reason,
                *[answers.get(question_id, "") for question_id in question_ids],
            ]

    return Sheet(_("Nominations"), header, rows())


def reviews_sheet(round_: Round) -> Sheet:
    """Every submitted review of every stage: each criterion's score and comment, the weighted
    total (0-100) and the reviewer. Reviews on assignments removed later are marked."""
    several = len(round_.stages) > 1
    criteria = [(s, c) for s in round_.stages for c in s.criteria]
    header = [
        _("Stage"),
        _("Receipt number"),
        _("Title"),
        _("Category"),
        _("Reviewer"),
        _("Reviewer e-mail"),
        _("Assignment removed"),
        _("Submitted (UTC)"),
    ]
    for stage, criterion in criteria:
        name = f"{stage.name}: {criterion.name}" if several else criterion.name
        header += [_("%(criterion)s (score)", criterion=name)]
        header += [_("%(criterion)s (comment)", criterion=name)]
    header += [_("Weighted total"), _("Recommendation"), _("Confidence"), _("Overall comment")]
    round_id, columns = round_.id, [(stage.id, criterion.id) for stage, criterion in criteria]

    def rows() -> Iterator[list[Any]]:
        query = (
            sa.select(Review)
            .join(Review.assignment)
            .join(Nomination, Nomination.id == Assignment.nomination_id)
            .where(Nomination.round_id == round_id, Review.status == ReviewStatus.SUBMITTED)
            .options(
                joinedload(Review.assignment).joinedload(Assignment.reviewer),
                joinedload(Review.assignment).joinedload(Assignment.stage),
                joinedload(Review.assignment)
                .joinedload(Assignment.nomination)
                .joinedload(Nomination.category),
                selectinload(Review.scores),
            )
            .order_by(Assignment.stage_id, Nomination.id, Review.id)
            .execution_options(yield_per=BATCH)
        )
        for review in db.session.scalars(query):
            a = review.assignment
            scores: dict[int, Score] = {s.criterion_id: s for s in review.scores}
            row = [
                a.stage.name,
                a.nomination.receipt_number,
                a.nomination.title,
                a.nomination.category.name if a.nomination.category else "",
                a.reviewer.name,
                a.reviewer.email,
                a.removed_at is not None,
                _utc(review.submitted_at),
            ]
            for stage_id, criterion_id in columns:
                score = scores.get(criterion_id) if stage_id == a.stage_id else None
                row += [score.value if score else None, score.comment if score else ""]
            row += [
                review.total,
                review.recommendation.value if review.recommendation else "",
                review.confidence,
                review.overall_comment,
            ]
            yield row

    return Sheet(_("Reviews"), header, rows())


def rankings_sheet(round_: Round) -> Sheet:
    """The latest snapshot of each stage and category for the round's ranking method."""
    header = [
        _("Stage"),
        _("Category"),
        _("Method"),
        _("Computed (UTC)"),
        _("Rank"),
        _("Tied group"),
        _("Receipt number"),
        _("Title"),
        _("Score"),
        _("Mean"),
        _("Median"),
        _("SD"),
        _("Reviews"),
        _("Score low"),
        _("Score high"),
        _("Rank low"),
        _("Rank high"),
        _("P(top %(n)s)", n=round_.top_n),
        _("Flags"),
        _("Method applies"),
    ]

    round_id, method = round_.id, round_.ranking_method

    def rows() -> Iterator[list[Any]]:
        stages = db.session.scalars(
            sa.select(Stage).where(Stage.round_id == round_id).order_by(Stage.position)
        )
        for stage in stages:
            for snapshot in latest_snapshots(stage, method):
                entries: list[RankingEntry] = sorted(
                    snapshot.entries,
                    key=lambda e: (e.rank is None, e.rank or 0, e.nomination_id),
                )
                for e in entries:
                    yield [
                        stage.name,
                        snapshot.category.name,
                        snapshot.method,
                        _utc(snapshot.created_at),
                        e.rank,
                        e.tie_group,
                        e.nomination.receipt_number,
                        e.nomination.title,
                        e.score,
                        e.mean,
                        e.median,
                        e.sd,
                        e.n_reviews,
                        e.score_lo,
                        e.score_hi,
                        e.rank_lo,
                        e.rank_hi,
                        e.p_top,
                        ", ".join(str(f) for f in e.flags or []),
                        snapshot.applicable,
                    ]

    return Sheet(_("Rankings"), header, rows())


SHEETS: dict[str, Callable[[Round], Sheet]] = {
    "nominations": nominations_sheet,
    "reviews": reviews_sheet,
    "rankings": rankings_sheet,
}


def filename(round_: Round, kind: str, fmt: str) -> str:
    return f"{round_.slug}-{kind}.{fmt}"
