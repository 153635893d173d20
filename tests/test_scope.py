"""Brief, prequalify(), Scope: validation, save/load, Markdown/HTML and the example data."""

from __future__ import annotations

import html
import json
import os
import sys
import tempfile
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from expectlib.errors import InputError
from expectlib.scope import (
    CADENCES,
    RED_FLAGS,
    Brief,
    CommunicationPlan,
    Deliverable,
    Milestone,
    PaymentStage,
    Scope,
    prequalify,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
NASTY = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "Fish & Chips",
    "it's \"quoted\" 'twice'",
    "مخبز الأمل",
    "Пекарня «Крошка»",
    "Toko Roti Enak",
    "a|b*c_d#[x]",
    "&lt;not a tag&gt;",
    "🎂 cake",
]


def small_scope(**kw) -> Scope:
    """A valid two-deliverable scope; keyword arguments replace fields."""
    base = {
        "project": "Bakery site",
        "client": "Crumbs",
        "deliverables": [
            Deliverable(name="Logo", unit="logo", acceptance="approved", price=450),
            Deliverable(name="Inner pages", quantity=5, unit="page", price=1000, milestone="Build"),
        ],
        "out_of_scope": ["Blog", "Printing"],
        "milestones": [Milestone("Design", date(2025, 2, 14)), Milestone("Build")],
        "payment_stages": [PaymentStage("Deposit", 0.3), PaymentStage("Rest", 0.7, "Build")],
    }
    base.update(kw)
    return Scope(**base)


# --------------------------------------------------------------------------- Brief
class TestBrief:
    """The intake brief: lenient inputs, normalised values, round trips."""

    def test_empty_brief_is_valid(self):
        """Every field is optional: a brief is filled in gradually."""
        b = Brief()
        assert b.goal == "" and b.deadline is None and b.must_haves == ()

    def test_normalises_lists_dates_numbers(self):
        """Lists become tuples, ISO strings dates, "2,5" a float; text is stripped."""
        b = Brief(
            goal="  Sell cakes  ",
            must_haves=["Menu", "Order form"],
            deadline="2025-04-04",
            budget_max="2,5",
            estimated_hours=10,
        )
        assert b.goal == "Sell cakes"
        assert b.must_haves == ("Menu", "Order form")
        assert b.deadline == date(2025, 4, 4)
        assert b.budget_max == 2.5

    def test_budget_min_above_max(self):
        """A minimum budget above the maximum is refused, naming budget_min."""
        with pytest.raises(InputError, match=r"^budget_min: got 900\.0; the lowest budget"):
            Brief(budget_min=900, budget_max=500)

    def test_dict_round_trip(self):
        """from_dict(to_dict(b)) == b, and to_dict is plain JSON."""
        b = Brief.example("good")
        d = b.to_dict()
        json.dumps(d)
        assert d["deadline"] == "2025-04-04"
        assert Brief.from_dict(d) == b

    def test_save_load(self, tmp_path):
        """A saved brief loads back equal (kind "brief")."""
        b = Brief(goal="Online pre-orders", deadline=date(2025, 4, 4), staged_payment_ok=False)
        path = b.save(tmp_path / "brief.json")
        assert json.loads(path.read_text("utf-8"))["format"] == "expectlib/brief"
        assert Brief.load(path) == b

    def test_load_names_the_field(self, tmp_path):
        """A hand-edited brief file with a bad value names the field and the file."""
        path = Brief(goal="x").save(tmp_path / "b.json")
        env = json.loads(path.read_text("utf-8"))
        env["data"]["budget_max"] = "lots"
        path.write_text(json.dumps(env), "utf-8")
        with pytest.raises(InputError, match=r"^budget_max: got 'lots'; .*\(in b\.json\)$"):
            Brief.load(path)

    def test_unknown_key(self):
        """A misspelt key is named, with the known fields listed."""
        with pytest.raises(InputError, match=r"^budjet_max: .*unknown field of Brief"):
            Brief.from_dict({"budjet_max": 100})

    def test_example_which(self):
        """Brief.example only knows "good" and "vague"."""
        with pytest.raises(InputError, match="^which: got 'best'"):
            Brief.example("best")


