"""Contact management in Slack: settings, wiring and the domain services."""
