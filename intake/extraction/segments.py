"""Split a mail body into the sender's own text, their signature, and quoted or forwarded
history, so that a contact in a quoted footer is not mistaken for the applicant's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from intake.extraction.memo import per_application
from intake.extraction.names import clean_name


class Kind(StrEnum):
    OWN = "own"
    SIGNATURE = "signature"
    """The sender's own signature block (after ``-- `` or a closing formula)."""
    FORWARDED = "forwarded"
    QUOTED = "quoted"
    ATTACHMENT = "attachment"


@dataclass(frozen=True)
class Line:
    no: int
    """1-based line number in the component's text."""
    text: str


@dataclass(frozen=True)
class Block:
    component: str
    kind: Kind
    lines: tuple[Line, ...]

    @cached_property
    def text(self) -> str:
        """The block's lines joined, once per block: the rules read it many times (about 30
        times a message)."""
        return "\n".join(ln.text for ln in self.lines)


_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*(?:Forwarded message|Přeposlaná zpráva|Preposlana zprava|Původní zpráva "
    r"přeposlána|Preposlaná správa|Preposlana sprava|Przekazana wiadomość|Message transféré)"
    r"\s*-{2,}|Begin forwarded message:|-+\s*Weitergeleitete Nachricht\s*-+)",
    re.IGNORECASE,
)
_RULED_ORIGINAL = (
    # a ruled heading naming the earlier text: "— Původní text žádosti —", "=== Original request"
    r"(?:[-—–=*_#]\s?)+\s*(?:původní|puvodni|pôvodn\w*|povodn\w*|original|previous|"
    r"předchozí|predchozi|predchádzajúc\w*|predchadzajuc\w*)\b[^\n\d:]{0,50}?"
    r"(?:\s?[-—–=*_#])+\s*$"
)
_ORIGINAL_HEADING = re.compile(r"^\s*" + _RULED_ORIGINAL, re.IGNORECASE | re.MULTILINE)
_REPLY = re.compile(
    r"^\s*(?:-{2,}\s*(?:Original Message|Původní zpráva|Puvodni zprava|Původní e-mail|"
    r"Pôvodná správa|Povodna sprava|Ursprüngliche Nachricht|Oryginalna wiadomość|"
    r"Message d'origine|Mensaje original)\s*-{2,}"
    r"|" + _RULED_ORIGINAL +
    r"|On .{4,120}wrote:\s*$|Dne .{4,120}napsal(?:\(a\)|a)?:\s*$"
    # who wrote the text below, in the mail clients' languages: "… napsal:", "… napísala:",
    # "… napisał(a):", "… wrote:", "Am … schrieb X:", "… a écrit :", "… escribió:"
    r"|.{4,120}\s(?:nap[ií]?sal|napisał)(?:\(a\)|a)?\s?:\s*$|.{4,120} wrote:\s*$"
    r"|.{4,120}\bschrieb\b.{0,120}:\s*$|.{4,120}\sa\s+écrit\s?:\s*$|.{4,120}\sescribió\s?:\s*$"
    # "… ha scritto:", "… schreef:", "… skrev:"
    r"|.{4,120}\s(?:ha\s+scritto|schreef|skrev)\s?:\s*$)",
    re.IGNORECASE,
)
_HEADER_BLOCK = re.compile(r"^\s*\*?(?:Od|From)\s*:\*?\s+\S", re.IGNORECASE)
_HEADER_NEXT = re.compile(
    r"^\s*\*?(?:Odesláno|Sent|Date|Datum|Komu|To|Předmět|Subject)\s*:", re.IGNORECASE
)
_UNDERSCORE = re.compile(r"^\s*_{8,}\s*$")
_SIG_DASH = re.compile(r"^--\s?$")
_CLOSING = re.compile(
    # a closing written in two languages, the writer's own first ("Köszönöm / thank you,",
    # "Tack / Best regards"): one or two words and a slash before a formula known below
    r"^\s*(?:[^\W\d_]+[,!.]?\s+(?:[^\W\d_]+[,!.]?\s+)?/\s*|[^\W\d_]+[,!.]?/)?"
    r"(?:s\s+pozdravem|se\s+srdečným\s+pozdravem|s\s+úctou|děkuj[iu]|děkujeme|díky|"
    # the same without diacritics, as a text typed without them writes it
    r"dekuj[iu]|dekujeme|diky|predem\s+dekuj\w*|"
    # Slovak, Polish, German, French, Spanish: a closing formula begins the signature
    r"s\s+pozdravom|s\s+(?:priateľským|priatelskym)\s+pozdravom|so\s+srdečným\s+pozdravom|"
    r"ďakujem|dakujem|ďakujeme|dakujeme|vďaka|vdaka|pozdrawiam|z\s+poważaniem|z\s+wyrazami\s+szacunku|"
    # Polish thanks closing a mail ("Dziękujemy", "Dziękuję", "Dzięki")
    r"dzi[ęe]kuj(?:ę|e|emy)|dzi[ęe]ki|"
    # German "Mit besten Grüßen", "Freundliche Grüße", "Mit kollegialem Gruß", Swiss "Grüsse"
    r"(?:mit\s+)?(?:freundlich|best|herzlich|lieb|viel|schön|kollegial|sonnig)\w*\s+gr(?:ü|ue|u)(?:ß|ss)(?:en?)?|"
    # French, Italian, Spanish with a qualifier: "Bien cordialement", "Cordiali saluti"
    r"(?:(?:bien|très|tres)\s+)?cordialement|bien\s+à\s+vous|(?:cordiali|distinti)\s+saluti|atentamente|"
    r"saludos|all\s+the\s+best|best\s+wishes|many\s+thanks|serdecznie|"
    # Italian and Hungarian closings of their own: "Saluti", "Un saluto", "Grazie",
    # "Üdvözlettel", "Tisztelettel", "Köszönettel", "Köszönöm"
    r"(?:un\s+)?salut[io]|grazie|[üu]dv[öo]zlettel|tisztelettel|k[öo]sz[öo]nettel|k[öo]sz[öo]n[öo]m|"
    # English closings of one word or with a qualifier: "Best," / "Warm regards"
    r"best(?=,?\s*$)|warm(?:est)?\s+regards|"
    # Romanian, Portuguese, South Slavic, Baltic, Finnic and Bulgarian closings ("Cu stimă",
    # "Com os melhores cumprimentos", "S poštovanjem", "Lep pozdrav",
    # "Su pagarba", "Pagarbiai", "Ar cieņu", "Lugupidamisega", "С уважение")
    r"cu\s+(?:stimă|stima|respect)|com\s+os\s+melhores\s+cumprimentos|cumprimentos|atenciosamente|"
    r"s\s+(?:poštovanjem|postovanjem|spoštovanjem|spostovanjem)|(?:lep|lijep|topli?)\s+pozdrav|"
    r"lepo\s+pozdravljeni|su\s+pagarba|pagarbiai|linkėjimai|ar\s+(?:cieņu|cienu)|"
    r"lugupidamisega|parimate\s+soovidega|tervitades|с\s+уважение[мн]?|"
    # Cyrillic and Greek closings: Ukrainian "З повагою", "Щиро", "Дякую"; Russian "С
    # наилучшими пожеланиями", "Спасибо"; Serbian "Срдачан поздрав", "С поштовањем", "Хвала";
    # Macedonian "Со почит"; Bulgarian "Поздрави", "Благодаря"; Greek "Με εκτίμηση", "Με
    # τιμή", "Φιλικά", "Ευχαριστώ"
    r"з\s+повагою|щиро|дякую|дякуємо|с\s+наилучшими\s+пожеланиями|спасибо|благодарю|"
    r"(?:срдачан\s+|срдечен\s+)?поздрав[иа]?|с\s+поштовањем|со\s+почит|хвала|благодаря|"
    r"με\s+εκτ[ιί]μηση|με\s+τιμ[ηή]|φιλικ[αά]|ευχαριστ[ωώ]|ευχαριστο[υύ]με|"
    # Slovene "Lp," (lep pozdrav) alone on its line
    r"lp(?=,?\s*$)|"
    r"předem\s+děkuji|předem\s+děkujeme|best\s+regards|kind\s+regards|regards|"
    r"sincerely|yours\s+(?:sincerely|faithfully)|thank\s+you|thanks|cheers|zdraví)\b[^\n]{0,40}$",
    re.IGNORECASE,
)


