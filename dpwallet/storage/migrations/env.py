"""Alembic environment: always runs on the app's own unlocked connection.

There is no URL here (it would carry the key); ``dpwallet.storage.migrate`` passes the
connection in ``config.attributes["connection"]`` inside one transaction.
"""

from __future__ import annotations

from alembic import context

from dpwallet.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    transaction_per_migration=False,
)
context.run_migrations()