BRIEF_BAD = [
    ("project", 5),
    ("client", ["x"]),
    ("goal", 3.5),
    ("why", 1),
    ("audience", 1),
    ("deliverables_wanted", "logo"),
    ("must_haves", ["ok", ""]),
    ("nice_to_haves", [1]),
    ("deadline", "31/02/2025"),
    ("deadline_reason", 7),
    ("budget_min", -1),
    ("budget_max", "abc"),
    ("currency", ""),
    ("decision_maker", 1),
    ("examples_liked", "site.com"),
    ("examples_disliked", [None]),
    ("client_inputs", 3),
    ("inputs_due", "soon"),
    ("feedback_turnaround_days", -2),
    ("staged_payment_ok", "maybe"),
    ("contact_expectation", 1),
    ("guarantee_requested", 1),
    ("estimated_hours", 0),
    ("hourly_rate", "free"),
]


@pytest.mark.parametrize(("name", "bad"), BRIEF_BAD, ids=[n for n, _ in BRIEF_BAD])
def test_every_brief_field_is_validated(name, bad):
    """Each Brief field refuses a bad value with an InputError that names the field."""
    with pytest.raises(InputError) as info:
        Brief(**{name: bad})
    assert info.value.field.split("[")[0] == name
    assert str(info.value).startswith(info.value.field + ": got ")


def test_brief_bad_fields_cover_every_field():
    """The parametrised list above covers every Brief field."""
    from dataclasses import fields

    assert {n for n, _ in BRIEF_BAD} == {f.name for f in fields(Brief)}


# --------------------------------------------------------------------------- prequalify
class TestPrequalify:
    """Explainable red-flag rules."""

    def test_good_brief_goes(self):
        """The example good brief has no red flags and a 'go'."""
        p = prequalify(Brief.example("good"))
        assert (p.score, p.level, p.flags) == (100, "go", ())
        assert "No red flags" in p.summary()

    def test_vague_brief(self):
        """The vague brief trips the flags it was written to trip, each with evidence."""
        p = prequalify(Brief.example("vague"))
        assert p.level == "walk away?"
        assert {
            "vague_goal",
            "no_decision_maker",
            "deadline_without_reason",
            "budget_below_effort",
            "you_decide",
            "always_reachable",
        } <= set(p.codes)
        ev = {f.code: f.evidence for f in p.flags}
        assert '"you decide"' in ev["you_decide"]
        assert "asap" in ev["deadline_without_reason"]
        assert "500 USD < 40 h × 45 USD/h = 1,800 USD" in ev["budget_below_effort"]
        assert len(p.questions) == len(p.flags)
        assert all(f.ask_next.endswith("?") for f in p.flags)

    @pytest.mark.parametrize(
        ("brief", "code"),
        [
            (Brief(goal=""), "vague_goal"),
            (Brief(goal="Nice site"), "vague_goal"),
            (Brief(decision_maker="The whole committee"), "no_decision_maker"),
            (Brief(deadline="2025-05-01"), "deadline_without_reason"),
            (Brief(why="URGENT!!! need it yesterday"), "deadline_without_reason"),
            (Brief(budget_max=800, estimated_hours=40, hourly_rate=50), "budget_below_effort"),
            (Brief(goal="Whatever you think, you're the expert"), "you_decide"),
            (Brief(goal="Terserah, bebas saja"), "you_decide"),
            (Brief(goal="Сделайте на ваше усмотрение"), "you_decide"),
            (Brief(goal="كما تريد"), "you_decide"),
            (Brief(staged_payment_ok=False), "refuses_staged_payment"),
            (Brief(why="I pay when it's done, no deposit"), "refuses_staged_payment"),
            (Brief(contact_expectation="Call me ANY TIME, 24/7!"), "always_reachable"),
            (Brief(contact_expectation="в любое время"), "always_reachable"),
            (Brief(guarantee_requested="first page of Google"), "guaranteed_outcome"),
            (Brief(goal="It must go viral"), "guaranteed_outcome"),
            (Brief(goal="A site", client_inputs=["photos"]), "no_inputs_plan"),
            (Brief(feedback_turnaround_days=10), "slow_feedback"),
        ],
    )
    def test_rule_fires(self, brief, code):
        """Each rule fires on messy text (case, punctuation, other languages)."""
        p = prequalify(brief)
        assert code in p.codes
        flag = next(f for f in p.flags if f.code == code)
        assert flag.title == RED_FLAGS[code][0] and flag.evidence and flag.ask_next

    def test_rules_stay_quiet(self):
        """A deadline with a reason, a budget above the effort and office hours raise nothing."""
        b = Brief(
            goal="30 online pre-orders a week by June",
            decision_maker="Maya (owner)",
            deadline="2025-04-04",
            deadline_reason="Second shop opens on 5 April",
            budget_max=3000,
            estimated_hours=40,
            hourly_rate=50,
            staged_payment_ok=True,
            contact_expectation="Email on weekdays",
            client_inputs=["photos"],
            inputs_due="2025-01-24",
        )
        assert prequalify(b).flags == ()

    def test_score_and_levels(self):
        """The score is 100 minus the flag weights; levels cut at 90 and 50."""
        assert prequalify(Brief(goal="30 orders a week by June", decision_maker="Maya")).score in (
            95,
            100,
        )
        assert prequalify(Brief()).level == "ask first"  # no goal, no decision maker
        assert prequalify(Brief.example("vague")).score < 50

    def test_summary_lists_flags_and_questions(self):
        """summary() names each flag with its evidence and numbers the questions."""
        text = prequalify(Brief.example("vague")).summary()
        assert text.startswith("Score ") and "Ask next:" in text and "\n1. " in text

    def test_not_a_brief(self):
        """prequalify needs a Brief."""
        with pytest.raises(InputError, match="^brief: got 'dict'"):
            prequalify({"goal": "x"})