def is_reply_header(line: str) -> bool:
    """``On … wrote:`` / ``Dne … napsal(a):`` / ``-- Original Message --`` / a ruled heading
    naming the original ("— Původní text žádosti —"). Every such header has a colon or a rule
    character: other lines skip the costly pattern."""
    return _REPLY_MARK.search(line) is not None and _reply_match(line)


_REPLY_MARK = re.compile(r"[:\-—–=*_#]")


@per_application(maxsize=2048)
def _reply_match(line: str) -> bool:
    """``_REPLY`` at the start of ``line``, remembered: the thread's readers ask it of the same
    lines again (over 40 % of the asks over the tuning corpus repeat a line)."""
    return _REPLY.match(line) is not None


def starts_message(lines: Sequence[str], i: int) -> bool:
    """Line ``i`` starts an earlier message in a thread: a reply or forward header, or a header block
    (``Od:``/``From:`` followed by ``Odesláno:``/``Sent:``, ``Komu:``/``To:`` …) as Outlook
    writes it above each quoted message."""
    line = lines[i]
    if is_reply_header(line) or _FORWARD.match(line):
        return True
    return bool(_HEADER_BLOCK.match(line)) and _next_is_header(lines, i + 1)


_QUOTE_MARKS = re.compile(r"^\s*(?:>\s?)+")


