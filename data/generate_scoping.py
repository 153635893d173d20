"""Write the scoping lesson's example files in ``data/`` (deterministic, byte-for-byte).

Run ``python data/generate_scoping.py`` (or ``make data``) to (re)write:

- ``example_brief_good.json``: a good brief for a small bakery website;
- ``example_brief_vague.json``: a vague one ("just surprise me, you decide, ASAP, I'm always
  online");
- ``example_scope.json``: the statement of work agreed for the bakery website (5 deliverables:
  logo with 3 concepts then 2 revision rounds, homepage, 5 inner pages, a pre-order form, and
  20 Instagram posts a month as a separate line; out-of-scope items incl. printing and
  copywriting beyond 300 words per page; 4 milestones; payment 30/40/30; weekly updates).

The files are the envelopes that ``Brief.save`` / ``Scope.save`` write (``expectlib/brief``
and ``expectlib/scope``, version 1) with a fixed ``saved_at``, so that regenerating them gives
the same bytes. Nothing here is random. Load them with ``Brief.example("good")``,
``Brief.example("vague")`` and ``Scope.example()``, or ``Scope.load(path)``.

Public functions::

    good_brief() -> Brief
    vague_brief() -> Brief
    example_scope() -> Scope
    render(kind, data) -> str               # the exact file text
    write_all(out_dir) -> list[pathlib.Path]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from expectlib.scope import (
    BRIEF_VERSION,
    SCOPE_VERSION,
    Brief,
    CommunicationPlan,
    Deliverable,
    Milestone,
    PaymentStage,
    Scope,
)

__all__ = ["example_scope", "good_brief", "render", "vague_brief", "write_all"]

SAVED_AT = "2025-01-06T09:00:00+00:00"  # fixed, so the files are reproducible
OUT = Path(__file__).resolve().parent


def good_brief() -> Brief:
    """A brief a good client can give: goal, reasons, decision maker, inputs, staged payment."""
    return Brief(
        project="Sweet Crumbs website",
        client="Sweet Crumbs Bakery (Maya Putri, owner)",
        goal=(
            "Take cake pre-orders online so that at least 30 orders a week come through the "
            "website by June, instead of by phone"
        ),
        why="The phone line is busy at peak hours and orders get lost or written down wrong.",
        audience="Local families and offices within 5 km ordering birthday and event cakes",
        deliverables_wanted=[
            "Logo",
            "Homepage",
            "Inner pages: About, Menu, Order, Contact, FAQ",
            "Pre-order form",
            "Instagram posts to announce the site",
        ],
        must_haves=[
            "Menu with prices the owner can edit",
            "Pre-order form that emails the bakery",
            "Works well on phones",
        ],
        nice_to_haves=["Gallery of past cakes", "Indonesian version of the menu"],
        deadline=date(2025, 4, 4),
        deadline_reason="Opening of the second shop on 5 April; flyers will print the web address",
        budget_min=2500,
        budget_max=3200,
        currency="USD",
        decision_maker="Maya Putri (owner) approves drafts and invoices",
        examples_liked=[
            "A local bakery site with big photos and a short menu: easy to order on a phone",
        ],
        examples_disliked=["Sites with autoplay music or pop-ups"],
        client_inputs=[
            "Menu texts and prices",
            "Photos of 20 cakes",
            "Domain and hosting logins",
        ],
        inputs_due=date(2025, 1, 24),
        feedback_turnaround_days=2,
        staged_payment_ok=True,
        contact_expectation="Email, weekdays; a weekly update is fine",
        guarantee_requested="",
        estimated_hours=62,
        hourly_rate=45,
    )


def vague_brief() -> Brief:
    """The vague brief of the lesson: "just surprise me, you decide, ASAP, I'm always online"."""
    return Brief(
        project="New website",
        client="Dimas",
        goal="Just surprise me, you decide. Something modern.",
        deliverables_wanted=["website", "logo", "maybe some posts"],
        deadline_reason="ASAP",
        budget_max=500,
        currency="USD",
        contact_expectation="I'm always online, message me any time, weekends too",
        estimated_hours=40,
        hourly_rate=45,
    )


def example_scope() -> Scope:
    """The statement of work agreed for the bakery website."""
    milestones = [
        Milestone("Kick-off", date(2025, 1, 24), "Signed scope, inputs received, first payment"),
        Milestone("Design", date(2025, 2, 14), "Logo chosen and refined; homepage design approved"),
        Milestone("Build", date(2025, 3, 14), "Inner pages and pre-order form on a test site"),
        Milestone("Launch", date(2025, 4, 4), "Site live on the bakery's domain; first posts out"),
    ]
    deliverables = [
        Deliverable(
            name="Logo",
            quantity=1,
            unit="logo",
            acceptance=(
                "3 initial concepts; the client picks one; 2 revision rounds on it; final files "
                "in SVG, PNG and PDF, in colour and black and white"
            ),
            price=450,
            revisions=2,
            milestone="Design",
            low_hours=8,
            likely_hours=12,
            high_hours=22,
        ),
        Deliverable(
            name="Homepage",
            quantity=1,
            unit="page",
            acceptance=(
                "Design approved by the owner; loads in under 3 s on a phone (4G); links to the "
                "menu and the pre-order form"
            ),
            price=600,
            revisions=2,
            milestone="Design",
            low_hours=8,
            likely_hours=12,
            high_hours=24,
        ),
        Deliverable(
            name="Inner pages (About, Menu, Order, Contact, FAQ)",
            quantity=5,
            unit="page",
            acceptance=(
                "Built from the approved homepage design with the client's texts (up to 300 "
                "words a page) and photos; the owner can edit the menu prices"
            ),
            price=1000,
            revisions=1,
            milestone="Build",
            low_hours=12,
            likely_hours=20,
            high_hours=36,
        ),
        Deliverable(
            name="Pre-order form",
            quantity=1,
            unit="form",
            acceptance=(
                "Cake, size, date and contact fields; sends an email to the bakery and a "
                "confirmation to the customer; tested with 10 orders"
            ),
            price=350,
            revisions=1,
            milestone="Build",
            low_hours=4,
            likely_hours=6,
            high_hours=12,
        ),
        Deliverable(
            name="Instagram posts",
            quantity=20,
            unit="post",
            acceptance=(
                "20 posts in the launch month (image + caption), in the new brand style, "
                "scheduled after the owner approves them in batches of 5"
            ),
            price=500,
            revisions=1,
            milestone="Launch",
            low_hours=10,
            likely_hours=15,
            high_hours=28,
        ),
    ]
    return Scope(
        project="Sweet Crumbs website",
        client="Sweet Crumbs Bakery",
        provider="Rina Studio",
        objectives=[
            "Customers can pre-order cakes online from a phone",
            "At least 30 online pre-orders a week by June 2025",
            "A logo and style the bakery can use on signs and packaging",
        ],
        deliverables=deliverables,
        out_of_scope=[
            "Printing (flyers, business cards, signage, packaging)",
            "Copywriting beyond 300 words per page (the client supplies the texts)",
            "Photography (the client supplies photos; a shoot can be quoted separately)",
            "Online shop or card payments (the pre-order form takes no payments)",
            "Paid advertising",
            "Translations (the site is in English)",
            "Hosting and domain fees (paid by the client directly)",
        ],
        assumptions=[
            "One round of feedback takes the client at most 2 working days",
            "The site runs on the client's existing hosting",
            "Instagram posts are priced per month; this line covers the launch month, and "
            "later months can be renewed at the same price",
        ],
        client_responsibilities=[
            "Menu texts and prices, and photos of 20 cakes, by 24 January 2025",
            "Domain and hosting logins by 24 January 2025",
            "One consolidated list of feedback per round, from the owner",
        ],
        milestones=milestones,
        payment_stages=[
            PaymentStage("Deposit", 0.3, "Kick-off"),
            PaymentStage("Design approved", 0.4, "Design"),
            PaymentStage("Launch", 0.3, "Launch"),
        ],
        communication=CommunicationPlan(
            channel="email (one thread per milestone)",
            contact_hours="Mon–Fri 09:00–17:00 (Jakarta time)",
            response_time_hours=24,
            update_cadence="weekly",
            documents=[
                ("status report: done, next, waiting for, risks", "every Friday"),
                ("invoice", "at each payment milestone"),
                ("handover pack: logins, how to edit the menu", "at launch"),
            ],
        ),
        metrics=[
            "Online pre-orders per week (goal: 30 by June)",
            "Homepage load time on a phone (goal: under 3 s)",
            "Feedback turnaround (goal: 2 working days) and milestone dates met",
        ],
        currency="USD",
        notes="Prices exclude tax.",
    )


def render(kind: str, data: dict[str, Any]) -> str:
    """The file text ``write_envelope`` would write, with the fixed ``saved_at``."""
    version = {"brief": BRIEF_VERSION, "scope": SCOPE_VERSION}[kind]
    envelope = {
        "format": f"expectlib/{kind}",
        "version": version,
        "saved_at": SAVED_AT,
        "data": data,
    }
    return json.dumps(envelope, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _write(path: Path, content: str) -> None:
    """Write atomically: a temporary file in the same folder, renamed over the target."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_all(out_dir: str | os.PathLike = OUT) -> list[Path]:
    """Write the three example files into ``out_dir``; return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "example_brief_good.json": render("brief", good_brief().to_dict()),
        "example_brief_vague.json": render("brief", vague_brief().to_dict()),
        "example_scope.json": render("scope", example_scope().to_dict()),
    }
    paths = []
    for name, content in files.items():
        _write(out / name, content)
        paths.append(out / name)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Write the files and print what the lesson will show about them."""
    from expectlib.scope import prequalify

    for path in write_all(OUT if not argv else Path(argv[0])):
        print(f"wrote {path}")
    for name, brief in (("good", good_brief()), ("vague", vague_brief())):
        p = prequalify(brief)
        print(f"{name} brief: score {p.score} ({p.level}); flags: {', '.join(p.codes) or '-'}")
    s = example_scope()
    print(f"scope: {len(s.deliverables)} deliverables, total {s.total_price:,.0f} {s.currency}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
