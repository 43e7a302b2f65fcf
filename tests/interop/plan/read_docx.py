"""Reads a .docx with python-docx, a reader Convene did not write, and prints what it
finds as JSON: the body's paragraphs (style name and text) and every table as rows of
cell texts. Used by tests/plan_export/interop.rs.

Usage: python read_docx.py FILE.docx
"""

import json
import sys

import docx


def main(path):
    document = docx.Document(path)
    paragraphs = [
        {"style": paragraph.style.name if paragraph.style is not None else "", "text": paragraph.text}
        for paragraph in document.paragraphs
    ]
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    footers = [
        paragraph.text
        for section in document.sections
        for paragraph in section.footer.paragraphs
    ]
    json.dump({"paragraphs": paragraphs, "tables": tables, "footers": footers}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
