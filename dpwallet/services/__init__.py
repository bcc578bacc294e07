"""One named command per user action, each one transaction with an audit entry."""
