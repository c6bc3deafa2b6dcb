"""A drill, forty-fifth round (issue 18): contact phones. (a) A North American number written
nationally with its country code standing alone beside it ("(312) 555-0147 (US, +1)"); (b) a
number after a job title whose desk completes it ("responsabile della redazione web, tel. …"),
also split over a line break after its country code; (c) a job title with its field after the
contact's name ("Leiter Digitalentwicklung", "Head Digital") is no other person; (d) a number
written nationally with a trunk zero, the country named by the register number of the
applicant ("BCE 0812.447.209", "P. IVA …", "SIRET …"); (e) a direct line given after a
switchboard that a phone label opens ("tel. ústředna …, přímá linka …"). Near misses: a desk's
own line beside the contact's mobile, a deputy's number after the contact's, a job title whose
desk is the person's own. Every message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(
    key: str, text: str, org: str, ip: str, sender: str, name: str, phone: str | None, subject: str = "XML"
) -> None:
    CASES[key] = (
        mail(body(text), subject=f"{subject} - election results", sender=sender, sender_name=name),
        label(FEED, (org, None, None), [ip], [], (name, sender, phone)),
    )


# (a) a North American number with its country code standing alone beside it
_case(
    "us_code_mark_signature",
    "Hello,\n\nCascade Wire LLC would like to apply for access to the election results XML.\n\n"
    "Production server: 203.0.113.31\n\nKind regards,\nJake Moran\nCascade Wire LLC\n"
    "Phone: (206) 555-0173 (+1)\n",
    "Cascade Wire LLC", "203.0.113.31", "jake.moran@cascadewire.example", "Jake Moran", "+12065550173",
)
_case(
    "us_code_mark_czech_letter",
    "Dobrý den,\n\nspolečnost Golden Gate Daily LLC žádá o přístup k XML s výsledky voleb.\n\n"
    "Produkční server: 203.0.113.32\n\n"
    "Kontaktní osoba: Anna Berg, tel. (415) 555-0126 (USA, +1)\n\nDěkuji\nAnna Berg\n",
    "Golden Gate Daily LLC", "203.0.113.32", "a.berg@goldengate.example", "Anna Berg", "+14155550126",
)
_case(
    "canada_code_mark_french",
    "Bonjour,\n\nMédias Laurentides Inc. souhaite obtenir l'accès au flux XML des résultats.\n\n"
    "Serveur de production : 203.0.113.33\n\n"
    "Contact : Élise Tremblay, tél. (514) 555-0148 (Canada, +1)\n\nCordialement,\nÉlise Tremblay\n",
    "Médias Laurentides Inc.", "203.0.113.33", "e.tremblay@laurentides.example", "Élise Tremblay",
    "+15145550148",
)
# near miss: "+1" beside a Czech mobile is an hour, no country code
_case(
    "czech_mobile_plus_one_hour",
    "Dobrý den,\n\nRádio Jizera s.r.o. žádá o přístup k XML s výsledky voleb.\n\n"
    "Produkční server: 203.0.113.34\n\n"
    "Kontakt: Tomáš Vlk, mobil 602 318 447 (v noci +1 hodina k dobru)\n\nS pozdravem\nTomáš Vlk\n",
    "Rádio Jizera s.r.o.", "203.0.113.34", "vlk@radiojizera.example", "Tomáš Vlk", "+420602318447",
)

# (b) a job title whose desk completes it; the number split after its country code
_case(
    "italian_split_after_code",
    "Buongiorno,\n\nRadio Tevere S.r.l. chiede l'accesso ai risultati elettorali in formato XML.\n\n"
    "Server di produzione: 203.0.113.41\n\n"
    "Referente: Giulia Rinaldi, responsabile della redazione web, tel. +39\n"
    "06 4470 2281, g.rinaldi@radiotevere.example\n\nCordiali saluti\nGiulia Rinaldi\n",
    "Radio Tevere S.r.l.", "203.0.113.41", "g.rinaldi@radiotevere.example", "Giulia Rinaldi",
    "+390644702281",
)
_case(
    "french_split_after_code",
    "Bonjour,\n\nSeine Actualités SAS souhaite obtenir l'accès au flux XML des résultats.\n\n"
    "Serveur de production : 203.0.113.42\n\n"
    "Contact : Pauline Marchand, responsable de la rédaction numérique, tél. +33\n"
    "1 44 81 20 37\n\nBien cordialement,\nPauline Marchand\n",
    "Seine Actualités SAS", "203.0.113.42", "p.marchand@seineactu.example", "Pauline Marchand",
    "+33144812037",
)
_case(
    "spanish_head_of_newsroom",
    "Hola,\n\nOnda Meseta S.L. solicita el acceso a los resultados electorales en XML.\n\n"
    "Servidor de producción: 203.0.113.43\n\n"
    "Contacto: Lucía Ortega, jefa de redacción, tel. +34 915 47 22 80\n\nSaludos,\nLucía Ortega\n",
    "Onda Meseta S.L.", "203.0.113.43", "l.ortega@ondameseta.example", "Lucía Ortega", "+34915472280",
)
# near miss: the newsroom's own line beside the contact's mobile
_case(
    "italian_newsroom_line_apart",
    "Buongiorno,\n\nTele Lazio Nord S.r.l. chiede l'accesso ai risultati elettorali in formato XML.\n\n"
    "Server di produzione: 203.0.113.44\n\n"
    "Referente: Marco Sala, cell. +39 347 128 6604\nRedazione: tel. +39 06 4470 2200\n\n"
    "Cordiali saluti\nMarco Sala\n",
    "Tele Lazio Nord S.r.l.", "203.0.113.44", "m.sala@telelazionord.example", "Marco Sala",
    "+393471286604",
)

# (c) a job title with its field after the contact's name
_case(
    "swiss_head_of_communication",
    "Sehr geehrte Damen und Herren\n\nDie Aare Medien AG ersucht um Zugang zu den Wahlresultaten "
    "im XML-Format.\n\nProduktiver Server: 203.0.113.51\n\n"
    "Bei Fragen wenden Sie sich bitte an Frau Corinne Bühler, Leiterin Kommunikation, "
    "gerne unter (direkt +41 31 528 44 19, Zentrale +41 31 528 44 00).\n\n"
    "Freundliche Grüsse\nCorinne Bühler\n",
    "Aare Medien AG", "203.0.113.51", "c.buehler@aaremedien.example", "Corinne Bühler", "+41315284419",
)
_case(
    "austrian_head_of_it",
    "Sehr geehrte Damen und Herren,\n\ndie Donau Kurier GmbH ersucht um Zugang zu den "
    "Wahlergebnissen im XML-Format.\n\nProduktiver Server: 203.0.113.52\n\n"
    "Ansprechpartner ist Herr Stefan Moser, Leiter Technik, erreichbar unter +43 1 532 77 41 "
    "(direkt) bzw. Zentrale +43 1 532 77 00.\n\nMit freundlichen Grüßen\nStefan Moser\n",
    "Donau Kurier GmbH", "203.0.113.52", "moser@donaukurier.example", "Stefan Moser", "+4315327741",
)
_case(
    "english_head_digital",
    "Hello,\n\nPennine Post Ltd would like to apply for access to the election results XML.\n\n"
    "Production server: 203.0.113.53\n\n"
    "Please contact Helen Price, Head Digital, on +44 161 496 0733 (direct) or the switchboard "
    "+44 161 496 0000.\n\nKind regards,\nHelen Price\n",
    "Pennine Post Ltd", "203.0.113.53", "helen.price@penninepost.example", "Helen Price", "+441614960733",
)
# near miss: the deputy with his job title and number after the contact's own
_case(
    "swiss_deputy_after_contact",
    "Sehr geehrte Damen und Herren\n\nDie Jura Radio AG ersucht um Zugang zu den Wahlresultaten "
    "im XML-Format.\n\nProduktiver Server: 203.0.113.54\n\n"
    "Kontakt: Reto Keller, +41 32 512 40 77; Stellvertreter: Marco Frei, Leiter Technik, "
    "+41 32 512 40 78\n\nFreundliche Grüsse\nReto Keller\n",
    "Jura Radio AG", "203.0.113.54", "keller@juraradio.example", "Reto Keller", "+41325124077",
)

# (d) a national number, the country named by the applicant's register number
_case(
    "belgian_bce_landline",
    "Bonjour,\n\nÉditions Hainaut Presse SRL (BCE 0812.447.209, Mons) souhaite obtenir "
    "l'accès au flux XML des résultats.\n\nServeur de production : 203.0.113.61\n\n"
    "Contact : Sophie Lambert, 065 33 71 40\n\nBien à vous,\nSophie Lambert\n",
    "Éditions Hainaut Presse SRL", "203.0.113.61", "s.lambert@hainautpresse.example", "Sophie Lambert",
    "+3265337140",
)
_case(
    "italian_vat_landline",
    "Buongiorno,\n\nRadio Vesuvio S.r.l. (P. IVA 07329110634, Napoli) chiede l'accesso ai "
    "risultati elettorali in formato XML.\n\nServer di produzione: 203.0.113.62\n\n"
    "Referente: Ciro Esposito, 081 552 3391\n\nCordiali saluti\nCiro Esposito\n",
    "Radio Vesuvio S.r.l.", "203.0.113.62", "c.esposito@radiovesuvio.example", "Ciro Esposito",
    "+390815523391",
)
_case(
    "french_siret_landline",
    "Bonjour,\n\nRhône Vidéo SAS (SIRET 812 447 209 00018, Lyon) souhaite obtenir l'accès au "
    "flux XML des résultats.\n\nServeur de production : 203.0.113.63\n\n"
    "Contact : Julien Faure, 04 78 62 19 30\n\nCordialement,\nJulien Faure\n",
    "Rhône Vidéo SAS", "203.0.113.63", "j.faure@rhonevideo.example", "Julien Faure", "+33478621930",
)
# near miss: a Belgian register number, the contact's number a Czech mobile with its code
_case(
    "belgian_bce_czech_mobile",
    "Bonjour,\n\nÉditions Meuse Info SRL (BCE 0734.118.520, Namur) souhaite obtenir "
    "l'accès au flux XML des résultats.\n\nServeur de production : 203.0.113.64\n\n"
    "Contact : Marc Dubois, +420 602 318 448\n\nBien à vous,\nMarc Dubois\n",
    "Éditions Meuse Info SRL", "203.0.113.64", "m.dubois@meuseinfo.example", "Marc Dubois",
    "+420602318448",
)

_case(
    "flemish_kbo_landline",
    "Goedendag,\n\nScheldekrant BV (KBO 0631.224.817, Antwerpen) vraagt toegang tot de XML met "
    "de verkiezingsuitslagen.\n\nProductieserver: 203.0.113.65\n\n"
    "Contact: Jan Peeters, 03 231 45 67\n\nMet vriendelijke groet,\nJan Peeters\n",
    "Scheldekrant BV", "203.0.113.65", "jan.peeters@scheldekrant.example", "Jan Peeters", "+3232314567",
)
_case(
    "swiss_che_landline",
    "Sehr geehrte Damen und Herren\n\nDie Bieler Anzeiger AG (CHE-214.556.908) ersucht um Zugang "
    "zu den Wahlresultaten im XML-Format.\n\nProduktiver Server: 203.0.113.66\n\n"
    "Kontakt: Urs Keller, 032 512 40 77\n\nFreundliche Grüsse\nUrs Keller\n",
    "Bieler Anzeiger AG", "203.0.113.66", "keller@bieleranzeiger.example", "Urs Keller", "+41325124077",
)
# near miss: a Slovak letter with its own letters and a mobile written with its trunk zero
_case(
    "slovak_mobile_trunk_zero",
    "Dobrý deň,\n\nZáhorské noviny s.r.o. žiadajú o prístup k výsledkom volieb v XML.\n\n"
    "Produkčný server: 203.0.113.67\n\n"
    "Kontakt: Peter Hraško, tel. 0905 221 318, môžete volať aj večer\n\nS pozdravom\nPeter Hraško\n",
    "Záhorské noviny s.r.o.", "203.0.113.67", "hrasko@zahorskenoviny.example", "Peter Hraško",
    "+421905221318",
)

# (e) a direct line after a switchboard a phone label opens
_case(
    "czech_switchboard_then_direct",
    "Dobrý den,\n\nTelevize Chrudim a.s. žádá o přístup k XML s výsledky voleb.\n\n"
    "Produkční server: 203.0.113.71\n\n"
    "Kontaktní osoba: Ivana Kubátová, vedoucí vysílání tel. ústředna 466 512 100, přímá linka "
    "466 512 147\n\nS pozdravem\nIvana Kubátová\n",
    "Televize Chrudim a.s.", "203.0.113.71", "kubatova@tvchrudim.example", "Ivana Kubátová",
    "+420466512147",
)
_case(
    "german_switchboard_then_direct",
    "Sehr geehrte Damen und Herren,\n\ndie Elbe Kurier GmbH bittet um Zugang zu den "
    "Wahlergebnissen im XML-Format.\n\nProduktiver Server: 203.0.113.72\n\n"
    "Ansprechpartnerin: Petra Lang, Redaktionsleiterin Tel. Zentrale +49 351 4864 0, Durchwahl "
    "+49 351 4864 2215\n\nMit freundlichen Grüßen\nPetra Lang\n",
    "Elbe Kurier GmbH", "203.0.113.72", "lang@elbekurier.example", "Petra Lang", "+4935148642215",
)
_case(
    "english_switchboard_then_direct",
    "Hello,\n\nAire Valley News Ltd would like to apply for access to the election results XML.\n\n"
    "Production server: 203.0.113.73\n\n"
    "Contact: Mark Bell, news editor phone switchboard +44 113 496 0000, direct line "
    "+44 113 496 0577\n\nKind regards,\nMark Bell\n",
    "Aire Valley News Ltd", "203.0.113.73", "mark.bell@airevalley.example", "Mark Bell", "+441134960577",
)
# near miss: the desk in the genitive completes the contact's job title
_case(
    "czech_head_of_newsroom_own",
    "Dobrý den,\n\nTýdeník Polabí s.r.o. žádá o přístup k XML s výsledky voleb.\n\n"
    "Produkční server: 203.0.113.74\n\n"
    "Kontakt: Jana Malá, vedoucí redakce, tel. 466 512 190\n\nS pozdravem\nJana Malá\n",
    "Týdeník Polabí s.r.o.", "203.0.113.74", "mala@tydenikpolabi.example", "Jana Malá", "+420466512190",
)


# (f) an inline forward: the note forwarded names its addressee, the forwarder, as the contact;
# the forwarder's own lines above it give her e-mail (the sender's) and phone
_case(
    "czech_forwarded_note_names_forwarder",
    "Dobrý den, přeposílám podle pokynu paní ředitelky.\nK. Šimková, asistentka, tel. 387 441 206\n\n"
    "---------- Přeposlaná zpráva ----------\nOd: Ředitelka <reditelka@obecnilisty.example>\n"
    "Předmět: volby\nKomu: Kateřina Šimková\n\nKatko,\npošli prosím žádost za Obecní listy "
    "z.s.: chceme výsledky voleb v XML na server 203.0.113.81. Kontaktem budeš ty.\nDíky, J. Málková\n",
    "Obecní listy z.s.", "203.0.113.81", "simkova@obecnilisty.example", "Kateřina Šimková", "+420387441206",
    subject="Fwd: volby",
)
_case(
    "english_forwarded_note_names_forwarder",
    "Hi, forwarding as asked by our editor.\nL. Hart, office manager, tel. +44 117 496 0412\n\n"
    "---------- Forwarded message ---------\nFrom: Editor <editor@severnecho.example>\n"
    "Subject: election XML\nTo: Laura Hart\n\nLaura,\nplease send the office our request for "
    "Severn Echo Ltd: we want the election results XML on server 203.0.113.82. You will be "
    "the contact.\nThanks, D. Rowe\n",
    "Severn Echo Ltd", "203.0.113.82", "l.hart@severnecho.example", "Laura Hart", "+441174960412",
    subject="Fwd: election XML",
)

XFAIL: dict[str, str] = {
    "czech_forwarded_note_names_forwarder": "an inline forward read as the application: the "
    "forwarder's own lines are read only as quoted text, the note's sender header gives the e-mail",
    "english_forwarded_note_names_forwarder": "an inline forward read as the application: the "
    "forwarder's own lines are read only as quoted text, the note's sender header gives the e-mail",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_contact_phone_r45(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
