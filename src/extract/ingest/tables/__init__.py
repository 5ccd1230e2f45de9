"""Tables on a PDF page as TableGrids, from the chars the layout pass already has.

- ruled tables: pdfplumber's table finder gives the cells; the page's chars are put into them by position
  (a bisect per char, no re-extraction per cell); letter-spaced text (`補 正 額`) is joined;
- a ruled column whose cells end in a number after a gap (`001 給与費      846`, `均等割 68,310`) is split
  into a label column and one column per right edge its numbers align on;
- unruled tables: three or more text lines of the page, outside the ruled tables, whose numbers
  align on common right edges, with the line above them as header when it sits over those columns;
- the lines printed right above a table (its title, `（単位：千円）`) become its caption.
Units, labels and values are resolved later, in one place for every reader (extract.cells).
"""
from __future__ import annotations

from .chars import NUMBER, cell_text, is_number, line_text, text_lines
from .page import page_tables
from .text import text_tables

__all__ = ["NUMBER", "cell_text", "is_number", "line_text", "page_tables", "text_lines", "text_tables"]
