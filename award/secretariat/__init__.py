"""The secretariat's pages: rounds, screening, assignment, progress, results, the outbox."""

from award.secretariat.views import bp

__all__ = ["bp"]
