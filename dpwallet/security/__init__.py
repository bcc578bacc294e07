"""Keys, recovery codes, the OS keyring and locking: plain Python, no Qt."""
