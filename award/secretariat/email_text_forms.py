"""The form for a round's own wording of an e-mail. It shapes the input; the check of the
placeholders lives in award.operations.email_texts."""

from flask_babel import lazy_gettext as _l
from wtforms import StringField, SubmitField, TextAreaField

from award.forms import Form


class EmailTextForm(Form):
    subject = StringField(_l("Subject"))
    body = TextAreaField(_l("Text of the e-mail"), render_kw={"rows": 16})
    preview = SubmitField(_l("Preview"))
    save = SubmitField(_l("Save this text"))
