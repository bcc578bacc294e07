"""Money screens: learnt categorisation rules, reconciliations, remembered bank layouts.

Revision ID: 0003
Revises: 0002

Only new tables: nothing existing is rebuilt, so a ten-year wallet upgrades in moments.
Locked (reconciled) rows reuse ``transaction.reconciled``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bank_mapping',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bank', sa.String(length=200), nullable=False),
    sa.Column('mapping_json', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_mapping')),
    sa.UniqueConstraint('bank', name=op.f('uq_bank_mapping_bank'))
    )
    op.create_table('categorisation_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('payee_key', sa.String(length=300), nullable=False),
    sa.Column('payee_example', sa.String(length=300), nullable=False),
    sa.Column('category', sa.String(length=100), nullable=False),
    sa.Column('outcome_id', sa.Integer(), nullable=True),
    sa.Column('times_used', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['outcome_id'], ['outcome.id'], name=op.f('fk_categorisation_rule_outcome_id_outcome')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categorisation_rule')),
    sa.UniqueConstraint('payee_key', name=op.f('uq_categorisation_rule_payee_key'))
    )
    op.create_table('reconciliation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('statement_date', sa.Date(), nullable=False),
    sa.Column('balance', sa.Integer(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_reconciliation_account_id_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reconciliation'))
    )
    op.create_index(op.f('ix_reconciliation_account_id'), 'reconciliation', ['account_id'], unique=False)


def downgrade() -> None:
    raise RuntimeError("dpwallet never downgrades a wallet; restore a backup instead")
