"""A team's record of estimates against actuals: import, clean-up report, summaries.

>>> import pandas as pd
>>> df = pd.DataFrame({"estimate": [2, 4, 1, 8, 3], "actual": [2, 6, 1.5, 8, 2.5]})
>>> h = History.from_frame(df)
>>> h.n, round(h.hygiene().exact_share, 2)
(5, 0.4)

Rows with a missing, zero or negative estimate or actual are left out and
counted in :meth:`History.hygiene`; a value that is not a number at all (a
stray word, "about 3") raises :class:`~expectlib.errors.InputError` naming the
column, the row and the value, because guessing would hide a data problem.
Comma decimals ("2,5") are read as numbers.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._ratio_model import RatioModel
from ._validate import text
from .errors import InputError

__all__ = ["MIN_TASKS", "History", "Hygiene"]

MIN_TASKS = 5
EXACT_FLAG = 0.5  # above this share of exact hits, the history probably books time to the estimate
_NA_TOKENS = {"", "na", "n/a", "nan", "none", "null", "-", "—", "?"}
_COMMA_DECIMAL = re.compile(r"^[-+]?\d+,\d+$")
_REPO_DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Hygiene:
    """What a history looks like and what in it deserves a second look."""

    rows_read: int
    rows_used: int
    missing: int
    non_positive: int
    exact_share: float
    over_share: float
    round_share: float
    p80_ratio: float
    p90_ratio: float
    outliers: pd.DataFrame = field(repr=False)
    messages: tuple[str, ...] = ()

    @property
    def exact_flag(self) -> bool:
        """True when more than half the tasks land exactly on the estimate."""
        return self.exact_share > EXACT_FLAG


@dataclass(frozen=True, eq=False)
class History:
    """Past tasks: ``records`` has columns estimate, actual, ratio, person, project, date.

    Build it with :meth:`from_frame`, :meth:`from_csv`, :meth:`from_jira_csv`
    or :meth:`example`; do not construct it directly.
    """

    records: pd.DataFrame = field(repr=False)
    unit: str = "h"
    rows_read: int = 0
    missing: int = 0
    non_positive: int = 0
    source: str = "a table"

    def __repr__(self) -> str:
        return f"History({self.n} tasks in {self.unit}, from {self.source})"

    # ------------------------------------------------------------------ builders
    @classmethod
    def from_frame(
        cls,
        df: pd.DataFrame,
        *,
        estimate: str = "estimate",
        actual: str = "actual",
        person: str | None = None,
        project: str | None = None,
        date: str | None = None,
        unit: str = "h",
        source: str = "a table",
    ) -> History:
        """Build a history from a DataFrame; column names are arguments.

        ``person``, ``project`` and ``date`` are optional column names. The
        unit is whatever the estimate and actual columns are in (hours,
        minutes, pomodoros); forecasts come back in the same unit.
        """
        if not isinstance(df, pd.DataFrame):
            raise InputError("df", type(df).__name__, "pass a pandas DataFrame")
        unit = text("unit", unit)
        cols = [str(c) for c in df.columns]
        for role, name in (
            ("estimate", estimate),
            ("actual", actual),
            ("person", person),
            ("project", project),
            ("date", date),
        ):
            if name is not None and name not in df.columns:
                raise InputError(role, name, f"no such column; the columns are {', '.join(cols)}")
        rows_read = len(df)
        est = _numbers(df[estimate], estimate)
        act = _numbers(df[actual], actual)
        out = pd.DataFrame({"estimate": est, "actual": act})
        out["person"] = _labels(df[person]) if person else None
        out["project"] = _labels(df[project]) if project else None
        out["date"] = _dates(df[date], date) if date else pd.NaT
        missing = int((out["estimate"].isna() | out["actual"].isna()).sum())
        finite = np.isfinite(out["estimate"]) & np.isfinite(out["actual"])
        non_positive = int((finite & ((out["estimate"] <= 0) | (out["actual"] <= 0))).sum())
        keep = finite & (out["estimate"] > 0) & (out["actual"] > 0)
        out = out[keep]
        if date:
            out = out.sort_values("date", kind="stable", na_position="first")
        out = out.reset_index(drop=True)
        if len(out) < MIN_TASKS:
            raise InputError(
                "history",
                f"{len(out)} usable rows of {rows_read}",
                f"need at least {MIN_TASKS} past tasks with a positive estimate and actual; "
                "until then use three-point estimates (low/likely/high) without history",
            )
        out.insert(2, "ratio", out["actual"] / out["estimate"])
        return cls(
            records=out,
            unit=unit,
            rows_read=rows_read,
            missing=missing,
            non_positive=non_positive,
            source=source,
        )

    @classmethod
    def from_csv(cls, path: str | os.PathLike, **columns: Any) -> History:
        """Read a CSV (comma or semicolon separated) and call :meth:`from_frame`."""
        return cls.from_frame(_read_csv(path), source=Path(path).name, **columns)

    @classmethod
    def from_jira_csv(
        cls,
        path: str | os.PathLike,
        *,
        person: str | None = "Assignee",
        project: str | None = "Project name",
        date: str | None = "Resolved",
    ) -> History:
        """Read a Jira issue export; "Original Estimate" and "Time Spent" are seconds.

        Both are converted to hours. Issues without an estimate or without
        logged time are left out (and counted). Missing optional columns are
        ignored rather than fatal, since exports differ by configuration.
        """
        df = _read_csv(path)
        for needed in ("Original Estimate", "Time Spent"):
            if needed not in df.columns:
                raise InputError(
                    "jira export",
                    Path(path).name,
                    f"it has no {needed!r} column; in Jira export with all fields "
                    "(Original Estimate and Time Spent are in seconds)",
                )
        frame = pd.DataFrame(
            {
                "estimate": _numbers(df["Original Estimate"], "Original Estimate") / 3600.0,
                "actual": _numbers(df["Time Spent"], "Time Spent") / 3600.0,
            }
        )
        kw: dict[str, Any] = {}
        for role, name in (("person", person), ("project", project), ("date", date)):
            if name and name in df.columns:
                frame[role] = df[name]
                kw[role] = role
        if "date" not in kw and "Created" in df.columns:
            frame["date"] = df["Created"]
            kw["date"] = "date"
        return cls.from_frame(frame, unit="h", source=Path(path).name, **kw)

    @classmethod
    def example(cls) -> History:
        """The kit's synthetic example history (``data/example_history.csv``)."""
        path = _REPO_DATA / "example_history.csv"
        if not path.is_file():
            raise InputError(
                "example history",
                str(path),
                "the data folder is missing; run `make data` in the kit's folder",
            )
        return _example_cached(str(path), path.stat().st_mtime_ns)

    # ------------------------------------------------------------------ views
    @property
    def n(self) -> int:
        """Number of usable past tasks."""
        return len(self.records)

    @property
    def ratios(self) -> np.ndarray:
        """actual / estimate for every usable past task."""
        return self.records["ratio"].to_numpy()

    @property
    def people(self) -> tuple[str, ...]:
        """Names of the people in the history (empty if it names nobody)."""
        return tuple(sorted(self.records["person"].dropna().unique()))

    @functools.cached_property
    def model(self) -> RatioModel:
        """The tuned empirical ratio model (built once, on first use)."""
        rec = self.records
        persons = [None if pd.isna(p) else p for p in rec["person"]]
        days = None
        if rec["date"].notna().any():
            days = ((rec["date"] - rec["date"].min()).dt.total_seconds() / 86400.0).to_numpy(float)
        return RatioModel.build(
            rec["estimate"].to_numpy(),
            rec["actual"].to_numpy(),
            persons,
            self._group_keys(),
            days=days,
        )

    @functools.cached_property
    def plan_correlation(self) -> tuple[float, str]:
        """(correlation, how it was found) of errors within one project-month."""
        return self.model.correlation()

    def _group_keys(self) -> list:
        rec = self.records
        month = (
            rec["date"].dt.to_period("M").astype(str).where(rec["date"].notna())
            if rec["date"].notna().any()
            else None
        )
        anchor = (
            rec["project"]
            if rec["project"].notna().any()
            else (rec["person"] if rec["person"].notna().any() else None)
        )
        keys = []
        for i in range(len(rec)):
            a = None if anchor is None or pd.isna(anchor.iat[i]) else str(anchor.iat[i])
            mo = None if month is None or pd.isna(month.iat[i]) else month.iat[i]
            if a is None and mo is None:
                keys.append(None)
            elif anchor is None:
                keys.append(None if mo is None else ("month", mo))
            else:
                keys.append(None if a is None else (a, mo))
        return keys

    def hygiene(self) -> Hygiene:
        """A clean-up report: what was left out, exact hits, round numbers, outliers."""
        rec = self.records
        r = rec["ratio"].to_numpy()
        exact = float(np.mean(np.isclose(r, 1.0)))
        over = float(np.mean(r > 1.0 + 1e-9))
        est = rec["estimate"].to_numpy()
        round_share = float(np.mean(_is_round(est)))
        med = float(np.median(r))
        out_mask = (r > med * 10) | (r < med / 10)
        outliers = rec.loc[out_mask, ["estimate", "actual", "ratio", "person", "project", "date"]]
        msgs = []
        left_out = self.missing + self.non_positive
        if left_out:
            msgs.append(
                f"{left_out} of {self.rows_read} rows were left out: {self.missing} with a "
                f"missing value, {self.non_positive} with zero or a negative number."
            )
        if exact > EXACT_FLAG:
            msgs.append(
                f"{exact:.0%} of tasks took exactly the estimate. Above 50% this usually "
                "means time was booked to the estimate, not measured; forecasts from "
                "this history will look more certain than the work really is."
            )
        if round_share > 0.8:
            msgs.append(
                f"{round_share:.0%} of estimates are round numbers; round estimates are "
                "often guesses rather than sums of parts."
            )
        if out_mask.any():
            msgs.append(
                f"{int(out_mask.sum())} tasks took over 10 times more or less than the "
                "median ratio; check they are not typing errors (minutes as hours?)."
            )
        if self.n < 30:
            msgs.append(f"Only {self.n} past tasks: the forecast's tails rest on very few cases.")
        if not msgs:
            msgs.append("No problems found.")
        return Hygiene(
            rows_read=self.rows_read,
            rows_used=self.n,
            missing=self.missing,
            non_positive=self.non_positive,
            exact_share=exact,
            over_share=over,
            round_share=round_share,
            p80_ratio=float(np.quantile(r, 0.8)),
            p90_ratio=float(np.quantile(r, 0.9)),
            outliers=outliers,
            messages=tuple(msgs),
        )

    def by_person(self) -> pd.DataFrame:
        """Per-person summary: tasks, median / P80 ratio, exact-hit and overrun shares."""
        return self._summary("person")

    def by_project(self) -> pd.DataFrame:
        """Per-project summary, the same columns as :meth:`by_person`."""
        return self._summary("project")

    def _summary(self, column: str) -> pd.DataFrame:
        rec = self.records
        if rec[column].isna().all():
            raise InputError(
                column,
                None,
                f"this history names no {column}; pass {column}= the column name when you build it",
            )
        grouped = rec.dropna(subset=[column]).groupby(column, sort=True)["ratio"]
        table = pd.DataFrame(
            {
                "tasks": grouped.size(),
                "median_ratio": grouped.median(),
                "p80_ratio": grouped.quantile(0.8),
                "exact_share": grouped.apply(lambda s: float(np.mean(np.isclose(s, 1.0)))),
                "over_share": grouped.apply(lambda s: float(np.mean(s > 1.0 + 1e-9))),
            }
        )
        table["share_of_history"] = table["tasks"] / self.n
        return table.sort_values("tasks", ascending=False)

    def calibration(self, qs=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)) -> pd.DataFrame:
        """How often past tasks fell at or below their forecast quantile (leave-one-out).

        Each past task is forecast from all the others; a calibrated model
        covers about 80% of tasks at q = 0.8. The ``plain`` column repeats the
        share of tasks finished within their plain estimate, for comparison.
        """
        qs = np.asarray(qs, float)
        if qs.ndim != 1 or not np.all((qs > 0) & (qs < 1)):
            raise InputError("qs", list(qs), "use probabilities strictly between 0 and 1")
        coverage = self.model.loo_coverage(qs)
        plain = float(np.mean(self.ratios <= 1.0 + 1e-9))
        return pd.DataFrame({"nominal": qs, "model": coverage, "plain": plain})


