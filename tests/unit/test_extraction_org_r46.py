"""A drill, forty-sixth round (issue 18), helper r46-org: the organisation. Three classes:
(a) a person applying for themselves under the name of their own blog, podcast, channel or
project ("píšu blog X", "I run the podcast Y", "mein Blog Z"): the applicant is the person
(LABELS.md: a natural person applying for themselves), never the outlet's name; (b) the IČO in
the value of a label pairing the name with the IČO and glossed in another language ("Název /
IČO (Name / ID): X / 12345678", "Název, IČO / Name, ID<tab>…"); (c) an agency or contractor
passing on a medium's application attached as a message, in words of sending it on ("v
příloze vám posíláme jeho žádost", "we send you its application attached"): the medium
applies and the agency's own IČO in the cover is never the applicant's. Near-miss negatives
keep what must stay: a writer contributing to a company's blog, "our" podcast of a company
with its IČO, a cover applying in its own name. Each message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from mail.mime import parse_email
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _eml(cover: str, inner: str, *, sender: str, name: str, inner_from: str) -> ParsedMessage:
    """A cover note with the medium's application attached as a message (.eml)."""
    raw = (
        f"From: {name} <{sender}>\nTo: podatelna@czso.cz\nSubject: FW: Antrag\n"
        "Date: Mon, 02 Dec 2030 10:00:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b1"\n\n'
        '--b1\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
        f"{cover}\n\n--b1\nContent-Type: message/rfc822\n"
        'Content-Disposition: attachment; filename="application.eml"\n\n'
        f"From: {inner_from}\nTo: {sender}\nSubject: Application\n"
        "Date: Mon, 25 Nov 2030 09:00:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
        f"{inner}\n\n--b1--\n"
    )
    return parse_email(raw.encode("utf-8"))


