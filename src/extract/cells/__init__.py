"""Table grids into cells: every number of a table with its value in base units, its unit, its row
label and its column label (header paths joined with ` / `). Pure: TableGrids in, records out.

- header rows: the rows without a bare number right above the first row that has one (a unit row
  `千円 千円` included); a later such block over the number columns starts new headers (table.py);
- the unit: written in the cell (`68,310千円`, `2.7％増`), else over its column (`千円` in the header),
  else the table's unit header (`（単位：千円、％）`: percent for a 構成比/伸率 column); words in
  dictionary/table_words.json (printed.py, grid.py);
- the row label: the text right before the number in its row (a 説明 column's `001 給与費   846`), else the
  row's leading label; parents from row-spanning cells and from indentation (`1 市税` › `市民税`)
  (row_labels.py, wraps.py);
- a table with no header rows continues the previous page's table with as many columns: it takes its
  headers and unit (grid.py);
- sums checked per table (sums.py); budgets rows from programme rows (budgets.py).
"""
from __future__ import annotations

from .budgets import cell_budget_records, column_role, fiscal_year, is_programme
from .grid import grid_cells
from .headings import heading_totals, mark_heading_totals
from .printed import SEP, Number, header_units, is_total, label_of, parse_number, squeeze, unit_of
from .sums import held_back_cells, sum_failures
from .table import Header

__all__ = ["SEP", "Header", "Number", "cell_budget_records", "column_role", "fiscal_year", "grid_cells", "header_units",
           "heading_totals", "held_back_cells", "is_programme", "is_total", "label_of", "mark_heading_totals", "parse_number",
           "squeeze", "sum_failures", "unit_of"]
