<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action item</source>
        <translation>Muokkaa toimenpidettä</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Uusi toimenpide</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>A &amp;question</source>
        <translation>&amp;Kysymys</translation>
    </message>
    <message>
        <source>A d&amp;imension</source>
        <translation>&amp;Ulottuvuus</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Ulottuvuus</translation>
    </message>
    <message>
        <source>What is to be done, e.g. greet every customer within 10 seconds</source>
        <translation>Mitä tehdään, esim. jokainen asiakas tervehditään 10 sekunnin kuluessa</translation>
    </message>
    <message>
        <source>A role, e.g. store manager</source>
        <translation>Rooli, esim. myymäläpäällikkö</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>&amp;Määräpäivä</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>Toimi&amp;piste</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>Mi&amp;tä</translation>
    </message>
    <message>
        <source>&amp;Owner (role)</source>
        <translation>&amp;Vastuussa (rooli)</translation>
    </message>
    <message>
        <source>Name a role, not a person. The observers never see action items: the next visits show whether it held.</source>
        <translation>Nimeä rooli, älä henkilöä. Havainnoijat eivät koskaan näe toimenpiteitä: seuraavat käynnit näyttävät, pitikö se.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuussa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Action items</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n avoin</numerusform>
            <numerusform>%n avointa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n myöhässä</numerusform>
            <numerusform>%n myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reopened</source>
        <translation>
            <numerusform>%n avattu uudelleen</numerusform>
            <numerusform>%n avattu uudelleen</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>myöhässä %1 alkaen</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>määräpäivä %1</translation>
    </message>
    <message>
        <source>reopened: missed again</source>
        <translation>avattu uudelleen: jäi taas toteutumatta</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Ei avoimia toimenpiteitä.</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>avattu uudelleen</translation>
    </message>
    <message>
        <source>no visits since</source>
        <translation>ei käyntejä sen jälkeen</translation>
    </message>
    <message numerus="yes">
        <source>held %1 of %n visit(s) since</source>
        <translation>
            <numerusform>toteutui %1/%n käynnillä sen jälkeen</numerusform>
            <numerusform>toteutui %1/%n käynnillä sen jälkeen</numerusform>
        </translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>What is to be done about a missed standard, and whether the visits since show it held. Observers never see these.</source>
        <translation>Mitä tehdään, kun jokin käytäntö ei toteutunut, ja näyttävätkö sen jälkeiset käynnit, että se piti. Havainnoijat eivät koskaan näe näitä.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Open and reopened</source>
        <translation>Avoimet ja uudelleen avatut</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Only o&amp;verdue</source>
        <translation>Vain &amp;myöhässä olevat</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Uusi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <source>Suggestions from coaching themes</source>
        <translation>Ehdotuksia valmennusteemoista</translation>
    </message>
    <message>
        <source>Suggested action items</source>
        <translation>Ehdotetut toimenpiteet</translation>
    </message>
    <message>
        <source>&amp;Make action item…</source>
        <translation>&amp;Tee toimenpide…</translation>
    </message>
    <message>
        <source>Every location</source>
        <translation>Kaikki toimipisteet</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n näkyvissä</numerusform>
            <numerusform>%n näkyvissä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n myöhässä</numerusform>
            <numerusform>%n myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reopened</source>
        <translation>
            <numerusform>%n avattu uudelleen</numerusform>
            <numerusform>%n avattu uudelleen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missed in %1 of %n visit(s)</source>
        <translation>
            <numerusform>jäi toteutumatta %1/%n käynnillä</numerusform>
            <numerusform>jäi toteutumatta %1/%n käynnillä</numerusform>
        </translation>
    </message>
    <message>
        <source>The questions most often missed at this location.</source>
        <translation>Kysymykset, jotka tässä toimipisteessä jäävät useimmin toteutumatta.</translation>
    </message>
    <message>
        <source>The questions most often missed everywhere.</source>
        <translation>Kysymykset, jotka kaikkiaan jäävät useimmin toteutumatta.</translation>
    </message>
    <message>
        <source>No question was missed often enough to suggest one.</source>
        <translation>Mikään kysymys ei jäänyt toteutumatta niin usein, että sitä voisi ehdottaa.</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <source>N/A</source>
        <translation>Ei koske</translation>
    </message>
    <message>
        <source>Not applicable: leaves the points out</source>
        <translation>Ei koske tätä käyntiä: pisteet jäävät laskematta</translation>
    </message>
    <message>
        <source>Yes when you tap {event} in the visit timer</source>
        <translation>Vastaus on Kyllä, kun napautat ajanotossa {event}</translation>
    </message>
    <message>
        <source>%1 on a scale of %2 to %3</source>
        <translation>%1 asteikolla %2–%3</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ei koske</translation>
    </message>
    <message>
        <source>{low:g} to {high:g}</source>
        <translation>{low:g}–{high:g}</translation>
    </message>
    <message>
        <source>at least {low:g}</source>
        <translation>vähintään {low:g}</translation>
    </message>
    <message>
        <source>at most {high:g}</source>
        <translation>enintään {high:g}</translation>
    </message>
    <message>
        <source>Clear the answer (or empty the box with Delete)</source>
        <translation>Tyhjennä vastaus (tai paina kentässä Delete)</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Tyhjennä vastaus</translation>
    </message>
    <message>
        <source>Minutes:seconds, e.g. 0:45 or 1:15 (or plain seconds)</source>
        <translation>Minuutit:sekunnit, esim. 0:45 tai 1:15 (tai pelkät sekunnit)</translation>
    </message>
    <message>
        <source>target {time} or less</source>
        <translation>tavoite enintään {time}</translation>
    </message>
    <message>
        <source>filled by the visit timer: {start} → {end}</source>
        <translation>täyttyy ajanotosta: {start} → {end}</translation>
    </message>
    <message>
        <source>min:s</source>
        <translation>min:s</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Ei valintoja</translation>
    </message>
    <message>
        <source>{value} of {low}–{high}</source>
        <translation>{value} asteikolla {low}–{high}</translation>
    </message>
    <message>
        <source>{time} (target {target})</source>
        <translation>{time} (tavoite {target})</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>Photos and receipts that back the visit: JPEG, PNG, HEIC or PDF, up to 20 MB each.</source>
        <translation>Käynnin todentavat valokuvat ja kuitit: JPEG, PNG, HEIC tai PDF, enintään 20 Mt kukin.</translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation>Ei vielä liitteitä.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Lisää tiedostoja…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Liitä tiedostoja</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.heif *.pdf);;All files (*)</source>
        <translation>Valokuvat ja asiakirjat (*.jpg *.jpeg *.png *.heic *.heif *.pdf);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation>Ei liitetty:</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Liitetään…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Poista liite</translation>
    </message>
    <message>
        <source>Remove “{name}” from this encounter?</source>
        <translation>Poistetaanko ”{name}” tästä kohtaamisesta?</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Tallennettu {time}</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Ei tallennettu: {error}</translation>
    </message>
    <message>
        <source>Not saved: this encounter was changed elsewhere meanwhile. Your answers stay here; reopen it from the log to see the other changes.</source>
        <translation>Ei tallennettu: kohtaamista on sillä välin muutettu muualla. Vastauksesi pysyvät tässä; avaa kohtaaminen uudelleen Kohtaamiset-näkymästä, niin näet muut muutokset.</translation>
    </message>
    <message>
        <source>Kept on this computer: the team server is not answering. Saved when it is back.</source>
        <translation>Tallessa tällä tietokoneella: tiimin palvelin ei vastaa. Tallennetaan, kun se palaa.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Ei tallennettu: {reason}</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Observer calibration</source>
        <translation>Havainnoijien kalibrointi</translation>
    </message>
    <message>
        <source>Several observers record the same scenario on the same form, each marking their encounter with the session&apos;s id. Here you see whether they score alike, and which questions they read differently.</source>
        <translation>Useampi havainnoija kirjaa saman tilanteen samalla lomakkeella ja merkitsee kohtaamiseensa kalibrointikerran tunnuksen. Tästä näet, pisteyttävätkö he samoin ja mitä kysymyksiä he tulkitsevat eri tavoin.</translation>
    </message>
    <message>
        <source>Calibration sessions</source>
        <translation>Kalibrointikerrat</translation>
    </message>
    <message>
        <source>No calibration sessions yet. In the editor, choose Calibration session… to mark an encounter as part of one.</source>
        <translation>Kalibrointikertoja ei vielä ole. Merkitse kohtaaminen kalibrointikertaan editorin painikkeella Kalibrointikerta….</translation>
    </message>
    <message>
        <source>Save PDF… ({key})</source>
        <translation>Tallenna PDF… ({key})</translation>
    </message>
    <message>
        <source>Save the calibration report of this session</source>
        <translation>Tallenna tämän kalibrointikerran raportti</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Havainnoijia</translation>
    </message>
    <message>
        <source>Pairs agreeing</source>
        <translation>Yhtäpitävät parit</translation>
    </message>
    <message>
        <source>Points spread</source>
        <translation>Vaihteluväli</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>Keskihajonta</translation>
    </message>
    <message>
        <source>Most common answer</source>
        <translation>Yleisin vastaus</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Havainnoija</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Leniency (pp)</source>
        <translation>Lempeys (%-yks.)</translation>
    </message>
    <message>
        <source>Agreement with the consensus</source>
        <translation>Yhtäpitävyys yleisimmän vastauksen kanssa</translation>
    </message>
    <message>
        <source>Questions compared</source>
        <translation>Verrattuja kysymyksiä</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Kertoja</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Tulkinta</translation>
    </message>
    <message>
        <source>&amp;Questions that split observers</source>
        <translation>&amp;Kysymykset, joissa havainnoijat eroavat</translation>
    </message>
    <message>
        <source>&amp;Each observer</source>
        <translation>&amp;Havainnoijat</translation>
    </message>
    <message>
        <source>&amp;Drift across sessions</source>
        <translation>K&amp;ehitys kerrasta toiseen</translation>
    </message>
    <message>
        <source>Questions a&amp;cross sessions</source>
        <translation>Kysymykset &amp;kaikilla kerroilla</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>K&amp;alibrointikerrat</translation>
    </message>
    <message>
        <source>{session}
{date} · {observers} observers</source>
        <translation>{session}
{date} · havainnoijia {observers}</translation>
    </message>
    <message>
        <source>This session was recorded on several versions of {form} ({versions}): every observer must record it on the same version to be compared.</source>
        <translation>Tämä kerta on kirjattu lomakkeen {form} useilla versioilla ({versions}): jokaisen havainnoijan on kirjattava se samalla versiolla, jotta tuloksia voi verrata.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (interval) over {units} scored questions answered by two observers or more, {values} values. 0.800 or more: reliable; 0.667 to 0.800: tentative conclusions only; below: not reliable.</source>
        <translation>Krippendorffin alfa (välimatka-asteikko) {units} pisteytetystä kysymyksestä, joihin vähintään kaksi havainnoijaa vastasi, {values} arvoa. 0,800 tai yli: luotettava; 0,667–0,800: vain suuntaa antavia päätelmiä; alle: ei luotettava.</translation>
    </message>
    <message>
        <source>Read with care: it rests on few questions.</source>
        <translation>Tulkitse varoen: se perustuu vain muutamaan kysymykseen.</translation>
    </message>
    <message>
        <source>Form: {form} (v{version})</source>
        <translation>Lomake: {form} (versio {version})</translation>
    </message>
    <message>
        <source>Visit: {date}</source>
        <translation>Käynti: {date}</translation>
    </message>
    <message>
        <source>Observers: {names}</source>
        <translation>Havainnoijat: {names}</translation>
    </message>
    <message>
        <source>Left out: {observer}: {reason}</source>
        <translation>Jätetty pois: {observer}: {reason}</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>tasapeli</translation>
    </message>
    <message>
        <source>From fewer than three observers: read with care.</source>
        <translation>Alle kolmelta havainnoijalta: tulkitse varoen.</translation>
    </message>
    <message>
        <source>{leniency} pp · {agreement}</source>
        <translation>{leniency} %-yks. · {agreement}</translation>
    </message>
    <message>
        <source>Each session: the observer&apos;s leniency (score minus the session&apos;s mean, in percentage points) · their agreement with the consensus.</source>
        <translation>Kullakin kerralla: havainnoijan lempeys (tulos miinus kerran keskiarvo, prosenttiyksikköinä) · yhtäpitävyys yleisimmän vastauksen kanssa.</translation>
    </message>
    <message>
        <source>Save the calibration report as</source>
        <translation>Tallenna kalibrointiraportti nimellä</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CommentLibraryEditor</name>
    <message>
        <source>Phrases for</source>
        <translation>Fraasien kohde</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Saved phrases</source>
        <translation>Tallennetut fraasit</translation>
    </message>
    <message>
        <source>A phrase you write often…</source>
        <translation>Usein kirjoitettava kommentti…</translation>
    </message>
    <message>
        <source>New phrase</source>
        <translation>Uusi fraasi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove the chosen phrase (Delete)</source>
        <translation>Poista valittu fraasi (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Phrases for:</source>
        <translation>Fraasien kohde:</translation>
    </message>
    <message>
        <source>General phrases (every question)</source>
        <translation>Yleiset fraasit (kaikki kysymykset)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkronoinnin ristiriidat</translation>
    </message>
    <message>
        <source>These encounters changed on this computer and on the team server since the last sync. The server&apos;s version stands until you choose; nothing is lost.</source>
        <translation>Nämä kohtaamiset ovat muuttuneet sekä tällä tietokoneella että tiimin palvelimella edellisen synkronoinnin jälkeen. Palvelimen versio on voimassa, kunnes valitset; mitään ei menetetä.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Molemmat versiot kenttä kentältä</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Tällä tietokoneella</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Palvelimella</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s version</source>
        <translation>Säilytä &amp;palvelimen versio</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Säilytä &amp;oma versio</translation>
    </message>
    <message>
        <source>Send this computer&apos;s version to the server at the next sync</source>
        <translation>Lähetä tämän tietokoneen versio palvelimelle seuraavassa synkronoinnissa</translation>
    </message>
    <message>
        <source>No conflicts: everything is in step.</source>
        <translation>Ei ristiriitoja: kaikki on ajan tasalla.</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ eroaa</translation>
    </message>
    <message>
        <source>same</source>
        <translation>sama</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. The server&apos;s version stands until you choose.</source>
        <translation>
            <numerusform>%n kenttä eroaa. Palvelimen versio on voimassa, kunnes valitset.</numerusform>
            <numerusform>%n kenttää eroaa. Palvelimen versio on voimassa, kunnes valitset.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours cannot be kept: {reason}</source>
        <translation>Omaa versiotasi ei voi säilyttää: {reason}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ei koske</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Käynnin aika</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Henkilökunta</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Havainnoija</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Visit timer</source>
        <translation>Ajanotto</translation>
    </message>
    <message>
        <source>Reviewer note</source>
        <translation>Tarkastajan huomio</translation>
    </message>
    <message>
        <source>Reason for return</source>
        <translation>Palautuksen syy</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Tarkastaja</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Tarkastettu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Not resolved: {reason}</source>
        <translation>Ei ratkaistu: {reason}</translation>
    </message>
    <message>
        <source>Kept the server&apos;s version.</source>
        <translation>Palvelimen versio säilytettiin.</translation>
    </message>
    <message>
        <source>Kept your version: it is sent at the next sync.</source>
        <translation>Oma versiosi säilytettiin: se lähetetään seuraavassa synkronoinnissa.</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>The team server is not answering</source>
        <translation>Tiimin palvelin ei vastaa</translation>
    </message>
    <message>
        <source>You can go on: your work is kept on this computer and saved when the server is back.</source>
        <translation>Voit jatkaa: työsi säilyy tällä tietokoneella ja tallennetaan, kun palvelin palaa.</translation>
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
        <translation>d.M.yyyy</translation>
    </message>
    <message>
        <source>too few visits to compare (n = {n})</source>
        <translation>liian vähän käyntejä vertailuun (n = {n})</translation>
    </message>
    <message>
        <source>too few to compare</source>
        <translation>liian vähän vertailuun</translation>
    </message>
    <message>
        <source>{change} points vs previous</source>
        <translation>{change} %-yks. edelliseen</translation>
    </message>
    <message>
        <source>{change} vs previous</source>
        <translation>{change} edelliseen</translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation>vk {week}</translation>
    </message>
    <message>
        <source>No visits</source>
        <translation>Ei käyntejä</translation>
    </message>
    <message>
        <source>Average score, %</source>
        <translation>Keskimääräinen tulos, %</translation>
    </message>
    <message>
        <source>Net Uplift</source>
        <translation>Net Uplift</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Keskimääräinen tulos</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <source>Fewer than {n} visits</source>
        <translation>Alle {n} käyntiä</translation>
    </message>
    <message>
        <source>Week {week}, from {date}</source>
        <translation>Viikko {week}, alkaen {date}</translation>
    </message>
    <message>
        <source>Only a few visits: read with care</source>
        <translation>Vain muutama käynti: tulkitse varoen</translation>
    </message>
    <message>
        <source>Visits: {visits}</source>
        <translation>Käyntejä: {visits}</translation>
    </message>
    <message>
        <source>Average score: {score}</source>
        <translation>Keskimääräinen tulos: {score}</translation>
    </message>
    <message>
        <source>Net Uplift: {uplift}</source>
        <translation>Net Uplift: {uplift}</translation>
    </message>
    <message>
        <source>Too few visits on both sides of any behaviour</source>
        <translation>Millään toiminnalla ei ole tarpeeksi käyntejä kummallakin puolella</translation>
    </message>
    <message>
        <source>n = {with_n} / {without_n}</source>
        <translation>n = {with_n} / {without_n}</translation>
    </message>
    <message>
        <source>Net Uplift where it happened: {value} ({n})</source>
        <translation>Net Uplift, kun se toteutui: {value} ({n})</translation>
    </message>
    <message>
        <source>Net Uplift where it did not: {value} ({n})</source>
        <translation>Net Uplift, kun se ei toteutunut: {value} ({n})</translation>
    </message>
    <message>
        <source>Difference: {value}, 95 % interval {interval}</source>
        <translation>Ero: {value}, 95 %:n väli {interval}</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>n</source>
        <comment>column header: number of visits</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>Average score</source>
        <comment>column header, short</comment>
        <translation>Keskitulos</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kriittiset</translation>
    </message>
    <message>
        <source>Rank by average score</source>
        <translation>Sijoitus keskimääräisen tuloksen mukaan</translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation>Käynnit jaksolla</translation>
    </message>
    <message>
        <source>Mean score of the visits, with its 95 % interval under it</source>
        <translation>Käyntien keskimääräinen tulos ja sen alla 95 %:n luottamusväli</translation>
    </message>
    <message>
        <source>% of visits leaving customers uplifted minus % leaving them diminished, with its 95 % interval under it</source>
        <translation>kohottavien käyntien osuus miinus lannistavien osuus ja sen alla 95 %:n luottamusväli</translation>
    </message>
    <message>
        <source>Submitted and approved encounters in the period</source>
        <translation>Jakson lähetetyt ja hyväksytyt kohtaamiset</translation>
    </message>
    <message>
        <source>Visits where a critical question earned no points; compared as a share of the visits</source>
        <translation>Käynnit, joissa kriittinen kysymys ei tuottanut pisteitä; vertailu käyntien osuutena</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Ulottuvuudet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Location ranking</source>
        <translation>Toimipisteiden järjestys</translation>
    </message>
    <message>
        <source>Show its encounters</source>
        <translation>Näytä sen kohtaamiset</translation>
    </message>
    <message>
        <source>Make action item about its weakest question…</source>
        <translation>Tee toimenpide sen heikoimmasta kysymyksestä…</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Koko ajalta</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Kaikki alueet</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Kaikki lomakkeet</translation>
    </message>
    <message>
        <source>What drives uplift</source>
        <translation>Mikä kohottaa</translation>
    </message>
    <message>
        <source>Net Uplift of the visits where a behaviour happened minus that of the visits where it did not, in points, with its 95 % interval</source>
        <translation>Niiden käyntien Net Uplift, joilla toiminta toteutui, miinus niiden, joilla se ei toteutunut, pisteinä ja 95 %:n luottamusvälein</translation>
    </message>
    <message>
        <source>Net Uplift with the behaviour minus without it. An association, not proof of cause.</source>
        <translation>Net Uplift toiminnan kanssa miinus ilman sitä. Yhteys, ei todiste syy-seuraussuhteesta.</translation>
    </message>
    <message>
        <source>No submitted encounters in this period</source>
        <translation>Tällä jaksolla ei ole lähetettyjä kohtaamisia</translation>
    </message>
    <message>
        <source>Choose another period, region or form above.</source>
        <translation>Valitse yläpuolelta toinen jakso, alue tai lomake.</translation>
    </message>
    <message>
        <source>Could not compute the drivers: {error}</source>
        <translation>Kohottavia tekijöitä ei voitu laskea: {error}</translation>
    </message>
    <message>
        <source>The {shown} strongest of {total} behaviours.</source>
        <translation>{total} toiminnasta {shown} vahvinta.</translation>
    </message>
    <message numerus="yes">
        <source>%n behaviours left out: fewer than {minimum} visits with or without them.</source>
        <translation>
            <numerusform>%n toiminta jätetty pois: alle {minimum} käyntiä sen kanssa tai ilman sitä.</numerusform>
            <numerusform>%n toimintaa jätetty pois: alle {minimum} käyntiä niiden kanssa tai ilman niitä.</numerusform>
        </translation>
    </message>
    <message>
        <source>{dimension} (score ≥ {share} %)</source>
        <translation>{dimension} (tulos ≥ {share} %)</translation>
    </message>
    <message>
        <source>{period} (to date)</source>
        <translation>{period} (tähän mennessä)</translation>
    </message>
    <message numerus="yes">
        <source>{period}, compared with {comparison} (%Ln visits)</source>
        <translation>
            <numerusform>{period}, verrattuna jaksoon {comparison} (%Ln käynti)</numerusform>
            <numerusform>{period}, verrattuna jaksoon {comparison} (%Ln käyntiä)</numerusform>
        </translation>
    </message>
    <message>
        <source>submitted and approved encounters (drafts and returned ones are left out)</source>
        <translation>lähetetyt ja hyväksytyt kohtaamiset (luonnokset ja palautetut jätetään pois)</translation>
    </message>
    <message>
        <source>previous period: {visits}</source>
        <translation>edellinen jakso: {visits}</translation>
    </message>
    <message>
        <source>submitted and approved</source>
        <translation>lähetetyt ja hyväksytyt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scored visits</source>
        <translation>
            <numerusform>%Ln pisteytetty käynti</numerusform>
            <numerusform>%Ln pisteytettyä käyntiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{share} % of %Ln visits</source>
        <translation>
            <numerusform>{share} % %Ln käynnistä</numerusform>
            <numerusform>{share} % %Ln käynnistä</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} · {interval} (95 %)</source>
        <translation>{n} · {interval} (95 %)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ranked, best average score first; click one for its encounters</source>
        <translation>
            <numerusform>%Ln sijoitettu, paras keskimääräinen tulos ensin; napsauta nähdäksesi kohtaamiset</numerusform>
            <numerusform>%Ln sijoitettu, paras keskimääräinen tulos ensin; napsauta nähdäksesi kohtaamiset</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few visits to rank (fewer than {minimum}): {locations}</source>
        <translation>Liian vähän käyntejä sijoitukseen (alle {minimum}): {locations}</translation>
    </message>
    <message>
        <source>Visits with a critical failure</source>
        <translation>Käynnit, joissa oli kriittinen virhe</translation>
    </message>
    <message>
        <source>{name}, region {region}</source>
        <translation>{name}, alue {region}</translation>
    </message>
    <message>
        <source>Click to see its encounters</source>
        <translation>Napsauta nähdäksesi sen kohtaamiset</translation>
    </message>
    <message>
        <source>{value}, 95 % interval {interval}, {n}</source>
        <translation>{value}, 95 %:n väli {interval}, {n}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Kriittiset virheet</translation>
    </message>
    <message>
        <source>Mean of the visits&apos; scores: points earned out of points possible</source>
        <translation>Käyntien tulosten keskiarvo: saadut pisteet mahdollisista pisteistä</translation>
    </message>
    <message>
        <source>% of visits that left the shopper uplifted minus % that left them diminished (−100 … +100)</source>
        <translation>Kohottavien käyntien osuus (%) miinus lannistavien käyntien osuus (%) (−100 … +100)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Kehitys</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Viikot</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Kuukaudet</translation>
    </message>
    <message>
        <source>Show the trend by {period}</source>
        <translation>Näytä kehitys jaksoittain: {period}</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Toimipisteet</translation>
    </message>
    <message>
        <source>best average score first</source>
        <translation>paras keskimääräinen tulos ensin</translation>
    </message>
    <message>
        <source>No submitted encounters yet</source>
        <translation>Ei vielä lähetettyjä kohtaamisia</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Päivitetään lukuja…</translation>
    </message>
    <message>
        <source>Figures appear here once encounters are submitted. Drafts and returned encounters are not counted.</source>
        <translation>Luvut näkyvät täällä, kun kohtaamisia on lähetetty. Luonnoksia ja palautettuja kohtaamisia ei lasketa mukaan.</translation>
    </message>
    <message>
        <source>Could not compute the figures: {error}</source>
        <translation>Lukuja ei voitu laskea: {error}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>{up} % uplifted · {down} % diminished</source>
        <translation>{up} % kohottavia · {down} % lannistavia</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits with a feeling</source>
        <translation>
            <numerusform>%Ln käynti, jolla tunne</numerusform>
            <numerusform>%Ln käyntiä, joilla tunne</numerusform>
        </translation>
    </message>
    <message>
        <source>no feeling recorded</source>
        <translation>tunnetta ei kirjattu</translation>
    </message>
