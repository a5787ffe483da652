#!/usr/bin/env python3
"""Writes the format fixtures under tests/fixtures/formats/ from the sample corpus.

Word files are written here in the styles of ITU's templates (ResNo, Restitle,
Normalaftertitle, Call, Annextitle), with automatic numbering, footnotes, running headers
and page numbers; LibreOffice (soffice, `apt-get install libreoffice-writer-nogui`) converts
them to PDF and HTML, and the single resolutions to RTF and OpenDocument text; Ghostscript and
Chromium write the same PDFs and pages again as PDFs of other producers (`producers`). Akoma Ntoso files are written here too. The bad files (corrupt zip, zip
bomb, DTDs, truncated PDF, broken cross-reference table, HTML named .docx) are made from the
good ones. Run from the repository root:

    python3 scripts/make-fixtures.py

The output is committed, so tests need neither this script nor LibreOffice.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
OUT = os.path.join(ROOT, "tests", "fixtures", "formats")

# The single resolutions written in every format: the conference's resolutions.
SINGLES = [
    "pp-123-dubai-2018",
    "pp-191-dubai-2018",
    "pp-70-dubai-2018",
    "wtdc-37-buenos-aires-2017",
    "ra-7-3-geneva-2015",
    "wtsa-44-dubai-2012",
]
COMPILATION = "pp-dubai-2018-final-acts-excerpt"

ITEM = re.compile(r"^(?:[a-z]\)|\d+|[ivx]+\)|-)\t")
PAGE_NUMBER = re.compile(r"^- [ivxlc\d]+ -$")
HEADING = re.compile(r"^(RESOLUTION|RESOLUCIÓN|RÉSOLUTION|Resolution|Résolution)\b.*(\d|\))$")
RUNNING_HEADER = "PP-18 – Final Acts"


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def paragraphs(text):
    """The text's paragraphs: page furniture dropped, broken lines joined, blank lines kept as
    empty paragraphs, footnotes apart. Returns (paragraphs, footnotes) where footnotes maps a
    number to its text."""
    lines = text.replace("\r\n", "\n").split("\n")
    res = []
    footnotes = {}
    in_notes = False
    after_page = False
    for line in lines:
        if "\f" in line:
            line = line.replace("\f", "")
            after_page = True
        stripped = line.strip()
        if PAGE_NUMBER.match(stripped) or stripped == RUNNING_HEADER:
            after_page = True
            continue
        if after_page and re.fullmatch(r"Resolution \d+", stripped):
            after_page = False
            continue
        if stripped:
            after_page = False
        if re.fullmatch(r"_{5,}", stripped):
            in_notes = True
            continue
        if in_notes:
            m = re.match(r"^(\d+)\t(.*)$", line)
            if m:
                footnotes[m.group(1)] = m.group(2)
                continue
            if not stripped:
                continue
            in_notes = False
        if (
            stripped
            and res
            and res[-1]
            and not ITEM.match(line)
            and (ITEM.match(res[-1]) or getattr(res, "joined", False))
            and not HEADING.match(stripped)
        ):
            res[-1] = res[-1] + " " + stripped
            continue
        res.append(line.rstrip())
    while res and not res[-1]:
        res.pop()
    return res, footnotes


def styled(paras):
    """Each paragraph with its style: ResNo, Restitle, Normalaftertitle, Call, Annextitle or
    Normal."""
    res = []
    state = None
    previous_blank = True
    for para in paras:
        s = para.strip()
        style = "Normal"
        if not s:
            res.append(("", "Normal"))
            previous_blank = True
            continue
        if HEADING.match(s) and "\t" not in para and len(s) < 80 and ".." not in s:
            style, state = "ResNo", "title"
        elif state == "title":
            style, state = "Restitle", "issuing"
        elif state == "issuing" and s.startswith("The ") and s.endswith(","):
            style, state = "Normalaftertitle", None
        elif re.match(r"^(ANNEX|Annex)\b", s) and previous_blank:
            style = "Annextitle"
        elif previous_blank and "\t" not in para and len(s) < 90 and s[0].islower():
            style = "Call"
        res.append((para, style))
        previous_blank = False
    return res


def runs(text, footnote_ids, tracked=None):
    """The runs of a paragraph's text: tabs, footnote references (`countries1` when `1` is a
    footnote number), tracked changes (`[-old-]` and `[+new+]`)."""
    out = []
    for piece in re.split(r"(\[-.*?-\]|\[\+.*?\+\])", text):
        if not piece:
            continue
        if piece.startswith("[-"):
            body = piece[2:-2]
            out.append(
                '<w:del w:id="%d" w:author="Secretariat" w:date="2018-11-15T10:00:00Z"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                % (next(tracked), escape(body))
            )
            continue
        if piece.startswith("[+"):
            body = piece[2:-2]
            out.append(
                '<w:ins w:id="%d" w:author="Secretariat" w:date="2018-11-15T10:00:00Z">%s</w:ins>'
                % (next(tracked), plain_runs(body, footnote_ids))
            )
            continue
        out.append(plain_runs(piece, footnote_ids))
    return "".join(out)


def plain_runs(text, footnote_ids):
    out = []
    pattern = None
    if footnote_ids:
        pattern = re.compile(r"(?<=[a-z])(%s)(?=[\s,;.])" % "|".join(map(re.escape, footnote_ids)))
    pos = 0
    pieces = []
    if pattern:
        for m in pattern.finditer(text):
            if m.group(1) not in footnote_ids:
                continue
            pieces.append((text[pos : m.start()], m.group(1)))
            footnote_ids = [n for n in footnote_ids if n != m.group(1)]
            pos = m.end()
    pieces.append((text[pos:], None))
    for chunk, note in pieces:
        for i, part in enumerate(chunk.split("\t")):
            if i:
                out.append("<w:r><w:tab/></w:r>")
            if part:
                out.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(part))
        if note:
            out.append(
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%s"/></w:r>'
                % note_id(note)
            )
    return "".join(out)


def note_id(number):
    return str(int(number) + 1)


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:before="120"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ResNo"><w:name w:val="ResNo"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:before="480"/></w:pPr><w:rPr><w:caps/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Restitle"><w:name w:val="Restitle"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:before="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Normalaftertitle"><w:name w:val="Normal after title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Call"><w:name w:val="Call"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160"/><w:ind w:left="794"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Annextitle"><w:name w:val="Annex_title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="enumlev1"><w:name w:val="enumlev1"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="794" w:hanging="794"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
</w:styles>
"""

