"""Reply templates as files: front matter, placeholders, fallbacks, rendering and formatting."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest
import yaml

from expectlib.errors import InputError
from expectlib.replies.render import (
    LANGUAGES,
    PLACEHOLDERS,
    TEMPLATE_DIR,
    TONES,
    format_date,
    format_list,
    format_money,
    format_number,
    format_percent,
    load_template,
    parse_front_matter,
    parse_template,
    render_template,
    template_names,
)
from expectlib.replies.taxonomy import LABELS

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ("acknowledgement", "delay", "delivery_follow_up", "status")
FILES = sorted(TEMPLATE_DIR.rglob("*.md"))
LEFTOVER = re.compile(r"\{[^{}\s]*\}")

# A value for every placeholder, so that every section of every template can render.
FULL = {
    "client": "Ana",
    "sender": "Rina",
    "project": "Bakery site",
    "deliverable": "Homepage",
    "today": date(2026, 11, 23),
    "asked_date": date(2026, 11, 25),
    "p50_date": date(2026, 11, 30),
    "p80_date": date(2026, 12, 3),
    "follow_up_date": date(2026, 11, 24),
    "probability": "80%",
    "price": "$600",
    "rush_price": "$900",
    "rush_date": date(2026, 11, 27),
    "rush_offer": "at a rush price ($900)",
    "odds": "(80% likely; Mon 30 Nov if all goes well)",
    "revisions_included": 2,
    "revisions_used": 3,
    "revisions_left": 0,
    "out_of_scope": ["Printing", "Photography"],
    "effort_hours": 30,
    "hours_per_day": 6,
    "work_days": 5,
    "days_to_p80": 8,
    "work_days_unit": "рабочих дней",
    "days_to_p80_unit": "рабочих дней",
    "capacity": "The work needs about 30 hours.",
    "date_basis": "These dates come from my forecast.",
    "revisions_note": "Two rounds are included.",
    "reason": "the supplier was late",
    "done_list": "- Logo",
    "next_list": "- Homepage",
    "metrics_list": "- Orders: 12",
    "you": "",
}


def _template(body: str, *, placeholders: str = "[]", fallbacks: str = "{}") -> str:
    return (
        f"---\ntype: demo\nlanguage: en\ntones: [warm, formal, firm]\n"
        f"placeholders: {placeholders}\nfallbacks: {fallbacks}\ntags: []\n---\n{body}"
    )


# ------------------------------------------------------------------------------- the files
def test_every_language_has_every_template():
    """13 reply templates and 4 notices per language (68 files) plus one shared file each."""
    for language in LANGUAGES:
        assert template_names(language) == (
            *sorted(LABELS),
            *(f"notices/{n}" for n in sorted(NOTICES)),
        )
        assert (TEMPLATE_DIR / language / "_shared.md").is_file()
    assert len(FILES) == 4 * (13 + 4 + 1)


def test_labels_match_the_taxonomy():
    """The reply templates are exactly the taxonomy's labels (12 request types + reasonable)."""
    from expectlib.replies.taxonomy import LABELS as TAXONOMY_LABELS

    assert set(template_names("en")) - {f"notices/{n}" for n in NOTICES} == set(TAXONOMY_LABELS)
    assert set(LABELS) == set(TAXONOMY_LABELS)


def test_languages_match_language_detection():
    """The template languages are the languages detect_language() can return."""
    from expectlib.replies.language import LANGUAGES as DETECTED

    assert tuple(LANGUAGES) == tuple(DETECTED)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(TEMPLATE_DIR)))
def test_front_matter_is_yaml_compatible(path):
    """The small front-matter parser reads every file exactly as a YAML parser does."""
    text = path.read_text(encoding="utf-8")
    ours, _ = parse_front_matter(text, name=path.stem)
    block = text.split("---\n")[1]
    assert ours == yaml.safe_load(block)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(TEMPLATE_DIR)))
def test_front_matter_names_type_language_and_tones(path):
    """type is the file's name, language its folder; every template offers all three tones."""
    language = path.relative_to(TEMPLATE_DIR).parts[0]
    t = parse_template(path.read_text(encoding="utf-8"), name=path.stem)
    assert t.type == path.stem
    assert t.language == language
    assert t.tones == TONES
    assert t.tags
    assert set(t.placeholders) <= set(PLACEHOLDERS)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", [*LABELS, *(f"notices/{n}" for n in NOTICES)])