</context>
<context>
    <name>DimensionsPanel</name>
    <message>
        <source>not asked</source>
        <translation>ei kysytty</translation>
    </message>
    <message>
        <source>Mean {dimension} score of the visits that scored it</source>
        <translation>Keskimääräinen tulos ulottuvuudessa ”{dimension}” niillä käynneillä, joilla sitä arvioitiin</translation>
    </message>
</context>
<context>
    <name>DraftsButton</name>
    <message>
        <source>Continue a draft, or an encounter a reviewer returned</source>
        <translation>Jatka luonnosta tai tarkastajan palauttamaa kohtaamista</translation>
    </message>
    <message>
        <source>D&amp;rafts ({count})</source>
        <translation>Luonnok&amp;set ({count})</translation>
    </message>
    <message>
        <source>D&amp;rafts</source>
        <translation>Luonnok&amp;set</translation>
    </message>
    <message>
        <source>no location yet</source>
        <translation>ei vielä toimipistettä</translation>
    </message>
    <message>
        <source>{place} · {when} · not saved yet</source>
        <translation>{place} · {when} · ei vielä tallennettu</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>palautettu</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Ei luonnoksia</translation>
    </message>
    <message>
        <source>New encounter</source>
        <translation>Uusi kohtaaminen</translation>
    </message>
    <message>
        <source>Discard the open draft…</source>
        <translation>Hylkää avoin luonnos…</translation>
    </message>
