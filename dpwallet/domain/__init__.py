"""Pure domain logic: no Qt, no SQLAlchemy, usable from the CLI and tests."""
