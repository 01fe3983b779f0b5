"""The PDF reports in English, Finnish and Swedish: the reports' own words (a small catalogue,
no gettext, no Qt) and how numbers and dates read in each language.

The report modules write English and wrap it: `t("Visit report")`,
`t("{count} visits", count=...)`, `tn(n, "{n} answer", "{n} answers")`. The language is
chosen for one build with `use_language("fi")` (reports.build_report does it); it is a
context variable, so two reports built at once in two threads do not mix. Words follow
docs/GLOSSARY.md; numbers and dates follow the conventions Qt's QLocale uses in the app
(decimal comma and a no-break space between thousands in fi and sv; 23.11.2026 in fi,
2026-11-23 in sv). A form's own texts come from the form: `form.tr(text, language())`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from typing import Any

LANGUAGES = ("en", "fi", "sv")
DEFAULT_LANGUAGE = "en"
NBSP = "\u00a0"

_language: ContextVar[str] = ContextVar("report_language", default=DEFAULT_LANGUAGE)


def check_language(lang: str | None) -> str:
    """`lang` as a supported report language ('fi_FI' → 'fi'); None or '' → English.
    ValueError names the supported ones for anything else."""
    if not lang:
        return DEFAULT_LANGUAGE
    code = lang.replace("-", "_").split("_", 1)[0].lower()
    if code not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r} (expected one of: en, fi, sv)")
    return code


def language() -> str:
    """The language the report being built is written in."""
    return _language.get()


@contextmanager
def use_language(lang: str | None) -> Iterator[str]:
    """Build reports in `lang` inside the block (this thread and context only)."""
    token = _language.set(check_language(lang))
    try:
        yield _language.get()
    finally:
        _language.reset(token)


def _index() -> int | None:
    lang = language()
    return None if lang == "en" else (0 if lang == "fi" else 1)


def t(text: str, **values: Any) -> str:
    """`text` in the report's language (English when the catalogue lacks it), with
    `values` filled into its {placeholders}."""
    index = _index()
    if index is not None and text in CATALOGUE:
        text = CATALOGUE[text][index]
    return text.format(**values) if values else text


def tn(n: int, one: str, other: str, **values: Any) -> str:
    """The singular or plural of a counted phrase, with {n} as a formatted count:
    tn(3, "{n} answer", "{n} answers") → "3 vastausta" in Finnish."""
    index = _index()
    forms = (one, other)
    if index is not None and (one, other) in PLURALS:
        forms = PLURALS[(one, other)][index]
    # Finnish and Swedish, like English, use the singular for exactly one.
    chosen = forms[0] if n == 1 else forms[1]
    return chosen.format(n=format_integer(n), **values)


# --- numbers ----------------------------------------------------------------------------------


def decimal_mark() -> str:
    return "." if language() == "en" else ","


def format_integer(value: int) -> str:
    """12,345 in English; 12 345 (a no-break space) in Finnish and Swedish."""
    text = f"{int(value):,}"
    return text if language() == "en" else text.replace(",", NBSP)


def format_decimal(value: float, places: int) -> str:
    """A number with `places` decimals and the language's decimal mark and grouping."""
    text = f"{value:,.{places}f}"
    if language() == "en":
        return text
    return text.replace(",", NBSP).replace(".", ",")


# --- dates and times --------------------------------------------------------------------------

MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fi": (
        "tammi",
        "helmi",
        "maalis",
        "huhti",
        "touko",
        "kesä",
        "heinä",
        "elo",
        "syys",
        "loka",
        "marras",
        "joulu",
    ),
    "sv": ("jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"),
}
WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fi": ("ma", "ti", "ke", "to", "pe", "la", "su"),
    "sv": ("mån", "tis", "ons", "tors", "fre", "lör", "sön"),
}


def date_text(day: date | datetime) -> str:
    """'20 Nov 2026', '20.11.2026' or '2026-11-20'."""
    lang = language()
    if lang == "fi":
        return f"{day.day}.{day.month}.{day.year}"
    if lang == "sv":
        return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
    return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"


def weekday_text(day: date | datetime) -> str:
    """The short name of the day of the week: 'Fri', 'pe', 'fre'."""
    return WEEKDAYS[language()][day.weekday()]


def time_text(moment: datetime, *, seconds: bool = False) -> str:
    """'14:05' ('14.05' in Finnish), with ':07'/'.07' seconds when asked."""
    mark = "." if language() == "fi" else ":"
    text = f"{moment.hour:02d}{mark}{moment.minute:02d}"
    return f"{text}{mark}{moment.second:02d}" if seconds else text