def test_every_template_has_the_five_moves(language, name):
    """Subject, an acknowledgement per tone, explain, 2–3 options, time frame and follow-up."""
    t = load_template(language, name)
    for tone in TONES:
        for part in ("greeting", "acknowledge", "closing"):
            assert f"{part}.{tone}" in t.sections, (part, tone)
    for part in ("subject", "explain", "option_1", "option_2", "time_frame", "follow_up"):
        assert part in t.sections or any(k.startswith(part + ".") for k in t.sections), part
    assert "option_4" not in t.sections


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_renders_without_leftover_placeholders(language, tone):
    """Every section of every template renders in every tone; no "{…}" is left."""
    for name in ("_shared", *template_names(language)):
        parts = render_template(load_template(language, name), FULL, tone=tone)
        for section, text in parts.items():
            assert text.strip(), (name, section)
            assert not LEFTOVER.search(text), (name, section, text)


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_renders_on_fallbacks_alone(language, tone):
    """With only the required values (no names, prices, reasons), fallbacks fill the rest."""
    required = {k: FULL[k] for k in ("p50_date", "p80_date", "probability", "follow_up_date")}
    required |= {"capacity": "C.", "revisions_note": "R.", "odds": "(80%)", "rush_offer": "x"}
    for name in template_names(language):
        t = load_template(language, name)
        snippets = (
            "capacity_",
            "basis_",
            "revisions_",
            "odds_",
            "rush_",
        )  # chosen by draft.py when known
        wanted = [s for s in t.section_names() if not s.startswith(snippets)]
        parts = render_template(t, required, tone=tone, only=wanted)
        for section, text in parts.items():
            assert not LEFTOVER.search(text), (name, section, text)
            assert "  " not in text and " ," not in text and " ." not in text, (name, text)


def test_templates_avoid_blame_words_and_absolute_promises():
    """No template text says "you always", "obviously", "I guarantee", "definitely" or "100%"."""
    banned = re.compile(
        r"you always|you never|obviously|as i (already )?said|i guarantee|definitely|100 ?%|"
        r"anda selalu|sudah jelas|очевидно|вы всегда|как я уже|كما قلت|أضمن",
        re.I,
    )
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        assert not banned.search(text), (path, banned.search(text).group(0))


def test_russian_templates_avoid_gendered_first_person_past():
    """The sender's gender is unknown: no "я сделал/сделала", "рад/рада" in Russian templates."""
    gendered = re.compile(r"\bя (?:\w+л|\w+ла)\b|\bрада?\b", re.I)
    for path in (TEMPLATE_DIR / "ru").rglob("*.md"):
        hits = [m.group(0) for m in gendered.finditer(path.read_text(encoding="utf-8"))]
        assert not hits, (path.name, hits)


def test_templates_ship_with_the_package():
    """pyproject's package data includes every template file (replies/templates/**/*)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["expectlib"]
    assert "replies/templates/**/*" in patterns
    package = ROOT / "expectlib"
    shipped = set(package.glob("replies/templates/**/*"))
    assert set(FILES) <= shipped
    assert (package / "replies" / "__init__.py").is_file()  # found by packages.find


# ------------------------------------------------------------------------------- the rules
def test_unknown_placeholder_fails_loudly():
    """A placeholder that is not in PLACEHOLDERS names the template, the placeholder and the fix."""
    with pytest.raises(
        InputError, match=r"template en/demo: got '\{clinet\}'; unknown placeholder in section"
    ):
        parse_template(_template("## subject\nHi {clinet}\n"), name="en/demo")


def test_undeclared_placeholder_fails_loudly():
    """A known placeholder that the front matter does not declare is refused too."""
    with pytest.raises(InputError, match=r"got '\{client\}'; placeholder not declared"):
        parse_template(_template("## subject\nHi {client}\n"), name="en/demo")


def test_unknown_placeholder_in_front_matter_fails():
    """A typo in the front matter's placeholder list is caught as well."""
    with pytest.raises(InputError, match=r"got '\{deliverabel\}'; unknown placeholder"):
        parse_template(_template("## subject\nHi\n", placeholders="[deliverabel]"), name="x")