# (a) a person applying for themselves under their own outlet's name
CASES["cz_blog_subject_txt"] = (
    mail(
        body("Dobrý den,\nžádost posílám v příloze, píšu blog Krajská čísla sám za sebe.\n\nOndřej Vlk"),
        text_file("zadost.txt", "Žádost o přístup k výsledkům voleb\nIP: 203.0.113.81\n"
                  "Tel.: 603 118 227\n"),
        subject="žádost o data - Krajská čísla (blog)", sender="ondra@krajskacisla.example",
        sender_name="Ondřej Vlk",
    ),
    label(FEED, ("Ondřej Vlk", None, None), ["203.0.113.81"], [],
          ("Ondřej Vlk", "ondra@krajskacisla.example", "+420603118227")),
)
CASES["en_podcast_called"] = (
    mail(
        body("Hello,\n\nI run a small podcast called Ballot Box and would like access to the "
             "election results feed. I have no company, it is just me.\n"
             "Server: 198.51.100.17\n\nThanks,\nHarriet Lowe"),
        subject="Ballot Box - results feed", sender="harriet@ballotbox.example",
        sender_name="Ballot Box",
    ),
    label(FEED, ("Harriet Lowe", None, None), ["198.51.100.17"], [],
          ("Harriet Lowe", "harriet@ballotbox.example", None)),
)
CASES["de_mein_blog"] = (
    mail(
        body("Guten Tag,\n\nmein Blog Wahlkreis Süd berichtet über die tschechischen Wahlen, "
             "ich bitte um Zugang zu den XML-Ergebnissen.\nServer: 192.0.2.57\n\n"
             "Viele Grüße\nLukas Brenner"),
        subject="Wahlkreis Süd – Zugang", sender="lukas@wahlkreissued.example",
        sender_name="Lukas Brenner",
    ),
    label(FEED, ("Lukas Brenner", None, None), ["192.0.2.57"], [],
          ("Lukas Brenner", "lukas@wahlkreissued.example", None)),
)
CASES["pl_prowadze_blog"] = (
    mail(
        body("Dzień dobry,\n\nprowadzę blog Mapa Wyborcza i proszę o dostęp do wyników wyborów "
             "(XML).\nIP: 203.0.113.140\n\nPozdrawiam\nMarek Zieliński"),
        subject="Mapa Wyborcza - dostęp", sender="marek@mapawyborcza.example",
        sender_name="Marek Zieliński",
    ),
    label(FEED, ("Marek Zieliński", None, None), ["203.0.113.140"], [],
          ("Marek Zieliński", "marek@mapawyborcza.example", None)),
)
CASES["sk_autorka_podcastu"] = (
    mail(
        body("Dobrý deň,\n\nsom autorka podcastu Volebná noc, nemám IČO. Prosím o prístup "
             "k výsledkom volieb vo formáte XML.\nIP adresa: 198.51.100.203\n\nZuzana Hríbová"),
        subject="Volebná noc - prístup k výsledkom", sender="zuzana@volebnanoc.example",
        sender_name="Zuzana Hríbová",
    ),
    label(FEED, ("Zuzana Hríbová", None, None), ["198.51.100.203"], [],
          ("Zuzana Hríbová", "zuzana@volebnanoc.example", None)),
)
CASES["fr_je_tiens_le_blog"] = (
    mail(
        body("Bonjour,\n\nje tiens le blog Carte Électorale depuis 2019 et je souhaite accéder "
             "aux résultats des élections (XML).\nAdresse IP : 192.0.2.233\n\nCordialement,\n"
             "Julien Marchand"),
        subject="Carte Électorale - accès aux résultats", sender="julien@carteelectorale.example",
        sender_name="Julien Marchand",
    ),
    label(FEED, ("Julien Marchand", None, None), ["192.0.2.233"], [],
          ("Julien Marchand", "julien@carteelectorale.example", None)),
)
CASES["cz_muj_kanal_signature"] = (
    mail(
        body("Dobrý den,\n\nna svém YouTube kanálu budu komentovat volby, můj kanál Sčítání "
             "živě by potřeboval přístup k XML s výsledky.\nServer: 203.0.113.9\n\n"
             "Díky\nAdam Kopecký\nSčítání živě"),
        subject="Sčítání živě", sender="adam@scitani.example", sender_name="Adam Kopecký",
    ),
    label(FEED, ("Adam Kopecký", None, None), ["203.0.113.9"], [],
          ("Adam Kopecký", "adam@scitani.example", None)),
)
# near misses: a company's blog or podcast, and a writer contributing to another's outlet
CASES["cz_company_blog_neg"] = (
    mail(
        body("Dobrý den,\n\nnáš blog Volební kompas provozuje Kompas Média s.r.o., IČO 27110931. "
             "Žádáme o přístup k výsledkům voleb (XML).\nIP: 198.51.100.44\n\nJana Hrubá"),
        subject="Volební kompas - XML", sender="hruba@kompasmedia.example", sender_name="Jana Hrubá",
    ),
    label(FEED, ("Kompas Média s.r.o.", "27110931", None), ["198.51.100.44"], [],
          ("Jana Hrubá", "hruba@kompasmedia.example", None)),
)
CASES["en_our_podcast_company_neg"] = (
    mail(
        body("Hello,\n\nour podcast Poll Position is produced by Poll Position Media s.r.o. "
             "(company ID 07733216), which requests access to the results feed.\n"
             "Server: 192.0.2.71\n\nBest regards,\nTom Reed"),
        subject="Poll Position - feed", sender="tom@pollposition.example", sender_name="Tom Reed",
    ),
    label(FEED, ("Poll Position Media s.r.o.", "07733216", None), ["192.0.2.71"], [],
          ("Tom Reed", "tom@pollposition.example", None)),
)
CASES["cz_writes_for_company_neg"] = (
    mail(
        body("Dobrý den,\n\npíšu pro blog Deník Data, který vydává Data Deník a.s., IČO 26071223. "
             "Za vydavatele žádáme o přístup k výsledkům voleb (XML).\nIP: 203.0.113.66\n\n"
             "Petr Malý"),
        subject="žádost o XML", sender="maly@datadenik.example", sender_name="Petr Malý",
    ),
    label(FEED, ("Data Deník a.s.", "26071223", None), ["203.0.113.66"], [],
          ("Petr Malý", "maly@datadenik.example", None)),
)