def split_body(component: str, text: str, *, forwarded_subject: bool = False) -> list[Block]:
    """Blocks of one body text in order. Lines starting with ``>`` are quoted; after a reply
    header everything is quoted, after a forward header everything is forwarded."""
    lines = text.splitlines()
    kinds: list[Kind] = []
    mode = Kind.OWN
    later_mark = _later_marks(lines)
    cued = ">" in text and _INLINE_CUE.search(text) is not None
    answer = False
    i = 0
    while i < len(lines):
        ln = lines[i]
        if mode is Kind.QUOTED and later_mark[i] and _answers_inline(lines, i):
            mode = Kind.OWN  # a reply written between the quoted lines it answers
        # a writer who says the answers are written into the quote: the unmarked lines right
        # under a quoted question are an answer (the quote goes on below them)
        goes_on = answer and bool(ln.strip()) and not ln.lstrip().startswith(">")
        answer = goes_on or (cued and mode is Kind.QUOTED and _answers_question(lines, i))
        if mode in (Kind.OWN, Kind.SIGNATURE):
            if _FORWARD.match(ln):
                mode = Kind.FORWARDED
            elif is_reply_header(ln) or _UNDERSCORE.match(ln) and _next_is_header(lines, i + 1):
                mode = Kind.FORWARDED if forwarded_subject else Kind.QUOTED
            elif _HEADER_BLOCK.match(ln) and _next_is_header(lines, i + 1):
                mode = Kind.FORWARDED if forwarded_subject else Kind.QUOTED
            elif mode is Kind.OWN and (_SIG_DASH.match(ln) or _CLOSING.match(ln)):
                mode = Kind.SIGNATURE
            elif mode is Kind.SIGNATURE and _POSTSCRIPT.match(ln) and not lines[i - 1].strip():
                mode = Kind.OWN  # a postscript below the signature is the writer's text again
        if ln.lstrip().startswith(">") and mode is not Kind.FORWARDED:
            kinds.append(Kind.QUOTED)
        elif answer and mode is Kind.QUOTED:
            kinds.append(Kind.OWN)
        else:
            # under a forward header the forwarded message goes on whatever its rendering
            # (a webmail's blockquote, quote marks)
            kinds.append(mode)
        i += 1
    _trailing_signature(lines, kinds)
    blocks: list[Block] = []
    cur: list[Line] = []
    cur_kind: Kind | None = None
    depth = cur_depth = 0
    for no, (ln, k) in enumerate(zip(lines, kinds, strict=True), start=1):
        if k in (Kind.QUOTED, Kind.FORWARDED) and ln.lstrip().startswith(">"):
            mark = _QUOTE_MARKS.match(ln)
            depth = mark.group(0).count(">") if mark and ln[mark.end() :].strip() else cur_depth
            ln = ln[mark.end() :] if mark else ln
        else:
            depth = cur_depth if k is Kind.FORWARDED and not ln.strip() else 0
        # a deeper quote inside a quoted message is the earlier message it quotes ("> …"
        # the office's question, ">> …" the applicant's original under it); the reply
        # header above the marked lines stays with them; in a forwarded message, the text
        # it quotes below its own (an automatic reply quoting the application received)
        deeper = depth != cur_depth and depth > 0 and (
            (cur_depth > 0 or k is cur_kind and _has_text(cur))
            if k is Kind.QUOTED
            else k is Kind.FORWARDED and k is cur_kind
        )
        if (k is not cur_kind or deeper) and cur:
            # the reply header right above a forwarded message's quote goes with the quote
            cut = len(cur)
            if deeper and (k is Kind.FORWARDED or cur_depth == 0):
                head = [j for j, x in enumerate(cur) if x.text.strip()]
                cut = head[-1] if head and is_reply_header(cur[head[-1]].text) else cut
            if cur[:cut]:
                blocks.append(Block(component, cur_kind or Kind.OWN, tuple(cur[:cut])))
            cur = cur[cut:]
        cur_kind, cur_depth = k, depth
        cur.append(Line(no, ln))
    if cur:
        blocks.append(Block(component, cur_kind or Kind.OWN, tuple(cur)))
    return blocks


