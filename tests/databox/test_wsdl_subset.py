"""Our WSDL/XSD subset against the official ISDS 3.11 files in ../shared/reference/isds.

The subset is written by us (not copied), so this test checks that every operation we use
has the same namespace, element names, order, occurrence, nillability and (resolved) types
as the published interface, and that our WSDLs bind them the same way."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from databox.client import WSDL_DIR
from tests.fixtures.common import shared_path

XS = "http://www.w3.org/2001/XMLSchema"
WSDL = "http://schemas.xmlsoap.org/wsdl/"
TNS = "http://isds.czechpoint.cz/v20"
SOAP_BINDINGS = {
    "http://schemas.xmlsoap.org/wsdl/soap/": "soap11",
    "http://schemas.xmlsoap.org/wsdl/soap12/": "soap12",
}
OPERATIONS = {
    "dm_info.wsdl": [
        "GetListOfReceivedMessages",
        "MarkMessageAsDownloaded",
        "GetDeliveryInfo",
        "GetSignedDeliveryInfo",
    ],
    "dm_operations.wsdl": [
        "MessageDownload",
        "SignedMessageDownload",
        "AuthenticateMessage",
        "CreateMessage",
        "DummyOperation",
    ],
    "dm_VoDZ.wsdl": ["SignedBigMessageDownload"],
}

Row = tuple[str, ...]


class Flattener:
    """Turns a global element into rows (path, what, type/facets, occurrence, nillable),
    resolving named types, groups and extensions, so that inline and named definitions of
    the same thing compare equal."""

    def __init__(self, xsd: Path) -> None:
        root = etree.parse(str(xsd)).getroot()
        self.target = root.get("targetNamespace")
        self.index: dict[tuple[str, str], etree._Element] = {}
        for el in root:
            if isinstance(el.tag, str) and el.get("name"):
                self.index[(etree.QName(el).localname, el.get("name", ""))] = el

    def _qname(self, el: etree._Element, value: str) -> tuple[str, str]:
        prefix, _, local = value.rpartition(":")
        return el.nsmap.get(prefix or None, ""), local

    def _simple(self, st: etree._Element) -> str:
        r = st.find(f"{{{XS}}}restriction")
        if r is None:
            return "simple?"
        base = self._type_name(r, r.get("base", ""))
        facets = sorted(
            f"{etree.QName(f).localname}={f.get('value')}" for f in r if isinstance(f.tag, str)
        )
        return base + ("[" + ",".join(facets) + "]" if facets else "")

    def _type_name(self, el: etree._Element, value: str) -> str:
        ns, local = self._qname(el, value)
        if ns == XS:
            return f"xs:{local}"
        named = self.index.get(("simpleType", local))
        if named is not None:
            return self._simple(named)
        return f"complex:{local}"

    def element(self, name: str) -> list[Row]:
        return self._element(self.index[("element", name)], "")

    def _element(self, el: etree._Element, path: str) -> list[Row]:
        p = f"{path}/{el.get('name')}"
        occurs = f"{el.get('minOccurs', '1')}..{el.get('maxOccurs', '1')}"
        nillable = el.get("nillable", "false")
        rows: list[Row] = []
        if el.get("type"):
            t = self._type_name(el, el.get("type", ""))
            if t.startswith("complex:"):
                rows.append((p, "element", "complex", occurs, nillable))
                rows += self._complex(self.index[("complexType", t[8:])], p)
            else:
                rows.append((p, "element", t, occurs, nillable))
            return rows
        st = el.find(f"{{{XS}}}simpleType")
        ct = el.find(f"{{{XS}}}complexType")
        if st is not None:
            return [(p, "element", self._simple(st), occurs, nillable)]
        rows.append((p, "element", "complex" if ct is not None else "xs:anyType", occurs, nillable))
        if ct is not None:
            rows += self._complex(ct, p)
        return rows

    def _complex(self, ct: etree._Element, p: str) -> list[Row]:
        rows: list[Row] = []
        for child in ct:
            if isinstance(child.tag, str):
                rows += self._particle(child, p)
        return rows

    def _particle(self, node: etree._Element, p: str) -> list[Row]:
        kind = etree.QName(node).localname
        rows: list[Row] = []
        if kind == "element":
            return self._element(node, p)
        if kind in ("sequence", "choice"):
            occurs = f"{node.get('minOccurs', '1')}..{node.get('maxOccurs', '1')}"
            rows.append((p, kind, "", occurs, ""))
            for c in node:
                if isinstance(c.tag, str):
                    rows += self._particle(c, p)
            rows.append((p, f"end-{kind}", "", "", ""))
            return rows
        if kind == "group":
            _, local = self._qname(node, node.get("ref", ""))
            group = self.index[("group", local)]
            for c in group:
                if isinstance(c.tag, str):
                    rows += self._particle(c, p)
            return rows
        if kind in ("complexContent", "simpleContent"):
            ext = node.find(f"{{{XS}}}extension")
            assert ext is not None, "only extensions are used"
            base = self._type_name(ext, ext.get("base", ""))
            if base.startswith("complex:"):
                rows += self._complex(self.index[("complexType", base[8:])], p)
            else:
                rows.append((p, "content", base, "", ""))
            for c in ext:
                if isinstance(c.tag, str):
                    rows += self._particle(c, p)
            return rows
        if kind == "attribute":
            st = node.find(f"{{{XS}}}simpleType")
            t = (
                self._simple(st)
                if st is not None
                else self._type_name(node, node.get("type", "xs:string"))
            )
            return [(f"{p}@{node.get('name')}", "attribute", t, node.get("use", "optional"), "")]
        if kind == "any":
            return [(p, "any", node.get("processContents", "strict"), "", "")]
        if kind == "annotation":
            return []
        raise AssertionError(f"unexpected schema construct {kind} at {p}")


def _official(name: str) -> Path:
    return shared_path("reference", "isds", name)


@pytest.fixture(scope="module")
def flatteners() -> tuple[Flattener, Flattener]:
    return Flattener(WSDL_DIR / "dmBaseTypes.xsd"), Flattener(_official("dmBaseTypes.xsd"))


ALL_OPERATIONS = [op for ops in OPERATIONS.values() for op in ops]


@pytest.mark.parametrize("operation", ALL_OPERATIONS)
@pytest.mark.parametrize("suffix", ["", "Response"])
def test_elements_match_official(
    flatteners: tuple[Flattener, Flattener], operation: str, suffix: str
) -> None:
    ours, official = flatteners
    assert ours.target == official.target == TNS
    mine = ours.element(operation + suffix)
    theirs = official.element(operation + suffix)
    assert len(mine) > 1 or operation == "DummyOperation"
    assert mine == theirs


def _wsdl_facts(path: Path, operations: list[str]) -> dict[str, object]:
    root = etree.parse(str(path)).getroot()
    w = {"w": WSDL}
    messages = {
        m.get("name"): m.find("w:part", w).get("element")  # type: ignore[union-attr]
        for m in root.findall("w:message", w)
    }
    port_ops = {
        op.get("name"): (
            messages[op.find("w:input", w).get("message", "").split(":")[-1]],  # type: ignore[union-attr]
            messages[op.find("w:output", w).get("message", "").split(":")[-1]],  # type: ignore[union-attr]
        )
        for op in root.findall("w:portType/w:operation", w)
    }
    binding = root.find("w:binding", w)
    assert binding is not None
    soap = [c for c in binding if etree.QName(c).localname == "binding"][0]
    bound = {}
    for op in binding.findall("w:operation", w):
        so = [c for c in op if etree.QName(c).localname == "operation"][0]
        body = op.find("w:input", w)[0]  # type: ignore[index]
        bound[op.get("name")] = (so.get("soapAction"), body.get("use"))
    service = root.find("w:service", w)
    port = service.find("w:port", w)  # type: ignore[union-attr]
    address = [c for c in port if etree.QName(c).localname == "address"][0]  # type: ignore[union-attr]
    return {
        "targetNamespace": root.get("targetNamespace"),
        "binding": (
            binding.get("name"),
            SOAP_BINDINGS[etree.QName(soap).namespace or ""],
            soap.get("style"),
        ),
        "service": (service.get("name"), port.get("name"), address.get("location")),  # type: ignore[union-attr]
        "operations": {op: (port_ops[op], bound[op]) for op in operations},
    }


@pytest.mark.parametrize("wsdl", sorted(OPERATIONS))
def test_wsdl_matches_official(wsdl: str) -> None:
    ours = _wsdl_facts(WSDL_DIR / wsdl, OPERATIONS[wsdl])
    theirs = _wsdl_facts(_official(wsdl), OPERATIONS[wsdl])
    assert ours == theirs


def test_subset_is_not_a_copy() -> None:
    """House rule: the official files are not shipped; ours is a smaller, own text."""
    ours = (WSDL_DIR / "dmBaseTypes.xsd").read_bytes()
    official = _official("dmBaseTypes.xsd").read_bytes()
    assert len(ours) < len(official) / 3
    assert b"klasifikace" not in ours
