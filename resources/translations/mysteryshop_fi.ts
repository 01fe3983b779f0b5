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
        <source>Returned by the reviewer — please revise and submit again</source>
        <translation>Tarkastaja palautti kohtaamisen – korjaa ja lähetä uudelleen</translation>
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
        <source>Export encounters</source>
        <translation>Vie kohtaamiset</translation>
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
        <source>&amp;New encounter with this form</source>
        <translation>&amp;Uusi kohtaaminen tällä lomakkeella</translation>
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
        <source>&lt;h3&gt;mysteryshop {version}&lt;/h3&gt;&lt;p&gt;Record service encounters, review them, and see how locations do — greeting, smile, presence, helpfulness, and whether customers leave uplifted or diminished (Net Uplift).&lt;/p&gt;&lt;p&gt;Keyboard: Ctrl+N new encounter, Ctrl+S save, Ctrl+F find, Ctrl+I import, Ctrl+E export, Ctrl+1…9 and Ctrl+0 the views in the list&apos;s order, Ctrl+Q quit.&lt;/p&gt;&lt;p&gt;To review: A approve, R return, S skip, Alt+Left back; Ctrl+Shift+P inserts a saved phrase into a note.&lt;/p&gt;&lt;p&gt;Action items: Ins new, F2 edit, Ctrl+D done, Ctrl+Shift+D drop, Ctrl+R reopen.&lt;/p&gt;&lt;p&gt;Data: {location}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mysteryshop {version}&lt;/h3&gt;&lt;p&gt;Kirjaa palvelukohtaamiset, tarkasta ne ja seuraa toimipisteiden onnistumista – tervehdys, hymy, läsnäolo, avuliaisuus ja se, jättääkö käynti asiakkaalle kohottavan vai lannistavan tunteen (Net Uplift).&lt;/p&gt;&lt;p&gt;Näppäimistö: Ctrl+N uusi kohtaaminen, Ctrl+S tallenna, Ctrl+F etsi, Ctrl+I tuo, Ctrl+E vie, Ctrl+1…9 ja Ctrl+0 näkymät luettelon järjestyksessä, Ctrl+Q lopeta.&lt;/p&gt;&lt;p&gt;Tarkastettavat: A hyväksy, R palauta, S ohita, Alt+Vasen takaisin; Ctrl+Shift+P lisää tallennetun fraasin muistiinpanoon.&lt;/p&gt;&lt;p&gt;Toimenpiteet: Ins uusi, F2 muokkaa, Ctrl+D tehty, Ctrl+Shift+D peru, Ctrl+R avaa uudelleen.&lt;/p&gt;&lt;p&gt;Tiedot: {location}&lt;/p&gt;</translation>
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
        <source>Creating the report…</source>
        <translation>Luodaan raporttia…</translation>
    </message>
    <message>
        <source>Some text could not be printed as written:</source>
        <translation>Osaa tekstistä ei voitu tulostaa sellaisenaan:</translation>
    </message>
    <message>
        <source>Could not create the report: {reason}</source>
        <translation>Raporttia ei voitu luoda: {reason}</translation>
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
        <source>Reviewed</source>
        <translation>Tarkastettu</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Muokattu</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Palautettu</translation>
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
    <name>reports</name>
    <message>
        <source> (in full below)</source>
        <translation> (kokonaan alla)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ja </translation>
    </message>
    <message>
        <source>% uplifted − % diminished</source>
        <translation>% kohottavia − % lannistavia</translation>
    </message>
    <message>
        <source>(see visit report {id})</source>
        <translation>(ks. käyntiraportti {id})</translation>
    </message>
    <message>
        <source>* marks a period the report covers only in part.</source>
        <translation>* merkitsee jaksoa, jonka raportti kattaa vain osittain.</translation>
    </message>
    <message>
        <source>+{limit} or more</source>
        <translation>+{limit} tai enemmän</translation>
    </message>
    <message>
        <source>; every scored question counted</source>
        <translation>; kaikki pisteytettävät kysymykset laskettiin mukaan</translation>
    </message>
    <message>
        <source>; {count} without notes</source>
        <translation>; {count} ilman muistiinpanoja</translation>
    </message>
    <message>
        <source>; {words} left out</source>
        <translation>; jätetty pois: {words}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Greeted on arrival: {share} of {n} visits&lt;/b&gt; (95 % interval {interval}), the share of “yes” to “Were you greeted when you arrived?”. The greeting dimension&apos;s score also weighs the wait, eye contact and how natural the greeting was.</source>
        <translation>&lt;b&gt;Tervehditty saapuessa: {share} {n} käynnistä&lt;/b&gt; (95 %:n luottamusväli {interval}), ”kyllä”-vastausten osuus kysymykseen ”Tervehdittiinkö sinua, kun saavuit?”. Tervehdys-ulottuvuuden tulos ottaa lisäksi huomioon odotusajan, katsekontaktin ja tervehdyksen luontevuuden.</translation>
    </message>
    <message>
        <source>A critical question that earns no points flags the visit; the score itself is not changed.</source>
        <translation>Jos kriittisestä kysymyksestä ei saa pisteitä, käynti merkitään kriittiseksi virheeksi; itse tulos ei muutu.</translation>
    </message>
    <message>
        <source>A score is points earned of points possible over the questions that applied to a visit (N/A and unasked questions are left out); averages weigh every visit equally. {dimensions} are dimension scores. Net Uplift is the % of visits that left the observer uplifted minus the % that left them diminished (−100 … +100). Changes compare with the period named above; critical failures compare as a share of visits, visit counts only between periods of the same number of days; a figure whose comparison rests on fewer than {minimum} visits is not compared. “pts” are percentage points.</source>
        <translation>Tulos on saadut pisteet mahdollisista pisteistä niissä kysymyksissä, jotka koskivat käyntiä (”ei koske” -vastaukset ja kysymättä jääneet eivät ole mukana); keskiarvoissa jokaisella käynnillä on sama paino. {dimensions} ovat ulottuvuuksien tuloksia. Net Uplift on kohottaviksi koettujen käyntien osuus (%) miinus lannistaviksi koettujen osuus (%) (−100 … +100). Muutoksia verrataan yllä mainittuun jaksoon; kriittisiä virheitä verrataan osuutena käynneistä ja käyntimääriä vain yhtä monen päivän jaksojen kesken; lukua, jonka vertailukohdassa on alle {minimum} käyntiä, ei verrata. ”%-yks.” tarkoittaa prosenttiyksikköä.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Action items here</source>
        <translation>Toimenpiteet tässä toimipisteessä</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <source>Agreement with the consensus</source>
        <translation>Yhtäpitävyys yleisimmän vastauksen kanssa</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Kaikki lomakkeet</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Kaikki toimipisteet</translation>
    </message>
    <message>
        <source>All visits fall in one month: a trend needs at least two. The headline figures on the first page are this period&apos;s.</source>
        <translation>Kaikki käynnit osuvat samalle kuukaudelle: kehityksen näyttämiseen tarvitaan vähintään kaksi kuukautta. Ensimmäisen sivun pääluvut kuvaavat tätä jaksoa.</translation>
    </message>
    <message>
        <source>All visits fall in one week: a trend needs at least two. The headline figures on the first page are this period&apos;s.</source>
        <translation>Kaikki käynnit osuvat samalle viikolle: kehityksen näyttämiseen tarvitaan vähintään kaksi viikkoa. Ensimmäisen sivun pääluvut kuvaavat tätä jaksoa.</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <source>Alpha of each question over every session of this form (each session one unit): the questions observers read differently again and again come first.</source>
        <translation>Kunkin kysymyksen alfa tämän lomakkeen kaikilla kalibrointikerroilla (kukin kerta yksi yksikkö): ensin kysymykset, joita havainnoijat tulkitsevat eri tavoin kerrasta toiseen.</translation>
    </message>
    <message>
        <source>Anonymized</source>
        <translation>Anonymisoitu</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <source>Answers in full</source>
        <translation>Vastaukset kokonaisuudessaan</translation>
    </message>
    <message>
        <source>Appendix: every critical failure</source>
        <translation>Liite: kaikki kriittiset virheet</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Yleiskuva</translation>
    </message>
    <message>
        <source>Attachment {number}</source>
        <translation>Liite {number}</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Keskimääräinen tulos</translation>
    </message>
    <message>
        <source>Average score (%)</source>
        <translation>Keskimääräinen tulos (%)</translation>
    </message>
    <message>
        <source>Average score per month</source>
        <translation>Keskimääräinen tulos kuukausittain</translation>
    </message>
    <message>
        <source>Average score per week</source>
        <translation>Keskimääräinen tulos viikoittain</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Toiminta</translation>
    </message>
    <message>
        <source>Best location: {name} scored {score} ({n}, 95 % interval {interval}), reliably above the average of {average}.</source>
        <translation>Paras toimipiste: {name}, tulos {score} ({n}, 95 %:n luottamusväli {interval}), luotettavasti keskiarvon {average} yläpuolella.</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>Hyvä käytäntö</translation>
    </message>
    <message>
        <source>Biggest mover: {dimension} scored {value} ({n}), {change} points against {before} ({previous_n}) in the comparison period.</source>
        <translation>Suurin muutos: {dimension}, tulos {value} ({n}), {change} prosenttiyksikköä vertailujakson tulokseen {before} ({previous_n}) nähden.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Chosen by fixed rules from this report&apos;s figures (docs/FIGURES.md).</source>
        <translation>Valittu tämän raportin luvuista kiintein säännöin (docs/FIGURES.md).</translation>
    </message>
    <message>
        <source>Coaching report</source>
        <translation>Valmennusraportti</translation>
    </message>
    <message>
        <source>Colours: scores {good}, {fair}, {poor}; Net Uplift {up}, {down}.</source>
        <translation>Värit: tulokset {good}, {fair}, {poor}; Net Uplift {up}, {down}.</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Vertailukohta</translation>
    </message>
    <message>
        <source>Critical failure</source>
        <translation>Kriittinen virhe</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Kriittiset virheet</translation>
    </message>
    <message>
        <source>Critical failures: {count} of {visits} visits, {share} (95 % interval {interval}).</source>
        <translation>Kriittiset virheet: {count} / {visits} käyntiä, {share} (95 %:n luottamusväli {interval}).</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>LUONNOS</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Did the encounter leave the observer uplifted or diminished?</source>
        <translation>Jäikö havainnoijalle kohottava vai lannistava tunne?</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Ero</translation>
    </message>
    <message>
        <source>Difference in Net Uplift (points), with − without</source>
        <translation>Net Uplift -ero (pistettä), kanssa − ilman</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Ulottuvuus</translation>
    </message>
    <message>
        <source>Dimension scores</source>
        <translation>Ulottuvuuksien tulokset</translation>
    </message>
    <message>
        <source>Diminished: {count} ({share})</source>
        <translation>Lannistavia: {count} ({share})</translation>
    </message>
    <message>
        <source>Do the observers score alike?</source>
        <translation>Pisteyttävätkö havainnoijat samoin?</translation>
    </message>
    <message>
        <source>Drift across sessions</source>
        <translation>Kehitys kerrasta toiseen</translation>
    </message>
    <message>
        <source>Each dimension&apos;s points earned of points possible, averaged over the visits that scored it, beside the previous period.</source>
        <translation>Kunkin ulottuvuuden saadut pisteet mahdollisista pisteistä keskimäärin niillä käynneillä, joilla se arvioitiin, edellisen jakson rinnalla.</translation>
    </message>
    <message>
        <source>Each dimension&apos;s points earned of points possible, averaged over the visits that scored it.</source>
        <translation>Kunkin ulottuvuuden saadut pisteet mahdollisista pisteistä keskimäärin niillä käynneillä, joilla se arvioitiin.</translation>
    </message>
    <message>
        <source>Each location&apos;s dimension scores (%), coloured by band: green from 85, amber from 65, red below. Grey cells rest on fewer than {minimum} visits and show their n instead of a colour.</source>
        <translation>Kunkin toimipisteen ulottuvuuksien tulokset (%), väritetty tasoittain: vihreä 85:stä, keltainen 65:stä, punainen sen alla. Harmaat solut perustuvat alle {minimum} käyntiin, ja niissä näkyy värin sijaan n.</translation>
    </message>
    <message>
        <source>Each observer</source>
        <translation>Havainnoijat</translation>
    </message>
    <message>
        <source>Every critical failure is listed in the appendix.</source>
        <translation>Kaikki kriittiset virheet on lueteltu liitteessä.</translation>
    </message>
    <message>
        <source>Every scored question, the weakest first: points earned of points possible over the visits that answered it. “Missed” counts answers that earned no points; N/A answers are left out of the score. Each version of a form is listed on its own, so a changed question is never silently merged or dropped.</source>
        <translation>Kaikki pisteytettävät kysymykset heikoimmasta alkaen: saadut pisteet mahdollisista pisteistä käynneillä, joilla kysymykseen vastattiin. ”Nollat” ovat vastauksia, joista ei saatu pisteitä; ”ei koske” -vastaukset eivät vaikuta tulokseen. Lomakkeen jokainen versio on omana rivinään, joten muuttunutta kysymystä ei koskaan yhdistetä toiseen tai jätetä huomiotta.</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Tiivistelmä johdolle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>For each behaviour, the Net Uplift of visits where it happened against visits where it did not, largest difference first. A yes/no or choice question happened when its answer earned full points; a dimension when the visit earned at least {share} % of its points. Whiskers are 95 % intervals. This is an association, not proof of cause: a store that greets well may do much else well.</source>
        <translation>Kunkin toiminnan osalta Net Uplift niillä käynneillä, joilla se toteutui, verrattuna käynteihin, joilla se ei toteutunut, suurin ero ensin. Kyllä/ei- tai monivalintakysymys toteutui, kun vastaus sai täydet pisteet; ulottuvuus, kun käynti sai vähintään {share} % sen pisteistä. Viikset ovat 95 %:n luottamusvälejä. Kyse on yhteydestä, ei todisteesta syy-seuraussuhteesta: hyvin tervehtivä myymälä voi tehdä paljon muutakin hyvin.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>Generated {date} · mysteryshop</source>
        <translation>Luotu {date} · mysteryshop</translation>
    </message>
    <message>
        <source>Greeting (score)</source>
        <translation>Tervehdys (tulos)</translation>
    </message>
    <message>
        <source>HEIC photo</source>
        <translation>HEIC-valokuva</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Pääluvut</translation>
    </message>
    <message>
        <source>How customers experienced service at this location in this period: scores, how visits left them feeling (Net Uplift), how it compares with the other locations, the questions and moments worth repeating. These results are for the team and its manager to see the truth of encounters and for coaching, not for blame.</source>
        <translation>Miten asiakkaat kokivat palvelun tässä toimipisteessä tällä jaksolla: tulokset, millaisen tunteen käynnit jättivät (Net Uplift), miten toimipiste vertautuu muihin, kysymykset ja toistamisen arvoiset hetket. Tulokset auttavat tiimiä ja sen esihenkilöä näkemään, millaisia kohtaamiset todella ovat, ja ne on tarkoitettu valmennukseen, ei syyllistämiseen.</translation>
    </message>
    <message>
        <source>How customers experienced service in this period: scores, how visits left them feeling (Net Uplift), the patterns across locations and questions, and moments worth repeating. These results are for leaders to see the truth of encounters and for coaching, not for blame.</source>
        <translation>Miten asiakkaat kokivat palvelun tällä jaksolla: tulokset, millaisen tunteen käynnit jättivät (Net Uplift), toimipisteiden ja kysymysten väliset erot sekä toistamisen arvoiset hetket. Tulokset auttavat johtoa näkemään, millaisia kohtaamiset todella ovat, ja ne on tarkoitettu valmennukseen, ei syyllistämiseen.</translation>
    </message>
    <message>
        <source>How the score was computed</source>
        <translation>Näin tulos laskettiin</translation>
    </message>
    <message>
        <source>How the visit left the observer</source>
        <translation>Käynnin jättämä tunne</translation>
    </message>
    <message>
        <source>How visits left the customer</source>
        <translation>Millaisen tunteen käynnit jättivät</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Viikko (ISO)</translation>
    </message>
    <message>
        <source>In the comparison period {share} ({count} of {visits}): {change} points.</source>
        <translation>Vertailujaksolla {share} ({count} / {visits}): {change} prosenttiyksikköä.</translation>
    </message>
    <message>
        <source>In the previous period it was not ranked.</source>
        <translation>Edellisellä jaksolla se ei ollut järjestyksessä.</translation>
    </message>
    <message>
        <source>In the previous period: rank {rank} of {count}.</source>
        <translation>Edellisellä jaksolla: sija {rank}/{count}.</translation>
    </message>
    <message>
        <source>Its score&apos;s interval allows ranks {best} to {worst}: locations whose intervals overlap its own may be ahead of or behind it by chance.</source>
        <translation>Tuloksen luottamusväli sallii sijat {best}–{worst}: toimipisteet, joiden väli menee päällekkäin sen välin kanssa, voivat olla edellä tai jäljessä sattumalta.</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>JPEG-valokuva</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (interval) over {units} scored questions answered by two observers or more, {values} values</source>
        <translation>Krippendorffin alfa (välimatka-asteikko) {units} pisteytetystä kysymyksestä, joihin vähintään kaksi havainnoijaa vastasi, {values} arvoa</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s guide: 0.800 or more, reliable; 0.667 to 0.800, tentative conclusions only; below 0.667, not reliable.</source>
        <translation>Krippendorffin ohje: 0,800 tai yli, luotettava; 0,667–0,800, vain suuntaa antavia päätelmiä; alle 0,667, ei luotettava.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Jätetty pois</translation>
    </message>
    <message>
        <source>Left the observer:</source>
        <translation>Käynnin jättämä tunne:</translation>
    </message>
    <message>
        <source>Leniency</source>
        <translation>Lempeys</translation>
    </message>
    <message>
        <source>Leniency: the observer&apos;s score minus the mean of the session&apos;s scores, in percentage points (above zero: more lenient). Agreement: the share of their answered questions where they gave the most common answer; questions where two answers tie for most common are left out.</source>
        <translation>Lempeys: havainnoijan tulos miinus kerran tulosten keskiarvo prosenttiyksikköinä (yli nollan: lempeämpi). Yhtäpitävyys: niiden vastattujen kysymysten osuus, joissa havainnoija antoi yleisimmän vastauksen; kysymykset, joissa kaksi vastausta on yhtä yleisiä, jätetään pois.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Toimipisteet</translation>
    </message>
    <message>
        <source>Locations by dimension</source>
        <translation>Toimipisteet ulottuvuuksittain</translation>
    </message>
    <message>
        <source>Lowest agreement first: the share of observer pairs who gave the same answer, and the spread of their points (highest minus lowest, of the points possible). A question many observers read differently usually needs clearer wording or guidance. n: the observers who answered it; * from fewer than {n} observers.</source>
        <translation>Heikoin yhtäpitävyys ensin: samaa vastanneiden havainnoijaparien osuus ja pisteiden vaihteluväli (suurin miinus pienin, mahdollisista pisteistä). Kysymys, jonka moni havainnoija tulkitsee eri tavoin, kaipaa yleensä selkeämpää muotoilua tai ohjetta. n: kysymykseen vastanneet havainnoijat; * alle {n} havainnoijalta.</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nollat</translation>
    </message>
    <message>
        <source>Moments worth repeating</source>
        <translation>Toistamisen arvoiset hetket</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Most common answer</source>
        <translation>Yleisin vastaus</translation>
    </message>
    <message>
        <source>Mystery shopping coaching report: {period}</source>
        <translation>Haamuasioinnin valmennusraportti: {period}</translation>
    </message>
    <message>
        <source>Mystery shopping moments worth repeating: {period}</source>
        <translation>Haamuasioinnin toistamisen arvoiset hetket: {period}</translation>
    </message>
    <message>
        <source>Mystery shopping summary: {period}</source>
        <translation>Haamuasioinnin yhteenveto: {period}</translation>
    </message>
    <message>
        <source>Mystery shopping visit report</source>
        <translation>Haamuasioinnin käyntiraportti</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ei koske</translation>
    </message>
    <message>
        <source>Needs coaching</source>
        <translation>Vaatii valmennusta</translation>
    </message>
    <message>
        <source>Neither: {count} ({share})</source>
        <translation>Ei kumpaakaan: {count} ({share})</translation>
    </message>
    <message>
        <source>Net Uplift per month</source>
        <translation>Net Uplift kuukausittain</translation>
    </message>
    <message>
        <source>Net Uplift per week</source>
        <translation>Net Uplift viikoittain</translation>
    </message>
    <message>
        <source>Net Uplift with</source>
        <translation>Net Uplift, toteutui</translation>
    </message>
    <message>
        <source>Net Uplift without</source>
        <translation>Net Uplift, ei</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>No critical failures in this period.</source>
        <translation>Ei kriittisiä virheitä tällä jaksolla.</translation>
    </message>
    <message>
        <source>No moment worth repeating in this period has notes.</source>
        <translation>Tällä jaksolla ei ole toistamisen arvoisia hetkiä, joissa olisi muistiinpanoja.</translation>
    </message>
    <message>
        <source>No moments worth repeating in this period.</source>
        <translation>Tällä jaksolla ei ole toistamisen arvoisia hetkiä.</translation>
    </message>
    <message>
        <source>No notes: tagged best practice by the reviewer.</source>
        <translation>Ei muistiinpanoja: tarkastaja merkitsi käynnin hyväksi käytännöksi.</translation>
    </message>
    <message>
        <source>No other location&apos;s interval overlaps its own: the rank is not down to chance.</source>
        <translation>Minkään muun toimipisteen väli ei mene päällekkäin sen välin kanssa: sijoitus ei ole sattumaa.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Syytä ei annettu.</translation>
    </message>
    <message>
        <source>No scored answers in this period.</source>
        <translation>Tällä jaksolla ei ole pisteytettyjä vastauksia.</translation>
    </message>
    <message>
        <source>No scored question was answered, so this visit has no score.</source>
        <translation>Yhteenkään pisteytettävään kysymykseen ei vastattu, joten käynnillä ei ole tulosta.</translation>
    </message>
    <message>
        <source>No visit in this period has a feeling answer.</source>
        <translation>Tämän jakson käynneillä ei ole vastauksia tunteesta.</translation>
    </message>
    <message>
        <source>No visits</source>
        <translation>Ei käyntejä</translation>
    </message>
    <message>
        <source>No visits in this period.</source>
        <translation>Tällä jaksolla ei ole käyntejä.</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Ei valintoja</translation>
    </message>
    <message>
        <source>Not final ({status}): its answers and score may still change.</source>
        <translation>Ei lopullinen ({status}): vastaukset ja tulos voivat vielä muuttua.</translation>
    </message>
    <message>
        <source>Not ranked, fewer than {minimum} visits on one side: {names}.</source>
        <translation>Ei järjestetty, toisella puolella alle {minimum} käyntiä: {names}.</translation>
    </message>
    <message>
        <source>Not ranked: fewer than {minimum} visits with a score ({n}). {count} locations are ranked.</source>
        <translation>Ei järjestyksessä: alle {minimum} pisteytettyä käyntiä ({n}). Järjestyksessä on {count} toimipistettä.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Havainnoija</translation>
    </message>
    <message>
        <source>Observer calibration</source>
        <translation>Havainnoijien kalibrointi</translation>
    </message>
    <message>
        <source>Observer calibration session {session}</source>
        <translation>Havainnoijien kalibrointikerta {session}</translation>
    </message>
    <message>
        <source>Observer&apos;s notes</source>
        <translation>Havainnoijan muistiinpanot</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Havainnoijat</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Avoimet toimenpiteet</translation>
    </message>
    <message>
        <source>Overdue: open and due before today. Reopened: done, but a visit after it was closed missed the standard again. The follow-up counts the visits since the action was made that answered its question.</source>
        <translation>Myöhässä: avoin ja määräpäivä ennen tätä päivää. Avattu uudelleen: merkitty tehdyksi, mutta sen jälkeinen käynti jäi taas toteutumatta. Seuranta laskee toimenpiteen tekemisen jälkeiset käynnit, joilla sen kysymykseen vastattiin.</translation>
    </message>
    <message>
        <source>Owner (role)</source>
        <translation>Vastuussa (rooli)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-asiakirja</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-kuva</translation>
    </message>
    <message>
        <source>Pairs agreeing</source>
        <translation>Yhtäpitävät parit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Pictures and file names are left out of an anonymized report: they may show or name people.</source>
        <translation>Kuvat ja tiedostonimet jätetään anonymisoidusta raportista pois: niissä voi näkyä ihmisiä tai heidän nimiään.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Points spread</source>
        <translation>Vaihteluväli</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <source>Printed as the observers wrote them: they may name or describe people.</source>
        <translation>Tulostetaan sellaisina kuin havainnoijat ne kirjoittivat: niissä voidaan nimetä tai kuvailla ihmisiä.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Question by question</source>
        <translation>Kysymys kysymykseltä</translation>
    </message>
    <message>
        <source>Questions across sessions</source>
        <translation>Kysymykset kaikilla kerroilla</translation>
    </message>
    <message>
        <source>Questions compared</source>
        <translation>Verrattuja kysymyksiä</translation>
    </message>
    <message>
        <source>Questions that split observers</source>
        <translation>Kysymykset, joissa havainnoijat eroavat</translation>
    </message>
    <message>
        <source>RETURNED</source>
        <translation>PALAUTETTU</translation>
    </message>
    <message>
        <source>Rank {rank} of {count} ranked locations by average score.</source>
        <translation>Sija {rank}/{count} järjestetyistä toimipisteistä keskimääräisen tuloksen mukaan.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Tulkinta</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Region and all locations: the same period and filters, every location of the region or the programme (this one included). Bars show each average score on 0–100 % with its 95 % interval.</source>
        <translation>Alue ja kaikki toimipisteet: sama jakso ja suodattimet, alueen tai koko ohjelman kaikki toimipisteet (tämä mukaan lukien). Palkit näyttävät kunkin keskimääräisen tuloksen asteikolla 0–100 % ja sen 95 %:n luottamusvälin.</translation>
    </message>
    <message>
        <source>Region {region}</source>
        <translation>Alue {region}</translation>
    </message>
    <message>
        <source>Returned to the observer</source>
        <translation>Palautettu havainnoijalle</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkastus</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Tarkastettu</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Tarkastaja</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Tarkastajan huomio</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>Kh.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Score (%): points earned of points possible, averaged per visit</source>
        <translation>Tulos (%): saadut pisteet mahdollisista, keskiarvo käyntiä kohden</translation>
    </message>
    <message>
        <source>Scored questions</source>
        <translation>Pisteytetyt kysymykset</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Osio</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Kalibrointikerta</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Kertoja</translation>
    </message>
    <message>
        <source>Share greeted</source>
        <translation>Tervehdittyjen osuus</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Henkilökunta</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>Henkilökunta:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>Myymäläpäällikkö</translation>
    </message>
    <message>
        <source>Strongest driver of uplift: where “{behaviour}” happened, Net Uplift was {with_} ({with_n}); where it did not, {without} ({without_n}): a difference of {difference} (95 % interval {interval}). An association, not proof of cause.</source>
        <translation>Vahvin Net Upliftiin liittyvä tekijä: kun ”{behaviour}” toteutui, Net Uplift oli {with_} ({with_n}); kun ei, {without} ({without_n}): ero {difference} (95 %:n luottamusväli {interval}). Kyse on yhteydestä, ei todisteesta syy-seuraussuhteesta.</translation>
    </message>
    <message>
        <source>Submitted and approved (drafts and returned visits left out)</source>
        <translation>Lähetetyt ja hyväksytyt (luonnokset ja palautetut käynnit eivät ole mukana)</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Yhteenvetoraportti</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Target: {score}</source>
        <translation>Tavoite: {score}</translation>
    </message>
    <message>
        <source>The average score and Net Uplift per month, in the observers&apos; local calendar. Periods without visits are left empty.</source>
        <translation>Keskimääräinen tulos ja Net Uplift kuukausittain havainnoijien paikallisen kalenterin mukaan. Jaksot, joilla ei ollut käyntejä, jäävät tyhjiksi.</translation>
    </message>
    <message>
        <source>The average score and Net Uplift per week, in the observers&apos; local calendar. Periods without visits are left empty.</source>
        <translation>Keskimääräinen tulos ja Net Uplift viikoittain havainnoijien paikallisen kalenterin mukaan. Jaksot, joilla ei ollut käyntejä, jäävät tyhjiksi.</translation>
    </message>
    <message>
        <source>The observer&apos;s stopwatch: clock times in the visit&apos;s time zone, the time between taps on the line.</source>
        <translation>Havainnoijan ajanotto: kellonajat käynnin aikavyöhykkeellä, napautusten väliset ajat janalla.</translation>
    </message>
    <message>
        <source>The stories to tell in a team meeting: visits a reviewer tagged best practice, and visits that left the observer clearly uplifted, in the observers&apos; own words. Thank the people behind them: these are for coaching, not for ranking anyone.</source>
        <translation>Tarinat tiimipalaveriin: käynnit, jotka tarkastaja merkitsi hyväksi käytännöksi, ja käynnit, jotka olivat havainnoijalle selvästi kohottavia, havainnoijien omin sanoin. Kiitä ihmisiä niiden takana: nämä ovat valmennusta varten, eivät kenenkään arvottamiseen.</translation>
    </message>
    <message>
        <source>The themes count every visit in the period. Each location then shows the visits reviewers tagged, best practice first, each kind newest first.</source>
        <translation>Teemoissa on mukana jakson jokainen käynti. Sen jälkeen kustakin toimipisteestä näytetään käynnit, joille tarkastajat ovat antaneet tunnisteen, hyvät käytännöt ensin, kummatkin uusimmasta alkaen.</translation>
    </message>
    <message>
        <source>The vertical line is the target, {score}.</source>
        <translation>Pystyviiva on tavoite, {score}.</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>This location</source>
        <translation>Tämä toimipiste</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Tämä jakso</translation>
    </message>
    <message>
        <source>This report contains staff descriptions and is for coaching, not discipline.</source>
        <translation>Tämä raportti sisältää henkilökunnan kuvauksia ja on tarkoitettu valmennukseen, ei kurinpitoon.</translation>
    </message>
    <message>
        <source>This report is for coaching, not discipline. It is anonymized: observer aliases and staff descriptions are left out, though observers&apos; notes may still describe what people said and did.</source>
        <translation>Tämä raportti on tarkoitettu valmennukseen, ei kurinpitoon. Se on anonymisoitu: havainnoijien nimimerkit ja henkilökunnan kuvaukset on jätetty pois, mutta havainnoijien muistiinpanoissa voidaan yhä kuvata, mitä ihmiset sanoivat ja tekivät.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>To practise</source>
        <translation>Harjoiteltavaa</translation>
    </message>
    <message>
        <source>Too few answers to single out a behaviour.</source>
        <translation>Liian vähän vastauksia yksittäisen toimintatavan nostamiseksi esiin.</translation>
    </message>
    <message>
        <source>Too few visits to rank</source>
        <translation>Liian vähän käyntejä järjestykseen</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Kouluttaja</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Kehitys</translation>
    </message>
    <message>
        <source>Uplifted: {count} ({share})</source>
        <translation>Kohottavia: {count} ({share})</translation>
    </message>
    <message>
        <source>Use it to talk through real encounters with the team: to repeat what worked and to practise what did not. Do not use it to rank, blame or sanction individuals, and do not share it beyond the people who coach.</source>
        <translation>Käy sen avulla todellisia kohtaamisia läpi tiimin kanssa: toistakaa sitä, mikä onnistui, ja harjoitelkaa sitä, mikä ei onnistunut. Älä käytä sitä yksittäisten ihmisten vertailuun, syyllistämiseen tai rankaisemiseen, äläkä jaa sitä muille kuin valmentajille.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Käyntiraportti</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <source>Visits counted</source>
        <translation>Mukana olevat käynnit</translation>
    </message>
    <message>
        <source>Visits with a critical failure, a diminished feeling or a score under {limit}, with the observers&apos; notes: {shown}; critical failures first, then the most diminished, then the lowest score. They show where leadership can help, not whom to blame.</source>
        <translation>Käynnit, joilla oli kriittinen virhe, lannistava tunne tai tulos alle {limit}, havainnoijien muistiinpanoineen: {shown}; ensin kriittiset virheet, sitten lannistavimmat, sitten heikoimmat tulokset. Ne näyttävät, missä johto voi auttaa – eivät sitä, ketä syyttää.</translation>
    </message>
    <message>
        <source>Weakest behaviour: “{question}” scored {score} over {n} answers.</source>
        <translation>Heikoin toiminta: ”{question}”, tulos {score} {n} vastauksesta.</translation>
    </message>
    <message>
        <source>Weakest location: {name} scored {score} ({n}, 95 % interval {interval}), reliably below the average of {average}.</source>
        <translation>Heikoin toimipiste: {name}, tulos {score} ({n}, 95 %:n luottamusväli {interval}), luotettavasti keskiarvon {average} alapuolella.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>What did the visits worth repeating do that everyone could do?</source>
        <translation>Mitä toistamisen arvoisilla käynneillä tehtiin, minkä jokainen voisi tehdä?</translation>
    </message>
    <message>
        <source>What drives uplift</source>
        <translation>Mikä selittää Net Upliftia</translation>
    </message>
    <message>
        <source>Which one behaviour will the team practise before the next visits, and how will you know it worked?</source>
        <translation>Mitä yhtä toimintatapaa tiimi harjoittelee ennen seuraavia käyntejä, ja mistä tiedätte, että se toimi?</translation>
    </message>
    <message>
        <source>Whole period: {score}</source>
        <translation>Koko jakso: {score}</translation>
    </message>
    <message>
        <source>Worst experiences</source>
        <translation>Heikoimmat kokemukset</translation>
    </message>
    <message>
        <source>Worth repeating</source>
        <translation>Toistamisen arvoista</translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation>vk {week}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>Yes: no observer aliases and no staff descriptions</source>
        <translation>Kyllä: ei havainnoijien nimimerkkejä eikä henkilökunnan kuvauksia</translation>
    </message>
    <message>
        <source>all {count}</source>
        <translation>kaikki {count}</translation>
    </message>
    <message>
        <source>below {floor} %</source>
        <translation>alle {floor} %</translation>
    </message>
    <message>
        <source>between</source>
        <translation>näiden välillä</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kriittinen</translation>
    </message>
    <message>
        <source>critical failure</source>
        <translation>kriittinen virhe</translation>
    </message>
    <message>
        <source>diminished</source>
        <translation>lannistava</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>jätetty pois</translation>
    </message>
    <message>
        <source>n is the number of visits a figure rests on (for Net Uplift, those with a feeling answer); the range after it is the figure&apos;s 95 % interval, where the figure for all such visits most likely lies. A figure from fewer than {minimum} visits is marked “read with care”.</source>
        <translation>n on käyntien määrä, johon luku perustuu (Net Uplift -luvussa ne, joilla tunne on kirjattu); sen jälkeinen väli on luvun 95 %:n luottamusväli, jolla kaikkien vastaavien käyntien luku todennäköisimmin on. Alle {minimum} käynnin luku merkitään ”tulkitse varoen”.</translation>
    </message>
    <message>
        <source>n under each period is its number of visits. Periods with fewer than {minimum} visits are drawn hollow in grey: read them with care.</source>
        <translation>Kunkin jakson alla oleva n on sen käyntien määrä. Jaksot, joilla on alle {minimum} käyntiä, piirretään onttoina harmaalla: tulkitse ne varoen.</translation>
    </message>
    <message>
        <source>n with</source>
        <translation>n, toteutui</translation>
    </message>
    <message>
        <source>n without</source>
        <translation>n, ei</translation>
    </message>
    <message>
        <source>no visits since</source>
        <translation>ei käyntejä sen jälkeen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>ei vastattu</translation>
    </message>
    <message>
        <source>not asked (hidden)</source>
        <translation>ei kysytty (piilotettu)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ei pisteytetä</translation>
    </message>
    <message>
        <source>nothing (no comparison asked for)</source>
        <translation>ei vertailua (vertailua ei pyydetty)</translation>
    </message>
    <message>
        <source>nothing: no visits in {days}, {why}</source>
        <translation>ei vertailua: ei käyntejä jaksolla {days}, {why}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>avattu uudelleen</translation>
    </message>
    <message>
        <source>the previous month</source>
        <translation>edellinen kuukausi</translation>
    </message>
    <message>
        <source>the previous quarter</source>
        <translation>edellinen vuosineljännes</translation>
    </message>
    <message>
        <source>the previous year</source>
        <translation>edellinen vuosi</translation>
    </message>
    <message>
        <source>the same dates a year earlier</source>
        <translation>samat päivämäärät vuotta aiemmin</translation>
    </message>
    <message>
        <source>the same days of the previous month</source>
        <translation>edellisen kuukauden samat päivät</translation>
    </message>
    <message>
        <source>the same days of the previous quarter</source>
        <translation>edellisen vuosineljänneksen samat päivät</translation>
    </message>
    <message>
        <source>the same days of the previous year</source>
        <translation>edellisen vuoden samat päivät</translation>
    </message>
    <message>
        <source>the same number of days just before</source>
        <translation>yhtä monta päivää juuri ennen jaksoa</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>tasapeli</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>tähän mennessä</translation>
    </message>
    <message>
        <source>too few visits to compare (n = {n})</source>
        <translation>liian vähän käyntejä vertailuun (n = {n})</translation>
    </message>
    <message>
        <source>visit {id}</source>
        <translation>käynti {id}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day} klo {time}</translation>
    </message>
    <message>
        <source>{missed} of {n}</source>
        <translation>{missed}/{n}</translation>
    </message>
    <message>
        <source>{shown} shown of {total} that qualify</source>
        <translation>{shown} näytetty {total} ehdot täyttävästä</translation>
    </message>
    <message>
        <source>{value} pp</source>
        <translation>{value} %-yks.</translation>
    </message>
    <message>
        <source>“{story}”</source>
        <translation>”{story}”</translation>
    </message>
    <message numerus="yes">
        <source>Each location shows at most its {n} best moments: tagged best practice first, then the clearly uplifted, then the highest score.</source>
        <translation>
            <numerusform>Kustakin toimipisteestä näytetään enintään {n} hetki, sen paras: ensin hyväksi käytännöksi merkityt, sitten selvästi kohottavat, sitten paras tulos.</numerusform>
            <numerusform>Kustakin toimipisteestä näytetään enintään {n} parasta hetkeä: ensin hyväksi käytännöksi merkityt, sitten selvästi kohottavat, sitten paras tulos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read with care: alpha rests on {n} questions.</source>
        <translation>
            <numerusform>Tulkitse varoen: alfa perustuu {n} kysymykseen.</numerusform>
            <numerusform>Tulkitse varoen: alfa perustuu {n} kysymykseen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This session&apos;s observers in {n} calibration sessions, oldest first.</source>
        <translation>
            <numerusform>Tämän kerran havainnoijat {n} kalibrointikerralla, vanhin ensin.</numerusform>
            <numerusform>Tämän kerran havainnoijat {n} kalibrointikerralla, vanhin ensin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at {n} locations</source>
        <translation>
            <numerusform>{n} toimipisteessä</numerusform>
            <numerusform>{n} toimipisteessä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held {held} of {n} visits since</source>
        <translation>
            <numerusform>toteutui {held}/{n} käynnillä sen jälkeen</numerusform>
            <numerusform>toteutui {held}/{n} käynnillä sen jälkeen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of {n} visits</source>
        <translation>
            <numerusform>{n} käynnistä</numerusform>
            <numerusform>{n} käynnistä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} moments</source>
        <translation>
            <numerusform>{n} hetki</numerusform>
            <numerusform>{n} hetkeä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} moments worth repeating</source>
        <translation>
            <numerusform>{n} toistamisen arvoinen hetki</numerusform>
            <numerusform>{n} toistamisen arvoista hetkeä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} observers</source>
        <translation>
            <numerusform>{n} havainnoija</numerusform>
            <numerusform>{n} havainnoijaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} open</source>
        <translation>
            <numerusform>{n} avoin</numerusform>
            <numerusform>{n} avointa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} overdue</source>
        <translation>
            <numerusform>{n} myöhässä</numerusform>
            <numerusform>{n} myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} reopened</source>
        <translation>
            <numerusform>{n} avattu uudelleen</numerusform>
            <numerusform>{n} avattu uudelleen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {n} more best-practice visits at this location.</source>
        <translation>
            <numerusform>… ja {n} muu hyvän käytännön käynti tässä toimipisteessä.</numerusform>
            <numerusform>… ja {n} muuta hyvän käytännön käyntiä tässä toimipisteessä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {n} more moments at this location.</source>
        <translation>
            <numerusform>… ja {n} muu hetki tässä toimipisteessä.</numerusform>
            <numerusform>… ja {n} muuta hetkeä tässä toimipisteessä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {n} more needs-coaching visits at this location.</source>
        <translation>
            <numerusform>… ja {n} muu valmennusta vaativa käynti tässä toimipisteessä.</numerusform>
            <numerusform>… ja {n} muuta valmennusta vaativaa käyntiä tässä toimipisteessä.</numerusform>
        </translation>
    </message>
    <message>
        <source>observer</source>
        <translation>havainnoija</translation>
    </message>
    <message>
        <source>(the visit report has the rest)</source>
        <translation>(loput käyntiraportissa)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 %:n luottamusväli</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Sovittu toimenpide</translation>
    </message>
    <message>
        <source>Agreed actions and sign-off</source>
        <translation>Sovitut toimenpiteet ja kuittaus</translation>
    </message>
    <message>
        <source>Answers that earned less than full points</source>
        <translation>Vastaukset, joista ei saatu täysiä pisteitä</translation>
    </message>
    <message>
        <source>Coaching themes: the behaviours most often missed</source>
        <translation>Valmennuksen teemat: useimmin vajaaksi jääneet toimintatavat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Every tagged visit is listed.</source>
        <translation>Kaikki tunnisteella merkityt käynnit ovat mukana.</translation>
    </message>
    <message>
        <source>For discussion</source>
        <translation>Keskusteltavaksi</translation>
    </message>
    <message>
        <source>Less than full points</source>
        <translation>Alle täysien pisteiden</translation>
    </message>
    <message>
        <source>Most missed at each location</source>
        <translation>Useimmin vajaaksi jääneet toimipisteittäin</translation>
    </message>
    <message>
        <source>Most missed here</source>
        <translation>Useimmin vajaaksi jääneet tässä toimipisteessä</translation>
    </message>
    <message>
        <source>No points</source>
        <translation>Ei pisteitä</translation>
    </message>
    <message>
        <source>No poor experiences in this period.</source>
        <translation>Ei heikkoja kokemuksia tällä jaksolla.</translation>
    </message>
    <message>
        <source>No question was answered at least {n} times in this period.</source>
        <translation>Yhteenkään kysymykseen ei vastattu jaksolla vähintään {n} kertaa.</translation>
    </message>
    <message>
        <source>No visit here is tagged best practice or needs coaching.</source>
        <translation>Tämän toimipisteen käynneillä ei ole tunnistetta hyvä käytäntö tai vaatii valmennusta.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Per scored question: how many answers earned less than full points (none, or only part: “Partly” helped, a smile of 4 out of 5) of the visits that answered it, as a share with its 95 % interval. N/A and questions that were not shown are left out.</source>
        <translation>Jokaisesta pisteytettävästä kysymyksestä: kuinka moni vastaus jäi alle täysien pisteiden (ei pisteitä tai vain osa: apua ”Osittain”, hymy 4/5) niistä käynneistä, joilla kysymykseen vastattiin, osuutena ja sen 95 %:n luottamusvälinä. Ei koske -vastaukset ja kysymykset, joita ei näytetty, on jätetty pois.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Näytetty</translation>
    </message>
    <message>
        <source>Visits tagged best practice or that left the observer clearly uplifted, in the observers&apos; own words: {shown}, best score first. Share them with the teams, and thank the people behind them.</source>
        <translation>Hyvä käytäntö -tunnisteella merkityt ja selvästi kohottavat käynnit havainnoijien omin sanoin: {shown}, paras tulos ensin. Jaa ne tiimeille ja kiitä niiden takana olevia ihmisiä.</translation>
    </message>
    <message>
        <source>only {n}: read with care</source>
        <translation>vain {n}: tulkitse varoen</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>sivu {number}/{total}</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>%-yks.</translation>
    </message>
    <message>
        <source>region {region}</source>
        <translation>alue {region}</translation>
    </message>
    <message>
        <source>score</source>
        <translation>tulos</translation>
    </message>
    <message>
        <source>uplifted</source>
        <translation>kohottava</translation>
    </message>
    <message>
        <source>visit id {id}</source>
        <translation>käynnin tunniste {id}</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>edellisestä</translation>
    </message>
    <message>
        <source>{behaviour} ({with_n} with, {without_n} without)</source>
        <translation>{behaviour} ({with_n} kun toteutui, {without_n} kun ei)</translation>
    </message>
    <message>
        <source>{best} best practice, {coach} needs coaching</source>
        <translation>Hyvä käytäntö: {best}, Vaatii valmennusta: {coach}</translation>
    </message>
    <message>
        <source>{dimension} (dimension score ≥ {share} %)</source>
        <translation>{dimension} (ulottuvuuden tulos ≥ {share} %)</translation>
    </message>
    <message>
        <source>{earned} of {possible}</source>
        <translation>{earned}/{possible}</translation>
    </message>
    <message>
        <source>{earned} of {possible} points</source>
        <translation>{earned}/{possible} pistettä</translation>
    </message>
    <message>
        <source>{earned} of {possible} points possible = {score}</source>
        <translation>{earned}/{possible} pistettä = {score}</translation>
    </message>
    <message>
        <source>{floor} % or more</source>
        <translation>{floor} % tai enemmän</translation>
    </message>
    <message>
        <source>{name}: the picture could not be shown.</source>
        <translation>{name}: kuvaa ei voitu näyttää.</translation>
    </message>
    <message>
        <source>{share} of visits</source>
        <translation>{share} käynneistä</translation>
    </message>
    <message>
        <source>{time} (target {target})</source>
        <translation>{time} (tavoite {target})</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (versio {version})</translation>
    </message>
    <message>
        <source>{title}, version {version}</source>
        <translation>{title}, versio {version}</translation>
    </message>
    <message>
        <source>{value} of {low}–{high}</source>
        <translation>{value} asteikolla {low}–{high}</translation>
    </message>
    <message>
        <source>“{question}” fell short in {missed} of {n} visits ({share}). What gets in the way, and what would help?</source>
        <translation>”{question}” jäi vajaaksi {missed}/{n} käynnillä ({share}). Mikä on esteenä, ja mikä auttaisi?</translation>
    </message>
    <message>
        <source>−{limit} or less</source>
        <translation>−{limit} tai vähemmän</translation>
    </message>
    <message numerus="yes">
        <source>At most {n} visits of each kind per location, the most instructive: for needs coaching, critical failures first, then visits with notes, then the most points missed; for best practice, visits with notes, then the highest score.</source>
        <translation>
            <numerusform>Kustakin toimipisteestä enintään {n} käynti kumpaakin lajia, opettavaisimmat: valmennusta vaativista ensin kriittiset virheet, sitten käynnit, joilla on muistiinpanoja, sitten eniten pisteitä menettäneet; hyvistä käytännöistä käynnit, joilla on muistiinpanoja, sitten paras tulos.</numerusform>
            <numerusform>Kustakin toimipisteestä enintään {n} käyntiä kumpaakin lajia, opettavaisimmat: valmennusta vaativista ensin kriittiset virheet, sitten käynnit, joilla on muistiinpanoja, sitten eniten pisteitä menettäneet; hyvistä käytännöistä käynnit, joilla on muistiinpanoja, sitten paras tulos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than {n} visits with a score: their figures are shown with their n but not ranked.</source>
        <translation>
            <numerusform>Alle {n} pisteytetty käynti: luvut näytetään n:n kanssa, mutta toimipisteitä ei järjestetä.</numerusform>
            <numerusform>Alle {n} pisteytettyä käyntiä: luvut näytetään n:n kanssa, mutta toimipisteitä ei järjestetä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locations with at least {n} scored visits, best average score first, each score with its n and 95 % interval (the bar&apos;s whisker): where two intervals overlap, the order of the two may be chance. Critical failures are visits where a critical question earned no points.</source>
        <translation>
            <numerusform>Toimipisteet, joilla on vähintään {n} pisteytetty käynti, paras keskimääräinen tulos ensin; kunkin tuloksen n ja 95 %:n luottamusväli (palkin viiksi). Kun kaksi väliä menee päällekkäin, niiden järjestys voi olla sattumaa. Kriittiset virheet ovat käyntejä, joilla kriittinen kysymys ei tuottanut pisteitä.</numerusform>
            <numerusform>Toimipisteet, joilla on vähintään {n} pisteytettyä käyntiä, paras keskimääräinen tulos ensin; kunkin tuloksen n ja 95 %:n luottamusväli (palkin viiksi). Kun kaksi väliä menee päällekkäin, niiden järjestys voi olla sattumaa. Kriittiset virheet ovat käyntejä, joilla kriittinen kysymys ei tuottanut pisteitä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No question was answered here at least {n} times and missed.</source>
        <translation>
            <numerusform>Tässä toimipisteessä ei ole kysymystä, johon olisi vastattu vähintään {n} kerran ja joka olisi jäänyt vajaaksi.</numerusform>
            <numerusform>Tässä toimipisteessä ei ole kysymystä, johon olisi vastattu vähintään {n} kertaa ja joka olisi jäänyt vajaaksi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The three behaviours most often missed at each location, of the questions answered there at least {n} times.</source>
        <translation>
            <numerusform>Kunkin toimipisteen kolme useimmin vajaaksi jäänyttä toimintatapaa niistä kysymyksistä, joihin siellä vastattiin vähintään {n} kerran.</numerusform>
            <numerusform>Kunkin toimipisteen kolme useimmin vajaaksi jäänyttä toimintatapaa niistä kysymyksistä, joihin siellä vastattiin vähintään {n} kertaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the {n} poor experiences in this period has notes.</source>
        <translation>
            <numerusform>Jakson {n} heikossa kokemuksessa ei ole muistiinpanoja.</numerusform>
            <numerusform>Yhdessäkään jakson {n} heikosta kokemuksesta ei ole muistiinpanoja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fewer than {n} visits</source>
        <translation>
            <numerusform>alle {n} käynti</numerusform>
            <numerusform>alle {n} käyntiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vs {count} in the {n} days compared</source>
        <translation>
            <numerusform>vertailujaksolla {count} ({n} päivä)</numerusform>
            <numerusform>vertailujaksolla {count} ({n} päivää)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} days</source>
        <translation>
            <numerusform>{n} päivä</numerusform>
            <numerusform>{n} päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} days, to date</source>
        <translation>
            <numerusform>{n} päivä, tähän mennessä</numerusform>
            <numerusform>{n} päivää, tähän mennessä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} drafts</source>
        <translation>
            <numerusform>{n} luonnos</numerusform>
            <numerusform>{n} luonnosta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} hidden</source>
        <translation>
            <numerusform>{n} piilotettu</numerusform>
            <numerusform>{n} piilotettua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more questions are missed less often.</source>
        <translation>
            <numerusform>{n} muu kysymys jäi harvemmin vajaaksi.</numerusform>
            <numerusform>{n} muuta kysymystä jäi harvemmin vajaaksi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} questions N/A</source>
        <translation>
            <numerusform>{n} kysymys ”ei koske”</numerusform>
            <numerusform>{n} kysymystä ”ei koske”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} questions answered fewer than {minimum} times are left out.</source>
        <translation>
            <numerusform>{n} kysymys, johon vastattiin alle {minimum} kertaa, on jätetty pois.</numerusform>
            <numerusform>{n} kysymystä, joihin vastattiin alle {minimum} kertaa, on jätetty pois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} questions hidden</source>
        <translation>
            <numerusform>{n} piilotettu kysymys</numerusform>
            <numerusform>{n} piilotettua kysymystä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} questions unanswered</source>
        <translation>
            <numerusform>{n} vastaamaton kysymys</numerusform>
            <numerusform>{n} vastaamatonta kysymystä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} returned to the observer</source>
        <translation>
            <numerusform>{n} palautettu havainnoijalle</numerusform>
            <numerusform>{n} palautettua havainnoijalle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} unanswered</source>
        <translation>
            <numerusform>{n} vastaamaton</numerusform>
            <numerusform>{n} vastaamatonta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} visits</source>
        <translation>
            <numerusform>{n} käynti</numerusform>
            <numerusform>{n} käyntiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} visits in the period</source>
        <translation>
            <numerusform>{n} käynti jaksolla</numerusform>
            <numerusform>{n} käyntiä jaksolla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} visits in this period failed a critical question. By location and question, oldest first, each visit as the start of its id and its date: its visit report has the whole story.</source>
        <translation>
            <numerusform>{n} käynti tällä jaksolla epäonnistui kriittisessä kysymyksessä. Toimipisteittäin ja kysymyksittäin, vanhin ensin; kustakin käynnistä tunnuksen alku ja päivämäärä: käyntiraportissa on koko tarina.</numerusform>
            <numerusform>{n} käyntiä tällä jaksolla epäonnistui kriittisessä kysymyksessä. Toimipisteittäin ja kysymyksittäin, vanhin ensin; kustakin käynnistä tunnuksen alku ja päivämäärä: käyntiraportissa on koko tarina.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} visits with a feeling answer.</source>
        <translation>
            <numerusform>{n} käynti, jolla tunne on kirjattu.</numerusform>
            <numerusform>{n} käyntiä, joilla tunne on kirjattu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} with a score</source>
        <translation>
            <numerusform>tulos {n} käynnillä</numerusform>
            <numerusform>tulos {n} käynnillä</numerusform>
        </translation>
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
</context>
</TS>