</context>
<context>
    <name>EditorAttachments</name>
    <message>
        <source>Choose a location first: files can be attached once the encounter is saved as a draft.</source>
        <translation>Valitse ensin toimipiste: tiedostoja voi liittää, kun kohtaaminen on tallennettu luonnokseksi.</translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Discard them</source>
        <translation>Hylkää tallentamaton työ</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Muist&amp;iinpanot</translation>
    </message>
    <message>
        <source>Facts that back your answers: times, what was said, what you saw. Describe actions, never name people.</source>
        <translation>Vastauksiasi tukevat tosiasiat: ajat, mitä sanottiin, mitä näit. Kuvaa tekoja – älä mainitse ketään nimeltä.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Lähetä</translation>
    </message>
    <message>
        <source>Check the answers and submit the encounter for review (Alt+U)</source>
        <translation>Tarkista vastaukset ja lähetä kohtaaminen tarkastettavaksi (Alt+L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sul&amp;je</translation>
    </message>
    <message>
        <source>Close the editor; the draft is kept</source>
        <translation>Sulje muokkain; luonnos säilyy</translation>
    </message>
    <message>
        <source>D&amp;iscard draft…</source>
        <translation>H&amp;ylkää luonnos…</translation>
    </message>
    <message>
        <source>Put this draft in the trash, where it can be restored for a while (Alt+I)</source>
        <translation>Siirrä luonnos roskakoriin, josta sen voi vielä jonkin aikaa ottaa takaisin (Alt+Y)</translation>
    </message>
    <message>
        <source>No encounter is open. Start a new one, or continue a draft from the Drafts list.</source>
        <translation>Yhtään kohtaamista ei ole auki. Aloita uusi tai jatka luonnosta Luonnokset-luettelosta.</translation>
    </message>
    <message>
        <source>New encounter</source>
        <translation>Uusi kohtaaminen</translation>
    </message>
    <message>
        <source>Could not load the forms: {error}</source>
        <translation>Lomakkeita ei voitu ladata: {error}</translation>
    </message>
    <message>
        <source>There is no form to record with: import one in Forms.</source>
        <translation>Kirjaamiseen ei ole lomaketta: tuo lomake Lomakkeet-näkymässä.</translation>
    </message>
    <message>
        <source>That encounter no longer exists.</source>
        <translation>Kohtaamista ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>Restored work that had not been saved to the database</source>
        <translation>Tallentamaton työ löytyi</translation>
    </message>
    <message>
        <source>Kept on this computer at {time}. It is saved as soon as it can be.</source>
        <translation>Tallessa tällä tietokoneella ({time}). Työ tallennetaan tietokantaan heti, kun se on mahdollista.</translation>
    </message>
    <message>
        <source>That draft is in the trash now: restore it (File ▸ Trash…) to go on.</source>
        <translation>Luonnos on nyt roskakorissa: ota se takaisin (Tiedosto ▸ Roskakori…) jatkaaksesi.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Tallennettu {time}</translation>
    </message>
    <message>
        <source>Choose a location to start saving</source>
        <translation>Valitse toimipiste, niin tallennus alkaa</translation>
    </message>
    <message>
        <source>Editing a submitted encounter</source>
        <translation>Muokataan lähetettyä kohtaamista</translation>
    </message>
    <message>
        <source>Editing an approved encounter</source>
        <translation>Muokataan hyväksyttyä kohtaamista</translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation>Tallenna m&amp;uutokset</translation>
    </message>
    <message>
        <source>Returned encounter</source>
        <translation>Palautettu kohtaaminen</translation>
    </message>
    <message>
        <source>Draft encounter</source>
        <translation>Kohtaamisen luonnos</translation>
    </message>
    <message>
        <source>{form} · version {version}</source>
        <translation>{form} · versio {version}</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note:</source>
        <translation>Tarkastajan huomio:</translation>
    </message>
    <message>
        <source>Returned by the reviewer — please revise and submit again</source>
        <translation>Tarkastaja palautti kohtaamisen – korjaa ja lähetä uudelleen</translation>
    </message>
    <message>
        <source>The reviewer&apos;s note</source>
        <translation>Tarkastajan huomio</translation>
    </message>
    <message>
        <source>Record an encounter</source>
        <translation>Kirjaa kohtaaminen</translation>
    </message>
    <message>
        <source>Not saved yet: press Save changes</source>
        <translation>Ei vielä tallennettu: valitse Tallenna muutokset</translation>
    </message>
    <message>
        <source>Change the form?</source>
        <translation>Vaihdetaanko lomake?</translation>
    </message>
    <message numerus="yes">
        <source>%n of your answers do not fit the other form and will be dropped.</source>
        <translation>
            <numerusform>%n vastauksesi ei sovi toiseen lomakkeeseen, joten se poistetaan.</numerusform>
            <numerusform>%n vastaustasi ei sovi toiseen lomakkeeseen, joten ne poistetaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until it can be saved to the database, your work is kept in a file on this computer and offered under Drafts.</source>
        <translation>Kunnes työsi voidaan tallentaa tietokantaan, se säilytetään tiedostossa tällä tietokoneella ja näkyy Luonnokset-luettelossa.</translation>
    </message>
    <message>
        <source>Every change is saved as a draft within a second.</source>
        <translation>Jokainen muutos tallentuu luonnokseksi sekunnin kuluessa.</translation>
    </message>
    <message>
        <source>The location of the visit</source>
        <translation>Käynnin toimipiste</translation>
    </message>
    <message>
        <source>Answer this before submitting.</source>
        <translation>Vastaa tähän ennen lähettämistä.</translation>
    </message>
    <message>
        <source>Answer these before submitting ({count}):</source>
        <translation>Vastaa näihin ennen lähettämistä ({count}):</translation>
    </message>
    <message>
        <source>The encounter could not be submitted</source>
        <translation>Kohtaamista ei voitu lähettää</translation>
    </message>
</context>
<context>
    <name>EncounterLogModel</name>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Havainnoija</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Tunne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kriittiset</translation>
    </message>
    <message>
        <source>⚠ critical</source>
        <translation>⚠ kriittinen</translation>
    </message>
    <message>
        <source>Tags cannot be sorted</source>
        <translation>Tunnisteiden mukaan ei voi lajitella</translation>
    </message>
    <message>
        <source>⚠ sync conflict</source>
        <translation>⚠ synkronoinnin ristiriita</translation>
    </message>
    <message>
        <source>calibration: {session}</source>
        <translation>kalibrointi: {session}</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versio %2</translation>
    </message>
    <message>
        <source>A critical question earned no points</source>
        <translation>Kriittinen kysymys jäi ilman pisteitä</translation>
    </message>
</context>
<context>
    <name>EncounterLogView</name>
    <message>
        <source>Encounters</source>
        <translation>Kohtaamiset</translation>
    </message>
    <message>
        <source>No encounters match these filters</source>
        <translation>Yksikään kohtaaminen ei vastaa näitä rajauksia</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä rajaukset</translation>
    </message>
    <message>
        <source>New encounter</source>
        <translation>Uusi kohtaaminen</translation>
    </message>
    <message>
        <source>Record a new encounter (Ctrl+N)</source>
        <translation>Kirjaa uusi kohtaaminen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search notes, staff, reviewer notes and locations…</source>
        <translation>Hae muistiinpanoista, henkilökunnan kuvauksista, tarkastajan huomioista ja toimipisteistä…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Vain kriittiset</translation>
    </message>
    <message>
        <source>Only encounters where a critical question earned no points</source>
        <translation>Vain kohtaamiset, joissa kriittinen kysymys jäi ilman pisteitä</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Any location</source>
        <translation>Kaikki toimipisteet</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <source>Visited from</source>
        <translation>Käyntipäivä alkaen</translation>
    </message>
    <message>
        <source>Visited until</source>
        <translation>Käyntipäivä viimeistään</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Käyntipäivä</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Kaikki alueet</translation>
    </message>
    <message>
        <source>Any form</source>
        <translation>Kaikki lomakkeet</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Kaikki tunnisteet</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Tarkasta</translation>
    </message>
    <message>
        <source>Visit &amp;report…</source>
        <translation>Käynti&amp;raportti…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Found in the notes: “{snippet}”</source>
        <translation>Löytyi muistiinpanoista: ”{snippet}”</translation>
    </message>
    <message>
        <source>Found in the staff description: “{snippet}”</source>
        <translation>Löytyi henkilökunnan kuvauksesta: ”{snippet}”</translation>
    </message>
    <message>
        <source>Found in the reviewer note: “{snippet}”</source>
        <translation>Löytyi tarkastajan huomiosta: ”{snippet}”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln encounters</source>
        <translation>
            <numerusform>%Ln kohtaaminen</numerusform>
            <numerusform>%Ln kohtaamista</numerusform>
        </translation>
    </message>
    <message>
        <source>No encounters yet</source>
        <translation>Ei vielä kohtaamisia</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Bundles and forms (*.json *.zip *.xlsx *.yaml *.yml);;Bundles (*.json *.zip);;XLSForms (*.xlsx);;Forms (*.yaml *.yml)</source>
        <translation>Siirtopaketit ja lomakkeet (*.json *.zip *.xlsx *.yaml *.yml);;Siirtopaketit (*.json *.zip);;XLSForm-lomakkeet (*.xlsx);;Lomakkeet (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Tuonti hylättiin</translation>
    </message>
    <message>
        <source>Form not imported</source>
        <translation>Lomaketta ei tuotu</translation>
    </message>
    <message>
        <source>{name} was not imported: version {version} of “{title}” is already stored, with different content.</source>
        <translation>Tiedostoa {name} ei tuotu: lomakkeen ”{title}” versio {version} on jo tallennettu, eri sisällöllä.</translation>
    </message>
    <message>
        <source>A stored form version never changes, so that encounters keep the questions they were recorded with. To import your changes, set “version: {next}” in the file and import it again.</source>
        <translation>Tallennettu lomakeversio ei koskaan muutu, jotta kohtaamiset säilyttävät kysymykset, joilla ne kirjattiin. Jos haluat tuoda muutokset, merkitse tiedostoon ”version: {next}” ja tuo se uudelleen.</translation>
    </message>
    <message>
        <source>Fix the file and import it again; each problem names its place in the file.</source>
        <translation>Korjaa tiedosto ja tuo se uudelleen; jokaisen ongelman kohdalla kerrotaan sen paikka tiedostossa.</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}. Problems found: {count}</source>
        <translation>Tiedostosta {name} ei tuotu mitään. Ongelmia: {count}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <source>{name} was not written.</source>
        <translation>Tiedostoa {name} ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{count} attachments are listed, but a .json bundle cannot carry files; export a .zip bundle to bring them along.</source>
        <translation>Lueteltuja liitteitä: {count}, mutta .json-siirtopaketti ei voi sisältää tiedostoja; vie .zip-siirtopaketti, niin liitteet tulevat mukaan.</translation>
    </message>
    <message>
        <source>Imported the form “{title}” ({form_id}, version {version}). Questions: {questions}, sections: {sections}.</source>
        <translation>Lomake ”{title}” ({form_id}, versio {version}) tuotiin. Kysymyksiä: {questions}, osioita: {sections}.</translation>
    </message>
    <message>
        <source>The form “{title}” ({form_id}, version {version}) is already imported; nothing changed.</source>
        <translation>Lomake ”{title}” ({form_id}, versio {version}) on jo tuotu; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{n} encounters added</source>
        <translation>Lisätyt kohtaamiset: {n}</translation>
    </message>
    <message>
        <source>{n} encounters replaced by a newer version (the older one is kept in their history)</source>
        <translation>Uudemmalla versiolla korvatut kohtaamiset (vanhempi säilyy niiden historiassa): {n}</translation>
    </message>
    <message>
        <source>{n} encounters kept as they were: the file had an older version, now in their history</source>
        <translation>Ennallaan säilyneet kohtaamiset (tiedostossa oli vanhempi versio, nyt niiden historiassa): {n}</translation>
    </message>
    <message>
        <source>{n} approved encounters stay approved: the file&apos;s version would have turned them back (it is kept in their history)</source>
        <translation>Hyväksyttyinä pysyneet kohtaamiset (tiedoston versio olisi siirtänyt ne takaisin aiempaan vaiheeseen; se on niiden historiassa): {n}</translation>
    </message>
    <message>
        <source>{n} encounters already here, unchanged</source>
        <translation>Jo tallessa olleet, muuttumattomat kohtaamiset: {n}</translation>
    </message>
    <message>
        <source>{n} encounters deleted here stay deleted: the file&apos;s version is not newer than the deletion</source>
        <translation>Täällä poistetut kohtaamiset, jotka pysyvät poistettuina (tiedoston versio ei ole poistoa uudempi): {n}</translation>
    </message>
    <message>
        <source>{n} deleted encounters brought back: the file&apos;s version was changed after the deletion</source>
        <translation>Poistetut kohtaamiset, jotka palasivat (tiedoston versiota on muutettu poiston jälkeen): {n}</translation>
    </message>
    <message>
        <source>{n} form versions added</source>
        <translation>Lisätyt lomakeversiot: {n}</translation>
    </message>
    <message>
        <source>{n} locations added</source>
        <translation>Lisätyt toimipisteet: {n}</translation>
    </message>
    <message>
        <source>{n} attachments added</source>
        <translation>Lisätyt liitteet: {n}</translation>
    </message>
    <message>
        <source>{n} phrases added to the comment library</source>
        <translation>{n} fraasia lisätty kommenttikirjastoon</translation>
    </message>
    <message>
        <source>Nothing new: the file holds nothing.</source>
        <translation>Ei mitään uutta: tiedosto on tyhjä.</translation>
    </message>
    <message>
        <source>Excel workbook, to open and read (*.xlsx)</source>
        <translation>Excel-työkirja, avattavaksi ja luettavaksi (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV spreadsheet, one row per encounter (*.csv)</source>
        <translation>CSV-taulukko, yksi rivi kohtaamista kohden (*.csv)</translation>
    </message>
    <message>
        <source>Bundle with attachments, for another mysteryshop (*.zip)</source>
        <translation>Siirtopaketti liitteineen, toiseen mysteryshopiin (*.zip)</translation>
    </message>
    <message>
        <source>Bundle without attachments, for another mysteryshop (*.json)</source>
        <translation>Siirtopaketti ilman liitteitä, toiseen mysteryshopiin (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n encounter(s)</source>
        <translation>
            <numerusform>Vie %n kohtaaminen</numerusform>
            <numerusform>Vie %n kohtaamista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them draft(s): filter the log by status to leave them out)</source>
        <translation>
            <numerusform>(niistä %n luonnos: rajaa lokia tilan mukaan, jos haluat jättää sen pois)</numerusform>
            <numerusform>(niistä %n luonnosta: rajaa lokia tilan mukaan, jos haluat jättää ne pois)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} cannot be imported: expected a bundle (.json, .zip), an XLSForm (.xlsx) or a form (.yaml).</source>
        <translation>Tiedostoa {name} ei voi tuoda: tuettuja ovat siirtopaketit (.json, .zip), XLSForm-lomakkeet (.xlsx) ja lomakkeet (.yaml).</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Tuodaan tiedostoa {name}…</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Viedään tiedostoon {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Form imported</source>
        <translation>Lomake tuotu</translation>
    </message>
    <message>
        <source>Left out or changed on the way, one line each:</source>
        <translation>Jätettiin pois tai muuttui siirrossa, kukin omalla rivillään:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Tuonti valmis</translation>
    </message>
    <message>
        <source>Imported {name}:</source>
        <translation>Tiedostosta {name} tuotiin:</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Vienti valmis</translation>
    </message>
    <message>
        <source>Exported {count} encounters to {name}.</source>
        <translation>Tiedostoon {name} vietiin kohtaamisia: {count}.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruutettu</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Peruutettu: mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Peruutettu: tiedostoa ei kirjoitettu.</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>No {language} text yet</source>
        <translation>Tekstiä ei vielä ole kielellä {language}</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Muokkaa tekstiä</translation>
    </message>
    <message>
        <source>Change id</source>
        <translation>Vaihda tunniste</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Tunniste:</translation>
    </message>
    <message>
        <source>A new version keeps the form&apos;s id; Duplicate makes a form with another</source>
        <translation>Uusi versio säilyttää lomakkeen tunnisteen; Kopioi tekee lomakkeen toisella tunnisteella</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Kuvaus:</translation>
    </message>
    <message>
        <source>Language codes, the default first, e.g. en, fi, sv</source>
        <translation>Kielikoodit, oletuskieli ensin, esim. fi, sv, en</translation>
    </message>
    <message>
        <source>Change languages</source>
        <translation>Vaihda kielet</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Kielet:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanavat:</translation>
    </message>
    <message>
        <source>Saving makes a new version when encounters use this one</source>
        <translation>Tallennus tekee uuden version, jos tällä versiolla on kohtaamisia</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versio:</translation>
    </message>
    <message>
        <source>Change channels</source>
        <translation>Vaihda kanavat</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yyppi:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teksti:</translation>
    </message>
    <message>
        <source>&amp;Hint:</source>
        <translation>&amp;Vihje:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Pisteet:</translation>
    </message>
    <message>
        <source>from the options</source>
        <translation>vaihtoehdoista</translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation>Vä&amp;himmäis:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ena&amp;nimmäis:</translation>
    </message>
    <message>
        <source>Longest &amp;answer (characters):</source>
        <translation>Pisin &amp;vastaus (merkkiä):</translation>
    </message>
    <message>
        <source>T&amp;arget (seconds):</source>
        <translation>T&amp;avoite (sekuntia):</translation>
    </message>
    <message>
        <source>none: not scored</source>
        <translation>ei tavoitetta: ei pisteytetä</translation>
    </message>
    <message>
        <source>Ti&amp;mer:</source>
        <translation>Ajan&amp;otto:</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>ei liitetty</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Pakollinen</translation>
    </message>
    <message>
        <source>Allow &amp;N/A</source>
        <translation>Salli ”&amp;ei koske”</translation>
    </message>
    <message>
        <source>&amp;Critical: no points flags the visit</source>
        <translation>&amp;Kriittinen: nolla pistettä merkitsee käynnin</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Ulottuvuus</translation>
    </message>
    <message>
        <source>Built-in dimensions, the form&apos;s own, or a new word</source>
        <translation>Valmiit ulottuvuudet, lomakkeen omat tai uusi sana</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Ulottuvuus:</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Asteikko</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Asteikko:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Option {n} id</source>
        <translation>Vaihtoehdon {n} tunniste</translation>
    </message>
    <message>
        <source>Option id</source>
        <translation>Vaihtoehdon tunniste</translation>
    </message>
    <message>
        <source>Option {n} ({language})</source>
        <translation>Vaihtoehto {n} ({language})</translation>
    </message>
    <message>
        <source>Option text</source>
        <translation>Vaihtoehdon teksti</translation>
    </message>
    <message>
        <source>Option points</source>
        <translation>Vaihtoehdon pisteet</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Poista tämä vaihtoehto</translation>
    </message>
    <message>
        <source>Remove option {n}</source>
        <translation>Poista vaihtoehto {n}</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Poista vaihtoehto</translation>
    </message>
    <message>
        <source>Add o&amp;ption</source>
        <translation>Lisää &amp;vaihtoehto</translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation>Vaihtoehto {n}</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Lisää vaihtoehto</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Vaihtoehdot:</translation>
    </message>
    <message>
        <source>Label {value} ({language})</source>
        <translation>Nimike {value} ({language})</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Muokkaa nimikettä</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Nimikkeet:</translation>
    </message>
    <message>
        <source>Timer link</source>
        <translation>Ajanoton linkitys</translation>
    </message>
    <message>
        <source>Shown when question</source>
        <translation>Näytetään, kun kysymys</translation>
    </message>
    <message>
        <source>always shown</source>
        <translation>näytetään aina</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Ehto</translation>
    </message>
    <message>
        <source>is</source>
        <translation>on</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ei ole</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>on jokin näistä</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Shown &amp;when:</source>
        <translation>Näytetään, &amp;kun:</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;Save form</source>
        <translation>&amp;Tallenna lomake</translation>
    </message>
    <message>
        <source>E&amp;xport YAML…</source>
        <translation>&amp;Vie YAML-tiedostoksi…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sul&amp;je</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation>Osiot ja kysymykset</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>Lisää &amp;kysymys</translation>
    </message>
    <message>
        <source>Add a question after the selected one (Ins)</source>
        <translation>Lisää kysymys valitun jälkeen (Ins)</translation>
    </message>
    <message>
        <source>Add s&amp;ection</source>
        <translation>Lisää &amp;osio</translation>
    </message>
    <message>
        <source>Add a section after the selected one (Ctrl+Ins)</source>
        <translation>Lisää osio valitun jälkeen (Ctrl+Ins)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Remove the selected section or question (Del)</source>
        <translation>Poista valittu osio tai kysymys (Del)</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Lisää kysymys</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Lisää osio</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Ctrl+↑/↓ or drag to move · Ins adds a question · Del removes</source>
        <translation>Ctrl+↑/↓ tai vedä siirtääksesi · Ins lisää kysymyksen · Del poistaa</translation>
    </message>
    <message>
        <source>Unsaved form</source>
        <translation>Tallentamaton lomake</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them before leaving?</source>
        <translation>Lomakkeessa on tallentamattomia muutoksia. Tallennetaanko ne ennen poistumista?</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Siirrä kysymys</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Siirrä osio</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) here</source>
        <translation>
            <numerusform>%n ongelma tässä</numerusform>
            <numerusform>%n ongelmaa tässä</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ei otsikkoa)</translation>
    </message>
    <message>
        <source>Form: {title}</source>
        <translation>Lomake: {title}</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>Uusi lomake</translation>
    </message>
    <message>
        <source>New form: {title}</source>
        <translation>Uusi lomake: {title}</translation>
    </message>
    <message>
        <source>{title} · version {version}</source>
        <translation>{title} · versio {version}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n korjattava ongelma ennen tallennusta</numerusform>
            <numerusform>%n korjattavaa ongelmaa ennen tallennusta</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems · unsaved changes</source>
        <translation>Ei ongelmia · tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Ei ongelmia</translation>
    </message>
    <message numerus="yes">
        <source>Fix the problems first: %n left</source>
        <translation>
            <numerusform>Korjaa ensin ongelmat: %n jäljellä</numerusform>
            <numerusform>Korjaa ensin ongelmat: %n jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the form (Ctrl+S); with encounters recorded, as a new version</source>
        <translation>Tallenna lomake (Ctrl+S); jos kohtaamisia on jo kirjattu, uutena versiona</translation>
    </message>
    <message>
        <source>Form not saved</source>
        <translation>Lomaketta ei tallennettu</translation>
    </message>
    <message>
        <source>Saved as a new version</source>
        <translation>Tallennettu uutena versiona</translation>
    </message>
    <message>
        <source>Saved as version {version}. Version {old} stays as it was: a version that encounters use, a shipped one or an earlier one never changes, so what was recorded with it keeps its questions and scores.</source>
        <translation>Tallennettu versiona {version}. Versio {old} säilyy ennallaan: versio, jolla on kohtaamisia, sovelluksen mukana tuleva versio tai aiempi versio ei koskaan muutu, joten sillä kirjatut kohtaamiset säilyttävät kysymyksensä ja pisteensä.</translation>
    </message>
    <message>
        <source>What changed since the last version:</source>
        <translation>Muutokset edelliseen versioon:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ei muutoksia</translation>
    </message>
    <message>
        <source>Export the form</source>
        <translation>Vie lomake</translation>
    </message>
    <message>
        <source>YAML form (*.yaml)</source>
        <translation>YAML-lomake (*.yaml)</translation>
    </message>
    <message>
        <source>Form not exported</source>
        <translation>Lomaketta ei viety</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Tiedostoon {path} ei voi kirjoittaa: {reason}</translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation>Kyllä / Ei</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Arvio asteikolla</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Tunne</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Yksi vaihtoehto</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Useita vaihtoehtoja</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Luku</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ohjeteksti</translation>
    </message>
