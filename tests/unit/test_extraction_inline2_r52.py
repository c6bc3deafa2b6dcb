"""A drill, fifty-second round (issue 18): an applicant answering the office's quoted
questions inline, the answer pointing at the quoted addresses by shorthand: a last octet
("ta .12 je testovací, zbylé dvě ostré", "the .12 one", "die .12 ist Test"), "the first /
last one", "all three", "ano, všechny". The addresses are the quoted ones, their uses given
by the answer (or by the question it answers); nothing reached this way is certain. Near
misses: an address of the office's own quoted text, a shorthand that fits two quoted
addresses, an answer that declines. Every message was labelled by ``tests/corpus/LABELS.md``
before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, extract, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _reply(
    text: str, sender: str, name: str, subject: str = "RE: Žádost o přístup k XML"
) -> ParsedMessage:
    return mail(body(text, name="body.txt"), subject=subject, sender=sender, sender_name=name)


CASES["cs_octet_rest"] = (
    _reply(
        "Dobrý den,\n\nodpovědi najdete přímo v textu níže.\n\nMarie Dvořáková\nDeník Podřipsko s.r.o.\n"
        "tel. 603 218 447\n\n"
        "Dne 3. 9. 2025 v 9:10 Podatelna ČSÚ <podatelna@czso.cz> napsal(a):\n"
        "> Dobrý den,\n> k Vaší žádosti potřebujeme upřesnit:\n>\n"
        ">> Deník Podřipsko s.r.o. žádá o přístup k výsledkům voleb ve formátu XML,\n"
        ">> IP adresy 192.0.2.40, 192.0.2.41, 192.0.2.47.\n"
        "> Která z adres je testovací?\n"
        "ta .47 je testovací, zbylé dvě jsou produkční\n"
        ">\n> S pozdravem\n> Podatelna ČSÚ\n",
        "dvorakova@podripsko.example",
        "Marie Dvořáková",
    ),
    label(
        FEED,
        ("Deník Podřipsko s.r.o.", None, None),
        ["192.0.2.40", "192.0.2.41"],
        ["192.0.2.47"],
        ("Marie Dvořáková", "dvorakova@podripsko.example", "+420603218447"),
    ),
)

CASES["en_octet_one_original_below"] = (
    _reply(
        "Hello,\n\nmy answers are inline below.\n\nGrace Holt\n\n"
        "-----Original Message-----\nFrom: Filing office CZSO <podatelna@czso.cz>\n"
        "Sent: 5 September 2025 11:20\nSubject: RE: XML feed\n\n"
        "Dear Ms Holt,\nplease tell us:\n\n"
        "> Which of your addresses is for testing?\n"
        "The .33 one; .31 and .32 are production servers.\n\n"
        "Regards\nFiling office\n\n"
        "-----Original Message-----\nFrom: Grace Holt\nSent: 4 September 2025 16:02\n"
        "Subject: XML feed\n\nHello,\nHarbour Times Ltd requests access to the election results XML feed. "
        "Our addresses: 203.0.113.31, 203.0.113.32, 203.0.113.33.\nPhone +44 161 496 0734.\n\nGrace Holt\n",
        "g.holt@harbourtimes.example",
        "Grace Holt",
        "RE: XML feed",
    ),
    label(
        FEED,
        ("Harbour Times Ltd", None, None),
        ["203.0.113.31", "203.0.113.32"],
        ["203.0.113.33"],
        ("Grace Holt", "g.holt@harbourtimes.example", "+441614960734"),
    ),
)

CASES["de_octet_others"] = (
    _reply(
        "Guten Tag,\n\nmeine Antworten stehen unten im Text.\n\nLukas Brandt\nOberland Kurier GmbH\n"
        "Tel. +49 8821 730 244\n\n"
        "Am 02.09.2025 um 10:05 schrieb Podatelna ČSÚ <podatelna@czso.cz>:\n"
        "> Sehr geehrter Herr Brandt,\n> zu Ihrem Antrag:\n"
        ">> Die Oberland Kurier GmbH beantragt Zugang zum XML-Feed der Wahlergebnisse.\n"
        ">> Adressen: 198.51.100.61, 198.51.100.62, 198.51.100.69\n"
        "> Welche Adresse dient dem Test?\n"
        "Die .69 ist Test, die anderen beiden sind Produktion.\n"
        ">\n> Mit freundlichen Grüßen\n> Podatelna\n",
        "brandt@oberland-kurier.example",
        "Lukas Brandt",
        "AW: Antrag XML",
    ),
    label(
        FEED,
        ("Oberland Kurier GmbH", None, None),
        ["198.51.100.61", "198.51.100.62"],
        ["198.51.100.69"],
        ("Lukas Brandt", "brandt@oberland-kurier.example", "+498821730244"),
    ),
)

CASES["sk_last_one"] = (
    _reply(
        "Dobrý deň,\n\nodpovede som vpísal priamo do Vášho mailu.\n\nPeter Kováč\nZáhorský hlas s.r.o.\n"
        "+421 905 331 827\n\n"
        "Dňa 1. 9. 2025 o 14:00 Podatelna ČSÚ napísal(a):\n"
        "> Dobrý deň,\n"
        ">> Záhorský hlas s.r.o. žiada o prístup k výsledkom volieb cez XML. IP 192.0.2.150, 192.0.2.151, 192.0.2.152.\n"
        "> Ktorá adresa je testovacia?\n"
        "tá posledná, ostatné sú produkčné\n"
        ">\n> S pozdravom\n> Podatelna ČSÚ\n",
        "kovac@zahorskyhlas.example",
        "Peter Kováč",
    ),
    label(
        FEED,
        ("Záhorský hlas s.r.o.", None, None),
        ["192.0.2.150", "192.0.2.151"],
        ["192.0.2.152"],
        ("Peter Kováč", "kovac@zahorskyhlas.example", "+421905331827"),
    ),
)

CASES["en_first_one"] = (
    _reply(
        "Hi,\n\nanswers inline.\n\nTom Reed\nValley Post Ltd\n+44 113 496 0581\n\n"
        "On 8 Sep 2025, at 09:41, Filing office CZSO <podatelna@czso.cz> wrote:\n"
        "> Dear Mr Reed,\n"
        ">> Valley Post Ltd applies for the election results XML feed from 198.51.100.201, 198.51.100.202 and 198.51.100.203.\n"
        "> Which one is the test machine?\n"
        "the first one; the other two are production\n"
        ">\n> Kind regards\n> Filing office\n",
        "reed@valleypost.example",
        "Tom Reed",
        "RE: XML feed",
    ),
    label(
        FEED,
        ("Valley Post Ltd", None, None),
        ["198.51.100.202", "198.51.100.203"],
        ["198.51.100.201"],
        ("Tom Reed", "reed@valleypost.example", "+441134960581"),
    ),
)

CASES["cs_all_yes"] = (
    _reply(
        "Dobrý den,\n\nodpovídám v textu níže.\n\nJan Procházka\nRádio Brdy s.r.o.\n777 410 552\n\n"
        "Dne 2. 9. 2025 Podatelna ČSÚ <podatelna@czso.cz> napsal(a):\n"
        ">> Rádio Brdy s.r.o. žádá o přístup k výsledkům voleb v XML z adres 203.0.113.70, 203.0.113.71, 203.0.113.72.\n"
        "> Jsou všechny tři adresy produkční?\n"
        "ano, všechny\n"
        "> Děkujeme.\n",
        "prochazka@radiobrdy.example",
        "Jan Procházka",
    ),
    label(
        FEED,
        ("Rádio Brdy s.r.o.", None, None),
        ["203.0.113.70", "203.0.113.71", "203.0.113.72"],
        [],
        ("Jan Procházka", "prochazka@radiobrdy.example", "+420777410552"),
    ),
)

CASES["pl_octet_rest"] = (
    _reply(
        "Dzień dobry,\n\nodpowiedzi wpisałem poniżej w tekście.\n\nAdam Nowicki\nGazeta Śląska sp. z o.o.\n"
        "tel. +48 32 555 01 78\n\n"
        "W dniu 3.09.2025 Podatelna ČSÚ <podatelna@czso.cz> pisze:\n"
        ">> Gazeta Śląska sp. z o.o. wnioskuje o dostęp do wyników wyborów w XML. Adresy: 192.0.2.90, 192.0.2.91, 192.0.2.99.\n"
        "> Który adres jest testowy?\n"
        ".99 to testowy, pozostałe produkcyjne\n"
        ">\n> Pozdrawiamy\n",
        "nowicki@gazetaslaska.example",
        "Adam Nowicki",
        "Odp: Wniosek XML",
    ),
    label(
        FEED,
        ("Gazeta Śląska sp. z o.o.", None, None),
        ["192.0.2.90", "192.0.2.91"],
        ["192.0.2.99"],
        ("Adam Nowicki", "nowicki@gazetaslaska.example", "+48325550178"),
    ),
)

# near miss: the office's own server address in its quoted text is never one of the
# applicant's ("the other one" is the other one of the applicant's list)
CASES["cs_office_address_near_miss"] = (
    _reply(
        "Dobrý den,\n\nodpovědi jsem vepsal do Vašeho e-mailu.\n\nOndřej Malý\nHlas Vysočiny s.r.o.\n"
        "602 551 903\n\n"
        "Dne 4. 9. 2025 Podatelna ČSÚ <podatelna@czso.cz> napsal(a):\n"
        "> Dobrý den,\n> data budou dostupná ze serveru 192.0.2.200.\n"
        ">> Hlas Vysočiny s.r.o. žádá o přístup k XML s výsledky voleb. Adresy 198.51.100.20 a 198.51.100.21.\n"
        "> Která z nich je testovací?\n"
        "ta .21, druhá je produkční\n"
        ">\n> S pozdravem\n> Podatelna ČSÚ\n",
        "maly@hlasvysociny.example",
        "Ondřej Malý",
    ),
    label(
        FEED,
        ("Hlas Vysočiny s.r.o.", None, None),
        ["198.51.100.20"],
        ["198.51.100.21"],
        ("Ondřej Malý", "maly@hlasvysociny.example", "+420602551903"),
    ),
)

# near miss: the answer declines (no test address); the quoted list keeps its own uses
CASES["en_declines_test"] = (
    _reply(
        "Hello,\n\nsee my answers inline.\n\nNora Lind\nBay Herald Ltd\n+44 29 2018 0544\n\n"
        "On 5 Sep 2025, Filing office CZSO <podatelna@czso.cz> wrote:\n"
        ">> Bay Herald Ltd applies for the election results XML feed.\n"
        ">> Production: 203.0.113.140, 203.0.113.141\n"
        "> Do you also want a test address?\n"
        "No, thanks.\n"
        ">\n> Regards\n",
        "lind@bayherald.example",
        "Nora Lind",
        "RE: XML feed",
    ),
    label(
        FEED,
        ("Bay Herald Ltd", None, None),
        ["203.0.113.140", "203.0.113.141"],
        [],
        ("Nora Lind", "lind@bayherald.example", "+442920180544"),
    ),
)

CASES["fr_octet_autres"] = (
    _reply(
        "Bonjour,\n\nmes réponses sont dans le texte ci-dessous.\n\nClaire Morel\nLe Courrier Alpin SARL\n"
        "+33 4 76 12 58 30\n\n"
        "Le 3 sept. 2025, Podatelna ČSÚ <podatelna@czso.cz> a écrit :\n"
        ">> Le Courrier Alpin SARL demande l'accès au flux XML des résultats des élections depuis "
        "203.0.113.180, 203.0.113.181 et 203.0.113.188.\n"
        "> Quelle adresse sert aux essais ?\n"
        "la .188 ; les autres sont en production\n"
        ">\n> Cordialement\n",
        "morel@courrier-alpin.example",
        "Claire Morel",
        "RE: Flux XML",
    ),
    label(
        FEED,
        ("Le Courrier Alpin SARL", None, None),
        ["203.0.113.180", "203.0.113.181"],
        ["203.0.113.188"],
        ("Claire Morel", "morel@courrier-alpin.example", "+33476125830"),
    ),
)

# near miss: "that's all" in a plain reply above the applicant's own quoted application
# points at nothing; the quoted application keeps its own uses
CASES["en_thats_all_near_miss"] = (
    _reply(
        "Hi,\n\nthanks, that's all from us for now.\n\nDan Frost\n\n"
        "On 2 Sep 2025, Dan Frost <frost@eastmoor.example> wrote:\n"
        "> Hello,\n> Eastmoor Gazette Ltd applies for the election results XML feed.\n"
        "> Production: 198.51.100.230, 198.51.100.231\n> Test: 198.51.100.239\n"
        "> Dan Frost, +44 1904 555 212\n",
        "frost@eastmoor.example",
        "Dan Frost",
        "Re: XML feed",
    ),
    label(
        FEED,
        ("Eastmoor Gazette Ltd", None, None),
        ["198.51.100.230", "198.51.100.231"],
        ["198.51.100.239"],
        ("Dan Frost", "frost@eastmoor.example", "+441904555212"),
    ),
)

# the answer names the one the question asks for; the others have the other use
CASES["hu_octet_only"] = (
    _reply(
        "Jó napot,\n\na válaszokat beírtam a levelébe, lent a szövegben (answers inline below).\n\n"
        "Kovács Anna\nDunai Hírek Kft.\n+36 1 555 0143\n\n"
        "2025. szept. 4., Podatelna ČSÚ <podatelna@czso.cz> írta:\n"
        ">> A Dunai Hírek Kft. hozzáférést kér a választási eredmények XML adataihoz: "
        "192.0.2.70, 192.0.2.71, 192.0.2.77.\n"
        "> Melyik cím a teszt cím?\n"
        "a .77\n"
        ">\n> Üdvözlettel\n",
        "kovacs.anna@dunaihirek.example",
        "Kovács Anna",
        "Re: XML",
    ),
    label(
        FEED,
        ("Dunai Hírek Kft.", None, None),
        ["192.0.2.70", "192.0.2.71"],
        ["192.0.2.77"],
        ("Kovács Anna", "kovacs.anna@dunaihirek.example", "+3615550143"),
    ),
)

XFAIL: dict[str, str] = {
    "en_declines_test": "the application quoted by the office ('>>' inside its quoted message) is "
    "read as the office's text: a reply whose answers give no address reads no address at all",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(
    "name", ["cs_octet_rest", "en_octet_one_original_below", "de_octet_others", "pl_octet_rest"]
)
def test_shorthand_never_certain(name: str) -> None:
    """Addresses reached by a shorthand pointing at the quoted text are never certain."""
    fields = extract(CASES[name][0]).fields
    assert fields["production_ips"].certain is False
    assert fields["test_ips"].certain is False


def test_octet_fitting_two_addresses_not_certain() -> None:
    """The octet ".12" fits two quoted addresses: which one is the test one is not known."""
    p = _reply(
        "Dobrý den,\n\nodpovědi v textu.\n\nKarel Novák\n\n"
        "Dne 4. 9. 2025 Podatelna ČSÚ napsal(a):\n"
        ">> Noviny Jih s.r.o. žádá o XML výsledky voleb, adresy 198.51.100.12, 203.0.113.12, 203.0.113.13.\n"
        "> Která je testovací?\n"
        "ta .12\n> Díky\n",
        "novak@novinyjih.example",
        "Karel Novák",
    )
    fields = extract(p).fields
    assert all(not fields[k].certain for k in ("production_ips", "test_ips") if k in fields)
