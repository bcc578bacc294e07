"""The foundation schema: person, agreement, outcomes, accounts, ledger, receipts, PAs, shifts, pay runs, returns.

Revision ID: 0001
Revises: (none)
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('opening_balance', sa.Integer(), nullable=False),
    sa.Column('opening_date', sa.Date(), nullable=True),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.CheckConstraint("kind IN ('bank', 'prepaid_card', 'managed', 'cash')", name=op.f('ck_account_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('name', name=op.f('uq_account_name'))
    )
    op.create_table('agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('gross_budget', sa.Integer(), nullable=False),
    sa.Column('contribution', sa.Integer(), nullable=False),
    sa.Column('net_payment', sa.Integer(), nullable=False),
    sa.Column('payment_frequency', sa.String(length=20), nullable=False),
    sa.Column('next_payment_date', sa.Date(), nullable=True),
    sa.Column('contribution_frequency', sa.String(length=20), nullable=False),
    sa.Column('contingency_weeks', sa.Integer(), nullable=False),
    sa.CheckConstraint("payment_frequency IN ('weekly', 'four-weekly', 'monthly')", name=op.f('ck_agreement_frequency')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement'))
    )
    op.create_table('council_return',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('opening_balance', sa.Integer(), nullable=False),
    sa.Column('money_in', sa.Integer(), nullable=False),
    sa.Column('money_out', sa.Integer(), nullable=False),
    sa.Column('closing_balance', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('snapshot_json', sa.Text(), nullable=False),
    sa.Column('sent_at', sa.String(length=32), nullable=False),
    sa.Column('sent_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council_return'))
    )
    op.create_table('pay_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tax_year', sa.String(length=7), nullable=False),
    sa.Column('frequency', sa.String(length=20), nullable=False),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('pay_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('confirmed_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pay_run'))
    )
    op.create_table('personal_assistant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('contact', sa.String(length=500), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('ni_number', sa.String(length=13), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('tax_code', sa.String(length=12), nullable=False),
    sa.Column('week1_month1', sa.Boolean(), nullable=False),
    sa.Column('ni_category', sa.String(length=1), nullable=False),
    sa.Column('pay_frequency', sa.String(length=20), nullable=False),
    sa.Column('irregular_hours', sa.Boolean(), nullable=False),
    sa.Column('rolled_up_holiday_pay', sa.Boolean(), nullable=False),
    sa.Column('pension_status', sa.String(length=30), nullable=False),
    sa.Column('pension_enrolled_on', sa.Date(), nullable=True),
    sa.Column('contract_signed_on', sa.Date(), nullable=True),
    sa.Column('insurance_renewal', sa.Date(), nullable=True),
    sa.Column('dbs_checked_on', sa.Date(), nullable=True),
    sa.CheckConstraint("pay_frequency IN ('weekly', 'fortnightly', 'four-weekly', 'monthly')", name=op.f('ck_personal_assistant_frequency')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personal_assistant'))
    )
    op.create_table('wallet_info',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('council', sa.String(length=200), nullable=False),
    sa.Column('council_reference', sa.String(length=100), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wallet_info'))
    )
    op.create_table('nominated_person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('wallet_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('relationship', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('contact', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['wallet_id'], ['wallet_info.id'], name=op.f('fk_nominated_person_wallet_id_wallet_info')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nominated_person'))
    )
    op.create_table('outcome',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('hours_per_week', sa.String(length=40), nullable=True),
    sa.Column('money_per_week', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_outcome_agreement_id_agreement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcome'))
    )
    op.create_table('pay_rate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assistant_id', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('base_hourly', sa.Integer(), nullable=False),
    sa.Column('weekend_hourly', sa.Integer(), nullable=True),
    sa.Column('bank_holiday_hourly', sa.Integer(), nullable=True),
    sa.Column('night_hourly', sa.Integer(), nullable=True),
    sa.Column('sleep_in_flat', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['assistant_id'], ['personal_assistant.id'], name=op.f('fk_pay_rate_assistant_id_personal_assistant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pay_rate'))
    )
    with op.batch_alter_table('pay_rate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pay_rate_assistant_id'), ['assistant_id'], unique=False)
    op.create_table('payslip',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pay_run_id', sa.Integer(), nullable=False),
    sa.Column('assistant_id', sa.Integer(), nullable=False),
    sa.Column('hours', sa.String(length=40), nullable=False),
    sa.Column('gross_pay', sa.Integer(), nullable=False),
    sa.Column('holiday_pay', sa.Integer(), nullable=False),
    sa.Column('sick_pay', sa.Integer(), nullable=False),
    sa.Column('tax', sa.Integer(), nullable=False),
    sa.Column('employee_ni', sa.Integer(), nullable=False),
    sa.Column('employer_ni', sa.Integer(), nullable=False),
    sa.Column('employee_pension', sa.Integer(), nullable=False),
    sa.Column('employer_pension', sa.Integer(), nullable=False),
    sa.Column('net_pay', sa.Integer(), nullable=False),
    sa.Column('tax_code', sa.String(length=12), nullable=False),
    sa.Column('ni_category', sa.String(length=1), nullable=False),
    sa.Column('details_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['assistant_id'], ['personal_assistant.id'], name=op.f('fk_payslip_assistant_id_personal_assistant')),
    sa.ForeignKeyConstraint(['pay_run_id'], ['pay_run.id'], name=op.f('fk_payslip_pay_run_id_pay_run')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payslip')),
    sa.UniqueConstraint('pay_run_id', 'assistant_id', name=op.f('uq_payslip_pay_run_id'))
    )
    op.create_table('shift',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assistant_id', sa.Integer(), nullable=False),
    sa.Column('start_at', sa.String(length=32), nullable=False),
    sa.Column('end_at', sa.String(length=32), nullable=False),
    sa.Column('break_minutes', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('hours', sa.String(length=40), nullable=False),
    sa.Column('outcome_id', sa.Integer(), nullable=True),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('pay_run_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.CheckConstraint('end_at > start_at', name=op.f('ck_shift_ends_after_start')),
    sa.ForeignKeyConstraint(['assistant_id'], ['personal_assistant.id'], name=op.f('fk_shift_assistant_id_personal_assistant')),
    sa.ForeignKeyConstraint(['outcome_id'], ['outcome.id'], name=op.f('fk_shift_outcome_id_outcome')),
    sa.ForeignKeyConstraint(['pay_run_id'], ['pay_run.id'], name=op.f('fk_shift_pay_run_id_pay_run')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift'))
    )
    with op.batch_alter_table('shift', schema=None) as batch_op:
        batch_op.create_index('ix_shift_assistant_start', ['assistant_id', 'start_at'], unique=False)
    op.create_table('transaction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('payee', sa.String(length=300), nullable=False),
    sa.Column('description', sa.String(length=1000), nullable=False),
    sa.Column('category', sa.String(length=100), nullable=False),
    sa.Column('outcome_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('import_fingerprint', sa.String(length=64), nullable=True),
    sa.Column('statement_balance', sa.Integer(), nullable=True),
    sa.Column('transfer_group', sa.String(length=36), nullable=True),
    sa.Column('reconciled', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint("source IN ('manual', 'import', 'payroll', 'opening')", name=op.f('ck_transaction_source')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_transaction_account_id_account')),
    sa.ForeignKeyConstraint(['outcome_id'], ['outcome.id'], name=op.f('fk_transaction_outcome_id_outcome')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transaction'))
    )
    with op.batch_alter_table('transaction', schema=None) as batch_op:
        batch_op.create_index('ix_transaction_account_date', ['account_id', 'date'], unique=False)
        batch_op.create_index(batch_op.f('ix_transaction_import_fingerprint'), ['import_fingerprint'], unique=False)
    op.create_table('receipt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transaction_id', sa.Integer(), nullable=True),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('added_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['transaction_id'], ['transaction.id'], name=op.f('fk_receipt_transaction_id_transaction')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt'))
    )
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_transaction_id'), ['transaction_id'], unique=False)

    


def downgrade() -> None:
    raise RuntimeError("dpwallet never downgrades a wallet; restore a backup instead")
