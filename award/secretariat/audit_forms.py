"""The audit log's filters, read from the query string. They validate and shape; never write."""

from flask_babel import lazy_gettext as _l
from wtforms import EmailField, SelectField
from wtforms.validators import Length, Optional

from award.forms import Form
from award.models import Round


class AuditFilterForm(Form):
    class Meta:
        csrf = False  # a GET form: it changes nothing

    round = SelectField(_l("Round"), validators=[Optional()])
    person = EmailField(
        _l("Person (e-mail address)"),
        validators=[Optional(), Length(max=254)],
        description=_l("Who acted, or whose account was acted on."),
    )
    action = SelectField(_l("Action"), validators=[Optional()])

    def __init__(self, formdata, rounds: list[Round], actions: list[str]):
        super().__init__(formdata)
        self.round.choices = [("", _l("All rounds"))] + [(str(r.id), r.name) for r in rounds]
        self.action.choices = [("", _l("All actions"))] + [(a, a) for a in actions]
        self.validate()  # an unknown value in the query string is dropped, not an error page

    def filters(self) -> dict[str, str]:
        """The filters that were given and are valid, as strings: for the paging links."""
        values = {name: getattr(self, name).data for name in ("round", "person", "action")}
        return {k: v for k, v in values.items() if v and k not in self.errors}

    def query_values(self) -> dict:
        given = self.filters()
        return {
            "round_id": int(given["round"]) if "round" in given else None,
            "email": given.get("person", ""),
            "action": given.get("action", ""),
        }