def _later_marks(lines: Sequence[str]) -> list[bool]:
    """For each line, whether a quote-marked line ("> …") comes after it."""
    out = [False] * len(lines)
    seen = False
    for i in range(len(lines) - 1, -1, -1):
        out[i] = seen
        seen = seen or lines[i].lstrip().startswith(">")
    return out


def _answers_inline(lines: Sequence[str], i: int) -> bool:
    """Line ``i`` under a reply header answers the quote inline: an unmarked line of text
    after a blank line, below a quote-marked line ("> 1. název žadatele a IČO") and above
    another (the caller's ``later_mark``). A quoted line wrapped without its mark follows
    the marked line directly, with no blank line between."""
    ln = lines[i]
    if i < 2 or not ln.strip() or ln.lstrip().startswith(">") or lines[i - 1].strip():
        return False
    if is_reply_header(ln) or _FORWARD.match(ln):
        return False
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j >= 0 and lines[j].lstrip().startswith(">")


_INLINE_CUE = re.compile(
    r"(?=[aorvw])(?:odpověd\w*|odpovíd\w*|odpoved\w*|odpowied\w*|odpowiad\w*|antwort\w*|answer\w*|repl\w*|réponse\w*|"
    r"vepsal\w*|vpísal\w*|wpisał\w*)[^\n]{0,60}?\b(?:v\s+textu|v\s+texte|im\s+text|inline|"
    r"in\s+(?:the\s+)?text|below|níže|nižšie|poniżej|unten|ci-dessous|dans\s+le\s+texte|"
    r"přímo\s+do|priamo\s+do|do\s+(?:vašeho|vášho|tvého|twojego|pańskiego|textu|tekstu)|"
    r"w\s+tekście|in\s+(?:red|blue)|"
    r"červeně|modře|na\s+červeno|rot|en\s+rouge)",
    re.IGNORECASE,
)
"""The writer says the answers are written into the quoted message ("odpovědi jsem vepsal přímo
do Vašeho e-mailu níže", "see my answers inline", "Antworten im Text")."""


def _answers_question(lines: Sequence[str], i: int) -> bool:
    """Line ``i`` is unmarked text right under a quote-marked question or request ("> Které
    z adres jsou testovací?", "> Uveďte prosím také IČO."): the answer written inline."""
    ln = lines[i]
    if i < 1 or not ln.strip() or ln.lstrip().startswith(">") or is_reply_header(ln):
        return False
    prev = _QUOTE_MARKS.sub("", lines[i - 1]).rstrip()
    if not lines[i - 1].lstrip().startswith(">"):
        return False
    return prev.endswith(("?", ":", ".")) or is_list_item(prev)


_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[a-h]\)|[-•*–])\s+\S")


def is_list_item(line: str) -> bool:
    """A numbered or bulleted item of the office's list of what is missing ("1. IČO
    žadatele", "b) telefon", "- test address")."""
    return _LIST_ITEM.match(line) is not None


def _has_text(lines: Sequence[Line]) -> bool:
    """An unmarked quoted message (below a reply header, as Zimbra or Outlook quote) holds
    text of its own besides its header lines: a quote-marked run under it ("> …") is the
    earlier message it quotes (the applicant's original under the office's question)."""
    return any(
        ln.text.strip()
        and not is_reply_header(ln.text)
        and not _HEADER_BLOCK.match(ln.text)
        and not _HEADER_NEXT.match(ln.text)
        and not _UNDERSCORE.match(ln.text)
        for ln in lines
    )


