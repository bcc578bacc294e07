"""Who-changed-what audit trail, the upgrade log, and the council profile a wallet uses.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=100), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    op.create_table('migration_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('from_revision', sa.String(length=50), nullable=False),
    sa.Column('to_revision', sa.String(length=50), nullable=False),
    sa.Column('app_version', sa.String(length=20), nullable=False),
    sa.Column('backup_file', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_migration_log'))
    )
    with op.batch_alter_table("wallet_info") as batch:
        batch.add_column(
            sa.Column("council_profile", sa.String(length=100), nullable=False, server_default="")
        )


def downgrade() -> None:
    raise RuntimeError("dpwallet never downgrades a wallet; restore a backup instead")
