"""The forms a new form starts from in the form builder.

The shipped in-person and phone/chat forms, a short quick-visit form
(forms/templates/quick-visit.yaml) and an empty one. A form made from a template is a new
form: its own id, title and version 1."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from mysteryshop import paths
from mysteryshop.forms import Form, load_form, validate_form


@dataclass(frozen=True)
class Template:
    """A starting form: its title in en/fi/sv (the builder's list shows it) and where its
    questions come from: a file under forms/ (None: the empty form)."""

    title: dict[str, str]
    file: str | None


TEMPLATES: Final[dict[str, Template]] = {
    "service-encounter": Template(
        {"en": "In-person visit", "fi": "Asiointikäynti", "sv": "Besök på plats"},
        "service-encounter.yaml",
    ),
    "phone-chat": Template(
        {
            "en": "Phone or chat service",
            "fi": "Puhelin- tai chat-asiointi",
            "sv": "Service per telefon eller chatt",
        },
        "phone-chat.yaml",
    ),
    "quick-visit": Template(
        {"en": "Quick visit", "fi": "Pikakäynti", "sv": "Snabbesök"},
        "templates/quick-visit.yaml",
    ),
    "empty": Template({"en": "Empty form", "fi": "Tyhjä lomake", "sv": "Tomt formulär"}, None),
}

# A form needs a section with at least one question (the format's rule, so that no empty form
# reaches the observer): the empty template has the smallest such form, one yes/no question
# to reword or replace.
_EMPTY: Final[dict[str, Any]] = {
    "id": "empty",
    "version": 1,
    "title": {"en": "Empty form", "fi": "Tyhjä lomake", "sv": "Tomt formulär"},
    "languages": ["en", "fi", "sv"],
    "sections": [
        {
            "id": "section_1",
            "title": {"en": "Questions", "fi": "Kysymykset", "sv": "Frågor"},
            "questions": [
                {
                    "id": "question_1",
                    "type": "yes_no",
                    "text": {"en": "New question", "fi": "Uusi kysymys", "sv": "Ny fråga"},
                }
            ],
        }
    ],
}


def template_file(key: str) -> Path | None:
    """The file a template's questions come from (None for the empty form)."""
    name = TEMPLATES[key].file
    return paths.shipped_forms_dir() / name if name else None


def template_form(key: str, *, form_id: str, title: dict[str, str] | str) -> Form:
    """A new form (version 1) from the template `key` (a key of TEMPLATES) with its own id
    and title. Raises KeyError for an unknown key and FormError for an id or title the
    format refuses (the title's languages must be the template's)."""
    file = template_file(key)
    data = load_form(file).definition() if file is not None else dict(_EMPTY)
    data.update(id=form_id, version=1, title=title)
    return validate_form(data, form_id)