@functools.lru_cache(maxsize=2)
def _example_cached(path: str, _mtime: int) -> History:
    return History.from_csv(
        path,
        estimate="estimate_h",
        actual="actual_h",
        person="person",
        project="project",
        date="date",
    )


def _read_csv(path: str | os.PathLike) -> pd.DataFrame:
    path = Path(path)
    if not path.is_file():
        raise InputError("path", str(path), "no such file; check the name and the folder")
    try:
        df = pd.read_csv(
            path,
            sep=None,
            engine="python",
            dtype=str,
            keep_default_na=False,
            encoding="utf-8-sig",
            skipinitialspace=True,
        )
    except UnicodeDecodeError:
        raise InputError(
            "path", str(path), "the file is not UTF-8 text; save it as CSV UTF-8"
        ) from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError, csv_error()) as exc:
        raise InputError(
            "path", str(path), f"not a readable CSV ({exc}); export it again as CSV"
        ) from None
    df.columns = [str(c).strip() for c in df.columns]
    if df.empty:
        raise InputError("path", str(path), "the file has a header but no rows")
    return df


def csv_error():
    import csv

    return csv.Error


def _numbers(col: pd.Series, name: str) -> pd.Series:
    """Column to floats: comma decimals read, NA words missing, other text an error."""
    if pd.api.types.is_bool_dtype(col):
        raise InputError(name, "True/False", "this column must hold numbers")
    if pd.api.types.is_numeric_dtype(col):
        return col.astype(float).reset_index(drop=True)
    raw = col.astype("string").str.strip()
    lowered = raw.str.lower()
    is_na = raw.isna() | lowered.isin(_NA_TOKENS)
    fixed = raw.where(
        ~raw.fillna("").str.match(_COMMA_DECIMAL), raw.str.replace(",", ".", regex=False)
    )
    values = pd.to_numeric(fixed.where(~is_na), errors="coerce")
    bad = values.isna() & ~is_na
    if bad.any():
        rows = np.flatnonzero(bad.to_numpy())
        shown = ", ".join(f"row {i + 2}: {raw.iat[i]!r}" for i in rows[:3])
        more = f" and {len(rows) - 3} more" if len(rows) > 3 else ""
        raise InputError(
            name,
            shown + more,
            "write plain numbers (2.5 or 2,5) or leave the cell empty to skip the row",
        )
    return values.astype(float).reset_index(drop=True)


def _labels(col: pd.Series) -> pd.Series:
    values = col.astype("string").str.strip().reset_index(drop=True)
    return (
        values.where(~values.fillna("").str.lower().isin(_NA_TOKENS))
        .astype(object)
        .where(lambda s: s.notna(), None)
    )


def _dates(col: pd.Series, name: str) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(col):
        return col.reset_index(drop=True)
    raw = col.astype("string").str.strip().reset_index(drop=True)
    is_na = raw.isna() | raw.str.lower().isin(_NA_TOKENS)
    parsed = pd.to_datetime(raw.where(~is_na), errors="coerce", format="mixed")
    bad = parsed.isna() & ~is_na
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise InputError(
            name,
            f"row {i + 2}: {raw.iat[i]!r}",
            "write dates as YYYY-MM-DD, or leave the cell empty",
        )
    return parsed


def _is_round(values: np.ndarray) -> np.ndarray:
    """Whole numbers that people reach for: 1–10, and multiples of 5 or 7 above."""
    whole = np.isclose(values, np.round(values))
    v = np.round(values)
    return whole & ((v <= 10) | (v % 5 == 0) | (v % 7 == 0))
