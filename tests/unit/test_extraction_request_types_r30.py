"""Request types, thirtieth round (issue 18): yes/no tables whose label column is captioned
with a yes word, a request put off to another election or a later year, and the applicant's
own earlier e-mail attached to the new one.

Listed misses: xb004 (a DOCX table "Požadujeme | ANO | NE" with the filming marked under NE
was read as asking to film: the caption of the label column, "Požadujeme", was taken for a
second yes column, so no table was read and the row fell to prose), xc009 ("Natáčet bychom
chtěli až u krajských voleb v roce 2028, letos ne.": only a later year or a "next" election
counted as a putting off) and xc014 (a photographer sends his own unanswered e-mail again as
an attached .eml; the filming asked there was never read, as an attached e-mail counted as
the application only when it carried the addresses).

Classes fixed:

1. A yes/no table's header whose first cell (the label column) is itself a yes or a no word
   ("Požadujeme | ANO | NE", "Requested | Yes | No"): the caption of the label column, not
   a second yes column.
2. "Not until" ("až", "teprve", "erst", "dopiero", "not until") followed by an election of
   another kind ("krajské volby", "Landtagswahl", "wybory samorządowe") or by a year ("v roce
   2028"): the request is put off, not asked now; a time of this election ("až při vyhlášení
   výsledků voleb", "až po uzavření místností") is no putting off. When the message asks
   for nothing else, the application is for that election (the tuning case qc019: "žádá o
   povolení natáčet …, ale až při komunálních volbách 2026"): the request counts, unsure.
3. The applicant's own e-mail attached to the new one (sent again, "posílám znovu svou
   žádost"): what it asks for and the new text does not take back counts, flagged as read
   from the original.

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.model import Component, ComponentRole
from tests.unit.extraction_helpers import body, data_message, extract, mail, text_file

F = ("feed_access",)
R = ("recording_permit",)
B = ("feed_access", "recording_permit")

# (id, wanted types, subject, body text, attached form text or None) - labelled before running
_FORMS: list[tuple[str, tuple[str, ...], str, str, str | None]] = [
    (
        "a01-cs-tab-pozadujeme-ano-ne-file",
        F,
        "Žádost",
        "Dobrý den, v příloze zasíláme žádost.\nPetra Hanáková\n",
        "Regionální rozhlas Vysočina, s.r.o.\nIČO 26011727\n"
        "Požadujeme\tANO\tNE\n"
        "Přístup k datové službě (XML)\tX\t\n"
        "Povolení k pořizování záznamu ve sběrném místě\t\tX\n"
        "Adresa serveru: 198.51.100.44\n"
        "Kontakt: Petra Hanáková, hanakova@rrv.example, 731 224 908\n",
    ),
    (
        "a02-sk-pipe-ziadame-ano-nie",
        R,
        "Žiadosť o povolenie",
        "Dobrý deň,\n\nvypĺňame Váš formulár:\n\n"
        "| Žiadame | ÁNO | NIE |\n"
        "|---|---|---|\n"
        "| Prístup k výsledkom vo formáte XML |  | x |\n"
        "| Povolenie nakrúcať na zbernom mieste | x |  |\n\n"
        "S pozdravom\nJuraj Mikuláš\nZáhorský týždenník s.r.o.\n+421 903 456 112\n",
        None,
    ),
    (
        "a03-en-requested-yes-no",
        F,
        "Application - election results",
        "Hello,\n\nplease find our answers below.\n\n"
        "Requested\tYes\tNo\n"
        "Access to the XML results feed\t✓\t\n"
        "Permission to film at a collection point\t\t✓\n\n"
        "Server: 203.0.113.71\n\nKind regards,\nOliver Brandt\nBrandt Data Ltd\n+44 20 7946 0321\n",
        None,
    ),
    (
        "a04-cs-aligned-pozadujeme",
        R,
        "Natáčení",
        "Dobrý den,\n\n"
        "Požadujeme                              ANO      NE\n"
        "Přístup k XML výsledkům                           X\n"
        "Povolení natáčet ve sběrném místě        X\n\n"
        "Děkuji\nMartin Šebek\nTV Jeseník s.r.o.\n608 777 120\n",
        None,
    ),
    (
        "a05-de-beantragt-ja-nein",
        F,
        "Antrag",
        "Guten Tag,\n\n"
        "Beantragt\tJa\tNein\n"
        "Zugang zu den XML-Ergebnissen\tX\t\n"
        "Drehgenehmigung im Wahllokal\t\tX\n\n"
        "IP: 192.0.2.140\n\nMit freundlichen Grüßen\nJonas Weber\nWeber Medien GmbH\n+49 30 1234567\n",
        None,
    ),
    (
        "a06-cs-zadame-pipe-both-ano",
        B,
        "Žádost",
        "Dobrý den,\n\n| Žádáme | ano | ne |\n| XML výstup výsledků | x | |\n"
        "| natáčení ve sběrném místě | x | |\n\nServer 198.51.100.93\n\n"
        "Alena Kubíčková\nKubíčková media s.r.o.\n777 301 442\n",
        None,
    ),
    # near-miss negatives: the label column without a yes word, and the caption alone
    (
        "an1-cs-polozka-ano-ne",
        F,
        "Žádost",
        "Dobrý den,\n\nPoložka\tANO\tNE\nPřístup k XML\tX\t\nNatáčení\t\tX\n\nIP 203.0.113.12\n\n"
        "Jan Bureš\nBureš noviny s.r.o.\n602 111 333\n",
        None,
    ),
    (
        "an2-cs-pozadujeme-only-column",
        B,
        "Žádost",
        "Dobrý den,\n\nDruh\tPožadujeme\nPřístup k XML\tX\nNatáčení ve sběrném místě\tX\n\n"
        "IP 203.0.113.14\n\nEva Lorencová\nLorenc TV s.r.o.\n603 444 555\n",
        None,
    ),
]

# (id, wanted types, subject, body text)
_PUT_OFF: list[tuple[str, tuple[str, ...], str, str]] = [
    (
        "b01-cs-teprve-komunalni",
        F,
        "XML",
        "Dobrý den,\n\nprosíme o přístup k XML výsledkům pro server 198.51.100.150. Natáčení bychom "
        "rádi zajistili teprve při komunálních volbách, tentokrát jen data.\n\n"
        "Ondřej Vlk\nVlk a syn, s.r.o.\n605 200 300\n",
    ),
    (
        "b02-sk-az-pri-volbach-vuc",
        F,
        "XML výsledky",
        "Dobrý deň,\n\nžiadame o XML výsledky na IP 192.0.2.77. Nakrúcať budeme až pri župných "
        "voľbách v roku 2029.\n\nS pozdravom\nPeter Kollár\nKollár Press s.r.o.\n+421 905 777 888\n",
    ),
    (
        "b03-de-erst-landtagswahl",
        F,
        "Ergebnisse",
        "Guten Tag,\n\nwir beantragen den Zugang zu den XML-Ergebnissen für 203.0.113.200. "
        "Drehen möchten wir erst bei der Landtagswahl.\n\nViele Grüße\nLena Hoffmann\n"
        "Hoffmann Verlag GmbH\n+49 89 555 1234\n",
    ),
    (
        "b04-pl-dopiero-samorzadowe",
        F,
        "Wyniki XML",
        "Dzień dobry,\n\nprosimy o dostęp do wyników XML dla adresu 198.51.100.61. Nagrywać chcemy "
        "dopiero przy wyborach samorządowych w 2029 roku.\n\nPozdrawiam\nTomasz Nowak\n"
        "Nowak Media sp. z o.o.\n+48 601 222 333\n",
    ),
    (
        "b05-cs-az-v-roce",
        F,
        "Výsledky",
        "Dobrý den,\nžádáme o data XML pro 192.0.2.19. S kamerou přijedeme až v roce 2030, "
        "letos natáčet nebudeme.\nKarel Mach\nMach TV s.r.o.\n720 100 200\n",
    ),
    (
        "b06-en-not-until-regional",
        F,
        "XML access",
        "Hi,\n\nwe request XML results access for 203.0.113.33. Filming at your counting centre is "
        "something we plan not until the regional elections in 2028.\n\nBest\nAnna Clarke\n"
        "Clarke News Ltd\n+44 7700 900123\n",
    ),
    # near-miss negatives: a time of this election
    (
        "bn1-cs-az-pri-vyhlaseni-vysledku",
        B,
        "Žádost",
        "Dobrý den,\n\nžádáme o přístup k XML pro 198.51.100.8 a o povolení natáčet ve sběrném místě. "
        "Natáčet bychom chtěli až při vyhlášení výsledků voleb.\n\n"
        "Radek Polák\nPolák média s.r.o.\n774 555 666\n",
    ),
    (
        "bn2-en-not-until-polls-close",
        R,
        "Filming",
        "Hello,\n\nwe would like permission to film at your collection point in Brno. We won't "
        "arrive until the polls close, around 10 pm.\n\nRegards\nMark Evans\nEvans Video Ltd\n"
        "+44 7700 900456\n",
    ),
]

# (id, wanted types, subject, body text): the only request, at another election - the
# application is for that election (counts)
_ONLY_LATER: list[tuple[str, tuple[str, ...], str, str]] = [
    (
        "d01-cs-zadame-az-pri-krajskych",
        R,
        "Natáčení",
        "Dobrý den,\n\nnáš spolek žádá o povolení natáčet ve sběrném místě v Hradci Králové, "
        "a to až při krajských volbách v roce 2028. Data XML nepotřebujeme.\n\n"
        "Hana Pokorná\nSpolek Hradecké video, z.s.\n731 000 111\n",
    ),
    (
        "d02-en-permit-not-until-2028",
        R,
        "Filming permit",
        "Hello,\n\nI am applying for a permit to film at your Brno collection point, though not "
        "until the municipal elections in 2028.\n\nRegards\nSam Porter\n+44 7700 900789\n",
    ),
]

# (id, wanted types, cover text, attached own e-mail text)
_ATTACHED: list[tuple[str, tuple[str, ...], str, str]] = [
    (
        "c01-cs-posilam-znovu",
        R,
        "Dobrý den,\n\nna svou žádost (v příloze) jsem nedostala odpověď, posílám ji tedy znovu.\n\n"
        "Lucie Marková\n",
        "Dobrý den,\n\nžádám o povolení natáčet na sběrném místě v Jihlavě ve volební noc "
        "pro náš videoblog.\n\nLucie Marková\n776 123 987\n",
    ),
    (
        "c02-en-resending",
        R,
        "Hello,\n\nresending my request from last week, attached below. Nothing has changed.\n\n"
        "Tom Baker\n",
        "Hello,\n\nI'd like to apply for permission to take photographs and short videos at the "
        "Ostrava counting centre on election night.\n\nTom Baker\n+420 606 111 222\n",
    ),
    (
        "c03-cs-novy-email-both",
        B,
        "Dobrý den,\n\nposílám ještě jednou naši žádost z 3. září, mezitím se změnil e-mail "
        "kontaktní osoby na nova@zpravy.example.\n\nMilan Tůma\n",
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům a o povolení natáčet ve sběrném místě "
        "v Plzni.\n\nMilan Tůma\nZprávy Plzeň s.r.o.\n",
    ),
    # near-miss negative: the new text takes the filming back
    (
        "cn1-cs-nataceni-uz-ne",
        (),
        "Dobrý den,\n\nposílám znovu svou žádost (v příloze), ale natáčení už nepotřebuji, "
        "akci jsme zrušili.\n\nLucie Marková\n",
        "Dobrý den,\n\nžádám o povolení natáčet na sběrném místě v Jihlavě.\n\nLucie Marková\n",
    ),
]


def _attached_mail(text: str) -> list[Component]:
    name = "puvodni.eml"
    raw = (
        "From: a@zpravy.example\r\nTo: podatelna@czso.cz\r\nSubject: Žádost\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text
    ).encode()
    return [
        Component(name, ComponentRole.ATTACHMENT, raw, "message/rfc822"),
        Component(
            "body-2.txt",
            ComponentRole.BODY_TEXT,
            text.encode(),
            "text/plain",
            parent=name,
            charset="utf-8",
            text=text,
        ),
    ]


@pytest.mark.parametrize(
    ("cid", "want", "subject", "text", "form"), _FORMS, ids=[c[0] for c in _FORMS]
)
def test_round30_yes_no_tables(
    cid: str, want: tuple[str, ...], subject: str, text: str, form: str | None
) -> None:
    if form is None:
        x = extract(mail(body(text), subject=subject))
    else:
        msg = data_message(
            subject, body(text), text_file("zadost.txt", form), dm_sender="Rozhlas s.r.o."
        )
        x = extract(msg)
    assert tuple(x.request_types) == want


@pytest.mark.parametrize(("cid", "want", "subject", "text"), _PUT_OFF, ids=[c[0] for c in _PUT_OFF])
def test_round30_put_off(cid: str, want: tuple[str, ...], subject: str, text: str) -> None:
    assert tuple(extract(mail(body(text), subject=subject)).request_types) == want


@pytest.mark.parametrize(
    ("cid", "want", "cover", "original"), _ATTACHED, ids=[c[0] for c in _ATTACHED]
)
def test_round30_own_mail_attached(
    cid: str, want: tuple[str, ...], cover: str, original: str
) -> None:
    x = extract(mail(body(cover), *_attached_mail(original), subject="Fwd: Žádost"))
    assert tuple(x.request_types) == want
    if want:
        assert not x.fields["request_types"].certain


def test_label_column_caption_is_no_yes_column() -> None:
    from intake.extraction import request_types as rt

    assert rt._Columns.of("pozadujeme\tANO\tNE") == rt._Columns(1, 2, False)
    assert rt._Columns.of("Druh\tpozadujeme") == rt._Columns(1, -1, False)


@pytest.mark.parametrize(
    ("cid", "want", "subject", "text"), _ONLY_LATER, ids=[c[0] for c in _ONLY_LATER]
)
def test_round30_only_request_put_off(
    cid: str, want: tuple[str, ...], subject: str, text: str
) -> None:
    assert tuple(extract(mail(body(text), subject=subject)).request_types) == want


def test_only_request_put_off_counts_unsure() -> None:
    from intake.extraction import request_types as rt

    text = "Zadame o povoleni natacet, ale az pri komunalnich volbach 2026, letos ne."
    assert rt.request_types([(text, rt.Part.TEXT)], False) == (R, rt.Reason.DECLINED)
    text = "Prosime o XML. Natacet budeme az u krajskych voleb v roce 2028, letos ne."
    assert rt.request_types([(text, rt.Part.TEXT)], False)[0] == F
