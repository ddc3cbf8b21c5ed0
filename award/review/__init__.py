"""The reviewer's assignments and scoring, and the reviewer's profile."""

from award.review import profile  # noqa: F401  (registers its routes on bp)
from award.review.views import bp

__all__ = ["bp"]
