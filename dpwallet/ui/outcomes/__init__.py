"""The Outcomes section: the support-plan outcomes and the spend towards each."""
