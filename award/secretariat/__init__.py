"""The secretariat's pages: rounds, screening, assignment, progress, results, the outbox."""

from award.secretariat import assignments  # noqa: F401  (registers its routes on bp)
from award.secretariat.views import bp

__all__ = ["bp"]
