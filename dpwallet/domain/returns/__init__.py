"""Parts of the council return (financial check-up) sheet: to-dos and its JSON form.

The sheet itself and its input dataclasses live in ``dpwallet.domain.reconciliation``.
"""