_POSTSCRIPT = re.compile(r"^\s*(?:P\.?\s?P\.?\s?)?P\.?\s?S(?:\.|\s*[:,–—-])|^\s*(?:PP)?PS\s+(?=[^\W\d_A-Z])")
"""A postscript's opener ("PS:", "P.S.", "PPS -", "PS nezapomněl jsem"), after a blank line."""
_DASH_SIGNED = re.compile(r"^\s*[-–—]+\s*(\S.*)$")


def _trailing_signature(lines: list[str], kinds: list[Kind]) -> None:
    """Without a ``-- `` line or closing formula, a short last paragraph of the sender's own
    text that starts with a person's name is their signature."""
    own = [i for i, k in enumerate(kinds) if k in (Kind.OWN, Kind.SIGNATURE)]
    if not own or any(kinds[i] is Kind.SIGNATURE for i in own):
        return
    end = own[-1]
    while end >= 0 and not lines[end].strip():
        end -= 1
    if end > 0 and (dash := _DASH_SIGNED.match(lines[end])) and clean_name(dash.group(1)):
        kinds[end] = Kind.SIGNATURE  # "– Jan Malý, Rádio Sever" closing a short note
        return
    start = end
    while start > 0 and lines[start - 1].strip() and kinds[start - 1] is Kind.OWN:
        start -= 1
    para = lines[start : end + 1]
    if not para or len(para) > 5 or any(len(x) > 80 for x in para):
        return
    if start == 0 or clean_name(para[0].strip()) is None:
        return
    for i in range(start, end + 1):
        kinds[i] = Kind.SIGNATURE


_WRITER = re.compile(
    r"^\s*\*?(?:od|from|odesílatel)\s*:\*?\s*(?P<n>[^<\[\n@]+?)\s*(?:<[^>\n]*>|\[mailto:[^\]\n]*\])?\s*$"
    r"|^(?:on|dne|dňa|dna)\b.*?,\s*(?P<r>[^,<\n@]+?)\s*(?:<[^>\n]*>)?\s+"
    r"(?:wrote|napsal|napísal|napisal)\w*(?:\(a\))?\s*:\s*$",
    re.IGNORECASE,
)


def writer(block: Block) -> Line | None:
    """The person an earlier message's header names as its writer ("Od: Ing. Karel Šebek
    <…>", "On …, Lena Voss wrote:"), as a line of that name numbered by the header's line."""
    for ln in block.lines[:6]:
        m = _WRITER.match(ln.text)
        name = clean_name((m.group("n") or m.group("r") or "").strip()) if m else None
        if name:
            return Line(ln.no, name)
    return None


def signed_message(block: Block) -> tuple[Block, Block | None]:
    """An earlier message (forwarded or quoted, headed by its sender line) as its text and
    its writer's signature: a closing formula or a short last paragraph starting with a name
    as in the new text, else the writer its header names (whoever wrote a message signs
    it, even with a surname alone)."""
    texts = [ln.text for ln in block.lines]
    kinds = [Kind.OWN] * len(texts)
    top = _below_header(texts)
    for i in range(top, len(texts)):
        if _SIG_DASH.match(texts[i]) or _CLOSING.match(texts[i]):
            kinds[i:] = [Kind.SIGNATURE] * (len(texts) - i)
            break
    # the message's first paragraph (a greeting "Ahoj Rasťo,") is never its signature
    below = ["x", *texts[top:]]
    body_kinds = [Kind.OWN, *kinds[top:]]
    _trailing_signature(below, body_kinds)
    kinds[top:] = body_kinds[1:]
    body = tuple(ln for ln, k in zip(block.lines, kinds, strict=True) if k is Kind.OWN)
    sig = tuple(ln for ln, k in zip(block.lines, kinds, strict=True) if k is Kind.SIGNATURE)
    head = writer(block)
    if head is not None and not any(clean_name(ln.text.strip()) for ln in sig[:3]):
        sig = (head, *sig)
    own = Block(block.component, block.kind, body)
    return own, Block(block.component, Kind.SIGNATURE, sig) if sig else None


