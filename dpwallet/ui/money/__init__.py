"""The Money section's screens (accounts, payments, import, checks, receipts, agreement)."""