</context>
<context>
    <name>FormDiff</name>
    <message>
        <source>Form id changed from %1 to %2</source>
        <translation>Lomakkeen tunniste muuttui: %1 → %2</translation>
    </message>
    <message>
        <source>Title changed (%1)</source>
        <translation>Otsikko muuttui (%1)</translation>
    </message>
    <message>
        <source>Description changed (%1)</source>
        <translation>Kuvaus muuttui (%1)</translation>
    </message>
    <message>
        <source>Language %1 added</source>
        <translation>Kieli %1 lisätty</translation>
    </message>
    <message>
        <source>Language %1 removed</source>
        <translation>Kieli %1 poistettu</translation>
    </message>
    <message>
        <source>Default language changed from %1 to %2</source>
        <translation>Oletuskieli muuttui: %1 → %2</translation>
    </message>
    <message>
        <source>Languages reordered: %1</source>
        <translation>Kielten järjestys muuttui: %1</translation>
    </message>
    <message>
        <source>Channels changed from %1 to %2</source>
        <translation>Kanavat muuttuivat: %1 → %2</translation>
    </message>
    <message>
        <source>Dimension %1 added</source>
        <translation>Ulottuvuus %1 lisätty</translation>
    </message>
    <message>
        <source>Dimension %1 removed</source>
        <translation>Ulottuvuus %1 poistettu</translation>
    </message>
    <message>
        <source>Section %1 added</source>
        <translation>Osio %1 lisätty</translation>
    </message>
    <message>
        <source>Section %1 removed</source>
        <translation>Osio %1 poistettu</translation>
    </message>
    <message>
        <source>Section %1: title changed (%2)</source>
        <translation>Osio %1: otsikko muuttui (%2)</translation>
    </message>
    <message>
        <source>Section %1: description changed (%2)</source>
        <translation>Osio %1: kuvaus muuttui (%2)</translation>
    </message>
    <message>
        <source>Sections reordered</source>
        <translation>Osioiden järjestys muuttui</translation>
    </message>
    <message>
        <source>Question %1 added (section %2)</source>
        <translation>Kysymys %1 lisätty (osio %2)</translation>
    </message>
    <message>
        <source>Question %1 removed (section %2)</source>
        <translation>Kysymys %1 poistettu (osio %2)</translation>
    </message>
    <message>
        <source>%1: text changed (%2)</source>
        <translation>%1: teksti muuttui (%2)</translation>
    </message>
    <message>
        <source>%1: hint changed (%2)</source>
        <translation>%1: vihje muuttui (%2)</translation>
    </message>
    <message>
        <source>%1: hint added</source>
        <translation>%1: vihje lisätty</translation>
    </message>
    <message>
        <source>%1: hint removed</source>
        <translation>%1: vihje poistettu</translation>
    </message>
    <message>
        <source>%1: option %2 reworded (%3)</source>
        <translation>%1: vaihtoehdon %2 teksti muuttui (%3)</translation>
    </message>
    <message>
        <source>%1: scale label %2 changed (%3)</source>
        <translation>%1: asteikon nimike %2 muuttui (%3)</translation>
    </message>
    <message>
        <source>%1: type changed from %2 to %3</source>
        <translation>%1: tyyppi muuttui: %2 → %3</translation>
    </message>
    <message>
        <source>%1: points changed from %2 to %3</source>
        <translation>%1: pisteet muuttuivat: %2 → %3</translation>
    </message>
    <message>
        <source>%1: option %2 points changed from %3 to %4</source>
        <translation>%1: vaihtoehdon %2 pisteet muuttuivat: %3 → %4</translation>
    </message>
    <message>
        <source>%1: option %2 added</source>
        <translation>%1: vaihtoehto %2 lisätty</translation>
    </message>
    <message>
        <source>%1: option %2 removed</source>
        <translation>%1: vaihtoehto %2 poistettu</translation>
    </message>
    <message>
        <source>%1: options reordered</source>
        <translation>%1: vaihtoehtojen järjestys muuttui</translation>
    </message>
    <message>
        <source>%1: made critical</source>
        <translation>%1: merkitty kriittiseksi</translation>
    </message>
    <message>
        <source>%1: no longer critical</source>
        <translation>%1: ei enää kriittinen</translation>
    </message>
    <message>
        <source>%1: made required</source>
        <translation>%1: merkitty pakolliseksi</translation>
    </message>
    <message>
        <source>%1: no longer required</source>
        <translation>%1: ei enää pakollinen</translation>
    </message>
    <message>
        <source>%1: N/A allowed</source>
        <translation>%1: ”ei koske” sallittu</translation>
    </message>
    <message>
        <source>%1: N/A no longer allowed</source>
        <translation>%1: ”ei koske” ei enää sallittu</translation>
    </message>
    <message>
        <source>%1: scale changed from %2 to %3</source>
        <translation>%1: asteikko muuttui: %2 → %3</translation>
    </message>
    <message>
        <source>%1: target changed from %2 to %3</source>
        <translation>%1: tavoite muuttui: %2 → %3</translation>
    </message>
    <message>
        <source>%1: dimension changed from %2 to %3</source>
        <translation>%1: ulottuvuus muuttui: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4</source>
        <translation>%1: %2 muuttui: %3 → %4</translation>
    </message>
    <message>
        <source>%1: moved from section %2 to %3</source>
        <translation>%1: siirretty osiosta %2 osioon %3</translation>
    </message>
    <message>
        <source>%1: moved within section %2</source>
        <translation>%1: siirretty osion %2 sisällä</translation>
    </message>
    <message>
        <source>%1: now shown only if %2</source>
        <translation>%1: näytetään nyt vain, jos %2</translation>
    </message>
    <message>
        <source>%1: now always shown (was: if %2)</source>
        <translation>%1: näytetään nyt aina (oli: jos %2)</translation>
    </message>
    <message>
        <source>%1: shown if %2 (was: if %3)</source>
        <translation>%1: näytetään, jos %2 (oli: jos %3)</translation>
    </message>
