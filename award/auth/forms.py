"""Forms for signing up, signing in and managing a password. They validate; they never write."""

from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional, ValidationError

from award.choices import LANGUAGE_CHOICES, country_choices, timezone_choices
from award.forms import Form
from award.security import MAX_PASSWORD_LENGTH, password_problem


def strong_password(form, field) -> None:
    problem = password_problem(field.data or "")
    if problem:
        raise ValidationError(problem)


class RegisterForm(Form):
    name = StringField("Full name", validators=[DataRequired(), Length(max=200)])
    email = EmailField(
        "E-mail address",
        validators=[DataRequired(), Email(check_deliverability=False), Length(max=254)],
    )
    password = PasswordField(
        "Password",
        description="At least 8 characters. A long passphrase is best.",
        validators=[DataRequired(), Length(max=MAX_PASSWORD_LENGTH), strong_password],
    )
    confirm = PasswordField(
        "Repeat the password",
        validators=[DataRequired(), EqualTo("password", message="The passwords do not match.")],
    )
    organisation = StringField("Organisation", validators=[Optional(), Length(max=200)])
    country = SelectField("Country", validators=[Optional()], validate_choice=True)
    language = SelectField("Language for e-mails and pages", choices=LANGUAGE_CHOICES)
    timezone = SelectField("Time zone", default="UTC")
    submit = SubmitField("Create account")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.country.choices = [("", "Choose a country")] + country_choices()
        self.timezone.choices = timezone_choices()


class LoginForm(Form):
    email = EmailField("E-mail address", validators=[DataRequired(), Length(max=254)])
    password = PasswordField(
        "Password", validators=[DataRequired(), Length(max=MAX_PASSWORD_LENGTH)]
    )
    remember = BooleanField("Keep me signed in on this device")
    submit = SubmitField("Sign in")


class ForgotPasswordForm(Form):
    email = EmailField("E-mail address", validators=[DataRequired(), Length(max=254)])
    submit = SubmitField("Send me a reset link")


class ResetPasswordForm(Form):
    password = PasswordField(
        "New password",
        validators=[DataRequired(), Length(max=MAX_PASSWORD_LENGTH), strong_password],
    )
    confirm = PasswordField(
        "Repeat the new password",
        validators=[DataRequired(), EqualTo("password", message="The passwords do not match.")],
    )
    submit = SubmitField("Set the new password")


class ChangePasswordForm(ResetPasswordForm):
    current = PasswordField("Current password", validators=[DataRequired()])
    submit = SubmitField("Change password")


class ReauthenticateForm(Form):
    password = PasswordField("Password", validators=[DataRequired()])
    submit = SubmitField("Confirm")


class ResendVerificationForm(Form):
    email = EmailField("E-mail address", validators=[DataRequired(), Length(max=254)])
    submit = SubmitField("Send a new confirmation link")
