"""dpwallet: a private, offline wallet for people who manage a direct payment."""

__version__ = "0.1.0"
