"""Charts render headless to readable PNGs, whatever the data (empty, many reps, zero cost)."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from PIL import Image
from sqlalchemy.orm import Session

from bot.reports import charts, roi, scorecard
from bot.reports.periods import read_period
from bot.reports.roi import Roi, RoiRow
from bot.reports.scorecard import RepCard, Scorecard
from tests.reports.test_reports_scorecard import NOW, build_book

REPO = Path(__file__).resolve().parents[2]


def image(content: bytes) -> Image.Image:
    assert content[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(io.BytesIO(content)) as checked:
        checked.verify()
    return Image.open(io.BytesIO(content))


def test_the_team_chart_of_the_hand_worked_book_is_a_readable_png(session: Session) -> None:
    book = build_book(session)
    period = read_period("2026 Q3", now=NOW, timezone="UTC")
    card = scorecard.scorecard_for(session, actor=book.mia, target=None, period=period, now=NOW)
    assert [c.monthly_assets for c in card.cards] == [
        [Decimal(0), Decimal(0), Decimal("20000000.00")],
        [Decimal("7500000.00"), Decimal("5000000.00"), Decimal("4000000.00")],
    ]
    picture = image(charts.assets_by_month(card, "Verified assets by month, 2026 Q3"))
    assert picture.format == "PNG" and picture.width >= 600 and picture.height >= 400
    # not blank: the bars put more than one colour on the canvas
    assert len(picture.convert("RGB").getcolors(maxcolors=100_000) or []) > 10


def test_many_reps_are_drawn_with_the_smallest_together(session: Session) -> None:
    period = read_period("2026 Q3", now=NOW, timezone="UTC")
    cards = [
        RepCard(n, f"U{n}", f"Rep {n}", monthly_assets=[Decimal(n * 1000), Decimal(0), Decimal(5)])
        for n in range(1, 30)
    ]
    months = [date(2026, 7, 1), date(2026, 8, 1), date(2026, 9, 1)]
    card = Scorecard(period, period.end, "USD", "everyone", cards, [], months, [])
    image(charts.assets_by_month(card, "many"))


def test_an_empty_period_still_draws(session: Session) -> None:
    book = build_book(session)
    period = read_period("2024 Q1", now=NOW, timezone="UTC")
    card = scorecard.scorecard_for(session, actor=book.ann, target=None, period=period, now=NOW)
    image(charts.assets_by_month(card, "empty"))
    image(charts.initiative_returns(roi.build(session, period=period, now=NOW), "empty"))


def test_initiative_chart_handles_zero_cost_and_nothing_attributed() -> None:
    period = read_period("2026 Q3", now=NOW, timezone="UTC")
    rows = [
        RoiRow(1, "golf", "Golf", Decimal(50000), "USD", assets={"USD": Decimal(12_000_000)}),
        RoiRow(2, "free-talk", "Talk", Decimal(0), "USD"),
        RoiRow(3, "symphony", "Symphony", Decimal(20000), "USD"),
    ]
    picture = image(charts.initiative_returns(Roi(period, period.end, rows), "returns"))
    assert picture.height >= 300


def test_charts_render_without_a_display_and_never_load_pyplot(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from decimal import Decimal\n"
        "from datetime import datetime, UTC, date\n"
        "from bot.reports import charts\n"
        "from bot.reports.periods import read_period\n"
        "from bot.reports.scorecard import Scorecard, RepCard\n"
        "p = read_period('2026 Q3', now=datetime(2026, 11, 18, tzinfo=UTC), timezone='UTC')\n"
        "c = Scorecard(p, p.end, 'USD', 'self', [RepCard(1, 'U1', 'A', monthly_assets=[Decimal(1)])],"
        " [], [date(2026, 7, 1)], [])\n"
        "assert charts.assets_by_month(c, 't').startswith(b'\\x89PNG')\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "MPLCONFIGDIR": str(tmp_path),
        "DISPLAY": "",
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
