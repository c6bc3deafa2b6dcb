"""A drill, fifty-ninth round (issue 18): the contact person and e-mail across kinds of writer
and contact. A secretary sends for her boss named as the contact (and the reverse), a team
mailbox sends with a named person in the body, Reply-To differs from From, two or three people
stand in one signature, names carry degrees, particles, double surnames or Hungarian order,
e-mails are written "(at)", "[zavináč]", in capitals, at a sentence's end or in angle brackets,
the contact is handed over later or a deputy covers a holiday, and a data message names its
contact only in the annotation or the file. Near misses: the office's own address quoted, an IT
supplier's support address, a newsletter footer's and an unsubscribe address.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it. Only the
contact fields are scored here (the organisation and addresses have their own drills). A case
in ``AMBIGUOUS`` is one where the text does not say which of several people is the contact: it
must not present a wrong person or e-mail as certain.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import dataclasses

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import drill_params, html_body
from tests.unit.extraction_helpers import body, data_message, extract, mail, text_file

Want = tuple[str | None, str | None, str | None]
CASES: dict[str, tuple[ParsedMessage, Want]] = {}
AMBIGUOUS: dict[str, tuple[ParsedMessage, Want]] = {}
_KEYS = ("contact.person", "contact.email", "contact.phone")


def _mail(
    key: str,
    text: str,
    sender: str,
    name: str,
    want: Want,
    headers: dict[str, str] | None = None,
    into: dict[str, tuple[ParsedMessage, Want]] = CASES,
) -> None:
    p = mail(body(text), subject="Přístup k XML výsledkům voleb", sender=sender, sender_name=name)
    into[key] = (dataclasses.replace(p, headers=headers) if headers else p, want)


def _got(p: ParsedMessage) -> dict[str, tuple[str | None, bool]]:
    d = extract(p).to_dict()
    fields, contact = d.get("fields", {}), d.get("contact", {})
    out = {}
    for k in _KEYS:
        out[k] = (contact.get(k.split(".")[1]), bool((fields.get(k) or {}).get("certain")))
    return out


def _norm(key: str, v: str | None) -> str | None:
    if v is None:
        return None
    return " ".join(v.split()).casefold() if key != "contact.phone" else v.replace(" ", "")


def contact_misses(p: ParsedMessage, want: Want) -> list[str]:
    got = _got(p)
    out = []
    for k, w in zip(_KEYS, want, strict=True):
        have, sure = got[k]
        if _norm(k, have) != _norm(k, w):
            out.append(f"{k}: want {w!r}, got {have!r} (certain={sure})")
    return out


# ----- a secretary sends for her boss, and the reverse
_mail(
    "cz_secretary_for_director",
    "Dobrý den,\n\nza pana ředitele Ing. Karla Dvořáka, Ph.D., Vás žádám o přístup k XML "
    "s výsledky voleb pro server 192.0.2.10. Kontaktní osobou je pan ředitel, "
    "e-mail dvorak@vltavsky-denik.example, tel. 602 311 450.\n\n"
    "S pozdravem\nMarie Hrubá\nasistentka ředitele\nVltavský deník s.r.o.\n",
    "hruba@vltavsky-denik.example", "Marie Hrubá",
    ("Karel Dvořák", "dvorak@vltavsky-denik.example", "+420602311450"),
)
_mail(
    "de_im_auftrag_von",
    "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Dr. Stefan Brenner beantrage ich den "
    "Zugang zum XML-Wahlergebnisdienst (Server 198.51.100.20). Ansprechpartner ist Herr Brenner, "
    "brenner@oberland-post.example, Tel. +49 89 2145 7730.\n\n"
    "Mit freundlichen Grüßen\nSabine Vogt\nSekretariat der Chefredaktion\nOberland Post GmbH\n",
    "vogt@oberland-post.example", "Sabine Vogt",
    ("Stefan Brenner", "brenner@oberland-post.example", "+498921457730"),
)
_mail(
    "pl_w_imieniu_no_own_mail",
    "Dzień dobry,\n\nw imieniu pana redaktora naczelnego Tomasza Wójcika zwracam się o dostęp do "
    "danych XML z wynikami wyborów dla serwera 203.0.113.30. Osobą kontaktową jest pan Tomasz "
    "Wójcik, tel. +48 601 220 340.\n\nZ poważaniem\nAnna Lis\nsekretariat\nGazeta Nadwiślańska\n",
    "sekretariat@gazeta-nadwislanska.example", "Anna Lis",
    ("Tomasz Wójcik", "sekretariat@gazeta-nadwislanska.example", "+48601220340"),
)
_mail(
    "en_on_behalf_of",
    "Hello,\n\nI am writing on behalf of our managing editor, Mr. James O'Connor, to request "
    "access to the election results XML feed from 192.0.2.40. Please direct any questions to "
    "him at j.oconnor@harbourtimes.example or +44 20 7946 0321.\n\n"
    "Kind regards,\nLucy Hall\nPA to the Managing Editor\nHarbour Times Ltd\n",
    "lucy.hall@harbourtimes.example", "Lucy Hall",
    ("James O'Connor", "j.oconnor@harbourtimes.example", "+442079460321"),
)
_mail(
    "cz_boss_names_assistant",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb, server 198.51.100.50. Vše potřebné "
    "s Vámi vyřeší moje asistentka paní Lenka Šimková (simkova@krkonossky-hlas.example, "
    "tel. 731 200 418), která je kontaktní osobou.\n\n"
    "S pozdravem\nMgr. Pavel Kolář\nšéfredaktor\nKrkonošský hlas\n",
    "kolar@krkonossky-hlas.example", "Pavel Kolář",
    ("Lenka Šimková", "simkova@krkonossky-hlas.example", "+420731200418"),
)
_mail(
    "sk_boss_names_assistant",
    "Dobrý deň,\n\nžiadame o prístup k XML s výsledkami volieb, server 203.0.113.60. "
    "Kontaktnou osobou bude moja asistentka Bc. Petra Hudáková, hudakova@zahorie-dnes.example, "
    "0905 412 630.\n\nS pozdravom\nIng. Róbert Mikuš\nriaditeľ\nZáhorie dnes, s.r.o.\n",
    "mikus@zahorie-dnes.example", "Róbert Mikuš",
    ("Petra Hudáková", "hudakova@zahorie-dnes.example", "+421905412630"),
)

# ----- a team mailbox as From, a named person in the body; Reply-To differing from From
_mail(
    "cz_redakce_box_person_own_mail",
    "Dobrý den,\n\nprosíme o přístup k XML s výsledky voleb, server 192.0.2.70.\n\n"
    "Kontaktní osoba: Jitka Malá, mala@novinyvysociny.example, tel. 604 118 227\n\n"
    "Redakce Noviny Vysočiny\n",
    "redakce@novinyvysociny.example", "Redakce Noviny Vysočiny",
    ("Jitka Malá", "mala@novinyvysociny.example", "+420604118227"),
)
_mail(
    "cz_it_box_person_no_mail",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb z adresy 198.51.100.80.\n\n"
    "Za IT oddělení\nOndřej Beneš\ntel. 737 511 902\nHanácký kurýr a.s.\n",
    "it@hanackykuryr.example", "IT Hanácký kurýr",
    ("Ondřej Beneš", "it@hanackykuryr.example", "+420737511902"),
)
_mail(
    "en_for_the_team_closing",
    "Hi,\n\nplease enable the election results XML feed for 192.0.2.71.\n\n"
    "For the data team\nDaniel Ross\n+44 7700 900 612\n",
    "data@riverside-echo.example", "Riverside Echo data",
    ("Daniel Ross", "data@riverside-echo.example", "+447700900612"),
)
_mail(
    "pl_w_imieniu_redakcji_closing",
    "Dzień dobry,\n\nprosimy o dostęp do danych XML z wynikami wyborów, serwer 198.51.100.72.\n\n"
    "W imieniu redakcji\nKatarzyna Zielińska\ntel. +48 603 221 118\n",
    "redakcja@glos-pomorza.example", "Redakcja Głos Pomorza",
    ("Katarzyna Zielińska", "redakcja@glos-pomorza.example", "+48603221118"),
)
_mail(
    "en_newsroom_signature_own_mail",
    "Hi,\n\nplease grant access to the election results XML feed for 203.0.113.90.\n\n"
    "Best,\nMaya Patel\nData Editor\nmaya.patel@coastalpost.example | +44 7700 900 555\n"
    "Coastal Post Ltd\n",
    "newsroom@coastalpost.example", "Coastal Post Newsroom",
    ("Maya Patel", "maya.patel@coastalpost.example", "+447700900555"),
)
_mail(
    "de_redaktion_box_signature",
    "Guten Tag,\n\nwir bitten um Zugang zu den XML-Wahlergebnissen, Server 192.0.2.91.\n\n"
    "Viele Grüße\nJonas Keller\nOnline-Redaktion\nE-Mail: j.keller@elbkurier.example\n"
    "Telefon: +49 40 3344 5520\nElbkurier GmbH\n",
    "redaktion@elbkurier.example", "Redaktion Elbkurier",
    ("Jonas Keller", "j.keller@elbkurier.example", "+494033445520"),
)
_mail(
    "cz_reply_to_named",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb, server 198.51.100.95.\n\n"
    "Děkuji\nRadek Sýkora\nPodještědský týdeník\n",
    "noreply-forms@podjestedsky.example", "Formulář",
    ("Radek Sýkora", "sykora@podjestedsky.example", None),
    headers={"Reply-To": "Radek Sýkora <sykora@podjestedsky.example>"},
)

# ----- two or three people in a signature or a table, the text says which one
_mail(
    "cz_table_contact_marked",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb, server 192.0.2.110.\n\n"
    "Jan Horák, šéfredaktor, horak@zlinske-listy.example\n"
    "Petr Vlček, IT technik, vlcek@zlinske-listy.example, 739 200 115 – kontaktní osoba\n\n"
    "Zlínské listy\n",
    "horak@zlinske-listy.example", "Jan Horák",
    ("Petr Vlček", "vlcek@zlinske-listy.example", "+420739200115"),
)
_mail(
    "de_ansprechpartner_of_two",
    "Guten Tag,\n\nwir beantragen den Zugang zum XML-Wahldienst für 203.0.113.120.\n\n"
    "Ansprechpartner: Lukas Baumann (Admin), baumann@allgaeu-echo.example, +49 831 550 210\n\n"
    "Mit freundlichen Grüßen\nClaudia Roth\nVerlagsleitung\nroth@allgaeu-echo.example\n"
    "Allgäu Echo GmbH\n",
    "roth@allgaeu-echo.example", "Claudia Roth",
    ("Lukas Baumann", "baumann@allgaeu-echo.example", "+49831550210"),
)
_mail(
    "pl_osoba_kontaktowa_second",
    "Dzień dobry,\n\nprosimy o dostęp do danych XML z wynikami wyborów, serwer 192.0.2.130.\n\n"
    "Osoba kontaktowa: Marek Nowicki, administrator, m.nowicki@kurier-slaski.example, "
    "tel. +48 602 330 440\n\nPozdrawiam\nEwa Kaczmarek\nkierownik redakcji\nKurier Śląski\n",
    "e.kaczmarek@kurier-slaski.example", "Ewa Kaczmarek",
    ("Marek Nowicki", "m.nowicki@kurier-slaski.example", "+48602330440"),
)
_mail(
    "hu_kapcsolattarto",
    "Tisztelt Hivatal!\n\nKérjük hozzáférésünket a választási eredmények XML adataihoz, "
    "szerver: 198.51.100.140.\n\nKapcsolattartó: Szabó Gergely (informatikus), "
    "szabo.gergely@dunamenti-hirek.example, +36 30 412 5566\n\n"
    "Üdvözlettel\nNagy Katalin\nfőszerkesztő\nDunamenti Hírek\n",
    "nagy.katalin@dunamenti-hirek.example", "Nagy Katalin",
    ("Szabó Gergely", "szabo.gergely@dunamenti-hirek.example", "+36304125566"),
)
_mail(
    "it_referente",
    "Buongiorno,\n\nchiediamo l'accesso al feed XML dei risultati elettorali, server "
    "203.0.113.150.\n\nReferente: Luca Bianchi, tecnico IT, l.bianchi@gazzetta-adige.example, "
    "+39 0461 220 330\n\nCordiali saluti\nGiulia Romano\ndirettrice\nGazzetta dell'Adige\n",
    "g.romano@gazzetta-adige.example", "Giulia Romano",
    ("Luca Bianchi", "l.bianchi@gazzetta-adige.example", "+390461220330"),
)
_mail(
    "es_persona_de_contacto",
    "Buenos días:\n\nsolicitamos acceso al servicio XML de resultados electorales para el "
    "servidor 192.0.2.160.\n\nPersona de contacto: María José García López, "
    "mjgarcia@diario-levante.example, tel. +34 961 220 330\n\n"
    "Atentamente,\nAntonio Ruiz\nDirector\nDiario de Levante\n",
    "aruiz@diario-levante.example", "Antonio Ruiz",
    ("María José García López", "mjgarcia@diario-levante.example", "+34961220330"),
)

# ----- the text does not say which of several people is the contact
_mail(
    "cz_three_in_signature_unmarked",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb, server 198.51.100.170.\n\n"
    "Jan Král, šéfredaktor, kral@posazavi.example, 602 100 200\n"
    "Eva Malá, technik, mala@posazavi.example, 602 100 201\n"
    "Petr Dlouhý, admin, dlouhy@posazavi.example, 602 100 202\n",
    "info@posazavi.example", "Posázaví",
    ("Jan Král", "kral@posazavi.example", "+420602100200"),
    into=AMBIGUOUS,
)
_mail(
    "en_two_signers_unmarked",
    "Hello,\n\nwe request access to the election XML feed from 203.0.113.180.\n\n"
    "Regards,\nTom Baker, Editor, tom@valleynews.example\n"
    "Nina Shaw, IT, nina@valleynews.example\nValley News Ltd\n",
    "office@valleynews.example", "Valley News",
    ("Tom Baker", "tom@valleynews.example", None),
    into=AMBIGUOUS,
)

# ----- names with degrees, particles, double surnames, Hungarian order, capitals, nicknames
_mail(
    "cz_degrees_both_sides",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb, server 192.0.2.190.\n\n"
    "S pozdravem\nIng. Mgr. Jana Nová, Ph.D.\nvedoucí online\nnova@brnenske-zpravy.example\n"
    "tel. 608 220 119\n",
    "nova@brnenske-zpravy.example", "Jana Nová",
    ("Jana Nová", "nova@brnenske-zpravy.example", "+420608220119"),
)
_mail(
    "de_dr_med_contact",
    "Guten Tag,\n\nwir beantragen Zugang zum XML-Wahlergebnisdienst, Server 198.51.100.200.\n\n"
    "Kontakt: Dr. med. Ulrike von Hagen, u.vonhagen@medizin-report.example\n\n"
    "Freundliche Grüße\nMedizin Report Redaktion\n",
    "redaktion@medizin-report.example", "Medizin Report",
    ("Ulrike von Hagen", "u.vonhagen@medizin-report.example", None),
)
_mail(
    "nl_particle_van",
    "Goedendag,\n\nwij vragen toegang tot de XML-feed met verkiezingsuitslagen voor server "
    "203.0.113.210.\n\nContactpersoon: Pieter van der Berg, p.vanderberg@stadsblad.example, "
    "+31 20 555 0142\n\nMet vriendelijke groet,\nRedactie Stadsblad\n",
    "redactie@stadsblad.example", "Redactie Stadsblad",
    ("Pieter van der Berg", "p.vanderberg@stadsblad.example", "+31205550142"),
)
_mail(
    "it_particle_di",
    "Buongiorno,\n\nrichiediamo l'accesso al feed XML dei risultati, server 192.0.2.220.\n\n"
    "Cordiali saluti\nMarco Di Stefano\nresponsabile tecnico\nmarco.distefano@eco-lario.example\n",
    "marco.distefano@eco-lario.example", "Marco Di Stefano",
    ("Marco Di Stefano", "marco.distefano@eco-lario.example", None),
)
_mail(
    "hu_order_in_capitals",
    "Tisztelt Hivatal!\n\nKérjük a hozzáférést a választási XML adatokhoz, szerver "
    "198.51.100.230.\n\nÜdvözlettel:\nKOVÁCS Eszter\nszerkesztő\nkovacs.eszter@alfold-ma.example\n",
    "kovacs.eszter@alfold-ma.example", "Kovács Eszter",
    ("Kovács Eszter", "kovacs.eszter@alfold-ma.example", None),
)
_mail(
    "cz_surname_first_capitals",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb, server 203.0.113.240.\n\n"
    "Kontaktní osoba: ČERMÁK Jan, cermak@orlicky-tydenik.example, 725 118 330\n\n"
    "Orlický týdeník\n",
    "redakce@orlicky-tydenik.example", "Orlický týdeník",
    ("Jan Čermák", "cermak@orlicky-tydenik.example", "+420725118330"),
)
_mail(
    "en_nickname_beside",
    "Hi,\n\nwe'd like access to the election XML feed from 192.0.2.250.\n\n"
    "Cheers,\nRobert \"Bob\" Whitfield\nSystems, Lakeside Gazette\n"
    "bob.whitfield@lakeside-gazette.example\n",
    "bob.whitfield@lakeside-gazette.example", "Bob Whitfield",
    ("Robert Whitfield", "bob.whitfield@lakeside-gazette.example", None),
)
_mail(
    "sv_first_name_only",
    "Hej,\n\nvi vill ha tillgång till XML-flödet med valresultat för servern 198.51.100.251.\n\n"
    "Hälsningar\nKarin\nNorrlandsbladet\n",
    "karin.lund@norrlandsbladet.example", "Karin Lund",
    ("Karin Lund", "karin.lund@norrlandsbladet.example", None),
)

# ----- e-mails written in odd ways
_mail(
    "cz_zavinac_brackets",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb, server 203.0.113.11.\n\n"
    "Kontaktní osoba: Iveta Kubová, kubova[zavináč]jizerske-noviny.example, 776 300 221\n\n"
    "Redakce Jizerské noviny\n",
    "redakce@jizerske-noviny.example", "Jizerské noviny",
    ("Iveta Kubová", "kubova@jizerske-noviny.example", "+420776300221"),
)
_mail(
    "fr_at_parenthesis",
    "Bonjour,\n\nnous demandons l'accès au flux XML des résultats électoraux pour le serveur "
    "192.0.2.12.\n\nPersonne de contact : Claire Dubois, claire.dubois(at)echo-savoie.example, "
    "+33 4 79 22 33 44\n\nCordialement,\nLa rédaction\n",
    "redaction@echo-savoie.example", "Écho de Savoie",
    ("Claire Dubois", "claire.dubois@echo-savoie.example", "+33479223344"),
)
_mail(
    "cz_mail_sentence_end_upper",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb, server 198.51.100.13. Kontaktní osobou "
    "je Tomáš Bureš, pište prosím na Tomas.Bures@Chodsko-Dnes.example.\n\n"
    "Redakce Chodsko dnes\n",
    "redakce@chodsko-dnes.example", "Chodsko dnes",
    ("Tomáš Bureš", "tomas.bures@chodsko-dnes.example", None),
)
_mail(
    "en_angle_brackets_after_name",
    "Hello,\n\nplease enable the election XML feed for 203.0.113.15.\n\n"
    "Contact: Oliver Grant <oliver.grant@fenland-herald.example>\n\nFenland Herald newsroom\n",
    "newsroom@fenland-herald.example", "Fenland Herald",
    ("Oliver Grant", "oliver.grant@fenland-herald.example", None),
)

_mail(
    "cz_mail_wrapped",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb, server 192.0.2.24.\n\n"
    "Kontaktní osoba: Eva Hrubá, tel. 604 552 118, e-mail eva.hruba@\npodbrdsky-kuryr.example\n\n"
    "Redakce Podbrdský kurýr\n",
    "redakce@podbrdsky-kuryr.example", "Podbrdský kurýr",
    ("Eva Hrubá", "eva.hruba@podbrdsky-kuryr.example", "+420604552118"),
)
CASES["en_mailto_text_differs"] = (
    mail(
        html_body(
            "<p>Hello,</p><p>please enable the election XML feed for 203.0.113.25.</p>"
            "<p>Contact: Emma Clarke, <a href=\"mailto:e.clarke@dales-observer.example\">"
            "write to Emma</a></p><p>Dales Observer newsroom</p>"
        ),
        subject="Election XML access",
        sender="newsroom@dales-observer.example",
        sender_name="Dales Observer",
    ),
    ("Emma Clarke", "e.clarke@dales-observer.example", None),
)

# ----- handed over later, a deputy during a holiday
_mail(
    "cz_handed_over_later",
    "Dobrý den,\n\nžádám o přístup k XML s výsledky voleb, server 192.0.2.16. Od příštího "
    "týdne tuto agendu přebírá můj kolega Martin Říha (riha@slovacke-noviny.example, "
    "tel. 733 441 205), obracejte se prosím na něj.\n\n"
    "S pozdravem\nHelena Zemanová\nSlovácké noviny\n",
    "zemanova@slovacke-noviny.example", "Helena Zemanová",
    ("Martin Říha", "riha@slovacke-noviny.example", "+420733441205"),
)
_mail(
    "de_vertretung_urlaub",
    "Guten Tag,\n\nwir beantragen den Zugang zum XML-Wahldienst für 198.51.100.17.\n\n"
    "Ich bin vom 3. bis 21. Oktober im Urlaub. Als Ansprechpartnerin für diesen Antrag wenden Sie "
    "sich bitte an meine Kollegin Anja Fischer, fischer@mainpost-online.example, "
    "+49 69 4455 6610.\n\nBeste Grüße\nMarkus Wolf\nMainpost Online GmbH\n",
    "wolf@mainpost-online.example", "Markus Wolf",
    ("Anja Fischer", "fischer@mainpost-online.example", "+496944556610"),
)

# ----- near misses: the office's own address, a supplier's support, a newsletter footer
_mail(
    "cz_office_quoted",
    "Dobrý den,\n\nna základě Vašeho pokynu (volby@csu.gov.cz) žádáme o přístup k XML "
    "s výsledky voleb, server 203.0.113.18.\n\nS pozdravem\nVěra Pokorná\n"
    "pokorna@tydenik-beroun.example\n",
    "pokorna@tydenik-beroun.example", "Věra Pokorná",
    ("Věra Pokorná", "pokorna@tydenik-beroun.example", None),
)
_mail(
    "cz_supplier_support",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb, server 192.0.2.19. Server nám "
    "spravuje firma NetHosting, technické dotazy k serveru řeší support@nethosting.example.\n\n"
    "Děkuji\nLukáš Procházka\nprochazka@kladensky-denik.example\n",
    "prochazka@kladensky-denik.example", "Lukáš Procházka",
    ("Lukáš Procházka", "prochazka@kladensky-denik.example", None),
)
_mail(
    "en_newsletter_unsubscribe_footer",
    "Hello,\n\nplease grant access to the election results XML feed for 198.51.100.21.\n\n"
    "Thanks,\nSophie Turner\nsophie@midlands-wire.example\n\n--\nMidlands Wire weekly. "
    "To unsubscribe write to unsubscribe@midlands-wire.example; newsletter: "
    "news@midlands-wire.example\n",
    "sophie@midlands-wire.example", "Sophie Turner",
    ("Sophie Turner", "sophie@midlands-wire.example", None),
)

# ----- data messages: the contact only in the annotation or the file
CASES["dm_contact_in_annotation"] = (
    data_message(
        "Žádost o přístup k XML výsledkům voleb – kontakt: Pavla Šťastná, "
        "stastna@pribramske-listy.example, 721 550 118",
        text_file("zadost.txt", "Žádáme o přístup k XML s výsledky voleb, server 203.0.113.22.\n"),
        dm_sender="Příbramské listy s.r.o.",
    ),
    ("Pavla Šťastná", "stastna@pribramske-listy.example", "+420721550118"),
)
CASES["dm_contact_in_file"] = (
    data_message(
        "Žádost o přístup k datům voleb",
        text_file(
            "zadost.txt",
            "Žádáme o přístup k XML s výsledky voleb, server 192.0.2.23.\n\n"
            "Kontaktní osoba: Mgr. Roman Vacek, vacek@ceskolipsky-denik.example, tel. 602 771 330\n",
        ),
        dm_sender="Českolipský deník s.r.o.",
    ),
    ("Roman Vacek", "vacek@ceskolipsky-denik.example", "+420602771330"),
)

XFAIL: dict[str, str] = {
    "cz_it_box_person_no_mail": "a team's closing over the signer's name: no signature is read (the closing line is no name); a fix in segments broke an organisation drill (org_r23 d11), reverted",
    "en_for_the_team_closing": "a team's closing over the signer's name: no signature is read (the closing line is no name); a fix in segments broke an organisation drill (org_r23 d11), reverted",
    "pl_w_imieniu_redakcji_closing": "a team's closing over the signer's name: no signature is read (the closing line is no name); a fix in segments broke an organisation drill (org_r23 d11), reverted",
    "cz_secretary_for_director": "the contact named by role only ('Kontaktní osobou je pan ředitel') after "
    "his name in the genitive ('za pana ředitele Ing. Karla Dvořáka'): the signer is taken, flagged",
    "en_on_behalf_of": "'on behalf of <role>, Mr. X' with the details given 'to him at …': the signer "
    "is taken, flagged",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_contact_kinds(p: ParsedMessage, want: Want) -> None:
    assert contact_misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(AMBIGUOUS, {}))
def test_unmarked_contact_not_wrong_and_certain(p: ParsedMessage, want: Want) -> None:
    got = _got(p)
    wrong = [
        f"{k}: {got[k][0]!r}"
        for k, w in zip(_KEYS[:2], want[:2], strict=True)
        if got[k][1] and _norm(k, got[k][0]) != _norm(k, w)
    ]
    assert wrong == []
