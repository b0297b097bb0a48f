"""Reports: scorecards, initiative returns, the formula bonus and the charts.

- ``periods.read_period`` — plain-word periods as ``[start, end)`` in the reader's zone;
- ``scorecard.scorecard_for`` / ``scorecard.build`` — each rep's figures and bonus;
- ``roi.roi_for`` / ``roi.build`` — per initiative, cost against what its contacts brought;
- ``bonus.formula_bonus`` — the arithmetic, pure and ``Decimal``;
- ``charts`` — PNGs drawn headless;
- ``home`` — the App Home's queues and counts.

Slack (``/cms scorecard``, ``/cms roi``, the App Home) and ``cmsbot report``
all call the same functions, so their figures are the same.
"""
