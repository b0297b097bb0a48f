"""Block Kit builders: pure functions from domain values to Slack blocks."""