NUMBERING_HEAD = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:suff w:val="tab"/><w:pPr><w:ind w:left="794" w:hanging="794"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:suff w:val="tab"/><w:pPr><w:ind w:left="794" w:hanging="794"/></w:pPr></w:lvl></w:abstractNum>
"""

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def write_docx(path, paras, footnotes, numbered=False, furniture=None, page_breaks=False):
    """Writes a .docx: `paras` are (text, style); numbered items (`1\\t...`, `a)\\t...`) get
    automatic numbering when `numbered`; `furniture` is (header text) for a running header and a
    page-number footer."""
    body = []
    nums = []
    current = None  # (kind, numId) of the list being numbered
    tracked = iter(range(100, 10000))
    note_numbers = list(footnotes)
    for text, style in paras:
        ppr = []
        if style != "Normal":
            ppr.append('<w:pStyle w:val="%s"/>' % style)
        if style == "ResNo" and page_breaks and body:
            ppr.append("<w:pageBreakBefore/>")
        m = re.match(r"^(\d+|[a-z]\))\t", text) if numbered else None
        if m:
            kind = 1 if m.group(1)[0].isdigit() else 2
            first = m.group(1) in ("1", "a)")
            if current is None or current[0] != kind or first:
                num_id = len(nums) + 1
                nums.append(kind)
                current = (kind, num_id)
            ppr.append('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % current[1])
            text = text[m.end() :]
        elif text.strip():
            current = None if not ITEM.match(text) else current
        p = "<w:p>"
        if ppr:
            p += "<w:pPr>%s</w:pPr>" % "".join(ppr)
        p += runs(text, note_numbers, tracked) + "</w:p>"
        body.append(p)
    sect = '<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
    refs = ""
    if furniture:
        refs = '<w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>'
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>\n'
        % (NS, "\n".join(body), sect % refs)
    )
    rels = [
        '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
        '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
        '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>',
    ]
    overrides = [
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>',
    ]
    parts = {}
    if furniture:
        rels.append('<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        rels.append('<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        overrides.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        overrides.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        parts["word/header1.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p></w:hdr>\n'
            % (NS, escape(furniture))
        )
        parts["word/footer1.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t xml:space="preserve">- </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> -</w:t></w:r></w:p></w:ftr>\n'
            % NS
        )
    numbering = NUMBERING_HEAD + "".join(
        '<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>\n'
        % (i + 1, kind)
        for i, kind in enumerate(nums)
    ) + "</w:numbering>\n"
    notes = [
        '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for number, text in footnotes.items():
        notes.append(
            '<w:footnote w:id="%s"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:footnote>'
            % (note_id(number), escape(text))
        )
    footnotes_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>\n'
        % (NS, "\n".join(notes))
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>%s</Types>\n'
        % "".join(overrides)
    )
    package_rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>\n'
    document_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>\n'
        % "".join(rels)
    )
    entries = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", package_rels),
        ("word/_rels/document.xml.rels", document_rels),
        ("word/document.xml", document),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", numbering),
        ("word/footnotes.xml", footnotes_xml),
    ] + sorted(parts.items())
    write_zip(path, entries)


def write_zip(path, entries):
    """A zip with fixed dates, so the same input gives the same bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2018, 11, 16, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def resolutions_of(paras):
    """Splits styled paragraphs at each ResNo heading; what comes before the first is front
    matter."""
    front, res = [], []
    for text, style in paras:
        if style == "ResNo":
            res.append([])
        (res[-1] if res else front).append((text, style))
    return front, res