def test_missing_required_placeholder_fails_loudly():
    """A required placeholder with no value and no fallback fails, saying how to fix it."""
    t = parse_template(
        _template("## subject\nBy {p80_date}\n", placeholders="[p80_date]"), name="x"
    )
    with pytest.raises(InputError, match=r"template x: got '\{p80_date\}'; .*pass p80_date=…"):
        render_template(t, {"p80_date": ""})
    with pytest.raises(InputError, match="no value and no fallback"):
        render_template(t, {})


def test_empty_values_use_the_fallback():
    """None, "" and [] take the fallback; a tone-specific fallback wins for its tone."""
    fallbacks = '\n  client: there\n  client.formal: Sir or Madam\n  sender: ""'
    t = parse_template(
        _template("## greeting\nHi {client},\n## closing\nBye,\n{sender}", fallbacks=fallbacks),
        name="x",
    )
    for empty in (None, "", "  ", []):
        assert render_template(t, {"client": empty})["greeting"] == "Hi there,"
    assert render_template(t, {}, tone="formal")["greeting"] == "Hi Sir or Madam,"
    assert render_template(t, {"client": "Ana"}, tone="formal")["greeting"] == "Hi Ana,"
    assert render_template(t, {})["closing"] == "Bye,"


def test_empty_fallbacks_leave_tidy_punctuation():
    """An empty fallback leaves no stray space or comma: "Hi ," → "Hi,", "(" ")" removed."""
    fallbacks = '\n  client: ""\n  deliverable: ""'
    body = "## a\nЗдравствуйте, {client}!\n## b\nHi {client}, the work ({deliverable}) is done.\n"
    body += "## c\nработы «{deliverable}» — готово"
    t = parse_template(_template(body, fallbacks=fallbacks), name="x")
    assert render_template(t, {}) == {
        "a": "Здравствуйте!",
        "b": "Hi, the work is done.",
        "c": "работы — готово",
    }


def test_tone_variants_win_over_the_plain_section():
    """A "name.tone" section is used for that tone; the plain "name" for the other tones."""
    body = "## ack\nThanks.\n## ack.firm\nNoted.\n"
    t = parse_template(_template(body), name="x")
    assert render_template(t, tone="warm")["ack"] == "Thanks."
    assert render_template(t, tone="firm")["ack"] == "Noted."


def test_a_template_section_replaces_all_shared_tone_variants():
    """A template's own options_intro replaces the shared file's per-tone versions."""
    t = load_template("en", "notices/acknowledgement")
    assert render_template(t, FULL, tone="formal", only=["options_intro"]) == {
        "options_intro": "In the meantime:"
    }
    u = load_template("en", "scope_creep")
    assert render_template(u, FULL, tone="formal", only=["options_intro"]) == {
        "options_intro": "I can offer the following options:"
    }


def test_braces_can_be_escaped_and_lone_braces_fail():
    """{{ and }} write literal braces; a lone brace or a bad name is an error."""
    t = parse_template(_template("## a\nuse {{name}} here\n"), name="x")
    assert render_template(t)["a"] == "use {name} here"
    with pytest.raises(InputError, match="a lone brace"):
        parse_template(_template("## a\nopen { only\n"), name="x")
    with pytest.raises(InputError, match="bad placeholder"):
        parse_template(_template("## a\n{Client Name}\n"), name="x")


def test_values_are_plain_text_and_never_re_rendered():
    """Markup and braces in a value are copied as they are (escaping is the widget's job)."""
    t = parse_template(_template("## a\nHi {client}\n", placeholders="[client]"), name="x")
    assert render_template(t, {"client": "<b>{sender}</b> & co"})["a"] == "Hi <b>{sender}</b> & co"


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("type: x\n", "start the file with a '---' line"),
        ("---\ntype: x\n", "close the front matter"),
        ("---\ntype x\n---\n", "write front-matter lines as 'key: value'"),
        ("---\ntype: x\ntype: y\n---\n", "appears twice"),
        ("---\n  client: x\n---\n", "must follow a 'key:' line"),
        ("---\nfallbacks: {a: b}\n---\n", "indented 'name: text' lines"),
        ("---\ntags: [a, b\n---\n", "close the list"),
        ("---\nreason: it's #1\n---\n", "double quotes"),
        ('---\nreason: "open\n---\n', "close the quoted text"),
    ],
)
def test_bad_front_matter_is_refused(text, match):
    """Malformed front matter fails with a message that says how to write it."""
    with pytest.raises(InputError, match=match):
        parse_front_matter(text, name="x")