# --------------------------------------------------------------------------- Scope pieces
class TestDeliverable:
    """One line of the statement of work."""

    def test_contract_keywords(self):
        """Deliverable(name=, quantity=, unit=, acceptance=, price=) works as in DESIGN.md §4."""
        d = Deliverable(name="Logo", quantity=1, unit="logo", acceptance="approved", price=100)
        assert (d.revisions, d.milestone, d.has_hours) == (2, "", False)

    def test_unit_price_and_whole_quantity(self):
        """Quantities that are whole become ints; unit_price = price / quantity."""
        d = Deliverable(name="Posts", quantity="20", unit="post", price="500")
        assert d.quantity == 20 and isinstance(d.quantity, int) and d.unit_price == 25

    def test_hours_all_or_none(self):
        """Three-point hours come as a set of three."""
        with pytest.raises(InputError, match="^likely_hours: got None; give low, likely and high"):
            Deliverable(name="x", low_hours=2)
        d = Deliverable(name="x", low_hours=2, likely_hours="3,5", high_hours=8)
        assert (d.low_hours, d.likely_hours, d.high_hours) == (2, 3.5, 8)


DELIVERABLE_BAD = [
    ("name", ""),
    ("quantity", 0),
    ("unit", ""),
    ("acceptance", 5),
    ("price", "abc"),
    ("revisions", 1.5),
    ("milestone", 3),
    ("low_hours", -1),
    ("likely_hours", 0),
    ("high_hours", 1),
]


@pytest.mark.parametrize(("name", "bad"), DELIVERABLE_BAD, ids=[n for n, _ in DELIVERABLE_BAD])
def test_every_deliverable_field_is_validated(name, bad):
    """Each Deliverable field refuses a bad value, naming the field."""
    kw = {"name": "Logo", "low_hours": 2, "likely_hours": 4, "high_hours": 8}
    kw[name] = bad
    with pytest.raises(InputError) as info:
        Deliverable(**kw)
    assert info.value.field == name


PIECES_BAD = [
    (Milestone, {"name": ""}, "name"),
    (Milestone, {"name": "M", "due": "next week"}, "due"),
    (Milestone, {"name": "M", "description": 5}, "description"),
    (PaymentStage, {"name": "", "share": 0.3}, "name"),
    (PaymentStage, {"name": "P", "share": 0}, "share"),
    (PaymentStage, {"name": "P", "share": "150%"}, "share"),
    (PaymentStage, {"name": "P", "share": 0.3, "milestone": 5}, "milestone"),
    (CommunicationPlan, {"channel": ""}, "channel"),
    (CommunicationPlan, {"contact_hours": ""}, "contact_hours"),
    (CommunicationPlan, {"response_time_hours": 0}, "response_time_hours"),
    (CommunicationPlan, {"update_cadence": "hourly"}, "update_cadence"),
    (CommunicationPlan, {"documents": [("report",)]}, "documents[0]"),
    (CommunicationPlan, {"documents": [("report", "")]}, "documents[0].when"),
    (CommunicationPlan, {"documents": "report"}, "documents"),
]


@pytest.mark.parametrize(("cls", "kw", "field"), PIECES_BAD)
def test_every_piece_field_is_validated(cls, kw, field):
    """Milestone, PaymentStage and CommunicationPlan fields name themselves when bad."""
    with pytest.raises(InputError) as info:
        cls(**kw)
    assert info.value.field == field


def test_percent_share_and_cadences():
    """A share can be "30%"; the update cadence is a choice, weekly by default, daily allowed."""
    assert PaymentStage("Deposit", "30%").share == pytest.approx(0.3)
    assert CommunicationPlan().update_cadence == "weekly"
    assert "daily" in CADENCES and CommunicationPlan(update_cadence="daily")