def akn_doc(paras, footnotes, eid):
    """One resolution as an Akoma Ntoso `doc`: heading and title in the preface, the issuing
    clause as the preamble's formula, each clause an `hcontainer` with numbered paragraphs."""
    notes = dict(footnotes)
    out = ['<doc name="resolution"><meta><identification source="#isc"><FRBRWork><FRBRthis value="/akn/int/doc/%s"/></FRBRWork></identification></meta>' % eid]
    preface, preamble, body = [], [], []
    clause = None
    section = preface
    n = 0

    def text_xml(text):
        res = escape(text)
        for number in list(notes):
            pattern = r"(?<=[a-z])%s(?=[\s,;.])" % re.escape(number)
            if re.search(pattern, res):
                note = '<authorialNote marker="%s" placement="bottom" eId="%s__authorialNote_%s"><p>%s</p></authorialNote>' % (
                    number, eid, number, escape(notes.pop(number)))
                res = re.sub(pattern, note, res, count=1)
        return res

    for text, style in paras:
        s = text.strip()
        if not s:
            continue
        n += 1
        if style == "ResNo":
            preface.append('<p eId="%s__p_%d"><docNumber>%s</docNumber></p>' % (eid, n, escape(s)))
        elif style == "Restitle":
            preface.append('<p eId="%s__p_%d"><docTitle>%s</docTitle></p>' % (eid, n, escape(s)))
        elif style == "Normalaftertitle":
            preamble.append('<formula name="enactingFormula" eId="%s__formula_1"><p>%s</p></formula>' % (eid, escape(s)))
            section = preamble
        elif style == "Call":
            clause = '%s__hcontainer_%d' % (eid, n)
            if re.match(r"^(resolve|decide|instruct|invite|request|encourage|urge|call|approve|adopt)", s):
                section = body
            section.append(["<hcontainer name=\"clause\" eId=\"%s\"><heading>%s</heading>" % (clause, escape(s))])
        else:
            m = re.match(r"^([a-z]\)|\d+|[ivx]+\)|-)\t(.*)$", text)
            if m and section and isinstance(section[-1], list):
                section[-1].append('<paragraph eId="%s__para_%d"><num>%s</num><content><p>%s</p></content></paragraph>' % (
                    clause, n, escape(m.group(1)), text_xml(m.group(2))))
            elif section and isinstance(section[-1], list):
                section[-1].append('<paragraph eId="%s__para_%d"><content><p>%s</p></content></paragraph>' % (
                    clause, n, text_xml(s)))
            else:
                section.append('<p eId="%s__p_%d">%s</p>' % (eid, n, text_xml(s)))
    def render(items):
        return "".join(i if isinstance(i, str) else "".join(i) + "</hcontainer>" for i in items)
    out.append("<preface>%s</preface>" % render(preface))
    if preamble:
        out.append("<preamble>%s</preamble>" % render(preamble))
    out.append("<mainBody>%s</mainBody></doc>" % render(body))
    return "".join(out)


