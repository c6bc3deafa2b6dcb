"""A drill, fifty-seventh round (issue 18): a contact sentence pointing at a role in a staff
list that closes the message, one person a line, each led by their role ("z naszym technikiem
(patrz podpis)" above "redaktor: …" / "technik: …"): the person of that role is the contact,
with their own line's details. Polish, Italian, Spanish, Czech and German variants, with near
misses: a sentence naming the person by surname (a name outranks a role), a pointer at the
first line's role. Every message was labelled by ``tests/corpus/LABELS.md`` before extraction
ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(key: str, text: str, sender: str, want: Label) -> None:
    CASES[key] = (mail(body(text), subject="Volby - XML", sender=sender), want)


_mail(
    "pl_informatyk_zob_podpis",
    "Dzień dobry,\nzwracamy się o dostęp do danych XML z wynikami wyborów, adres produkcyjny "
    "192.0.2.201.\nOsobą kontaktową będzie nasz informatyk (zob. podpis).\n\nZ poważaniem\n"
    "prezes: Tomasz Lewandowski, +48 22 555 10 10, lewandowski@kurier.example\n"
    "informatyk: Marek Kamiński, +48 603 111 222, kaminski@kurier.example\n"
    "Kurier Mazowiecki sp. z o.o.\n",
    "biuro@kurier.example",
    label(FEED, ("Kurier Mazowiecki sp. z o.o.", None, None), ["192.0.2.201"], [],
          ("Marek Kamiński", "kaminski@kurier.example", "+48603111222")),
)
_mail(
    "it_sistemista_vedi_firma",
    "Buongiorno,\nrichiediamo l'accesso ai dati XML dei risultati elettorali, IP di produzione "
    "198.51.100.202.\nPer questioni tecniche potete contattare la nostra sistemista (vedi firma)."
    "\n\nDistinti saluti\ndirettrice: Giulia Conti, +39 06 9876 5432\n"
    "sistemista: Sara Greco, +39 347 765 4321, greco@cronaca.example\nCronaca Romana S.r.l.\n",
    "segreteria@cronaca.example",
    label(FEED, ("Cronaca Romana S.r.l.", None, None), ["198.51.100.202"], [],
          ("Sara Greco", "greco@cronaca.example", "+393477654321")),
)
_mail(
    "es_tecnico_ver_firma",
    "Buenos días,\nsolicitamos acceso al XML de resultados electorales, IP de producción "
    "203.0.113.203.\nPara cuestiones técnicas contacte con nuestro técnico (ver firma).\n\n"
    "Saludos cordiales\ndirector: Javier López, +34 91 123 45 67\n"
    "técnico: Pablo Ruiz, +34 612 345 678, ruiz@diariosur.example\nDiario del Sur S.L.\n",
    "redaccion@diariosur.example",
    label(FEED, ("Diario del Sur S.L.", None, None), ["203.0.113.203"], [],
          ("Pablo Ruiz", "ruiz@diariosur.example", "+34612345678")),
)
_mail(
    "cs_technik_viz_podpis",
    "Dobrý den,\nžádáme o přístup k XML s výsledky voleb, produkční IP 192.0.2.204.\n"
    "Kontaktní osobou bude náš technik (viz podpis).\n\nS pozdravem\n"
    "jednatel: Petr Novák, 602 111 222, novak@hlasregionu.example\n"
    "technik: Jan Dvořák, 603 333 444, dvorak@hlasregionu.example\nHlas regionu s.r.o.\n",
    "info@hlasregionu.example",
    label(FEED, ("Hlas regionu s.r.o.", None, None), ["192.0.2.204"], [],
          ("Jan Dvořák", "dvorak@hlasregionu.example", "+420603333444")),
)
_mail(
    "de_techniker_siehe_signatur",
    "Guten Tag,\nwir beantragen den Zugang zu den XML-Wahlergebnissen, Produktions-IP "
    "198.51.100.205.\nAnsprechpartner ist unser Techniker (siehe Signatur).\n\n"
    "Mit freundlichen Grüßen\nGeschäftsführer: Klaus Weber, +49 30 1234 5678\n"
    "Techniker: Stefan Braun, +49 171 234 5678, braun@stadtbote.example\nStadtbote GmbH\n",
    "info@stadtbote.example",
    label(FEED, ("Stadtbote GmbH", None, None), ["198.51.100.205"], [],
          ("Stefan Braun", "braun@stadtbote.example", "+491712345678")),
)
# near misses: a name outranks a role; the role pointed at is the first line's
_mail(
    "pl_near_miss_named_surname",
    "Dzień dobry,\nprosimy o dostęp do XML z wynikami wyborów, adres produkcyjny 203.0.113.206.\n"
    "W sprawach technicznych prosimy kontaktować się z panem Zielińskim (patrz podpis).\n\n"
    "Pozdrawiam\nredaktor: Adam Zieliński, +48 601 200 300, zielinski@echo.example\n"
    "technik: Piotr Wójcik, +48 602 400 500, wojcik@echo.example\nEcho Dnia sp. z o.o.\n",
    "redakcja@echo.example",
    label(FEED, ("Echo Dnia sp. z o.o.", None, None), ["203.0.113.206"], [],
          ("Adam Zieliński", "zielinski@echo.example", "+48601200300")),
)
_mail(
    "it_near_miss_first_role",
    "Buongiorno,\nchiediamo l'accesso al feed XML dei risultati elettorali, IP di produzione "
    "192.0.2.207.\nPer qualsiasi domanda contattate il nostro direttore (vedi firma).\n\n"
    "Cordiali saluti\ndirettore: Marco Ferri, +39 02 4455 6677, ferri@gazzetta.example\n"
    "tecnico: Luca Moretti, +39 333 222 1111, moretti@gazzetta.example\nGazzetta Lombarda S.r.l.\n",
    "redazione@gazzetta.example",
    label(FEED, ("Gazzetta Lombarda S.r.l.", None, None), ["192.0.2.207"], [],
          ("Marco Ferri", "ferri@gazzetta.example", "+390244556677")),
)

# (b) a signature of several people with roles, the contact named in the pointer's clause, the
# film crew in another clause of the same sentence
_mail(
    "sk_named_pointer_film_crew_clause",
    "Dobrý deň,\nžiadame o prístup k XML s výsledkami volieb a o povolenie fotografovať na "
    "pracovisku ŠÚ SR počas sčítania.\nProdukčná IP: 192.0.2.208\n\n"
    "Technické veci rieši pani Kováčová (pozri podpis), fotiť bude pán Baláž.\n\nS pozdravom\n\n"
    "Mgr. Peter Horváth | šéfredaktor | +421 905 111 222\n"
    "Ing. Jana Kováčová | vedúca IT | +421 907 333 444 | kovacova@zapad.example\n"
    "Marek Baláž | fotograf | +421 908 555 666\nZápadné noviny, a.s.\n",
    "redakcia@zapad.example",
    label([*FEED, *REC], ("Západné noviny, a.s.", None, None), ["192.0.2.208"], [],
          ("Jana Kováčová", "kovacova@zapad.example", "+421907333444")),
)
_mail(
    "en_named_pointer_film_crew_clause",
    "Hello,\nwe request access to the election results XML, production IP 203.0.113.209.\n\n"
    "Technical questions are handled by Ms Carter (see signature below), Mr Hughes will be "
    "our cameraman.\n\nKind regards\n\nJohn Porter | editor | +44 20 7946 0101\n"
    "Emma Carter | head of IT | +44 7700 900123 | carter@valleypost.example\n"
    "Owen Hughes | cameraman | +44 7700 900456\nValley Post Ltd\n",
    "news@valleypost.example",
    label(FEED, ("Valley Post Ltd", None, None), ["203.0.113.209"], [],
          ("Emma Carter", "carter@valleypost.example", "+447700900123")),
)
_mail(
    "cs_near_miss_two_named_one_clause",
    "Dobrý den,\nžádáme o přístup k XML s výsledky voleb, produkční IP 198.51.100.210.\n\n"
    "Technické věci řeší pan Beneš a paní Vávrová (viz podpis).\n\nS pozdravem\n\n"
    "Mgr. Pavel Kratochvíl | šéfredaktor | +420 602 447 181\n"
    "Ing. Tomáš Beneš | vývojář | +420 725 118 641 | benes@vcnoviny2.example\n"
    "Ing. Simona Vávrová | vedoucí vývoje | +420 725 118 642 | vavrova@vcnoviny2.example\n"
    "Východočeské listy, a.s.\n",
    "redakce@vcnoviny2.example",
    label(FEED, ("Východočeské listy, a.s.", None, None), ["198.51.100.210"], [],
          ("Tomáš Beneš", "benes@vcnoviny2.example", "+420725118641")),
)

_mail(
    "cs_named_pointer_fem_photographer_clause",
    "Dobrý den,\nJihočeský týdeník, a.s. žádá o přístup k průběžným výsledkům voleb (XML) a o "
    "povolení fotografovat na pracovišti ČSÚ v Táboře.\n\nProdukční adresa: 203.0.113.212\n\n"
    "Technické věci kolem přístupu k datům řeší paní Hrubá (viz podpis), fotit bude pan Malý.\n\n"
    "S pozdravem\n\nMgr. Ondřej Sýkora | šéfredaktor | +420 602 111 333\n"
    "Ing. Alena Hrubá | vedoucí IT | +420 725 222 444 | hruba@jihotydenik.example\n"
    "Filip Malý | fotograf | +420 736 333 555\nJihočeský týdeník, a.s. | Pražská 5, Tábor\n",
    "redakce@jihotydenik.example",
    label([*FEED, *REC], ("Jihočeský týdeník, a.s.", None, None), ["203.0.113.212"], [],
          ("Alena Hrubá", "hruba@jihotydenik.example", "+420725222444")),
)
_CS_TEXT = (
    "Dobrý den,\nRadio Polabí s.r.o. žádá o přístup k výsledkům voleb (XML) a o povolení natáčet "
    "na pracovišti ČSÚ v Kolíně.\n\nProdukční adresa: 192.0.2.211\n\n"
    "Přístup k datům řeší pan Holub (viz podpis), natáčet bude paní Veselá.\n\nS pozdravem\n\n"
)
CASES["cs_named_pointer_outlook_text_html"] = (
    mail(
        body(_CS_TEXT + "Mgr. Karel Šindelář | ředitel | +420 603 100 200\n"
             "Ing. Marek Holub | správce serverů | +420 604 300 400 | holub@radiopolabi.example\n"
             "Lenka Veselá | kameramanka | +420 605 500 600\nRadio Polabí s.r.o.\n"),
        html_body("<p>" + _CS_TEXT.replace("\n", "<br>") + "</p>"
                  "<p>Mgr. Karel Šindelář<span>ředitel</span><span>+420 603 100 200</span></p>"
                  "<p>Ing. Marek Holub<span>správce serverů</span><span>+420 604 300 400</span>"
                  "<span>holub@radiopolabi.example</span></p>"
                  "<p>Lenka Veselá<span>kameramanka</span><span>+420 605 500 600</span></p>"
                  "<p>Radio Polabí s.r.o.</p>"),
        subject="Volby - XML", sender="info@radiopolabi.example",
    ),
    label([*FEED, *REC], ("Radio Polabí s.r.o.", None, None), ["192.0.2.211"], [],
          ("Marek Holub", "holub@radiopolabi.example", "+420604300400")),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_contact_pointer_r57(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
