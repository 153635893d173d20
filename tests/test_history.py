"""History: import from frames, CSVs and Jira exports; hygiene; summaries."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from expectlib.errors import InputError
from expectlib.history import History


def frame(n=12):
    """A tidy little history."""
    rng = np.random.default_rng(0)
    est = rng.choice([1.0, 2.0, 4.0], n)
    return pd.DataFrame(
        {
            "est": est,
            "act": est * rng.choice([1.0, 1.0, 1.5, 0.8], n),
            "who": rng.choice(["a", "b"], n),
            "proj": rng.choice(["x", "y"], n),
            "day": pd.date_range("2025-01-01", periods=n),
        }
    )


def test_from_frame_with_named_columns():
    """Column names are arguments; ratio is actual / estimate."""
    h = History.from_frame(
        frame(), estimate="est", actual="act", person="who", project="proj", date="day"
    )
    assert h.n == 12 and set(h.people) == {"a", "b"}
    assert np.allclose(h.records["ratio"], h.records["actual"] / h.records["estimate"])


def test_missing_and_non_positive_rows_left_out_and_counted():
    """Empty, zero and negative rows are skipped and reported in hygiene()."""
    df = frame()
    df.loc[0, "act"] = np.nan
    df.loc[1, "est"] = 0
    df.loc[2, "act"] = -3
    h = History.from_frame(df, estimate="est", actual="act")
    hy = h.hygiene()
    assert h.n == 9 and hy.missing == 1 and hy.non_positive == 2
    assert any("3 of 12 rows were left out" in m for m in hy.messages)


def test_wrong_column_names_the_columns():
    """A wrong column name lists the columns there are."""
    with pytest.raises(
        InputError, match="^estimate: got 'estimate'; no such column; the columns are est, act"
    ):
        History.from_frame(frame())


@pytest.mark.parametrize("rows", [0, 1, 4])
def test_too_small_history(rows):
    """Empty, one-row and four-row histories say how many tasks are needed."""
    with pytest.raises(InputError, match="need at least 5 past tasks"):
        History.from_frame(frame(rows) if rows else frame(5).iloc[:0], estimate="est", actual="act")


def test_not_a_frame():
    """A list is not a DataFrame."""
    with pytest.raises(InputError, match="^df: "):
        History.from_frame([1, 2, 3])


def test_csv_with_comma_decimals_and_semicolons(tmp_path):
    """A European CSV (semicolons, comma decimals) reads as numbers."""
    p = tmp_path / "h.csv"
    p.write_text("estimate;actual\n" + "".join(f"{i},5;{i + 1},25\n" for i in range(1, 8)))
    h = History.from_csv(p)
    assert h.records["estimate"].iloc[0] == 1.5 and h.records["actual"].iloc[0] == 2.25


def test_csv_with_stray_text_names_row_and_value(tmp_path):
    """A word in a number column is reported with its row, not guessed."""
    p = tmp_path / "h.csv"
    p.write_text("estimate,actual\n" + "2,3\n" * 6 + "4,about 5\n")
    with pytest.raises(InputError, match=r"^actual: got \"row 8: 'about 5'\""):
        History.from_csv(p)


def test_csv_na_words_are_missing(tmp_path):
    """n/a, NA and empty cells count as missing, not as errors."""
    p = tmp_path / "h.csv"
    p.write_text("estimate,actual\n" + "2,3\n" * 6 + "4,n/a\n5,\nNA,3\n")
    assert History.from_csv(p).hygiene().missing == 3


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("", "not a readable CSV"),
        ("estimate,actual\n", "header but no rows"),
    ],
)
def test_empty_csv(tmp_path, content, match):
    """Empty files give a clear message."""
    p = tmp_path / "h.csv"
    p.write_text(content)
    with pytest.raises(InputError, match=match):
        History.from_csv(p)


def test_missing_csv(tmp_path):
    """A missing file is named."""
    with pytest.raises(InputError, match="no such file"):
        History.from_csv(tmp_path / "nope.csv")


def test_binary_file_is_refused(tmp_path):
    """A spreadsheet saved as .xlsx is not read as text."""
    p = tmp_path / "h.csv"
    p.write_bytes(b"PK\x03\x04\x00\xff\xfe\x00\x00" * 20)
    with pytest.raises(InputError):
        History.from_csv(p)


def test_jira_export_seconds_to_hours(tmp_path):
    """Original Estimate and Time Spent are seconds; blanks are skipped."""
    p = tmp_path / "jira.csv"
    rows = ["Issue key,Assignee,Project name,Resolved,Original Estimate,Time Spent"]
    rows += [f"K-{i},ana,Web,2025-01-{i + 1:02d},7200,{3600 * (i % 3 + 1)}" for i in range(8)]
    rows += ["K-9,ben,Web,2025-02-01,,3600"]
    p.write_text("\n".join(rows) + "\n")
    h = History.from_jira_csv(p)
    assert h.n == 8 and h.unit == "h"
    assert h.records["estimate"].iloc[0] == 2.0 and h.hygiene().missing == 1


def test_jira_export_without_time_spent(tmp_path):
    """An export lacking Time Spent says how to export it."""
    p = tmp_path / "jira.csv"
    p.write_text("Issue key,Original Estimate\nK-1,3600\n")
    with pytest.raises(InputError, match="Time Spent"):
        History.from_jira_csv(p)


def test_example_jira_export_reads():
    """The kit's example Jira export imports."""
    h = History.from_jira_csv(Path(__file__).parent.parent / "data" / "example_jira_export.csv")
    assert h.n >= 20


def test_hygiene_flags_booked_to_estimate():
    """More than half exact hits is flagged with an explanation."""
    df = pd.DataFrame({"estimate": [1, 2, 3, 4, 5, 6, 7, 8], "actual": [1, 2, 3, 4, 5, 6, 9, 4]})
    hy = History.from_frame(df).hygiene()
    assert hy.exact_share == 0.75 and hy.exact_flag
    assert any("booked to the estimate" in m for m in hy.messages)


def test_hygiene_outliers_and_round_numbers():
    """A 50x overrun is listed as an outlier; round estimates are counted."""
    df = pd.DataFrame({"estimate": [1, 2, 3, 4, 5, 6, 7, 8], "actual": [1, 2, 150, 4, 5, 7, 8, 9]})
    hy = History.from_frame(df).hygiene()
    assert len(hy.outliers) == 1 and hy.outliers["actual"].iloc[0] == 150
    assert hy.round_share == 1.0


def test_by_person_and_project():
    """Summaries per person and per project, with shares that add up."""
    h = History.from_frame(frame(40), estimate="est", actual="act", person="who", project="proj")
    bp = h.by_person()
    assert set(bp.index) == {"a", "b"} and bp["tasks"].sum() == 40
    assert {"median_ratio", "p80_ratio", "exact_share", "over_share"} <= set(bp.columns)
    assert h.by_project()["share_of_history"].sum() == pytest.approx(1.0)


def test_by_person_without_person_column():
    """Asking for people when none were named explains how to name them."""
    with pytest.raises(InputError, match="^person: "):
        History.from_frame(frame(), estimate="est", actual="act").by_person()


def test_example_history_is_available():
    """History.example() loads the kit's generated history."""
    h = History.example()
    assert h.n > 500 and len(h.people) >= 5
    assert h.model.tuned


def test_calibration_rejects_bad_qs():
    """Probabilities outside (0, 1) are refused."""
    with pytest.raises(InputError, match="^qs: "):
        History.example().calibration(qs=[0.5, 1.0])