def _below_header(texts: Sequence[str]) -> int:
    """The index of a message's first line below its header lines (a forward or reply
    header, ``Od:``/``From:``, ``Komu:``/``To:`` …, blank lines between them)."""
    i = 0
    while i < len(texts) and (
        not texts[i].strip()
        or _FORWARD.match(texts[i])
        or is_reply_header(texts[i])
        or _HEADER_BLOCK.match(texts[i])
        or _HEADER_NEXT.match(texts[i])
        or _UNDERSCORE.match(texts[i])
    ):
        i += 1
    return i


def _next_is_header(lines: Sequence[str], start: int) -> bool:
    for ln in lines[start : start + 4]:
        if _HEADER_NEXT.match(ln) or _HEADER_BLOCK.match(ln):
            return True
    return False


_OPEN_END = re.compile(r"[^.!?:;]$")
"""A line that does not end a sentence or a label: the sentence may go on on the next line."""
_GOES_ON = re.compile(r"^(?:\(?[^\W\d_])")
_JOINS_ON = re.compile(
    r"\s(?:and|or|a|i|nebo|alebo|plus|&|und|oder|sowie|oraz|lub|albo|et|ou|e|o|y|en|og|och|és)$",
    re.IGNORECASE,
)
"""A line that ends on a conjunction: the list goes on, even with a number on the next line."""
_ADDRESS_JOINS_ON = re.compile(r"\d\.\d{1,3},?\s+\S{1,6}$")
"""An address and the conjunction after it end the line: the list goes on on the next line
whatever the line's length ("Adresy sú 192.0.2.5 a" / "192.0.2.6, …")."""
_LABEL_LINE = re.compile(r"^[^\W\d_][^:\t]{0,40}:\s")
_ABBREVIATION_END = re.compile(
    r"\s(?:resp|respektíve|tj|tzn|tzv|např|napr|popř|popr|příp|prip|event|cca|č|viz|i\.\s?e|"
    r"e\.\s?g|vs|ca|approx|incl|t\.\s?j)\.$",
    re.IGNORECASE,
)
"""A line ending in an abbreviation ("…, resp.", "tj."): its full stop ends no sentence."""
_ADDRESS_ABBREVIATION_END = re.compile(r"\d\.\d{1,3},?\s+(?:bzw|resp|ill|ggf|ou|o|oder|tj|u\.a)\.$")
"""An address and an abbreviated conjunction end the line ("… A bzw.", "… A ill."), when an
address goes on the sentence on the next line; no other short word with a full stop ("…
192.0.2.1 web." / "192.0.2.2 mail." is a list)."""
_ADDRESS_RESPECTIVE_END = re.compile(
    r"\d(?:/\d{1,3})?,?\s+(?:respektive|respekt[íi]ve|respectively|respectievelijk|respectivement|"
    r"respectivament|respectivamente|rispettivamente|beziehungsweise|odpowiednio|illetve|"
    r"respetivamente|vastaavasti|atitinkamai|attiecīgi|s[ıi]ras[ıi]yla|відповідно|"
    r"соответственно|съответно|αντ[ιί]στοιχα)$",
    re.IGNORECASE,
)
"""An address and a "respectively" word end the line ("… A/30, respektive" / "C a D."): the
order goes on with the addresses on the next line."""
_ADDRESS_IN_SENTENCE = re.compile(r"^[\dA-Fa-f][\w.:/]*\d[\w.:/]*,?\s+[^\W\d_]*[a-zá-ž]")
"""A line that starts with an address-like token followed by a word in lower case
("192.0.2.7 má být …"): the middle of a sentence, not an item of a list."""
_DANGLING = re.compile(
    r"\s(?:místo|namísto|miesto|namiesto|instead\s+of|of|než|nez|ako|než\s+je|than|je|jsou|sú|"
    r"bude|budou|budú|byl[aoiy]?|být|byť|má|mají|majú|is|are|was|were|be|na|z|ze|do|od|pro|pre|"
    r"for|from|to|with|s|se|so|a|and|i|aj|nebo|alebo|or|jako|as|by|mezi|medzi|between|za|"
    r"adresu|adresa|adresy|address|addresses|IP|uveďte|použijte|povolte|nahraďte|use|allow|add|"
    # the noun "addresses" as foreign media write it ("… die Adressen" / "A bzw. B")
    r"adres\w*|indirizz\w*|direcci\w*|endereç\w*|IPs)$",
    re.IGNORECASE,
)
"""A word that cannot end a clause (a preposition, conjunction, copula, or a verb wanting its
object): a line ending in it goes on on the next line."""
_ARTICLE_END = re.compile(
    r"[^\W\d_]\s+(?:the|an?|of|for|from|with|der|die|das|den|dem|des|ein\w{0,2}|für|"
    r"fuer|zum|zur|von|vom|mit|als|le|la|les|des|du|pour|il|lo|gli|per|el|los|las|para|"
    r"pro|pre|na|ze|za)$",
    re.IGNORECASE,
)
"""A line ending in an article or a preposition ("… für den", "… for the"): the clause goes
on on the next line, whatever its first letter."""
_RANGE_OPEN = re.compile(
    r"(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{0,4}:(?:[0-9A-Fa-f]{0,4}:){1,6}[0-9A-Fa-f]{1,4})"
    r"\s*(?:-|–|—|až|az|do|to|through|thru|until|bis)$",
    re.IGNORECASE,
)
"""A line ending in an address (IPv4 or IPv6) and the word that opens a range ("od A do",
"from A to", "A –"): the range ends on the next line, whatever the line's length."""
_STARTS_WITH_ADDRESS = re.compile(r"^(?:\d{1,3}\.){3}\d{1,3}")
_STARTS_WITH_V6 = re.compile(r"^[0-9A-Fa-f]{0,4}:(?:[0-9A-Fa-f]{0,4}:){1,6}[0-9A-Fa-f]{1,4}")
"""A line opening with an IPv6 address, or its groups after "::" alone ("::12")."""
_USE_LABEL_END = re.compile(
    r"(?:\b(?:test\w*|zkušeb\w*|zkuseb\w*|skúšob\w*|skusob\w*|produk\w*|production|prod|"
    r"ostr[ýáéaey]\w*|live|staging)(?:\s+IP)?|\bIP)$",
    re.IGNORECASE,
)
_LABEL_NOUN_LINE = re.compile(
    r"^(?:IP[\s-]*)?(?:adres[a-zěáuyoy]*|address(?:es)?|adressen?|IPs?)\s*:\s", re.IGNORECASE
)
"""A label a line break split after its use ("… testovací IP" / "adresa: 192.0.2.19"): the
label's noun alone opens the next line, in lower case or as "IP …"."""
_WRAP_WIDTH = 60
"""A line this long that ends in the middle of a sentence was wrapped by the mail client."""