SCOPE_BAD = [
    ({"project": ""}, "project"),
    ({"client": "  "}, "client"),
    ({"provider": 5}, "provider"),
    ({"deliverables": []}, "deliverables"),
    ({"deliverables": [{"name": "Logo", "price": "abc"}]}, "deliverables[0].price"),
    ({"out_of_scope": "Blog"}, "out_of_scope"),
    ({"objectives": ["ok", ""]}, "objectives[1]"),
    ({"assumptions": [3]}, "assumptions[0]"),
    ({"client_responsibilities": [""]}, "client_responsibilities[0]"),
    ({"milestones": [{"name": "M", "due": "someday"}]}, "milestones[0].due"),
    ({"payment_stages": [{"name": "All", "share": "x"}]}, "payment_stages[0].share"),
    ({"change_control": ""}, "change_control"),
    ({"communication": 5}, "communication"),
    ({"communication": {"update_cadence": "hourly"}}, "communication.update_cadence"),
    ({"metrics": [None]}, "metrics[0]"),
    ({"currency": ""}, "currency"),
    ({"notes": 5}, "notes"),
]


@pytest.mark.parametrize(("kw", "field"), SCOPE_BAD, ids=[f for _, f in SCOPE_BAD])
def test_every_scope_field_is_validated(kw, field):
    """Each Scope field refuses a bad value, naming the field path."""
    with pytest.raises(InputError) as info:
        small_scope(**kw)
    assert info.value.field == field


def test_scope_bad_fields_cover_every_field():
    """The parametrised list above covers every Scope field."""
    from dataclasses import fields

    covered = {f.split("[")[0].split(".")[0] for _, f in SCOPE_BAD}
    assert covered == {f.name for f in fields(Scope)}


class TestScopeCrossFields:
    """Rules across fields."""

    def test_shares_must_add_up(self):
        """Payment shares add up to 100%."""
        with pytest.raises(InputError, match=r"^payment_stages: got 'shares add up to 90\.0%'"):
            small_scope(payment_stages=[PaymentStage("A", 0.3), PaymentStage("B", 0.6)])

    def test_unknown_milestone(self):
        """A deliverable or payment stage naming a missing milestone is refused, by path."""
        with pytest.raises(InputError, match=r"^deliverables\[1\]\.milestone: got 'Buidl'"):
            small_scope(
                deliverables=[
                    Deliverable(name="Logo"),
                    Deliverable(name="Pages", milestone="Buidl"),
                ]
            )
        with pytest.raises(InputError, match=r"^payment_stages\[0\]\.milestone"):
            small_scope(payment_stages=[PaymentStage("All", 1, "Launch")])

    def test_duplicate_names(self):
        """Deliverable and milestone names are unique, ignoring case."""
        with pytest.raises(InputError, match=r"^deliverables\[1\]\.name: got 'logo'"):
            small_scope(deliverables=[Deliverable(name="Logo"), Deliverable(name="logo")])
        with pytest.raises(InputError, match=r"^milestones\[1\]\.name"):
            small_scope(milestones=[Milestone("Build"), Milestone("build")])

    def test_single_deliverable_not_in_a_list(self):
        """Passing one Deliverable instead of a list says how to fix it."""
        with pytest.raises(InputError, match=r"^deliverables: .*pass a list"):
            small_scope(deliverables=Deliverable(name="Logo"))

    def test_mappings_and_lists_are_normalised(self):
        """Lists become tuples; dict deliverables become Deliverable objects."""
        s = small_scope(
            deliverables=[{"name": "Logo", "price": "450"}], milestones=[], payment_stages=[]
        )
        assert isinstance(s.deliverables, tuple) and isinstance(s.deliverables[0], Deliverable)
        assert s.out_of_scope == ("Blog", "Printing")


