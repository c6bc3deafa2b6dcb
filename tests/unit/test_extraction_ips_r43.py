"""A drill, forty-third round (issue 18): request types and addresses. (a) A reply that
answers the office's question ("ano, i natáčení") above its own application, quoted under the
office's message as mail clients without nested reply headers quote it (an unmarked header
block, the application marked ``>`` below the office's text): the application's request types
and addresses stay; (b) last octets after slashes ("A/41/42"), never a CIDR prefix; (c) a new
address "replacing (the former) A" in a note after it; (d) an address removed before the
election. Each class has near-miss negatives. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, subject: str = "Přístup k výsledkům voleb") -> ParsedMessage:
    return mail(body(text), subject=subject, sender=sender, sender_name=name)


def _quoted(text: str) -> str:
    return "".join(f"> {ln}\n" if ln else ">\n" for ln in text.splitlines())


_OFFICE_CZ = (
    "Od: \"Podatelna ČSÚ\" <podatelna@czso.cz>\nKomu: {to}\n"
    "Odesláno: Pondělí, 7. září 2026 9:12:03\nPředmět: Dotaz k Vaší žádosti\n\n"
)

# (a) an answer to the office's question above the applicant's own quoted application
CASES["cz_zimbra_ano_natacet"] = (
    _mail(
        "Dobrý den,\n\nano, rádi bychom natáčeli i na pracovišti v Ústí nad Labem.\n\n"
        "S pozdravem\nPavla Krejčí\nLabský kurýr s.r.o.\n\n"
        "----- Původní zpráva -----\n"
        + _OFFICE_CZ.format(to="\"Pavla Krejčí\" <krejci@labskykuryr.example>")
        + "Dobrý den,\nzmiňujete záběry z pracoviště. Žádáte i o povolení natáčet?\n\n"
        "Podatelna ČSÚ\n\n"
        + _quoted(
            "Dobrý den,\nžádáme o přístup k XML s výsledky voleb.\n"
            "Produkční IP: 198.51.100.61\nTestovací IP: 198.51.100.62\n"
            "Pavla Krejčí, 604 118 227\nLabský kurýr s.r.o."
        ),
        "krejci@labskykuryr.example",
        "Pavla Krejčí",
        "Re: Dotaz k Vaší žádosti",
    ),
    label(BOTH, ("Labský kurýr s.r.o.", None, None), ["198.51.100.61"], ["198.51.100.62"],
          ("Pavla Krejčí", "krejci@labskykuryr.example", "+420604118227")),
)
CASES["sk_outlook_aj_natacanie"] = (
    _mail(
        "Dobrý deň,\n\náno, prosíme aj o povolenie nakrúcať v Prahe počas sčítania.\n\n"
        "S pozdravom\nIgor Baláž\n\n"
        "From: Podatelna CSU <podatelna@czso.cz>\nSent: Monday, September 7, 2026 9:12 AM\n"
        "To: Igor Baláž <balaz@tatrainfo.example>\nSubject: Dotaz k žádosti\n\n"
        "Dobrý den, máte zájem i o natáčení? Podatelna ČSÚ\n\n"
        + _quoted(
            "Dobrý deň,\nTatra Info s.r.o. žiada o prístup k výsledkom volieb vo formáte XML.\n"
            "Produkčná IP: 203.0.113.140\nTestovacia IP: 203.0.113.141\nIgor Baláž"
        ),
        "balaz@tatrainfo.example",
        "Igor Baláž",
        "RE: Dotaz k žádosti",
    ),
    label(BOTH, ("Tatra Info s.r.o.", None, None), ["203.0.113.140"], ["203.0.113.141"],
          ("Igor Baláž", "balaz@tatrainfo.example", None)),
)
CASES["en_original_message_yes_film"] = (
    _mail(
        "Hello,\n\nyes, we would also like to film at the Prague office on election night.\n\n"
        "Best regards,\nNora Lind\n\n"
        "-----Original Message-----\nFrom: Podatelna CSU <podatelna@czso.cz>\n"
        "Sent: Monday, September 7, 2026 9:12 AM\nTo: Nora Lind <nora@nordicwire.example>\n"
        "Subject: Your application\n\n"
        "Dear Ms Lind, do you also ask for a filming permit? Podatelna CSU\n\n"
        + _quoted(
            "Hello,\nNordic Wire AB requests access to the XML election results.\n"
            "Production IP: 192.0.2.210\nTest IP: 192.0.2.211\nNora Lind"
        ),
        "nora@nordicwire.example",
        "Nora Lind",
        "RE: Your application",
    ),
    label(BOTH, ("Nordic Wire AB", None, None), ["192.0.2.210"], ["192.0.2.211"],
          ("Nora Lind", "nora@nordicwire.example", None)),
)
CASES["de_ursprungliche_ja_filmen"] = (
    _mail(
        "Guten Tag,\n\nja, wir möchten auch in der Zentrale in Prag filmen.\n\n"
        "Mit freundlichen Grüßen\nJonas Weber\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Podatelna ČSÚ <podatelna@czso.cz>\n"
        "From: Podatelna ČSÚ <podatelna@czso.cz>\nSent: Montag, 7. September 2026 09:12\n"
        "Subject: Ihr Antrag\n\nGuten Tag, beantragen Sie auch eine Drehgenehmigung?\n\n"
        + _quoted(
            "Guten Tag,\ndie Oberpfalz Medien GmbH beantragt den Zugang zu den XML-Ergebnissen.\n"
            "Produktion: 198.51.100.91\nTest: 198.51.100.92\nJonas Weber"
        ),
        "weber@opf-medien.example",
        "Jonas Weber",
        "AW: Ihr Antrag",
    ),
    label(BOTH, ("Oberpfalz Medien GmbH", None, None), ["198.51.100.91"], ["198.51.100.92"],
          ("Jonas Weber", "weber@opf-medien.example", None)),
)
CASES["cz_near_ne_natacet_nebudeme"] = (
    _mail(
        "Dobrý den,\n\nne, natáčet nebudeme, stačí nám XML.\n\nS pozdravem\nRudolf Mach\n\n"
        "----- Původní zpráva -----\n"
        + _OFFICE_CZ.format(to="\"Rudolf Mach\" <mach@hanackelisty.example>")
        + "Dobrý den,\nžádáte i o povolení natáčet?\n\nPodatelna ČSÚ\n\n"
        + _quoted(
            "Dobrý den,\nHanácké listy s.r.o. žádají o přístup k výsledkům voleb (XML), "
            "možná i o natáčení.\nProdukční IP: 192.0.2.171\nRudolf Mach"
        ),
        "mach@hanackelisty.example",
        "Rudolf Mach",
        "Re: Dotaz k Vaší žádosti",
    ),
    label(FEED, ("Hanácké listy s.r.o.", None, None), ["192.0.2.171"], [],
          ("Rudolf Mach", "mach@hanackelisty.example", None)),
)
CASES["cz_near_office_question_only"] = (
    # the office's question quoted, no application below it: the reply asks what it says
    _mail(
        "Dobrý den,\n\nano, žádáme o povolení natáčet na pracovišti v Brně.\n\n"
        "S pozdravem\nEva Šimková\nJihomoravské listy s.r.o.\n\n"
        "----- Původní zpráva -----\n"
        + _OFFICE_CZ.format(to="\"Eva Šimková\" <simkova@jmlisty.example>")
        + "Dobrý den,\nmáte zájem o natáčení na našich pracovištích?\n\nPodatelna ČSÚ\n",
        "simkova@jmlisty.example",
        "Eva Šimková",
        "Re: Dotaz k Vaší žádosti",
    ),
    label(REC, ("Jihomoravské listy s.r.o.", None, None), [], [],
          ("Eva Šimková", "simkova@jmlisty.example", None)),
)
CASES["cz_near_gmail_header_then_marks"] = (
    # a reply header above the quote-marked application stays with it (no office text)
    _mail(
        "Dobrý den,\n\nposílám ještě jednou, přidáváme i natáčení.\n\nPetr Holub\n\n"
        "Dne po 7. 9. 2026 v 9:12 Petr Holub <holub@posumavi.example> napsal(a):\n"
        + _quoted(
            "Dobrý den,\nžádáme o přístup k výsledkům voleb ve formátu XML.\n"
            "Produkční IP: 203.0.113.33\nPetr Holub, Pošumavské noviny s.r.o."
        ),
        "holub@posumavi.example",
        "Petr Holub",
        "Re: Přístup k výsledkům voleb",
    ),
    label(BOTH, ("Pošumavské noviny s.r.o.", None, None), ["203.0.113.33"], [],
          ("Petr Holub", "holub@posumavi.example", None)),
)

# (b) last octets after slashes
CASES["cz_slashed_three"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k XML.\nProdukční IP: 198.51.100.10/11/12\n"
        "Testovací IP: 198.51.100.20\n\nS pozdravem\nKarel Vondra\nVondra Media s.r.o.\n",
        "vondra@vondramedia.example",
        "Karel Vondra",
    ),
    label(FEED, ("Vondra Media s.r.o.", None, None),
          ["198.51.100.10", "198.51.100.11", "198.51.100.12"], ["198.51.100.20"],
          ("Karel Vondra", "vondra@vondramedia.example", None)),
)
CASES["de_slashed_two"] = (
    _mail(
        "Guten Tag,\nwir beantragen den Zugang zu den XML-Ergebnissen.\n"
        "Produktiv: 203.0.113.70/71/72, Test: 203.0.113.80\n\nMit freundlichen Grüßen\nAnna Vogt\n",
        "vogt@donaukurier.example",
        "Anna Vogt",
    ),
    label(FEED, (None, None, None), ["203.0.113.70", "203.0.113.71", "203.0.113.72"],
          ["203.0.113.80"], ("Anna Vogt", "vogt@donaukurier.example", None)),
)
CASES["sk_slashed_dotted"] = (
    _mail(
        "Dobrý deň,\nžiadame o prístup k XML.\nProdukčné IP: 192.0.2.40/.41/.42\n"
        "Testovacia IP: 192.0.2.49\n\nS pozdravom\nJán Kováč\n",
        "kovac@spisskenoviny.example",
        "Ján Kováč",
    ),
    label(FEED, (None, None, None), ["192.0.2.40", "192.0.2.41", "192.0.2.42"],
          ["192.0.2.49"], ("Ján Kováč", "kovac@spisskenoviny.example", None)),
)
CASES["cz_near_cidr_30"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k XML.\nProdukční IP: 192.0.2.8/30\n\n"
        "S pozdravem\nLenka Malá\n",
        "mala@polabi.example",
        "Lenka Malá",
    ),
    label(FEED, (None, None, None), ["192.0.2.8", "192.0.2.9", "192.0.2.10", "192.0.2.11"], [],
          ("Lenka Malá", "mala@polabi.example", None)),
)
CASES["en_near_falling_octets"] = (
    # octets that do not rise after the address are no list of its neighbours
    _mail(
        "Hello,\nwe request access to the XML feed.\nProduction IP: 203.0.113.50\n"
        "Test IP: 203.0.113.51\nTicket ref 203.0.113.9/5/1 is unrelated.\n\nBest regards,\nTom Hale\n",
        "hale@coastnews.example",
        "Tom Hale",
    ),
    label(FEED, (None, None, None), ["203.0.113.50"], ["203.0.113.51"],
          ("Tom Hale", "hale@coastnews.example", None)),
)

# (c) "B (replaces the former A)"
CASES["en_replaces_old_ipv6"] = (
    _mail(
        "Hi,\nwe ask for access to the XML results.\n"
        "Production 2001:db8:7::2 (replaces the old 2001:db8:7::1), test 192.0.2.9.\n"
        "Mia Stone, Bay Herald Ltd\n",
        "stone@bayherald.example",
        "Mia Stone",
    ),
    label(FEED, ("Bay Herald Ltd", None, None), ["2001:db8:7::2"], ["192.0.2.9"],
          ("Mia Stone", "stone@bayherald.example", None)),
)
CASES["de_ersetzt_bisherige"] = (
    _mail(
        "Guten Tag,\nwir beantragen den Zugang zu den XML-Ergebnissen.\n"
        "Produktion 198.51.100.60 (ersetzt die bisherige 198.51.100.50), Test 198.51.100.61.\n"
        "Mit freundlichen Grüßen\nLukas Brandt\n",
        "brandt@isartal.example",
        "Lukas Brandt",
    ),
    label(FEED, (None, None, None), ["198.51.100.60"], ["198.51.100.61"],
          ("Lukas Brandt", "brandt@isartal.example", None)),
)
CASES["sk_nahradza_povodnu"] = (
    _mail(
        "Dobrý deň,\nžiadame o prístup k XML.\n"
        "Produkčná 203.0.113.70 (nahrádza pôvodnú 203.0.113.71), test 203.0.113.75.\n"
        "S pozdravom\nMarta Hrušková\n",
        "hruskova@orava.example",
        "Marta Hrušková",
    ),
    label(FEED, (None, None, None), ["203.0.113.70"], ["203.0.113.75"],
          ("Marta Hrušková", "hruskova@orava.example", None)),
)
CASES["cz_near_nahrazuje_ftp"] = (
    # what the address replaces is no address: it stands
    _mail(
        "Dobrý den,\nžádáme o přístup k XML.\n"
        "Produkční server 198.51.100.8 nahrazuje dřívější stahování přes FTP.\n"
        "S pozdravem\nOldřich Pech\n",
        "pech@vysocina.example",
        "Oldřich Pech",
    ),
    label(FEED, (None, None, None), ["198.51.100.8"], [],
          ("Oldřich Pech", "pech@vysocina.example", None)),
)
CASES["cz_near_nahrazuje_ji_nova"] = (
    # the replacing verb's object a pronoun: the address after it is the new one
    _mail(
        "Dobrý den,\nžádáme o přístup k XML.\n"
        "Produkční IP 192.0.2.60 už neplatí, nahrazuje ji 192.0.2.61.\n"
        "S pozdravem\nHana Dvořáková\n",
        "dvorakova@slovacko.example",
        "Hana Dvořáková",
    ),
    label(FEED, (None, None, None), ["192.0.2.61"], [],
          ("Hana Dvořáková", "dvorakova@slovacko.example", None)),
)
CASES["en_near_replaces_it"] = (
    _mail(
        "Hello,\nwe request access to the XML feed.\n"
        "Production: the old 198.51.100.3 is retired; 198.51.100.4 replaces it.\n"
        "Best regards,\nAlan Frost\n",
        "frost@moorland.example",
        "Alan Frost",
    ),
    label(FEED, (None, None, None), ["198.51.100.4"], [],
          ("Alan Frost", "frost@moorland.example", None)),
)

# (d) an address removed before the election
CASES["cz_docasna_do_voleb_rusime"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k XML.\nProdukční IP: 192.0.2.20, 192.0.2.21\n"
        "Adresa 192.0.2.20 je dočasná a do voleb ji rušíme.\nTestovací IP: 192.0.2.29\n"
        "S pozdravem\nJana Nová\n",
        "nova@krkonose.example",
        "Jana Nová",
    ),
    label(FEED, (None, None, None), ["192.0.2.21"], ["192.0.2.29"],
          ("Jana Nová", "nova@krkonose.example", None)),
)
CASES["en_temporary_before_election"] = (
    _mail(
        "Hello,\nwe request access to the XML feed.\nProduction: 203.0.113.30, 203.0.113.31\n"
        "203.0.113.30 is temporary and will be shut down before the election.\n"
        "Best regards,\nRay Cole\n",
        "cole@valleypost.example",
        "Ray Cole",
    ),
    label(FEED, (None, None, None), ["203.0.113.31"], [],
          ("Ray Cole", "cole@valleypost.example", None)),
)
CASES["cz_near_po_volbach_zrusime"] = (
    # removed after the election: asked for now
    _mail(
        "Dobrý den,\nžádáme o přístup k XML.\nProdukční IP: 192.0.2.120, 192.0.2.121\n"
        "Adresa 192.0.2.120 je dočasná, po volbách ji zrušíme.\n"
        "S pozdravem\nIvo Beran\n",
        "beran@jesenik.example",
        "Ivo Beran",
    ),
    label(FEED, (None, None, None), ["192.0.2.120", "192.0.2.121"], [],
          ("Ivo Beran", "beran@jesenik.example", None)),
)
CASES["en_near_until_election_then_off"] = (
    # in use until the election, removed after it: asked for now
    _mail(
        "Hello,\nwe request access to the XML feed.\nProduction: 203.0.113.130\n"
        "Test: 203.0.113.131 is temporary, used only until the election, then shut down.\n"
        "Best regards,\nGwen Hart\n",
        "hart@fenland.example",
        "Gwen Hart",
    ),
    label(FEED, (None, None, None), ["203.0.113.130"], ["203.0.113.131"],
          ("Gwen Hart", "hart@fenland.example", None)),
)

XFAIL: dict[str, str] = {}

_FIELDS = ("request_types", "production_ips", "test_ips")


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0] in _FIELDS] == []


_REPLIES = [k for k in CASES if k.startswith(("cz_zimbra", "sk_outlook", "en_original", "de_urs"))]


@pytest.mark.parametrize("key", _REPLIES)
def test_reply_types_never_certain_alone(key: str) -> None:
    """A reply's own words with the application quoted below: the request types it gives are
    read with the application's, never for certain from the reply alone."""
    from tests.unit.extraction_helpers import extract

    got = extract(CASES[key][0])
    assert got.fields["request_types"].certain is False
