"""The HTTP door: Slack's signed requests in, checked before Bolt reads them; the servers."""