class TestScopeHelpers:
    """Totals, payment schedule and editing helpers."""

    def test_total_and_schedule(self):
        """Payment amounts follow the shares and add up to the total exactly."""
        s = Scope.example()
        assert s.total_price == 2900
        amounts = [a for _, a in s.payment_schedule()]
        assert amounts == [870, 1160, 870] and sum(amounts) == s.total_price

    def test_schedule_rounding_remainder(self):
        """Rounded to cents, the last stage takes the remainder."""
        s = small_scope(
            deliverables=[Deliverable(name="X", price=100)],
            payment_stages=[
                PaymentStage("a", 1 / 3),
                PaymentStage("b", 1 / 3),
                PaymentStage("c", 1 / 3),
            ],
        )
        amounts = [a for _, a in s.payment_schedule()]
        assert amounts == [33.33, 33.33, 33.34]

    def test_with_and_without_deliverable(self):
        """with_deliverable adds or replaces by name; without_deliverable removes."""
        s = small_scope()
        s2 = s.with_deliverable(Deliverable(name="Homepage", price=600))
        assert [d.name for d in s2.deliverables] == ["Logo", "Inner pages", "Homepage"]
        s3 = s2.with_deliverable({"name": "logo", "price": 500})
        assert s3.deliverables[0].price == 500 and len(s3.deliverables) == 3
        assert [d.name for d in s3.without_deliverable("LOGO").deliverables] == [
            "Inner pages",
            "Homepage",
        ]
        assert s.deliverables == small_scope().deliverables  # unchanged (frozen)
        with pytest.raises(InputError, match="^name: got 'Blog'; no such deliverable"):
            s.without_deliverable("Blog")
        with pytest.raises(InputError, match=r"^deliverable\.price"):
            s.with_deliverable({"name": "X", "price": -1})


# --------------------------------------------------------------------------- save / load
class TestSaveLoad:
    """Versioned, atomic, validated JSON."""

    def test_round_trip(self, tmp_path):
        """Scope.load(save(s)) == s, and the file is an expectlib/scope v1 envelope."""
        s = Scope.example()
        path = s.save(tmp_path / "sub" / "scope.json")
        env = json.loads(path.read_text("utf-8"))
        assert (env["format"], env["version"]) == ("expectlib/scope", 1)
        assert Scope.load(path) == s

    def _edit(self, path: Path, fn) -> None:
        env = json.loads(path.read_text("utf-8"))
        fn(env)
        path.write_text(json.dumps(env, ensure_ascii=False), "utf-8")

    @pytest.mark.parametrize(
        ("edit", "message"),
        [
            (
                lambda e: e["data"]["deliverables"][1].__setitem__("price", "abc"),
                r"^deliverables\[1\]\.price: got 'abc'; type a plain number.*\(in s\.json\)$",
            ),
            (
                lambda e: e["data"]["deliverables"][0].pop("name"),
                r"^deliverables\[0\]\.name: got None; missing",
            ),
            (
                lambda e: e["data"]["deliverables"][0].__setitem__("prise", 3),
                r"^deliverables\[0\]\.prise: got 3; unknown field of Deliverable",
            ),
            (
                lambda e: e["data"]["communication"].__setitem__("update_cadence", "hourly"),
                r"^communication\.update_cadence: got 'hourly'; choose one of",
            ),
            (
                lambda e: e["data"]["milestones"][0].__setitem__("due", "24/01/2025"),
                r"^milestones\[0\]\.due: got '24/01/2025'; use a date",
            ),
            (
                lambda e: e["data"]["payment_stages"][2].__setitem__("share", 0.5),
                r"^payment_stages: got 'shares add up to 120\.0%'",
            ),
            (
                lambda e: e["data"].__setitem__("deliverables", "Logo"),
                r"^deliverables: got 'Logo'; pass a list",
            ),
            (lambda e: e.__setitem__("data", [1, 2]), r"^data: got 'list'"),
            (lambda e: e.__setitem__("version", 2), r"^version: got 2; saved by a newer"),
            (
                lambda e: e.__setitem__("format", "expectlib/brief"),
                r"^format: got 'expectlib/brief'",
            ),
        ],
    )
    def test_hand_edited_file(self, tmp_path, edit, message):
        """A corrupted or hand-edited file fails with the field path and the fix."""
        path = Scope.example().save(tmp_path / "s.json")
        self._edit(path, edit)
        with pytest.raises(InputError, match=message):
            Scope.load(path)

    def test_broken_json(self, tmp_path):
        """Broken JSON is reported with its line and column."""
        path = Scope.example().save(tmp_path / "s.json")
        path.write_text(path.read_text("utf-8")[:200], "utf-8")
        with pytest.raises(InputError, match=r"^file: got 's\.json line \d+ column \d+'"):
            Scope.load(path)

    def test_missing_file(self, tmp_path):
        """A missing file says so."""
        with pytest.raises(InputError, match="^path: .*no such file"):
            Scope.load(tmp_path / "nope.json")

    @staticmethod
    def _assert_intact(path: Path, before: bytes) -> None:
        assert path.read_bytes() == before
        assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp file left
        Scope.load(path)

    def test_unencodable_data_leaves_old_file(self, tmp_path):
        """Data that cannot be encoded fails before the file is touched."""
        path = Scope.example().save(tmp_path / "s.json")
        before = path.read_bytes()
        bad = small_scope()
        object.__setattr__(bad, "notes", object())  # bypass validation on purpose
        with pytest.raises(InputError, match="^data: got 'dict'; only plain, finite values"):
            bad.save(path)
        self._assert_intact(path, before)

    def test_failure_in_the_middle_leaves_old_file(self, tmp_path, monkeypatch):
        """A crash while writing (fsync fails) leaves the old file and no temp file."""
        path = Scope.example().save(tmp_path / "s.json")
        before = path.read_bytes()

        def boom(fd):
            raise OSError(5, "Input/output error")

        monkeypatch.setattr("expectlib.storage.os.fsync", boom)
        with pytest.raises(
            InputError, match=r"^path: .*could not save .*previous file is unchanged"
        ):
            small_scope().save(path)
        monkeypatch.undo()
        self._assert_intact(path, before)

    def test_failed_rename_leaves_old_file(self, tmp_path, monkeypatch):
        """If the final rename fails, the old file stays and the temp file is removed."""
        path = Scope.example().save(tmp_path / "s.json")
        before = path.read_bytes()

        def no_replace(src, dst):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("expectlib.storage.os.replace", no_replace)
        with pytest.raises(InputError, match="could not save"):
            small_scope().save(path)
        monkeypatch.undo()
        self._assert_intact(path, before)

    def test_read_only_folder_simulated(self, tmp_path, monkeypatch):
        """A folder where no file can be created (simulated) fails cleanly."""
        path = Scope.example().save(tmp_path / "s.json")
        before = path.read_bytes()

        def denied(*a, **k):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("expectlib.storage.tempfile.mkstemp", denied)
        with pytest.raises(InputError, match="Permission denied"):
            small_scope().save(path)
        monkeypatch.undo()
        self._assert_intact(path, before)

    @pytest.mark.skipif(
        sys.platform == "win32" or os.geteuid() == 0, reason="root ignores folder permissions"
    )
    def test_read_only_folder_real(self, tmp_path):
        """A real read-only folder: the save fails and the old file is intact."""
        folder = tmp_path / "ro"
        folder.mkdir()
        path = Scope.example().save(folder / "s.json")
        before = path.read_bytes()
        folder.chmod(0o500)
        try:
            with pytest.raises(InputError, match="could not save"):
                small_scope().save(path)
        finally:
            folder.chmod(0o700)
        self._assert_intact(path, before)

    def test_save_to_a_folder(self, tmp_path):
        """Saving onto a folder's name is refused."""
        with pytest.raises(InputError, match="^path: .*name a file, not a folder"):
            small_scope().save(tmp_path)


