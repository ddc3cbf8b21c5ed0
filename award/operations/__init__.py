"""Business rules as plain functions. They check, change, log and notify, then flush; the caller
(a view, a CLI command or a task) commits once."""
