"""Writers for files the person chooses to take out of the wallet (PDF, XLSX, CSV, JSON)."""
