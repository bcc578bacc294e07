"""SQLCipher storage, migrations, backups and atomic files: plain Python, no Qt."""
