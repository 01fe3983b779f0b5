"""The reviewers' comment library: saved phrases for one question of a form, or general ones,
each group in the order the reviewer chose. A phrase is known by its form, question and text:
adding or importing the same one again never makes a second."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from mysteryshop import intake
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.models import CommentPhrase, FormVersion
from mysteryshop.store.queries import form_from_definition

MAX_PHRASE_CHARS = 2_000

PhraseKey = tuple[str | None, str | None, str]
"""A phrase as bundles carry it: (form id, question id, text)."""


@dataclass(frozen=True)
class Phrase:
    """A saved phrase. `form_id` and `question_id` are both set (a question's phrase) or
    both None (a general one)."""

    id: int
    form_id: str | None
    question_id: str | None
    text: str
    position: int = 0

    @property
    def key(self) -> PhraseKey:
        """What makes two phrases the same one."""
        return (self.form_id, self.question_id, self.text)


def _phrase(row: CommentPhrase) -> Phrase:
    return Phrase(row.id, row.form_id, row.question_id, row.text, row.position)


_ORDER = (
    CommentPhrase.form_id.is_not(None),  # general ones first
    CommentPhrase.form_id,
    CommentPhrase.question_id,
    CommentPhrase.position,
    CommentPhrase.id,
)


def library(db: Database) -> list[Phrase]:
    """Every phrase: the general ones, then by form and question, each group in its order."""
    with db.read() as session:
        return [_phrase(row) for row in session.scalars(select(CommentPhrase).order_by(*_ORDER))]


def phrases_for(db: Database, form_id: str, question_id: str | None = None) -> list[Phrase]:
    """The phrases a review of `form_id` offers: the question's own first (with
    `question_id`; else every question's of the form), then the general ones."""
    own = CommentPhrase.form_id == form_id
    if question_id is not None:
        own = own & (CommentPhrase.question_id == question_id)
    with db.read() as session:
        rows = session.scalars(
            select(CommentPhrase)
            .where(or_(own, CommentPhrase.form_id.is_(None)))
            .order_by(CommentPhrase.form_id.is_(None), *_ORDER[1:])
        )
        return [_phrase(row) for row in rows]


def of_forms(db: Database, form_ids: Collection[str]) -> list[Phrase]:
    """The general phrases and those of the given forms (what an export of them carries)."""
    with db.read() as session:
        rows = session.scalars(
            select(CommentPhrase)
            .where(or_(CommentPhrase.form_id.is_(None), CommentPhrase.form_id.in_(list(form_ids))))
            .order_by(*_ORDER)
        )
        return [_phrase(row) for row in rows]


# --- checks -----------------------------------------------------------------------------------


def text_problems(text: str, place: str = "text") -> list[str]:
    """Why `text` cannot be a phrase."""
    if not text.strip():
        return [f"{place}: a phrase needs some text"]
    problems = []
    if len(text.strip()) > MAX_PHRASE_CHARS:
        problems.append(f"{place}: longer than {MAX_PHRASE_CHARS:,} characters")
    not_text = intake.text_problem(text, place)
    if not_text:
        problems.append(not_text)
    return problems


def place_problems(
    form_id: str | None, question_id: str | None, questions: Collection[str] | None
) -> list[tuple[str, str]]:
    """Why a phrase cannot belong to `form_id`'s `question_id`, as (field, reason);
    `questions` are the form's question ids over all its versions (None: no such form)."""
    if form_id is None and question_id is None:
        return []
    if form_id is None:
        return [("form", f"the phrase names question {question_id!r} but no form")]
    if question_id is None:
        return [("question", f"a phrase of form {form_id!r} names its question")]
    if questions is None:
        return [("form", f"no form {form_id!r}")]
    if question_id not in questions:
        return [("question", f"form {form_id!r} has no question {question_id!r}")]
    return []


def stored_questions(session: Session, form_id: str) -> set[str] | None:
    """The ids of every answerable question of every stored version of a form; None when the
    form is not stored."""
    definitions = list(
        session.scalars(select(FormVersion.definition).where(FormVersion.form_id == form_id))
    )
    if not definitions:
        return None
    return {
        question.id
        for definition in definitions
        for question in form_from_definition(definition).answerable()
    }


# --- changes ----------------------------------------------------------------------------------


def add_phrase(
    db: Database, text: str, form_id: str | None = None, question_id: str | None = None
) -> Phrase:
    """Add a phrase at the end of its group. Refuses (StoreError) blank or overlong text, a
    question the form never had, and a phrase the library has already."""
    text = text.strip()
    problems = text_problems(text)
    with db.write() as session:
        if form_id is not None:
            questions = stored_questions(session, form_id)
        else:
            questions = None
        problems += [
            f"{field}: {reason}"
            for field, reason in place_problems(form_id, question_id, questions)
        ]
        if problems:
            raise StoreError(*problems)
        if _find(session, form_id, question_id, text) is not None:
            raise StoreError("text: this phrase is in the library already")
        row = CommentPhrase(
            form_id=form_id,
            question_id=question_id,
            text=text,
            position=_next_position(session, form_id, question_id),
        )
        session.add(row)
        session.flush()
        return _phrase(row)


def edit_phrase(db: Database, phrase_id: int, text: str) -> Phrase:
    """Change a phrase's text; its place stays."""
    text = text.strip()
    problems = text_problems(text)
    if problems:
        raise StoreError(*problems)
    with db.write() as session:
        row = _get(session, phrase_id)
        same = _find(session, row.form_id, row.question_id, text)
        if same is not None and same.id != phrase_id:
            raise StoreError("text: this phrase is in the library already")
        row.text = text
        return _phrase(row)


def delete_phrase(db: Database, phrase_id: int) -> None:
    with db.write() as session:
        session.delete(_get(session, phrase_id))


def move_phrase(db: Database, phrase_id: int, by: int) -> bool:
    """Move a phrase `by` places within its group (negative: up). Returns whether it moved."""
    with db.write() as session:
        row = _get(session, phrase_id)
        group = list(
            session.scalars(
                select(CommentPhrase)
                .where(_in_group(row.form_id, row.question_id))
                .order_by(CommentPhrase.position, CommentPhrase.id)
            )
        )
        index = group.index(row)
        target = max(0, min(len(group) - 1, index + by))
        if target == index:
            return False
        group.insert(target, group.pop(index))
        for position, member in enumerate(group):
            member.position = position
        return True


def merge_into(session: Session, phrases: Iterable[PhraseKey]) -> int:
    """Add the (form, question, text) phrases the library lacks, each at the end of its
    group, in the caller's transaction (an import's). Returns how many were added."""
    added = 0
    for form_id, question_id, text in phrases:
        text = text.strip()
        if _find(session, form_id, question_id, text) is not None:
            continue
        session.add(
            CommentPhrase(
                form_id=form_id,
                question_id=question_id,
                text=text,
                position=_next_position(session, form_id, question_id),
            )
        )
        session.flush()
        added += 1
    return added


def _in_group(form_id: str | None, question_id: str | None) -> ColumnElement[bool]:
    if form_id is None:
        return and_(CommentPhrase.form_id.is_(None), CommentPhrase.question_id.is_(None))
    return and_(CommentPhrase.form_id == form_id, CommentPhrase.question_id == question_id)


def _find(
    session: Session, form_id: str | None, question_id: str | None, text: str
) -> CommentPhrase | None:
    return session.scalars(
        select(CommentPhrase)
        .where(_in_group(form_id, question_id), CommentPhrase.text == text)
        .limit(1)
    ).first()


def _next_position(session: Session, form_id: str | None, question_id: str | None) -> int:
    last = session.scalar(
        select(func.max(CommentPhrase.position)).where(_in_group(form_id, question_id))
    )
    return 0 if last is None else int(last) + 1


def _get(session: Session, phrase_id: int) -> CommentPhrase:
    row = session.get(CommentPhrase, phrase_id)
    if row is None:
        raise StoreError(f"no phrase with id {phrase_id}")
    return row
