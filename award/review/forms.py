"""The reviewer's forms: the scoring form, built per stage from its criteria, and a post in the
deliberation thread. They read and shape what was typed; the operations judge it."""

import functools
import re

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, RadioField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from award.forms import Form
from award.models import Recommendation, Review, Stage
from award.operations.reviews import POST_MAX_CHARS, ReviewInput

RECOMMENDATIONS = [
    (Recommendation.STRONGLY_SUPPORT.value, _l("Strongly support")),
    (Recommendation.SUPPORT.value, _l("Support")),
    (Recommendation.NEUTRAL.value, _l("Neutral")),
    (Recommendation.DO_NOT_SUPPORT.value, _l("Do not support")),
]
CONFIDENCE = [
    (1, _l("1 – low: outside my expertise")),
    (2, "2"),
    (3, _l("3 – moderate")),
    (4, "4"),
    (5, _l("5 – high: my own field")),
]
SCORE_KEY = re.compile(r"^score_(\d+)$")


def _int_or_none(value):
    if value is None or value == "":
        return None
    return int(value)


def _recommendation_or_none(value):
    if value is None or value == "":
        return None
    return Recommendation(value)


class ReviewForm(Form):
    """Fields `score_<criterion id>` and `comment_<criterion id>` are added per stage; CSRF is
    checked by the view itself, so that an expired token can give the text back."""

    class Meta:
        csrf = False

    version = HiddenField()
    overall_comment = TextAreaField(_l("Overall comment"))
    recommendation = RadioField(
        _l("Your recommendation"),
        choices=RECOMMENDATIONS,
        coerce=_recommendation_or_none,
        validate_choice=False,
    )
    confidence = RadioField(
        _l("How confident are you in this review?"),
        choices=CONFIDENCE,
        coerce=_int_or_none,
        validate_choice=False,
    )
    save = SubmitField(_l("Save draft"))
    submit = SubmitField(_l("Submit review"))

    stage: Stage

    def score_field(self, criterion):
        return self[f"score_{criterion.id}"]

    def comment_field(self, criterion):
        return self[f"comment_{criterion.id}"]

    def expected_version(self) -> int:
        try:
            return int(self.version.data or 0)
        except ValueError:
            return 0

    def to_input(self, formdata=None) -> ReviewInput:
        scores = {c.id: self.score_field(c).data for c in self.stage.criteria}
        comments = {c.id: self.comment_field(c).data or "" for c in self.stage.criteria}
        # A score for a criterion that is not on this form (another stage's, a forged id) is
        # passed on, so that the operation refuses it rather than it being silently dropped.
        for key in formdata or ():
            match = SCORE_KEY.match(key)
            if match and int(match.group(1)) not in scores:
                try:
                    scores[int(match.group(1))] = _int_or_none(formdata.get(key))
                except ValueError:
                    scores[int(match.group(1))] = None
        return ReviewInput(
            scores=scores,
            comments=comments,
            overall_comment=self.overall_comment.data or "",
            recommendation=self.recommendation.data,
            confidence=self.confidence.data,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, message in errors.items():
            if name in self:
                self[name].errors = [*self[name].errors, message]
            else:
                self.form_errors.append(message)

    def filled(self) -> dict[str, str]:
        """The typed values, for the page shown when the session has ended."""
        return {f.name: f._value() for f in self if f.type in ("TextAreaField", "HiddenField")}


def _level_label(meanings: dict[str, str], level: int) -> str:
    meaning = meanings.get(str(level), "")
    return f"{level} – {meaning}" if meaning else str(level)


def _rubric_key(stage: Stage) -> tuple:
    return tuple(
        (
            c.id,
            c.name,
            c.scale_min,
            c.scale_max,
            tuple(sorted((str(k), str(v)) for k, v in (c.descriptors or {}).items())),
        )
        for c in stage.criteria
    )


@functools.lru_cache(maxsize=256)
def _form_class(rubric: tuple) -> type[ReviewForm]:
    """The form class of a rubric, made once per process: WTForms binds a class's fields on its
    first use, so a class made per request pays for that each time."""

    class StageReviewForm(ReviewForm):
        pass

    for criterion_id, name, scale_min, scale_max, descriptors in rubric:
        meanings = dict(descriptors)
        setattr(
            StageReviewForm,
            f"score_{criterion_id}",
            RadioField(
                name,  # the label is worded per request, in the reader's language
                choices=[
                    (level, _level_label(meanings, level))
                    for level in range(scale_min, scale_max + 1)
                ],
                coerce=_int_or_none,
                validate_choice=False,
            ),
        )
        setattr(
            StageReviewForm,
            f"comment_{criterion_id}",
            TextAreaField(name),
        )
    return StageReviewForm


def review_form(stage: Stage, review: Review | None, formdata=None) -> ReviewForm:
    """A scoring form for the stage's criteria, filled from the saved review (or the post)."""
    data = {"version": review.version if review else 1}
    if review is not None:
        data.update(
            overall_comment=review.overall_comment,
            recommendation=review.recommendation,
            confidence=review.confidence,
        )
        for score in review.scores:
            data[f"score_{score.criterion_id}"] = score.value
            data[f"comment_{score.criterion_id}"] = score.comment
    form = _form_class(_rubric_key(stage))(formdata=formdata, data=data)
    form.stage = stage
    # Worded here, not in the cached class: a lazy text with a parameter would be rendered as
    # markup, the criterion's name unescaped.
    for criterion in stage.criteria:
        form.score_field(criterion).label.text = _(
            "Score for %(criterion)s", criterion=criterion.name
        )
        form.comment_field(criterion).label.text = _(
            "Comment on %(criterion)s", criterion=criterion.name
        )
    return form


class DiscussionPostForm(Form):
    body = TextAreaField(_l("Your post"), validators=[DataRequired(), Length(max=POST_MAX_CHARS)])
    post = SubmitField(_l("Post to the discussion"))
