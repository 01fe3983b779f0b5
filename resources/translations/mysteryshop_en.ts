<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reopened</source>
        <translation>
            <numerusform>%n reopened</numerusform>
            <numerusform>%n reopened</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message numerus="yes">
        <source>held %1 of %n visit(s) since</source>
        <translation>
            <numerusform>held %1 of %n visit since</numerusform>
            <numerusform>held %1 of %n visits since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reopened</source>
        <translation>
            <numerusform>%n reopened</numerusform>
            <numerusform>%n reopened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missed in %1 of %n visit(s)</source>
        <translation>
            <numerusform>missed in %1 of %n visit</numerusform>
            <numerusform>missed in %1 of %n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n behaviours left out: fewer than {minimum} visits with or without them.</source>
        <translation>
            <numerusform>%n behaviour left out: fewer than {minimum} visits with or without it.</numerusform>
            <numerusform>%n behaviours left out: fewer than {minimum} visits with or without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{period}, compared with {comparison} (%Ln visits)</source>
        <translation>
            <numerusform>{period}, compared with {comparison} (%Ln visit)</numerusform>
            <numerusform>{period}, compared with {comparison} (%Ln visits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scored visits</source>
        <translation>
            <numerusform>%Ln scored visit</numerusform>
            <numerusform>%Ln scored visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits with a feeling</source>
        <translation>
            <numerusform>%Ln visit with a feeling</numerusform>
            <numerusform>%Ln visits with a feeling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{share} % of %Ln visits</source>
        <translation>
            <numerusform>{share} % of %Ln visit</numerusform>
            <numerusform>{share} % of %Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ranked, best average score first; click one for its encounters</source>
        <translation>
            <numerusform>%Ln ranked; click it for its encounters</numerusform>
            <numerusform>%Ln ranked, best average score first; click one for its encounters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message numerus="yes">
        <source>%n of your answers do not fit the other form and will be dropped.</source>
        <translation>
            <numerusform>%n of your answers does not fit the other form and will be dropped.</numerusform>
            <numerusform>%n of your answers do not fit the other form and will be dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncounterLogView</name>
    <message numerus="yes">
        <source>%Ln encounters</source>
        <translation>
            <numerusform>%Ln encounter</numerusform>
            <numerusform>%Ln encounters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message numerus="yes">
        <source>Export %n encounter(s)</source>
        <translation>
            <numerusform>Export %n encounter</numerusform>
            <numerusform>Export %n encounters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them draft(s): filter the log by status to leave them out)</source>
        <translation>
            <numerusform>(%n of them a draft: filter the log by status to leave it out)</numerusform>
            <numerusform>(%n of them drafts: filter the log by status to leave them out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message numerus="yes">
        <source>Region for the %n selected locations:</source>
        <translation>
            <numerusform>Region for the selected location:</numerusform>
            <numerusform>Region for the %n selected locations:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {count} location(s) into “{name}”; %Ln encounters moved.</source>
        <translation>
            <numerusform>Merged {count} location(s) into “{name}”; %Ln encounter moved.</numerusform>
            <numerusform>Merged {count} location(s) into “{name}”; %Ln encounters moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased “{name}” and %Ln encounters.</source>
        <translation>
            <numerusform>Erased “{name}” and %Ln encounter.</numerusform>
            <numerusform>Erased “{name}” and %Ln encounters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>{name} — {region} — %Ln encounters</source>
        <translation>
            <numerusform>{name} — {region} — %Ln encounter</numerusform>
            <numerusform>{name} — {region} — %Ln encounters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln encounters from the other {others} location(s) will move to “{name}”, and those locations will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln encounter from the other {others} location(s) will move to “{name}”, and those locations will be deleted. This cannot be undone.</numerusform>
            <numerusform>%Ln encounters from the other {others} location(s) will move to “{name}”, and those locations will be deleted. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MomentsView</name>
    <message numerus="yes">
        <source>%n moments</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message numerus="yes">
        <source>Delete %Ln encounter(s) older than {months} months?</source>
        <translation>
            <numerusform>Delete %Ln encounter older than {months} months?</numerusform>
            <numerusform>Delete %Ln encounters older than {months} months?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase “{name}” and its %Ln encounter(s)?</source>
        <translation>
            <numerusform>Erase “{name}” and its %Ln encounter?</numerusform>
            <numerusform>Erase “{name}” and its %Ln encounters?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the alias “{alias}” from %Ln encounter(s)?</source>
        <translation>
            <numerusform>Remove the alias “{alias}” from %Ln encounter?</numerusform>
            <numerusform>Remove the alias “{alias}” from %Ln encounters?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You skipped %Ln.</source>
        <translation>
            <numerusform>You skipped %Ln.</numerusform>
            <numerusform>You skipped %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filter set in Encounters hides %Ln submitted encounters.</source>
        <translation>
            <numerusform>The filter set in Encounters hides %Ln submitted encounter.</numerusform>
            <numerusform>The filter set in Encounters hides %Ln submitted encounters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln waiting</source>
        <translation>
            <numerusform>%1: %Ln waiting</numerusform>
            <numerusform>%1: %Ln waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreSummary</name>
    <message numerus="yes">
        <source>%n required left</source>
        <translation>
            <numerusform>%n required left</numerusform>
            <numerusform>%n required left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message numerus="yes">
        <source>Deleted %Ln encounter(s).</source>
        <translation>
            <numerusform>Deleted %Ln encounter.</numerusform>
            <numerusform>Deleted %Ln encounters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{alias} (%Ln encounter(s))</source>
        <translation>
            <numerusform>{alias} (%Ln encounter)</numerusform>
            <numerusform>{alias} (%Ln encounters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the alias “{alias}” from %Ln encounter(s).</source>
        <translation>
            <numerusform>Removed the alias “{alias}” from %Ln encounter.</numerusform>
            <numerusform>Removed the alias “{alias}” from %Ln encounters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message numerus="yes">
        <source>Deleted %Ln old encounter(s).</source>
        <translation>
            <numerusform>Deleted %Ln old encounter.</numerusform>
            <numerusform>Deleted %Ln old encounters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n encounter(s) in the trash for good?</source>
        <translation>
            <numerusform>Delete the %n encounter in the trash for good?</numerusform>
            <numerusform>Delete the %n encounters in the trash for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message numerus="yes">
        <source>Deleted %n encounter(s) that were in the trash for good.</source>
        <translation>
            <numerusform>Deleted %n encounter that was in the trash for good.</numerusform>
            <numerusform>Deleted %n encounters that were in the trash for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message numerus="yes">
        <source>%Ln demo encounters added.</source>
        <translation>
            <numerusform>%Ln demo encounter added.</numerusform>
            <numerusform>%Ln demo encounters added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message numerus="yes">
        <source>At most {n} visits of each kind per location, the most instructive: for needs coaching, critical failures first, then visits with notes, then the most points missed; for best practice, visits with notes, then the highest score.</source>
        <translation>
            <numerusform>At most {n} visit of each kind per location, the most instructive: for needs coaching, critical failures first, then visits with notes, then the most points missed; for best practice, visits with notes, then the highest score.</numerusform>
            <numerusform>At most {n} visits of each kind per location, the most instructive: for needs coaching, critical failures first, then visits with notes, then the most points missed; for best practice, visits with notes, then the highest score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each location shows at most its {n} best moments: tagged best practice first, then the clearly uplifted, then the highest score.</source>
        <translation>
            <numerusform>Each location shows at most {n} moment, its best: tagged best practice first, then the clearly uplifted, then the highest score.</numerusform>
            <numerusform>Each location shows at most its {n} best moments: tagged best practice first, then the clearly uplifted, then the highest score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than {n} visits with a score: their figures are shown with their n but not ranked.</source>
        <translation>
            <numerusform>Fewer than {n} visit with a score: their figures are shown with their n but not ranked.</numerusform>
            <numerusform>Fewer than {n} visits with a score: their figures are shown with their n but not ranked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locations with at least {n} scored visits, best average score first, each score with its n and 95 % interval (the bar&apos;s whisker): where two intervals overlap, the order of the two may be chance. Critical failures are visits where a critical question earned no points.</source>
        <translation>
            <numerusform>Locations with at least {n} scored visit, best average score first, each score with its n and 95 % interval (the bar&apos;s whisker): where two intervals overlap, the order of the two may be chance. Critical failures are visits where a critical question earned no points.</numerusform>
            <numerusform>Locations with at least {n} scored visits, best average score first, each score with its n and 95 % interval (the bar&apos;s whisker): where two intervals overlap, the order of the two may be chance. Critical failures are visits where a critical question earned no points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No question was answered here at least {n} times and missed.</source>
        <translation>
            <numerusform>No question was answered here at least {n} time and missed.</numerusform>
            <numerusform>No question was answered here at least {n} times and missed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read with care: alpha rests on {n} questions.</source>
        <translation>
            <numerusform>Read with care: alpha rests on {n} question.</numerusform>
            <numerusform>Read with care: alpha rests on {n} questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The three behaviours most often missed at each location, of the questions answered there at least {n} times.</source>
        <translation>
            <numerusform>The three behaviours most often missed at each location, of the questions answered there at least {n} time.</numerusform>
            <numerusform>The three behaviours most often missed at each location, of the questions answered there at least {n} times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the {n} poor experiences in this period has notes.</source>
        <translation>
            <numerusform>The {n} poor experience in this period has no notes.</numerusform>
            <numerusform>None of the {n} poor experiences in this period has notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This session&apos;s observers in {n} calibration sessions, oldest first.</source>
        <translation>
            <numerusform>This session&apos;s observers in {n} calibration session, oldest first.</numerusform>
            <numerusform>This session&apos;s observers in {n} calibration sessions, oldest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at {n} locations</source>
        <translation>
            <numerusform>at {n} location</numerusform>
            <numerusform>at {n} locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fewer than {n} visits</source>
        <translation>
            <numerusform>fewer than {n} visit</numerusform>
            <numerusform>fewer than {n} visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held {held} of {n} visits since</source>
        <translation>
            <numerusform>held {held} of {n} visit since</numerusform>
            <numerusform>held {held} of {n} visits since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of {n} visits</source>
        <translation>
            <numerusform>of {n} visit</numerusform>
            <numerusform>of {n} visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vs {count} in the {n} days compared</source>
        <translation>
            <numerusform>vs {count} in the {n} day compared</numerusform>
            <numerusform>vs {count} in the {n} days compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} days</source>
        <translation>
            <numerusform>{n} day</numerusform>
            <numerusform>{n} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} days, to date</source>
        <translation>
            <numerusform>{n} day, to date</numerusform>
            <numerusform>{n} days, to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} drafts</source>
        <translation>
            <numerusform>{n} draft</numerusform>
            <numerusform>{n} drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} hidden</source>
        <translation>
            <numerusform>{n} hidden</numerusform>
            <numerusform>{n} hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} moments</source>
        <translation>
            <numerusform>{n} moment</numerusform>
            <numerusform>{n} moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} moments worth repeating</source>
        <translation>
            <numerusform>{n} moment worth repeating</numerusform>
            <numerusform>{n} moments worth repeating</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more questions are missed less often.</source>
        <translation>
            <numerusform>{n} more question is missed less often.</numerusform>
            <numerusform>{n} more questions are missed less often.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} observers</source>
        <translation>
            <numerusform>{n} observer</numerusform>
            <numerusform>{n} observers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} open</source>
        <translation>
            <numerusform>{n} open</numerusform>
            <numerusform>{n} open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} overdue</source>
        <translation>
            <numerusform>{n} overdue</numerusform>
            <numerusform>{n} overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} questions N/A</source>
        <translation>
            <numerusform>{n} question N/A</numerusform>
            <numerusform>{n} questions N/A</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} questions answered fewer than {minimum} times are left out.</source>
        <translation>
            <numerusform>{n} question answered fewer than {minimum} times is left out.</numerusform>
            <numerusform>{n} questions answered fewer than {minimum} times are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} questions hidden</source>
        <translation>
            <numerusform>{n} question hidden</numerusform>
            <numerusform>{n} questions hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} questions unanswered</source>
        <translation>
            <numerusform>{n} question unanswered</numerusform>
            <numerusform>{n} questions unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} reopened</source>
        <translation>
            <numerusform>{n} reopened</numerusform>
            <numerusform>{n} reopened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} returned to the observer</source>
        <translation>
            <numerusform>{n} returned to the observer</numerusform>
            <numerusform>{n} returned to the observer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} unanswered</source>
        <translation>
            <numerusform>{n} unanswered</numerusform>
            <numerusform>{n} unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} visits</source>
        <translation>
            <numerusform>{n} visit</numerusform>
            <numerusform>{n} visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} visits in the period</source>
        <translation>
            <numerusform>{n} visit in the period</numerusform>
            <numerusform>{n} visits in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} visits in this period failed a critical question. By location and question, oldest first, each visit as the start of its id and its date: its visit report has the whole story.</source>
        <translation>
            <numerusform>{n} visit in this period failed a critical question. By location and question, oldest first, each visit as the start of its id and its date: its visit report has the whole story.</numerusform>
            <numerusform>{n} visits in this period failed a critical question. By location and question, oldest first, each visit as the start of its id and its date: its visit report has the whole story.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} visits with a feeling answer.</source>
        <translation>
            <numerusform>{n} visit with a feeling answer.</numerusform>
            <numerusform>{n} visits with a feeling answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} with a score</source>
        <translation>
            <numerusform>{n} with a score</numerusform>
            <numerusform>{n} with a score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {n} more best-practice visits at this location.</source>
        <translation>
            <numerusform>… and {n} more best-practice visit at this location.</numerusform>
            <numerusform>… and {n} more best-practice visits at this location.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {n} more moments at this location.</source>
        <translation>
            <numerusform>… and {n} more moment at this location.</numerusform>
            <numerusform>… and {n} more moments at this location.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {n} more needs-coaching visits at this location.</source>
        <translation>
            <numerusform>… and {n} more needs-coaching visit at this location.</numerusform>
            <numerusform>… and {n} more needs-coaching visits at this location.</numerusform>
        </translation>
    </message>
</context>
</TS>