def month_tick(start: date) -> str:
    """A chart's month label over two lines: 'Dec\\n2025', 'joulu\\n2025', 'dec\\n2025'."""
    return f"{MONTHS[language()][start.month - 1]}\n{start.year}"


def week_tick(start: date) -> str:
    """A chart's ISO week label over two lines: 'W47\\n2026', 'vk 47\\n2026', 'v. 47\\n2026'."""
    year, week, _ = start.isocalendar()
    return t("W{week}", week=week) + f"\n{year}"


# --- the catalogue: English → (Finnish, Swedish) ------------------------------------------------
# Every text a report passes to t() (tests/test_translations.py checks that each has both).
# Words follow docs/GLOSSARY.md. Keep {placeholders} as they are.

CATALOGUE: dict[str, tuple[str, str]] = {
    # titles and running texts
    "Visit report": ("Käyntiraportti", "Besöksrapport"),
    "Summary report": ("Yhteenvetoraportti", "Sammanfattande rapport"),
    "Coaching report": ("Valmennusraportti", "Coachningsrapport"),
    "Mystery shopping visit report": (
        "Haamuasioinnin käyntiraportti",
        "Mystery shopping: besöksrapport",
    ),
    "Mystery shopping summary: {period}": (
        "Haamuasioinnin yhteenveto: {period}",
        "Mystery shopping, sammanfattning: {period}",
    ),
    "Mystery shopping coaching report: {period}": (
        "Haamuasioinnin valmennusraportti: {period}",
        "Mystery shopping, coachningsrapport: {period}",
    ),
    "Generated {date} · mysteryshop": ("Luotu {date} · mysteryshop", "Skapad {date} · mysteryshop"),
    "page {number} of {total}": ("sivu {number}/{total}", "sida {number} av {total}"),
    # the filter on a cover page
    "Form": ("Lomake", "Formulär"),
    "All forms": ("Kaikki lomakkeet", "Alla formulär"),
    "Locations": ("Toimipisteet", "Enheter"),
    "All locations": ("Kaikki toimipisteet", "Alla enheter"),
    "region {region}": ("alue {region}", "region {region}"),
    "Period": ("Jakso", "Period"),
    "No visits": ("Ei käyntejä", "Inga besök"),
    "Compared with": ("Vertailukohta", "Jämfört med"),
    "the previous period of the same length, {days}": (
        "edellinen yhtä pitkä jakso, {days}",
        "föregående period av samma längd, {days}",
    ),
    "nothing: no visits in the previous period of the same length ({days})": (
        "ei vertailua: edellisellä yhtä pitkällä jaksolla ei ollut käyntejä ({days})",
        "ingenting: inga besök under föregående period av samma längd ({days})",
    ),
    "Visits counted": ("Mukana olevat käynnit", "Besök som räknas"),
    "Every status": ("Kaikki tilat", "Alla statusar"),
    "Submitted and approved (drafts and returned visits left out)": (
        "Lähetetyt ja hyväksytyt (luonnokset ja palautetut käynnit eivät ole mukana)",
        "Inlämnade och godkända (utkast och returnerade besök räknas inte med)",
    ),
    "Tag": ("Tunniste", "Tagg"),
    "Anonymized": ("Anonymisoitu", "Anonymiserad"),
    "Yes: no observer aliases and no staff descriptions": (
        "Kyllä: ei havainnoijien nimimerkkejä eikä henkilökunnan kuvauksia",
        "Ja: inga observatörsalias och inga personalbeskrivningar",
    ),
    # statuses, channels, timer events, tags
    "Draft": ("Luonnos", "Utkast"),
    "Submitted": ("Lähetetty", "Inlämnad"),
    "Returned": ("Palautettu", "Returnerad"),
    "Approved": ("Hyväksytty", "Godkänd"),
    "In person": ("Paikan päällä", "På plats"),
    "Phone": ("Puhelin", "Telefon"),
    "Chat": ("Chat", "Chatt"),
    "Email": ("Sähköposti", "E-post"),
    "Video": ("Videopuhelu", "Videosamtal"),
    "Arrived": ("Saapuminen", "Ankomst"),
    "Greeted": ("Tervehdys", "Hälsning"),
    "Served": ("Palvelun alku", "Betjäning"),
    "Left": ("Lähtö", "Avfärd"),
    "Best practice": ("Hyvä käytäntö", "God praxis"),
    "Needs coaching": ("Vaatii valmennusta", "Behöver coachning"),
    # dimensions and feelings
    "Greeting": ("Tervehdys", "Hälsning"),
    "Greeting rate": ("Tervehdys", "Hälsning"),
    "Smile": ("Hymy", "Leende"),
    "Presence": ("Läsnäolo", "Närvaro"),
    "Helpfulness": ("Avuliaisuus", "Hjälpsamhet"),
    "Farewell": ("Hyvästely", "Avsked"),
    "Feeling": ("Tunne", "Känsla"),
    "Clearly diminished": ("Selvästi lannistava", "Klart nedslående"),
    "Somewhat diminished": ("Jonkin verran lannistava", "Något nedslående"),
    "Neither": ("Ei kumpaakaan", "Varken eller"),
    "Somewhat uplifted": ("Jonkin verran kohottava", "Något upplyftande"),
    "Clearly uplifted": ("Selvästi kohottava", "Klart upplyftande"),
    # answers
    "Yes": ("Kyllä", "Ja"),
    "No": ("Ei", "Nej"),
    "None chosen": ("Ei valintoja", "Inget valt"),
    "{value} of {low}–{high}": (
        "{value} asteikolla {low}–{high}",
        "{value} på skalan {low}–{high}",
    ),
    "{time} (target {target})": ("{time} (tavoite {target})", "{time} (mål {target})"),
    # the visit report
    "The visit": ("Käynti", "Besöket"),
    "Location": ("Toimipiste", "Enhet"),
    "Region": ("Alue", "Region"),
    "Date and time": ("Ajankohta", "Datum och tid"),
    "{title}, version {version}": ("{title}, versio {version}", "{title}, version {version}"),
    "Observer": ("Havainnoija", "Observatör"),
    "Channel": ("Kanava", "Kanal"),
    "Staff": ("Henkilökunta", "Personal"),
    "Status": ("Tila", "Status"),
    "Tags": ("Tunnisteet", "Taggar"),
    "How the score was computed": ("Näin tulos laskettiin", "Så beräknades resultatet"),
    "No scored question was answered, so this visit has no score.": (
        "Yhteenkään pisteytettävään kysymykseen ei vastattu, joten käynnillä ei ole tulosta.",
        "Ingen poängsatt fråga besvarades, så besöket har inget resultat.",
    ),
    "{earned} of {possible} points possible = {score}": (
        "{earned}/{possible} mahdollisesta pisteestä = {score}",
        "{earned} av {possible} möjliga poäng = {score}",
    ),
    "; every scored question counted": (
        "; kaikki pisteytettävät kysymykset laskettiin mukaan",
        "; alla poängsatta frågor räknades med",
    ),
    "; {words} left out": ("; jätetty pois: {words}", "; utelämnade: {words}"),
    " and ": (" ja ", " och "),
    "Left the observer:": ("Käynnin jättämä tunne:", "Känsla efter besöket:"),
    "Critical failure": ("Kriittinen virhe", "Kritiskt fel"),
    "critical failure": ("kriittinen virhe", "kritiskt fel"),
    "{earned} of {possible} points": (
        "{earned}/{possible} pistettä",
        "{earned} av {possible} poäng",
    ),
    "{earned} of {possible}": ("{earned}/{possible}", "{earned} av {possible}"),
    "A critical question that earns no points flags the visit; the score itself is not changed.": (
        "Kriittinen kysymys, josta ei saa pisteitä, merkitsee käynnin; itse tulos ei muutu.",
        "En kritisk fråga som ger noll poäng flaggar besöket; själva resultatet ändras inte.",
    ),
    "Scores": ("Tulokset", "Resultat"),
    "Section": ("Osio", "Avsnitt"),
    "Dimension": ("Ulottuvuus", "Dimension"),
    "Points": ("Pisteet", "Poäng"),
    "Score": ("Tulos", "Resultat"),
    "Timeline": ("Aikajana", "Tidslinje"),
    "The observer's stopwatch: clock times in the visit's time zone, the time between taps on the line.": (  # noqa: E501
        "Havainnoijan ajanotto: kellonajat käynnin aikavyöhykkeellä, napautusten väliset ajat "
        "janalla.",
        "Observatörens tidtagning: klockslag i besökets tidszon, tiden mellan trycken på linjen.",
    ),
    "Observer's notes": ("Havainnoijan muistiinpanot", "Observatörens anteckningar"),
    "Question": ("Kysymys", "Fråga"),
    "Answer": ("Vastaus", "Svar"),
    "not answered": ("ei vastattu", "obesvarad"),
    "not asked (hidden)": ("ei kysytty (piilotettu)", "inte frågad (dold)"),
    "N/A": ("Ei koske", "Ej tillämpligt"),
    "left out": ("jätetty pois", "utelämnad"),
    "not scored": ("ei pisteytetä", "poängsätts inte"),
    " (in full below)": (" (kokonaan alla)", " (i sin helhet nedan)"),
    "Answers in full": ("Vastaukset kokonaisuudessaan", "Svaren i sin helhet"),
    # attachments (reports/evidence.py)
    "Attachments": ("Liitteet", "Bilagor"),
    "File": ("Tiedosto", "Fil"),
    "Kind": ("Tyyppi", "Typ"),
    "Size": ("Koko", "Storlek"),
    "Added": ("Lisätty", "Tillagd"),
    "JPEG photo": ("JPEG-valokuva", "JPEG-foto"),
    "PNG image": ("PNG-kuva", "PNG-bild"),
    "PDF document": ("PDF-asiakirja", "PDF-dokument"),
    "HEIC photo": ("HEIC-valokuva", "HEIC-foto"),
    "Pictures are left out of an anonymized report: they may show people.": (
        "Kuvat jätetään anonymisoidusta raportista pois: niissä voi näkyä ihmisiä.",
        "Bilder utelämnas i en anonymiserad rapport: de kan visa personer.",
    ),
    "{name}: the picture could not be shown.": (
        "{name}: kuvaa ei voitu näyttää.",
        "{name}: bilden kunde inte visas.",
    ),
    # the summary report
    "How customers experienced service in this period: scores, how visits left them feeling (Net Uplift), the patterns across locations and questions, and moments worth repeating. These results are for leaders to see the truth of encounters and for coaching, not for blame.": (  # noqa: E501
        "Miten asiakkaat kokivat palvelun tällä jaksolla: tulokset, millaisen tunteen käynnit "
        "jättivät (Net Uplift), toimipisteiden ja kysymysten väliset erot sekä toistamisen "
        "arvoiset hetket. Tulokset auttavat johtoa näkemään, millaisia kohtaamiset todella "
        "ovat, ja ne on tarkoitettu valmennukseen, ei syyllistämiseen.",
        "Hur kunderna upplevde servicen under perioden: resultat, vilken känsla besöken "
        "lämnade (Net Uplift), mönster mellan enheter och frågor samt stunder värda att "
        "upprepa. Resultaten hjälper ledningen att se hur mötena verkligen är och är till för "
        "coachning, inte för att skuldbelägga.",
    ),
    "Headline figures": ("Pääluvut", "Nyckeltal"),
    "A score is points earned of points possible over the questions that applied to a visit (N/A and unasked questions are left out); averages weigh every visit equally. Greeting, smile, presence and helpfulness are dimension scores. Net Uplift is the % of visits that left the observer uplifted minus the % that left them diminished (−100 … +100). Changes compare with the previous period of the same length; “pts” are percentage points.": (  # noqa: E501
        "Tulos on saadut pisteet mahdollisista pisteistä niissä kysymyksissä, jotka koskivat "
        "käyntiä (”ei koske” -vastaukset ja kysymättä jääneet eivät ole mukana); keskiarvoissa "
        "jokaisella käynnillä on sama paino. Tervehdys, hymy, läsnäolo ja avuliaisuus ovat "
        "ulottuvuuksien tuloksia. Net Uplift on kohottaviksi koettujen käyntien osuus (%) "
        "miinus lannistaviksi koettujen osuus (%) (−100 … +100). Muutoksia verrataan "
        "edelliseen yhtä pitkään jaksoon; ”%-yks.” tarkoittaa prosenttiyksikköä.",
        "Resultatet är erhållna poäng av möjliga poäng för de frågor som gällde besöket "
        "(ej tillämpliga och ej ställda frågor räknas inte med); i medelvärdena väger varje "
        "besök lika mycket. Hälsning, leende, närvaro och hjälpsamhet är resultat per "
        "dimension. Net Uplift är andelen besök som upplevdes som upplyftande (%) minus "
        "andelen som upplevdes som nedslående (%) (−100 … +100). Förändringarna jämförs med "
        "föregående period av samma längd; ”p.e.” betyder procentenheter.",
    ),
    "pts": ("%-yks.", "p.e."),
    "vs previous": ("edelliseen verrattuna", "jämfört med föregående"),
    "Visits": ("Käynnit", "Besök"),
    "Average score": ("Keskimääräinen tulos", "Genomsnittligt resultat"),
    "Critical failures": ("Kriittiset virheet", "Kritiska fel"),
    "{share} of visits": ("{share} käynneistä", "{share} av besöken"),
    "Trends": ("Kehitys", "Trender"),
    "No visits in this period.": ("Tällä jaksolla ei ole käyntejä.", "Inga besök under perioden."),
    "All visits fall in one month: a trend needs at least two. The headline figures on the first page are this period's.": (  # noqa: E501
        "Kaikki käynnit osuvat samalle kuukaudelle: kehitykseen tarvitaan vähintään kaksi. "
        "Ensimmäisen sivun pääluvut kuvaavat tätä jaksoa.",
        "Alla besök infaller under samma månad: en trend kräver minst två. Nyckeltalen på "
        "första sidan gäller den här perioden.",
    ),
    "All visits fall in one week: a trend needs at least two. The headline figures on the first page are this period's.": (  # noqa: E501
        "Kaikki käynnit osuvat samalle viikolle: kehitykseen tarvitaan vähintään kaksi. "
        "Ensimmäisen sivun pääluvut kuvaavat tätä jaksoa.",
        "Alla besök infaller under samma vecka: en trend kräver minst två. Nyckeltalen på "
        "första sidan gäller den här perioden.",
    ),
    "The average score and Net Uplift per month, in the observers' local calendar. Periods without visits are left empty.": (  # noqa: E501
        "Keskimääräinen tulos ja Net Uplift kuukausittain havainnoijien paikallisen kalenterin "
        "mukaan. Jaksot, joilla ei ollut käyntejä, jäävät tyhjiksi.",
        "Genomsnittligt resultat och Net Uplift per månad, enligt observatörernas lokala "
        "kalender. Perioder utan besök lämnas tomma.",
    ),
    "The average score and Net Uplift per week, in the observers' local calendar. Periods without visits are left empty.": (  # noqa: E501
        "Keskimääräinen tulos ja Net Uplift viikoittain havainnoijien paikallisen kalenterin "
        "mukaan. Jaksot, joilla ei ollut käyntejä, jäävät tyhjiksi.",
        "Genomsnittligt resultat och Net Uplift per vecka, enligt observatörernas lokala "
        "kalender. Perioder utan besök lämnas tomma.",
    ),
    "Average score per month": (
        "Keskimääräinen tulos kuukausittain",
        "Genomsnittligt resultat per månad",
    ),
    "Average score per week": (
        "Keskimääräinen tulos viikoittain",
        "Genomsnittligt resultat per vecka",
    ),
    "Net Uplift per month": ("Net Uplift kuukausittain", "Net Uplift per månad"),
    "Net Uplift per week": ("Net Uplift viikoittain", "Net Uplift per vecka"),
    "Dimension scores": ("Ulottuvuuksien tulokset", "Resultat per dimension"),
    "Each dimension's points earned of points possible, averaged over the visits that scored it, beside the previous period.": (  # noqa: E501
        "Kunkin ulottuvuuden saadut pisteet mahdollisista pisteistä keskimäärin niillä "
        "käynneillä, joilla se arvioitiin, edellisen jakson rinnalla.",
        "Varje dimensions erhållna poäng av möjliga poäng, i genomsnitt för de besök där den "
        "bedömdes, bredvid föregående period.",
    ),
    "Each dimension's points earned of points possible, averaged over the visits that scored it.": (  # noqa: E501
        "Kunkin ulottuvuuden saadut pisteet mahdollisista pisteistä keskimäärin niillä "
        "käynneillä, joilla se arvioitiin.",
        "Varje dimensions erhållna poäng av möjliga poäng, i genomsnitt för de besök där den "
        "bedömdes.",
    ),
    "How visits left the customer": (
        "Millaisen tunteen käynnit jättivät",
        "Vilken känsla besöken lämnade",
    ),
    "Did the encounter leave the observer uplifted or diminished?": (
        "Jäikö havainnoijalle kohottava vai lannistava tunne?",
        "Upplevde observatören mötet som upplyftande eller nedslående?",
    ),
    "No visit in this period has a feeling answer.": (
        "Tämän jakson käynneillä ei ole vastauksia tunteesta.",
        "Inget besök under perioden har ett svar om känslan.",
    ),
    "Best average score first. Critical failures are visits where a critical question earned no points.": (  # noqa: E501
        "Paras keskimääräinen tulos ensin. Kriittiset virheet ovat käyntejä, joilla "
        "kriittinen kysymys jäi ilman pisteitä.",
        "Bästa genomsnittliga resultat först. Kritiska fel är besök där en kritisk fråga gav "
        "noll poäng.",
    ),
    "Question by question": ("Kysymys kysymykseltä", "Fråga för fråga"),
    "No scored answers in this period.": (
        "Tällä jaksolla ei ole pisteytettyjä vastauksia.",
        "Inga poängsatta svar under perioden.",
    ),
    "Every scored question, the weakest first: points earned of points possible over the visits that answered it. “Missed” counts answers that earned no points; N/A answers are left out of the score. Each version of a form is listed on its own, so a changed question is never silently merged or dropped.": (  # noqa: E501
        "Kaikki pisteytettävät kysymykset heikoimmasta alkaen: saadut pisteet mahdollisista "
        "pisteistä käynneillä, joilla kysymykseen vastattiin. ”Nolla” laskee vastaukset, "
        "joista ei saatu pisteitä; ”ei koske” -vastaukset eivät vaikuta tulokseen. Lomakkeen "
        "jokainen versio on omana rivinään, joten muuttunutta kysymystä ei koskaan "
        "yhdistetä toiseen tai jätetä huomiotta.",
        "Alla poängsatta frågor, den svagaste först: erhållna poäng av möjliga poäng för de "
        "besök där frågan besvarades. ”Noll” räknar svar som gav noll poäng; svar som ej "
        "tillämpligt räknas inte in i resultatet. Varje version av ett formulär redovisas för "
        "sig, så en ändrad fråga slås aldrig ihop eller faller bort i tysthet.",
    ),
    "Answered": ("Vastattu", "Besvarade"),
    "Missed": ("Nolla", "Noll"),
    "{title} (version {version})": ("{title} (versio {version})", "{title} (version {version})"),
    "Moments worth repeating": ("Toistamisen arvoiset hetket", "Stunder värda att upprepa"),
    "Visits tagged best practice, in the observers' own words: {shown}, best score first. Share them with the teams, and thank the people behind them.": (  # noqa: E501
        "Hyvä käytäntö -tunnisteella merkityt käynnit havainnoijien omin sanoin: {shown}, "
        "paras tulos ensin. Jaa ne tiimeille ja kiitä niiden takana olevia ihmisiä.",
        "Besök taggade god praxis, med observatörernas egna ord: {shown}, bästa resultat "
        "först. Dela dem med teamen och tacka personerna bakom dem.",
    ),
    "No visit in this period is tagged best practice with notes.": (
        "Tällä jaksolla ei ole Hyvä käytäntö -tunnisteella merkittyjä käyntejä, joissa on "
        "muistiinpanoja.",
        "Inget besök under perioden är taggat god praxis och har anteckningar.",
    ),
    "Worst experiences": ("Heikoimmat kokemukset", "Sämsta upplevelserna"),
    "Visits with a critical failure, a diminished feeling or a score under {limit}, with the observers' notes: {shown}; critical failures first, then the most diminished, then the lowest score. They show where leadership can help, not whom to blame.": (  # noqa: E501
        "Käynnit, joilla oli kriittinen virhe, lannistava tunne tai tulos alle {limit}, "
        "havainnoijien muistiinpanoineen: {shown}; ensin kriittiset virheet, sitten "
        "lannistavimmat, sitten heikoimmat tulokset. Ne näyttävät, missä johto voi auttaa – "
        "eivät sitä, ketä syyttää.",
        "Besök med kritiskt fel, nedslående känsla eller ett resultat under {limit}, med "
        "observatörernas anteckningar: {shown}; kritiska fel först, sedan de mest "
        "nedslående, sedan de lägsta resultaten. De visar var ledningen kan hjälpa till, inte "
        "vem som ska skuldbeläggas.",
    ),
    "No poor experiences with notes in this period.": (
        "Tällä jaksolla ei ole heikkoja kokemuksia, joissa on muistiinpanoja.",
        "Inga dåliga upplevelser med anteckningar under perioden.",
    ),
    "all {count}": ("kaikki {count}", "alla {count}"),
    "{shown} of {total}": ("{shown}/{total}", "{shown} av {total}"),
    "score": ("tulos", "resultat"),
    # charts
    "Average score (%)": ("Keskimääräinen tulos (%)", "Genomsnittligt resultat (%)"),
    "Month": ("Kuukausi", "Månad"),
    "ISO week": ("Viikko (ISO)", "Vecka (ISO)"),
    "W{week}": ("vk {week}", "v. {week}"),
    "Whole period: {score}": ("Koko jakso: {score}", "Hela perioden: {score}"),
    "+20 or more": ("+20 tai enemmän", "+20 eller mer"),
    "between": ("siltä väliltä", "däremellan"),
    "−20 or less": ("−20 tai vähemmän", "−20 eller mindre"),
    "Score (%): points earned of points possible, averaged per visit": (
        "Tulos (%): saadut pisteet mahdollisista, keskiarvo käyntiä kohden",
        "Resultat (%): erhållna poäng av möjliga, medelvärde per besök",
    ),
    "This period": ("Tämä jakso", "Denna period"),
    "Previous period": ("Edellinen jakso", "Föregående period"),
    "diminished": ("lannistava", "nedslående"),
    "uplifted": ("kohottava", "upplyftande"),
    "How the visit left the observer": ("Käynnin jättämä tunne", "Känslan efter besöket"),
    "Uplifted: {count} ({share})": (
        "Kohottava: {count} ({share})",
        "Upplyftande: {count} ({share})",
    ),
    "Neither: {count} ({share})": (
        "Ei kumpaakaan: {count} ({share})",
        "Varken eller: {count} ({share})",
    ),
    "Diminished: {count} ({share})": (
        "Lannistava: {count} ({share})",
        "Nedslående: {count} ({share})",
    ),
    "% uplifted − % diminished": ("% kohottavia − % lannistavia", "% upplyftande − % nedslående"),
    # the coaching report
    "This report is for coaching, not discipline. It is anonymized: observer aliases and staff descriptions are left out, though observers' notes may still describe what people said and did.": (  # noqa: E501
        "Tämä raportti on tarkoitettu valmennukseen, ei kurinpitoon. Se on anonymisoitu: "
        "havainnoijien nimimerkit ja henkilökunnan kuvaukset on jätetty pois, mutta "
        "havainnoijien muistiinpanoissa voidaan yhä kuvata, mitä ihmiset sanoivat ja tekivät.",
        "Rapporten är till för coachning, inte för disciplinära åtgärder. Den är anonymiserad: "
        "observatörsalias och personalbeskrivningar är utelämnade, men observatörernas "
        "anteckningar kan ändå beskriva vad personer sade och gjorde.",
    ),
    "This report contains staff descriptions and is for coaching, not discipline.": (
        "Tämä raportti sisältää henkilökunnan kuvauksia ja on tarkoitettu valmennukseen, ei "
        "kurinpitoon.",
        "Rapporten innehåller personalbeskrivningar och är till för coachning, inte för "
        "disciplinära åtgärder.",
    ),
    "Use it to talk through real encounters with the team: to repeat what worked and to practise what did not. Do not use it to rank, blame or sanction individuals, and do not share it beyond the people who coach.": (  # noqa: E501
        "Käy sen avulla todellisia kohtaamisia läpi tiimin kanssa: toistakaa sitä, mikä "
        "onnistui, ja harjoitelkaa sitä, mikä ei onnistunut. Älä käytä sitä yksittäisten "
        "ihmisten vertailuun, syyllistämiseen tai rankaisemiseen, äläkä jaa sitä muille kuin "
        "valmentajille.",
        "Använd den för att gå igenom verkliga möten med teamet: upprepa det som fungerade och "
        "öva på det som inte gjorde det. Använd den inte för att rangordna, skuldbelägga "
        "eller bestraffa enskilda personer, och dela den inte utanför kretsen som coachar.",
    ),
    "At a glance": ("Yhdellä silmäyksellä", "I korthet"),
    "No encounter in this period is tagged best practice or needs coaching.": (
        "Tällä jaksolla yhtäkään kohtaamista ei ole merkitty tunnisteella Hyvä käytäntö tai "
        "Vaatii valmennusta.",
        "Inget servicemöte under perioden är taggat god praxis eller behöver coachning.",
    ),
    "Encounters tagged by reviewers, per location. Each location starts on a new page, grouped by staff role; within a role, moments worth repeating come first.": (  # noqa: E501
        "Tarkastajien tunnisteilla merkitsemät kohtaamiset toimipisteittäin. Jokainen "
        "toimipiste alkaa uudelta sivulta henkilökunnan rooleittain ryhmiteltynä; roolin "
        "sisällä toistamisen arvoiset hetket tulevat ensin.",
        "Servicemöten som granskarna har taggat, per enhet. Varje enhet börjar på en ny sida, "
        "grupperad efter personalroll; inom en roll kommer stunder värda att upprepa först.",
    ),
    "{best} best practice, {coach} needs coaching": (
        "Hyvä käytäntö: {best}, Vaatii valmennusta: {coach}",
        "God praxis: {best}, Behöver coachning: {coach}",
    ),
    "Staff role not recorded": (
        "Henkilökunnan roolia ei kirjattu",
        "Personalroll inte registrerad",
    ),
    "All staff (anonymized)": ("Koko henkilökunta (anonymisoitu)", "All personal (anonymiserad)"),
    "Staff:": ("Henkilökunta:", "Personal:"),
    "not recorded": ("ei kirjattu", "inte registrerad"),
    "observer": ("havainnoija", "observatör"),
    "Answers that earned no points": (
        "Vastaukset, joista ei saatu pisteitä",
        "Svar som gav noll poäng",
    ),
    "critical": ("kriittinen", "kritisk"),
    "Reviewer's note": ("Tarkastajan huomio", "Granskarens anteckning"),
}

