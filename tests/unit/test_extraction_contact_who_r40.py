"""Contact person, e-mail and phone, fortieth round (issue 18), helper r40-who.

Listed misses:

* aq012: a data message's DOCX letter "Ve věci jedná Radka Vondrová, tel. …, …@…" under a
  letterhead: one who acts in the matter was not read, the statutory signer and the
  letterhead's switchboard won.
* ap021: "Štáb: redaktor X (739 …) a kameraman Y (732 …). Vše ostatní řešte se mnou jako
  producentkou – 736 …": the writer's own number after the crew's was read as the crew's.
* ap025: "Please use Giulia as the contact person" above a signature of three people: a
  contact named by one word was not resolved to the person of the signature.

Classes fixed:

1. One who acts in the matter ("Ve věci jedná …", "V této záležitosti za nás jedná …",
   "Vo veci koná …"): the person named, never for certain.
2. The writer speaking of themself ("se mnou", "mnou", "mną") after a crew member's or a
   helper's number owns the number after it; a helper's word right after the writer's "as"
   ("se mnou jako producentkou", "me as the producer") is the writer's role, no helper.
3. A contact sentence that names nobody in full but one person by one word (a given name or
   a surname, in any case): the one full name the text writes with it, never for certain.
4. A form's example number in brackets ("(např. +420 123 456 789)", "(v tvare napr. +421
   900 000 000)", "(e.g. +44 …)") is no one's (r39 drill).
5. A colleague's stanza under the signer's signature (a name line after a lead-in "V kopii
   kolega:", "W zastępstwie:", a vCard's "FN:") holds none of the signer's details (r39 drill).

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.extraction_helpers import body, data_message, extract, mail, text_file

# (id, message, wanted (person, e-mail, phone)); a field wanted as ... is not checked
_Want = tuple[object, object, object]
_CASES: list[tuple[str, ParsedMessage, _Want]] = []


def _case(cid: str, p: ParsedMessage, person: object, email: object, phone: object) -> None:
    _CASES.append((cid, p, (person, email, phone)))


_IPS = "IP adresa serveru: 198.51.100.17\n"

# ---- class 1: one who acts in the matter -------------------------------------------------
_case(
    "a01-cs-ve-veci-jedna-letter",
    data_message(
        "Žádost o přístup",
        text_file(
            "zadost.txt",
            "Horácký týdeník s.r.o. · IČO 27140911\nČeský statistický úřad\n\n"
            "Věc: přístup k výsledkům voleb\nŽádáme o přístup k XML výsledkům, server 198.51.100.44.\n"
            "Ve věci jedná Ing. Tomáš Kratochvíl, tel. 731 220 845, kratochvil@horacky.example.\n"
            "S pozdravem\nJana Horká, jednatelka\nwww.horacky.example · ústředna 566 620 100\n",
        ),
        dm_sender="Horácký týdeník s.r.o.",
    ),
    "Tomáš Kratochvíl",
    "kratochvil@horacky.example",
    "+420731220845",
)
_case(
    "a02-cs-v-teto-zalezitosti-za-nas",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML.\n" + _IPS + "\n"
            "V této záležitosti za nás jedná paní Alena Šindelářová (alena.s@mestskenoviny.example,"
            " 604 771 203).\n\nS úctou\nPetr Vondra\nředitel, Městské noviny z. ú.\n"
        ),
        sender="vondra@mestskenoviny.example",
        sender_name="Petr Vondra",
    ),
    "Alena Šindelářová",
    "alena.s@mestskenoviny.example",
    "+420604771203",
)
_case(
    "a03-sk-vo-veci-kona",
    mail(
        body(
            "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb (XML).\n" + _IPS + "\n"
            "Vo veci koná Marek Hudec, tel. 0905 332 118, hudec@zahorie.example\n\n"
            "S pozdravom\nIveta Kráľová\nkonateľka, Záhorie Media s.r.o.\n"
        ),
        sender="kralova@zahorie.example",
        sender_name="Iveta Kráľová",
    ),
    "Marek Hudec",
    "hudec@zahorie.example",
    "+421905332118",
)
# near miss: the statutory body acting for the company is no contact sentence
_case(
    "a04-cs-za-spolecnost-jedna-jednatel-neg",
    mail(
        body(
            "Dobrý den,\n\nza společnost Bystřický kurýr s.r.o. jedná jednatel Karel Bouček. Prosíme o"
            " přístup k XML.\n" + _IPS + "\nKontaktní osoba: Lucie Pokorná, 776 118 402\n\n"
            "S pozdravem\nKarel Bouček\n"
        ),
        sender="boucek@kuryr.example",
        sender_name="Karel Bouček",
    ),
    "Lucie Pokorná",
    ...,
    "+420776118402",
)
# near miss: "věci" in another sense ("technické věci") with a labelled contact
_case(
    "a05-cs-technicke-veci-neg",
    mail(
        body(
            "Dobrý den,\n\nprosím o přístup k výsledkům. Technické věci jedná s dodavatelem náš"
            " správce.\n" + _IPS + "\nKontakt: Ondřej Malina, tel. 723 400 517, malina@brdy.example\n\n"
            "Děkuji\nOndřej Malina\n"
        ),
        sender="malina@brdy.example",
        sender_name="Ondřej Malina",
    ),
    "Ondřej Malina",
    "malina@brdy.example",
    "+420723400517",
)

# ---- class 2: the writer's own number after a crew's ------------------------------------
_case(
    "b01-cs-crew-then-se-mnou",
    mail(
        body(
            "Dobrý den,\n\nrádi bychom natáčeli ve volební místnosti v Třebíči.\n\n"
            "Na místě bude kameraman Ivo Dušek (605 118 320) a zvukař Aleš Bína (733 902 114)."
            " Cokoli dalšího prosím domlouvejte se mnou, 777 450 218.\n\n"
            "Díky\nMarta Zelená\nTV Západ s.r.o.\n"
        ),
        sender="zelena@tvzapad.example",
        sender_name="Marta Zelená",
    ),
    "Marta Zelená",
    "zelena@tvzapad.example",
    "+420777450218",
)
_case(
    "b02-en-crew-then-me-as-producer",
    mail(
        body(
            "Hello,\n\nwe would like to film at a polling station in Brno on Saturday.\n\n"
            "Crew: camera operator Tom Hill (+44 7700 900 412) and reporter Sam Ode (+44 7700 900"
            " 733). For anything else talk to me as the producer on +44 7700 900 155.\n\n"
            "Best,\nClare Dunn\nNorth Sea Films Ltd\n"
        ),
        sender="clare@northsea.example",
        sender_name="Clare Dunn",
    ),
    "Clare Dunn",
    "clare@northsea.example",
    "+447700900155",
)
_case(
    "b03-sk-stab-so-mnou",
    mail(
        body(
            "Dobrý deň,\n\nžiadame o povolenie nakrúcať v okrskovej komisii v Bratislave.\n"
            "Štáb: kameraman Juraj Oravec (0911 204 337). Ostatné prosím riešte so mnou ako"
            " produkčnou – 0907 551 280.\n\nĎakujem\nSilvia Bartošová\nTV Dunaj s.r.o.\n"
        ),
        sender="bartosova@tvdunaj.example",
        sender_name="Silvia Bartošová",
    ),
    "Silvia Bartošová",
    "bartosova@tvdunaj.example",
    "+421907551280",
)
_case(
    "b04-pl-ekipa-ze-mna",
    mail(
        body(
            "Dzień dobry,\n\nprosimy o zgodę na nagrywanie w lokalu wyborczym w Ostrawie.\n"
            "Ekipa: operator Piotr Zieliński (+48 601 220 117). W pozostałych sprawach proszę"
            " kontaktować się ze mną – +48 602 330 915.\n\nPozdrawiam\nEwa Kubiak\nTVS Śląsk\n"
        ),
        sender="kubiak@tvs.example",
        sender_name="Ewa Kubiak",
    ),
    "Ewa Kubiak",
    "kubiak@tvs.example",
    "+48602330915",
)
# near miss: the crew member's number stays theirs when the writer's own is not offered
_case(
    "b05-cs-crew-only-neg",
    mail(
        body(
            "Dobrý den,\n\nžádáme o povolení natáčení v Kolíně. Na místě bude kameraman Pavel Rys"
            " (731 660 214), se mnou se spojíte e-mailem.\n\nDěkuji\nHana Kalinová\nTV Labe s.r.o.\n"
        ),
        sender="kalinova@tvlabe.example",
        sender_name="Hana Kalinová",
    ),
    "Hana Kalinová",
    "kalinova@tvlabe.example",
    None,
)
# near miss: the producer is a helper, not the writer ("naše producentka")
_case(
    "b06-cs-helper-producer-neg",
    mail(
        body(
            "Dobrý den,\n\nžádám o povolení natáčení v Jihlavě. Kameraman Jan Čáp (736 210 448)."
            " Ostatní vyřizuje naše producentka Eva Krátká, 739 118 602.\n\nS pozdravem\n"
            "Lukáš Brož\nredaktor, TV Vysočina\n"
        ),
        sender="broz@tvvysocina.example",
        sender_name="Lukáš Brož",
    ),
    "Eva Krátká",
    ...,
    "+420739118602",
)

# ---- class 3: a contact by one word in a signature of several ---------------------------
_SIG3 = (
    "S pozdravem\n\nPetr Holub – šéfredaktor, +420 222 110 400, holub@dennik.example\n"
    "Jana Veselá – IT, +420 731 408 226, vesela@dennik.example\n"
    "Karel Novák – foto, +420 602 770 115, novak@dennik.example\n"
)
_case(
    "c01-cs-kontaktni-osobou-bude-jana",
    mail(
        body("Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\nKontaktní osobou bude Jana.\n\n" + _SIG3),
        sender="holub@dennik.example",
        sender_name="Petr Holub",
    ),
    "Jana Veselá",
    "vesela@dennik.example",
    "+420731408226",
)
_case(
    "c02-cs-kontakt-kolegyne-veselou",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\nJako kontakt uveďte prosím kolegyni"
            " Veselou, jsem na cestách.\n\n" + _SIG3
        ),
        sender="holub@dennik.example",
        sender_name="Petr Holub",
    ),
    "Jana Veselá",
    "vesela@dennik.example",
    "+420731408226",
)
_case(
    "c03-en-karel-is-contact",
    mail(
        body(
            "Hello,\n\nplease grant us access to the XML results.\nServer IP: 198.51.100.17\n\n"
            "For this request Karel is our contact person.\n\n" + _SIG3
        ),
        sender="holub@dennik.example",
        sender_name="Petr Holub",
    ),
    "Karel Novák",
    "novak@dennik.example",
    "+420602770115",
)
_case(
    "c04-sk-kontaktna-osoba-je-jana",
    mail(
        body(
            "Dobrý deň,\n\nžiadame o prístup k XML.\n" + _IPS + "\nKontaktnou osobou je kolegyňa Jana.\n\n"
            "S pozdravom\n\nPeter Hudák – šéfredaktor, +421 2 5441 1000, hudak@noviny.example\n"
            "Jana Mikušová – IT, +421 905 118 224, mikusova@noviny.example\n"
        ),
        sender="hudak@noviny.example",
        sender_name="Peter Hudák",
    ),
    "Jana Mikušová",
    "mikusova@noviny.example",
    "+421905118224",
)
# near miss: the one word matches two people of the signature: no choice made for certain
_case(
    "c05-cs-two-janas-neg",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\nKontaktní osobou bude Jana.\n\n"
            "S pozdravem\n\nJana Veselá – IT, +420 731 408 226, vesela@dennik.example\n"
            "Jana Malá – foto, +420 602 770 115, mala@dennik.example\n"
        ),
        sender="vesela@dennik.example",
        sender_name="Jana Veselá",
    ),
    "Jana Veselá",
    "vesela@dennik.example",
    ...,
)
# near miss: a capitalised word that names no one of the text ("Brno") adds no person
_case(
    "c06-cs-place-word-neg",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\nKontakt pro Brno je níže.\n\n"
            "S pozdravem\nPetr Holub\nšéfredaktor, +420 731 220 400, holub@dennik.example\n"
        ),
        sender="holub@dennik.example",
        sender_name="Petr Holub",
    ),
    "Petr Holub",
    "holub@dennik.example",
    "+420731220400",
)

# ---- class 4: a form's example number ---------------------------------------------------
_case(
    "d01-en-form-eg-phone",
    mail(
        text_file(
            "form.txt",
            "Organisation: Danube Radio Ltd\nServer IP: 198.51.100.23\nContact name: Ian Moss\n"
            "Phone (e.g. +44 20 7946 0000): +44 7700 900 318\nEmail: moss@danube.example\n",
        ),
        body("Hi, the form is attached. Ian\n"),
        sender="moss@danube.example",
        sender_name="Ian Moss",
    ),
    "Ian Moss",
    "moss@danube.example",
    "+447700900318",
)
_case(
    "d02-cs-form-vzor-phone",
    mail(
        text_file(
            "zadost.txt",
            "Žadatel: Rádio Krumlov s.r.o.\nIP adresa: 198.51.100.71\nKontaktní osoba: Věra Šimková\n"
            "Mobil (vzor: 777 123 456): 608 331 207\nE-mail: simkova@radiokrumlov.example\n",
        ),
        body("Dobrý den, posílám žádost. V. Šimková\n"),
        sender="simkova@radiokrumlov.example",
        sender_name="Věra Šimková",
    ),
    "Věra Šimková",
    "simkova@radiokrumlov.example",
    "+420608331207",
)
# near miss: a number in brackets after the person's name is theirs ("(mobil 604 …)")
_case(
    "d03-cs-bracket-own-number-neg",
    mail(
        body(
            "Dobrý den,\n\nprosím o přístup k XML.\n" + _IPS + "\nKontakt: Jiří Pešek (mobil 604 220 917)\n\n"
            "Děkuji\nJiří Pešek\n"
        ),
        sender="pesek@obzor.example",
        sender_name="Jiří Pešek",
    ),
    "Jiří Pešek",
    "pesek@obzor.example",
    "+420604220917",
)
# near miss: "např." in a free sentence listing the writer's own numbers keeps them
_case(
    "d04-cs-napr-in-sentence-neg",
    mail(
        body(
            "Dobrý den,\n\nprosím o přístup k XML.\n" + _IPS + "\nKontakt: Jiří Pešek, tel. 604 220 917"
            " (případně i kolegové, např. na ústředně)\n\nDěkuji\nJiří Pešek\n"
        ),
        sender="pesek@obzor.example",
        sender_name="Jiří Pešek",
    ),
    "Jiří Pešek",
    "pesek@obzor.example",
    "+420604220917",
)

# ---- class 5: a colleague's stanza under the signer's signature -------------------------
_case(
    "e01-en-deputy-stanza",
    mail(
        body(
            "Hello,\n\nwe request access to the XML results.\nServer IP: 198.51.100.90\n\n"
            "Contact: Nina Hart, +420 773 210 448.\n\nRegards\nNina Hart\nPrague Weekly\n\n"
            "While I am away, please copy:\nAdam Price\nPhone: +420 773 210 999\n"
            "Email: price@pragueweekly.example\n"
        ),
        sender="hart@pragueweekly.example",
        sender_name="Nina Hart",
    ),
    "Nina Hart",
    "hart@pragueweekly.example",
    "+420773210448",
)
_case(
    "e02-de-vertretung-stanza",
    mail(
        body(
            "Guten Tag,\n\nwir beantragen den Zugang zu den XML-Ergebnissen.\nServer-IP: 198.51.100.91\n\n"
            "Ansprechpartnerin: Petra Lang, Tel. +43 664 120 3344\n\nMit freundlichen Grüßen\n"
            "Petra Lang\nSalzach Rundschau GmbH\n\nVertretung:\nMarkus Huber\nTel.: +43 664 120 9988\n"
            "E-Mail: huber@salzach.example\n"
        ),
        sender="lang@salzach.example",
        sender_name="Petra Lang",
    ),
    "Petra Lang",
    "lang@salzach.example",
    "+436641203344",
)
# near miss: the signer's own labelled lines under their name stay theirs
_case(
    "e03-cs-own-labelled-stanza-neg",
    mail(
        body(
            "Dobrý den,\n\nžádám o přístup k XML.\n" + _IPS + "\nDěkuji\n\n"
            "Tereza Kubátová\nredaktorka\nTel.: 605 330 118\nE-mail: kubatova@listy.example\n"
        ),
        sender="kubatova@listy.example",
        sender_name="Tereza Kubátová",
    ),
    "Tereza Kubátová",
    "kubatova@listy.example",
    "+420605330118",
)
# near miss: a stanza of a colleague who IS named the contact keeps their details
_case(
    "e04-cs-named-colleague-stanza-neg",
    mail(
        body(
            "Dobrý den,\n\nžádám o přístup k XML.\n" + _IPS + "\nKontaktní osobou je kolega níže.\n\n"
            "Děkuji\nTereza Kubátová\n\nKontakt:\nMilan Šafář\nTel.: 605 330 777\nE-mail: safar@listy.example\n"
        ),
        sender="kubatova@listy.example",
        sender_name="Tereza Kubátová",
    ),
    "Milan Šafář",
    "safar@listy.example",
    "+420605330777",
)


def _norm(v: object) -> str | None:
    return None if v is None else " ".join(str(v).split()).casefold()


def _wrong(p: ParsedMessage, want: _Want) -> list[str]:
    got = extract(p).to_dict()
    out = []
    for key, w in zip(("person", "email", "phone"), want, strict=True):
        if w is ...:
            continue
        have = got["contact"][key]
        if _norm(have) != _norm(w):
            certain = got.get("fields", {}).get(f"contact.{key}", {}).get("certain")
            out.append(f"contact.{key}: want {w!r}, got {have!r} (certain={certain})")
    return out


@pytest.mark.parametrize(("cid", "p", "want"), _CASES, ids=[c[0] for c in _CASES])
def test_drill(cid: str, p: ParsedMessage, want: _Want) -> None:
    assert _wrong(p, want) == []
