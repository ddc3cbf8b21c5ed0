"""Public pages: the open calls, a round's call for nominations, past winners."""

from award.calls.views import bp

__all__ = ["bp"]
