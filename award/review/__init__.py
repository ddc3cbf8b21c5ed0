"""The reviewer's assignments and scoring."""

from award.review.views import bp

__all__ = ["bp"]