# --------------------------------------------------------------------------- documents
class TestDocuments:
    """Markdown and HTML statements of work."""

    ORDER = (
        "Objectives",
        "Deliverables",
        "Out of scope",
        "Assumptions and client responsibilities",
        "Milestones",
        "Price and payment schedule",
        "Revisions",
        "Change control",
        "Communication plan",
        "Metrics we both watch",
        "Signatures",
    )

    def test_markdown_sections_in_order(self):
        """Sections follow DESIGN.md §5 Scoping; totals, amounts and signatures are there."""
        md = Scope.example().to_markdown()
        positions = [md.index(f" {title}\n") for title in self.ORDER]
        assert positions == sorted(positions)
        assert "| | **Total** | | | | | **2,900 USD** |" in md
        assert "| Deposit | Kick-off | 30% | 870 USD |" in md
        assert "| 3 | Inner pages (About, Menu, Order, Contact, FAQ) | 5 pages |" in md
        assert "- Progress updates: weekly" in md
        assert "| Signature | | |" in md

    def test_html_sections_in_order(self):
        """The HTML page has the same sections, in the same order."""
        page = Scope.example().to_html()
        positions = [page.index(f"{title}</h2>") for title in self.ORDER]
        assert positions == sorted(positions)
        assert "2,900 USD" in page and "1,160 USD" in page

    def test_html_is_self_contained(self):
        """Inline CSS, print rules, no external resources or scripts."""
        page = Scope.example().to_html()
        assert page.startswith("<!DOCTYPE html>") and "<style>" in page and "@media print" in page
        for needle in ("http://", "https://", "<script", "<link", "src=", "@import", "url("):
            assert needle not in page

    def test_fragment(self):
        """standalone=False gives a scoped <style> and a div, for notebooks and widgets."""
        frag = Scope.example().to_html(standalone=False)
        assert frag.startswith("<style>") and '<div class="expectlib-sow">' in frag
        assert "<html" not in frag and "<body" not in frag

    @pytest.mark.parametrize("nasty", NASTY)
    def test_html_escapes_text_and_attributes(self, nasty):
        """Every user string is escaped in text and in attributes (names go into data-*)."""
        s = Scope(
            project=nasty,
            client=nasty,
            provider=nasty,
            deliverables=[
                Deliverable(name=nasty, unit=nasty, acceptance=nasty, milestone=nasty),
                Deliverable(name=nasty + "2"),
            ],
            out_of_scope=[nasty],
            objectives=[nasty],
            assumptions=[nasty],
            client_responsibilities=[nasty],
            milestones=[Milestone(nasty, description=nasty)],
            payment_stages=[PaymentStage(nasty, 1, nasty)],
            change_control=nasty,
            communication=CommunicationPlan(
                channel=nasty, contact_hours=nasty, documents=[(nasty, nasty)]
            ),
            metrics=[nasty],
            currency=nasty[:12].strip() or "X",
            notes=nasty,
        )
        page = s.to_html()
        if any(c in nasty for c in "<>\"'&"):
            assert nasty not in page
        assert html.escape(nasty, quote=True) in page
        assert f'data-deliverable="{html.escape(nasty, quote=True)}"' in page
        tags = _tags(page)
        assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
        assert "<script>alert" not in page and "<img" not in page

    def test_markdown_neutralises_html(self):
        """Markdown output escapes < and table pipes so user text cannot inject HTML."""
        md = small_scope(client="<script>alert(1)</script>", project="a | b").to_markdown()
        assert "<script>" not in md and "\\<script\\>" in md
        assert "a \\| b" in md

    def test_empty_sections_say_so(self):
        """A scope with only deliverables still prints every section."""
        s = Scope(project="P", client="C", deliverables=[Deliverable(name="Logo")])
        assert s.to_markdown().count("_None listed._") == 6
        assert "No payment stages listed." in s.to_html()


ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "div", "header", "p", "dl", "dt", "dd",
    "section", "h1", "h2", "h3", "ul", "li", "table", "thead", "tbody", "tfoot", "tr", "th",
    "td", "strong",
}  # fmt: skip