def write_akn(path, docs, title):
    """An Akoma Ntoso file: one `component` per resolution in a documentCollection."""
    components = "".join(
        '<component eId="cmp_%d">%s</component>' % (i + 1, akn_doc(paras, notes, "cmp_%d" % (i + 1)))
        for i, (paras, notes) in enumerate(docs)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
        '<documentCollection name="finalActs"><meta><identification source="#isc"><FRBRWork><FRBRthis value="/akn/int/documentCollection/final-acts"/></FRBRWork></identification></meta>'
        '<preface><p><docTitle>%s</docTitle></p></preface>'
        '<collectionBody>%s</collectionBody></documentCollection></akomaNtoso>\n'
    ) % (escape(title), components)
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)


def notes_for(paras, footnotes):
    """The footnotes whose number is glued to a word of these paragraphs."""
    text = "\n".join(t for t, _ in paras)
    return {n: t for n, t in footnotes.items() if re.search(r"(?<=[a-z])%s(?=[\s,;.])" % re.escape(n), text)}


def convert(paths, kind, outdir, infilter=None):
    """LibreOffice converts the .docx files (or, with `infilter`, text files) to `kind` (pdf,
    html) in `outdir`."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + profile, "--headless"]
            + (["--infilter=" + infilter] if infilter else [])
            + ["--convert-to", kind, "--outdir", outdir] + paths,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for sub in ("docx", "doc", "pdf", "html", "akn", "rtf", "odt", "bad"):
        os.makedirs(os.path.join(OUT, sub))
    docx = []
    akn_docs = []
    for name in SINGLES:
        paras, notes = paragraphs(read(os.path.join(CORPUS, "resolutions", name + ".txt")))
        path = os.path.join(OUT, "docx", name + ".docx")
        write_docx(path, styled(paras), notes)
        docx.append(path)
        akn_docs.append((styled(paras), notes))
    # The compilation: page breaks, running header, page numbers, automatic numbering.
    paras, notes = paragraphs(read(os.path.join(CORPUS, "compilations", COMPILATION + ".txt")))
    compiled = styled(paras)
    path = os.path.join(OUT, "docx", "compilation.docx")
    write_docx(path, compiled, notes, numbered=True, furniture=RUNNING_HEADER, page_breaks=True)
    docx.append(path)
    # Tracked changes and a footnote: PP 191 as revised at Dubai, its Busan text underneath.
    paras, _ = paragraphs(read(os.path.join(CORPUS, "resolutions", "pp-191-dubai-2018.txt")))
    tracked = []
    for text in paras:
        text = text.replace("RESOLUTION 191 (REV. DUBAI, 2018)", "RESOLUTION 191 ([-BUSAN-][+REV. DUBAI+], [-2014-][+2018+])")
        text = text.replace("Union (Dubai, 2018),", "Union ([-Busan, 2014-][+Dubai, 2018+]),")
        text = text.replace("Resolution 71 (Rev. Dubai, 2018) of this conference,", "Resolution 71 (Rev. [-Busan, 2014-][+Dubai, 2018+]) of this conference[+ and Resolution 140 (Rev. Dubai, 2018)+],")
        text = text.replace("among the three Sectors of the Union\n", "among the three Sectors of the Union\n")
        text = text.replace("at a time;", "at a time[-, as Resolution 2 (Rev. Busan, 2014) already observed-];")
        text = text.replace("the Internet of Things,", "the Internet of Things1,")
        tracked.append(text)
    write_docx(
        os.path.join(OUT, "docx", "tracked-changes.docx"),
        styled(tracked),
        {"1": "Including the work on smart sustainable cities carried out under Resolution 197 (Rev. Dubai, 2018)."},
    )
    # Akoma Ntoso: the conference's resolutions as one collection, and the compilation.
    write_akn(os.path.join(OUT, "akn", "resolutions.xml"), akn_docs, "Sample resolutions")
    _, compiled_res = resolutions_of(compiled)
    write_akn(
        os.path.join(OUT, "akn", "compilation.xml"),
        [(r, notes_for(r, notes)) for r in compiled_res],
        "Final Acts of the Plenipotentiary Conference (Dubai, 2018), excerpt",
    )
    convert(docx, "pdf", os.path.join(OUT, "pdf"))
    convert(docx, "html", os.path.join(OUT, "html"))
    word97(docx)
    rtf_and_odt(docx)
    unspaced(os.path.join(OUT, "pdf", "unspaced"))
    wrapped_html(os.path.join(OUT, "html", "wrapped"))
    producers()
    bad(os.path.join(OUT, "bad"))


def producers():
    """The same PDFs as other programs write them: rewritten by Ghostscript (`apt-get install
    ghostscript`), whose text moves to each next line with the `'` operator, and the web pages
    printed by a browser (Chromium, `apt-get install chromium`), whose fonts give their glyph
    widths as ranges (`/W [0 2011 600]`) over a default width of 0. `python3
    scripts/make-fixtures.py producers` writes only these, from the committed PDF and HTML
    fixtures."""
    names = SINGLES + ["compilation"]
    for sub in ("ghostscript", "browser"):
        os.makedirs(os.path.join(OUT, "pdf", sub), exist_ok=True)
    for name in names:
        subprocess.run(
            ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
             "-sOutputFile=" + os.path.join(OUT, "pdf", "ghostscript", name + ".pdf"),
             os.path.join(OUT, "pdf", name + ".pdf")],
            check=True,
        )
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(
                ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
                 "--no-pdf-header-footer",
                 "--print-to-pdf=" + os.path.join(OUT, "pdf", "browser", name + ".pdf"),
                 "file://" + os.path.join(OUT, "html", name + ".html")],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )


def word97(docx):
    """The Word files saved again in the binary format of Word 97-2003 (`.doc`), as older
    publications come; and one cut in its middle."""
    convert([p for p in docx if "tracked-changes" not in p], "doc:MS Word 97", os.path.join(OUT, "doc"))
    data = open(os.path.join(OUT, "doc", "pp-123-dubai-2018.doc"), "rb").read()
    open(os.path.join(OUT, "bad", "truncated.doc"), "wb").write(data[: len(data) // 2])


def rtf_and_odt(docx):
    """The single resolutions saved as RTF and as OpenDocument text. The OpenDocument files
    keep their text, styles and metadata; the thumbnail and the window settings are left out,
    so the fixtures stay small."""
    singles = [p for p in docx if os.path.basename(p)[:-5] in SINGLES]
    convert(singles, "rtf", os.path.join(OUT, "rtf"))
    convert(singles, "odt", os.path.join(OUT, "odt"))
    for name in SINGLES:
        path = os.path.join(OUT, "odt", name + ".odt")
        with zipfile.ZipFile(path) as z:
            entries = [(i.filename, z.read(i)) for i in z.infolist()]
        with zipfile.ZipFile(path, "w") as z:
            for entry, data in entries:
                if entry.startswith(("Thumbnails/", "Configurations2/")) or entry == "settings.xml":
                    continue
                if entry == "META-INF/manifest.xml":
                    data = re.sub(rb'\s*<manifest:file-entry[^>]*manifest:full-path="(Thumbnails/|Configurations2/|settings.xml)[^>]*/>', b"", data)
                kind = zipfile.ZIP_STORED if entry == "mimetype" else zipfile.ZIP_DEFLATED
                z.writestr(zipfile.ZipInfo(entry, (2020, 1, 1, 0, 0, 0)), data, kind)


def unspaced(outdir):
    """PDFs printed from plain text with no blank line between paragraphs, as a web page or a
    text file is printed: every line a paragraph, long ones wrapped at the page's width, no
    space between paragraphs. The single resolutions and the compilation."""
    os.makedirs(outdir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        sources = [os.path.join(CORPUS, "resolutions", n + ".txt") for n in SINGLES]
        sources.append(os.path.join(CORPUS, "compilations", COMPILATION + ".txt"))
        for source in sources:
            name = "compilation" if COMPILATION in source else os.path.basename(source)[:-4]
            path = os.path.join(tmp, name + ".txt")
            lines = [l for l in read(source).replace("\r\n", "\n").split("\n") if l.strip()]
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            paths.append(path)
        convert(paths, "pdf", outdir, infilter="Text (encoded):UTF8,LF,,,")


def wrapped_html(outdir):
    """Web pages of text copied from a PDF into a word processor: each printed line, wrapped at
    72 columns, a paragraph of its own (`<p>`), a blank line an empty one (`<p><br/></p>`)."""
    import textwrap
    os.makedirs(outdir, exist_ok=True)
    for name in SINGLES:
        paras = []
        for line in read(os.path.join(CORPUS, "resolutions", name + ".txt")).split("\n"):
            if not line.strip():
                paras.append("<p><br/></p>")
                continue
            for piece in textwrap.wrap(line, 72, break_on_hyphens=False, expand_tabs=False, replace_whitespace=False):
                paras.append("<p>%s</p>" % escape(piece))
        with open(os.path.join(outdir, name + ".html"), "w", encoding="utf-8") as f:
            f.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n%s\n</body></html>\n"
                    % (name, "\n".join(paras)))


def bad(outdir):
    """Each bad file a reader must name and pass over."""
    good_docx = os.path.join(OUT, "docx", "pp-123-dubai-2018.docx")
    data = open(good_docx, "rb").read()
    # A zip cut in its middle: the central directory is gone.
    open(os.path.join(outdir, "corrupt.docx"), "wb").write(data[: len(data) // 2])
    # A zip bomb: document.xml unpacks to 80 MiB of spaces.
    with zipfile.ZipFile(os.path.join(outdir, "bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        info = zipfile.ZipInfo("word/document.xml", date_time=(2018, 11, 16, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body>' + b" " * (80 << 20) + b"</w:body></w:document>")
    # Entity expansion (a billion laughs) in a Word part.
    laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>\n'
    )
    write_zip(os.path.join(outdir, "entities.docx"), [("word/document.xml", laughs)])
    # An Akoma Ntoso file that asks for an external DTD.
    with open(os.path.join(outdir, "external-dtd.xml"), "w", encoding="utf-8") as f:
        f.write(
            '<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso SYSTEM "file:///etc/passwd">\n'
            '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="resolution"><mainBody><p>&xxe;</p></mainBody></doc></akomaNtoso>\n'
        )
    # A PDF cut in its middle, and one whose cross-reference table points nowhere.
    pdf = open(os.path.join(OUT, "pdf", "pp-123-dubai-2018.pdf"), "rb").read()
    open(os.path.join(outdir, "truncated.pdf"), "wb").write(pdf[: len(pdf) // 2])
    broken = re.sub(rb"\d{10} 00000 n", b"9999999999 00000 n", pdf)
    broken = re.sub(rb"startxref\s+\d+", b"startxref\n999999999", broken)
    open(os.path.join(outdir, "broken-xref.pdf"), "wb").write(broken)
    # An encrypted PDF: the trailer names an encryption dictionary.
    i = pdf.rfind(b"trailer")
    encrypt = b"/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <" + b"6" * 64 + b"> /U <" + b"7" * 64 + b"> /P -4 >> "
    open(os.path.join(outdir, "encrypted.pdf"), "wb").write(pdf[:i] + pdf[i:].replace(b"<<", b"<<" + encrypt, 1))
    # A PDF without a text layer: a page with nothing written on it.
    with tempfile.TemporaryDirectory() as tmp:
        blank = os.path.join(tmp, "no-text.docx")
        write_docx(blank, [("", "Normal")], {})
        convert([blank], "pdf", outdir)
    # A Word file that is really HTML (a page saved under a .docx name).
    shutil.copy(os.path.join(OUT, "html", "pp-123-dubai-2018.html"), os.path.join(outdir, "html.docx"))


if __name__ == "__main__":
    sys.exit(producers() if sys.argv[1:] == ["producers"] else main())