# (b) the IČO in the value of a bilingual label pairing it with the name
_ANN = "Přístup k výsledkům voleb (XML)"
CASES["cz_en_bracket_gloss_line"] = (
    data_message(
        _ANN,
        text_file("zadost.txt", "Název / IČO (Name / ID): Brněnská data, z.ú. / 06455735\n"
                  "Produkční IP / Production IP: 198.18.5.5\n"
                  "Kontakt / Contact: Petra Malá, mala@brnenskadata.example\n"),
        sender="bd5dat1", dm_sender="Brněnská data, z.ú.",
    ),
    label(FEED, ("Brněnská data, z.ú.", "06455735", "bd5dat1"), ["198.18.5.5"], [],
          ("Petra Malá", "mala@brnenskadata.example", None)),
)
CASES["cz_en_bracket_gloss_cell"] = (
    mail(
        body("Dobrý den, posíláme žádost.\n\nVěra Tichá"),
        text_file("zadost.txt", "Název / IČO (Name / ID)\tOstravský kurýr s.r.o. (26071223)\n"
                  "Produkční IP (Production IP)\t192.0.2.88\n"),
        sender="ticha@ostravskykuryr.example", sender_name="Věra Tichá",
    ),
    label(FEED, ("Ostravský kurýr s.r.o.", "26071223", None), ["192.0.2.88"], [],
          ("Věra Tichá", "ticha@ostravskykuryr.example", None)),
)
CASES["sk_en_slash_gloss"] = (
    mail(
        body("Dobrý deň,\nv prílohe žiadosť.\n\nMartin Kráľ"),
        text_file("ziadost.txt", "Názov, IČO / Name, ID: Zvolenské listy s.r.o., 36751022\n"
                  "IP adresa / IP address: 198.51.100.91\n"),
        sender="kral@zvolenskelisty.example", sender_name="Martin Kráľ",
    ),
    label(FEED, ("Zvolenské listy s.r.o.", "36751022", None), ["198.51.100.91"], [],
          ("Martin Kráľ", "kral@zvolenskelisty.example", None)),
)
CASES["en_cz_gloss_first"] = (
    mail(
        body("Hello, the form is attached.\n\nEva Novak"),
        text_file("form.txt", "Name / Company ID (Název / IČO): Prague Pulse s.r.o. / 07733216\n"
                  "Production IP: 203.0.113.150\n"),
        sender="eva@praguepulse.example", sender_name="Eva Novak",
    ),
    label(FEED, ("Prague Pulse s.r.o.", "07733216", None), ["203.0.113.150"], [],
          ("Eva Novak", "eva@praguepulse.example", None)),
)
CASES["cz_de_bracket_gloss"] = (
    mail(
        body("Dobrý den, v příloze žádost.\n\nKarel Horák"),
        text_file("antrag.txt", "Název / IČO (Name / Firmennummer): Chebské listy s.r.o. / 27110931\n"
                  "IP: 192.0.2.19\n"),
        sender="horak@chebskelisty.example", sender_name="Karel Horák",
    ),
    label(FEED, ("Chebské listy s.r.o.", "27110931", None), ["192.0.2.19"], [],
          ("Karel Horák", "horak@chebskelisty.example", None)),
)
# near miss: the gloss names another number (a VAT number of a foreign register): no IČO
CASES["de_firmenbuch_gloss_neg"] = (
    mail(
        body("Guten Tag, anbei der Antrag.\n\nAnna Huber"),
        text_file("antrag.txt", "Name / Firmenbuch (Název / FN): Linzer Zeitung GmbH / FN 123456a\n"
                  "IP: 198.51.100.222\n"),
        sender="huber@linzerzeitung.example", sender_name="Anna Huber",
    ),
    label(FEED, ("Linzer Zeitung GmbH", None, None), ["198.51.100.222"], [],
          ("Anna Huber", "huber@linzerzeitung.example", None)),
)