REST = "placeholders: []\nfallbacks: {}\ntags: []\n"


@pytest.mark.parametrize(
    ("meta", "match"),
    [
        ("type: x\nlanguage: en\n", "add 'tones:'"),
        (f"type: x\nlanguage: fr\ntones: []\n{REST}", "fr"),
        (f"type: x\nlanguage: en\ntones: [cold]\n{REST}", "tones"),
        (f"type: x\nlanguage: en\ntones: []\n{REST}extra: 1\n", "use only the keys"),
    ],
)
def test_bad_template_metadata_is_refused(meta, match):
    """Missing keys, unknown languages or tones and extra keys are named."""
    with pytest.raises(InputError, match=match):
        parse_template(f"---\n{meta}---\n## a\nx\n", name="x")


def test_unknown_template_and_bad_arguments():
    """An unknown template lists the known ones; a bad language or tone is named."""
    with pytest.raises(InputError, match="no such template; choose one of"):
        load_template("en", "nonsense")
    with pytest.raises(InputError, match="language"):
        load_template("fr", "scope_creep")
    with pytest.raises(InputError, match="use a label"):
        load_template("en", "../en/scope_creep")
    with pytest.raises(InputError, match="tone"):
        render_template("en/scope_creep", FULL, tone="cold")
    with pytest.raises(InputError, match="values"):
        render_template("en/scope_creep", ["client"])


# ------------------------------------------------------------------------------- formatting
def test_dates_are_formatted_per_language():
    """Weekday, day and month in each language; the year only when it is not this year's."""
    d = date(2026, 11, 27)
    assert format_date(d, "en") == "Fri 27 Nov"
    assert format_date(d, "id") == "Jumat, 27 Nov"
    assert format_date(d, "ru") == "пт, 27 нояб."
    assert format_date(d, "ar") == "الجمعة، 27 نوفمبر"
    assert format_date(date(2027, 5, 3), "ru", today=d) == "пн, 3 мая 2027 г."
    assert format_date(date(2027, 8, 1), "id", today=d) == "Minggu, 1 Agu 2027"
    with pytest.raises(InputError, match="datetime.date"):
        format_date("2026-11-27", "en")


def test_numbers_money_percent_and_lists_per_language():
    """Digit grouping and decimal marks, currency placement, % and "a, b and c"."""
    assert [format_number(1234567.25, lang) for lang in LANGUAGES] == [
        "1,234,567.25",
        "1.234.567,25",
        "1\u00a0234\u00a0567,25",
        "1,234,567.25",
    ]
    assert format_number(3, "en") == "3"
    assert format_money(2900, "USD", "en") == "$2,900"
    assert format_money(2900, "CHF", "en") == "CHF 2,900"
    assert format_money(1500000, "IDR", "id") == "Rp 1.500.000"
    assert format_money(99.5, "USD", "id") == "USD 99,50"
    assert format_money(12000, "RUB", "ru") == "12\u00a0000 ₽"
    assert format_money(450, "USD", "ar") == "450 USD"
    assert format_percent(0.8, "en") == "80%"
    assert format_percent(0.9, "ru") == "90\u00a0%"
    assert format_list(["a", "b", "c"], "id") == "a, b dan c"
    assert format_list(["а", "б"], "ru") == "а и б"
    assert format_list(["Printing", "Ads"], "ar") == "Printing و Ads"
    assert format_list(["x"], "en") == "x"
    with pytest.raises(InputError, match="finite number"):
        format_number(float("nan"), "en")


def test_long_dates_write_weekday_and_month_in_full():
    """Running text gets full names; Russian: genitive month, weekday in brackets."""
    d = date(2026, 12, 2)
    assert format_date(d, "ru", long=True) == "2 декабря (среда)"
    assert format_date(d, "id", long=True) == "Rabu, 2 Desember"
    assert format_date(d, "ar", long=True) == "الأربعاء، 2 ديسمبر"
    assert format_date(d, "en", long=True) == "Wed 2 Dec"
    assert format_date(date(2027, 5, 3), "ru", today=d, long=True) == "3 мая 2027 г. (понедельник)"
    assert format_date(date(2027, 8, 1), "id", today=d, long=True) == "Minggu, 1 Agustus 2027"