def _goes_on(cur: str, nxt: str) -> bool:
    """Whether physical line ``nxt`` continues the logical line ``cur``: a ``format=flowed``
    soft break (``cur`` ends with a space), or a long sentence wrapped mid-way (it does not
    end in a full stop or colon, and the next line starts in lower case and is no label)."""
    if not nxt or not cur.strip() or "\t" in cur or "|" in cur or "   " in cur.strip():
        return False
    if "\t" in nxt:
        # a row of tab-set cells (a table's header "\tprodukce\ttest" under a title): joined
        # to the line above, it would lose its empty corner cell and shift every column
        return False
    if cur.startswith("   ") and not cur.endswith(" "):
        return False  # a cell of a table laid out by spaces (PDF), not a wrapped sentence
    if cur.endswith(" "):
        return True
    if (_STARTS_WITH_ADDRESS.match(nxt) or _STARTS_WITH_V6.match(nxt)) and _RANGE_OPEN.search(cur):
        return True  # "… od 198.51.100.20 do" / "198.51.100.23 (vrátane)"
    if len(cur) >= 40 and cur.endswith(",") and not _LABEL_LINE.match(nxt) and nxt[0] not in "-*•–":
        return True  # a list or clause goes on after the comma
    if nxt[0].isdigit() and _JOINS_ON.search(cur) and (
        len(cur) >= 40 or _ADDRESS_JOINS_ON.search(cur) and _STARTS_WITH_ADDRESS.match(nxt)
    ):
        return True  # "… are 192.0.2.1 and" / "192.0.2.2, respectively."
    if cur.endswith(".") and _ABBREVIATION_END.search(cur) and not _LABEL_LINE.match(nxt):
        return nxt[0] not in "-*•–"  # "… 192.0.2.1, resp." / "192.0.2.2."
    if _ADDRESS_ABBREVIATION_END.search(cur) and _STARTS_WITH_ADDRESS.match(nxt):
        return True  # "… 198.51.100.14 bzw." / "198.51.100.15 zu …", in any language
    if _ADDRESS_RESPECTIVE_END.search(cur) and _STARTS_WITH_ADDRESS.match(nxt):
        return True  # "… 192.0.2.96/30, respektive" / "192.0.2.100 a 192.0.2.101."
    if len(cur) >= _WRAP_WIDTH and _ADDRESS_IN_SENTENCE.match(nxt) and _DANGLING.search(cur):
        return True  # "… místo" / "192.0.2.7 má být 192.0.2.8."
    if len(cur) >= 40 and _LABEL_NOUN_LINE.match(nxt) and _USE_LABEL_END.search(cur):
        return nxt[0].islower() or nxt[:2].upper() == "IP"  # "… testovací IP" / "adresa: A"
    if len(cur) >= _WRAP_WIDTH and _ARTICLE_END.search(cur) and not _LABEL_LINE.match(nxt):
        # "… für den" / "Live-Abruf bzw. …": an article or preposition ends no clause, and
        # the next line goes on it even when it starts with a capital (German nouns)
        return nxt[0] not in "-*•–"
    return (
        len(cur) >= 40
        and nxt.lstrip("(")[:1].islower()
        and bool(_GOES_ON.match(nxt))
        and bool(_OPEN_END.search(cur))
        and not _LABEL_LINE.match(nxt)
        and not (_CONFIG_LINE.match(nxt) and _CONFIG_LINE.match(cur))
    )


