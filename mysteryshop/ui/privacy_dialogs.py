"""Confirmations before privacy erasures (store.privacy): each says how much goes, and that it
cannot be undone, before anything is deleted; then the erasure runs as an op (ui/ops.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mysteryshop.changes import Changes
from mysteryshop.store import privacy
from mysteryshop.store.backup import KEEP_DAYS
from mysteryshop.store.privacy import ErasureResult
from mysteryshop.ui import display
from mysteryshop.ui.ops import Op
from mysteryshop.ui.workspace import Workspace

# Call sites use translate("PrivacyDialogs", "…"): pyside6-lupdate sees those, not _t().
translate = QCoreApplication.translate


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("PrivacyDialogs", text, disambiguation, n)


def _ask_yes(box: QMessageBox) -> bool:
    return box.exec() == QMessageBox.StandardButton.Yes


# Replaced in tests: shows the box, returns whether the user said yes.
ask: Callable[[QMessageBox], bool] = _ask_yes


def _box(parent: QWidget | None, title: str, text: str, details: str, yes: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setInformativeText(
        details
        + "\n\n"
        + translate(
            "PrivacyDialogs",
            "This cannot be undone. Copies made earlier keep the data until they are pruned, "
            "{days} days after they were made: backups, and database files set aside by a "
            "restore. Files you exported and reports you wrote keep it too.",
        ).format(days=KEEP_DAYS)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def purge_box(parent: QWidget | None, count: int, months: int, cutoff: datetime) -> QMessageBox:
    return _box(
        parent,
        translate("PrivacyDialogs", "Delete old encounters"),
        translate(
            "PrivacyDialogs", "Delete %Ln encounter(s) older than {months} months?", "", count
        ).format(months=months),
        translate(
            "PrivacyDialogs",
            "Every encounter visited before {day} goes, with its answers, scores, tags, "
            "history and attachments. Then the database file is rewritten so the deleted "
            "text does not linger in it.",
        ).format(day=display.date_text(cutoff.astimezone().date())),
        translate("PrivacyDialogs", "Delete"),
    )


def location_box(parent: QWidget | None, name: str, count: int) -> QMessageBox:
    return _box(
        parent,
        translate("PrivacyDialogs", "Erase a location"),
        translate("PrivacyDialogs", "Erase “{name}” and its %Ln encounter(s)?", "", count).format(
            name=name
        ),
        translate(
            "PrivacyDialogs",
            "The location and every encounter made there go, with their answers, scores, "
            "tags, history and attachments. They will not appear in reports or exports.",
        ),
        translate("PrivacyDialogs", "Erase"),
    )


def observer_box(parent: QWidget | None, alias: str, count: int) -> QMessageBox:
    return _box(
        parent,
        translate("PrivacyDialogs", "Erase an observer alias"),
        translate(
            "PrivacyDialogs", "Remove the alias “{alias}” from %Ln encounter(s)?", "", count
        ).format(alias=alias),
        translate(
            "PrivacyDialogs",
            "The encounters stay (they describe the location's service) but no longer say "
            "who observed them, in their history too, and the alias is deleted.",
        ),
        translate("PrivacyDialogs", "Erase"),
    )


def confirm_purge(
    parent: QWidget | None, workspace: Workspace, months: int
) -> Op[ErasureResult] | None:
    """Ask, then make the op that deletes encounters older than `months` (run it to start).
    None when there are none or the user said no."""
    db = workspace.db
    now = datetime.now().astimezone()
    count = privacy.count_older_than(db, months, now)
    if count == 0:
        return None
    if not ask(purge_box(parent, count, months, privacy.retention_cutoff(months, now))):
        return None
    return _erasure(
        parent,
        workspace,
        translate("PrivacyDialogs", "Deleting old encounters…"),
        lambda progress: privacy.purge_older_than(db, months, now, progress=progress),
    )


def confirm_erase_location(
    parent: QWidget | None, workspace: Workspace, location_id: str, name: str
) -> Op[ErasureResult] | None:
    """Ask, then make the op that erases a location and its encounters (None: the user
    said no)."""
    db = workspace.db
    count = privacy.location_encounter_count(db, location_id)
    if not ask(location_box(parent, name, count)):
        return None
    return _erasure(
        parent,
        workspace,
        translate("PrivacyDialogs", "Erasing “{name}”…").format(name=name),
        lambda progress: privacy.erase_location(db, location_id, progress=progress),
    )


def confirm_erase_observer(
    parent: QWidget | None, workspace: Workspace, alias: str
) -> Op[ErasureResult] | None:
    """Ask, then make the op that removes an observer alias (None: no such alias, or the
    user said no)."""
    db = workspace.db
    count = privacy.observer_encounter_count(db, alias)
    if count is None or not ask(observer_box(parent, alias, count)):
        return None
    return _erasure(
        parent,
        workspace,
        translate("PrivacyDialogs", "Erasing the alias “{alias}”…").format(alias=alias),
        lambda progress: privacy.erase_observer(db, alias, progress=progress),
    )


def unreclaimed_box(parent: QWidget | None, result: ErasureResult) -> QMessageBox | None:
    """The warning after an erasure whose database file could not be rewritten (the deleted
    text may stay in it); None when it was."""
    command = "mysteryshop purge --reclaim"
    if result.unreclaimed == privacy.READERS:
        why = translate(
            "PrivacyDialogs",
            "Another program is reading the database, so the deleted text stays in the file "
            "until it closes it. Close other mysteryshop windows and commands, then run "
            "“{command}”.",
        )
    elif result.unreclaimed == privacy.DISK_FULL:
        why = translate(
            "PrivacyDialogs",
            "The disk is full, and the deleted text may stay in the database file until it is "
            "rewritten. Free some space, then run “{command}”.",
        )
    elif result.unreclaimed == privacy.FAILED:
        why = translate(
            "PrivacyDialogs",
            "The database file could not be rewritten ({detail}), and the deleted text may "
            "stay in it. Run “{command}” later.",
        )
    else:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("PrivacyDialogs", "Space not reclaimed"),
        translate("PrivacyDialogs", "The data was deleted, but the space was not reclaimed."),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(why.format(command=command, detail=result.detail))
    return box


def _tell(box: QMessageBox) -> None:
    box.open()  # not exec(): the result's own callback goes on


# Replaced in tests: shows a warning after the erasure.
tell: Callable[[QMessageBox], None] = _tell


class _ErasureOp(Op[ErasureResult]):
    """An erasure's op: after the caller's success callback, a warning when the database
    file could not be rewritten (unreclaimed_box), so no caller can leave it out."""

    def success(self, callback: Callable[[ErasureResult], None]) -> Op[ErasureResult]:
        def then(result: ErasureResult) -> None:
            callback(result)
            box = unreclaimed_box(self.parent, result)
            if box is not None:
                tell(box)

        return super().success(then)


def _erasure(
    parent: QWidget | None,
    workspace: Workspace,
    label: str,
    work: Callable[[Callable[[int, int], None]], ErasureResult],
) -> Op[ErasureResult]:
    """Deleting, then VACUUM (seconds on a large database) in a worker, behind a modal
    progress dialog: the user has confirmed it, so it cannot be cancelled, and VACUUM wants
    the database to itself (an exclusive task: a pending autosave waits for it)."""
    return (
        _ErasureOp(workspace, work, Changes.everything(), parent=parent)
        .with_progress(label, modal=True)
        .exclusive()
    )