</context>
<context>
    <name>FormsView</name>
    <message>
        <source>1 point</source>
        <translation>1 piste</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} pistettä</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Kohtaamiset</translation>
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
tunnus {id}, versio {version}
tuotu {date}</translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation>Kyllä / Ei</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Tunne</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Yksi vaihtoehto</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Useita vaihtoehtoja</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Luku</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ohjeteksti</translation>
    </message>
    <message>
        <source>{id} · version {version} · {questions} questions · up to {points} · channels: {channels} · languages: {languages}</source>
        <translation>{id} · versio {version} · kysymyksiä {questions} · enintään {points} · kanavat: {channels} · kielet: {languages}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ei koske</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>a number from {min} to {max}</source>
        <translation>luku väliltä {min}–{max}</translation>
    </message>
    <message>
        <source>a number, at least {min}</source>
        <translation>luku, vähintään {min}</translation>
    </message>
    <message>
        <source>a number, at most {max}</source>
        <translation>luku, enintään {max}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunteina</translation>
    </message>
    <message>
        <source>seconds, from the visit timer: {start} → {end}</source>
        <translation>sekunteina, ajanotosta: {start} → {end}</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>vapaa teksti</translation>
    </message>
    <message>
        <source>Rating {low}–{high}</source>
        <translation>Asteikko {low}–{high}</translation>
    </message>
    <message>
        <source>full points at {target} s or less</source>
        <translation>täydet pisteet, kun enintään {target} s</translation>
    </message>
    <message>
        <source>not scored: counts towards Net Uplift</source>
        <translation>ei pisteytetä: lasketaan Net Uplift -lukuun</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ei pisteytetä</translation>
    </message>
    <message>
        <source>dimension: {dimension}</source>
        <translation>ulottuvuus: {dimension}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>pakollinen</translation>
    </message>
    <message>
        <source>critical: no points flags the visit</source>
        <translation>kriittinen: 0 pistettä merkitsee käynnille kriittisen virheen</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>”Ei koske” sallittu</translation>
    </message>
    <message>
        <source>Shown only under a condition</source>
        <translation>Näytetään vain ehdolla</translation>
    </message>
    <message>
        <source>{number}. “{text}”</source>
        <translation>{number}. ”{text}”</translation>
    </message>
    <message>
        <source>is {values}</source>
        <translation>on {values}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> tai </translation>
    </message>
    <message>
        <source>includes {values}</source>
        <translation>sisältää vaihtoehdon {values}</translation>
    </message>
    <message>
        <source>is {value}</source>
        <translation>on {value}</translation>
    </message>
    <message>
        <source>includes {value}</source>
        <translation>sisältää vaihtoehdon {value}</translation>
    </message>
    <message>
        <source>is answered and is not {value}</source>
        <translation>on annettu eikä se ole {value}</translation>
    </message>
    <message>
        <source>is answered without {value}</source>
        <translation>on annettu eikä se sisällä vaihtoehtoa {value}</translation>
    </message>
    <message>
        <source>Shown only when {question} {condition}</source>
        <translation>Näytetään vain, kun vastaus kysymykseen {question} {condition}</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Lomakkeet</translation>
    </message>
    <message>
        <source>The questionnaires observers fill in. A changed form is imported as a new version; encounters keep the version they were recorded with.</source>
        <translation>Havainnoijien täyttämät kyselylomakkeet. Muutettu lomake tuodaan uutena versiona; kohtaamiset säilyttävät version, jolla ne kirjattiin.</translation>
    </message>
    <message>
        <source>Import form…</source>
        <translation>Tuo lomake…</translation>
    </message>
    <message>
        <source>Import a form from a YAML file (.yaml, .yml) or an XLSForm (.xlsx). You can also drop the file here.</source>
        <translation>Tuo lomake YAML-tiedostosta (.yaml, .yml) tai XLSForm-lomakkeesta (.xlsx). Voit myös pudottaa tiedoston tähän.</translation>
    </message>
    <message>
        <source>&amp;New form…</source>
        <translation>&amp;Uusi lomake…</translation>
    </message>
    <message>
        <source>Build a new form from a template (Ctrl+Shift+N)</source>
        <translation>Rakenna uusi lomake mallipohjasta (Ctrl+Vaihto+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Edit the selected form in the builder (Ctrl+Shift+E); a version with encounters is saved as a new version</source>
        <translation>Muokkaa valittua lomaketta lomakerakentimessa (Ctrl+Vaihto+E); versio, jolla on kohtaamisia, tallentuu uutena versiona</translation>
    </message>
    <message>
        <source>&amp;Edit / new version…</source>
        <translation>&amp;Muokkaa / uusi versio…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Kopioi…</translation>
    </message>
    <message>
        <source>Import into the &amp;builder…</source>
        <translation>Tuo &amp;lomakerakentimeen…</translation>
    </message>
    <message>
        <source>E&amp;xport to YAML…</source>
        <translation>&amp;Vie YAML-tiedostoksi…</translation>
    </message>
    <message>
        <source>&amp;New encounter with this form</source>
        <translation>&amp;Uusi kohtaaminen tällä lomakkeella</translation>
    </message>
    <message>
        <source>Open a form in the builder</source>
        <translation>Avaa lomake lomakerakentimessa</translation>
    </message>
    <message>
        <source>Forms (*.yaml *.yml *.xlsx);;All files (*)</source>
        <translation>Lomakkeet (*.yaml *.yml *.xlsx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Esikatselun kieli</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Kie&amp;li:</translation>
    </message>
    <message>
        <source>Select a form to see it as the observer will.</source>
        <translation>Valitse lomake nähdäksesi sen niin kuin havainnoija sen näkee.</translation>
    </message>
    <message>
        <source>Preview: as the observer sees it</source>
        <translation>Esikatselu: niin kuin havainnoija sen näkee</translation>
    </message>
    <message>
        <source>Export the form</source>
        <translation>Vie lomake</translation>
    </message>
    <message>
        <source>YAML form (*.yaml)</source>
        <translation>YAML-lomake (*.yaml)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Viety tiedostoon {path}</translation>
    </message>
    <message>
        <source>Import a form</source>
        <translation>Tuo lomake</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Before the change of %1</source>
        <translation>Ennen muutosta %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <source>no summary</source>
        <translation>ei yhteenvetoa</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Answer then</source>
        <translation>Silloinen vastaus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Reason for return</source>
        <translation>Palautuksen syy</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Reviewer note</source>
        <translation>Tarkastajan huomio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ei koske</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Type to find or add a location</source>
        <translation>Hae tai lisää toimipiste kirjoittamalla</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Region (optional)</source>
        <translation>Alue (valinnainen)</translation>
    </message>
    <message>
        <source>Region of the new location</source>
        <translation>Uuden toimipisteen alue</translation>
    </message>
    <message>
        <source>&amp;Add location</source>
        <translation>Lis&amp;ää toimipiste</translation>
    </message>
    <message>
        <source>+ Add “{name}” as a new location…</source>
        <translation>+ Lisää ”{name}” uudeksi toimipisteeksi…</translation>
    </message>
    <message>
        <source>“{name}” is not in your locations yet. Add it?</source>
        <translation>”{name}” ei ole vielä toimipisteissäsi. Lisätäänkö se?</translation>
    </message>
    <message>
        <source>Several locations are called “{name}”: pick one from the list.</source>
        <translation>Useamman toimipisteen nimi on ”{name}”: valitse yksi luettelosta.</translation>
    </message>
    <message>
        <source>Could not add the location: {error}</source>
        <translation>Toimipistettä ei voitu lisätä: {error}</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Kohtaamiset</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Viimeisin käynti</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit</source>
        <translation>Muokkaa kaksoisnapsauttamalla tai F2-näppäimellä</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Toimipisteet</translation>
    </message>
    <message>
        <source>The places observers visit. Double-click a name or region to change it; select two or more rows to merge duplicates.</source>
        <translation>Paikat, joissa havainnoijat asioivat. Muuta nimeä tai aluetta kaksoisnapsauttamalla; yhdistä kaksoiskappaleet valitsemalla kaksi riviä tai useampia.</translation>
    </message>
    <message>
        <source>Name, e.g. Kamppi store</source>
        <translation>Nimi, esim. Kampin myymälä</translation>
    </message>
    <message>
        <source>New location name</source>
        <translation>Uuden toimipisteen nimi</translation>
    </message>
    <message>
        <source>Region (optional)</source>
        <translation>Alue (valinnainen)</translation>
    </message>
    <message>
        <source>New location region</source>
        <translation>Uuden toimipisteen alue</translation>
    </message>
    <message>
        <source>Add location</source>
        <translation>Lisää toimipiste</translation>
    </message>
    <message>
        <source>Filter by name or region</source>
        <translation>Rajaa nimen tai alueen mukaan</translation>
    </message>
    <message>
        <source>Filter locations</source>
        <translation>Rajaa toimipisteitä</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Edit the selected location&apos;s name (F2)</source>
        <translation>Muokkaa valitun toimipisteen nimeä (F2)</translation>
    </message>
    <message>
        <source>Set region…</source>
        <translation>Aseta alue…</translation>
    </message>
    <message>
        <source>Set the region of the selected locations</source>
        <translation>Aseta valittujen toimipisteiden alue</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Yhdistä…</translation>
    </message>
    <message>
        <source>Merge the selected locations into one: their encounters move to the one you keep</source>
        <translation>Yhdistä valitut toimipisteet yhdeksi: niiden kohtaamiset siirtyvät säilytettävään toimipisteeseen</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Delete the selected location and every encounter made there (on request)</source>
        <translation>Poista valittu toimipiste ja kaikki siellä kirjatut kohtaamiset (pyynnöstä)</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>Lisää toimipiste</translation>
    </message>
    <message>
        <source>Show &amp;encounters</source>
        <translation>Näytä &amp;kohtaamiset</translation>
    </message>
    <message>
        <source>“{name}” is already in the list.</source>
        <translation>”{name}” on jo luettelossa.</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>Lisätty ”{name}”.</translation>
    </message>
    <message>
        <source>Set region</source>
        <translation>Aseta alue</translation>
    </message>
    <message numerus="yes">
        <source>Region for the %n selected locations:</source>
        <translation>
            <numerusform>Valitun toimipisteen alue:</numerusform>
            <numerusform>Alue %n valitulle toimipisteelle:</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Ei tallennettu: {reason}</translation>
    </message>
    <message>
        <source>Not merged: {reason}</source>
        <translation>Ei yhdistetty: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Merged {count} location(s) into “{name}”; %Ln encounters moved.</source>
        <translation>
            <numerusform>Yhdistetty toimipisteeseen ”{name}”: toimipisteitä {count}, siirrettyjä kohtaamisia %Ln.</numerusform>
            <numerusform>Yhdistetty toimipisteeseen ”{name}”: toimipisteitä {count}, siirrettyjä kohtaamisia %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not erased: {reason}</source>
        <translation>Ei poistettu: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Erased “{name}” and %Ln encounters.</source>
        <translation>
            <numerusform>Poistettiin ”{name}” ja %Ln kohtaaminen.</numerusform>
            <numerusform>Poistettiin ”{name}” ja %Ln kohtaamista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Encounters</source>
        <translation>Kohtaamiset</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Tarkastettavat</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Lomakkeet</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Toimipisteet</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Hetket</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrointi</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>mysteryshop</source>
        <translation>mysteryshop</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigointi</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New encounter</source>
        <translation>&amp;Uusi kohtaaminen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Tu&amp;o…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>&amp;Roskakori…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Takaisin</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Eteenpäin</translation>
    </message>
    <message>
        <source>S&amp;ync with team server</source>
        <translation>S&amp;ynkronoi tiimin palvelimen kanssa</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Synkronoinnin &amp;ristiriidat…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mysteryshop {version}&lt;/h3&gt;&lt;p&gt;Record service encounters, review them, and see how locations do — greeting, smile, presence, helpfulness, and whether customers leave uplifted or diminished (Net Uplift).&lt;/p&gt;&lt;p&gt;Keyboard: Ctrl+N new encounter, Ctrl+S save, Ctrl+F find, Ctrl+I import, Ctrl+E export, Ctrl+1…9 and Ctrl+0 the views in the list&apos;s order, F9 show or hide the list, Ctrl+Q quit.&lt;/p&gt;&lt;p&gt;To review: A approve, R return, S skip, Alt+Left back; Ctrl+Shift+P inserts a saved phrase into a note.&lt;/p&gt;&lt;p&gt;Action items: Ins new, F2 edit, Ctrl+D done, Ctrl+Shift+D drop, Ctrl+R reopen.&lt;/p&gt;&lt;p&gt;Data: {location}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mysteryshop {version}&lt;/h3&gt;&lt;p&gt;Kirjaa palvelukohtaamiset, tarkasta ne ja seuraa toimipisteiden onnistumista – tervehdys, hymy, läsnäolo, avuliaisuus ja se, jättääkö käynti asiakkaalle kohottavan vai lannistavan tunteen (Net Uplift).&lt;/p&gt;&lt;p&gt;Näppäimistö: Ctrl+N uusi kohtaaminen, Ctrl+S tallenna, Ctrl+F etsi, Ctrl+I tuo, Ctrl+E vie, Ctrl+1…9 ja Ctrl+0 näkymät luettelon järjestyksessä, F9 näytä tai piilota luettelo, Ctrl+Q lopeta.&lt;/p&gt;&lt;p&gt;Tarkastettavat: A hyväksy, R palauta, S ohita, Alt+Vasen takaisin; Ctrl+Shift+P lisää tallennetun fraasin muistiinpanoon.&lt;/p&gt;&lt;p&gt;Toimenpiteet: Ins uusi, F2 muokkaa, Ctrl+D tehty, Ctrl+Shift+D peru, Ctrl+R avaa uudelleen.&lt;/p&gt;&lt;p&gt;Tiedot: {location}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the encounter log: Delete discards the selected draft or deletes the selected encounter (with a reason); right-click for more. Both go to the trash (File ▸ Trash…) for {days} days.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kohtaamislokissa: Delete hylkää valitun luonnoksen tai poistaa valitun kohtaamisen (syy kysytään); hiiren oikealla painikkeella saat lisää toimintoja. Molemmat menevät roskakoriin (Tiedosto ▸ Roskakori…) {days} päiväksi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Alt+Left and Alt+Right (or the mouse&apos;s back and forward buttons) go back and forward between the pages shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alt+Vasen ja Alt+Oikea (tai hiiren Takaisin- ja Eteenpäin-painikkeet) siirtyvät takaisin ja eteenpäin avattujen näkymien välillä.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Visit timer in the editor, from any field: {keys}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ajanotto kohtaamista kirjatessa, mistä tahansa kentästä: {keys}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ctrl+Shift+S syncs with the team server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ctrl+Shift+S synkronoi tiimin palvelimen kanssa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Find encounters…</source>
        <translation>&amp;Etsi kohtaamisia…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Navigation list</source>
        <translation>&amp;Navigointiluettelo</translation>
    </message>
    <message>
        <source>&amp;About mysteryshop</source>
        <translation>&amp;Tietoja mysteryshopista</translation>
    </message>
    <message>
        <source>Encounter submitted.</source>
        <translation>Kohtaaminen lähetetty.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>About mysteryshop</source>
        <translation>Tietoja mysteryshopista</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge locations</source>
        <translation>Yhdistä toimipisteet</translation>
    </message>
    <message>
        <source>Merge {count} locations into one. Which one should stay?</source>
        <translation>Yhdistetään {count} toimipistettä yhdeksi. Mikä niistä säilytetään?</translation>
    </message>
    <message numerus="yes">
        <source>{name} — {region} — %Ln encounters</source>
        <translation>
            <numerusform>{name} – {region} – %Ln kohtaaminen</numerusform>
            <numerusform>{name} – {region} – %Ln kohtaamista</numerusform>
        </translation>
    </message>
    <message>
        <source>no region</source>
        <translation>ei aluetta</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
    <message numerus="yes">
        <source>%Ln encounters from the other {others} location(s) will move to “{name}”, and those locations will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Muista valituista toimipisteistä ({others}) siirtyy %Ln kohtaaminen toimipisteeseen ”{name}”, ja muut toimipisteet poistetaan. Tätä ei voi perua.</numerusform>
            <numerusform>Muista valituista toimipisteistä ({others}) siirtyy %Ln kohtaamista toimipisteeseen ”{name}”, ja muut toimipisteet poistetaan. Tätä ei voi perua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MomentsView</name>
    <message>
        <source>Moments worth repeating</source>
        <translation>Toistamisen arvoiset hetket</translation>
    </message>
    <message>
        <source>Visits a reviewer tagged best practice, and the notes of visits that left the observer clearly uplifted: the stories to tell the teams, and to thank them for. Enter opens the visit.</source>
        <translation>Käynnit, jotka tarkastaja merkitsi hyväksi käytännöksi, ja selvästi kohottavien käyntien muistiinpanot: tarinat, jotka kannattaa kertoa tiimeille – ja joista kiittää. Enter avaa käynnin.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valitut päivät</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <source>Visited from</source>
        <translation>Käyntipäivä alkaen</translation>
    </message>
    <message>
        <source>Visited until</source>
        <translation>Käyntipäivä viimeistään</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Leave out staff</source>
        <translation>Jätä henkilökunta pois</translation>
    </message>
    <message>
        <source>Show no staff descriptions here, and make the PDF anonymized (no observer aliases or staff descriptions, times to the hour).</source>
        <translation>Älä näytä henkilökunnan kuvauksia täällä, ja tee PDF:stä anonymisoitu (ei havainnoijien nimimerkkejä eikä henkilökunnan kuvauksia, ajat tunnin tarkkuudella).</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Tallenna PDF…</translation>
    </message>
    <message>
        <source>The moments shown, grouped by location, as a short PDF (Alt+S)</source>
        <translation>Näytetyt hetket toimipisteittäin lyhyenä PDF-tiedostona (Alt+T)</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Hetket</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Näytä lisää</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Kaikki toimipisteet</translation>
    </message>
    <message numerus="yes">
        <source>%n moments</source>
        <translation>
            <numerusform>%n hetki</numerusform>
            <numerusform>%n hetkeä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 moments shown</source>
        <translation>%1 / %2 hetkeä näkyvissä</translation>
    </message>
    <message>
        <source>No moments match these filters.</source>
        <translation>Mikään hetki ei vastaa näitä suodattimia.</translation>
    </message>
    <message>
        <source>No moments yet. Tag a visit best practice in its review, or record how a visit left you feeling: clearly uplifted visits with notes show here.</source>
        <translation>Ei vielä hetkiä. Merkitse käynti tarkastuksessa hyväksi käytännöksi tai kirjaa, miltä käynti tuntui: selvästi kohottavat käynnit, joissa on muistiinpanoja, näkyvät täällä.</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Ei muistiinpanoja</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Henkilökunta: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>No notes: tagged best practice by the reviewer.</source>
        <translation>Ei muistiinpanoja: tarkastaja merkitsi käynnin hyväksi käytännöksi.</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Tarkastaja: %1</translation>
    </message>
    <message>
        <source>Save the moments as</source>
        <translation>Tallenna hetket nimellä</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
</context>
<context>
    <name>NewFormDialog</name>
    <message>
        <source>Duplicate {title}</source>
        <translation>Kopioi {title}</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>Uusi lomake</translation>
    </message>
    <message>
        <source>e.g. store-visit</source>
        <translation>esim. myymalakaynti</translation>
    </message>
    <message>
        <source>e.g. Store visit</source>
        <translation>esim. Myymäläkäynti</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Pohja:</translation>
    </message>
    <message>
        <source>Form &amp;id:</source>
        <translation>Lomakkeen &amp;tunniste:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>An id has small letters a–z, digits and hyphens, e.g. store-visit</source>
        <translation>Tunnisteessa on pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä, esim. myymala-kaynti</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>Creating the report…</source>
        <translation>Luodaan raporttia…</translation>
    </message>
    <message>
        <source>Could not create the report: {reason}</source>
        <translation>Raporttia ei voitu luoda: {reason}</translation>
    </message>
</context>
<context>
    <name>PhraseButton</name>
    <message>
        <source>%1 (missed)</source>
        <translation>%1 (jäi täyttymättä)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
    <message>
        <source>Phrase… (%1)</source>
        <translation>Fraasi… (%1)</translation>
    </message>
    <message>
        <source>Insert a saved phrase from the comment library (%1; then 1–9). Edit the library in Settings.</source>
        <translation>Lisää tallennettu fraasi kommenttikirjastosta (%1, sitten 1–9). Kirjastoa muokataan asetuksissa.</translation>
    </message>
    <message>
        <source>Insert a phrase</source>
        <translation>Lisää fraasi</translation>
    </message>
    <message>
        <source>No saved phrases yet: add some in Settings › Comment library</source>
        <translation>Ei vielä tallennettuja fraaseja: lisää niitä kohdassa Asetukset › Kommenttikirjasto</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview: try it as the observer</source>
        <translation>Esikatselu: kokeile havainnoijana</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Esikatselun kieli</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>The preview shows the last version without problems.</source>
        <translation>Esikatselu näyttää viimeisimmän ongelmattoman version.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message>
        <source>This cannot be undone. Copies made earlier keep the data until they are pruned, {days} days after they were made: backups, and database files set aside by a restore. Files you exported and reports you wrote keep it too.</source>
        <translation>Tätä ei voi perua. Aiemmin tehdyissä kopioissa tiedot säilyvät, kunnes kopiot poistuvat {days} päivän kuluttua niiden tekemisestä: varmuuskopioissa ja palautuksessa sivuun siirretyissä tietokantatiedostoissa. Tiedot säilyvät myös aiemmin viedyissä tiedostoissa ja luoduissa raporteissa.</translation>
    </message>
    <message>
        <source>Delete old encounters</source>
        <translation>Poista vanhat kohtaamiset</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln encounter(s) older than {months} months?</source>
        <translation>
            <numerusform>Poistetaanko %Ln kohtaaminen, joka on yli {months} kk vanha?</numerusform>
            <numerusform>Poistetaanko %Ln kohtaamista, jotka ovat yli {months} kk vanhoja?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every encounter visited before {day} goes, with its answers, scores, tags, history and attachments. Then the database file is rewritten so the deleted text does not linger in it.</source>
        <translation>Kaikki ennen päivää {day} tehdyt kohtaamiset poistetaan vastauksineen, tuloksineen, tunnisteineen, historioineen ja liitteineen. Sen jälkeen tietokantatiedosto kirjoitetaan uudelleen, jotta poistettu teksti ei jää siihen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Erase a location</source>
        <translation>Poista toimipiste</translation>
    </message>
    <message numerus="yes">
        <source>Erase “{name}” and its %Ln encounter(s)?</source>
        <translation>
            <numerusform>Poistetaanko ”{name}” ja sen %Ln kohtaaminen?</numerusform>
            <numerusform>Poistetaanko ”{name}” ja sen %Ln kohtaamista?</numerusform>
        </translation>
    </message>
    <message>
        <source>The location and every encounter made there go, with their answers, scores, tags, history and attachments. They will not appear in reports or exports.</source>
        <translation>Toimipiste ja kaikki siellä kirjatut kohtaamiset poistetaan vastauksineen, tuloksineen, tunnisteineen, historioineen ja liitteineen. Ne eivät näy raporteissa eivätkä vientitiedostoissa.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Erase an observer alias</source>
        <translation>Poista havainnoijan nimimerkki</translation>
    </message>
    <message numerus="yes">
        <source>Remove the alias “{alias}” from %Ln encounter(s)?</source>
        <translation>
            <numerusform>Poistetaanko nimimerkki ”{alias}” %Ln kohtaamisesta?</numerusform>
            <numerusform>Poistetaanko nimimerkki ”{alias}” %Ln kohtaamisesta?</numerusform>
        </translation>
    </message>
    <message>
        <source>The encounters stay (they describe the location&apos;s service) but no longer say who observed them, in their history too, and the alias is deleted.</source>
        <translation>Kohtaamiset säilyvät (ne kuvaavat toimipisteen palvelua), mutta niistä ei enää näy, kuka ne havainnoi – ei myöskään historiassa – ja nimimerkki poistetaan.</translation>
    </message>
    <message>
        <source>Deleting old encounters…</source>
        <translation>Poistetaan vanhoja kohtaamisia…</translation>
    </message>
    <message>
        <source>Erasing “{name}”…</source>
        <translation>Poistetaan ”{name}”…</translation>
    </message>
    <message>
        <source>Erasing the alias “{alias}”…</source>
        <translation>Poistetaan nimimerkkiä ”{alias}”…</translation>
    </message>
    <message>
        <source>Another program is reading the database, so the deleted text stays in the file until it closes it. Close other mysteryshop windows and commands, then run “{command}”.</source>
        <translation>Toinen ohjelma lukee tietokantaa, joten poistettu teksti säilyy tiedostossa, kunnes ohjelma sulkee sen. Sulje muut mysteryshop-ikkunat ja -komennot ja suorita sitten ”{command}”.</translation>
    </message>
    <message>
        <source>The disk is full, and the deleted text may stay in the database file until it is rewritten. Free some space, then run “{command}”.</source>
        <translation>Levy on täynnä, ja poistettu teksti voi säilyä tietokantatiedostossa, kunnes se kirjoitetaan uudelleen. Vapauta tilaa ja suorita sitten ”{command}”.</translation>
    </message>
    <message>
        <source>The database file could not be rewritten ({detail}), and the deleted text may stay in it. Run “{command}” later.</source>
        <translation>Tietokantatiedostoa ei voitu kirjoittaa uudelleen ({detail}), ja poistettu teksti voi säilyä siinä. Suorita ”{command}” myöhemmin.</translation>
    </message>
    <message>
        <source>Space not reclaimed</source>
        <translation>Tilaa ei vapautettu</translation>
    </message>
    <message>
        <source>The data was deleted, but the space was not reclaimed.</source>
        <translation>Tiedot poistettiin, mutta tilaa ei vapautettu.</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Required</source>
        <translation>Pakollinen</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>To review</source>
        <translation>Tarkastettavat</translation>
    </message>
    <message>
        <source>← Previous (%1)</source>
        <translation>← Edellinen (%1)</translation>
    </message>
    <message>
        <source>Back to the encounter shown before</source>
        <translation>Takaisin edellisenä näytettyyn kohtaamiseen</translation>
    </message>
    <message>
        <source>Skip (%1)</source>
        <translation>Ohita (%1)</translation>
    </message>
    <message>
        <source>Leave this one for later and show the next</source>
        <translation>Jätä tämä myöhemmäksi ja näytä seuraava</translation>
    </message>
    <message>
        <source>Approve (%1)</source>
        <translation>Hyväksy (%1)</translation>
    </message>
    <message>
        <source>Return… (%1)</source>
        <translation>Palauta… (%1)</translation>
    </message>
    <message>
        <source>Back to the encounters (Esc)</source>
        <translation>Takaisin kohtaamisiin (Esc)</translation>
    </message>
    <message>
        <source>Go through the skipped ones</source>
        <translation>Käy ohitetut läpi</translation>
    </message>
    <message>
        <source>Show every submitted encounter</source>
        <translation>Näytä kaikki lähetetyt kohtaamiset</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln odottaa</numerusform>
            <numerusform>%Ln odottaa</numerusform>
        </translation>
    </message>
    <message>
        <source>this one: %1</source>
        <translation>tämä: %1</translation>
    </message>
    <message>
        <source>filtered like the encounters</source>
        <translation>rajattu kuten kohtaamiset</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Ei tarkastettavaa</translation>
    </message>
    <message numerus="yes">
        <source>You skipped %Ln.</source>
        <translation>
            <numerusform>%Ln ohitettu.</numerusform>
            <numerusform>%Ln ohitettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filter set in Encounters hides %Ln submitted encounters.</source>
        <translation>
            <numerusform>Kohtaamisten rajaus piilottaa %Ln lähetetyn kohtaamisen.</numerusform>
            <numerusform>Kohtaamisten rajaus piilottaa %Ln lähetettyä kohtaamista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every submitted encounter has been reviewed.</source>
        <translation>Kaikki lähetetyt kohtaamiset on tarkastettu.</translation>
    </message>
    <message>
        <source>This encounter is %1: it cannot be approved.</source>
        <translation>Kohtaamisen tila on %1: sitä ei voi hyväksyä.</translation>
    </message>
    <message>
        <source>This encounter is %1: it cannot be returned.</source>
        <translation>Kohtaamisen tila on %1: sitä ei voi palauttaa.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln waiting</source>
        <translation>
            <numerusform>%1: %Ln odottaa</numerusform>
            <numerusform>%1: %Ln odottaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Delete encounter</source>
        <translation>Poista kohtaaminen</translation>
    </message>
    <message>
        <source>The encounter goes to the trash, where it can be restored for {days} days; then it is deleted for good. The reason is kept for the audit, with who deleted it and when.</source>
        <translation>Kohtaaminen siirtyy roskakoriin, josta sen voi ottaa takaisin {days} päivän ajan; sen jälkeen se poistetaan lopullisesti. Syy säilytetään kirjanpitoa varten, samoin kuka poisti ja milloin.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>e.g. recorded twice, test visit, wrong store</source>
        <translation>esim. kirjattu kahdesti, testikäynti, väärä toimipiste</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>PDF reports to hand out: one visit for the store manager, a summary for leadership, a coaching report for trainers.</source>
        <translation>Jaettavat PDF-raportit: yksittäinen käynti myymäläpäällikölle, yhteenveto johdolle ja valmennusraportti kouluttajille.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Käyntiraportti</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Yhteenvetoraportti</translation>
    </message>
    <message>
        <source>Coaching report</source>
        <translation>Valmennusraportti</translation>
    </message>
    <message>
        <source>Moments worth repeating</source>
        <translation>Toistamisen arvoiset hetket</translation>
    </message>
    <message>
        <source>Anonymized: leave out observers and staff</source>
        <translation>Anonymisoitu: ilman havainnoijia ja henkilökuntaa</translation>
    </message>
    <message>
        <source>No observer aliases, staff descriptions, reviewers, pictures or attachment names in the PDF, and times only to the hour. Notes and other free text stay as written.</source>
        <translation>PDF:ssä ei ole havainnoijien nimimerkkejä, henkilökunnan kuvauksia, tarkastajia, kuvia eikä liitteiden nimiä, ja kellonajat ovat vain tunnin tarkkuudella. Muistiinpanot ja muu vapaa teksti säilyvät sellaisinaan.</translation>
    </message>
    <message>
        <source>Name the observer</source>
        <translation>Näytä havainnoijan nimimerkki</translation>
    </message>
    <message>
        <source>Print the observer&apos;s alias on the visit report. Leave it off for a report that goes to the store: it would reveal the mystery shopper.</source>
        <translation>Tulosta havainnoijan nimimerkki käyntiraporttiin. Jätä se pois raportista, joka menee myymälään: se paljastaisi haamuasioijan.</translation>
    </message>
    <message>
        <source>Create PDF…</source>
        <translation>Luo PDF…</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Kohtaaminen</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Käyntipäivä</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vertailukohta</translation>
    </message>
    <message>
        <source>Visits per location</source>
        <translation>Käyntejä toimipisteittäin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Choose a recent encounter or paste an encounter id</source>
        <translation>Valitse tuore kohtaaminen tai liitä kohtaamisen tunnus</translation>
    </message>
    <message>
        <source>Submitted and approved</source>
        <translation>Lähetetyt ja hyväksytyt</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Submitted only</source>
        <translation>Vain lähetetyt</translation>
    </message>
    <message>
        <source>Approved only</source>
        <translation>Vain hyväksytyt</translation>
    </message>
    <message>
        <source>Returned only</source>
        <translation>Vain palautetut</translation>
    </message>
    <message>
        <source>Drafts only</source>
        <translation>Vain luonnokset</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Alla olevat päivät</translation>
    </message>
    <message>
        <source>The previous period (month, quarter, year)</source>
        <translation>Edellinen jakso (kuukausi, neljännes, vuosi)</translation>
    </message>
    <message>
        <source>The same dates a year earlier</source>
        <translation>Samat päivät vuotta aiemmin</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ei vertailua</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>How many visits of each kind each location shows at most; 0: all of them.</source>
        <translation>Kuinka monta kunkin lajin käyntiä kustakin toimipisteestä näytetään enintään; 0: kaikki.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>aikaisintaan</translation>
    </message>
    <message>
        <source>to</source>
        <translation>viimeistään</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Kaikki lomakkeet</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Kaikki alueet</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Kaikki toimipisteet</translation>
    </message>
    <message>
        <source>One encounter laid out like its form: every answer with its points, the timeline, the feeling, the notes and how the score was computed.</source>
        <translation>Yksi kohtaaminen lomakkeen mukaisessa järjestyksessä: jokainen vastaus pisteineen, aikajana, tunne, muistiinpanot ja tuloksen laskutapa.</translation>
    </message>
    <message>
        <source>Headline figures against the previous period, trends, dimensions, feelings, the location ranking, question-by-question results and the moments worth repeating. Never shows staff descriptions.</source>
        <translation>Pääluvut edelliseen jaksoon verrattuina, kehitys, ulottuvuudet, tunteet, toimipisteiden järjestys, kysymyskohtaiset tulokset ja toistamisen arvoiset hetket. Ei koskaan näytä henkilökunnan kuvauksia.</translation>
    </message>
    <message>
        <source>The behaviours most often missed, then each location&apos;s most instructive visits tagged best practice or needs coaching (at most %1 of each), with the answers that earned less than full points, the notes, prompts for discussion and a sign-off block. Contains staff descriptions: for coaching, not discipline.</source>
        <translation>Useimmin vajaaksi jääneet toimintatavat ja sen jälkeen kunkin toimipisteen opettavaisimmat käynnit, joilla on tunniste hyvä käytäntö tai vaatii valmennusta (kumpaakin enintään %1), vastaukset, joista ei saatu täysiä pisteitä, muistiinpanot, kysymyksiä keskusteltavaksi ja kuittausosio. Sisältää henkilökunnan kuvauksia: valmennukseen, ei kurinpitoon.</translation>
    </message>
    <message>
        <source>The stories to tell in a team meeting: visits tagged best practice and the notes of clearly uplifted visits, grouped by location (the best %1 of each). Contains staff descriptions unless anonymized, as the coaching report does. The Moments page searches them.</source>
        <translation>Tarinat tiimipalaveriin: hyväksi käytännöksi merkityt käynnit ja selvästi kohottavien käyntien muistiinpanot toimipisteittäin (kustakin %1 parasta). Sisältää henkilökunnan kuvaukset, ellei raporttia anonymisoida, kuten valmennusraporttikin. Hetket-sivulla niitä voi hakea.</translation>
    </message>
    <message>
        <source>Choose an encounter for the visit report first.</source>
        <translation>Valitse ensin kohtaaminen käyntiraporttia varten.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Tallenna raportti nimellä</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Some text could not be printed as written:</source>
        <translation>Osaa tekstistä ei voitu tulostaa sellaisenaan:</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return encounter</source>
        <translation>Palauta kohtaaminen</translation>
    </message>
    <message>
        <source>Why does this encounter go back to the observer? They will see your reason when they open it again.</source>
        <translation>Miksi kohtaaminen palautetaan havainnoijalle? Havainnoija näkee perustelusi, kun avaa kohtaamisen uudelleen.</translation>
    </message>
    <message>
        <source>e.g. The greeting wait has no time noted; please add it from your notes.</source>
        <translation>esim. Tervehdyksen odotusaika puuttuu; lisää se muistiinpanojesi perusteella.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Return it (Ctrl+Enter)</source>
        <translation>Palauta (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>status %1 → %2</source>
        <translation>tila %1 → %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>syy: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>muutettu: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>tekijä: %1</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>vastaukset</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>muistiinpanot</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>henkilökunnan kuvaus</translation>
    </message>
    <message>
        <source>time of visit</source>
        <translation>käynnin aika</translation>
    </message>
    <message>
        <source>location</source>
        <translation>toimipiste</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanava</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>havainnoija</translation>
    </message>
    <message>
        <source>visit timer</source>
        <translation>ajanotto</translation>
    </message>
    <message>
        <source>form version</source>
        <translation>lomakkeen versio</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>tarkastaja</translation>
    </message>
    <message>
        <source>an unknown reviewer</source>
        <translation>tuntematon tarkastaja</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Takaisin</translation>
    </message>
    <message>
        <source>Back to the encounters (Esc)</source>
        <translation>Takaisin kohtaamisiin (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit answers</source>
        <translation>Muokkaa &amp;vastauksia</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Palauta…</translation>
    </message>
    <message>
        <source>Send it back to the observer with a reason</source>
        <translation>Palauta havainnoijalle perustelun kera</translation>
    </message>
    <message>
        <source>Action i&amp;tem…</source>
        <translation>&amp;Toimenpide…</translation>
    </message>
    <message>
        <source>Make an action item at this location from what the visit found</source>
        <translation>Tee tälle toimipisteelle toimenpide käynnin havainnoista</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>PD&amp;F…</translation>
    </message>
    <message>
        <source>The visit report of this encounter (Alt+P)</source>
        <translation>Tämän kohtaamisen käyntiraportti (Alt+F)</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Käyntiraportti</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Hyväksy</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkastus</translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation>Muut tunnisteet</translation>
    </message>
    <message>
        <source>e.g. new-staff, rush-hour</source>
        <translation>esim. perehdytettävä, ruuhka</translation>
    </message>
    <message>
        <source>Reviewer note</source>
        <translation>Tarkastajan huomio</translation>
    </message>
    <message>
        <source>What to praise, what to coach. The observer and store managers may read it.</source>
        <translation>Mistä kiittää, mitä valmentaa. Havainnoija ja myymäläpäälliköt voivat lukea tämän.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Tallenna huomio</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <source>Double-click a change to see the answers before it</source>
        <translation>Kaksoisnapsauta muutosta nähdäksesi sitä edeltäneet vastaukset</translation>
    </message>
    <message>
        <source>This encounter no longer exists.</source>
        <translation>Kohtaamista ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>Observer&apos;s notes</source>
        <translation>Havainnoijan muistiinpanot</translation>
    </message>
    <message>
        <source>Unknown location</source>
        <translation>Tuntematon toimipiste</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versio %2</translation>
    </message>
    <message>
        <source>Observer: %1</source>
        <translation>Havainnoija: %1</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Henkilökunta: %1</translation>
    </message>
    <message>
        <source>Calibration session: %1</source>
        <translation>Kalibrointikerta: %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1/%2 pistettä</translation>
    </message>
    <message>
        <source>Left feeling</source>
        <translation>Käynnin jättämä tunne</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>Critical questions</source>
        <translation>Kriittiset kysymykset</translation>
    </message>
    <message>
        <source>⚠ Critical failure</source>
        <translation>⚠ Kriittinen virhe</translation>
    </message>
    <message>
        <source>✓ None failed</source>
        <translation>✓ Ei kriittisiä virheitä</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Ulottuvuudet</translation>
    </message>
    <message>
        <source>Approve a returned encounter</source>
        <translation>Palautetun kohtaamisen hyväksyminen</translation>
    </message>
    <message>
        <source>This encounter is waiting for the observer&apos;s fix.</source>
        <translation>Kohtaaminen odottaa havainnoijan korjauksia.</translation>
    </message>
    <message>
        <source>Approve it as it is, without the fix?</source>
        <translation>Hyväksytäänkö se sellaisenaan, ilman korjauksia?</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <source>Visit timer</source>
        <translation>Ajanotto</translation>
    </message>
    <message>
        <source>+ Action</source>
        <translation>+ Toimenpide</translation>
    </message>
    <message>
        <source>Make an action item about this question at this location</source>
        <translation>Tee tälle toimipisteelle toimenpide tästä kysymyksestä</translation>
    </message>
    <message>
        <source>not asked (hidden by an earlier answer)</source>
        <translation>ei kysytty (piilotettu aiemman vastauksen perusteella)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ei koske</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>ei vastattu</translation>
    </message>
    <message>
        <source>points earned / possible</source>
        <translation>saadut / mahdolliset pisteet</translation>
    </message>
    <message>
        <source>This encounter is a draft: the observer has not submitted it yet.</source>
        <translation>Kohtaaminen on luonnos: havainnoija ei ole vielä lähettänyt sitä.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Palautettu:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Approved by %1, %2</source>
        <translation>Hyväksynyt: %1, %2</translation>
    </message>
    <message>
        <source>Returned by %1, %2</source>
        <translation>Palauttanut: %1, %2</translation>
    </message>
    <message>
        <source>No earlier versions.</source>
        <translation>Ei aiempia versioita.</translation>
    </message>
    <message>
        <source>Double-click to see the encounter before this change</source>
        <translation>Kaksoisnapsauta nähdäksesi kohtaamisen ennen tätä muutosta</translation>
    </message>
    <message>
        <source>tag %1 added</source>
        <translation>tunniste %1 lisätty</translation>
    </message>
    <message>
        <source>tag %1 removed</source>
        <translation>tunniste %1 poistettu</translation>
    </message>
    <message>
        <source>reviewer note changed</source>
        <translation>tarkastajan huomiota muutettu</translation>
    </message>
    <message>
        <source>Someone else changed this encounter while you were reviewing it. It has been reloaded with their changes: please make your change again.</source>
        <translation>Joku muu muutti kohtaamista tarkastuksesi aikana. Kohtaaminen on ladattu uudelleen muutoksineen: tee muutoksesi uudelleen.</translation>
    </message>
    <message>
        <source>Could not save the review:</source>
        <translation>Tarkastusta ei voitu tallentaa:</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Hyväksytty.</translation>
    </message>
    <message>
        <source>Returned to the observer.</source>
        <translation>Palautettu havainnoijalle.</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Open the file with its usual app</source>
        <translation>Avaa tiedosto sen tavallisella sovelluksella</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Näytä &amp;kansiossa</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>Avaa kansio, jossa tiedosto on</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Tallennettu: {name}</translation>
    </message>
    <message>
        <source>No app was found to open it; it is in {folder}</source>
        <translation>Sen avaavaa sovellusta ei löytynyt; tiedosto on kansiossa {folder}</translation>
    </message>
</context>
<context>
    <name>ScoreSummary</name>
    <message>
        <source>Live score</source>
        <translation>Tulos nyt</translation>
    </message>
    <message>
        <source>Score so far</source>
        <translation>Tulos tähän mennessä</translation>
    </message>
    <message>
        <source>{score} %</source>
        <translation>{score}&#xa0;%</translation>
    </message>
    <message>
        <source>{answered} of {shown} answered</source>
        <translation>{answered}/{shown} vastattu</translation>
    </message>
    <message numerus="yes">
        <source>%n required left</source>
        <translation>
            <numerusform>%n pakollinen jäljellä</numerusform>
            <numerusform>%n pakollista jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical miss: {questions}</source>
        <translation>Kriittinen virhe: {questions}</translation>
    </message>
    <message>
        <source>Feeling: not answered yet</source>
        <translation>Tunne: ei vielä vastattu</translation>
    </message>
    <message>
        <source>Net Uplift counts the feeling you leave with</source>
        <translation>Net Uplift mittaa tunnetta, jonka käynti sinulle jättää</translation>
    </message>
    <message>
        <source>counts as uplifted in Net Uplift</source>
        <translation>lasketaan Net Uplift -luvussa kohottavaksi</translation>
    </message>
    <message>
        <source>counts as diminished in Net Uplift</source>
        <translation>lasketaan Net Uplift -luvussa lannistavaksi</translation>
    </message>
    <message>
        <source>neutral in Net Uplift</source>
        <translation>neutraali Net Uplift -luvussa</translation>
    </message>
    <message>
        <source>Feeling: {label}</source>
        <translation>Tunne: {label}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Tietojen sijainti</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <source>Show the folder of the database file</source>
        <translation>Näytä tietokantatiedoston kansio</translation>
    </message>
    <message>
        <source>Everything is stored in this SQLite file on this computer. To use another place, start the app with &lt;nobr&gt;--data-dir&lt;/nobr&gt; (or &lt;nobr&gt;--database-url&lt;/nobr&gt; for a team&apos;s database).</source>
        <translation>Kaikki tallennetaan tähän SQLite-tiedostoon tällä tietokoneella. Käyttääksesi muuta sijaintia käynnistä sovellus valitsimella &lt;nobr&gt;--data-dir&lt;/nobr&gt; (tai tiimin tietokantaa varten &lt;nobr&gt;--database-url&lt;/nobr&gt;).</translation>
    </message>
    <message>
        <source>A shared database: encounters are stored on this server.</source>
        <translation>Jaettu tietokanta: kohtaamiset tallennetaan tälle palvelimelle.</translation>
    </message>
    <message>
        <source>e.g. Shopper 7 or your initials</source>
        <translation>esim. Havainnoija 7 tai nimikirjaimesi</translation>
    </message>
    <message>
        <source>Filled in on new encounters. Observers appear in reports under this alias, not their name.</source>
        <translation>Täytetään uusiin kohtaamisiin. Havainnoijat näkyvät raporteissa tällä nimimerkillä, eivät nimellään.</translation>
    </message>
    <message>
        <source>The form&apos;s first channel</source>
        <translation>Lomakkeen ensimmäinen kanava</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Järjestelmän oletus</translation>
    </message>
    <message>
        <source>{language} (coming)</source>
        <translation>{language} (tulossa)</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Uusi kieli tulee käyttöön, kun sovellus käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Käynnistä &amp;uudelleen nyt</translation>
    </message>
    <message>
        <source>Closes the app, saving everything, and opens it again in the new language</source>
        <translation>Sulkee sovelluksen kaiken tallentaen ja avaa sen uudelleen uudella kielellä</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Säilytä kaikki</translation>
    </message>
    <message>
        <source> months</source>
        <translation> kk</translation>
    </message>
    <message>
        <source>Keep encounters for (months)</source>
        <translation>Kohtaamisten säilytysaika (kuukautta)</translation>
    </message>
    <message>
        <source>Delete older encounters now…</source>
        <translation>Poista vanhemmat kohtaamiset nyt…</translation>
    </message>
    <message>
        <source>Erase an observer alias…</source>
        <translation>Poista havainnoijan nimimerkki…</translation>
    </message>
    <message>
        <source>Remove an observer&apos;s alias from every encounter, on request</source>
        <translation>Poista havainnoijan nimimerkki kaikista kohtaamisista pyynnöstä</translation>
    </message>
    <message>
        <source>Older encounters are offered for deletion when the app starts; you are always asked first. To erase one location, use Locations.</source>
        <translation>Vanhempia kohtaamisia tarjotaan poistettaviksi sovelluksen käynnistyessä; sinulta kysytään aina ensin. Yksittäisen toimipisteen tiedot poistetaan Toimipisteet-näkymässä.</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> käyntiä</translation>
    </message>
    <message>
        <source>Minimum visits to rank a location</source>
        <translation>Toimipisteen järjestykseen vaadittavat käynnit</translation>
    </message>
    <message>
        <source>Locations with fewer scored visits are listed apart in reports, not ranked; figures from fewer visits are marked “read with care”.</source>
        <translation>Toimipisteet, joilla on vähemmän pisteytettyjä käyntejä, luetellaan raporteissa erikseen eikä niitä järjestetä; harvemmista käynneistä lasketut luvut merkitään ”tulkitse varoen”.</translation>
    </message>
    <message>
        <source>e.g. 80 or p75</source>
        <translation>esim. 80 tai p75</translation>
    </message>
    <message>
        <source>Target score</source>
        <translation>Tavoitetulos</translation>
    </message>
    <message>
        <source>Shown on each location&apos;s summary: a fixed score (80) or the programme&apos;s own percentile of location scores (p75). Empty: no target.</source>
        <translation>Näytetään kunkin toimipisteen yhteenvedossa: kiinteä tulos (80) tai ohjelman oma persentiili toimipisteiden tuloksista (p75). Tyhjä: ei tavoitetta.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Data location:</source>
        <translation>Tietojen sijainti:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Kirjaaminen</translation>
    </message>
    <message>
        <source>&amp;Observer alias:</source>
        <translation>Havainnoijan n&amp;imimerkki:</translation>
    </message>
    <message>
        <source>Default &amp;channel:</source>
        <translation>Oletus&amp;kanava:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Tietosuoja</translation>
    </message>
    <message>
        <source>&amp;Keep encounters for:</source>
        <translation>&amp;Säilytä kohtaamiset:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>&amp;Minimum visits to rank:</source>
        <translation>&amp;Käyntejä vähintään järjestykseen:</translation>
    </message>
    <message>
        <source>&amp;Target score:</source>
        <translation>&amp;Tavoitetulos:</translation>
    </message>
    <message>
        <source>Comment library</source>
        <translation>Kommenttikirjasto</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Ulkoasu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Kie&amp;li:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Saved. The new language applies when the app starts again.</source>
        <translation>Tallennettu. Uusi kieli tulee käyttöön, kun sovellus käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>Not saved: a target is a score from 0 to 100 (80) or p1 to p99 (p75).</source>
        <translation>Ei tallennettu: tavoite on tulos väliltä 0–100 (80) tai persentiili p1–p99 (p75).</translation>
    </message>
    <message>
        <source>Nothing deleted: {reason}</source>
        <translation>Mitään ei poistettu: {reason}</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Mitään ei poistettu.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln encounter(s).</source>
        <translation>
            <numerusform>Poistettiin %Ln kohtaaminen.</numerusform>
            <numerusform>Poistettiin %Ln kohtaamista.</numerusform>
        </translation>
    </message>
    <message>
        <source>No observer aliases are stored.</source>
        <translation>Havainnoijien nimimerkkejä ei ole tallennettu.</translation>
    </message>
    <message numerus="yes">
        <source>{alias} (%Ln encounter(s))</source>
        <translation>
            <numerusform>{alias} (%Ln kohtaaminen)</numerusform>
            <numerusform>{alias} (%Ln kohtaamista)</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase an observer alias</source>
        <translation>Poista havainnoijan nimimerkki</translation>
    </message>
    <message>
        <source>Alias to erase:</source>
        <translation>Poistettava nimimerkki:</translation>
    </message>
    <message>
        <source>Not erased: {reason}</source>
        <translation>Ei poistettu: {reason}</translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation>Mitään ei poistettu.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the alias “{alias}” from %Ln encounter(s).</source>
        <translation>
            <numerusform>Nimimerkki ”{alias}” poistettiin %Ln kohtaamisesta.</numerusform>
            <numerusform>Nimimerkki ”{alias}” poistettiin %Ln kohtaamisesta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>mysteryshop cannot use its data folder</source>
        <translation>mysteryshop ei voi käyttää datakansiotaan</translation>
    </message>
    <message>
        <source>mysteryshop is already open</source>
        <translation>mysteryshop on jo auki</translation>
    </message>
    <message>
        <source>Switch to its window (process {pid}). Only one mysteryshop at a time can use a data folder, so that nothing is saved twice.</source>
        <translation>Siirry sen ikkunaan (prosessi {pid}). Vain yksi mysteryshop kerrallaan voi käyttää datakansiota, jotta mitään ei tallenneta kahdesti.</translation>
    </message>
    <message>
        <source>mysteryshop</source>
        <translation>mysteryshop</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Tietokanta on vioittunut</translation>
    </message>
    <message>
        <source>The database is not a mysteryshop database</source>
        <translation>Tietokanta ei ole mysteryshopin tietokanta</translation>
    </message>
    <message>
        <source>The latest backup is from {when}. Restore it? The file that is there now is moved aside with its -wal and -shm files, not deleted.</source>
        <translation>Uusin varmuuskopio on tehty {when}. Palautetaanko se? Nykyinen tiedosto siirretään sivuun -wal- ja -shm-tiedostoineen, sitä ei poisteta.</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Palautettavaa varmuuskopiota ei ole.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Move it aside and start empty</source>
        <translation>Siirrä se sivuun ja aloita tyhjästä</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>mysteryshop cannot open the database</source>
        <translation>mysteryshop ei voi avata tietokantaa</translation>
    </message>
    <message>
        <source>Close mysteryshop and start it again: it will offer to restore the latest backup. Until then, save nothing more.</source>
        <translation>Sulje mysteryshop ja käynnistä se uudelleen: se tarjoutuu palauttamaan uusimman varmuuskopion. Älä tallenna sitä ennen mitään.</translation>
    </message>
    <message>
        <source>The backup was restored</source>
        <translation>Varmuuskopio palautettiin</translation>
    </message>
    <message>
        <source>The damaged file is kept as {aside}.</source>
        <translation>Vioittunut tiedosto säilytetään nimellä {aside}.</translation>
    </message>
    <message>
        <source>Starting with an empty database</source>
        <translation>Aloitetaan tyhjällä tietokannalla</translation>
    </message>
    <message>
        <source>The old file is kept as {aside}.</source>
        <translation>Vanha tiedosto säilytetään nimellä {aside}.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Varmuuskopiota ei voitu palauttaa</translation>
    </message>
    <message>
        <source>Old encounters not deleted: {error}</source>
        <translation>Vanhoja kohtaamisia ei poistettu: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln old encounter(s).</source>
        <translation>
            <numerusform>Poistettiin %Ln vanha kohtaaminen.</numerusform>
            <numerusform>Poistettiin %Ln vanhaa kohtaamista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Jokin meni vikaan</translation>
    </message>
    <message>
        <source>mysteryshop keeps running, and your work is saved as you go. If the problem comes back, send the details to whoever supports you.

Details are in {log}</source>
        <translation>mysteryshop jatkaa toimintaansa, ja työsi tallentuu koko ajan. Jos ongelma toistuu, lähetä tiedot tukihenkilöllesi.

Tiedot ovat tiedostossa {log}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>just now</source>
        <translation>juuri nyt</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min sitten</numerusform>
            <numerusform>%n min sitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n t sitten</numerusform>
            <numerusform>%n t sitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n päivä sitten</numerusform>
            <numerusform>%n päivää sitten</numerusform>
        </translation>
    </message>
    <message>
        <source>⟳ Sync</source>
        <translation>⟳ Synkronoi</translation>
    </message>
    <message>
        <source>Sync with the team server ({key})</source>
        <translation>Synkronoi tiimin palvelimen kanssa ({key})</translation>
    </message>
    <message>
        <source>Sync with the team server</source>
        <translation>Synkronoi tiimin palvelimen kanssa</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synkronoinnin tila</translation>
    </message>
    <message>
        <source>Sync is not set up. &lt;a href=&quot;settings&quot;&gt;Set up…&lt;/a&gt;</source>
        <translation>Synkronointia ei ole otettu käyttöön. &lt;a href=&quot;settings&quot;&gt;Ota käyttöön…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Synkronoitu viimeksi {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ei vielä synkronoitu</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n lähettämättä</numerusform>
            <numerusform>%n lähettämättä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n ratkaisematon ristiriita</numerusform>
            <numerusform>%n ratkaisematonta ristiriitaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server: {server}</source>
        <translation>Tiimin palvelin: {server}</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Ei synkronoitu</translation>
    </message>
    <message>
        <source>Not synced: set your observer alias in Settings first.</source>
        <translation>Ei synkronoitu: aseta ensin havainnoijan nimimerkki asetuksissa.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkronoidaan…</translation>
    </message>
    <message>
        <source>Syncing… {done} of {total}</source>
        <translation>Synkronoidaan… {done}/{total}</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n sent</source>
        <translation>
            <numerusform>Synkronoitu: %n lähetetty</numerusform>
            <numerusform>Synkronoitu: %n lähetetty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n vastaanotettu</numerusform>
            <numerusform>%n vastaanotettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>palvelin hylkäsi %n</numerusform>
            <numerusform>palvelin hylkäsi %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server: {reason}</source>
        <translation>Palvelin hylkäsi: {reason}</translation>
    </message>
    <message>
        <source>Not synced: {reason} Your work is kept on this computer.</source>
        <translation>Ei synkronoitu: {reason} Työsi on tallessa tällä tietokoneella.</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>observer</source>
        <translation>havainnoija</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>kouluttaja</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>päällikkö</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>ylläpitäjä</translation>
    </message>
    <message>
        <source>Signed in as {alias} ({role})</source>
        <translation>Kirjautuneena: {alias} ({role})</translation>
    </message>
    <message>
        <source>A team server&apos;s URL starts with postgresql://, e.g. postgresql://anna@team.example.com/mysteryshop?sslmode=require</source>
        <translation>Tiimin palvelimen osoite alkaa postgresql://, esim. postgresql://anna@team.example.com/mysteryshop?sslmode=require</translation>
    </message>
    <message>
        <source>The URL needs a user, a server and a database: user@server/database.</source>
        <translation>Osoitteessa tarvitaan käyttäjä, palvelin ja tietokanta: käyttäjä@palvelin/tietokanta.</translation>
    </message>
    <message>
        <source>Team server URL</source>
        <translation>Tiimin palvelimen osoite</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Save &amp;password</source>
        <translation>Tallenna salasan&amp;a</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Testaa &amp;yhteys</translation>
    </message>
    <message>
        <source>&amp;Forget password</source>
        <translation>Unoh&amp;da salasana</translation>
    </message>
    <message>
        <source>Encounters are recorded on this computer and synced with the team&apos;s server when you are online. The password is kept in the system keyring, never in the settings file.</source>
        <translation>Kohtaamiset kirjataan tälle tietokoneelle ja synkronoidaan tiimin palvelimelle, kun olet verkossa. Salasana säilytetään järjestelmän avainnipussa, ei koskaan asetustiedostossa.</translation>
    </message>
    <message>
        <source>Team server &amp;URL:</source>
        <translation>Tiimin palvelimen &amp;osoite:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Salasa&amp;na:</translation>
    </message>
    <message>
        <source>Saved in the system keyring</source>
        <translation>Tallennettu järjestelmän avainnippuun</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>Saved: this computer does not sync.</source>
        <translation>Tallennettu: tämä tietokone ei synkronoi.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Ei tallennettu: {reason}</translation>
    </message>
    <message>
        <source>Saved. The password went to the system keyring.</source>
        <translation>Tallennettu. Salasana siirrettiin järjestelmän avainnippuun.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>The password was not saved: {reason}</source>
        <translation>Salasanaa ei tallennettu: {reason}</translation>
    </message>
    <message>
        <source>Enter the team server&apos;s URL first.</source>
        <translation>Anna ensin tiimin palvelimen osoite.</translation>
    </message>
    <message>
        <source>Password saved in the system keyring.</source>
        <translation>Salasana tallennettu järjestelmän avainnippuun.</translation>
    </message>
    <message>
        <source>Not forgotten: {reason}</source>
        <translation>Ei unohdettu: {reason}</translation>
    </message>
    <message>
        <source>Password forgotten.</source>
        <translation>Salasana unohdettu.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message>
        <source>Connected. You are not a team member on this server: its owner, or a server without a team.</source>
        <translation>Yhteys toimii. Et ole tämän palvelimen tiimin jäsen: olet sen omistaja, tai palvelimella ei ole tiimiä.</translation>
    </message>
    <message>
        <source>Connected. {who}.</source>
        <translation>Yhteys toimii. {who}.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Ei yhteyttä: {reason}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Roskakori</translation>
    </message>
    <message>
        <source>Discarded drafts and deleted encounters stay here for {days} days, then they are deleted for good. They are left out of the log, reports and exports.</source>
        <translation>Hylätyt luonnokset ja poistetut kohtaamiset säilyvät täällä {days} päivää, minkä jälkeen ne poistetaan lopullisesti. Ne eivät näy lokissa, raporteissa eivätkä vienneissä.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Roskakori on tyhjä.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ota takaisin</translation>
    </message>
    <message>
        <source>Put the selected encounter back (Alt+R)</source>
        <translation>Ota valittu kohtaaminen takaisin (Alt+O)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Look at the selected encounter, unchanged (Enter, double-click, Alt+O)</source>
        <translation>Katso valittua kohtaamista muuttamatta sitä (Enter, kaksoisnapsautus, Alt+A)</translation>
    </message>
    <message>
        <source>&amp;Empty trash now…</source>
        <translation>&amp;Tyhjennä roskakori nyt…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good (Alt+E)</source>
        <translation>Poista kaikki roskakorissa oleva lopullisesti (Alt+T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>at the next start</source>
        <translation>seuraavalla käynnistyskerralla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ota takaisin</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Ei otettu takaisin</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Tyhjennä roskakori</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n encounter(s) in the trash for good?</source>
        <translation>
            <numerusform>Poistetaanko roskakorissa oleva %n kohtaaminen lopullisesti?</numerusform>
            <numerusform>Poistetaanko roskakorissa olevat %n kohtaamista lopullisesti?</numerusform>
        </translation>
    </message>
    <message>
        <source>They can no longer be restored.</source>
        <translation>Niitä ei voi enää ottaa takaisin.</translation>
    </message>
    <message>
        <source>Emptying the trash…</source>
        <translation>Tyhjennetään roskakoria…</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Discard draft</source>
        <translation>Hylkää luonnos</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>Hylätäänkö tämä luonnos?</translation>
    </message>
    <message>
        <source>It goes to the trash, where you can restore it for {days} days (File ▸ Trash…); then it is deleted for good.</source>
        <translation>Se siirtyy roskakoriin, josta voit ottaa sen takaisin {days} päivän ajan (Tiedosto ▸ Roskakori…); sen jälkeen se poistetaan lopullisesti.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>It was never saved to the database (no location was chosen), so it cannot go to the trash: it is deleted for good.</source>
        <translation>Sitä ei ole koskaan tallennettu tietokantaan (toimipistettä ei valittu), joten se ei voi siirtyä roskakoriin: se poistetaan lopullisesti.</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Hylkää luonnos…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Not moved to the trash</source>
        <translation>Ei siirretty roskakoriin</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>tarkastaja</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>Emptying the trash of what is {days} days old…</source>
        <translation>Tyhjennetään roskakorista yli {days} päivää vanhat…</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n encounter(s) that were in the trash for good.</source>
        <translation>
            <numerusform>%n roskakorissa ollut kohtaaminen poistettiin lopullisesti.</numerusform>
            <numerusform>%n roskakorissa ollutta kohtaamista poistettiin lopullisesti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash was not emptied: {error}</source>
        <translation>Roskakoria ei tyhjennetty: {error}</translation>
    </message>
</context>
<context>
    <name>TrashedEncounterDialog</name>
    <message>
        <source>Encounter in the trash</source>
        <translation>Kohtaaminen roskakorissa</translation>
    </message>
    <message>
        <source>In the trash: shown as it was, read-only. Restore it to change it.</source>
        <translation>Roskakorissa: näytetään sellaisenaan, vain luettavana. Ota kohtaaminen takaisin, jos haluat muuttaa sitä.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ota takaisin</translation>
    </message>
    <message>
        <source>Put this encounter back (Alt+R)</source>
        <translation>Ota tämä kohtaaminen takaisin (Alt+O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>Date and time of the visit</source>
        <translation>Käynnin päivämäärä ja kellonaika</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Your alias</source>
        <translation>Nimimerkkisi</translation>
    </message>
    <message>
        <source>Remembered for your next visit (also in Settings)</source>
        <translation>Muistetaan seuraavaa käyntiäsi varten (myös Asetuksissa)</translation>
    </message>
    <message>
        <source>Observer alias</source>
        <translation>Havainnoijan nimimerkki</translation>
    </message>
    <message>
        <source>Role or pseudonym, e.g. cashier — never a name</source>
        <translation>Rooli tai peitenimi, esim. kassahenkilö – ei koskaan nimeä</translation>
    </message>
    <message>
        <source>Staff description</source>
        <translation>Henkilökunnan kuvaus</translation>
    </message>
    <message>
        <source>Describe staff by role or a pseudonym; never write a name.</source>
        <translation>Kuvaa henkilökunta roolin tai peitenimen avulla; älä koskaan kirjoita nimeä.</translation>
    </message>
    <message>
        <source>For&amp;m</source>
        <translation>Lomak&amp;e</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>&amp;Kanava</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>Toimi&amp;piste</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>Päivä ja &amp;aika</translation>
    </message>
    <message>
        <source>&amp;Observer</source>
        <translation>&amp;Havainnoija</translation>
    </message>
    <message>
        <source>&amp;Staff (role, not a name)</source>
        <translation>Henkilökunta (&amp;rooli, ei nimeä)</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Cali&amp;bration session…</source>
        <translation>Kali&amp;brointikerta…</translation>
    </message>
    <message>
        <source>Mark this encounter as recorded for an observer-calibration session: several observers record the same scenario, and it stays out of every location figure.</source>
        <translation>Merkitse kohtaaminen havainnoijien kalibrointikertaan: useampi havainnoija kirjaa saman tilanteen, eikä se vaikuta toimipisteiden lukuihin.</translation>
    </message>
    <message>
        <source>Calibration session: {session}</source>
        <translation>Kalibrointikerta: {session}</translation>
    </message>
    <message>
        <source>Calibration session</source>
        <translation>Kalibrointikerta</translation>
    </message>
    <message>
        <source>The session this encounter was recorded for (the same id on every observer&apos;s encounter of it). Leave it empty for an ordinary visit.</source>
        <translation>Kalibrointikerta, jota varten kohtaaminen kirjattiin (sama tunnus jokaisen havainnoijan kohtaamisessa). Jätä tyhjäksi tavallisella käynnillä.</translation>
    </message>
    <message>
        <source>A session id may be at most {n} characters long.</source>
        <translation>Kalibrointikerran tunnus voi olla enintään {n} merkkiä pitkä.</translation>
    </message>
</context>
<context>
    <name>VisitTimer</name>
    <message>
        <source>Visit timer</source>
        <translation>Ajanotto</translation>
    </message>
    <message>
        <source>Time since arrival</source>
        <translation>Aikaa saapumisesta</translation>
    </message>
    <message>
        <source>Tap at the moment it happens ({key})</source>
        <translation>Napauta sillä hetkellä, kun se tapahtuu ({key})</translation>
    </message>
    <message>
        <source>Shortcut {key}</source>
        <translation>Pikanäppäin {key}</translation>
    </message>
    <message>
        <source>The time of the tap, and how long after arriving</source>
        <translation>Napautuksen kellonaika ja kulunut aika saapumisesta</translation>
    </message>
    <message>
        <source>Undo this tap</source>
        <translation>Kumoa tämä napautus</translation>
    </message>
    <message>
        <source>Undo the {event} tap</source>
        <translation>Kumoa napautus: {event}</translation>
    </message>
    <message>
        <source>{event} was already marked at {time}; undo it with ✕ to mark it again.</source>
        <translation>{event} on jo merkitty klo {time}; peru se ✕-painikkeella merkitäksesi uudelleen.</translation>
    </message>
    <message>
        <source>or press {key}</source>
        <translation>tai paina {key}</translation>
    </message>
    <message>
        <source>+{elapsed}</source>
        <translation>+{elapsed}</translation>
    </message>
    <message>
        <source>Tap Arrived (F5) as you step in.</source>
        <translation>Napauta Saapuminen (F5), kun astut sisään.</translation>
    </message>
    <message>
        <source>Length of the visit</source>
        <translation>Käynnin kesto</translation>
    </message>
    <message>
        <source>Since you arrived</source>
        <translation>Saapumisestasi</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to mysteryshop</source>
        <translation>Tervetuloa mysteryshopiin</translation>
    </message>
    <message>
        <source>Record a service encounter right after your visit: was I greeted, did they smile, were they present, was I actually helped — and did I leave uplifted or diminished? Everything stays on this computer.</source>
        <translation>Kirjaa palvelukohtaaminen heti käyntisi jälkeen: tervehdittiinkö minua, hymyiltiinkö, oltiinko läsnä, autettiinko minua todella – ja jäikö minulle kohottava vai lannistava tunne? Kaikki tiedot pysyvät tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Record an encounter</source>
        <translation>Kirjaa kohtaaminen</translation>
    </message>
    <message>
        <source>Load demo data to look around</source>
        <translation>Lataa esittelyaineisto ja tutustu</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Luodaan esittelyaineistoa…</translation>
    </message>
    <message>
        <source>Creating demo data… {done} of {total}</source>
        <translation>Luodaan esittelyaineistoa… {done}/{total}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln demo encounters added.</source>
        <translation>
            <numerusform>Lisättiin %Ln esittelykohtaaminen.</numerusform>
            <numerusform>Lisättiin %Ln esittelykohtaamista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create demo data: {error}</source>
        <translation>Esittelyaineistoa ei voitu luoda: {error}</translation>
    </message>
</context>
<context>
    <name>_ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Today&apos;s backup failed: {reason}</source>
        <translation>Tämän päivän varmuuskopiointi epäonnistui: {reason}</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>▲▲ uplifted</source>
        <translation>▲▲ kohottava</translation>
    </message>
    <message>
        <source>▲ uplifted</source>
        <translation>▲ kohottava</translation>
    </message>
    <message>
        <source>– neutral</source>
        <translation>– neutraali</translation>
    </message>
    <message>
        <source>▼ diminished</source>
        <translation>▼ lannistava</translation>
    </message>
    <message>
        <source>▼▼ diminished</source>
        <translation>▼▼ lannistava</translation>
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
        <translation>Tunnetta ei kirjattu</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Edellinen kuukausi</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Tämä neljännes</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Edellinen neljännes</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Edellinen vuosi</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Koko ajalta</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>ddd d.M.yyyy</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} klo {time}</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Paikan päällä</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videopuhelu</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Saapuminen</translation>
    </message>
    <message>
        <source>Greeted</source>
        <translation>Tervehdys</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Palvelun alku</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lähtö</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Puhelun alku</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Puhelun loppu</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Yhteydenotto</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>Ensimmäinen vastaus</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättyminen</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Tervehdys</translation>
    </message>
    <message>
        <source>Smile</source>
        <translation>Hymy</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Helpfulness</source>
        <translation>Avuliaisuus</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Tunne</translation>
    </message>
    <message>
        <source>Farewell</source>
        <translation>Hyvästely</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>Kunnioitus</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>Hyvä käytäntö</translation>
    </message>
    <message>
        <source>Needs coaching</source>
        <translation>Vaatii valmennusta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Clearly diminished</source>
        <translation>Selvästi lannistava</translation>
    </message>
    <message>
        <source>Somewhat diminished</source>
        <translation>Jonkin verran lannistava</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ei kumpaakaan</translation>
    </message>
    <message>
        <source>Somewhat uplifted</source>
        <translation>Jonkin verran kohottava</translation>
    </message>
    <message>
        <source>Clearly uplifted</source>
        <translation>Selvästi kohottava</translation>
    </message>
    <message>
        <source>Reliable: observers score alike</source>
        <translation>Luotettava: havainnoijat pisteyttävät samoin</translation>
    </message>
    <message>
        <source>Tentative: good enough for tentative conclusions only</source>
        <translation>Suuntaa antava: riittää vain alustaviin päätelmiin</translation>
    </message>
    <message>
        <source>Not reliable: observers score differently</source>
        <translation>Ei luotettava: havainnoijat pisteyttävät eri tavoin</translation>
    </message>
    <message>
        <source>Only one observer recorded this session</source>
        <translation>Vain yksi havainnoija kirjasi tämän kerran</translation>
    </message>
    <message>
        <source>No scored question was answered by two observers</source>
        <translation>Kahta havainnoijaa ei vastannut yhteenkään pisteytettyyn kysymykseen</translation>
    </message>
    <message>
        <source>Every observer gave the same points on every question</source>
        <translation>Jokainen havainnoija antoi jokaisesta kysymyksestä samat pisteet</translation>
    </message>
    <message>
        <source>A later record by the same observer (the first one counts)</source>
        <translation>Saman havainnoijan myöhempi kirjaus (ensimmäinen lasketaan)</translation>
    </message>
    <message>
        <source>No observer alias</source>
        <translation>Ei havainnoijan nimimerkkiä</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Muokattu</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Tarkastettu</translation>
    </message>
    <message>
        <source>Reopened for editing</source>
        <translation>Avattu uudelleen muokattavaksi</translation>
    </message>
    <message>
        <source>Replaced by import</source>
        <translation>Korvattu tuonnilla</translation>
    </message>
    <message>
        <source>Older version from import</source>
        <translation>Vanhempi versio tuonnista</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Taken back from the trash</source>
        <translation>Otettu takaisin roskakorista</translation>
    </message>
</context>
</TS>
