"""Accounts: sign up, sign in and out, e-mail confirmation, password reset and change."""

from award.auth.views import bp

__all__ = ["bp"]
