<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action item</source>
        <translation>Redigera åtgärd</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>A &amp;question</source>
        <translation>En &amp;fråga</translation>
    </message>
    <message>
        <source>A d&amp;imension</source>
        <translation>En d&amp;imension</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>What is to be done, e.g. greet every customer within 10 seconds</source>
        <translation>Vad som ska göras, t.ex. hälsa på varje kund inom 10 sekunder</translation>
    </message>
    <message>
        <source>A role, e.g. store manager</source>
        <translation>En roll, t.ex. butikschef</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>&amp;Senast</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Vad</translation>
    </message>
    <message>
        <source>&amp;Owner (role)</source>
        <translation>&amp;Ansvarig (roll)</translation>
    </message>
    <message>
        <source>Name a role, not a person. The observers never see action items: the next visits show whether it held.</source>
        <translation>Ange en roll, inte en person. Observatörerna ser aldrig åtgärderna: de följande besöken visar om det höll.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n öppen</numerusform>
            <numerusform>%n öppna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reopened</source>
        <translation>
            <numerusform>%n återöppnad</numerusform>
            <numerusform>%n återöppnade</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>försenad sedan %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>reopened: missed again</source>
        <translation>återöppnad: missades igen</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Inga öppna åtgärder.</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>återöppnad</translation>
    </message>
    <message>
        <source>no visits since</source>
        <translation>inga besök sedan dess</translation>
    </message>
    <message numerus="yes">
        <source>held %1 of %n visit(s) since</source>
        <translation>
            <numerusform>höll vid %1 av %n besök sedan dess</numerusform>
            <numerusform>höll vid %1 av %n besök sedan dess</numerusform>
        </translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>What is to be done about a missed standard, and whether the visits since show it held. Observers never see these.</source>
        <translation>Vad som ska göras när en standard inte uppfylldes, och om besöken sedan dess visar att det höll. Observatörerna ser aldrig dessa.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Open and reopened</source>
        <translation>Öppna och återöppnade</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alla lägen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Only o&amp;verdue</source>
        <translation>Endast &amp;försenade</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Suggestions from coaching themes</source>
        <translation>Förslag från coachningsteman</translation>
    </message>
    <message>
        <source>Suggested action items</source>
        <translation>Föreslagna åtgärder</translation>
    </message>
    <message>
        <source>&amp;Make action item…</source>
        <translation>&amp;Skapa åtgärd…</translation>
    </message>
    <message>
        <source>Every location</source>
        <translation>Alla enheter</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n visas</numerusform>
            <numerusform>%n visas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reopened</source>
        <translation>
            <numerusform>%n återöppnad</numerusform>
            <numerusform>%n återöppnade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missed in %1 of %n visit(s)</source>
        <translation>
            <numerusform>missades vid %1 av %n besök</numerusform>
            <numerusform>missades vid %1 av %n besök</numerusform>
        </translation>
    </message>
    <message>
        <source>The questions most often missed at this location.</source>
        <translation>De frågor som oftast missas vid den här enheten.</translation>
    </message>
    <message>
        <source>The questions most often missed everywhere.</source>
        <translation>De frågor som oftast missas överlag.</translation>
    </message>
    <message>
        <source>No question was missed often enough to suggest one.</source>
        <translation>Ingen fråga missades tillräckligt ofta för att föreslås.</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <source>N/A</source>
        <translation>Ej tillämpligt</translation>
    </message>
    <message>
        <source>Not applicable: leaves the points out</source>
        <translation>Ej tillämpligt: poängen räknas inte med</translation>
    </message>
    <message>
        <source>Yes when you tap {event} in the visit timer</source>
        <translation>Svaret blir Ja när du trycker på {event} i tidtagningen</translation>
    </message>
    <message>
        <source>%1 on a scale of %2 to %3</source>
        <translation>%1 på en skala från %2 till %3</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ej tillämpligt</translation>
    </message>
    <message>
        <source>{low:g} to {high:g}</source>
        <translation>{low:g}–{high:g}</translation>
    </message>
    <message>
        <source>at least {low:g}</source>
        <translation>minst {low:g}</translation>
    </message>
    <message>
        <source>at most {high:g}</source>
        <translation>högst {high:g}</translation>
    </message>
    <message>
        <source>Clear the answer (or empty the box with Delete)</source>
        <translation>Rensa svaret (eller töm fältet med Delete)</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Rensa svaret</translation>
    </message>
    <message>
        <source>Minutes:seconds, e.g. 0:45 or 1:15 (or plain seconds)</source>
        <translation>Minuter:sekunder, t.ex. 0:45 eller 1:15 (eller bara sekunder)</translation>
    </message>
    <message>
        <source>target {time} or less</source>
        <translation>mål högst {time}</translation>
    </message>
    <message>
        <source>filled by the visit timer: {start} → {end}</source>
        <translation>fylls i från tidtagningen: {start} → {end}</translation>
    </message>
    <message>
        <source>min:s</source>
        <translation>min:s</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Inget valt</translation>
    </message>
    <message>
        <source>{value} of {low}–{high}</source>
        <translation>{value} på skalan {low}–{high}</translation>
    </message>
    <message>
        <source>{time} (target {target})</source>
        <translation>{time} (mål {target})</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Photos and receipts that back the visit: JPEG, PNG, HEIC or PDF, up to 20 MB each.</source>
        <translation>Foton och kvitton som styrker besöket: JPEG, PNG, HEIC eller PDF, högst 20 MB per fil.</translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation>Inga bilagor ännu.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Lägg till filer…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bifoga filer</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.heif *.pdf);;All files (*)</source>
        <translation>Foton och dokument (*.jpg *.jpeg *.png *.heic *.heif *.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation>Inte bifogade:</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Bifogar…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Ta bort bilaga</translation>
    </message>
    <message>
        <source>Remove “{name}” from this encounter?</source>
        <translation>Ta bort ”{name}” från servicemötet?</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Sparat {time}</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Inte sparat: {error}</translation>
    </message>
    <message>
        <source>Not saved: this encounter was changed elsewhere meanwhile. Your answers stay here; reopen it from the log to see the other changes.</source>
        <translation>Inte sparat: servicemötet har ändrats någon annanstans under tiden. Dina svar finns kvar här; öppna det på nytt från mötesloggen för att se de andra ändringarna.</translation>
    </message>
    <message>
        <source>Kept on this computer: the team server is not answering. Saved when it is back.</source>
        <translation>Sparat på den här datorn: teamets server svarar inte. Sparas när den är tillbaka.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Observer calibration</source>
        <translation>Kalibrering av observatörer</translation>
    </message>
    <message>
        <source>Several observers record the same scenario on the same form, each marking their encounter with the session&apos;s id. Here you see whether they score alike, and which questions they read differently.</source>
        <translation>Flera observatörer registrerar samma scenario i samma formulär och märker sitt servicemöte med kalibreringstillfällets id. Här ser du om de poängsätter lika och vilka frågor de tolkar olika.</translation>
    </message>
    <message>
        <source>Calibration sessions</source>
        <translation>Kalibreringstillfällen</translation>
    </message>
    <message>
        <source>No calibration sessions yet. In the editor, choose Calibration session… to mark an encounter as part of one.</source>
        <translation>Inga kalibreringstillfällen ännu. Välj Kalibreringstillfälle… i redigeraren för att märka ett servicemöte som en del av ett.</translation>
    </message>
    <message>
        <source>Save PDF… ({key})</source>
        <translation>Spara PDF… ({key})</translation>
    </message>
    <message>
        <source>Save the calibration report of this session</source>
        <translation>Spara kalibreringsrapporten för detta tillfälle</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observatörer</translation>
    </message>
    <message>
        <source>Pairs agreeing</source>
        <translation>Överensstämmande par</translation>
    </message>
    <message>
        <source>Points spread</source>
        <translation>Poängens variationsbredd</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>Standardavvikelse</translation>
    </message>
    <message>
        <source>Most common answer</source>
        <translation>Vanligaste svaret</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observatör</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Leniency (pp)</source>
        <translation>Mildhet (p.e.)</translation>
    </message>
    <message>
        <source>Agreement with the consensus</source>
        <translation>Överensstämmelse med det vanligaste svaret</translation>
    </message>
    <message>
        <source>Questions compared</source>
        <translation>Jämförda frågor</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Tolkning</translation>
    </message>
    <message>
        <source>&amp;Questions that split observers</source>
        <translation>&amp;Frågor där observatörerna skiljer sig</translation>
    </message>
    <message>
        <source>&amp;Each observer</source>
        <translation>&amp;Observatörerna</translation>
    </message>
    <message>
        <source>&amp;Drift across sessions</source>
        <translation>&amp;Utveckling mellan tillfällen</translation>
    </message>
    <message>
        <source>Questions a&amp;cross sessions</source>
        <translation>Frågor över &amp;alla tillfällen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Kalibreringstillfällen</translation>
    </message>
    <message>
        <source>{session}
{date} · {observers} observers</source>
        <translation>{session}
{date} · {observers} observatörer</translation>
    </message>
    <message>
        <source>This session was recorded on several versions of {form} ({versions}): every observer must record it on the same version to be compared.</source>
        <translation>Detta tillfälle registrerades med flera versioner av {form} ({versions}): varje observatör måste registrera det med samma version för att de ska kunna jämföras.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (interval) over {units} scored questions answered by two observers or more, {values} values. 0.800 or more: reliable; 0.667 to 0.800: tentative conclusions only; below: not reliable.</source>
        <translation>Krippendorffs alfa (intervallskala) över {units} poängsatta frågor som minst två observatörer besvarade, {values} värden. 0,800 eller mer: tillförlitlig; 0,667–0,800: endast preliminära slutsatser; lägre: inte tillförlitlig.</translation>
    </message>
    <message>
        <source>Read with care: it rests on few questions.</source>
        <translation>Tolka med försiktighet: den bygger på få frågor.</translation>
    </message>
    <message>
        <source>Form: {form} (v{version})</source>
        <translation>Formulär: {form} (version {version})</translation>
    </message>
    <message>
        <source>Visit: {date}</source>
        <translation>Besök: {date}</translation>
    </message>
    <message>
        <source>Observers: {names}</source>
        <translation>Observatörer: {names}</translation>
    </message>
    <message>
        <source>Left out: {observer}: {reason}</source>
        <translation>Utelämnad: {observer}: {reason}</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>oavgjort</translation>
    </message>
    <message>
        <source>From fewer than three observers: read with care.</source>
        <translation>Från färre än tre observatörer: tolka med försiktighet.</translation>
    </message>
    <message>
        <source>{leniency} pp · {agreement}</source>
        <translation>{leniency} p.e. · {agreement}</translation>
    </message>
    <message>
        <source>Each session: the observer&apos;s leniency (score minus the session&apos;s mean, in percentage points) · their agreement with the consensus.</source>
        <translation>Varje tillfälle: observatörens mildhet (resultat minus tillfällets medelvärde, i procentenheter) · överensstämmelse med det vanligaste svaret.</translation>
    </message>
    <message>
        <source>Save the calibration report as</source>
        <translation>Spara kalibreringsrapporten som</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CommentLibraryEditor</name>
    <message>
        <source>Phrases for</source>
        <translation>Fraser för</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Saved phrases</source>
        <translation>Sparade fraser</translation>
    </message>
    <message>
        <source>A phrase you write often…</source>
        <translation>En kommentar du ofta skriver…</translation>
    </message>
    <message>
        <source>New phrase</source>
        <translation>Ny fras</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the chosen phrase (Delete)</source>
        <translation>Ta bort den valda frasen (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Phrases for:</source>
        <translation>Fraser för:</translation>
    </message>
    <message>
        <source>General phrases (every question)</source>
        <translation>Allmänna fraser (alla frågor)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkroniseringskonflikter</translation>
    </message>
    <message>
        <source>These encounters changed on this computer and on the team server since the last sync. The server&apos;s version stands until you choose; nothing is lost.</source>
        <translation>De här servicemötena har ändrats både på den här datorn och på teamets server sedan den senaste synkroniseringen. Serverns version gäller tills du väljer; ingenting går förlorat.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Båda versionerna, fält för fält</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>På den här datorn</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>På servern</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s version</source>
        <translation>Behåll &amp;serverns version</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behåll &amp;min</translation>
    </message>
    <message>
        <source>Send this computer&apos;s version to the server at the next sync</source>
        <translation>Skicka den här datorns version till servern vid nästa synkronisering</translation>
    </message>
    <message>
        <source>No conflicts: everything is in step.</source>
        <translation>Inga konflikter: allt stämmer överens.</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ skiljer sig</translation>
    </message>
    <message>
        <source>same</source>
        <translation>samma</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. The server&apos;s version stands until you choose.</source>
        <translation>
            <numerusform>%n fält skiljer sig. Serverns version gäller tills du väljer.</numerusform>
            <numerusform>%n fält skiljer sig. Serverns version gäller tills du väljer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours cannot be kept: {reason}</source>
        <translation>Din version kan inte behållas: {reason}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ej tillämpligt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Besökstid</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observatör</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Visit timer</source>
        <translation>Tidtagning</translation>
    </message>
    <message>
        <source>Reviewer note</source>
        <translation>Granskarens anteckning</translation>
    </message>
    <message>
        <source>Reason for return</source>
        <translation>Orsak till returnering</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Granskad av</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Granskad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Not resolved: {reason}</source>
        <translation>Inte löst: {reason}</translation>
    </message>
    <message>
        <source>Kept the server&apos;s version.</source>
        <translation>Serverns version behölls.</translation>
    </message>
    <message>
        <source>Kept your version: it is sent at the next sync.</source>
        <translation>Din version behölls: den skickas vid nästa synkronisering.</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>The team server is not answering</source>
        <translation>Teamets server svarar inte</translation>
    </message>
    <message>
        <source>You can go on: your work is kept on this computer and saved when the server is back.</source>
        <translation>Du kan fortsätta: ditt arbete finns kvar på den här datorn och sparas när servern är tillbaka.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>{value} %</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of a period&apos;s days</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>too few visits to compare (n = {n})</source>
        <translation>för få besök att jämföra (n = {n})</translation>
    </message>
    <message>
        <source>too few to compare</source>
        <translation>för få att jämföra</translation>
    </message>
    <message>
        <source>{change} points vs previous</source>
        <translation>{change} procentenheter mot föregående</translation>
    </message>
    <message>
        <source>{change} vs previous</source>
        <translation>{change} mot föregående</translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation>v. {week}</translation>
    </message>
    <message>
        <source>No visits</source>
        <translation>Inga besök</translation>
    </message>
    <message>
        <source>Average score, %</source>
        <translation>Genomsnittligt resultat, %</translation>
    </message>
    <message>
        <source>Net Uplift</source>
        <translation>Net Uplift</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Genomsnittligt resultat</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Fewer than {n} visits</source>
        <translation>Färre än {n} besök</translation>
    </message>
    <message>
        <source>Week {week}, from {date}</source>
        <translation>Vecka {week}, från {date}</translation>
    </message>
    <message>
        <source>Only a few visits: read with care</source>
        <translation>Bara några få besök: tolka med försiktighet</translation>
    </message>
    <message>
        <source>Visits: {visits}</source>
        <translation>Besök: {visits}</translation>
    </message>
    <message>
        <source>Average score: {score}</source>
        <translation>Genomsnittligt resultat: {score}</translation>
    </message>
    <message>
        <source>Net Uplift: {uplift}</source>
        <translation>Net Uplift: {uplift}</translation>
    </message>
    <message>
        <source>Too few visits on both sides of any behaviour</source>
        <translation>Inget beteende har tillräckligt många besök på båda sidor</translation>
    </message>
    <message>
        <source>n = {with_n} / {without_n}</source>
        <translation>n = {with_n} / {without_n}</translation>
    </message>
    <message>
        <source>Net Uplift where it happened: {value} ({n})</source>
        <translation>Net Uplift när det skedde: {value} ({n})</translation>
    </message>
    <message>
        <source>Net Uplift where it did not: {value} ({n})</source>
        <translation>Net Uplift när det inte skedde: {value} ({n})</translation>
    </message>
    <message>
        <source>Difference: {value}, 95 % interval {interval}</source>
        <translation>Skillnad: {value}, 95 %-intervall {interval}</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>n</source>
        <comment>column header: number of visits</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>Average score</source>
        <comment>column header, short</comment>
        <translation>Medelresultat</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiska fel</translation>
    </message>
    <message>
        <source>Rank by average score</source>
        <translation>Placering efter genomsnittligt resultat</translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation>Besök under perioden</translation>
    </message>
    <message>
        <source>Mean score of the visits, with its 95 % interval under it</source>
        <translation>Besökens genomsnittliga resultat med 95 %-konfidensintervallet under</translation>
    </message>
    <message>
        <source>% of visits leaving customers uplifted minus % leaving them diminished, with its 95 % interval under it</source>
        <translation>andelen upplyftande besök minus andelen nedslående, med 95 %-konfidensintervallet under</translation>
    </message>
    <message>
        <source>Submitted and approved encounters in the period</source>
        <translation>Inlämnade och godkända servicemöten under perioden</translation>
    </message>
    <message>
        <source>Visits where a critical question earned no points; compared as a share of the visits</source>
        <translation>Besök där en kritisk fråga inte gav några poäng; jämförs som andel av besöken</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensioner</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Location ranking</source>
        <translation>Rangordning av enheter</translation>
    </message>
    <message>
        <source>Show its encounters</source>
        <translation>Visa dess servicemöten</translation>
    </message>
    <message>
        <source>Make action item about its weakest question…</source>
        <translation>Skapa åtgärd om dess svagaste fråga…</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All tid</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alla regioner</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Alla formulär</translation>
    </message>
    <message>
        <source>What drives uplift</source>
        <translation>Vad ger upplyftande besök</translation>
    </message>
    <message>
        <source>Net Uplift of the visits where a behaviour happened minus that of the visits where it did not, in points, with its 95 % interval</source>
        <translation>Net Uplift för besöken där ett beteende förekom minus för besöken där det inte gjorde det, i poäng, med 95 %-konfidensintervall</translation>
    </message>
    <message>
        <source>Net Uplift with the behaviour minus without it. An association, not proof of cause.</source>
        <translation>Net Uplift med beteendet minus utan det. Ett samband, inte bevis för orsak.</translation>
    </message>
    <message>
        <source>No submitted encounters in this period</source>
        <translation>Inga inlämnade servicemöten under den här perioden</translation>
    </message>
    <message>
        <source>Choose another period, region or form above.</source>
        <translation>Välj en annan period, region eller ett annat formulär ovan.</translation>
    </message>
    <message>
        <source>Could not compute the drivers: {error}</source>
        <translation>Drivkrafterna kunde inte beräknas: {error}</translation>
    </message>
    <message>
        <source>The {shown} strongest of {total} behaviours.</source>
        <translation>De {shown} starkaste av {total} beteenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n behaviours left out: fewer than {minimum} visits with or without them.</source>
        <translation>
            <numerusform>%n beteende utelämnat: färre än {minimum} besök med eller utan det.</numerusform>
            <numerusform>%n beteenden utelämnade: färre än {minimum} besök med eller utan dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>{dimension} (score ≥ {share} %)</source>
        <translation>{dimension} (resultat ≥ {share} %)</translation>
    </message>
    <message>
        <source>{period} (to date)</source>
        <translation>{period} (hittills)</translation>
    </message>
    <message numerus="yes">
        <source>{period}, compared with {comparison} (%Ln visits)</source>
        <translation>
            <numerusform>{period}, jämfört med {comparison} (%Ln besök)</numerusform>
            <numerusform>{period}, jämfört med {comparison} (%Ln besök)</numerusform>
        </translation>
    </message>
    <message>
        <source>submitted and approved encounters (drafts and returned ones are left out)</source>
        <translation>inlämnade och godkända servicemöten (utkast och returnerade räknas inte)</translation>
    </message>
    <message>
        <source>previous period: {visits}</source>
        <translation>föregående period: {visits}</translation>
    </message>
    <message>
        <source>submitted and approved</source>
        <translation>inlämnade och godkända</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scored visits</source>
        <translation>
            <numerusform>%Ln poängsatt besök</numerusform>
            <numerusform>%Ln poängsatta besök</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{share} % of %Ln visits</source>
        <translation>
            <numerusform>{share} % av %Ln besök</numerusform>
            <numerusform>{share} % av %Ln besök</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} · {interval} (95 %)</source>
        <translation>{n} · {interval} (95 %)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ranked, best average score first; click one for its encounters</source>
        <translation>
            <numerusform>%Ln rangordnad, bästa genomsnittliga resultat först; klicka för att se servicemötena</numerusform>
            <numerusform>%Ln rangordnade, bästa genomsnittliga resultat först; klicka för att se servicemötena</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few visits to rank (fewer than {minimum}): {locations}</source>
        <translation>För få besök för att rangordnas (färre än {minimum}): {locations}</translation>
    </message>
    <message>
        <source>Visits with a critical failure</source>
        <translation>Besök med kritiskt fel</translation>
    </message>
    <message>
        <source>{name}, region {region}</source>
        <translation>{name}, region {region}</translation>
    </message>
    <message>
        <source>Click to see its encounters</source>
        <translation>Klicka för att se enhetens servicemöten</translation>
    </message>
    <message>
        <source>{value}, 95 % interval {interval}, {n}</source>
        <translation>{value}, 95 %-intervall {interval}, {n}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Kritiska fel</translation>
    </message>
    <message>
        <source>Mean of the visits&apos; scores: points earned out of points possible</source>
        <translation>Medelvärdet av besökens resultat: erhållna poäng av möjliga poäng</translation>
    </message>
    <message>
        <source>% of visits that left the shopper uplifted minus % that left them diminished (−100 … +100)</source>
        <translation>Andelen besök som var upplyftande (%) minus andelen som var nedslående (%) (−100 … +100)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <source>Show the trend by {period}</source>
        <translation>Visa trenden indelad i {period}</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>best average score first</source>
        <translation>bästa genomsnittliga resultat först</translation>
    </message>
    <message>
        <source>No submitted encounters yet</source>
        <translation>Inga inlämnade servicemöten ännu</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Uppdaterar siffrorna…</translation>
    </message>
    <message>
        <source>Figures appear here once encounters are submitted. Drafts and returned encounters are not counted.</source>
        <translation>Siffrorna visas här när servicemöten har lämnats in. Utkast och returnerade servicemöten räknas inte med.</translation>
    </message>
    <message>
        <source>Could not compute the figures: {error}</source>
        <translation>Siffrorna kunde inte beräknas: {error}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>{up} % uplifted · {down} % diminished</source>
        <translation>{up} % upplyftande · {down} % nedslående</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits with a feeling</source>
        <translation>
            <numerusform>%Ln besök med en känsla</numerusform>
            <numerusform>%Ln besök med en känsla</numerusform>
        </translation>
    </message>
    <message>
        <source>no feeling recorded</source>
        <translation>ingen känsla registrerad</translation>
    </message>
</context>
<context>
    <name>DimensionsPanel</name>
    <message>
        <source>not asked</source>
        <translation>inte ställd</translation>
    </message>
    <message>
        <source>Mean {dimension} score of the visits that scored it</source>
        <translation>Genomsnittligt resultat för {dimension} vid de besök där dimensionen poängsattes</translation>
    </message>
</context>
<context>
    <name>DraftsButton</name>
    <message>
        <source>Continue a draft, or an encounter a reviewer returned</source>
        <translation>Fortsätt ett utkast eller ett servicemöte som granskaren returnerat</translation>
    </message>
    <message>
        <source>D&amp;rafts ({count})</source>
        <translation>&amp;Utkast ({count})</translation>
    </message>
    <message>
        <source>D&amp;rafts</source>
        <translation>&amp;Utkast</translation>
    </message>
    <message>
        <source>no location yet</source>
        <translation>ingen enhet ännu</translation>
    </message>
    <message>
        <source>{place} · {when} · not saved yet</source>
        <translation>{place} · {when} · inte sparat ännu</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returnerat</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Inga utkast</translation>
    </message>
    <message>
        <source>New encounter</source>
        <translation>Nytt servicemöte</translation>
    </message>
    <message>
        <source>Discard the open draft…</source>
        <translation>Kassera det öppna utkastet…</translation>
    </message>
</context>
<context>
    <name>EditorAttachments</name>
    <message>
        <source>Choose a location first: files can be attached once the encounter is saved as a draft.</source>
        <translation>Välj först en enhet: filer kan bifogas när servicemötet har sparats som utkast.</translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Discard them</source>
        <translation>Förkasta ändringarna</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>A&amp;nteckningar</translation>
    </message>
    <message>
        <source>Facts that back your answers: times, what was said, what you saw. Describe actions, never name people.</source>
        <translation>Fakta som stöder dina svar: tider, vad som sades, vad du såg. Beskriv handlingar, nämn aldrig personer vid namn.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Lämna in</translation>
    </message>
    <message>
        <source>Check the answers and submit the encounter for review (Alt+U)</source>
        <translation>Kontrollera svaren och lämna in servicemötet för granskning (Alt+L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close the editor; the draft is kept</source>
        <translation>Stäng redigeraren; utkastet sparas</translation>
    </message>
    <message>
        <source>D&amp;iscard draft…</source>
        <translation>&amp;Kassera utkast…</translation>
    </message>
    <message>
        <source>Put this draft in the trash, where it can be restored for a while (Alt+I)</source>
        <translation>Flytta utkastet till papperskorgen, där det kan återställas en tid (Alt+K)</translation>
    </message>
    <message>
        <source>No encounter is open. Start a new one, or continue a draft from the Drafts list.</source>
        <translation>Inget servicemöte är öppet. Börja ett nytt eller fortsätt ett utkast från listan Utkast.</translation>
    </message>
    <message>
        <source>New encounter</source>
        <translation>Nytt servicemöte</translation>
    </message>
    <message>
        <source>Could not load the forms: {error}</source>
        <translation>Formulären kunde inte läsas in: {error}</translation>
    </message>
    <message>
        <source>There is no form to record with: import one in Forms.</source>
        <translation>Det finns inget formulär att registrera med: importera ett under Formulär.</translation>
    </message>
    <message>
        <source>That encounter no longer exists.</source>
        <translation>Servicemötet finns inte längre.</translation>
    </message>
    <message>
        <source>Restored work that had not been saved to the database</source>
        <translation>Återställt arbete som inte hade sparats i databasen</translation>
    </message>
    <message>
        <source>Kept on this computer at {time}. It is saved as soon as it can be.</source>
        <translation>Sparat på den här datorn kl. {time}. Det sparas i databasen så snart det går.</translation>
    </message>
    <message>
        <source>That draft is in the trash now: restore it (File ▸ Trash…) to go on.</source>
        <translation>Utkastet ligger nu i papperskorgen: återställ det (Arkiv ▸ Papperskorg…) för att fortsätta.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Sparat {time}</translation>
    </message>
    <message>
        <source>Choose a location to start saving</source>
        <translation>Välj en enhet för att börja spara</translation>
    </message>
    <message>
        <source>Editing a submitted encounter</source>
        <translation>Redigerar ett inlämnat servicemöte</translation>
    </message>
    <message>
        <source>Editing an approved encounter</source>
        <translation>Redigerar ett godkänt servicemöte</translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation>Spara ändrin&amp;gar</translation>
    </message>
    <message>
        <source>Returned encounter</source>
        <translation>Returnerat servicemöte</translation>
    </message>
    <message>
        <source>Draft encounter</source>
        <translation>Utkast till servicemöte</translation>
    </message>
    <message>
        <source>{form} · version {version}</source>
        <translation>{form} · version {version}</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note:</source>
        <translation>Granskarens anteckning:</translation>
    </message>
    <message>
        <source>Returned by the reviewer — please revise and submit again</source>
        <translation>Returnerat av granskaren – rätta och lämna in på nytt</translation>
    </message>
    <message>
        <source>The reviewer&apos;s note</source>
        <translation>Granskarens anteckning</translation>
    </message>
    <message>
        <source>Record an encounter</source>
        <translation>Registrera ett servicemöte</translation>
    </message>
    <message>
        <source>Not saved yet: press Save changes</source>
        <translation>Inte sparat ännu: tryck på Spara ändringar</translation>
    </message>
    <message>
        <source>Change the form?</source>
        <translation>Byta formulär?</translation>
    </message>
    <message numerus="yes">
        <source>%n of your answers do not fit the other form and will be dropped.</source>
        <translation>
            <numerusform>%n av dina svar passar inte in i det andra formuläret och tas bort.</numerusform>
            <numerusform>%n av dina svar passar inte in i det andra formuläret och tas bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until it can be saved to the database, your work is kept in a file on this computer and offered under Drafts.</source>
        <translation>Tills ditt arbete kan sparas i databasen förvaras det i en fil på den här datorn och visas under Utkast.</translation>
    </message>
    <message>
        <source>Every change is saved as a draft within a second.</source>
        <translation>Varje ändring sparas som utkast inom en sekund.</translation>
    </message>
    <message>
        <source>The location of the visit</source>
        <translation>Besökets enhet</translation>
    </message>
    <message>
        <source>Answer this before submitting.</source>
        <translation>Besvara den här innan du lämnar in.</translation>
    </message>
    <message>
        <source>Answer these before submitting ({count}):</source>
        <translation>Besvara dessa innan du lämnar in ({count}):</translation>
    </message>
    <message>
        <source>The encounter could not be submitted</source>
        <translation>Servicemötet kunde inte lämnas in</translation>
    </message>
</context>
<context>
    <name>EncounterLogModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observatör</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiska fel</translation>
    </message>
    <message>
        <source>⚠ critical</source>
        <translation>⚠ kritiskt</translation>
    </message>
    <message>
        <source>Tags cannot be sorted</source>
        <translation>Det går inte att sortera efter taggar</translation>
    </message>
    <message>
        <source>⚠ sync conflict</source>
        <translation>⚠ synkroniseringskonflikt</translation>
    </message>
    <message>
        <source>calibration: {session}</source>
        <translation>kalibrering: {session}</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>A critical question earned no points</source>
        <translation>En kritisk fråga gav noll poäng</translation>
    </message>
</context>
<context>
    <name>EncounterLogView</name>
    <message>
        <source>Encounters</source>
        <translation>Servicemöten</translation>
    </message>
    <message>
        <source>No encounters match these filters</source>
        <translation>Inga servicemöten matchar dessa filter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>New encounter</source>
        <translation>Nytt servicemöte</translation>
    </message>
    <message>
        <source>Record a new encounter (Ctrl+N)</source>
        <translation>Registrera ett nytt servicemöte (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search notes, staff, reviewer notes and locations…</source>
        <translation>Sök i anteckningar, personal, granskarens anteckningar och enheter…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Endast kritiska</translation>
    </message>
    <message>
        <source>Only encounters where a critical question earned no points</source>
        <translation>Endast servicemöten där en kritisk fråga gav noll poäng</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Any location</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>Visited from</source>
        <translation>Besökt från</translation>
    </message>
    <message>
        <source>Visited until</source>
        <translation>Besökt till och med</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Besökt</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Alla regioner</translation>
    </message>
    <message>
        <source>Any form</source>
        <translation>Alla formulär</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Granska</translation>
    </message>
    <message>
        <source>Visit &amp;report…</source>
        <translation>Besöks&amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Found in the notes: “{snippet}”</source>
        <translation>Hittades i anteckningarna: ”{snippet}”</translation>
    </message>
    <message>
        <source>Found in the staff description: “{snippet}”</source>
        <translation>Hittades i personalbeskrivningen: ”{snippet}”</translation>
    </message>
    <message>
        <source>Found in the reviewer note: “{snippet}”</source>
        <translation>Hittades i granskarens anteckning: ”{snippet}”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln encounters</source>
        <translation>
            <numerusform>%Ln servicemöte</numerusform>
            <numerusform>%Ln servicemöten</numerusform>
        </translation>
    </message>
    <message>
        <source>No encounters yet</source>
        <translation>Inga servicemöten ännu</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Bundles and forms (*.json *.zip *.xlsx *.yaml *.yml);;Bundles (*.json *.zip);;XLSForms (*.xlsx);;Forms (*.yaml *.yml)</source>
        <translation>Paket och formulär (*.json *.zip *.xlsx *.yaml *.yml);;Paket (*.json *.zip);;XLSForm-formulär (*.xlsx);;Formulär (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importen avvisades</translation>
    </message>
    <message>
        <source>Form not imported</source>
        <translation>Formuläret importerades inte</translation>
    </message>
    <message>
        <source>{name} was not imported: version {version} of “{title}” is already stored, with different content.</source>
        <translation>{name} importerades inte: version {version} av ”{title}” finns redan sparad, med annat innehåll.</translation>
    </message>
    <message>
        <source>A stored form version never changes, so that encounters keep the questions they were recorded with. To import your changes, set “version: {next}” in the file and import it again.</source>
        <translation>En sparad formulärversion ändras aldrig, så att servicemöten behåller de frågor de registrerades med. Om du vill importera dina ändringar anger du ”version: {next}” i filen och importerar den igen.</translation>
    </message>
    <message>
        <source>Fix the file and import it again; each problem names its place in the file.</source>
        <translation>Rätta filen och importera den igen; varje problem anger sin plats i filen.</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}. Problems found: {count}</source>
        <translation>Ingenting importerades från {name}. Problem: {count}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>{name} was not written.</source>
        <translation>{name} skrevs inte.</translation>
    </message>
    <message>
        <source>{count} attachments are listed, but a .json bundle cannot carry files; export a .zip bundle to bring them along.</source>
        <translation>Förtecknade bilagor: {count}, men ett .json-paket kan inte innehålla filer; exportera ett .zip-paket för att få med dem.</translation>
    </message>
    <message>
        <source>Imported the form “{title}” ({form_id}, version {version}). Questions: {questions}, sections: {sections}.</source>
        <translation>Formuläret ”{title}” ({form_id}, version {version}) importerades. Frågor: {questions}, avsnitt: {sections}.</translation>
    </message>
    <message>
        <source>The form “{title}” ({form_id}, version {version}) is already imported; nothing changed.</source>
        <translation>Formuläret ”{title}” ({form_id}, version {version}) är redan importerat; ingenting ändrades.</translation>
    </message>
    <message>
        <source>{n} encounters added</source>
        <translation>Tillagda servicemöten: {n}</translation>
    </message>
    <message>
        <source>{n} encounters replaced by a newer version (the older one is kept in their history)</source>
        <translation>Servicemöten som ersattes av en nyare version (den äldre finns kvar i historiken): {n}</translation>
    </message>
    <message>
        <source>{n} encounters kept as they were: the file had an older version, now in their history</source>
        <translation>Servicemöten som behölls som de var (filen hade en äldre version, nu i deras historik): {n}</translation>
    </message>
    <message>
        <source>{n} approved encounters stay approved: the file&apos;s version would have turned them back (it is kept in their history)</source>
        <translation>Godkända servicemöten som förblev godkända (filens version skulle ha flyttat dem bakåt i arbetsflödet; den finns i deras historik): {n}</translation>
    </message>
    <message>
        <source>{n} encounters already here, unchanged</source>
        <translation>Servicemöten som redan fanns, oförändrade: {n}</translation>
    </message>
    <message>
        <source>{n} encounters deleted here stay deleted: the file&apos;s version is not newer than the deletion</source>
        <translation>Servicemöten borttagna här som förblir borttagna (filens version är inte nyare än borttagningen): {n}</translation>
    </message>
    <message>
        <source>{n} deleted encounters brought back: the file&apos;s version was changed after the deletion</source>
        <translation>Borttagna servicemöten som togs tillbaka (filens version ändrades efter borttagningen): {n}</translation>
    </message>
    <message>
        <source>{n} form versions added</source>
        <translation>Tillagda formulärversioner: {n}</translation>
    </message>
    <message>
        <source>{n} locations added</source>
        <translation>Tillagda enheter: {n}</translation>
    </message>
    <message>
        <source>{n} attachments added</source>
        <translation>Tillagda bilagor: {n}</translation>
    </message>
    <message>
        <source>{n} phrases added to the comment library</source>
        <translation>{n} fraser tillagda i kommentarbiblioteket</translation>
    </message>
    <message>
        <source>Nothing new: the file holds nothing.</source>
        <translation>Inget nytt: filen innehåller ingenting.</translation>
    </message>
    <message>
        <source>Excel workbook, to open and read (*.xlsx)</source>
        <translation>Excel-arbetsbok, att öppna och läsa (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV spreadsheet, one row per encounter (*.csv)</source>
        <translation>CSV-tabell, en rad per servicemöte (*.csv)</translation>
    </message>
    <message>
        <source>Bundle with attachments, for another mysteryshop (*.zip)</source>
        <translation>Paket med bilagor, till en annan mysteryshop (*.zip)</translation>
    </message>
    <message>
        <source>Bundle without attachments, for another mysteryshop (*.json)</source>
        <translation>Paket utan bilagor, till en annan mysteryshop (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n encounter(s)</source>
        <translation>
            <numerusform>Exportera %n servicemöte</numerusform>
            <numerusform>Exportera %n servicemöten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them draft(s): filter the log by status to leave them out)</source>
        <translation>
            <numerusform>(%n av dem ett utkast: filtrera loggen på status för att lämna bort det)</numerusform>
            <numerusform>(%n av dem utkast: filtrera loggen på status för att lämna bort dem)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} cannot be imported: expected a bundle (.json, .zip), an XLSForm (.xlsx) or a form (.yaml).</source>
        <translation>{name} kan inte importeras: filen ska vara ett paket (.json, .zip), ett XLSForm-formulär (.xlsx) eller ett formulär (.yaml).</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importerar {name}…</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exporterar till {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Form imported</source>
        <translation>Formuläret importerat</translation>
    </message>
    <message>
        <source>Left out or changed on the way, one line each:</source>
        <translation>Utelämnat eller ändrat vid importen, ett per rad:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <source>Imported {name}:</source>
        <translation>Importerade {name}:</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exporten är klar</translation>
    </message>
    <message>
        <source>Exported {count} encounters to {name}.</source>
        <translation>Servicemöten som exporterades till {name}: {count}.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Avbrutet: ingenting importerades.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Avbrutet: ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>No {language} text yet</source>
        <translation>Ingen text på {language} ännu</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Redigera text</translation>
    </message>
    <message>
        <source>Change id</source>
        <translation>Ändra id</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>A new version keeps the form&apos;s id; Duplicate makes a form with another</source>
        <translation>En ny version behåller formulärets id; Duplicera skapar ett formulär med ett annat</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Language codes, the default first, e.g. en, fi, sv</source>
        <translation>Språkkoder, standardspråket först, t.ex. sv, fi, en</translation>
    </message>
    <message>
        <source>Change languages</source>
        <translation>Ändra språk</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanaler:</translation>
    </message>
    <message>
        <source>Saving makes a new version when encounters use this one</source>
        <translation>Att spara skapar en ny version om servicemöten använder den här</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Change channels</source>
        <translation>Ändra kanaler</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Hint:</source>
        <translation>&amp;Tips:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Poäng:</translation>
    </message>
    <message>
        <source>from the options</source>
        <translation>från alternativen</translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation>Mi&amp;nimum:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum:</translation>
    </message>
    <message>
        <source>Longest &amp;answer (characters):</source>
        <translation>Längsta &amp;svar (tecken):</translation>
    </message>
    <message>
        <source>T&amp;arget (seconds):</source>
        <translation>&amp;Mål (sekunder):</translation>
    </message>
    <message>
        <source>none: not scored</source>
        <translation>inget: poängsätts inte</translation>
    </message>
    <message>
        <source>Ti&amp;mer:</source>
        <translation>Tid&amp;tagning:</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>inte kopplad</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Obligatorisk</translation>
    </message>
    <message>
        <source>Allow &amp;N/A</source>
        <translation>Tillåt ”ej &amp;tillämpligt”</translation>
    </message>
    <message>
        <source>&amp;Critical: no points flags the visit</source>
        <translation>&amp;Kritisk: noll poäng flaggar besöket</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Built-in dimensions, the form&apos;s own, or a new word</source>
        <translation>Inbyggda dimensioner, formulärets egna eller ett nytt ord</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Option {n} id</source>
        <translation>Alternativ {n}, id</translation>
    </message>
    <message>
        <source>Option id</source>
        <translation>Alternativets id</translation>
    </message>
    <message>
        <source>Option {n} ({language})</source>
        <translation>Alternativ {n} ({language})</translation>
    </message>
    <message>
        <source>Option text</source>
        <translation>Alternativets text</translation>
    </message>
    <message>
        <source>Option points</source>
        <translation>Alternativets poäng</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Ta bort det här alternativet</translation>
    </message>
    <message>
        <source>Remove option {n}</source>
        <translation>Ta bort alternativ {n}</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Ta bort alternativ</translation>
    </message>
    <message>
        <source>Add o&amp;ption</source>
        <translation>Lägg till &amp;alternativ</translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation>Alternativ {n}</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Lägg till alternativ</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <source>Label {value} ({language})</source>
        <translation>Etikett {value} ({language})</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Redigera etikett</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etiketter:</translation>
    </message>
    <message>
        <source>Timer link</source>
        <translation>Koppling till tidtagning</translation>
    </message>
    <message>
        <source>Shown when question</source>
        <translation>Visas när frågan</translation>
    </message>
    <message>
        <source>always shown</source>
        <translation>visas alltid</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <source>is</source>
        <translation>är</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>är inte</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>är något av</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Shown &amp;when:</source>
        <translation>Visas &amp;när:</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Save form</source>
        <translation>Sp&amp;ara formuläret</translation>
    </message>
    <message>
        <source>E&amp;xport YAML…</source>
        <translation>E&amp;xportera YAML…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation>Avsnitt och frågor</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>Lägg till &amp;fråga</translation>
    </message>
    <message>
        <source>Add a question after the selected one (Ins)</source>
        <translation>Lägg till en fråga efter den valda (Ins)</translation>
    </message>
    <message>
        <source>Add s&amp;ection</source>
        <translation>Lägg till a&amp;vsnitt</translation>
    </message>
    <message>
        <source>Add a section after the selected one (Ctrl+Ins)</source>
        <translation>Lägg till ett avsnitt efter det valda (Ctrl+Ins)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected section or question (Del)</source>
        <translation>Ta bort det valda avsnittet eller den valda frågan (Del)</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Lägg till avsnitt</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Ctrl+↑/↓ or drag to move · Ins adds a question · Del removes</source>
        <translation>Ctrl+↑/↓ eller dra för att flytta · Ins lägger till en fråga · Del tar bort</translation>
    </message>
    <message>
        <source>Unsaved form</source>
        <translation>Osparat formulär</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them before leaving?</source>
        <translation>Formuläret har ändringar som inte är sparade. Spara dem innan du lämnar?</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Flytta fråga</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Flytta avsnitt</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) here</source>
        <translation>
            <numerusform>%n problem här</numerusform>
            <numerusform>%n problem här</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ingen rubrik)</translation>
    </message>
    <message>
        <source>Form: {title}</source>
        <translation>Formulär: {title}</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>Nytt formulär</translation>
    </message>
    <message>
        <source>New form: {title}</source>
        <translation>Nytt formulär: {title}</translation>
    </message>
    <message>
        <source>{title} · version {version}</source>
        <translation>{title} · version {version}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n problem att åtgärda innan du sparar</numerusform>
            <numerusform>%n problem att åtgärda innan du sparar</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems · unsaved changes</source>
        <translation>Inga problem · osparade ändringar</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Inga problem</translation>
    </message>
    <message numerus="yes">
        <source>Fix the problems first: %n left</source>
        <translation>
            <numerusform>Åtgärda problemen först: %n kvar</numerusform>
            <numerusform>Åtgärda problemen först: %n kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the form (Ctrl+S); with encounters recorded, as a new version</source>
        <translation>Spara formuläret (Ctrl+S); finns det registrerade servicemöten, som en ny version</translation>
    </message>
    <message>
        <source>Form not saved</source>
        <translation>Formuläret sparades inte</translation>
    </message>
    <message>
        <source>Saved as a new version</source>
        <translation>Sparat som en ny version</translation>
    </message>
    <message>
        <source>Saved as version {version}. Version {old} stays as it was: a version that encounters use, a shipped one or an earlier one never changes, so what was recorded with it keeps its questions and scores.</source>
        <translation>Sparat som version {version}. Version {old} förblir som den var: en version som servicemöten använder, en som följer med appen eller en tidigare version ändras aldrig, så det som registrerats med den behåller sina frågor och poäng.</translation>
    </message>
    <message>
        <source>What changed since the last version:</source>
        <translation>Ändringar sedan förra versionen:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>inga ändringar</translation>
    </message>
    <message>
        <source>Export the form</source>
        <translation>Exportera formuläret</translation>
    </message>
    <message>
        <source>YAML form (*.yaml)</source>
        <translation>YAML-formulär (*.yaml)</translation>
    </message>
    <message>
        <source>Form not exported</source>
        <translation>Formuläret exporterades inte</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Det går inte att skriva {path}: {reason}</translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation>Ja / Nej</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg på skala</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Ett alternativ</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Flera alternativ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Tidsåtgång</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anvisning</translation>
    </message>
</context>
<context>
    <name>FormDiff</name>
    <message>
        <source>Form id changed from %1 to %2</source>
        <translation>Formulärets id ändrades från %1 till %2</translation>
    </message>
    <message>
        <source>Title changed (%1)</source>
        <translation>Rubriken ändrades (%1)</translation>
    </message>
    <message>
        <source>Description changed (%1)</source>
        <translation>Beskrivningen ändrades (%1)</translation>
    </message>
    <message>
        <source>Language %1 added</source>
        <translation>Språket %1 tillagt</translation>
    </message>
    <message>
        <source>Language %1 removed</source>
        <translation>Språket %1 borttaget</translation>
    </message>
    <message>
        <source>Default language changed from %1 to %2</source>
        <translation>Standardspråket ändrades från %1 till %2</translation>
    </message>
    <message>
        <source>Languages reordered: %1</source>
        <translation>Språken i ny ordning: %1</translation>
    </message>
    <message>
        <source>Channels changed from %1 to %2</source>
        <translation>Kanalerna ändrades från %1 till %2</translation>
    </message>
    <message>
        <source>Dimension %1 added</source>
        <translation>Dimensionen %1 tillagd</translation>
    </message>
    <message>
        <source>Dimension %1 removed</source>
        <translation>Dimensionen %1 borttagen</translation>
    </message>
    <message>
        <source>Section %1 added</source>
        <translation>Avsnittet %1 tillagt</translation>
    </message>
    <message>
        <source>Section %1 removed</source>
        <translation>Avsnittet %1 borttaget</translation>
    </message>
    <message>
        <source>Section %1: title changed (%2)</source>
        <translation>Avsnitt %1: rubriken ändrades (%2)</translation>
    </message>
    <message>
        <source>Section %1: description changed (%2)</source>
        <translation>Avsnitt %1: beskrivningen ändrades (%2)</translation>
    </message>
    <message>
        <source>Sections reordered</source>
        <translation>Avsnitten i ny ordning</translation>
    </message>
    <message>
        <source>Question %1 added (section %2)</source>
        <translation>Frågan %1 tillagd (avsnitt %2)</translation>
    </message>
    <message>
        <source>Question %1 removed (section %2)</source>
        <translation>Frågan %1 borttagen (avsnitt %2)</translation>
    </message>
    <message>
        <source>%1: text changed (%2)</source>
        <translation>%1: texten ändrades (%2)</translation>
    </message>
    <message>
        <source>%1: hint changed (%2)</source>
        <translation>%1: tipset ändrades (%2)</translation>
    </message>
    <message>
        <source>%1: hint added</source>
        <translation>%1: tips tillagt</translation>
    </message>
    <message>
        <source>%1: hint removed</source>
        <translation>%1: tipset borttaget</translation>
    </message>
    <message>
        <source>%1: option %2 reworded (%3)</source>
        <translation>%1: alternativet %2 omformulerat (%3)</translation>
    </message>
    <message>
        <source>%1: scale label %2 changed (%3)</source>
        <translation>%1: skaletiketten %2 ändrades (%3)</translation>
    </message>
    <message>
        <source>%1: type changed from %2 to %3</source>
        <translation>%1: typen ändrades från %2 till %3</translation>
    </message>
    <message>
        <source>%1: points changed from %2 to %3</source>
        <translation>%1: poängen ändrades från %2 till %3</translation>
    </message>
    <message>
        <source>%1: option %2 points changed from %3 to %4</source>
        <translation>%1: poängen för alternativet %2 ändrades från %3 till %4</translation>
    </message>
    <message>
        <source>%1: option %2 added</source>
        <translation>%1: alternativet %2 tillagt</translation>
    </message>
    <message>
        <source>%1: option %2 removed</source>
        <translation>%1: alternativet %2 borttaget</translation>
    </message>
    <message>
        <source>%1: options reordered</source>
        <translation>%1: alternativen i ny ordning</translation>
    </message>
    <message>
        <source>%1: made critical</source>
        <translation>%1: markerad som kritisk</translation>
    </message>
    <message>
        <source>%1: no longer critical</source>
        <translation>%1: inte längre kritisk</translation>
    </message>
    <message>
        <source>%1: made required</source>
        <translation>%1: markerad som obligatorisk</translation>
    </message>
    <message>
        <source>%1: no longer required</source>
        <translation>%1: inte längre obligatorisk</translation>
    </message>
    <message>
        <source>%1: N/A allowed</source>
        <translation>%1: ”ej tillämpligt” tillåtet</translation>
    </message>
    <message>
        <source>%1: N/A no longer allowed</source>
        <translation>%1: ”ej tillämpligt” inte längre tillåtet</translation>
    </message>
    <message>
        <source>%1: scale changed from %2 to %3</source>
        <translation>%1: skalan ändrades från %2 till %3</translation>
    </message>
    <message>
        <source>%1: target changed from %2 to %3</source>
        <translation>%1: målet ändrades från %2 till %3</translation>
    </message>
    <message>
        <source>%1: dimension changed from %2 to %3</source>
        <translation>%1: dimensionen ändrades från %2 till %3</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4</source>
        <translation>%1: %2 ändrades från %3 till %4</translation>
    </message>
    <message>
        <source>%1: moved from section %2 to %3</source>
        <translation>%1: flyttad från avsnitt %2 till %3</translation>
    </message>
    <message>
        <source>%1: moved within section %2</source>
        <translation>%1: flyttad inom avsnitt %2</translation>
    </message>
    <message>
        <source>%1: now shown only if %2</source>
        <translation>%1: visas nu bara om %2</translation>
    </message>
    <message>
        <source>%1: now always shown (was: if %2)</source>
        <translation>%1: visas nu alltid (var: om %2)</translation>
    </message>
    <message>
        <source>%1: shown if %2 (was: if %3)</source>
        <translation>%1: visas om %2 (var: om %3)</translation>
    </message>
</context>
<context>
    <name>FormsView</name>
    <message>
        <source>1 point</source>
        <translation>1 poäng</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} poäng</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Servicemöten</translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <source>{title}
id {id}, version {version}
imported {date}</source>
        <translation>{title}
id {id}, version {version}
importerad {date}</translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation>Ja / Nej</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Ett alternativ</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Flera alternativ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Tidslängd</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Informationstext</translation>
    </message>
    <message>
        <source>{id} · version {version} · {questions} questions · up to {points} · channels: {channels} · languages: {languages}</source>
        <translation>{id} · version {version} · frågor: {questions} · högst {points} · kanaler: {channels} · språk: {languages}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ej tillämpligt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>a number from {min} to {max}</source>
        <translation>ett tal mellan {min} och {max}</translation>
    </message>
    <message>
        <source>a number, at least {min}</source>
        <translation>ett tal, minst {min}</translation>
    </message>
    <message>
        <source>a number, at most {max}</source>
        <translation>ett tal, högst {max}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>seconds, from the visit timer: {start} → {end}</source>
        <translation>sekunder, från tidtagningen: {start} → {end}</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>fritext</translation>
    </message>
    <message>
        <source>Rating {low}–{high}</source>
        <translation>Skala {low}–{high}</translation>
    </message>
    <message>
        <source>full points at {target} s or less</source>
        <translation>full poäng vid högst {target} s</translation>
    </message>
    <message>
        <source>not scored: counts towards Net Uplift</source>
        <translation>poängsätts inte: räknas in i Net Uplift</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>poängsätts inte</translation>
    </message>
    <message>
        <source>dimension: {dimension}</source>
        <translation>dimension: {dimension}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <source>critical: no points flags the visit</source>
        <translation>kritisk: noll poäng flaggar besöket</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>”Ej tillämpligt” tillåtet</translation>
    </message>
    <message>
        <source>Shown only under a condition</source>
        <translation>Visas bara på villkor</translation>
    </message>
    <message>
        <source>{number}. “{text}”</source>
        <translation>{number}. ”{text}”</translation>
    </message>
    <message>
        <source>is {values}</source>
        <translation>är {values}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>includes {values}</source>
        <translation>innehåller {values}</translation>
    </message>
    <message>
        <source>is {value}</source>
        <translation>är {value}</translation>
    </message>
    <message>
        <source>includes {value}</source>
        <translation>innehåller {value}</translation>
    </message>
    <message>
        <source>is answered and is not {value}</source>
        <translation>finns och inte är {value}</translation>
    </message>
    <message>
        <source>is answered without {value}</source>
        <translation>finns men inte innehåller {value}</translation>
    </message>
    <message>
        <source>Shown only when {question} {condition}</source>
        <translation>Visas bara när svaret på {question} {condition}</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>The questionnaires observers fill in. A changed form is imported as a new version; encounters keep the version they were recorded with.</source>
        <translation>Formulären som observatörerna fyller i. Ett ändrat formulär importeras som en ny version; servicemöten behåller den version de registrerades med.</translation>
    </message>
    <message>
        <source>Import form…</source>
        <translation>Importera formulär…</translation>
    </message>
    <message>
        <source>Import a form from a YAML file (.yaml, .yml) or an XLSForm (.xlsx). You can also drop the file here.</source>
        <translation>Importera ett formulär från en YAML-fil (.yaml, .yml) eller ett XLSForm-formulär (.xlsx). Du kan också släppa filen här.</translation>
    </message>
    <message>
        <source>&amp;New form…</source>
        <translation>&amp;Nytt formulär…</translation>
    </message>
    <message>
        <source>Build a new form from a template (Ctrl+Shift+N)</source>
        <translation>Bygg ett nytt formulär utifrån en mall (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected form in the builder (Ctrl+Shift+E); a version with encounters is saved as a new version</source>
        <translation>Redigera det valda formuläret i formulärbyggaren (Ctrl+Skift+E); en version med servicemöten sparas som en ny version</translation>
    </message>
    <message>
        <source>&amp;Edit / new version…</source>
        <translation>&amp;Redigera / ny version…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicera…</translation>
    </message>
    <message>
        <source>Import into the &amp;builder…</source>
        <translation>Importera till &amp;formulärbyggaren…</translation>
    </message>
    <message>
        <source>E&amp;xport to YAML…</source>
        <translation>E&amp;xportera till YAML…</translation>
    </message>
    <message>
        <source>&amp;New encounter with this form</source>
        <translation>&amp;Nytt servicemöte med det här formuläret</translation>
    </message>
    <message>
        <source>Open a form in the builder</source>
        <translation>Öppna ett formulär i formulärbyggaren</translation>
    </message>
    <message>
        <source>Forms (*.yaml *.yml *.xlsx);;All files (*)</source>
        <translation>Formulär (*.yaml *.yml *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Förhandsvisningens språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Select a form to see it as the observer will.</source>
        <translation>Välj ett formulär för att se det så som observatören ser det.</translation>
    </message>
    <message>
        <source>Preview: as the observer sees it</source>
        <translation>Förhandsvisning: så som observatören ser det</translation>
    </message>
    <message>
        <source>Export the form</source>
        <translation>Exportera formuläret</translation>
    </message>
    <message>
        <source>YAML form (*.yaml)</source>
        <translation>YAML-formulär (*.yaml)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporterat till {path}</translation>
    </message>
    <message>
        <source>Import a form</source>
        <translation>Importera ett formulär</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Before the change of %1</source>
        <translation>Före ändringen %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <source>no summary</source>
        <translation>ingen sammanfattning</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answer then</source>
        <translation>Dåvarande svar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for return</source>
        <translation>Orsak till returnering</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Reviewer note</source>
        <translation>Granskarens anteckning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ej tillämpligt</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Type to find or add a location</source>
        <translation>Skriv för att söka eller lägga till en enhet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Region (optional)</source>
        <translation>Region (valfritt)</translation>
    </message>
    <message>
        <source>Region of the new location</source>
        <translation>Den nya enhetens region</translation>
    </message>
    <message>
        <source>&amp;Add location</source>
        <translation>Lägg &amp;till enhet</translation>
    </message>
    <message>
        <source>+ Add “{name}” as a new location…</source>
        <translation>+ Lägg till ”{name}” som ny enhet…</translation>
    </message>
    <message>
        <source>“{name}” is not in your locations yet. Add it?</source>
        <translation>”{name}” finns inte bland dina enheter ännu. Vill du lägga till den?</translation>
    </message>
    <message>
        <source>Several locations are called “{name}”: pick one from the list.</source>
        <translation>Flera enheter heter ”{name}”: välj en i listan.</translation>
    </message>
    <message>
        <source>Could not add the location: {error}</source>
        <translation>Enheten kunde inte läggas till: {error}</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Servicemöten</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Senaste besök</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit</source>
        <translation>Dubbelklicka eller tryck på F2 för att redigera</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>The places observers visit. Double-click a name or region to change it; select two or more rows to merge duplicates.</source>
        <translation>Platserna som observatörerna besöker. Dubbelklicka på ett namn eller en region för att ändra det; markera två eller flera rader för att slå ihop dubbletter.</translation>
    </message>
    <message>
        <source>Name, e.g. Kamppi store</source>
        <translation>Namn, t.ex. Butiken i Kampen</translation>
    </message>
    <message>
        <source>New location name</source>
        <translation>Den nya enhetens namn</translation>
    </message>
    <message>
        <source>Region (optional)</source>
        <translation>Region (valfritt)</translation>
    </message>
    <message>
        <source>New location region</source>
        <translation>Den nya enhetens region</translation>
    </message>
    <message>
        <source>Add location</source>
        <translation>Lägg till enhet</translation>
    </message>
    <message>
        <source>Filter by name or region</source>
        <translation>Filtrera på namn eller region</translation>
    </message>
    <message>
        <source>Filter locations</source>
        <translation>Filtrera enheter</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Edit the selected location&apos;s name (F2)</source>
        <translation>Redigera den markerade enhetens namn (F2)</translation>
    </message>
    <message>
        <source>Set region…</source>
        <translation>Ange region…</translation>
    </message>
    <message>
        <source>Set the region of the selected locations</source>
        <translation>Ange region för de markerade enheterna</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Slå ihop…</translation>
    </message>
    <message>
        <source>Merge the selected locations into one: their encounters move to the one you keep</source>
        <translation>Slå ihop de markerade enheterna till en: deras servicemöten flyttas till den du behåller</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <source>Delete the selected location and every encounter made there (on request)</source>
        <translation>Radera den markerade enheten och alla servicemöten som gjorts där (på begäran)</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>Lägg till en enhet</translation>
    </message>
    <message>
        <source>Show &amp;encounters</source>
        <translation>Visa &amp;servicemöten</translation>
    </message>
    <message>
        <source>“{name}” is already in the list.</source>
        <translation>”{name}” finns redan i listan.</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>Lade till ”{name}”.</translation>
    </message>
    <message>
        <source>Set region</source>
        <translation>Ange region</translation>
    </message>
    <message numerus="yes">
        <source>Region for the %n selected locations:</source>
        <translation>
            <numerusform>Region för den markerade enheten:</numerusform>
            <numerusform>Region för de %n markerade enheterna:</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
    <message>
        <source>Not merged: {reason}</source>
        <translation>Inte sammanslagna: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Merged {count} location(s) into “{name}”; %Ln encounters moved.</source>
        <translation>
            <numerusform>Enheter som slogs ihop med ”{name}”: {count}; %Ln servicemöte flyttades.</numerusform>
            <numerusform>Enheter som slogs ihop med ”{name}”: {count}; %Ln servicemöten flyttades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not erased: {reason}</source>
        <translation>Inte raderat: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Erased “{name}” and %Ln encounters.</source>
        <translation>
            <numerusform>Raderade ”{name}” och %Ln servicemöte.</numerusform>
            <numerusform>Raderade ”{name}” och %Ln servicemöten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Encounters</source>
        <translation>Servicemöten</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Att granska</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Stunder</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrering</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>mysteryshop</source>
        <translation>mysteryshop</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Öppnar databasen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New encounter</source>
        <translation>&amp;Nytt servicemöte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>&amp;Papperskorg…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Framåt</translation>
    </message>
    <message>
        <source>S&amp;ync with team server</source>
        <translation>S&amp;ynkronisera med teamets server</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Synkroniserings&amp;konflikter…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mysteryshop {version}&lt;/h3&gt;&lt;p&gt;Record service encounters, review them, and see how locations do — greeting, smile, presence, helpfulness, and whether customers leave uplifted or diminished (Net Uplift).&lt;/p&gt;&lt;p&gt;Keyboard: Ctrl+N new encounter, Ctrl+S save, Ctrl+F find, Ctrl+I import, Ctrl+E export, Ctrl+1…9 and Ctrl+0 the views in the list&apos;s order, F9 show or hide the list, Ctrl+Q quit.&lt;/p&gt;&lt;p&gt;To review: A approve, R return, S skip, Alt+Left back; Ctrl+Shift+P inserts a saved phrase into a note.&lt;/p&gt;&lt;p&gt;Action items: Ins new, F2 edit, Ctrl+D done, Ctrl+Shift+D drop, Ctrl+R reopen.&lt;/p&gt;&lt;p&gt;Data: {location}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mysteryshop {version}&lt;/h3&gt;&lt;p&gt;Registrera servicemöten, granska dem och se hur enheterna lyckas – hälsning, leende, närvaro, hjälpsamhet och om kunderna går därifrån upplyfta eller nedslagna (Net Uplift).&lt;/p&gt;&lt;p&gt;Tangentbord: Ctrl+N nytt servicemöte, Ctrl+S spara, Ctrl+F sök, Ctrl+I importera, Ctrl+E exportera, Ctrl+1…9 och Ctrl+0 vyerna i listans ordning, F9 visa eller dölj listan, Ctrl+Q avsluta.&lt;/p&gt;&lt;p&gt;Att granska: A godkänn, R returnera, S hoppa över, Alt+Vänster tillbaka; Ctrl+Shift+P infogar en sparad fras i en anteckning.&lt;/p&gt;&lt;p&gt;Åtgärder: Ins ny, F2 redigera, Ctrl+D klar, Ctrl+Shift+D avbryt, Ctrl+R öppna igen.&lt;/p&gt;&lt;p&gt;Data: {location}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the encounter log: Delete discards the selected draft or deletes the selected encounter (with a reason); right-click for more. Both go to the trash (File ▸ Trash…) for {days} days.&lt;/p&gt;</source>
        <translation>&lt;p&gt;I mötesloggen: Delete kasserar det valda utkastet eller tar bort det valda servicemötet (med ett skäl); högerklicka för fler val. Båda hamnar i papperskorgen (Arkiv ▸ Papperskorg…) i {days} dagar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Alt+Left and Alt+Right (or the mouse&apos;s back and forward buttons) go back and forward between the pages shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alt+Vänster och Alt+Höger (eller musens bakåt- och framåtknappar) går bakåt och framåt mellan de vyer du har öppnat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Visit timer in the editor, from any field: {keys}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidtagning när du registrerar ett servicemöte, från vilket fält som helst: {keys}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ctrl+Shift+S syncs with the team server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ctrl+Shift+S synkroniserar med teamets server.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Find encounters…</source>
        <translation>&amp;Sök servicemöten…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Navigation list</source>
        <translation>&amp;Navigeringslista</translation>
    </message>
    <message>
        <source>&amp;About mysteryshop</source>
        <translation>&amp;Om mysteryshop</translation>
    </message>
    <message>
        <source>Encounter submitted.</source>
        <translation>Servicemötet har lämnats in.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>About mysteryshop</source>
        <translation>Om mysteryshop</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge locations</source>
        <translation>Slå ihop enheter</translation>
    </message>
    <message>
        <source>Merge {count} locations into one. Which one should stay?</source>
        <translation>Slå ihop {count} enheter till en. Vilken ska finnas kvar?</translation>
    </message>
    <message numerus="yes">
        <source>{name} — {region} — %Ln encounters</source>
        <translation>
            <numerusform>{name} – {region} – %Ln servicemöte</numerusform>
            <numerusform>{name} – {region} – %Ln servicemöten</numerusform>
        </translation>
    </message>
    <message>
        <source>no region</source>
        <translation>ingen region</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message numerus="yes">
        <source>%Ln encounters from the other {others} location(s) will move to “{name}”, and those locations will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln servicemöte från de andra markerade enheterna ({others}) flyttas till ”{name}”, och de enheterna tas bort. Det går inte att ångra.</numerusform>
            <numerusform>%Ln servicemöten från de andra markerade enheterna ({others}) flyttas till ”{name}”, och de enheterna tas bort. Det går inte att ångra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MomentsView</name>
    <message>
        <source>Moments worth repeating</source>
        <translation>Stunder värda att upprepa</translation>
    </message>
    <message>
        <source>Visits a reviewer tagged best practice, and the notes of visits that left the observer clearly uplifted: the stories to tell the teams, and to thank them for. Enter opens the visit.</source>
        <translation>Besök som en granskare taggat som god praxis, och anteckningarna från klart upplyftande besök: berättelserna att dela med teamen, och att tacka dem för. Enter öppnar besöket.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valda datum</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>Visited from</source>
        <translation>Besökt från</translation>
    </message>
    <message>
        <source>Visited until</source>
        <translation>Besökt till och med</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Leave out staff</source>
        <translation>Utelämna personal</translation>
    </message>
    <message>
        <source>Show no staff descriptions here, and make the PDF anonymized (no observer aliases or staff descriptions, times to the hour).</source>
        <translation>Visa inga personalbeskrivningar här, och gör PDF:en anonymiserad (inga observatörsalias eller personalbeskrivningar, tider bara till timmen).</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Spara PDF…</translation>
    </message>
    <message>
        <source>The moments shown, grouped by location, as a short PDF (Alt+S)</source>
        <translation>De visade stunderna, grupperade per enhet, som en kort PDF (Alt+S)</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Stunder</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Visa fler</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alla enheter</translation>
    </message>
    <message numerus="yes">
        <source>%n moments</source>
        <translation>
            <numerusform>%n stund</numerusform>
            <numerusform>%n stunder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 moments shown</source>
        <translation>%1 av %2 stunder visas</translation>
    </message>
    <message>
        <source>No moments match these filters.</source>
        <translation>Inga stunder matchar de här filtren.</translation>
    </message>
    <message>
        <source>No moments yet. Tag a visit best practice in its review, or record how a visit left you feeling: clearly uplifted visits with notes show here.</source>
        <translation>Inga stunder ännu. Tagga ett besök som god praxis i granskningen, eller registrera hur besöket kändes: klart upplyftande besök med anteckningar visas här.</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Inga anteckningar</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Personal: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>No notes: tagged best practice by the reviewer.</source>
        <translation>Inga anteckningar: granskaren taggade besöket som god praxis.</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Granskare: %1</translation>
    </message>
    <message>
        <source>Save the moments as</source>
        <translation>Spara stunderna som</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>NewFormDialog</name>
    <message>
        <source>Duplicate {title}</source>
        <translation>Duplicera {title}</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>Nytt formulär</translation>
    </message>
    <message>
        <source>e.g. store-visit</source>
        <translation>t.ex. butiksbesok</translation>
    </message>
    <message>
        <source>e.g. Store visit</source>
        <translation>t.ex. Butiksbesök</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Utgå från:</translation>
    </message>
    <message>
        <source>Form &amp;id:</source>
        <translation>Formulärets &amp;id:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>An id has small letters a–z, digits and hyphens, e.g. store-visit</source>
        <translation>Ett id består av små bokstäver a–z, siffror och bindestreck, t.ex. butiks-besok</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>Creating the report…</source>
        <translation>Rapporten skapas…</translation>
    </message>
    <message>
        <source>Could not create the report: {reason}</source>
        <translation>Rapporten kunde inte skapas: {reason}</translation>
    </message>
</context>
<context>
    <name>PhraseButton</name>
    <message>
        <source>%1 (missed)</source>
        <translation>%1 (missades)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänna</translation>
    </message>
    <message>
        <source>Phrase… (%1)</source>
        <translation>Fras… (%1)</translation>
    </message>
    <message>
        <source>Insert a saved phrase from the comment library (%1; then 1–9). Edit the library in Settings.</source>
        <translation>Infoga en sparad fras från kommentarbiblioteket (%1, sedan 1–9). Biblioteket redigeras i inställningarna.</translation>
    </message>
    <message>
        <source>Insert a phrase</source>
        <translation>Infoga en fras</translation>
    </message>
    <message>
        <source>No saved phrases yet: add some in Settings › Comment library</source>
        <translation>Inga sparade fraser ännu: lägg till några under Inställningar › Kommentarbibliotek</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview: try it as the observer</source>
        <translation>Förhandsvisning: prova som observatör</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Förhandsvisningens språk</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The preview shows the last version without problems.</source>
        <translation>Förhandsvisningen visar den senaste versionen utan problem.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message>
        <source>This cannot be undone. Copies made earlier keep the data until they are pruned, {days} days after they were made: backups, and database files set aside by a restore. Files you exported and reports you wrote keep it too.</source>
        <translation>Det går inte att ångra. Tidigare kopior innehåller uppgifterna tills de rensas, {days} dagar efter att de gjordes: säkerhetskopior och databasfiler som flyttats undan vid en återställning. Även tidigare exporterade filer och skapade rapporter innehåller dem.</translation>
    </message>
    <message>
        <source>Delete old encounters</source>
        <translation>Radera gamla servicemöten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln encounter(s) older than {months} months?</source>
        <translation>
            <numerusform>Radera %Ln servicemöte som har passerat lagringstiden ({months} mån.)?</numerusform>
            <numerusform>Radera %Ln servicemöten som har passerat lagringstiden ({months} mån.)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every encounter visited before {day} goes, with its answers, scores, tags, history and attachments. Then the database file is rewritten so the deleted text does not linger in it.</source>
        <translation>Alla servicemöten från före {day} raderas med svar, resultat, taggar, historik och bilagor. Sedan skrivs databasfilen om så att den raderade texten inte blir kvar i den.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Erase a location</source>
        <translation>Radera en enhet</translation>
    </message>
    <message numerus="yes">
        <source>Erase “{name}” and its %Ln encounter(s)?</source>
        <translation>
            <numerusform>Radera ”{name}” och dess %Ln servicemöte?</numerusform>
            <numerusform>Radera ”{name}” och dess %Ln servicemöten?</numerusform>
        </translation>
    </message>
    <message>
        <source>The location and every encounter made there go, with their answers, scores, tags, history and attachments. They will not appear in reports or exports.</source>
        <translation>Enheten och alla servicemöten som gjorts där raderas med svar, resultat, taggar, historik och bilagor. De syns inte i rapporter eller exporter.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Erase an observer alias</source>
        <translation>Radera ett observatörsalias</translation>
    </message>
    <message numerus="yes">
        <source>Remove the alias “{alias}” from %Ln encounter(s)?</source>
        <translation>
            <numerusform>Ta bort aliaset ”{alias}” från %Ln servicemöte?</numerusform>
            <numerusform>Ta bort aliaset ”{alias}” från %Ln servicemöten?</numerusform>
        </translation>
    </message>
    <message>
        <source>The encounters stay (they describe the location&apos;s service) but no longer say who observed them, in their history too, and the alias is deleted.</source>
        <translation>Servicemötena finns kvar (de beskriver enhetens service) men anger inte längre vem som observerade dem, inte heller i historiken, och aliaset raderas.</translation>
    </message>
    <message>
        <source>Deleting old encounters…</source>
        <translation>Raderar gamla servicemöten…</translation>
    </message>
    <message>
        <source>Erasing “{name}”…</source>
        <translation>Raderar ”{name}”…</translation>
    </message>
    <message>
        <source>Erasing the alias “{alias}”…</source>
        <translation>Tar bort aliaset ”{alias}”…</translation>
    </message>
    <message>
        <source>Another program is reading the database, so the deleted text stays in the file until it closes it. Close other mysteryshop windows and commands, then run “{command}”.</source>
        <translation>Ett annat program läser databasen, så den raderade texten finns kvar i filen tills programmet stänger den. Stäng andra mysteryshop-fönster och kommandon och kör sedan ”{command}”.</translation>
    </message>
    <message>
        <source>The disk is full, and the deleted text may stay in the database file until it is rewritten. Free some space, then run “{command}”.</source>
        <translation>Disken är full, och den raderade texten kan finnas kvar i databasfilen tills den skrivs om. Frigör utrymme och kör sedan ”{command}”.</translation>
    </message>
    <message>
        <source>The database file could not be rewritten ({detail}), and the deleted text may stay in it. Run “{command}” later.</source>
        <translation>Databasfilen kunde inte skrivas om ({detail}), och den raderade texten kan finnas kvar i den. Kör ”{command}” senare.</translation>
    </message>
    <message>
        <source>Space not reclaimed</source>
        <translation>Utrymmet frigjordes inte</translation>
    </message>
    <message>
        <source>The data was deleted, but the space was not reclaimed.</source>
        <translation>Uppgifterna raderades, men utrymmet frigjordes inte.</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Required</source>
        <translation>Obligatorisk</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>To review</source>
        <translation>Att granska</translation>
    </message>
    <message>
        <source>← Previous (%1)</source>
        <translation>← Föregående (%1)</translation>
    </message>
    <message>
        <source>Back to the encounter shown before</source>
        <translation>Tillbaka till servicemötet som visades innan</translation>
    </message>
    <message>
        <source>Skip (%1)</source>
        <translation>Hoppa över (%1)</translation>
    </message>
    <message>
        <source>Leave this one for later and show the next</source>
        <translation>Lämna det här till senare och visa nästa</translation>
    </message>
    <message>
        <source>Approve (%1)</source>
        <translation>Godkänn (%1)</translation>
    </message>
    <message>
        <source>Return… (%1)</source>
        <translation>Returnera… (%1)</translation>
    </message>
    <message>
        <source>Back to the encounters (Esc)</source>
        <translation>Tillbaka till servicemötena (Esc)</translation>
    </message>
    <message>
        <source>Go through the skipped ones</source>
        <translation>Gå igenom de överhoppade</translation>
    </message>
    <message>
        <source>Show every submitted encounter</source>
        <translation>Visa alla inlämnade servicemöten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln väntar</numerusform>
            <numerusform>%Ln väntar</numerusform>
        </translation>
    </message>
    <message>
        <source>this one: %1</source>
        <translation>det här: %1</translation>
    </message>
    <message>
        <source>filtered like the encounters</source>
        <translation>filtrerat som servicemötena</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Inget att granska</translation>
    </message>
    <message numerus="yes">
        <source>You skipped %Ln.</source>
        <translation>
            <numerusform>%Ln överhoppat.</numerusform>
            <numerusform>%Ln överhoppade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filter set in Encounters hides %Ln submitted encounters.</source>
        <translation>
            <numerusform>Filtret i Servicemöten döljer %Ln inlämnat servicemöte.</numerusform>
            <numerusform>Filtret i Servicemöten döljer %Ln inlämnade servicemöten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every submitted encounter has been reviewed.</source>
        <translation>Alla inlämnade servicemöten har granskats.</translation>
    </message>
    <message>
        <source>This encounter is %1: it cannot be approved.</source>
        <translation>Servicemötet har status %1: det kan inte godkännas.</translation>
    </message>
    <message>
        <source>This encounter is %1: it cannot be returned.</source>
        <translation>Servicemötet har status %1: det kan inte returneras.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln waiting</source>
        <translation>
            <numerusform>%1: %Ln väntar</numerusform>
            <numerusform>%1: %Ln väntar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Delete encounter</source>
        <translation>Ta bort servicemöte</translation>
    </message>
    <message>
        <source>The encounter goes to the trash, where it can be restored for {days} days; then it is deleted for good. The reason is kept for the audit, with who deleted it and when.</source>
        <translation>Servicemötet flyttas till papperskorgen, där det kan återställas i {days} dagar; sedan tas det bort för gott. Skälet sparas för granskningsspåret, liksom vem som tog bort det och när.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>e.g. recorded twice, test visit, wrong store</source>
        <translation>t.ex. registrerat två gånger, testbesök, fel enhet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>PDF reports to hand out: one visit for the store manager, a summary for leadership, a coaching report for trainers.</source>
        <translation>PDF-rapporter att dela ut: ett enskilt besök för butikschefen, en sammanfattning för ledningen och en coachningsrapport för utbildarna.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Besöksrapport</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Sammanfattande rapport</translation>
    </message>
    <message>
        <source>Coaching report</source>
        <translation>Coachningsrapport</translation>
    </message>
    <message>
        <source>Moments worth repeating</source>
        <translation>Stunder värda att upprepa</translation>
    </message>
    <message>
        <source>Anonymized: leave out observers and staff</source>
        <translation>Anonymiserad: utan observatörsalias och personalbeskrivningar</translation>
    </message>
    <message>
        <source>No observer aliases, staff descriptions, reviewers, pictures or attachment names in the PDF, and times only to the hour. Notes and other free text stay as written.</source>
        <translation>Inga observatörsalias, personalbeskrivningar, granskare, bilder eller namn på bilagor i PDF-filen, och tider bara på timmen. Anteckningar och annan fritext står kvar som de skrevs.</translation>
    </message>
    <message>
        <source>Name the observer</source>
        <translation>Visa observatörens alias</translation>
    </message>
    <message>
        <source>Print the observer&apos;s alias on the visit report. Leave it off for a report that goes to the store: it would reveal the mystery shopper.</source>
        <translation>Skriv ut observatörens alias i besöksrapporten. Låt bli för en rapport som går till butiken: den skulle avslöja mystery shoppern.</translation>
    </message>
    <message>
        <source>Create PDF…</source>
        <translation>Skapa PDF…</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Servicemöte</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Besökt</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Jämför med</translation>
    </message>
    <message>
        <source>Visits per location</source>
        <translation>Besök per enhet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose a recent encounter or paste an encounter id</source>
        <translation>Välj ett nyligen registrerat servicemöte eller klistra in ett id</translation>
    </message>
    <message>
        <source>Submitted and approved</source>
        <translation>Inlämnade och godkända</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Submitted only</source>
        <translation>Endast inlämnade</translation>
    </message>
    <message>
        <source>Approved only</source>
        <translation>Endast godkända</translation>
    </message>
    <message>
        <source>Returned only</source>
        <translation>Endast returnerade</translation>
    </message>
    <message>
        <source>Drafts only</source>
        <translation>Endast utkast</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Datumen nedan</translation>
    </message>
    <message>
        <source>The previous period (month, quarter, year)</source>
        <translation>Föregående period (månad, kvartal, år)</translation>
    </message>
    <message>
        <source>The same dates a year earlier</source>
        <translation>Samma datum ett år tidigare</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ingenting</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>How many visits of each kind each location shows at most; 0: all of them.</source>
        <translation>Hur många besök av varje slag varje enhet visar som mest; 0: alla.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från och med</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Alla formulär</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alla regioner</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <source>One encounter laid out like its form: every answer with its points, the timeline, the feeling, the notes and how the score was computed.</source>
        <translation>Ett servicemöte i samma ordning som formuläret: varje svar med poäng, tidslinjen, känslan, anteckningarna och hur resultatet beräknades.</translation>
    </message>
    <message>
        <source>Headline figures against the previous period, trends, dimensions, feelings, the location ranking, question-by-question results and the moments worth repeating. Never shows staff descriptions.</source>
        <translation>Nyckeltal jämfört med föregående period, trender, dimensioner, känslor, enheternas rangordning, resultat fråga för fråga och stunder värda att upprepa. Visar aldrig personalbeskrivningar.</translation>
    </message>
    <message>
        <source>The behaviours most often missed, then each location&apos;s most instructive visits tagged best practice or needs coaching (at most %1 of each), with the answers that earned less than full points, the notes, prompts for discussion and a sign-off block. Contains staff descriptions: for coaching, not discipline.</source>
        <translation>De beteenden som oftast brast, sedan varje enhets mest lärorika besök med taggen ”God praxis” eller ”Behöver coachning” (högst %1 av varje), med svaren som inte gav full poäng, anteckningarna, frågor att diskutera och ett avsnitt för underskrifter. Innehåller personalbeskrivningar: för coachning, inte för disciplinära åtgärder.</translation>
    </message>
    <message>
        <source>The stories to tell in a team meeting: visits tagged best practice and the notes of clearly uplifted visits, grouped by location (the best %1 of each). Contains staff descriptions unless anonymized, as the coaching report does. The Moments page searches them.</source>
        <translation>Berättelserna för ett teammöte: besök taggade som god praxis och anteckningarna från klart upplyftande besök, grupperade per enhet (de %1 bästa för varje). Innehåller personalbeskrivningar om rapporten inte anonymiseras, precis som coachningsrapporten. På sidan Stunder kan du söka bland dem.</translation>
    </message>
    <message>
        <source>Choose an encounter for the visit report first.</source>
        <translation>Välj först ett servicemöte för besöksrapporten.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Spara rapporten som</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Some text could not be printed as written:</source>
        <translation>En del text kunde inte skrivas ut som den skrevs:</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return encounter</source>
        <translation>Returnera servicemötet</translation>
    </message>
    <message>
        <source>Why does this encounter go back to the observer? They will see your reason when they open it again.</source>
        <translation>Varför skickas servicemötet tillbaka till observatören? Observatören ser din motivering när hen öppnar det igen.</translation>
    </message>
    <message>
        <source>e.g. The greeting wait has no time noted; please add it from your notes.</source>
        <translation>t.ex. Väntetiden till hälsningen saknas; fyll i den utifrån dina anteckningar.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Returnera</translation>
    </message>
    <message>
        <source>Return it (Ctrl+Enter)</source>
        <translation>Returnera (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>status %1 → %2</source>
        <translation>status %1 → %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>orsak: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>ändrat: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personalbeskrivning</translation>
    </message>
    <message>
        <source>time of visit</source>
        <translation>besökstid</translation>
    </message>
    <message>
        <source>location</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observatör</translation>
    </message>
    <message>
        <source>visit timer</source>
        <translation>tidtagning</translation>
    </message>
    <message>
        <source>form version</source>
        <translation>formulärversion</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>en granskare</translation>
    </message>
    <message>
        <source>an unknown reviewer</source>
        <translation>en okänd granskare</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <source>Back to the encounters (Esc)</source>
        <translation>Tillbaka till servicemötena (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit answers</source>
        <translation>Redigera &amp;svar</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>Re&amp;turnera…</translation>
    </message>
    <message>
        <source>Send it back to the observer with a reason</source>
        <translation>Skicka tillbaka till observatören med en motivering</translation>
    </message>
    <message>
        <source>Action i&amp;tem…</source>
        <translation>&amp;Åtgärd…</translation>
    </message>
    <message>
        <source>Make an action item at this location from what the visit found</source>
        <translation>Skapa en åtgärd för den här enheten utifrån vad besöket visade</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>The visit report of this encounter (Alt+P)</source>
        <translation>Besöksrapporten för det här servicemötet (Alt+P)</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Besöksrapport</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation>Andra taggar</translation>
    </message>
    <message>
        <source>e.g. new-staff, rush-hour</source>
        <translation>t.ex. nyanställd, rusning</translation>
    </message>
    <message>
        <source>Reviewer note</source>
        <translation>Granskarens anteckning</translation>
    </message>
    <message>
        <source>What to praise, what to coach. The observer and store managers may read it.</source>
        <translation>Vad som ska berömmas och vad som ska coachas. Observatören och butikscheferna kan läsa det.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Spara anteckning</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <source>Double-click a change to see the answers before it</source>
        <translation>Dubbelklicka på en ändring för att se svaren före den</translation>
    </message>
    <message>
        <source>This encounter no longer exists.</source>
        <translation>Servicemötet finns inte längre.</translation>
    </message>
    <message>
        <source>Observer&apos;s notes</source>
        <translation>Observatörens anteckningar</translation>
    </message>
    <message>
        <source>Unknown location</source>
        <translation>Okänd enhet</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Observer: %1</source>
        <translation>Observatör: %1</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Personal: %1</translation>
    </message>
    <message>
        <source>Calibration session: %1</source>
        <translation>Kalibreringstillfälle: %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 av %2 poäng</translation>
    </message>
    <message>
        <source>Left feeling</source>
        <translation>Känsla efter besöket</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte registrerad</translation>
    </message>
    <message>
        <source>Critical questions</source>
        <translation>Kritiska frågor</translation>
    </message>
    <message>
        <source>⚠ Critical failure</source>
        <translation>⚠ Kritiskt fel</translation>
    </message>
    <message>
        <source>✓ None failed</source>
        <translation>✓ Inga fel</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensioner</translation>
    </message>
    <message>
        <source>Approve a returned encounter</source>
        <translation>Godkänna ett returnerat servicemöte</translation>
    </message>
    <message>
        <source>This encounter is waiting for the observer&apos;s fix.</source>
        <translation>Servicemötet väntar på observatörens rättelser.</translation>
    </message>
    <message>
        <source>Approve it as it is, without the fix?</source>
        <translation>Godkänna det som det är, utan rättelser?</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Visit timer</source>
        <translation>Tidtagning</translation>
    </message>
    <message>
        <source>+ Action</source>
        <translation>+ Åtgärd</translation>
    </message>
    <message>
        <source>Make an action item about this question at this location</source>
        <translation>Skapa en åtgärd om den här frågan för den här enheten</translation>
    </message>
    <message>
        <source>not asked (hidden by an earlier answer)</source>
        <translation>inte ställd (dold på grund av ett tidigare svar)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ej tillämpligt</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>obesvarad</translation>
    </message>
    <message>
        <source>points earned / possible</source>
        <translation>erhållna / möjliga poäng</translation>
    </message>
    <message>
        <source>This encounter is a draft: the observer has not submitted it yet.</source>
        <translation>Servicemötet är ett utkast: observatören har inte lämnat in det ännu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Returnerat:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Approved by %1, %2</source>
        <translation>Godkänd av %1, %2</translation>
    </message>
    <message>
        <source>Returned by %1, %2</source>
        <translation>Returnerad av %1, %2</translation>
    </message>
    <message>
        <source>No earlier versions.</source>
        <translation>Inga tidigare versioner.</translation>
    </message>
    <message>
        <source>Double-click to see the encounter before this change</source>
        <translation>Dubbelklicka för att se servicemötet före ändringen</translation>
    </message>
    <message>
        <source>tag %1 added</source>
        <translation>taggen %1 tillagd</translation>
    </message>
    <message>
        <source>tag %1 removed</source>
        <translation>taggen %1 borttagen</translation>
    </message>
    <message>
        <source>reviewer note changed</source>
        <translation>granskarens anteckning ändrad</translation>
    </message>
    <message>
        <source>Someone else changed this encounter while you were reviewing it. It has been reloaded with their changes: please make your change again.</source>
        <translation>Någon annan ändrade servicemötet medan du granskade det. Det har lästs in på nytt med deras ändringar: gör din ändring igen.</translation>
    </message>
    <message>
        <source>Could not save the review:</source>
        <translation>Granskningen kunde inte sparas:</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Godkänt.</translation>
    </message>
    <message>
        <source>Returned to the observer.</source>
        <translation>Returnerat till observatören.</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open the file with its usual app</source>
        <translation>Öppna filen med dess vanliga program</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Visa i &amp;mappen</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>Öppna mappen där filen finns</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Sparad: {name}</translation>
    </message>
    <message>
        <source>No app was found to open it; it is in {folder}</source>
        <translation>Inget program hittades som kan öppna den; filen finns i {folder}</translation>
    </message>
</context>
<context>
    <name>ScoreSummary</name>
    <message>
        <source>Live score</source>
        <translation>Aktuellt resultat</translation>
    </message>
    <message>
        <source>Score so far</source>
        <translation>Resultat hittills</translation>
    </message>
    <message>
        <source>{score} %</source>
        <translation>{score}&#xa0;%</translation>
    </message>
    <message>
        <source>{answered} of {shown} answered</source>
        <translation>{answered} av {shown} besvarade</translation>
    </message>
    <message numerus="yes">
        <source>%n required left</source>
        <translation>
            <numerusform>%n obligatorisk kvar</numerusform>
            <numerusform>%n obligatoriska kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical miss: {questions}</source>
        <translation>Kritiskt fel: {questions}</translation>
    </message>
    <message>
        <source>Feeling: not answered yet</source>
        <translation>Känsla: inte besvarad ännu</translation>
    </message>
    <message>
        <source>Net Uplift counts the feeling you leave with</source>
        <translation>Net Uplift mäter känslan du går därifrån med</translation>
    </message>
    <message>
        <source>counts as uplifted in Net Uplift</source>
        <translation>räknas som upplyftande i Net Uplift</translation>
    </message>
    <message>
        <source>counts as diminished in Net Uplift</source>
        <translation>räknas som nedslående i Net Uplift</translation>
    </message>
    <message>
        <source>neutral in Net Uplift</source>
        <translation>neutral i Net Uplift</translation>
    </message>
    <message>
        <source>Feeling: {label}</source>
        <translation>Känsla: {label}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Databasens plats</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Show the folder of the database file</source>
        <translation>Visa mappen med databasfilen</translation>
    </message>
    <message>
        <source>Everything is stored in this SQLite file on this computer. To use another place, start the app with &lt;nobr&gt;--data-dir&lt;/nobr&gt; (or &lt;nobr&gt;--database-url&lt;/nobr&gt; for a team&apos;s database).</source>
        <translation>Allt sparas i den här SQLite-filen på den här datorn. Starta appen med &lt;nobr&gt;--data-dir&lt;/nobr&gt; för att använda en annan plats (eller &lt;nobr&gt;--database-url&lt;/nobr&gt; för ett teams databas).</translation>
    </message>
    <message>
        <source>A shared database: encounters are stored on this server.</source>
        <translation>En delad databas: servicemötena sparas på den här servern.</translation>
    </message>
    <message>
        <source>e.g. Shopper 7 or your initials</source>
        <translation>t.ex. Observatör 7 eller dina initialer</translation>
    </message>
    <message>
        <source>Filled in on new encounters. Observers appear in reports under this alias, not their name.</source>
        <translation>Fylls i på nya servicemöten. Observatörer visas i rapporterna under detta alias, inte med sitt namn.</translation>
    </message>
    <message>
        <source>The form&apos;s first channel</source>
        <translation>Formulärets första kanal</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>{language} (coming)</source>
        <translation>{language} (kommer snart)</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Det nya språket används när appen startas om.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Starta &amp;om nu</translation>
    </message>
    <message>
        <source>Closes the app, saving everything, and opens it again in the new language</source>
        <translation>Stänger appen med allt sparat och öppnar den igen på det nya språket</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Behåll allt</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mån.</translation>
    </message>
    <message>
        <source>Keep encounters for (months)</source>
        <translation>Lagringstid för servicemöten (månader)</translation>
    </message>
    <message>
        <source>Delete older encounters now…</source>
        <translation>Radera äldre servicemöten nu…</translation>
    </message>
    <message>
        <source>Erase an observer alias…</source>
        <translation>Radera ett observatörsalias…</translation>
    </message>
    <message>
        <source>Remove an observer&apos;s alias from every encounter, on request</source>
        <translation>Ta bort en observatörs alias från alla servicemöten, på begäran</translation>
    </message>
    <message>
        <source>Older encounters are offered for deletion when the app starts; you are always asked first. To erase one location, use Locations.</source>
        <translation>Äldre servicemöten erbjuds för radering när appen startar; du tillfrågas alltid först. Radera en enskild enhet under Enheter.</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> besök</translation>
    </message>
    <message>
        <source>Minimum visits to rank a location</source>
        <translation>Minsta antal besök för att rangordna en enhet</translation>
    </message>
    <message>
        <source>Locations with fewer scored visits are listed apart in reports, not ranked; figures from fewer visits are marked “read with care”.</source>
        <translation>Enheter med färre poängsatta besök listas för sig i rapporterna och rangordnas inte; siffror från färre besök märks ”tolka med försiktighet”.</translation>
    </message>
    <message>
        <source>e.g. 80 or p75</source>
        <translation>t.ex. 80 eller p75</translation>
    </message>
    <message>
        <source>Target score</source>
        <translation>Målresultat</translation>
    </message>
    <message>
        <source>Shown on each location&apos;s summary: a fixed score (80) or the programme&apos;s own percentile of location scores (p75). Empty: no target.</source>
        <translation>Visas i varje enhets sammanfattning: ett fast resultat (80) eller programmets egen percentil av enheternas resultat (p75). Tomt: inget mål.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Data location:</source>
        <translation>Databasens plats:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <source>&amp;Observer alias:</source>
        <translation>&amp;Observatörens alias:</translation>
    </message>
    <message>
        <source>Default &amp;channel:</source>
        <translation>Standard&amp;kanal:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <source>&amp;Keep encounters for:</source>
        <translation>&amp;Behåll servicemöten i:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>&amp;Minimum visits to rank:</source>
        <translation>&amp;Minsta antal besök för rangordning:</translation>
    </message>
    <message>
        <source>&amp;Target score:</source>
        <translation>&amp;Målresultat:</translation>
    </message>
    <message>
        <source>Comment library</source>
        <translation>Kommentarbibliotek</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Saved. The new language applies when the app starts again.</source>
        <translation>Sparat. Det nya språket används när appen startas om.</translation>
    </message>
    <message>
        <source>Not saved: a target is a score from 0 to 100 (80) or p1 to p99 (p75).</source>
        <translation>Inte sparat: ett mål är ett resultat från 0 till 100 (80) eller en percentil p1 till p99 (p75).</translation>
    </message>
    <message>
        <source>Nothing deleted: {reason}</source>
        <translation>Ingenting raderades: {reason}</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Ingenting raderades.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln encounter(s).</source>
        <translation>
            <numerusform>Raderade %Ln servicemöte.</numerusform>
            <numerusform>Raderade %Ln servicemöten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No observer aliases are stored.</source>
        <translation>Inga observatörsalias finns sparade.</translation>
    </message>
    <message numerus="yes">
        <source>{alias} (%Ln encounter(s))</source>
        <translation>
            <numerusform>{alias} (%Ln servicemöte)</numerusform>
            <numerusform>{alias} (%Ln servicemöten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase an observer alias</source>
        <translation>Radera ett observatörsalias</translation>
    </message>
    <message>
        <source>Alias to erase:</source>
        <translation>Alias att radera:</translation>
    </message>
    <message>
        <source>Not erased: {reason}</source>
        <translation>Inte raderat: {reason}</translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation>Ingenting raderades.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the alias “{alias}” from %Ln encounter(s).</source>
        <translation>
            <numerusform>Aliaset ”{alias}” togs bort från %Ln servicemöte.</numerusform>
            <numerusform>Aliaset ”{alias}” togs bort från %Ln servicemöten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>mysteryshop cannot use its data folder</source>
        <translation>mysteryshop kan inte använda sin datamapp</translation>
    </message>
    <message>
        <source>mysteryshop is already open</source>
        <translation>mysteryshop är redan öppet</translation>
    </message>
    <message>
        <source>Switch to its window (process {pid}). Only one mysteryshop at a time can use a data folder, so that nothing is saved twice.</source>
        <translation>Byt till dess fönster (process {pid}). Bara en mysteryshop åt gången kan använda en datamapp, så att ingenting sparas två gånger.</translation>
    </message>
    <message>
        <source>mysteryshop</source>
        <translation>mysteryshop</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>The database is not a mysteryshop database</source>
        <translation>Databasen är inte en mysteryshop-databas</translation>
    </message>
    <message>
        <source>The latest backup is from {when}. Restore it? The file that is there now is moved aside with its -wal and -shm files, not deleted.</source>
        <translation>Den senaste säkerhetskopian är från {when}. Vill du återställa den? Den nuvarande filen flyttas undan med sina -wal- och -shm-filer, den raderas inte.</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Det finns ingen säkerhetskopia att återställa.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>Move it aside and start empty</source>
        <translation>Flytta undan den och börja med en tom databas</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>mysteryshop cannot open the database</source>
        <translation>mysteryshop kan inte öppna databasen</translation>
    </message>
    <message>
        <source>Close mysteryshop and start it again: it will offer to restore the latest backup. Until then, save nothing more.</source>
        <translation>Stäng mysteryshop och starta det igen: det erbjuder sig att återställa den senaste säkerhetskopian. Spara inget mer innan dess.</translation>
    </message>
    <message>
        <source>The backup was restored</source>
        <translation>Säkerhetskopian återställdes</translation>
    </message>
    <message>
        <source>The damaged file is kept as {aside}.</source>
        <translation>Den skadade filen sparas som {aside}.</translation>
    </message>
    <message>
        <source>Starting with an empty database</source>
        <translation>Börjar med en tom databas</translation>
    </message>
    <message>
        <source>The old file is kept as {aside}.</source>
        <translation>Den gamla filen sparas som {aside}.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Säkerhetskopian kunde inte återställas</translation>
    </message>
    <message>
        <source>Old encounters not deleted: {error}</source>
        <translation>Gamla servicemöten raderades inte: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln old encounter(s).</source>
        <translation>
            <numerusform>Raderade %Ln gammalt servicemöte.</numerusform>
            <numerusform>Raderade %Ln gamla servicemöten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>mysteryshop keeps running, and your work is saved as you go. If the problem comes back, send the details to whoever supports you.

Details are in {log}</source>
        <translation>mysteryshop fortsätter att köras och ditt arbete sparas löpande. Om problemet återkommer, skicka uppgifterna till din it-support.

Detaljerna finns i {log}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>just now</source>
        <translation>just nu</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>för %n min sedan</numerusform>
            <numerusform>för %n min sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>för %n tim sedan</numerusform>
            <numerusform>för %n tim sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>för %n dag sedan</numerusform>
            <numerusform>för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>⟳ Sync</source>
        <translation>⟳ Synkronisera</translation>
    </message>
    <message>
        <source>Sync with the team server ({key})</source>
        <translation>Synkronisera med teamets server ({key})</translation>
    </message>
    <message>
        <source>Sync with the team server</source>
        <translation>Synkronisera med teamets server</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synkroniseringsläge</translation>
    </message>
    <message>
        <source>Sync is not set up. &lt;a href=&quot;settings&quot;&gt;Set up…&lt;/a&gt;</source>
        <translation>Synkronisering är inte inställd. &lt;a href=&quot;settings&quot;&gt;Ställ in…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Senast synkroniserad {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Aldrig synkroniserad</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n att skicka</numerusform>
            <numerusform>%n att skicka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n konflikt att lösa</numerusform>
            <numerusform>%n konflikter att lösa</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server: {server}</source>
        <translation>Teamets server: {server}</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Inte synkroniserat</translation>
    </message>
    <message>
        <source>Not synced: set your observer alias in Settings first.</source>
        <translation>Inte synkroniserat: ange först observatörens alias i inställningarna.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserar…</translation>
    </message>
    <message>
        <source>Syncing… {done} of {total}</source>
        <translation>Synkroniserar… {done} av {total}</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n sent</source>
        <translation>
            <numerusform>Synkroniserat: %n skickat</numerusform>
            <numerusform>Synkroniserat: %n skickade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n mottaget</numerusform>
            <numerusform>%n mottagna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n avvisat av servern</numerusform>
            <numerusform>%n avvisade av servern</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server: {reason}</source>
        <translation>Avvisat av servern: {reason}</translation>
    </message>
    <message>
        <source>Not synced: {reason} Your work is kept on this computer.</source>
        <translation>Inte synkroniserat: {reason} Ditt arbete finns kvar på den här datorn.</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>observer</source>
        <translation>observatör</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>utbildare</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>chef</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>Signed in as {alias} ({role})</source>
        <translation>Inloggad som {alias} ({role})</translation>
    </message>
    <message>
        <source>A team server&apos;s URL starts with postgresql://, e.g. postgresql://anna@team.example.com/mysteryshop?sslmode=require</source>
        <translation>En teamservers adress börjar med postgresql://, t.ex. postgresql://anna@team.example.com/mysteryshop?sslmode=require</translation>
    </message>
    <message>
        <source>The URL needs a user, a server and a database: user@server/database.</source>
        <translation>Adressen behöver en användare, en server och en databas: användare@server/databas.</translation>
    </message>
    <message>
        <source>Team server URL</source>
        <translation>Teamserverns adress</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Save &amp;password</source>
        <translation>S&amp;para lösenord</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>&amp;Forget password</source>
        <translation>&amp;Glöm lösenordet</translation>
    </message>
    <message>
        <source>Encounters are recorded on this computer and synced with the team&apos;s server when you are online. The password is kept in the system keyring, never in the settings file.</source>
        <translation>Servicemöten registreras på den här datorn och synkroniseras med teamets server när du är uppkopplad. Lösenordet förvaras i systemets nyckelring, aldrig i inställningsfilen.</translation>
    </message>
    <message>
        <source>Team server &amp;URL:</source>
        <translation>Teamserverns &amp;adress:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Saved in the system keyring</source>
        <translation>Sparat i systemets nyckelring</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Saved: this computer does not sync.</source>
        <translation>Sparat: den här datorn synkroniserar inte.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
    <message>
        <source>Saved. The password went to the system keyring.</source>
        <translation>Sparat. Lösenordet flyttades till systemets nyckelring.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>The password was not saved: {reason}</source>
        <translation>Lösenordet sparades inte: {reason}</translation>
    </message>
    <message>
        <source>Enter the team server&apos;s URL first.</source>
        <translation>Ange först teamserverns adress.</translation>
    </message>
    <message>
        <source>Password saved in the system keyring.</source>
        <translation>Lösenordet sparat i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Not forgotten: {reason}</source>
        <translation>Inte glömt: {reason}</translation>
    </message>
    <message>
        <source>Password forgotten.</source>
        <translation>Lösenordet glömt.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Connected. You are not a team member on this server: its owner, or a server without a team.</source>
        <translation>Ansluten. Du är inte medlem i ett team på den här servern: du är dess ägare, eller servern har inget team.</translation>
    </message>
    <message>
        <source>Connected. {who}.</source>
        <translation>Ansluten. {who}.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Ingen anslutning: {reason}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>Discarded drafts and deleted encounters stay here for {days} days, then they are deleted for good. They are left out of the log, reports and exports.</source>
        <translation>Kasserade utkast och borttagna servicemöten ligger kvar här i {days} dagar och tas sedan bort för gott. De syns inte i loggen, rapporterna eller exporterna.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Put the selected encounter back (Alt+R)</source>
        <translation>Återställ det valda servicemötet (Alt+Å)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Look at the selected encounter, unchanged (Enter, double-click, Alt+O)</source>
        <translation>Titta på det valda servicemötet utan att ändra det (Enter, dubbelklick, Alt+Ö)</translation>
    </message>
    <message>
        <source>&amp;Empty trash now…</source>
        <translation>&amp;Töm papperskorgen nu…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good (Alt+E)</source>
        <translation>Ta bort allt i papperskorgen för gott (Alt+T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Kasserat</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttaget</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>at the next start</source>
        <translation>vid nästa start</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Inte återställt</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Töm papperskorgen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n encounter(s) in the trash for good?</source>
        <translation>
            <numerusform>Ta bort det %n servicemötet i papperskorgen för gott?</numerusform>
            <numerusform>Ta bort de %n servicemötena i papperskorgen för gott?</numerusform>
        </translation>
    </message>
    <message>
        <source>They can no longer be restored.</source>
        <translation>De kan inte längre återställas.</translation>
    </message>
    <message>
        <source>Emptying the trash…</source>
        <translation>Tömmer papperskorgen…</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Discard draft</source>
        <translation>Kassera utkast</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>Kassera det här utkastet?</translation>
    </message>
    <message>
        <source>It goes to the trash, where you can restore it for {days} days (File ▸ Trash…); then it is deleted for good.</source>
        <translation>Det flyttas till papperskorgen, där du kan återställa det i {days} dagar (Arkiv ▸ Papperskorg…); sedan tas det bort för gott.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassera</translation>
    </message>
    <message>
        <source>It was never saved to the database (no location was chosen), so it cannot go to the trash: it is deleted for good.</source>
        <translation>Det har aldrig sparats i databasen (ingen enhet valdes), så det kan inte flyttas till papperskorgen: det tas bort för gott.</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Kassera utkast…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Not moved to the trash</source>
        <translation>Inte flyttat till papperskorgen</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>en granskare</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Emptying the trash of what is {days} days old…</source>
        <translation>Tömmer papperskorgen på det som är {days} dagar gammalt…</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n encounter(s) that were in the trash for good.</source>
        <translation>
            <numerusform>%n servicemöte som låg i papperskorgen togs bort för gott.</numerusform>
            <numerusform>%n servicemöten som låg i papperskorgen togs bort för gott.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash was not emptied: {error}</source>
        <translation>Papperskorgen tömdes inte: {error}</translation>
    </message>
</context>
<context>
    <name>TrashedEncounterDialog</name>
    <message>
        <source>Encounter in the trash</source>
        <translation>Servicemöte i papperskorgen</translation>
    </message>
    <message>
        <source>In the trash: shown as it was, read-only. Restore it to change it.</source>
        <translation>I papperskorgen: visas som det var, skrivskyddat. Återställ det för att ändra det.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Put this encounter back (Alt+R)</source>
        <translation>Återställ det här servicemötet (Alt+Å)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Date and time of the visit</source>
        <translation>Besökets datum och tid</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Your alias</source>
        <translation>Ditt alias</translation>
    </message>
    <message>
        <source>Remembered for your next visit (also in Settings)</source>
        <translation>Sparas till ditt nästa besök (finns också i Inställningar)</translation>
    </message>
    <message>
        <source>Observer alias</source>
        <translation>Observatörens alias</translation>
    </message>
    <message>
        <source>Role or pseudonym, e.g. cashier — never a name</source>
        <translation>Roll eller pseudonym, t.ex. kassör – aldrig namn</translation>
    </message>
    <message>
        <source>Staff description</source>
        <translation>Personalbeskrivning</translation>
    </message>
    <message>
        <source>Describe staff by role or a pseudonym; never write a name.</source>
        <translation>Beskriv personalen med roll eller pseudonym; skriv aldrig ett namn.</translation>
    </message>
    <message>
        <source>For&amp;m</source>
        <translation>&amp;Formulär</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum och tid</translation>
    </message>
    <message>
        <source>&amp;Observer</source>
        <translation>&amp;Observatör</translation>
    </message>
    <message>
        <source>&amp;Staff (role, not a name)</source>
        <translation>&amp;Personal (roll, inte namn)</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Besöket</translation>
    </message>
    <message>
        <source>Cali&amp;bration session…</source>
        <translation>Kali&amp;breringstillfälle…</translation>
    </message>
    <message>
        <source>Mark this encounter as recorded for an observer-calibration session: several observers record the same scenario, and it stays out of every location figure.</source>
        <translation>Märk servicemötet som registrerat för ett kalibreringstillfälle: flera observatörer registrerar samma scenario, och det räknas inte in i någon enhets siffror.</translation>
    </message>
    <message>
        <source>Calibration session: {session}</source>
        <translation>Kalibreringstillfälle: {session}</translation>
    </message>
    <message>
        <source>Calibration session</source>
        <translation>Kalibreringstillfälle</translation>
    </message>
    <message>
        <source>The session this encounter was recorded for (the same id on every observer&apos;s encounter of it). Leave it empty for an ordinary visit.</source>
        <translation>Tillfället som servicemötet registrerades för (samma id på varje observatörs servicemöte). Lämna tomt för ett vanligt besök.</translation>
    </message>
    <message>
        <source>A session id may be at most {n} characters long.</source>
        <translation>Ett tillfälles id får vara högst {n} tecken långt.</translation>
    </message>
</context>
<context>
    <name>VisitTimer</name>
    <message>
        <source>Visit timer</source>
        <translation>Tidtagning</translation>
    </message>
    <message>
        <source>Time since arrival</source>
        <translation>Tid sedan ankomst</translation>
    </message>
    <message>
        <source>Tap at the moment it happens ({key})</source>
        <translation>Tryck i samma ögonblick som det sker ({key})</translation>
    </message>
    <message>
        <source>Shortcut {key}</source>
        <translation>Kortkommando {key}</translation>
    </message>
    <message>
        <source>The time of the tap, and how long after arriving</source>
        <translation>Tidpunkten för trycket och hur länge efter ankomsten</translation>
    </message>
    <message>
        <source>Undo this tap</source>
        <translation>Ångra det här trycket</translation>
    </message>
    <message>
        <source>Undo the {event} tap</source>
        <translation>Ångra trycket: {event}</translation>
    </message>
    <message>
        <source>{event} was already marked at {time}; undo it with ✕ to mark it again.</source>
        <translation>{event} markerades redan kl. {time}; ångra med ✕ för att markera igen.</translation>
    </message>
    <message>
        <source>or press {key}</source>
        <translation>eller tryck på {key}</translation>
    </message>
    <message>
        <source>+{elapsed}</source>
        <translation>+{elapsed}</translation>
    </message>
    <message>
        <source>Tap Arrived (F5) as you step in.</source>
        <translation>Tryck på Ankomst (F5) när du kliver in.</translation>
    </message>
    <message>
        <source>Length of the visit</source>
        <translation>Besökets längd</translation>
    </message>
    <message>
        <source>Since you arrived</source>
        <translation>Sedan du kom</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to mysteryshop</source>
        <translation>Välkommen till mysteryshop</translation>
    </message>
    <message>
        <source>Record a service encounter right after your visit: was I greeted, did they smile, were they present, was I actually helped — and did I leave uplifted or diminished? Everything stays on this computer.</source>
        <translation>Registrera ett servicemöte direkt efter ditt besök: blev jag hälsad, log de, var de närvarande, fick jag verkligen hjälp – och gick jag därifrån upplyft eller nedslagen? Allt stannar på den här datorn.</translation>
    </message>
    <message>
        <source>Record an encounter</source>
        <translation>Registrera ett servicemöte</translation>
    </message>
    <message>
        <source>Load demo data to look around</source>
        <translation>Läs in demodata och titta dig omkring</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Skapar demodata…</translation>
    </message>
    <message>
        <source>Creating demo data… {done} of {total}</source>
        <translation>Skapar demodata… {done} av {total}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln demo encounters added.</source>
        <translation>
            <numerusform>%Ln servicemöte med demodata har lagts till.</numerusform>
            <numerusform>%Ln servicemöten med demodata har lagts till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create demo data: {error}</source>
        <translation>Demodata kunde inte skapas: {error}</translation>
    </message>
</context>
<context>
    <name>_ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Today&apos;s backup failed: {reason}</source>
        <translation>Dagens säkerhetskopiering misslyckades: {reason}</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>▲▲ uplifted</source>
        <translation>▲▲ upplyftande</translation>
    </message>
    <message>
        <source>▲ uplifted</source>
        <translation>▲ upplyftande</translation>
    </message>
    <message>
        <source>– neutral</source>
        <translation>– neutral</translation>
    </message>
    <message>
        <source>▼ diminished</source>
        <translation>▼ nedslående</translation>
    </message>
    <message>
        <source>▼▼ diminished</source>
        <translation>▼▼ nedslående</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>No feeling recorded</source>
        <translation>Ingen känsla registrerad</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Detta kvartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Föregående kvartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Detta år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Föregående år</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All tid</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>ddd d.M.yyyy</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} kl. {time}</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returnerad</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videosamtal</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ankomst</translation>
    </message>
    <message>
        <source>Greeted</source>
        <translation>Hälsning</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Betjäning</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Avfärd</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Samtalets början</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Samtalets slut</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Hälsning</translation>
    </message>
    <message>
        <source>Smile</source>
        <translation>Leende</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Helpfulness</source>
        <translation>Hjälpsamhet</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>Farewell</source>
        <translation>Avsked</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>Respekt</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>God praxis</translation>
    </message>
    <message>
        <source>Needs coaching</source>
        <translation>Behöver coachning</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Clearly diminished</source>
        <translation>Klart nedslående</translation>
    </message>
    <message>
        <source>Somewhat diminished</source>
        <translation>Något nedslående</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Varken eller</translation>
    </message>
    <message>
        <source>Somewhat uplifted</source>
        <translation>Något upplyftande</translation>
    </message>
    <message>
        <source>Clearly uplifted</source>
        <translation>Klart upplyftande</translation>
    </message>
    <message>
        <source>Reliable: observers score alike</source>
        <translation>Tillförlitlig: observatörerna poängsätter lika</translation>
    </message>
    <message>
        <source>Tentative: good enough for tentative conclusions only</source>
        <translation>Preliminär: räcker endast för preliminära slutsatser</translation>
    </message>
    <message>
        <source>Not reliable: observers score differently</source>
        <translation>Inte tillförlitlig: observatörerna poängsätter olika</translation>
    </message>
    <message>
        <source>Only one observer recorded this session</source>
        <translation>Endast en observatör registrerade detta tillfälle</translation>
    </message>
    <message>
        <source>No scored question was answered by two observers</source>
        <translation>Ingen poängsatt fråga besvarades av två observatörer</translation>
    </message>
    <message>
        <source>Every observer gave the same points on every question</source>
        <translation>Varje observatör gav samma poäng på varje fråga</translation>
    </message>
    <message>
        <source>A later record by the same observer (the first one counts)</source>
        <translation>En senare registrering av samma observatör (den första räknas)</translation>
    </message>
    <message>
        <source>No observer alias</source>
        <translation>Inget observatörsalias</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Redigerad</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Granskad</translation>
    </message>
    <message>
        <source>Reopened for editing</source>
        <translation>Öppnad igen för redigering</translation>
    </message>
    <message>
        <source>Replaced by import</source>
        <translation>Ersatt vid import</translation>
    </message>
    <message>
        <source>Older version from import</source>
        <translation>Äldre version från import</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Kasserad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Taken back from the trash</source>
        <translation>Återställd från papperskorgen</translation>
    </message>
</context>
</TS>
