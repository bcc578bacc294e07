"""Which screen fills each section of the left navigation.

Each entry names a module and a class taking the ``Session``; the class is a
``ScreenView`` with ``refresh()`` (read the open wallet again) and ``clear()`` (drop what
it shows, on lock). A section whose module does not exist yet shows its kind empty
state instead; an import error inside an existing module is never hidden.
"""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtWidgets import QWidget

from dpwallet.ui.sections import Section, SectionView
from dpwallet.ui.session import Session
from dpwallet.ui.widgets import ScreenView

VIEWS: dict[str, str] = {
    "money": "dpwallet.ui.money.money_view:MoneyView",
    "people": "dpwallet.ui.people.people_view:PeopleView",
    "timesheets": "dpwallet.ui.timesheets.timesheet_view:TimesheetView",
    "pay": "dpwallet.ui.pay.pay_view:PayView",
    "outcomes": "dpwallet.ui.outcomes.outcomes_view:OutcomesView",
    "checkup": "dpwallet.ui.returns.checkup_view:CheckupView",
}


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # its package does not exist yet
        return False


def view_for(section: Section, session: Session, parent: QWidget | None = None) -> ScreenView:
    target = VIEWS.get(section.key)
    if target is None:
        return SectionView(section, parent)
    module_name, class_name = target.split(":")
    if not _module_exists(module_name):
        return SectionView(section, parent)
    view_class = getattr(importlib.import_module(module_name), class_name)
    view: ScreenView = view_class(session)
    return view
