"""The secretariat's pages: rounds, screening, council, rubric, assignment, the outbox.

The views live in several modules that register their routes on the one blueprint."""

from award.secretariat import (  # noqa: F401
    api_tokens,
    assignments,
    council,
    email_texts,
    exports,
    rankings,
    reminders,
    rounds,
    rubric,
)
from award.secretariat.views import bp

__all__ = ["bp"]
