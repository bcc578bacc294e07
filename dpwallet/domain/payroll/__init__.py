"""Payroll calculation core for people who employ personal assistants.

Pure Python, exact money (integer pence and Decimal), no Qt, no database, no
network. Rates live in ``rates/<tax year>.json``; a new tax year is a new file.
The entry point for a pay run is :func:`dpwallet.domain.payroll.payslip.calculate_payslip`.
"""