# Counted phrases: (English singular, plural) → ((Finnish singular, plural), (Swedish …)).
PLURALS: dict[tuple[str, str], tuple[tuple[str, str], tuple[str, str]]] = {
    ("{n} day", "{n} days"): (("{n} päivä", "{n} päivää"), ("{n} dag", "{n} dagar")),
    ("{n} with a score", "{n} with a score"): (
        ("tulos {n} käynnillä", "tulos {n} käynnillä"),
        ("{n} med resultat", "{n} med resultat"),
    ),
    ("of {n} visit with a feeling", "of {n} visits with a feeling"): (
        ("{n} käynnistä, joilla tunne kirjattu", "{n} käynnistä, joilla tunne kirjattu"),
        ("av {n} besök med känsla", "av {n} besök med känsla"),
    ),
    ("{n} visit scored it", "{n} visits scored it"): (
        ("arvioitu {n} käynnillä", "arvioitu {n} käynnillä"),
        ("bedömd vid {n} besök", "bedömd vid {n} besök"),
    ),
    ("only {n} answer: read with care", "only {n} answers: read with care"): (
        ("vain {n} vastaus: tulkitse varoen", "vain {n} vastausta: tulkitse varoen"),
        ("bara {n} svar: tolka med försiktighet", "bara {n} svar: tolka med försiktighet"),
    ),
    ("{n} visit with a feeling answer.", "{n} visits with a feeling answer."): (
        ("{n} käynti, jolla tunne kirjattu.", "{n} käyntiä, joilla tunne kirjattu."),
        ("{n} besök med svar om känslan.", "{n} besök med svar om känslan."),
    ),
    ("{n} question N/A", "{n} questions N/A"): (
        ("{n} kysymys ”ei koske”", "{n} kysymystä ”ei koske”"),
        ("{n} fråga ej tillämplig", "{n} frågor ej tillämpliga"),
    ),
    ("{n} hidden", "{n} hidden"): (
        ("{n} piilotettu", "{n} piilotettua"),
        ("{n} dold", "{n} dolda"),
    ),
    ("{n} question hidden", "{n} questions hidden"): (
        ("{n} piilotettu kysymys", "{n} piilotettua kysymystä"),
        ("{n} fråga dold", "{n} frågor dolda"),
    ),
    ("{n} unanswered", "{n} unanswered"): (
        ("{n} vastaamaton", "{n} vastaamatonta"),
        ("{n} obesvarad", "{n} obesvarade"),
    ),
    ("{n} question unanswered", "{n} questions unanswered"): (
        ("{n} vastaamaton kysymys", "{n} vastaamatonta kysymystä"),
        ("{n} fråga obesvarad", "{n} frågor obesvarade"),
    ),
}