class _TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)


def _tags(page: str) -> set[str]:
    p = _TagCollector()
    p.feed(page)
    assert p.attrs <= {"class", "id", "lang", "charset", "name", "content", "colspan"} | {
        "data-deliverable",
        "data-milestone",
    }, p.attrs
    return p.tags


# --------------------------------------------------------------------------- example data
class TestExampleData:
    """data/generate_scoping.py and the files it writes."""

    @pytest.fixture(scope="class")
    def gen(self):
        """The generator module, imported from data/."""
        sys.path.insert(0, str(DATA))
        try:
            import generate_scoping

            yield generate_scoping
        finally:
            sys.path.remove(str(DATA))

    def test_regenerates_byte_for_byte(self, gen, tmp_path):
        """Running the generator again gives the committed bytes."""
        for path in gen.write_all(tmp_path):
            assert path.read_bytes() == (DATA / path.name).read_bytes(), path.name

    def test_files_load_as_the_generator_objects(self, gen):
        """The committed files load into the objects the generator builds."""
        assert Brief.example("good") == gen.good_brief()
        assert Brief.example("vague") == gen.vague_brief()
        assert Scope.example() == gen.example_scope()

    def test_example_scope_content(self):
        """The example scope has what the lesson talks about."""
        s = Scope.example()
        names = [d.name for d in s.deliverables]
        assert 4 <= len(names) <= 6
        assert "Homepage" in names and "Logo" in names and "Instagram posts" in names
        inner = next(d for d in s.deliverables if d.name.startswith("Inner pages"))
        assert inner.quantity == 5
        logo = s.deliverable("logo")
        assert logo.revisions == 2 and "3 initial concepts" in logo.acceptance
        posts = s.deliverable("Instagram posts")
        assert posts.quantity == 20 and posts.price > 0
        oos = " ".join(s.out_of_scope).lower()
        assert "printing" in oos and "copywriting beyond 300 words" in oos
        assert "blog" not in oos  # so the lesson's "also add a blog" is a change request
        assert [p.share for p in s.payment_stages] == [0.3, 0.4, 0.3]
        assert all(p.milestone for p in s.payment_stages)
        assert s.communication.update_cadence == "weekly"
        assert all(d.has_hours for d in s.deliverables)

    def test_vague_brief_text(self):
        """The vague brief says what the lesson quotes."""
        b = Brief.example("vague")
        text = " ".join([b.goal, b.deadline_reason, b.contact_expectation]).lower()
        for phrase in ("surprise me", "you decide", "asap", "always online"):
            assert phrase in text


