"""The Financial check-up section: sent check-ups and the wizard that makes a new one."""