# (c) an agency passes on a foreign medium's application attached as a message
CASES["cz_agency_posilame_jeho"] = (
    _eml(
        "Dobrý den,\n\njako česká agentura rakouského Radia Donau vám v příloze posíláme jeho "
        "žádost. Kontaktem je pan Egger.\n\nMediaLink Agentura s.r.o., IČO 28501934",
        "Sehr geehrte Damen und Herren,\n\ndie Radio Donau GmbH bittet um Zugang zum XML-Feed "
        "der Wahlergebnisse.\nProduktion: 192.0.2.130\n\nMit freundlichen Grüßen\nStefan Egger",
        sender="info@medialink.example", name="MediaLink Agentura",
        inner_from="Stefan Egger <egger@radiodonau.example>",
    ),
    label(FEED, ("Radio Donau GmbH", None, None), ["192.0.2.130"], [],
          ("Stefan Egger", "egger@radiodonau.example", None)),
)
CASES["en_agency_send_its"] = (
    _eml(
        "Hello,\n\nas the Prague agency of Radio Alpen we send you its application attached.\n\n"
        "Best regards,\nPavla Krejčí\nAlpLink s.r.o., company ID 27110931",
        "Dear Sir or Madam,\n\nRadio Alpen AG requests access to the election results feed.\n"
        "Server: 198.51.100.160\n\nKind regards,\nMax Steiner",
        sender="krejci@alplink.example", name="Pavla Krejčí",
        inner_from="Max Steiner <steiner@radioalpen.example>",
    ),
    label(FEED, ("Radio Alpen AG", None, None), ["198.51.100.160"], [],
          ("Max Steiner", "steiner@radioalpen.example", None)),
)
CASES["de_agentur_senden_ihren"] = (
    _eml(
        "Guten Tag,\n\nals Agentur der Tiroler Rundschau senden wir Ihnen anbei ihren Antrag.\n\n"
        "Mit freundlichen Grüßen\nJan Dvořák\nPressNet s.r.o., IČO 26071223",
        "Guten Tag,\n\ndie Tiroler Rundschau GmbH beantragt den Zugang zu den Wahlergebnissen "
        "(XML).\nServer: 203.0.113.171\n\nMit freundlichen Grüßen\nKatrin Moser",
        sender="dvorak@pressnet.example", name="Jan Dvořák",
        inner_from="Katrin Moser <moser@tirolerrundschau.example>",
    ),
    label(FEED, ("Tiroler Rundschau GmbH", None, None), ["203.0.113.171"], [],
          ("Katrin Moser", "moser@tirolerrundschau.example", None)),
)
CASES["pl_agencja_przesylamy_jego"] = (
    _eml(
        "Dobrý den,\n\nzasíláme v příloze jejich žádost, jsme jejich agentura v Česku.\n\n"
        "Lucie Benešová\nEastMedia s.r.o., IČO 06455735",
        "Dzień dobry,\n\nRadio Śląsk sp. z o.o. prosi o dostęp do wyników wyborów (XML).\n"
        "Serwer: 192.0.2.204\n\nZ poważaniem\nAnna Nowak",
        sender="benesova@eastmedia.example", name="Lucie Benešová",
        inner_from="Anna Nowak <nowak@radioslask.example>",
    ),
    label(FEED, ("Radio Śląsk sp. z o.o.", None, None), ["192.0.2.204"], [],
          ("Anna Nowak", "nowak@radioslask.example", None)),
)
# near miss: the agency applies in its own name, a colleague's mail with the address attached
CASES["cz_agency_own_request_neg"] = (
    _eml(
        "Dobrý den,\n\nMediaLink Agentura s.r.o., IČO 28501934, žádá o přístup k výsledkům voleb "
        "(XML) pro svůj zpravodajský web. Adresu posílám v příloze od kolegy.\n\nIva Zemanová\n"
        "MediaLink Agentura s.r.o.",
        "Ahoj,\nserver: 198.51.100.77\nRoman",
        sender="zemanova@medialink.example", name="Iva Zemanová",
        inner_from="Roman Beneš <benes@medialink.example>",
    ),
    label(FEED, ("MediaLink Agentura s.r.o.", "28501934", None), ["198.51.100.77"], [],
          ("Iva Zemanová", "zemanova@medialink.example", None)),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("organization.")] == []
