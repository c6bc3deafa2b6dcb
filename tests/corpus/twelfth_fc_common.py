"""Shared vocabulary of the twelfth held-out part ``fc``: its styles (a closed set) and the
IČOs of its applicants, computed with their check digit (label_rules.ico)."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import ico


class Style(StrEnum):
    """How an ``fc`` application is written."""

    FOREIGN = "foreign"
    FOREIGN_LANGUAGE = "foreign-language"
    FREELANCER = "freelancer"
    ACADEMIC = "academic"
    MUNICIPAL = "municipal"
    CONTRACTOR = "contractor"
    CORRECTION = "correction"
    TECHNICIAN = "technician"
    FORM = "form"
    FORWARD = "forward"
    REPLY = "reply"
    HTML = "html"
    LETTER = "letter"
    DATABOX = "databox"
    OUTLOOK = "outlook"


# Applicants' IČOs (seven digits + check digit).
ICO_DEN_POLABI = ico("2718465")
ICO_FREELANCE_KRAL = ico("8812034")
ICO_USTAV_VEREJNE = ico("6830117")
ICO_MESTO_LHOTA = ico("0029741")
ICO_RADIO_TATRY = ico("3665120")
ICO_CT_REGION = ico("2405918")
ICO_WIENER_ZO = ico("0948376")
ICO_AGENTURA_VLTAVA = ico("2917753")
ICO_UNIVERZITA = ico("6138702")
ICO_DATALOOM = ico("0552871")
ICO_TISKOVKA = ico("4581236")
ICO_MESTSKA_TV = ico("7110493")
ICO_JIZNI_LISTY = ico("2873014")
ICO_HRADECKY_DENIK = ico("0618245")
ICO_INSTITUT_DAT = ico("0739861")
ICO_RADIO_BESKYD = ico("2516390")
ICO_SLOVENSKY_PORTAL = ico("5128470")
ICO_MESTO_KRUPA = ico("0026713")
ICO_WEBDATA = ico("0837165")
