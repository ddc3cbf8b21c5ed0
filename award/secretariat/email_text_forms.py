"""The form for a round's own wording of an e-mail. It shapes the input; the check of the
placeholders lives in award.operations.email_texts."""

from wtforms import StringField, SubmitField, TextAreaField

from award.forms import Form


class EmailTextForm(Form):
    subject = StringField("Subject")
    body = TextAreaField("Text of the e-mail", render_kw={"rows": 16})
    preview = SubmitField("Preview")
    save = SubmitField("Save this text")