_CONFIG_LINE = re.compile(
    r"\s*(?:\d+\s+)?(?:remark|permit|deny|description|access-list|ip(?:v6)?\s+access-list|"
    r"add\s+(?:action|address|chain|comment|list|src-address)=|set\s+(?:firewall|policy|security)|"
    r"(?:iptables|ip6tables|nft)\s|-[AI]\s+\w+\s)\s*\S",
    re.IGNORECASE,
)
"""A statement of a router's or firewall's configuration (a Cisco ACL's "remark"/"permit",
a MikroTik "add address=…", a Juniper "set firewall …", an iptables rule): one statement a
line, never a sentence wrapped onto the next."""


_MAX_JOINED = 1000
"""A logical line is not made longer than this by joining (a sentence is far shorter; hostile
text of lines each ending in a joining word would make one huge line)."""


def logical_lines(text: str) -> list[tuple[int, str]]:
    """Lines with soft breaks undone (``_goes_on``), each with the number of its first
    physical line."""
    lines = text.splitlines()
    out: list[tuple[int, str]] = []
    joining = False
    for no, line in enumerate(lines, start=1):
        if joining:
            out[-1] = (out[-1][0], out[-1][1].rstrip() + " " + line.lstrip())
        else:
            out.append((no, line))
        joining = len(out[-1][1]) < _MAX_JOINED and _goes_on(
            out[-1][1], lines[no].lstrip() if no < len(lines) else ""
        )
    return out


def unwrap(block: Block) -> Block:
    """The block with its wrapped lines joined, each logical line numbered by its first
    physical line (so every finder reads a sentence whole)."""
    if len(block.lines) < 2:
        return block
    joined = logical_lines(block.text)
    if len(joined) == len(block.lines):
        return block
    lines = tuple(Line(block.lines[i - 1].no, t) for i, t in joined)
    return Block(block.component, block.kind, lines)


def whole(component: str, text: str, kind: Kind = Kind.ATTACHMENT) -> Block:
    return Block(component, kind, tuple(Line(n, t) for n, t in enumerate(text.splitlines(), 1)))


def attached_text(component: str, text: str) -> list[Block]:
    """An attached document's text; a ruled heading naming the earlier text inside it ("—
    Původní text žádosti —", "--- původní datová zpráva ---") starts the quoted original."""
    head = _ORIGINAL_HEADING.search(text) if "\n" in text else None
    if head is None or not text[: head.start()].strip():
        return [whole(component, text)]
    lines = tuple(Line(n, t) for n, t in enumerate(text.splitlines(), 1))
    cut = text.count("\n", 0, head.start())
    return [Block(component, Kind.ATTACHMENT, lines[:cut]), Block(component, Kind.QUOTED, lines[cut:])]