# --------------------------------------------------------------------------- properties
_text = (
    st.one_of(
        st.sampled_from(NASTY),
        st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30),
    )
    .map(str.strip)
    .filter(bool)
)
_opt_text = st.one_of(st.just(""), _text)
_names = st.lists(_text, min_size=1, max_size=4, unique_by=str.casefold)
_money_st = st.floats(min_value=0, max_value=1e7, allow_nan=False, allow_infinity=False)


@st.composite
def scopes(draw) -> Scope:
    """Random valid scopes: unicode, Arabic/Russian text, quotes and HTML in every string."""
    m_names = draw(st.lists(_text, max_size=3, unique_by=str.casefold))
    milestones = [
        Milestone(
            n, draw(st.none() | st.dates(date(2000, 1, 1), date(2100, 1, 1))), draw(_opt_text)
        )
        for n in m_names
    ]
    ref = st.sampled_from(["", *m_names])
    deliverables = []
    for name in draw(_names):
        hours = {}
        if draw(st.booleans()):
            low = draw(st.floats(0, 100))
            likely = low + draw(st.floats(0.01, 50))
            high = likely + draw(st.floats(0.01, 50))
            hours = {"low_hours": low, "likely_hours": likely, "high_hours": high}
        deliverables.append(
            Deliverable(
                name=name,
                quantity=draw(st.integers(1, 100) | st.floats(0.01, 1e4)),
                unit=draw(_text),
                acceptance=draw(_opt_text),
                price=draw(_money_st),
                revisions=draw(st.integers(0, 10)),
                milestone=draw(ref),
                **hours,
            )
        )
    split = draw(st.sampled_from([(), (1.0,), (0.5, 0.5), (0.3, 0.4, 0.3), (0.25,) * 4]))
    stages = [PaymentStage(draw(_text), share, draw(ref)) for share in split]
    comm = CommunicationPlan(
        channel=draw(_text),
        contact_hours=draw(_text),
        response_time_hours=draw(st.floats(0.1, 1000)),
        update_cadence=draw(st.sampled_from(CADENCES)),
        documents=draw(st.lists(st.tuples(_text, _text), max_size=3)),
    )
    return Scope(
        project=draw(_text),
        client=draw(_text),
        provider=draw(_opt_text),
        deliverables=deliverables,
        out_of_scope=draw(st.lists(_text, max_size=3)),
        objectives=draw(st.lists(_text, max_size=3)),
        assumptions=draw(st.lists(_text, max_size=2)),
        client_responsibilities=draw(st.lists(_text, max_size=2)),
        milestones=milestones,
        payment_stages=stages,
        change_control=draw(_text),
        communication=comm,
        metrics=draw(st.lists(_text, max_size=2)),
        currency=draw(_text.map(lambda s: s[:12].strip()).filter(bool)),
        notes=draw(_opt_text),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scopes())
def test_property_save_load_round_trip(s):
    """For any valid scope, load(save(s)) == s and from_dict(to_dict(s)) == s."""
    assert Scope.from_dict(json.loads(json.dumps(s.to_dict()))) == s
    with tempfile.TemporaryDirectory() as tmp:
        path = s.save(Path(tmp) / "s.json")
        assert Scope.load(path) == s


def _safe_copy(s: Scope) -> Scope:
    """The same scope with every user string replaced by a plain token (same structure)."""
    tokens: dict[str, str] = {}

    def tok(v):
        if isinstance(v, dict):
            return {k: (x if k in ("update_cadence", "due") else tok(x)) for k, x in v.items()}
        if isinstance(v, list):
            return [tok(x) for x in v]
        if isinstance(v, str) and v:
            return tokens.setdefault(v, f"t{len(tokens)}")
        return v

    return Scope.from_dict(tok(s.to_dict()))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scopes())
def test_property_html_never_has_an_unescaped_user_lt(s):
    """to_html has as many '<' as the same scope with harmless strings: none is the user's."""
    safe = _safe_copy(s)
    for standalone in (True, False):
        page = s.to_html(standalone=standalone)
        assert page.count("<") == safe.to_html(standalone=standalone).count("<")
        assert _tags(page) <= ALLOWED_TAGS
    assert "<" not in s.to_markdown().replace("\\<", "")
