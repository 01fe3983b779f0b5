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
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>%n field(s) differ. The server&apos;s version stands until you choose.</source>
        <translation>
            <numerusform>%n field differs. The server&apos;s version stands until you choose.</numerusform>
            <numerusform>%n fields differ. The server&apos;s version stands until you choose.</numerusform>
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
    <name>FormBuilder</name>
    <message numerus="yes">
        <source>%n problem(s) here</source>
        <translation>
            <numerusform>%n problem here</numerusform>
            <numerusform>%n problems here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n problem to fix before saving</numerusform>
            <numerusform>%n problems to fix before saving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the problems first: %n left</source>
        <translation>
            <numerusform>Fix the problem first: %n left</numerusform>
            <numerusform>Fix the problems first: %n left</numerusform>
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
    <name>SyncPanel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n sent</source>
        <translation>
            <numerusform>Synced: %n sent</numerusform>
            <numerusform>Synced: %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n refused by the server</numerusform>
            <numerusform>%n refused by the server</numerusform>
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
</TS>
